#include "seatloadgenerator.h"

#include "latencystats.h"
#include "procstats.h"
#include "rpcconnection.h"
#include "seatbuyer.h"
#include "shared/jsonfields.h"
#include "shared/seating.h"
#include "shared/utctime.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString errorText(const mq::rpc::Message &m)
{
    return u"%1 %2: %3"_s.arg(m.error.code).arg(m.error.reason, m.error.message);
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QString fixed(double value, int decimals = 2)
{
    return QString::number(value, 'f', decimals);
}

void line(const QString &key, const QString &value)
{
    out() << QString(key + u':').leftJustified(22) << value << Qt::endl;
}

QString latencyLine(LatencyStats &stats)
{
    stats.finish();
    return u"p50 %1  p90 %2  p99 %3  max %4  (mean %5, n=%6)"_s
        .arg(fixed(stats.percentileMs(50)), fixed(stats.percentileMs(90)),
             fixed(stats.percentileMs(99)), fixed(stats.maxMs()), fixed(stats.meanMs()))
        .arg(stats.count());
}

QString perSecond(qint64 count, double seconds)
{
    return fixed(seconds > 0 ? double(count) / seconds : 0.0, 1);
}

// A plain hall of `seats` seats: rows of up to 40 with an aisle in the middle, 20 rows a block.
QJsonObject generatedLayout(int seats)
{
    const int perRow = qMin(40, seats);
    constexpr int RowsPerBlock = 20;
    QJsonArray sections;
    int made = 0;
    int globalRow = 0;
    for (int block = 0; made < seats; ++block) {
        QJsonArray rows;
        for (int r = 0; r < RowsPerBlock && made < seats; ++r, ++globalRow) {
            QJsonArray rowSeats;
            const int inRow = qMin(perRow, seats - made);
            for (int s = 0; s < inRow; ++s) {
                QJsonObject seat{{u"label"_s, QString::number(s + 1)},
                                 {u"x"_s, double(s) + (s >= perRow / 2 ? 2.0 : 0.0)},
                                 {u"y"_s, 2.0 + double(globalRow) + 2.0 * double(block)}};
                if (perRow >= 10 && s == perRow / 2 - 1)
                    seat.insert(u"aisleAfter"_s, true);
                rowSeats.append(seat);
            }
            made += inRow;
            rows.append(QJsonObject{{u"label"_s, QString::number(r + 1)}, {u"seats"_s, rowSeats}});
        }
        sections.append(QJsonObject{{u"name"_s, u"Block %1"_s.arg(block + 1)}, {u"rows"_s, rows}});
    }
    return QJsonObject{{u"focus"_s, QJsonObject{{u"x"_s, double(perRow + 2) / 2.0}, {u"y"_s, 0.0}}},
                       {u"sections"_s, sections}};
}

QString modeText(const LoadGenConfig &c)
{
    if (c.bestAvailable)
        return u"hold.bestAvailable (the server picks), then order.checkout"_s;
    return c.mapMode == LoadGenConfig::MapMode::Live
               ? u"hold.create on free seats of a live map (seats.changed pushes), then order.checkout"_s
               : u"hold.create on free seats of a fetched map (seats.getMap after each seat_taken), then order.checkout"_s;
}

} // namespace

SeatLoadGenerator::SeatLoadGenerator(LoadGenConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config))
{
    if (m_config.runId.isEmpty()) {
        m_config.runId = QString::number(QRandomGenerator::global()->bounded(36 * 36 * 36 * 36), 36)
                             .rightJustified(4, u'0');
    }
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &SeatLoadGenerator::onTimeout);
    m_duration.setSingleShot(true);
    connect(&m_duration, &QTimer::timeout, this, &SeatLoadGenerator::onDurationOver);
}

