#include "doorbench.h"

#include "rpcconnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

} // namespace

DoorBench::DoorBench(DoorBenchConfig config, QObject *parent) : QObject(parent), m_config(std::move(config))
{
}

void DoorBench::start()
{
    QTimer::singleShot(m_config.timeoutSeconds * 1000, this, [this] { fail(u"timed out"_s); });
    m_admin = new RpcConnection(this);
    connect(m_admin, &RpcConnection::failed, this, [this](const QString &why) { fail(u"admin connection: "_s + why); });
    connect(m_admin, &RpcConnection::connected, this, [this] {
        call(m_admin, mq::Method::AuthLogin,
             {{u"username"_s, m_config.adminUser}, {u"password"_s, m_config.adminPassword}}, &DoorBench::onLoggedIn);
    });
    m_admin->connectToServer(m_config.host, m_config.port);
}

void DoorBench::call(RpcConnection *c, mq::Method method, const QJsonObject &params,
                     void (DoorBench::*next)(const QJsonObject &))
{
    c->call(method, params, [this, method, next](const mq::rpc::Message &m) {
        if (m.isError) {
            fail(u"%1: %2 %3"_s.arg(mq::methodName(method)).arg(m.error.code).arg(m.error.message));
            return;
        }
        (this->*next)(m.result);
    });
}

void DoorBench::fail(const QString &message)
{
    QTextStream(stderr) << u"marquee-doorbench: "_s << message << Qt::endl;
    emit finished(1);
}

void DoorBench::onLoggedIn(const QJsonObject &result)
{
    m_token = result.value(u"token"_s).toString();
    const QString id = QString::number(QRandomGenerator::global()->bounded(1000000));
    call(m_admin, mq::Method::AdminCreateEvent,
         QJsonObject{{u"title"_s, QString(u"Door bench "_s + id)}, {u"category"_s, u"concert"_s}},
         &DoorBench::onEventCreated);
}

void DoorBench::onEventCreated(const QJsonObject &result)
{
    const QString startsAt =
        QDateTime::currentDateTimeUtc().addDays(30).toString(Qt::ISODate);
    call(m_admin, mq::Method::AdminCreatePerformance,
         {{u"eventId"_s, result.value(u"event"_s).toObject().value(u"id"_s)},
          {u"startsAt"_s, startsAt},
          {u"venue"_s, u"Bench Arena"_s}},
         &DoorBench::onPerformanceCreated);
}

void DoorBench::onPerformanceCreated(const QJsonObject &result)
{
    m_performanceId = result.value(u"performance"_s).toObject().value(u"id"_s).toInteger();
    call(m_admin, mq::Method::AdminCreateTicketType,
         {{u"performanceId"_s, m_performanceId},
          {u"name"_s, u"Floor"_s},
          {u"priceCents"_s, 2500},
          {u"capacity"_s, m_config.tickets}},
         &DoorBench::onTicketTypeCreated);
}

void DoorBench::onTicketTypeCreated(const QJsonObject &result)
{
    m_ticketTypeId = result.value(u"ticketType"_s).toObject().value(u"id"_s).toInteger();
    QTextStream(stderr) << u"selling "_s << m_config.tickets << u" tickets of performance "_s
                        << m_performanceId << Qt::endl;
    sellMore();
}

void DoorBench::sellMore()
{
    // Cash sales by the admin, 20 tickets an order, a few orders in flight: not measured.
    while (m_sellInFlight < 4 && m_sold < m_config.tickets) {
        const int quantity = qMin(20, m_config.tickets - m_sold);
        m_sold += quantity;
        ++m_sellInFlight;
        m_admin->call(mq::Method::OrderPurchase,
                      {{u"ticketTypeId"_s, m_ticketTypeId},
                       {u"quantity"_s, quantity},
                       {u"payment"_s, QJsonObject{{u"provider"_s, u"cash"_s}}}},
                      [this](const mq::rpc::Message &m) {
                          --m_sellInFlight;
                          if (m.isError) {
                              fail(u"order.purchase: %1 %2"_s.arg(m.error.code).arg(m.error.message));
                              return;
                          }
                          for (const QJsonValue &v : m.result.value(u"order"_s).toObject().value(u"tickets"_s).toArray()) {
                              const QJsonObject t = v.toObject();
                              const QString qr = t.value(u"qr"_s).toString();
                              m_codes.append(m_config.signedCodes && !qr.isEmpty() ? qr : t.value(u"code"_s).toString());
                          }
                          if (m_codes.size() >= m_config.tickets)
                              openGates();
                          else
                              sellMore();
                      });
    }
}

