#include "loadgenerator.h"

#include "rpcconnection.h"
#include "rushclient.h"
#include "shared/utctime.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QMap>
#include <QRandomGenerator>
#include <QTextStream>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

// Peak resident set of this process, from the kernel's high-water mark (VmHWM), in KiB.
qint64 peakRssKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    // A /proc file has no size, so read it whole rather than testing atEnd().
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &tv) {
        return double(tv.tv_sec) + double(tv.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

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
    progress(u"rush: %1 connections, %2 purchase(s) in flight each, %3 ticket(s) per purchase"_s
                 .arg(m_clients.size())
                 .arg(m_config.pipeline)
                 .arg(m_config.quantity));
    m_phaseTimer.start();
    for (RushClient *client : std::as_const(m_clients))
        client->startRush(m_ticketTypeId, m_config.quantity, m_config.pipeline);
}

void LoadGenerator::onClientRushFinished()
{
    if (m_phase != Phase::Rush)
        return;
    if (++m_rushFinished == m_clients.size()) {
        m_rushNs = m_phaseTimer.nsecsElapsed();
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
                    report(t);
                    return;
                }
            }
            abort(u"catalog.getPerformance does not list ticket type %1"_s.arg(m_ticketTypeId));
        });
}

void LoadGenerator::report(const mq::TicketType &ticketType)
{
    m_phase = Phase::Done;
    m_timeout.stop();

    LatencyStats latencies;
    qint64 purchases = 0;
    qint64 tickets = 0;
    qint64 soldOut = 0;
    QMap<QString, qint64> errors;
    for (const RushClient *client : std::as_const(m_clients)) {
        latencies.merge(client->latencies());
        purchases += client->purchases();
        tickets += client->ticketsBought();
        soldOut += client->soldOutAnswers();
        for (auto it = client->errors().cbegin(); it != client->errors().cend(); ++it)
            errors[it.key()] += it.value();
    }
    latencies.finish();
    const double seconds = double(m_rushNs) / 1e9;

    QStringList errorList;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        errorList.append(u"%1 x%2"_s.arg(it.key()).arg(it.value()));

    const qint64 oversell = qMax<qint64>(0, tickets - m_config.capacity);
    const bool serverOversold = ticketType.sold > ticketType.capacity;
    const bool mismatch = ticketType.sold != tickets;
    const bool ok =
        oversell == 0 && !serverOversold && ticketType.remaining() == 0 && !mismatch && !m_timedOut;

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
    line(u"latency ms"_s,
         u"p50 %1  p90 %2  p99 %3  max %4  (mean %5, n=%6)"_s
             .arg(fixed(latencies.percentileMs(50)), fixed(latencies.percentileMs(90)),
                  fixed(latencies.percentileMs(99)), fixed(latencies.maxMs()),
                  fixed(latencies.meanMs()))
             .arg(latencies.count()));
    line(u"sold_out answers"_s, QString::number(soldOut));
    line(u"other errors"_s, errorList.isEmpty() ? u"none"_s : errorList.join(u", "_s));
    line(u"oversell"_s, QString::number(oversell));
    line(u"final sold/remaining"_s, u"%1/%2 (held %3, capacity %4)"_s.arg(ticketType.sold)
                                        .arg(ticketType.remaining())
                                        .arg(ticketType.held)
                                        .arg(ticketType.capacity));
    if (mismatch)
        line(u"MISMATCH"_s,
             u"the server counts %1 sold, we were sold %2"_s.arg(ticketType.sold).arg(tickets));
    const qint64 rss = peakRssKiB();
    line(u"loadgen peak RSS"_s,
         rss < 0 ? u"unknown"_s : u"%1 MiB"_s.arg(fixed(double(rss) / 1024.0, 1)));
    line(u"loadgen CPU"_s, u"%1 s"_s.arg(fixed(cpuSeconds())));
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
        progress(u"rush: timed out after %1 s with %2 of %3 connections still buying"_s
                     .arg(m_config.timeoutSeconds)
                     .arg(m_clients.size() - m_rushFinished)
                     .arg(m_clients.size()));
        checkInventory();
        m_timeout.start(std::chrono::seconds(30));
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
