#pragma once

#include "rpc/broadcaster.h"

#include <QHash>
#include <QMutex>
#include <QSet>

#include <functional>

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

    // False (and the connection stays signed out) when that session already ended: a logout,
    // password or role change that committed while the sign-in was being answered.
    bool setSession(ConnectionHandle *handle, Id sessionId);
    void subscribe(ConnectionHandle *handle, Id performanceId);
    void unsubscribe(ConnectionHandle *handle, Id performanceId);

    void publish(const services::InventoryChange &change) override;
    void publishSeats(const services::SeatChange &change) override;
    void publishCheckin(const services::CheckinChange &change) override;
    void endSessions(const QList<Id> &sessionIds) override;
    void catalogChanged() override;
    // Told of every committed change, local or relayed: the performance, or 0 for the whole
    // catalog (the catalog cache listens). Set once, before connections arrive.
    void setChangeListener(std::function<void(Id performanceId)> listener);

    // Other server instances (PostgreSQL LISTEN/NOTIFY) hear of every push and ended session
    // through `relay`; what they relay back arrives through the two methods below.
    struct Relay
    {
        std::function<void(Id performanceId, const QByteArray &notification)> push;
        std::function<void(const QList<Id> &sessionIds)> endSessions;
    };
    void setRelay(Relay relay);
    // A push from another instance: the JSON-RPC notification, to this instance's subscribers.
    void deliverRelayed(Id performanceId, const QByteArray &notification);
    void endSessionsRelayed(const QList<Id> &sessionIds);
    // Asks every connection to finish what it has in flight and close.
    void drainAll();

private:
    void deliver(Id performanceId, const QByteArray &frame);
    void endSessionsHere(const QList<Id> &sessionIds);

    struct Entry
    {
        std::shared_ptr<ConnectionHandle> handle;
        Id sessionId = 0;
        QSet<Id> subscriptions;
    };
    mutable QMutex m_mutex;
    QHash<ConnectionHandle *, Entry> m_entries;
    QHash<Id, QSet<ConnectionHandle *>> m_subscribers;
    QHash<Id, qint64> m_recentlyEnded;
    QHash<Id, qint64> m_publishedVersion; // ticket type id -> newest version pushed // session id -> when (ms since epoch); kept 10 minutes
    Relay m_relay; // set once, before connections arrive
    std::function<void(Id)> m_changeListener;
};

} // namespace mq::net
