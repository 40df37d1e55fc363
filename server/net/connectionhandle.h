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
    void push(const QByteArray &frame) override;
    bool closed() const override;
    // A sink that, once the answer is written, also runs `then` on the connection's thread.
    using AfterAnswer = std::function<void(Connection &, bool failed)>;
    static std::shared_ptr<rpc::ReplySink> sinkThen(const std::shared_ptr<ConnectionHandle> &self,
                                                    AfterAnswer then);
    // Runs `work` on the connection's own thread, if it still exists.
    void post(std::function<void(Connection &)> work);
    void detach();

private:
    mutable QMutex m_mutex;
    Connection *m_connection;
};

} // namespace mq::net
