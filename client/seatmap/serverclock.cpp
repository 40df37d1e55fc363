#include "seatmap/serverclock.h"

#include "core/serverconnection.h"
#include "seatmap/seatmaplog.h"
#include "shared/utctime.h"

#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mq::client {

namespace {
const QString ClockName = u"marqueeServerClock"_s;
// An estimate this old is replaced by a new one even when that one is less precise: clocks
// drift, and people set them.
constexpr qint64 StaleAfterMs = 15 * 60 * 1000;
} // namespace

ServerClock::ServerClock(ServerConnection *connection) : QObject(connection)
{
    setObjectName(ClockName);
}

ServerClock *ServerClock::of(ServerConnection *connection)
{
    if (auto *clock = connection->findChild<ServerClock *>(ClockName, Qt::FindDirectChildrenOnly))
        return clock;
    return new ServerClock(connection); // owned by the connection
}

QDateTime ServerClock::localNow() const
{
    return m_localClock ? m_localClock() : QDateTime::currentDateTimeUtc();
}

void ServerClock::setLocalClockForTesting(std::function<QDateTime()> clock)
{
    m_localClock = std::move(clock);
}

QDateTime ServerClock::now() const
{
    return localNow().addMSecs(m_offsetMs);
}

void ServerClock::observe(const QDateTime &serverTime, const QDateTime &sentUtc)
{
    const QDateTime received = localNow();
    if (!serverTime.isValid() || !sentUtc.isValid() || received < sentUtc)
        return;
    // The server took its time somewhere between sending and receiving: say in the middle.
    const qint64 roundTrip = sentUtc.msecsTo(received);
    const QDateTime middle = sentUtc.addMSecs(roundTrip / 2);
    const qint64 uncertainty = roundTrip / 2 + 1;
    const qint64 nowMs = QDeadlineTimer::current().deadline(); // steady, for "stale"
    const bool stale = nowMs - m_observedAtMs > StaleAfterMs;
    if (uncertainty > m_uncertaintyMs && !stale)
        return;
    m_observedAtMs = nowMs;
    m_offsetMs = middle.msecsTo(serverTime);
    m_uncertaintyMs = uncertainty;
    qCDebug(lcSeatMap) << "server clock offset" << m_offsetMs << "ms ±" << m_uncertaintyMs;
}

void ServerClock::observeOrder(const QJsonObject &order, const QDateTime &sentUtc)
{
    if (const auto created = parseWireTime(order.value(u"createdAt"_s).toString()))
        observe(*created, sentUtc);
}

QDeadlineTimer ServerClock::deadline(const QDateTime &expiresAtUtc) const
{
    if (!expiresAtUtc.isValid())
        return QDeadlineTimer(0);
    return QDeadlineTimer(std::max<qint64>(0, now().msecsTo(expiresAtUtc)));
}

} // namespace mq::client
