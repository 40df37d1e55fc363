#pragma once

#include "rpc/broadcaster.h"

#include <QHash>
#include <QMutex>
#include <QSet>

#include <memory>

namespace mq::net {

class ConnectionHandle;

// Every open connection, its session and its subscriptions; fans out pushes and session ends.
class ConnectionRegistry final : public rpc::Broadcaster
{
public:
    void add(const std::shared_ptr<ConnectionHandle> &handle);
    void remove(ConnectionHandle *handle);
    int count() const;

    void setSession(ConnectionHandle *handle, Id sessionId);
    void subscribe(ConnectionHandle *handle, Id performanceId);
    void unsubscribe(ConnectionHandle *handle, Id performanceId);

    void publish(const services::InventoryChange &change) override;
    void endSessions(const QList<Id> &sessionIds) override;
    // Asks every connection to finish what it has in flight and close.
    void drainAll();

private:
    struct Entry
    {
        std::shared_ptr<ConnectionHandle> handle;
        Id sessionId = 0;
        QSet<Id> subscriptions;
    };
    mutable QMutex m_mutex;
    QHash<ConnectionHandle *, Entry> m_entries;
    QHash<Id, QSet<ConnectionHandle *>> m_subscribers;
};

} // namespace mq::net
