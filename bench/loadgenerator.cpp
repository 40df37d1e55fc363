#include "loadgenerator.h"

#include "procstats.h"
#include "rpcconnection.h"
#include "rushclient.h"
#include "signinprobe.h"
#include "shared/utctime.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QMap>
#include <QRandomGenerator>
#include <QTextStream>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

QString errorText(const mq::rpc::Message &m)
{
    return u"%1 %2: %3"_s.arg(m.error.code).arg(m.error.reason, m.error.message);
}

mq::Id idIn(const QJsonObject &result, const QString &key)
{
    return result.value(key).toObject().value(u"id"_s).toInteger();
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

} // namespace

LoadGenerator::LoadGenerator(LoadGenConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config))
{
    if (m_config.runId.isEmpty()) {
        m_config.runId = QString::number(QRandomGenerator::global()->bounded(36 * 36 * 36 * 36), 36)
                             .rightJustified(4, u'0');
    }
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &LoadGenerator::onTimeout);
}

void LoadGenerator::start()
{
    m_total.start();
    m_phaseTimer.start();
    m_timeout.start(std::chrono::seconds(m_config.timeoutSeconds));
    progress(u"run %1: connecting to %2:%3 as %4"_s.arg(m_config.runId, m_config.host)
                 .arg(m_config.port)
                 .arg(m_config.adminUser));
    m_admin = new RpcConnection(this);
    connect(m_admin, &RpcConnection::connected, this, &LoadGenerator::adminLogin);
    connect(m_admin, &RpcConnection::failed, this,
            [this](const QString &reason) { abort(u"admin connection: "_s + reason); });
    m_admin->connectToServer(m_config.host, m_config.port);
}

void LoadGenerator::adminCall(mq::Method method, const QJsonObject &params,
                              void (LoadGenerator::*next)(const QJsonObject &result))
{
    m_admin->call(method, params, [this, method, next](const mq::rpc::Message &m) {
        if (m.isError) {
            abort(mq::methodName(method) + u" failed: "_s + errorText(m));
            return;
        }
        (this->*next)(m.result);
    });
}

void LoadGenerator::adminLogin()
{
    adminCall(mq::Method::AuthLogin,
              {{u"username"_s, m_config.adminUser}, {u"password"_s, m_config.adminPassword}},
              &LoadGenerator::onAdminLoggedIn);
}

void LoadGenerator::onAdminLoggedIn(const QJsonObject &result)
{
    const mq::User user = mq::User::fromJson(result.value(u"user"_s).toObject());
    if (user.role < mq::Role::Manager) {
        abort(u"%1 is a %2; creating events needs a manager or admin "
              "(marquee-server --database URL adduser %1 --role admin)"_s.arg(
                  user.username, mq::roleName(user.role)));
        return;
    }
    const QString title = u"Rush %1"_s.arg(m_config.runId);
    adminCall(mq::Method::AdminCreateEvent,
              {{u"title"_s, title},
               {u"category"_s, u"concert"_s},
               {u"description"_s, u"Created by marquee-loadgen for a sale-rush benchmark."_s}},
              &LoadGenerator::onEventCreated);
}

void LoadGenerator::onEventCreated(const QJsonObject &result)
{
    m_eventId = idIn(result, u"event"_s);
    const QDateTime startsAt = QDateTime::currentDateTimeUtc().addDays(30);
    adminCall(mq::Method::AdminCreatePerformance,
              {{u"eventId"_s, m_eventId},
               {u"startsAt"_s, mq::toWireTime(startsAt.addMSecs(-startsAt.time().msec()))},
               {u"venue"_s, u"Benchmark Hall"_s}},
              &LoadGenerator::onPerformanceCreated);
}

void LoadGenerator::onPerformanceCreated(const QJsonObject &result)
{
    m_performanceId = idIn(result, u"performance"_s);
    adminCall(mq::Method::AdminCreateTicketType,
              {{u"performanceId"_s, m_performanceId},
               {u"name"_s, u"General admission"_s},
               {u"priceCents"_s, m_config.priceCents},
               {u"capacity"_s, m_config.capacity}},
              &LoadGenerator::onTicketTypeCreated);
}

