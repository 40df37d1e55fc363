#include "net/connectionregistry.h"

#include "net/connection.h"
#include "net/connectionhandle.h"
#include "shared/envelope.h"
#include "shared/frame.h"
#include "shared/methods.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mq::net {

void ConnectionRegistry::add(const std::shared_ptr<ConnectionHandle> &handle)
{
    QMutexLocker lock(&m_mutex);
    m_entries.insert(handle.get(), Entry{handle, 0, {}});
}

void ConnectionRegistry::remove(ConnectionHandle *handle)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.constFind(handle);
    if (it == m_entries.constEnd())
        return;
    for (Id performanceId : it->subscriptions) {
        auto subs = m_subscribers.find(performanceId);
        if (subs != m_subscribers.end()) {
            subs->remove(handle);
            if (subs->isEmpty())
                m_subscribers.erase(subs);
        }
    }
    m_entries.erase(it);
}

int ConnectionRegistry::count() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_entries.size());
}

bool ConnectionRegistry::setSession(ConnectionHandle *handle, Id sessionId)
{
    QMutexLocker lock(&m_mutex);
    const bool ended = sessionId > 0 && m_recentlyEnded.contains(sessionId);
    const auto it = m_entries.find(handle);
    if (it != m_entries.end())
        it->sessionId = ended ? 0 : sessionId;
    return !ended;
}

void ConnectionRegistry::subscribe(ConnectionHandle *handle, Id performanceId)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.find(handle);
    if (it == m_entries.end())
        return;
    it->subscriptions.insert(performanceId);
    m_subscribers[performanceId].insert(handle);
}

void ConnectionRegistry::unsubscribe(ConnectionHandle *handle, Id performanceId)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.find(handle);
    if (it == m_entries.end())
        return;
    it->subscriptions.remove(performanceId);
    auto subs = m_subscribers.find(performanceId);
    if (subs != m_subscribers.end()) {
        subs->remove(handle);
        if (subs->isEmpty())
            m_subscribers.erase(subs);
    }
}

void ConnectionRegistry::setRelay(Relay relay)
{
    m_relay = std::move(relay);
}

void ConnectionRegistry::setChangeListener(std::function<void(Id)> listener)
{
    m_changeListener = std::move(listener);
}

void ConnectionRegistry::catalogChanged()
{
    if (m_changeListener)
        m_changeListener(0);
    if (m_relay.push)
        m_relay.push(0, rpc::toPayload(rpc::makeNotification(u"catalog.changed"_s, {})));
}

void ConnectionRegistry::publish(const services::InventoryChange &change)
{
    if (m_changeListener)
        m_changeListener(change.performanceId);
    // Workers publish after their commits, so two changes of one ticket type can reach here in
    // the opposite order: an older state than the one already published is not sent.
    QList<TicketType> newer;
    {
        QMutexLocker lock(&m_mutex);
        for (const TicketType &t : change.ticketTypes) {
            qint64 &published = m_publishedVersion[t.id];
            if (t.version > 0 && t.version < published)
                continue;
            published = qMax(published, t.version);
            newer.append(t);
        }
    }
    if (newer.isEmpty())
        return;
    QJsonArray types;
    for (const TicketType &t : std::as_const(newer)) {
        types.append(QJsonObject{{u"id"_s, t.id},
                                 {u"remaining"_s, t.remaining()},
                                 {u"sold"_s, t.sold},
                                 {u"held"_s, t.held},
                                 {u"capacity"_s, t.capacity},
                                 {u"priceCents"_s, t.priceCents},
                                 {u"name"_s, t.name},
                                 {u"onSale"_s, t.onSale},
                                 {u"version"_s, t.version}});
    }
    const QByteArray payload = rpc::toPayload(rpc::makeNotification(
        QString::fromLatin1(InventoryChangedPush),
        {{u"performanceId"_s, change.performanceId}, {u"ticketTypes"_s, types}}));
    deliver(change.performanceId, encodeFrame(payload));
    if (m_relay.push)
        m_relay.push(change.performanceId, payload);
}