void SeatLoadGenerator::start()
{
    m_total.start();
    m_phaseTimer.start();
    m_timeout.start(std::chrono::seconds(m_config.timeoutSeconds));
    progress(u"run %1 (seats): connecting to %2:%3 as %4"_s.arg(m_config.runId, m_config.host)
                 .arg(m_config.port)
                 .arg(m_config.adminUser));
    m_admin = new RpcConnection(this);
    connect(m_admin, &RpcConnection::connected, this, &SeatLoadGenerator::adminLogin);
    connect(m_admin, &RpcConnection::failed, this,
            [this](const QString &reason) { abort(u"admin connection: "_s + reason); });
    connect(m_admin, &RpcConnection::pushReceived, this, &SeatLoadGenerator::onAdminPush);
    m_admin->connectToServer(m_config.host, m_config.port);
}

void SeatLoadGenerator::adminCall(mq::Method method, const QJsonObject &params,
                                  void (SeatLoadGenerator::*next)(const QJsonObject &result))
{
    m_admin->call(method, params, [this, method, next](const mq::rpc::Message &m) {
        if (m.isError) {
            abort(mq::methodName(method) + u" failed: "_s + errorText(m));
            return;
        }
        (this->*next)(m.result);
    });
}

// --- setup ----------------------------------------------------------------------------------

void SeatLoadGenerator::adminLogin()
{
    adminCall(mq::Method::AuthLogin,
              {{u"username"_s, m_config.adminUser}, {u"password"_s, m_config.adminPassword}},
              &SeatLoadGenerator::onAdminLoggedIn);
}

void SeatLoadGenerator::onAdminLoggedIn(const QJsonObject &result)
{
    const mq::User user = mq::User::fromJson(result.value(u"user"_s).toObject());
    if (user.role < mq::Role::Manager) {
        abort(u"%1 is a %2; creating venues needs a manager or admin "
              "(marquee-server --database URL adduser %1 --role admin)"_s.arg(
                  user.username, mq::roleName(user.role)));
        return;
    }
    QJsonObject params;
    if (!m_config.venueFile.isEmpty()) {
        QFile file(m_config.venueFile);
        if (!file.open(QIODevice::ReadOnly)) {
            abort(u"cannot read %1: %2"_s.arg(m_config.venueFile, file.errorString()));
            return;
        }
        QJsonParseError error{};
        params = QJsonDocument::fromJson(file.readAll(), &error).object();
        if (error.error != QJsonParseError::NoError || !params.value(u"layout"_s).isObject()) {
            abort(u"%1 is not a venue file ({name, layout}): %2"_s.arg(m_config.venueFile,
                                                                        error.errorString()));
            return;
        }
        m_venueName = u"%1 (bench %2)"_s.arg(params.value(u"name"_s).toString(
                                                  QFileInfo(m_config.venueFile).baseName()),
                                              m_config.runId);
    } else {
        m_venueName = u"Bench hall %1 (%2 seats)"_s.arg(m_config.runId).arg(m_config.seats);
        params.insert(u"layout"_s, generatedLayout(m_config.seats));
    }
    params.insert(u"name"_s, m_venueName);
    adminCall(mq::Method::AdminCreateVenue, params, &SeatLoadGenerator::onVenueCreated);
}

void SeatLoadGenerator::onVenueCreated(const QJsonObject &result)
{
    const QJsonObject venue = result.value(u"venue"_s).toObject();
    m_venueId = mq::jsonInteger(venue.value(u"id"_s)).value_or(0);
    m_venue = SeatVenue::fromVenueJson(venue);
    if (!m_venue || m_venueId == 0) {
        abort(u"admin.createVenue answered a venue without seats"_s);
        return;
    }
    if (m_config.categories > m_venue->size())
        m_config.categories = m_venue->size();
    adminCall(mq::Method::AdminCreateEvent,
              {{u"title"_s, u"Seats %1"_s.arg(m_config.runId)},
               {u"category"_s, u"concert"_s},
               {u"description"_s, u"Created by marquee-loadgen --mode seats for a benchmark."_s}},
              &SeatLoadGenerator::onEventCreated);
}

void SeatLoadGenerator::createPerformance(void (SeatLoadGenerator::*next)(const QJsonObject &result))
{
    const QDateTime startsAt = QDateTime::currentDateTimeUtc().addDays(30);
    adminCall(mq::Method::AdminCreatePerformance,
              {{u"eventId"_s, m_eventId},
               {u"startsAt"_s, mq::toWireTime(startsAt.addMSecs(-startsAt.time().msec()))},
               {u"seating"_s, mq::SeatingReserved},
               {u"venueId"_s, m_venueId}},
              next);
}

