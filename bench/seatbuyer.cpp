#include "seatbuyer.h"

#include "rpcconnection.h"
#include "shared/jsonfields.h"
#include "shared/methods.h"
#include "shared/rpcerror.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxConsecutiveErrors = 50;
constexpr int ErrorDelayMs = 20;
// Logins are not timed: a busy server gets a calmer retry.
constexpr int MaxLoginRetries = 20;
constexpr int LoginRetryDelayMs = 250;
// Pushes waiting behind a missing version before the map is fetched again.
constexpr qsizetype GapRefetchAfter = 32;

bool isRetryable(int code)
{
    return code == mq::ErrorCode::Unavailable || code == mq::ErrorCode::RateLimited;
}

QString errorKey(const mq::rpc::Message &m, const QString &what)
{
    return u"%1 %2 %3"_s.arg(what).arg(m.error.code).arg(m.error.reason);
}

QList<mq::Id> seatIdsOfHold(const QJsonObject &hold)
{
    QList<mq::Id> ids;
    const QJsonArray items = hold.value(u"items"_s).toArray();
    for (const QJsonValue &item : items) {
        const QJsonArray seats = item.toObject().value(u"seatIds"_s).toArray();
        for (const QJsonValue &s : seats)
            ids.append(mq::jsonInteger(s).value_or(0));
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

SeatBuyer::SeatBuyer(QString username, QString password, const LoadGenConfig &config,
                     QObject *parent)
    : QObject(parent), m_config(config), m_username(std::move(username)),
      m_password(std::move(password))
{
}

// --- login (not timed) ----------------------------------------------------------------------

void SeatBuyer::logIn(const QString &host, quint16 port)
{
    m_connection = new RpcConnection(this);
    connect(m_connection, &RpcConnection::connected, this, &SeatBuyer::registerUser);
    connect(m_connection, &RpcConnection::failed, this, &SeatBuyer::onConnectionFailed);
    connect(m_connection, &RpcConnection::pushReceived, this, &SeatBuyer::onPush);
    m_connection->connectToServer(host, port);
}

void SeatBuyer::registerUser()
{
    const QJsonObject params{{u"username"_s, m_username},
                             {u"password"_s, m_password},
                             {u"displayName"_s, QString(u"Seat buyer "_s + m_username)}};
    m_connection->call(mq::Method::AuthRegister, params, [this](const mq::rpc::Message &m) {
        if (m.isError && retryLater(m, &SeatBuyer::registerUser))
            return;
        if (m.isError && m.error.reason != mq::reasonName(mq::Reason::UsernameTaken)) {
            emit failed(u"auth.register %1: %2 %3"_s.arg(m_username).arg(m.error.code).arg(m.error.message));
            return;
        }
        login();
    });
}

void SeatBuyer::login()
{
    const QJsonObject params{{u"username"_s, m_username}, {u"password"_s, m_password}};
    m_connection->call(mq::Method::AuthLogin, params, [this](const mq::rpc::Message &m) {
        if (m.isError && retryLater(m, &SeatBuyer::login))
            return;
        if (m.isError) {
            emit failed(u"auth.login %1: %2 %3"_s.arg(m_username).arg(m.error.code).arg(m.error.message));
            return;
        }
        m_userId = mq::jsonInteger(m.result.value(u"user"_s).toObject().value(u"id"_s)).value_or(0);
        m_loggedIn = true;
        emit loggedIn();
    });
}

bool SeatBuyer::retryLater(const mq::rpc::Message &answer, void (SeatBuyer::*step)())
{
    if (!isRetryable(answer.error.code) ||
        answer.error.reason == mq::reasonName(mq::Reason::LockedOut) ||
        ++m_loginRetries > MaxLoginRetries)
        return false;
    QTimer::singleShot(LoginRetryDelayMs * m_loginRetries, this, [this, step] {
        if (m_connection->isOpen())
            (this->*step)();
    });
    return true;
}

// --- the map --------------------------------------------------------------------------------

void SeatBuyer::prepare(std::shared_ptr<const SeatVenue> venue, mq::Id performanceId,
                        const QList<mq::Id> &ticketTypeIds)
{
    Q_ASSERT(m_loggedIn);
    m_venue = std::move(venue);
    m_performanceId = performanceId;
    m_openCategories = ticketTypeIds;
    m_clock.start();
    if (m_config.bestAvailable) {
        // The box office way: no map, the server picks.
        m_readySent = true;
        emit ready();
        return;
    }
    m_map = std::make_unique<SeatMapCopy>(m_venue);
    if (m_config.mapMode == LoadGenConfig::MapMode::Fetch) {
        fetchMap(false);
        return;
    }
    // Subscribed first, so no change between the map and the first push is lost.
    m_connection->call(mq::Method::CatalogSubscribe, {{u"performanceId"_s, m_performanceId}},
                       [this](const mq::rpc::Message &m) {
                           if (m.isError) {
                               emit failed(u"%1: catalog.subscribe %2 %3"_s.arg(m_username)
                                               .arg(m.error.code)
                                               .arg(m.error.message));
                               return;
                           }
                           fetchMap(false);
                       });
}

void SeatBuyer::fetchMap(bool thenBuy)
{
    ++m_mapFetches;
    m_connection->call(mq::Method::SeatsGetMap, {{u"performanceId"_s, m_performanceId}},
                       [this, thenBuy](const mq::rpc::Message &m) {
                           if (m.isError) {
                               if (!m_readySent) {
                                   emit failed(u"%1: seats.getMap %2 %3"_s.arg(m_username)
                                                   .arg(m.error.code)
                                                   .arg(m.error.message));
                                   return;
                               }
                               if (thenBuy)
                                   onError(m, u"seats.getMap"_s);
                               return;
                           }
                           if (!m_map->load(m.result)) {
                               emit failed(u"%1: seats.getMap does not fit the venue"_s.arg(m_username));
                               return;
                           }
                           if (!m_readySent) {
                               m_readySent = true;
                               emit ready();
                           }
                           if (thenBuy) {
                               m_busy = false;
                               nextHold();
                           }
                       });
}

void SeatBuyer::onPush(const mq::rpc::Message &message)
{
    if (!m_map || message.method != QLatin1StringView(mq::SeatsChangedPush))
        return;
    const QJsonObject params = message.params.toObject();
    if (mq::jsonInteger(params.value(u"performanceId"_s)).value_or(0) != m_performanceId)
        return;
    m_map->push(params);
    if (m_map->isLoaded() && m_map->pendingPushes() == GapRefetchAfter) {
        // A version never came: read the whole map again, as a client does on a gap.
        ++m_gapRefetches;
        if (qEnvironmentVariableIsSet("LOADGEN_DEBUG"))
            qWarning("%s: gap at version %lld, %lld pushes waiting from %lld", qPrintable(m_username),
                     m_map->version(), qlonglong(m_map->pendingPushes()), m_map->firstPendingVersion());
        fetchMap(false);
    }
}

// --- buying ---------------------------------------------------------------------------------

void SeatBuyer::startBuying()
{
    m_started = true;
    m_buying = true;
    nextHold();
}

void SeatBuyer::stop()
{
    m_buying = false;
    finishIfDone();
}

QList<mq::Id> SeatBuyer::pickSeats()
{
    const int first = m_map->randomFree();
    if (first < 0)
        return {};
    const int want = 1 + QRandomGenerator::global()->bounded(m_config.maxSeatsPerHold);
    QList<int> picked{first};
    // Neighbours in the row, to the right and then to the left: a group sits together.
    for (int j = first + 1; j < m_venue->rowEnd(first) && picked.size() < want && m_map->isFree(j); ++j)
        picked.append(j);
    for (int j = first - 1; j >= m_venue->rowBegin(first) && picked.size() < want && m_map->isFree(j); --j)
        picked.append(j);
    QList<mq::Id> ids;
    ids.reserve(picked.size());
    for (int i : std::as_const(picked))
        ids.append(m_venue->id(i));
    std::sort(ids.begin(), ids.end());
    return ids;
}

void SeatBuyer::nextHold()
{
    if (!m_buying) {
        finishIfDone();
        return;
    }
    if (m_config.bestAvailable) {
        if (m_openCategories.isEmpty()) {
            m_buying = false;
            finishIfDone();
            return;
        }
        sendBestAvailable();
        return;
    }
    const QList<mq::Id> ids = pickSeats();
    if (ids.isEmpty()) {
        if (!m_confirming) {
            // Nothing free on this copy: make sure with a fresh map before giving up.
            m_confirming = true;
            m_busy = true;
            fetchMap(true);
            return;
        }
        m_buying = false;
        finishIfDone();
        return;
    }
    m_confirming = false;
    sendHold(ids);
}

void SeatBuyer::sendHold(const QList<mq::Id> &seatIds)
{
    m_busy = true;
    const qint64 sent = m_clock.nsecsElapsed();
    m_connection->call(mq::Method::HoldCreate,
                       {{u"performanceId"_s, m_performanceId}, {u"seatIds"_s, mq::idsToJson(seatIds)}},
                       [this, sent, seatIds](const mq::rpc::Message &m) { onHoldAnswer(m, sent, seatIds); });
}

void SeatBuyer::sendBestAvailable()
{
    const mq::Id category =
        m_openCategories.at(QRandomGenerator::global()->bounded(int(m_openCategories.size())));
    askBestAvailable(category, 1 + QRandomGenerator::global()->bounded(m_config.maxSeatsPerHold));
}

void SeatBuyer::askBestAvailable(mq::Id category, int quantity)
{
    m_busy = true;
    const qint64 sent = m_clock.nsecsElapsed();
    m_connection->call(
        mq::Method::HoldBestAvailable,
        {{u"performanceId"_s, m_performanceId}, {u"ticketTypeId"_s, category}, {u"quantity"_s, quantity}},
        [this, sent, category, quantity](const mq::rpc::Message &m) {
            if (!m.isError || m.error.reason != mq::reasonName(mq::Reason::NoAdjacentSeats)) {
                onHoldAnswer(m, sent, {});
                return;
            }
            const qint64 latency = m_clock.nsecsElapsed() - sent;
            m_holdAll.add(latency);
            m_holdConflict.add(latency);
            ++m_noAdjacent;
            m_consecutiveErrors = 0;
            // No N together: the same category once more for one seat; none at all: it is done.
            if (quantity > 1 && m_buying) {
                askBestAvailable(category, 1);
                return;
            }
            m_openCategories.removeAll(category);
            if (quantity == 1)
                emit categoryClosed(category);
            m_busy = false;
            nextHold();
        });
}

void SeatBuyer::onHoldAnswer(const mq::rpc::Message &m, qint64 sentNs, const QList<mq::Id> &asked)
{
    const qint64 latency = m_clock.nsecsElapsed() - sentNs;
    m_holdAll.add(latency);
    if (!m.isError) {
        m_holdOk.add(latency);
        const QJsonObject hold = m.result.value(u"hold"_s).toObject();
        const QList<mq::Id> held = seatIdsOfHold(hold);
        ++m_holdsOk;
        m_seatsHeld += held.size();
        if (!asked.isEmpty() && held != asked)
            m_mismatches.append(u"hold %1 holds seats %2, asked %3"_s
                                    .arg(hold.value(u"id"_s).toInteger())
                                    .arg(held.size())
                                    .arg(asked.size()));
        if (m_map) {
            for (mq::Id id : held) {
                const int i = m_venue->indexOf(id);
                if (i >= 0 && m_map->isFree(i))
                    m_map->setStatus(i, mq::SeatStatus::Held);
            }
        }
        checkout(hold);
        return;
    }
    if (m.error.reason == mq::reasonName(mq::Reason::SeatTaken)) {
        m_holdConflict.add(latency);
        ++m_seatTaken;
        m_consecutiveErrors = 0;
        // Not free, whatever our copy says, until a push tells otherwise.
        const QJsonArray taken = m.error.data.value(u"seatIds"_s).toArray();
        for (const QJsonValue &v : taken) {
            const int i = m_venue->indexOf(mq::jsonInteger(v).value_or(0));
            if (i >= 0 && m_map && m_map->isFree(i))
                m_map->setStatus(i, mq::SeatStatus::Held);
        }
        if (m_config.mapMode == LoadGenConfig::MapMode::Fetch && m_map) {
            fetchMap(true);
            return;
        }
        m_busy = false;
        nextHold();
        return;
    }
    onError(m, u"hold"_s);
}

void SeatBuyer::checkout(const QJsonObject &hold)
{
    const mq::Id holdId = mq::jsonInteger(hold.value(u"id"_s)).value_or(0);
    const QList<mq::Id> held = seatIdsOfHold(hold);
    const qint64 sent = m_clock.nsecsElapsed();
    m_connection->call(
        mq::Method::OrderCheckout,
        {{u"holdId"_s, holdId},
         {u"payment"_s, QJsonObject{{u"provider"_s, u"sandbox"_s}, {u"token"_s, u"tok_ok"_s}}}},
        [this, sent, holdId, held](const mq::rpc::Message &m) {
            const qint64 latency = m_clock.nsecsElapsed() - sent;
            m_checkout.add(latency);
            if (m.isError) {
                onError(m, u"checkout"_s);
                release(holdId);
                return;
            }
            ++m_checkoutsOk;
            m_consecutiveErrors = 0;
            const QJsonObject order = m.result.value(u"order"_s).toObject();
            const QJsonArray tickets = order.value(u"tickets"_s).toArray();
            QList<mq::Id> seats;
            for (const QJsonValue &t : tickets)
                seats.append(mq::jsonInteger(t.toObject().value(u"seatId"_s)).value_or(0));
            m_soldSeatIds.append(seats);
            std::sort(seats.begin(), seats.end());
            if (seats != held)
                m_mismatches.append(u"order %1 of hold %2: %3 ticket seats, %4 held seats"_s
                                        .arg(order.value(u"code"_s).toString())
                                        .arg(holdId)
                                        .arg(seats.size())
                                        .arg(held.size()));
            m_busy = false;
            nextHold();
        });
}

void SeatBuyer::release(mq::Id holdId)
{
    // A hold that could not be paid goes back, so its seats can be sold to someone else.
    m_busy = true;
    m_connection->call(mq::Method::HoldRelease, {{u"holdId"_s, holdId}},
                       [this](const mq::rpc::Message &m) {
                           if (m.isError)
                               m_errors[errorKey(m, u"release"_s)] += 1;
                           m_busy = false;
                           QTimer::singleShot(ErrorDelayMs, this, &SeatBuyer::nextHold);
                       });
}

void SeatBuyer::onError(const mq::rpc::Message &m, const QString &what)
{
    m_errors[errorKey(m, what)] += 1;
    if (++m_consecutiveErrors > MaxConsecutiveErrors)
        m_buying = false;
    if (what == u"checkout"_s)
        return; // the hold is released next
    m_busy = false;
    QTimer::singleShot(ErrorDelayMs, this, &SeatBuyer::nextHold);
}

void SeatBuyer::finishIfDone()
{
    if (m_finished || !m_started || m_buying || m_busy)
        return;
    m_finished = true;
    emit buyingFinished();
}

void SeatBuyer::onConnectionFailed(const QString &reason)
{
    if (!m_started) {
        emit failed(m_username + u": "_s + reason);
        return;
    }
    m_errors[u"connection lost"_s] += 1;
    m_buying = false;
    m_busy = false;
    finishIfDone();
}

void SeatBuyer::close()
{
    if (m_connection)
        m_connection->close();
}