void LoadGenerator::onTicketTypeCreated(const QJsonObject &result)
{
    m_ticketTypeId = idIn(result, u"ticketType"_s);
    progress(u"setup: event %1, performance %2, ticket type %3 (capacity %4, %5 cents) in %6 ms"_s
                 .arg(m_eventId)
                 .arg(m_performanceId)
                 .arg(m_ticketTypeId)
                 .arg(m_config.capacity)
                 .arg(m_config.priceCents)
                 .arg(m_phaseTimer.elapsed()));
    startLogins();
}

void LoadGenerator::startLogins()
{
    m_phase = Phase::Logins;
    m_phaseTimer.start();
    const QString password = u"rush-password-"_s + m_config.runId;
    m_clients.reserve(m_config.connections);
    for (int i = 0; i < m_config.connections; ++i) {
        const QString name = u"%1-%2-%3"_s.arg(m_config.usersPrefix, m_config.runId).arg(i);
        auto *client = new RushClient(name, password, this);
        connect(client, &RushClient::loggedIn, this, &LoadGenerator::onClientLoggedIn);
        connect(client, &RushClient::rushFinished, this, &LoadGenerator::onClientRushFinished);
        connect(client, &RushClient::verified, this, &LoadGenerator::onClientVerified);
        connect(client, &RushClient::failed, this,
                [this](const QString &reason) { abort(u"customer: "_s + reason); });
        m_clients.append(client);
    }
    for (int i = 0; i < m_config.loginParallelism; ++i)
        startNextLogin();
}

void LoadGenerator::startNextLogin()
{
    if (m_nextLogin >= m_clients.size())
        return;
    m_clients.at(m_nextLogin++)->logIn(m_config.host, m_config.port);
}

void LoadGenerator::onClientLoggedIn()
{
    ++m_loggedIn;
    if (m_loggedIn % 100 == 0 && m_loggedIn < m_clients.size())
        progress(u"logins: %1 of %2"_s.arg(m_loggedIn).arg(m_clients.size()));
    if (m_loggedIn == m_clients.size()) {
        m_loginNs = m_phaseTimer.nsecsElapsed();
        progress(u"logins: %1 customers registered and logged in in %2 s"_s.arg(m_loggedIn)
                     .arg(fixed(double(m_loginNs) / 1e9)));
        startRush();
        return;
    }
    startNextLogin();
}

void LoadGenerator::startRush()
{
    m_phase = Phase::Rush;
    progress(u"rush: %1 connections, %2 purchase(s) in flight each, %3 ticket(s) per purchase%4"_s
                 .arg(m_clients.size())
                 .arg(m_config.pipeline)
                 .arg(m_config.quantity)
                 .arg(m_config.signins > 0
                          ? u", %1 sign-ins over %2 ms"_s.arg(m_config.signins)
                                .arg(m_config.signinSpreadMs)
                          : QString()));
    m_cpuAtStart = cpuNow();
    m_phaseTimer.start();
    for (RushClient *client : std::as_const(m_clients))
        client->startRush(m_ticketTypeId, m_config.quantity, m_config.pipeline);
    startSignins();
}

void LoadGenerator::startSignins()
{
    const int n = m_config.signins;
    m_signins.reserve(n);
    for (int i = 0; i < n; ++i) {
        // Existing users: the buyers themselves, signing in once more from another device.
        const RushClient *user = m_clients.at(i % m_clients.size());
        auto *probe = new SigninProbe(user->username(), user->password(), this);
        connect(probe, &SigninProbe::done, this, &LoadGenerator::onSigninDone);
        m_signins.append(probe);
        const qint64 at = n > 1 ? qint64(m_config.signinSpreadMs) * i / (n - 1) : 0;
        QTimer::singleShot(std::chrono::milliseconds(at), probe,
                           [this, probe] { probe->start(m_config.host, m_config.port); });
    }
}

void LoadGenerator::onSigninDone()
{
    ++m_signinsDone;
    if (m_phase == Phase::Rush)
        ++m_signinsDoneInRush;
    reportIfComplete();
}

QList<double> LoadGenerator::cpuNow() const
{
    QList<double> now;
    for (const auto &[label, pid] : m_config.watchPids) {
        Q_UNUSED(label)
        now.append(procstats::treeCpuSeconds(pid));
    }
    now.append(procstats::cpuSeconds());
    return now;
}

void LoadGenerator::onClientRushFinished()
{
    if (m_phase != Phase::Rush)
        return;
    if (++m_rushFinished == m_clients.size()) {
        m_rushNs = m_phaseTimer.nsecsElapsed();
        m_cpuAtEnd = cpuNow();
        checkInventory();
    }
}