void ConnectionRegistry::publishSeats(const services::SeatChange &change)
{
    if (m_changeListener)
        m_changeListener(change.performanceId);
    QJsonArray seats;
    for (const services::SeatUpdate &s : change.seats) {
        seats.append(QJsonObject{{u"id"_s, s.seatId},
                                 {u"status"_s, QString(QLatin1Char(s.status))},
                                 {u"ticketTypeId"_s, s.ticketTypeId}});
    }
    const QByteArray payload = rpc::toPayload(rpc::makeNotification(
        QString::fromLatin1(SeatsChangedPush), {{u"performanceId"_s, change.performanceId},
                                                {u"version"_s, change.version},
                                                {u"seats"_s, seats}}));
    deliver(change.performanceId, encodeFrame(payload));
    if (m_relay.push)
        m_relay.push(change.performanceId, payload);
}

void ConnectionRegistry::publishCheckin(const services::CheckinChange &change)
{
    const QByteArray payload = rpc::toPayload(rpc::makeNotification(
        QString::fromLatin1(CheckinChangedPush),
        {{u"performanceId"_s, change.performanceId}, {u"admitted"_s, change.admitted}}));
    deliver(change.performanceId, encodeFrame(payload));
    if (m_relay.push)
        m_relay.push(change.performanceId, payload);
}

void ConnectionRegistry::deliverRelayed(Id performanceId, const QByteArray &notification)
{
    // Admissions change no catalog figure: only sales and administration empty the cache.
    const bool admissions = QJsonDocument::fromJson(notification).object().value(u"method"_s).toString()
                            == QLatin1String(CheckinChangedPush);
    if (m_changeListener && !admissions)
        m_changeListener(performanceId);
    if (performanceId <= 0)
        return; // the catalog changed on another instance: nothing to push
    deliver(performanceId, encodeFrame(notification));
}

void ConnectionRegistry::deliver(Id performanceId, const QByteArray &frame)
{
    QMutexLocker lock(&m_mutex);
    const auto subs = m_subscribers.constFind(performanceId);
    if (subs == m_subscribers.constEnd())
        return;
    for (ConnectionHandle *handle : *subs) {
        const auto it = m_entries.constFind(handle);
        if (it != m_entries.constEnd() && it->sessionId > 0)
            handle->post([frame](Connection &c) { c.push(frame); });
    }
}

void ConnectionRegistry::endSessions(const QList<Id> &sessionIds)
{
    endSessionsHere(sessionIds);
    if (m_relay.endSessions)
        m_relay.endSessions(sessionIds);
}

void ConnectionRegistry::endSessionsRelayed(const QList<Id> &sessionIds)
{
    endSessionsHere(sessionIds);
}

void ConnectionRegistry::endSessionsHere(const QList<Id> &sessionIds)
{
    const QSet<Id> ended(sessionIds.cbegin(), sessionIds.cend());
    QMutexLocker lock(&m_mutex);
    // Remembered for a while: a sign-in or resume answered just now may not have reached its
    // connection yet, and must not bring the session back there.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (auto it = m_recentlyEnded.begin(); it != m_recentlyEnded.end();) {
        if (now - it.value() > 10 * 60 * 1000)
            it = m_recentlyEnded.erase(it);
        else
            ++it;
    }
    for (Id id : sessionIds)
        m_recentlyEnded.insert(id, now);
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->sessionId > 0 && ended.contains(it->sessionId)) {
            const Id sessionId = it->sessionId;
            it->sessionId = 0;
            it->handle->post([sessionId](Connection &c) { c.endSession(sessionId); });
        }
    }
}

void ConnectionRegistry::drainAll()
{
    QMutexLocker lock(&m_mutex);
    for (const Entry &e : std::as_const(m_entries))
        e.handle->post([](Connection &c) { c.drain(); });
}

} // namespace mq::net