void SeatLoadGenerator::onEventCreated(const QJsonObject &result)
{
    m_eventId = mq::jsonInteger(result.value(u"event"_s).toObject().value(u"id"_s)).value_or(0);
    createPerformance(&SeatLoadGenerator::onPerformanceCreated);
}

void SeatLoadGenerator::onPerformanceCreated(const QJsonObject &result)
{
    m_performanceId =
        mq::jsonInteger(result.value(u"performance"_s).toObject().value(u"id"_s)).value_or(0);
    if (m_config.sparePerformance) {
        createPerformance(&SeatLoadGenerator::onSparePerformanceCreated);
        return;
    }
    createNextCategory();
}

void SeatLoadGenerator::onSparePerformanceCreated(const QJsonObject &result)
{
    m_spareId = mq::jsonInteger(result.value(u"performance"_s).toObject().value(u"id"_s)).value_or(0);
    createNextCategory();
}

void SeatLoadGenerator::createNextCategory()
{
    const int k = m_config.categories;
    const int total = m_config.sparePerformance ? 2 * k : k;
    if (m_nextCategory >= total) {
        startObserver();
        return;
    }
    // Contiguous runs of seats in venue order: the front rows cost the most.
    const int c = m_nextCategory % k;
    const mq::Id performance = m_nextCategory < k ? m_performanceId : m_spareId;
    const int n = m_venue->size();
    const int begin = int(qint64(n) * c / k);
    const int end = int(qint64(n) * (c + 1) / k);
    QList<mq::Id> ids;
    ids.reserve(end - begin);
    for (int i = begin; i < end; ++i)
        ids.append(m_venue->id(i));
    adminCall(mq::Method::AdminCreateTicketType,
              {{u"performanceId"_s, performance},
               {u"name"_s, u"Category %1"_s.arg(c + 1)},
               {u"priceCents"_s, m_config.priceCents + (k - 1 - c) * (m_config.priceCents / 2)},
               {u"seatIds"_s, mq::idsToJson(ids)}},
              &SeatLoadGenerator::onCategoryCreated);
}

void SeatLoadGenerator::onCategoryCreated(const QJsonObject &result)
{
    const mq::Id id =
        mq::jsonInteger(result.value(u"ticketType"_s).toObject().value(u"id"_s)).value_or(0);
    (m_nextCategory < m_config.categories ? m_ticketTypeIds : m_spareTicketTypeIds).append(id);
    ++m_nextCategory;
    createNextCategory();
}

void SeatLoadGenerator::startObserver()
{
    m_observer = std::make_unique<SeatMapCopy>(m_venue);
    m_admin->call(mq::Method::CatalogSubscribe, {{u"performanceId"_s, m_performanceId}},
                  [this](const mq::rpc::Message &m) {
                      if (m.isError) {
                          abort(u"catalog.subscribe failed: "_s + errorText(m));
                          return;
                      }
                      m_admin->call(mq::Method::SeatsGetMap, {{u"performanceId"_s, m_performanceId}},
                                    [this](const mq::rpc::Message &r) {
                                        if (r.isError || !m_observer->load(r.result)) {
                                            abort(u"seats.getMap failed: "_s + errorText(r));
                                            return;
                                        }
                                        m_setupNs = m_phaseTimer.nsecsElapsed();
                                        progress(u"setup: venue %1 \"%2\" (%3 seats, %4 rows), event %5, performance %6, %7 categories%8 in %9 ms"_s
                                                     .arg(m_venueId)
                                                     .arg(m_venueName)
                                                     .arg(m_venue->size())
                                                     .arg(m_venue->rowCount())
                                                     .arg(m_eventId)
                                                     .arg(m_performanceId)
                                                     .arg(m_config.categories)
                                                     .arg(m_spareId ? u", spare performance %1"_s.arg(m_spareId) : QString())
                                                     .arg(m_setupNs / 1000000));
                                        startLogins();
                                    });
                  });
}