void LoadGenerator::checkInventory()
{
    m_phase = Phase::Check;
    m_admin->call(
        mq::Method::CatalogGetPerformance, {{u"performanceId"_s, m_performanceId}},
        [this](const mq::rpc::Message &m) {
            if (m.isError) {
                abort(u"catalog.getPerformance failed: "_s + errorText(m));
                return;
            }
            const mq::Performance performance =
                mq::Performance::fromJson(m.result.value(u"performance"_s).toObject());
            for (const mq::TicketType &t : performance.ticketTypes) {
                if (t.id == m_ticketTypeId) {
                    m_finalTicketType = t;
                    verifyOrders();
                    return;
                }
            }
            abort(u"catalog.getPerformance does not list ticket type %1"_s.arg(m_ticketTypeId));
        });
}

void LoadGenerator::verifyOrders()
{
    m_phase = Phase::Verify;
    m_phaseTimer.start();
    for (RushClient *client : std::as_const(m_clients))
        client->verifyOrders();
}

void LoadGenerator::onClientVerified()
{
    ++m_verifiedClients;
    reportIfComplete();
}

void LoadGenerator::reportIfComplete()
{
    if (m_phase != Phase::Verify || m_verifiedClients < m_clients.size() ||
        m_signinsDone < m_signins.size())
        return;
    report();
}