void DoorBench::openGates()
{
    QTextStream(stderr) << u"opening "_s << m_config.gates << u" gates"_s << Qt::endl;
    m_gates.resize(m_config.gates);
    // Each ticket goes to `duplicates` different gates; each gate scans its share in random order.
    const int dup = qBound(1, m_config.duplicates, m_config.gates);
    for (int t = 0; t < m_codes.size(); ++t) {
        for (int d = 0; d < dup; ++d)
            m_gates[(t + d * (m_config.gates / dup + (m_config.gates % dup ? 1 : 0))) % m_config.gates].queue.append(t);
    }
    for (int g = 0; g < m_config.gates; ++g) {
        std::shuffle(m_gates[g].queue.begin(), m_gates[g].queue.end(), *QRandomGenerator::global());
        auto *c = new RpcConnection(this);
        m_gates[g].connection = c;
        connect(c, &RpcConnection::failed, this, [this, g](const QString &why) {
            fail(u"gate %1: %2"_s.arg(g).arg(why));
        });
        connect(c, &RpcConnection::connected, this, [this, c] {
            // The admin's session, resumed: no password hash per gate.
            call(c, mq::Method::AuthResume, {{u"token"_s, m_token}}, &DoorBench::onGateReady);
        });
        c->connectToServer(m_config.host, m_config.port);
    }
}

void DoorBench::onGateReady(const QJsonObject &)
{
    if (++m_gatesReady == m_config.gates)
        startScans();
}

void DoorBench::startScans()
{
    QTextStream(stderr) << u"scanning"_s << Qt::endl;
    m_scanClock.start();
    for (int g = 0; g < m_config.gates; ++g) {
        for (int i = 0; i < m_config.pipeline; ++i)
            scanNext(g);
        if (m_gates[g].queue.isEmpty())
            ++m_gatesDone;
    }
}

void DoorBench::scanNext(int gate)
{
    Gate &g = m_gates[gate];
    if (g.next >= g.queue.size()) {
        if (g.inFlight == 0 && ++m_gatesDone == m_config.gates)
            finishScans();
        return;
    }
    const int ticket = g.queue.at(g.next++);
    ++g.inFlight;
    QElapsedTimer sent;
    sent.start();
    g.connection->call(mq::Method::CheckinScan,
                       {{u"code"_s, m_codes.at(ticket)},
                        {u"performanceId"_s, m_performanceId},
                        {u"gate"_s, u"Gate %1"_s.arg(gate + 1)}},
                       [this, gate, ticket, sent](const mq::rpc::Message &m) {
                           onScanAnswered(gate, ticket, sent.nsecsElapsed(), m);
                       });
}

void DoorBench::onScanAnswered(int gate, int ticket, qint64 elapsedNs, const mq::rpc::Message &m)
{
    Gate &g = m_gates[gate];
    --g.inFlight;
    ++m_scans;
    g.latency.add(elapsedNs);
    if (!m.isError)
        ++m_admissions[ticket];
    else if (m.error.reason == u"already_admitted"_s)
        ++m_refusedAdmitted;
    else {
        ++m_otherErrors;
        if (m_firstError.isEmpty())
            m_firstError = u"%1 %2 %3"_s.arg(m.error.code).arg(m.error.reason, m.error.message);
    }
    scanNext(gate);
}

void DoorBench::finishScans()
{
    m_scanNs = m_scanClock.nsecsElapsed();
    call(m_admin, mq::Method::CheckinStats, {{u"performanceId"_s, m_performanceId}}, &DoorBench::onStats);
}

void DoorBench::onStats(const QJsonObject &result)
{
    LatencyStats all;
    for (const Gate &g : std::as_const(m_gates))
        all.merge(g.latency);
    all.finish();
    qint64 admitted = 0;
    qint64 doubles = 0;
    for (auto it = m_admissions.cbegin(); it != m_admissions.cend(); ++it) {
        admitted += it.value();
        if (it.value() > 1)
            doubles += it.value() - 1;
    }
    const qint64 never = m_codes.size() - m_admissions.size();
    const double seconds = double(m_scanNs) / 1e9;
    const qint64 serverAdmitted = result.value(u"admitted"_s).toInteger();
    out() << u"gates: "_s << m_config.gates << u" (pipeline "_s << m_config.pipeline << u", each ticket at "_s
          << qMin(m_config.duplicates, m_config.gates) << u" gates, "_s
          << (m_config.signedCodes ? u"signed QR payloads"_s : u"bare codes"_s) << u")"_s << Qt::endl;
    out() << u"scans: "_s << m_scans << u" in "_s << QString::number(seconds, 'f', 2) << u" s"_s << Qt::endl;
    out() << u"scans/s: "_s << QString::number(double(m_scans) / seconds, 'f', 0) << Qt::endl;
    out() << u"scan latency ms: p50 "_s << QString::number(all.percentileMs(50), 'f', 2) << u" p99 "_s
          << QString::number(all.percentileMs(99), 'f', 2) << u" max "_s << QString::number(all.maxMs(), 'f', 2)
          << Qt::endl;
    out() << u"admitted: "_s << admitted << u" of "_s << m_codes.size() << u" (server: "_s << serverAdmitted
          << u"), already_admitted answers: "_s << m_refusedAdmitted << u", other errors: "_s << m_otherErrors
          << (m_firstError.isEmpty() ? QString() : u" (first: "_s + m_firstError + u")"_s) << Qt::endl;
    out() << u"double admissions: "_s << doubles << u", never admitted: "_s << never << Qt::endl;
    const bool ok = doubles == 0 && never == 0 && serverAdmitted == m_codes.size() && m_otherErrors == 0;
    out() << u"result: "_s << (ok ? u"ok"_s : u"FAILED"_s) << Qt::endl;
    emit finished(ok ? 0 : 1);
}