void SeatLoadGenerator::onAdminPush(const mq::rpc::Message &message)
{
    if (!m_observer || message.method != QLatin1StringView(mq::SeatsChangedPush))
        return;
    const QJsonObject params = message.params.toObject();
    if (mq::jsonInteger(params.value(u"performanceId"_s)).value_or(0) != m_performanceId)
        return;
    ++m_observerPushes;
    const qint64 version = mq::jsonInteger(params.value(u"version"_s)).value_or(0);
    if (version < m_maxSeenVersion) {
        ++m_outOfOrder;
        m_maxDisplacement = qMax(m_maxDisplacement, m_maxSeenVersion - version);
    }
    m_maxSeenVersion = qMax(m_maxSeenVersion, version);
    const bool waiting = m_observer->pendingPushes() > 0;
    m_observer->push(params);
    if (!waiting && m_observer->pendingPushes() > 0) {
        ++m_gaps;
        m_gapTimer.start();
    } else if (waiting && m_observer->pendingPushes() == 0) {
        m_maxGapNs = qMax(m_maxGapNs, m_gapTimer.nsecsElapsed());
    }
    if (m_config.bestAvailable && m_phase == Phase::Buying) {
        for (mq::Id type : std::as_const(m_ticketTypeIds)) {
            if (!m_categorySoldOutNs.contains(type) && m_observer->freeForBestAvailable(type) == 0)
                m_categorySoldOutNs.insert(type, m_phaseTimer.nsecsElapsed());
        }
    }
}

void SeatLoadGenerator::onCategoryClosed(mq::Id ticketTypeId)
{
    if (m_phase != Phase::Buying || !m_observer)
        return;
    const int free = m_observer->freeForBestAvailable(ticketTypeId);
    if (free > 0)
        m_earlyNone.append(EarlyNone{ticketTypeId, m_phaseTimer.nsecsElapsed(), free});
}

// --- logins ---------------------------------------------------------------------------------

void SeatLoadGenerator::startLogins()
{
    m_phase = Phase::Logins;
    m_phaseTimer.start();
    const QString password = u"seat-password-"_s + m_config.runId;
    m_buyers.reserve(m_config.connections);
    for (int i = 0; i < m_config.connections; ++i) {
        const QString name = u"%1-%2-%3"_s.arg(m_config.usersPrefix, m_config.runId).arg(i);
        auto *buyer = new SeatBuyer(name, password, m_config, this);
        connect(buyer, &SeatBuyer::loggedIn, this, &SeatLoadGenerator::onBuyerLoggedIn);
        connect(buyer, &SeatBuyer::ready, this, &SeatLoadGenerator::onBuyerReady);
        connect(buyer, &SeatBuyer::buyingFinished, this, &SeatLoadGenerator::onBuyerFinished);
        connect(buyer, &SeatBuyer::categoryClosed, this, &SeatLoadGenerator::onCategoryClosed);
        connect(buyer, &SeatBuyer::failed, this,
                [this](const QString &reason) { abort(u"customer: "_s + reason); });
        m_buyers.append(buyer);
    }
    for (int i = 0; i < m_config.loginParallelism; ++i)
        startNextLogin();
}

void SeatLoadGenerator::startNextLogin()
{
    if (m_nextLogin >= m_buyers.size())
        return;
    m_buyers.at(m_nextLogin++)->logIn(m_config.host, m_config.port);
}

void SeatLoadGenerator::onBuyerLoggedIn()
{
    ++m_loggedIn;
    if (m_loggedIn % 100 == 0 && m_loggedIn < m_buyers.size())
        progress(u"logins: %1 of %2"_s.arg(m_loggedIn).arg(m_buyers.size()));
    if (m_loggedIn < m_buyers.size()) {
        startNextLogin();
        return;
    }
    m_loginNs = m_phaseTimer.nsecsElapsed();
    progress(u"logins: %1 customers registered and logged in in %2 s"_s.arg(m_loggedIn)
                 .arg(fixed(double(m_loginNs) / 1e9)));
    m_phase = Phase::Prepare;
    for (SeatBuyer *buyer : std::as_const(m_buyers))
        buyer->prepare(m_venue, m_performanceId, m_ticketTypeIds);
}