void LoadGenerator::report()
{
    m_phase = Phase::Done;
    m_timeout.stop();
    const mq::TicketType &ticketType = m_finalTicketType;

    LatencyStats latencies;
    LatencyStats orderLatencies;
    qint64 purchases = 0;
    qint64 tickets = 0;
    qint64 soldOut = 0;
    qint64 unanswered = 0;
    qint64 duplicates = 0;
    qint64 queuePushes = 0;
    qint64 queued = 0;
    qint64 maxPosition = 0;
    qint64 maxEstimate = 0;
    qint64 listedOrders = 0;
    qint64 listedTickets = 0;
    qint64 lost = 0;
    qint64 unknown = 0;
    int buyersAnswered = 0;
    int capped = 0;
    QStringList verifyErrors;
    QMap<QString, qint64> errors;
    QMap<QString, qint64> retries;
    for (const RushClient *client : std::as_const(m_clients)) {
        latencies.merge(client->latencies());
        orderLatencies.merge(client->orderLatencies());
        purchases += client->purchases();
        tickets += client->ticketsBought();
        soldOut += client->soldOutAnswers();
        unanswered += client->unanswered();
        duplicates += client->duplicateOrders();
        queuePushes += client->queuePushes();
        queued += client->queuedPurchases();
        maxPosition = qMax(maxPosition, client->maxQueuePosition());
        maxEstimate = qMax(maxEstimate, client->maxEstimatedWaitMs());
        listedOrders += client->listedOrders();
        listedTickets += client->listedTickets();
        lost += client->lostOrders();
        unknown += client->unknownOrders();
        if (client->listCapped())
            ++capped;
        if (client->isFinished() && client->unanswered() == 0)
            ++buyersAnswered;
        if (!client->verifyError().isEmpty())
            verifyErrors.append(client->verifyError());
        for (auto it = client->errors().cbegin(); it != client->errors().cend(); ++it)
            errors[it.key()] += it.value();
        for (auto it = client->retries().cbegin(); it != client->retries().cend(); ++it)
            retries[it.key()] += it.value();
    }
    latencies.finish();
    orderLatencies.finish();
    const double seconds = double(m_rushNs) / 1e9;

    const auto listOf = [](const QMap<QString, qint64> &map) {
        QStringList list;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            list.append(u"%1 x%2"_s.arg(it.key()).arg(it.value()));
        return list.isEmpty() ? u"none"_s : list.join(u", "_s);
    };
    qint64 retryCount = 0;
    for (const qint64 n : retries)
        retryCount += n;

    const qint64 oversell = qMax<qint64>(0, tickets - m_config.capacity);
    const bool serverOversold = ticketType.sold > ticketType.capacity;
    const bool mismatch = ticketType.sold != tickets;
    const bool ordersMismatch = ticketType.sold != listedTickets;
    const bool ok = oversell == 0 && !serverOversold && ticketType.remaining() == 0 &&
                    ticketType.held == 0 && !mismatch && !ordersMismatch && lost == 0 &&
                    unknown == 0 && unanswered == 0 && duplicates == 0 &&
                    verifyErrors.isEmpty() && !m_timedOut;

    out() << u"== marquee-loadgen: sale rush on %1:%2 (run %3) =="_s.arg(m_config.host)
                 .arg(m_config.port)
                 .arg(m_config.runId)
          << Qt::endl;
    line(u"connections"_s, u"%1 (pipeline %2, quantity %3)"_s.arg(m_clients.size())
                               .arg(m_config.pipeline)
                               .arg(m_config.quantity));
    line(u"logins"_s,
         u"%1 s for %2 customers (not in the rush)"_s.arg(fixed(double(m_loginNs) / 1e9))
             .arg(m_clients.size()));
    line(u"duration"_s,
         u"%1 s%2"_s.arg(fixed(seconds, 3), m_timedOut ? u" (timed out)"_s : QString()));
    line(u"successful purchases"_s, QString::number(purchases));
    line(u"tickets sold"_s, u"%1 (capacity %2)"_s.arg(tickets).arg(m_config.capacity));
    line(u"purchases/s"_s, fixed(seconds > 0 ? double(purchases) / seconds : 0.0, 1));
    line(u"answers/s"_s, fixed(seconds > 0 ? double(latencies.count()) / seconds : 0.0, 1));
    line(u"order latency ms"_s,
         u"p50 %1  p90 %2  p99 %3  max %4  (mean %5, n=%6; first send to the order, retries included)"_s
             .arg(fixed(orderLatencies.percentileMs(50)), fixed(orderLatencies.percentileMs(90)),
                  fixed(orderLatencies.percentileMs(99)), fixed(orderLatencies.maxMs()),
                  fixed(orderLatencies.meanMs()))
             .arg(orderLatencies.count()));
    line(u"latency ms"_s,
         u"p50 %1  p90 %2  p99 %3  max %4  (mean %5, n=%6; every final answer)"_s
             .arg(fixed(latencies.percentileMs(50)), fixed(latencies.percentileMs(90)),
                  fixed(latencies.percentileMs(99)), fixed(latencies.maxMs()),
                  fixed(latencies.meanMs()))
             .arg(latencies.count()));
    line(u"sold_out answers"_s, QString::number(soldOut));
    line(u"other errors"_s, listOf(errors));
    line(u"retries"_s, u"%1 (%2)"_s.arg(retryCount).arg(listOf(retries)));
    line(u"queue.position"_s, u"%1 pushes for %2 purchases, highest position %3, longest estimate %4 ms"_s
                                  .arg(queuePushes)
                                  .arg(queued)
                                  .arg(maxPosition)
                                  .arg(maxEstimate));
    line(u"buyers answered"_s, u"%1 of %2 (purchases never answered: %3)"_s.arg(buyersAnswered)
                                   .arg(m_clients.size())
                                   .arg(unanswered));
    line(u"oversell"_s, QString::number(oversell));
    line(u"final sold/remaining"_s, u"%1/%2 (held %3, capacity %4)"_s.arg(ticketType.sold)
                                        .arg(ticketType.remaining())
                                        .arg(ticketType.held)
                                        .arg(ticketType.capacity));
    line(u"orders read back"_s,
         u"%1 orders with %2 tickets in order.listMine of %3 customers%4"_s.arg(listedOrders)
             .arg(listedTickets)
             .arg(m_clients.size())
             .arg(capped > 0 ? u" (%1 lists at the 500 limit)"_s.arg(capped) : QString()));
    line(u"lost"_s, u"%1 (answered as bought, missing or short in order.listMine)"_s.arg(lost));
    line(u"unanswered orders"_s,
         u"%1 (in order.listMine, never answered as bought)"_s.arg(unknown));
    line(u"duplicate answers"_s, QString::number(duplicates));
    line(u"sold = order tickets"_s, u"%1 (sold %2, tickets in orders %3)"_s
                                        .arg(ordersMismatch ? u"NO"_s : u"yes"_s)
                                        .arg(ticketType.sold)
                                        .arg(listedTickets));
    if (mismatch)
        line(u"MISMATCH"_s,
             u"the server counts %1 sold, we were sold %2"_s.arg(ticketType.sold).arg(tickets));
    for (const QString &e : std::as_const(verifyErrors).first(qMin<qsizetype>(5, verifyErrors.size())))
        line(u"verify error"_s, e);

    if (!m_signins.isEmpty()) {
        LatencyStats signinLatencies;
        QMap<QString, qint64> signinErrors;
        int signinRetries = 0;
        int signedIn = 0;
        for (const SigninProbe *probe : std::as_const(m_signins)) {
            signinRetries += probe->retries();
            if (probe->succeeded()) {
                ++signedIn;
                signinLatencies.add(probe->latencyNs());
            } else {
                signinErrors[probe->error()] += 1;
            }
        }
        signinLatencies.finish();
        line(u"sign-ins"_s, u"%1 of %2 signed in (%3 answered during the rush), spread over %4 ms, retries %5, errors %6"_s
                                .arg(signedIn)
                                .arg(m_signins.size())
                                .arg(m_signinsDoneInRush)
                                .arg(m_config.signinSpreadMs)
                                .arg(signinRetries)
                                .arg(listOf(signinErrors)));
        line(u"sign-in latency ms"_s,
             u"p50 %1  p90 %2  p99 %3  max %4  (mean %5; connect to answer)"_s.arg(
                 fixed(signinLatencies.percentileMs(50)), fixed(signinLatencies.percentileMs(90)),
                 fixed(signinLatencies.percentileMs(99)), fixed(signinLatencies.maxMs()),
                 fixed(signinLatencies.meanMs())));
    }

    if (m_cpuAtStart.size() == m_cpuAtEnd.size() && seconds > 0) {
        QStringList parts;
        for (qsizetype i = 0; i < m_cpuAtEnd.size(); ++i) {
            const QString label =
                i < m_config.watchPids.size() ? m_config.watchPids.at(i).first : u"loadgen"_s;
            if (m_cpuAtStart.at(i) < 0 || m_cpuAtEnd.at(i) < 0) {
                parts.append(label + u" ?"_s);
                continue;
            }
            parts.append(u"%1 %2 %"_s.arg(label).arg(
                qRound(100.0 * (m_cpuAtEnd.at(i) - m_cpuAtStart.at(i)) / seconds)));
        }
        line(u"cpu in rush"_s, parts.join(u", "_s) + u" (100 % = one core; the machine has %1)"_s
                                                         .arg(QThread::idealThreadCount()));
    }
    const qint64 rss = procstats::peakRssKiB();
    line(u"loadgen peak RSS"_s,
         rss < 0 ? u"unknown"_s : u"%1 MiB"_s.arg(fixed(double(rss) / 1024.0, 1)));
    line(u"loadgen CPU"_s, u"%1 s"_s.arg(fixed(procstats::cpuSeconds())));
    line(u"result"_s, ok ? u"OK"_s : u"FAILED"_s);

    for (RushClient *client : std::as_const(m_clients))
        client->close();
    m_admin->close();
    emit finished(ok ? 0 : 1);
}

