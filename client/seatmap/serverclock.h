#pragma once

#include <QDateTime>
#include <QDeadlineTimer>
#include <QObject>

#include <functional>
#include <limits>

class QJsonObject;

namespace mq::client {

class ServerConnection;

// The server's clock, as far as this client can tell. A hold ends at the server's expiresAt,
// and this computer's clock may be minutes off: a countdown read from the local clock would be
// off by as much, and could even end a hold the server still keeps. Each answer carrying a time
// the server took while answering (an order's createdAt) puts the server's clock between the
// moment the request left and the moment the answer came; the narrowest such bracket gives the
// offset. Until there is one, the offset is 0 (the local clock is trusted).
class ServerClock : public QObject
{
    Q_OBJECT
public:
    // The clock of this connection's server (created on first use, owned by the connection).
    static ServerClock *of(ServerConnection *connection);

    // The server's time now, as estimated (UTC).
    QDateTime now() const;
    // Server time minus local time, in milliseconds, and how sure that is (± ms; max: unknown).
    qint64 offsetMs() const { return m_offsetMs; }
    qint64 uncertaintyMs() const { return m_uncertaintyMs; }
    bool isKnown() const { return m_uncertaintyMs != std::numeric_limits<qint64>::max(); }

    // The server said `serverTime` while answering a request sent at `sentUtc` (local clock).
    void observe(const QDateTime &serverTime, const QDateTime &sentUtc);
    // The same for an Order as the server answers it (its createdAt).
    void observeOrder(const QJsonObject &order, const QDateTime &sentUtc);
    // A monotonic deadline at `expiresAtUtc` (server time): it counts down on a steady clock, so
    // the local clock being set or corrected meanwhile changes nothing.
    QDeadlineTimer deadline(const QDateTime &expiresAtUtc) const;

    // This computer's clock (tests make it wrong on purpose).
    QDateTime localNow() const;
    void setLocalClockForTesting(std::function<QDateTime()> clock);

private:
    explicit ServerClock(ServerConnection *connection);

    std::function<QDateTime()> m_localClock;
    qint64 m_offsetMs = 0;
    qint64 m_uncertaintyMs = std::numeric_limits<qint64>::max();
    qint64 m_observedAtMs = 0; // steady clock
};

} // namespace mq::client