void SeatLoadGenerator::onBuyerReady()
{
    if (m_phase == Phase::Prepare && ++m_ready == m_buyers.size())
        startBuying();
}

// --- buying ---------------------------------------------------------------------------------

void SeatLoadGenerator::startBuying()
{
    m_phase = Phase::Buying;
    progress(u"buying: %1 buyers, 1-%2 seats per hold, %3%4"_s.arg(m_buyers.size())
                 .arg(m_config.maxSeatsPerHold)
                 .arg(modeText(m_config))
                 .arg(m_config.durationSeconds > 0 ? u", for at most %1 s"_s.arg(m_config.durationSeconds)
                                                   : u", until sold out"_s));
    m_phaseTimer.start();
    if (m_config.durationSeconds > 0)
        m_duration.start(std::chrono::seconds(m_config.durationSeconds));
    for (SeatBuyer *buyer : std::as_const(m_buyers))
        buyer->startBuying();
}

void SeatLoadGenerator::onDurationOver()
{
    if (m_phase != Phase::Buying)
        return;
    m_stoppedByDuration = true;
    progress(u"buying: %1 s are over; finishing the holds in flight"_s.arg(m_config.durationSeconds));
    for (SeatBuyer *buyer : std::as_const(m_buyers))
        buyer->stop();
}

void SeatLoadGenerator::onBuyerFinished()
{
    if (m_phase != Phase::Buying)
        return;
    if (++m_finishedBuyers < m_buyers.size())
        return;
    m_buyNs = m_phaseTimer.nsecsElapsed();
    m_duration.stop();
    check();
}

// --- the check ------------------------------------------------------------------------------

void SeatLoadGenerator::check()
{
    m_phase = Phase::Check;
    m_admin->call(mq::Method::SeatsGetMap, {{u"performanceId"_s, m_performanceId}},
                  [this](const mq::rpc::Message &m) {
        if (m.isError) {
            abort(u"seats.getMap failed: "_s + errorText(m));
            return;
        }
        m_finalMap = m.result;
        m_admin->call(mq::Method::CatalogGetPerformance, {{u"performanceId"_s, m_performanceId}},
                      [this](const mq::rpc::Message &p) {
            if (p.isError) {
                abort(u"catalog.getPerformance failed: "_s + errorText(p));
                return;
            }
            m_finalTypes = mq::Performance::fromJson(p.result.value(u"performance"_s).toObject()).ticketTypes;
            waitForObserver();
        });
    });
}

void SeatLoadGenerator::waitForObserver()
{
    // The last pushes may still be on their way to the admin connection.
    const qint64 version = mq::jsonInteger(m_finalMap.value(u"version"_s)).value_or(0);
    if (m_observer->version() >= version || ++m_observerWaits > 50) {
        report();
        return;
    }
    QTimer::singleShot(100, this, &SeatLoadGenerator::waitForObserver);
}