void LoadGenerator::onTimeout()
{
    if (m_phase == Phase::Rush) {
        // Report what happened so far; the run counts as failed.
        m_timedOut = true;
        m_rushNs = m_phaseTimer.nsecsElapsed();
        m_cpuAtEnd = cpuNow();
        progress(u"rush: timed out after %1 s with %2 of %3 connections still buying"_s
                     .arg(m_config.timeoutSeconds)
                     .arg(m_clients.size() - m_rushFinished)
                     .arg(m_clients.size()));
        checkInventory();
        m_timeout.start(std::chrono::seconds(30));
        return;
    }
    if (m_phase == Phase::Verify) {
        // Orders read back or sign-ins still unanswered: report what there is, as failed.
        m_timedOut = true;
        progress(u"verify: timed out (%1 of %2 customers read back, %3 of %4 sign-ins done)"_s
                     .arg(m_verifiedClients)
                     .arg(m_clients.size())
                     .arg(m_signinsDone)
                     .arg(m_signins.size()));
        report();
        return;
    }
    abort(u"timed out after %1 s"_s.arg(m_total.elapsed() / 1000));
}

void LoadGenerator::abort(const QString &reason)
{
    if (m_phase == Phase::Done)
        return;
    m_phase = Phase::Done;
    m_timeout.stop();
    QTextStream(stderr) << u"marquee-loadgen: "_s << reason << Qt::endl;
    emit finished(2);
}

void LoadGenerator::progress(const QString &text)
{
    QTextStream(stderr) << u"[%1 s] "_s.arg(fixed(double(m_total.elapsed()) / 1000.0, 1)) << text
                        << Qt::endl;
}
