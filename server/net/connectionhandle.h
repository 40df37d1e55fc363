#pragma once

#include "rpc/replysink.h"

#include <QMutex>
#include <QPointer>

#include <functional>

namespace mq::net {

class Connection;

// A thread-safe way to reach a Connection from workers and other connections. Once the
// connection is gone, whatever is posted to it is dropped.
class ConnectionHandle final : public rpc::ReplySink
{
public:
    explicit ConnectionHandle(Connection *connection) : m_connection(connection) {}

    void deliver(const QJsonValue &id, rpc::Reply reply) override;
    // The same, for a request that changes who the connection is: reading resumes after it.
    std::shared_ptr<rpc::ReplySink> barrierSink(const std::shared_ptr<ConnectionHandle> &self);
    // Runs `work` on the connection's own thread, if it still exists.
    void post(std::function<void(Connection &)> work);
    void detach();

private:
    QMutex m_mutex;
    Connection *m_connection;
};

} // namespace mq::net