void SeatLoadGenerator::report()
{
    m_phase = Phase::Done;
    m_timeout.stop();
    QStringList violations;

    LatencyStats holdAll, holdOk, holdConflict, checkout;
    qint64 holdsOk = 0, seatsHeld = 0, seatTaken = 0, noAdjacent = 0, checkoutsOk = 0;
    qint64 fetches = 0, gapRefetches = 0, pushes = 0;
    QList<mq::Id> sold;
    QMap<QString, qint64> errors;
    for (const SeatBuyer *b : std::as_const(m_buyers)) {
        holdAll.merge(b->holdLatency());
        holdOk.merge(b->holdOkLatency());
        holdConflict.merge(b->holdConflictLatency());
        checkout.merge(b->checkoutLatency());
        holdsOk += b->holdsOk();
        seatsHeld += b->seatsHeld();
        seatTaken += b->seatTaken();
        noAdjacent += b->noAdjacent();
        checkoutsOk += b->checkoutsOk();
        fetches += b->mapFetches();
        gapRefetches += b->gapRefetches();
        pushes += b->pushesApplied();
        sold.append(b->soldSeatIds());
        for (auto it = b->errors().cbegin(); it != b->errors().cend(); ++it)
            errors[it.key()] += it.value();
        for (const QString &mismatch : b->mismatches())
            violations.append(mismatch);
    }
    const double seconds = double(m_buyNs) / 1e9;

    // Every seat sold at most once, and exactly the seats the map shows sold.
    std::sort(sold.begin(), sold.end());
    qint64 duplicates = 0;
    for (qsizetype i = 1; i < sold.size(); ++i) {
        if (sold.at(i) == sold.at(i - 1))
            ++duplicates;
    }
    if (duplicates > 0)
        violations.append(u"%1 seat(s) sold twice"_s.arg(duplicates));
    const QSet<mq::Id> soldSet(sold.cbegin(), sold.cend());

    const QString status = m_finalMap.value(u"status"_s).toString();
    const QJsonArray categories = m_finalMap.value(u"categories"_s).toArray();
    QMap<QChar, qint64> letters;
    struct Tally { qint64 sold = 0, held = 0, capacity = 0; };
    QMap<mq::Id, Tally> byType;
    qint64 soldNotOrdered = 0, availableLeft = 0, accessibleLeft = 0;
    if (status.size() != m_venue->size() || categories.size() != m_venue->size())
        violations.append(u"seats.getMap has %1 states for %2 seats"_s.arg(status.size()).arg(m_venue->size()));
    for (int i = 0; i < qMin<qsizetype>(status.size(), m_venue->size()); ++i) {
        const QChar c = status.at(i);
        letters[c] += 1;
        const mq::Id type = mq::jsonInteger(categories.at(i)).value_or(0);
        Tally &t = byType[type];
        if (c != u'b')
            ++t.capacity;
        if (c == u's') {
            ++t.sold;
            if (!soldSet.contains(m_venue->id(i)))
                ++soldNotOrdered;
        } else if (c == u'h') {
            ++t.held;
        } else if (c == u'a') {
            ++availableLeft;
            if (m_venue->accessible(i))
                ++accessibleLeft;
        }
    }
    qint64 orderedNotSold = 0;
    for (mq::Id id : soldSet) {
        const int i = m_venue->indexOf(id);
        if (i < 0 || i >= status.size() || status.at(i) != u's')
            ++orderedNotSold;
    }
    if (soldNotOrdered)
        violations.append(u"%1 seat(s) sold on the map but in none of our orders"_s.arg(soldNotOrdered));
    if (orderedNotSold)
        violations.append(u"%1 seat(s) in our orders but not sold on the map"_s.arg(orderedNotSold));
    if (letters.value(u'h') > 0)
        violations.append(u"%1 seat(s) still held after every hold was checked out"_s.arg(letters.value(u'h')));
    const bool soldOutExpected = !m_stoppedByDuration && !m_timedOut;
    // hold.bestAvailable never picks a wheelchair place: those may stay.
    const qint64 mayStay = m_config.bestAvailable ? accessibleLeft : 0;
    if (soldOutExpected && availableLeft > mayStay)
        violations.append(u"%1 seat(s) still available after the buyers saw none"_s.arg(availableLeft - mayStay));

    QStringList typeLines;
    qint64 serverSold = 0;
    for (const mq::TicketType &t : std::as_const(m_finalTypes)) {
        const Tally tally = byType.value(t.id);
        serverSold += t.sold;
        const bool ok = t.sold == tally.sold && t.held == tally.held && t.capacity == tally.capacity;
        typeLines.append(u"#%1 sold %2 ('s' %3), held %4 ('h' %5), capacity %6 (%7)%8"_s.arg(t.id)
                             .arg(t.sold)
                             .arg(tally.sold)
                             .arg(t.held)
                             .arg(tally.held)
                             .arg(t.capacity)
                             .arg(tally.capacity)
                             .arg(ok ? QString() : u" MISMATCH"_s));
        if (!ok)
            violations.append(u"ticket type %1's counts disagree with its seats"_s.arg(t.id));
    }
    if (serverSold != soldSet.size())
        violations.append(u"the ticket types count %1 sold, our orders hold %2 seats"_s.arg(serverSold).arg(soldSet.size()));

    // Replaying every seats.changed push from the first map must give the final map.
    const qint64 finalVersion = mq::jsonInteger(m_finalMap.value(u"version"_s)).value_or(0);
    qint64 replayDiffers = 0;
    for (int i = 0; i < qMin<qsizetype>(status.size(), m_venue->size()); ++i) {
        if (m_observer->status(i) != char(status.at(i).unicode()))
            ++replayDiffers;
    }
    QString replay;
    if (m_observer->version() != finalVersion) {
        replay = u"stuck at version %1 of %2 (%3 pushes waiting from version %4)"_s
                     .arg(m_observer->version())
                     .arg(finalVersion)
                     .arg(m_observer->pendingPushes())
                     .arg(m_observer->firstPendingVersion());
        violations.append(u"seats.changed versions missing: "_s + replay);
    } else if (replayDiffers) {
        replay = u"version %1, but %2 seat(s) differ from seats.getMap"_s.arg(finalVersion).arg(replayDiffers);
        violations.append(u"replayed pushes differ from the map"_s);
    } else {
        replay = u"%1 pushes to version %2, replayed map equals seats.getMap"_s.arg(m_observerPushes).arg(finalVersion);
    }

    QStringList errorList;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        errorList.append(u"%1 x%2"_s.arg(it.key()).arg(it.value()));
    QStringList letterList;
    for (auto it = letters.cbegin(); it != letters.cend(); ++it)
        letterList.append(u"%1=%2"_s.arg(it.key()).arg(it.value()));
    if (m_timedOut)
        violations.append(u"timed out"_s);

    out() << u"== marquee-loadgen: reserved seating on %1:%2 (run %3) =="_s.arg(m_config.host)
                 .arg(m_config.port)
                 .arg(m_config.runId)
          << Qt::endl;
    line(u"mode"_s, modeText(m_config));
    line(u"venue"_s, u"%1: %2 seats in %3 rows, %4 price categories"_s.arg(m_venueName)
                         .arg(m_venue->size())
                         .arg(m_venue->rowCount())
                         .arg(m_config.categories));
    line(u"performance"_s, m_spareId ? u"%1 (spare, untouched: %2)"_s.arg(m_performanceId).arg(m_spareId)
                                      : QString::number(m_performanceId));
    line(u"connections"_s, u"%1 (1-%2 adjacent seats per hold, one request in flight each)"_s
                               .arg(m_buyers.size())
                               .arg(m_config.maxSeatsPerHold));
    line(u"logins"_s, u"%1 s for %2 customers (not timed)"_s.arg(fixed(double(m_loginNs) / 1e9))
                          .arg(m_buyers.size()));
    line(u"duration"_s, u"%1 s%2"_s.arg(fixed(seconds, 3),
                                         m_stoppedByDuration ? u" (stopped by --duration)"_s
                                         : m_timedOut        ? u" (timed out)"_s
                                                             : u" (sold out)"_s));
    line(u"holds"_s, u"%1 ok (%2 seats), %3 seat_taken, %4 no_adjacent_seats"_s.arg(holdsOk)
                         .arg(seatsHeld)
                         .arg(seatTaken)
                         .arg(noAdjacent));
    line(u"holds/s"_s, perSecond(holdsOk, seconds));
    line(u"hold answers/s"_s, perSecond(holdAll.count(), seconds));
    line(u"checkouts/s"_s, perSecond(checkoutsOk, seconds));
    line(u"seats sold/s"_s, perSecond(soldSet.size(), seconds));
    line(u"seat_taken conflicts"_s,
         u"%1 (%2% of hold answers)"_s.arg(seatTaken).arg(
             fixed(holdAll.count() ? 100.0 * double(seatTaken) / double(holdAll.count()) : 0.0, 1)));
    line(u"hold latency ms"_s, latencyLine(holdAll));
    line(u"hold ok latency ms"_s, latencyLine(holdOk));
    line(u"hold 409 latency ms"_s, latencyLine(holdConflict));
    line(u"checkout latency ms"_s, latencyLine(checkout));
    if (!m_config.bestAvailable)
        line(u"buyers' maps"_s, u"%1 seats.getMap, %2 refetched on a gap, %3 pushes applied (%4 per buyer)"_s
                                    .arg(fetches)
                                    .arg(gapRefetches)
                                    .arg(pushes)
                                    .arg(m_buyers.isEmpty() ? 0 : pushes / m_buyers.size()));
    if (m_config.bestAvailable) {
        // The observer's map trails the commits by the push delay: only answers well before the
        // category's last free seat went count as "none left" while there were seats.
        constexpr qint64 MarginNs = 250'000'000;
        int early = 0, mostFree = 0;
        qint64 earliestMs = 0;
        for (const EarlyNone &e : std::as_const(m_earlyNone)) {
            const qint64 soldOut = m_categorySoldOutNs.value(e.ticketTypeId, m_buyNs);
            if (soldOut - e.atNs > MarginNs) {
                ++early;
                mostFree = qMax(mostFree, e.free);
                earliestMs = qMax(earliestMs, (soldOut - e.atNs) / 1000000);
            }
        }
        line(u"best available"_s,
             early == 0 ? u"every \"none left\" for one seat came when its category was sold out"_s
                        : u"%1 \"none left\" answers for one seat while its category still had free seats "
                          "(up to %2 free, up to %3 ms before its last one went)"_s.arg(early)
                              .arg(mostFree)
                              .arg(earliestMs));
    }
    line(u"other errors"_s, errorList.isEmpty() ? u"none"_s : errorList.join(u", "_s));
    line(u"final map"_s, letterList.join(u' ') + (accessibleLeft ? u" (%1 wheelchair places left)"_s.arg(accessibleLeft) : QString()));
    line(u"seats in orders"_s, u"%1 tickets, %2 distinct seats, %3 sold twice"_s.arg(sold.size())
                                   .arg(soldSet.size())
                                   .arg(duplicates));
    for (const QString &t : std::as_const(typeLines))
        line(u"ticket type"_s, t);
    line(u"push replay"_s, replay);
    line(u"push order"_s, u"%1 of %2 pushes arrived after a later version (up to %3 versions late); "
                          "%4 gaps, the longest %5 ms"_s
                              .arg(m_outOfOrder)
                              .arg(m_observerPushes)
                              .arg(m_maxDisplacement)
                              .arg(m_gaps)
                              .arg(fixed(double(m_maxGapNs) / 1e6, 1)));
    const qint64 rss = procstats::peakRssKiB();
    line(u"loadgen peak RSS"_s, rss < 0 ? u"unknown"_s : u"%1 MiB"_s.arg(fixed(double(rss) / 1024.0, 1)));
    line(u"loadgen CPU"_s, u"%1 s"_s.arg(fixed(procstats::cpuSeconds())));
    for (const QString &v : std::as_const(violations))
        line(u"VIOLATION"_s, v);
    line(u"result"_s, violations.isEmpty() ? u"OK"_s : u"FAILED"_s);

    for (SeatBuyer *b : std::as_const(m_buyers))
        b->close();
    m_admin->close();
    emit finished(violations.isEmpty() ? 0 : 1);
}

void SeatLoadGenerator::onTimeout()
{
    if (m_phase == Phase::Buying) {
        m_timedOut = true;
        m_buyNs = m_phaseTimer.nsecsElapsed();
        progress(u"buying: timed out after %1 s with %2 of %3 buyers still busy"_s
                     .arg(m_config.timeoutSeconds)
                     .arg(m_buyers.size() - m_finishedBuyers)
                     .arg(m_buyers.size()));
        check();
        m_timeout.start(std::chrono::seconds(30));
        return;
    }
    abort(u"timed out after %1 s"_s.arg(m_total.elapsed() / 1000));
}

void SeatLoadGenerator::abort(const QString &reason)
{
    if (m_phase == Phase::Done)
        return;
    m_phase = Phase::Done;
    m_timeout.stop();
    QTextStream(stderr) << u"marquee-loadgen: "_s << reason << Qt::endl;
    emit finished(2);
}

void SeatLoadGenerator::progress(const QString &text)
{
    QTextStream(stderr) << u"[%1 s] "_s.arg(fixed(double(m_total.elapsed()) / 1000.0, 1)) << text
                        << Qt::endl;
}
