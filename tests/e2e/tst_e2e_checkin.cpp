// Check-in at the door through the real server (issue 12): the wire shapes of checkin.* and of
// the `qr` field, role checks, errors with their data, checkin.changed, cancel after admission.
#include "seatingkit.h"
#include "support/catalogseed.h"
#include "support/rpcassert.h"
#include "support/serverfixture.h"

#include "shared/utctime.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestE2eCheckin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void everyTicketCarriesASignedQr();
    void seatedTicketSignsItsSeat();
    void onlyStaffScan();
    void scanPushesAndRefusesTheSecond();
    void errorsCarryTheirData();
    void undoAndStats();
    void offlineKitAndUpload();
    void cancelRefusedAfterAdmission();
    void paramsAreChecked();

private:
    struct Show
    {
        qint64 perf = 0;
        qint64 type = 0;
    };
    Show makeShow(const QString &title);
    QJsonObject buy(const Show &show, int quantity);

    ServerFixture m_server{QStringLiteral(MARQUEE_SERVER_BINARY)};
    std::unique_ptr<TestClient> m_manager;
    std::unique_ptr<TestClient> m_clerk;
    std::unique_ptr<TestClient> m_customer;
    int m_shows = 0;
};

void TestE2eCheckin::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_manager = m_server.loginAs(u"manager"_s);
    m_clerk = m_server.loginAs(u"clerk"_s);
    m_customer = m_server.loginAs(u"customer"_s);
    QVERIFY(m_manager && m_clerk && m_customer);
}

void TestE2eCheckin::cleanup()
{
    if (QTest::currentTestFailed())
        m_server.server().printDiagnostics();
}

void TestE2eCheckin::cleanupTestCase()
{
    QVERIFY2(m_server.server().isRunning(), "the server died during the tests");
    QCOMPARE(m_server.server().stop(), 0);
}

TestE2eCheckin::Show TestE2eCheckin::makeShow(const QString &title)
{
    Show show;
    const qint64 event = seed::createEvent(*m_manager, title);
    show.perf = event ? seed::createPerformance(*m_manager, event, seed::daysFromNow(20, ++m_shows)) : 0;
    show.type = show.perf ? seed::createTicketType(*m_manager, show.perf, u"Standard"_s, 2000, 100) : 0;
    return show;
}

QJsonObject TestE2eCheckin::buy(const Show &show, int quantity)
{
    const TestClient::Response r = m_customer->call(
        u"order.purchase"_s,
        {{u"ticketTypeId"_s, show.type}, {u"quantity"_s, quantity}, {u"payment"_s, seed::sandboxPayment()}});
    if (!r.ok)
        qWarning("purchase: %s", qPrintable(r.toString()));
    return r.result.value(u"order"_s).toObject();
}

void TestE2eCheckin::everyTicketCarriesASignedQr()
{
    const Show show = makeShow(u"QR night"_s);
    QVERIFY(show.type);
    const QJsonObject order = buy(show, 2);
    const QJsonArray tickets = order.value(u"tickets"_s).toArray();
    QCOMPARE(tickets.size(), 2);
    for (const QJsonValue &v : tickets) {
        const QJsonObject t = v.toObject();
        const QString code = t.value(u"code"_s).toString();
        const QString qr = t.value(u"qr"_s).toString();
        QVERIFY2(qr.startsWith(u"MQ2.%1.%2.%3.0."_s.arg(show.perf).arg(code).arg(show.type)), qPrintable(qr));
        // 64 signature bytes, base64url without padding.
        QCOMPARE(qr.mid(qr.lastIndexOf(u'.') + 1).size(), 86);
    }
    // The same payload wherever the order is read again: it is deterministic.
    const TestClient::Response mine = m_customer->call(u"order.listMine"_s);
    MQ_VERIFY_OK(mine);
    bool found = false;
    for (const QJsonValue &o : mine.result.value(u"orders"_s).toArray()) {
        if (o.toObject().value(u"id"_s) == order.value(u"id"_s)) {
            found = true;
            QCOMPARE(o.toObject().value(u"tickets"_s).toArray(), tickets);
        }
    }
    QVERIFY(found);
    const TestClient::Response got = m_customer->call(u"order.get"_s, {{u"orderId"_s, order.value(u"id"_s)}});
    MQ_VERIFY_OK(got);
    QCOMPARE(got.result.value(u"order"_s).toObject().value(u"tickets"_s).toArray(), tickets);
}

void TestE2eCheckin::seatedTicketSignsItsSeat()
{
    // The signed payload carries the ticket type and seat; the kit names both, so a door
    // offline says "Stalls · Row B · Seat 3" as it does online.
    seating::LayoutBuilder layout;
    layout.grid(u"Stalls"_s, 2, 5);
    const seating::Venue venue = seating::createVenue(*m_manager, u"Door Hall"_s, layout.layout());
    QVERIFY(venue.isValid());
    const qint64 event = seed::createEvent(*m_manager, u"Seated door"_s);
    const qint64 perf = seating::createReservedPerformance(*m_manager, event, venue.id, seed::daysFromNow(21));
    QVERIFY(perf);
    const qint64 type = seating::createSeatedType(*m_manager, perf, u"Stalls"_s, 3000, venue.allIds());
    QVERIFY(type);
    const qint64 seat = venue.seatId(u"Stalls"_s, u"B"_s, u"3"_s);
    const TestClient::Response hold = seating::holdSeats(*m_customer, perf, {seat});
    MQ_VERIFY_OK(hold);
    const TestClient::Response order = m_customer->call(
        u"order.checkout"_s, {{u"holdId"_s, seating::holdId(hold)}, {u"payment"_s, seed::sandboxPayment()}});
    MQ_VERIFY_OK(order);
    const QJsonObject ticket =
        order.result.value(u"order"_s).toObject().value(u"tickets"_s).toArray().first().toObject();
    const QString qr = ticket.value(u"qr"_s).toString();
    QVERIFY2(qr.startsWith(u"MQ2.%1.%2.%3.%4."_s.arg(perf).arg(ticket.value(u"code"_s).toString()).arg(type).arg(seat)),
             qPrintable(qr));
    // Another seat under the same signature is a forgery.
    QString otherSeat = qr;
    otherSeat.replace(u".%1.%2."_s.arg(type).arg(seat), u".%1.%2."_s.arg(type).arg(venue.seatId(u"Stalls"_s, u"A"_s, u"1"_s)));
    MQ_VERIFY_ERROR(m_clerk->call(u"checkin.scan"_s, {{u"code"_s, otherSeat}, {u"performanceId"_s, perf}}), 404,
                    "not_found");

    const TestClient::Response kit = m_clerk->call(u"checkin.offlineKit"_s, {{u"performanceId"_s, perf}});
    MQ_VERIFY_OK(kit);
    QCOMPARE(kit.result.value(u"ticketTypes"_s).toArray(),
             QJsonArray({QJsonObject{{u"id"_s, type}, {u"name"_s, u"Stalls"_s}}}));
    const QJsonArray seats = kit.result.value(u"seats"_s).toArray();
    QCOMPARE(seats.size(), 10);
    bool found = false;
    for (const QJsonValue &v : seats) {
        const QJsonObject o = v.toObject();
        if (o.value(u"id"_s).toInteger() != seat)
            continue;
        found = true;
        QCOMPARE(o.value(u"section"_s).toString(), u"Stalls"_s);
        QCOMPARE(o.value(u"row"_s).toString(), u"B"_s);
        QCOMPARE(o.value(u"label"_s).toString(), u"3"_s);
    }
    QVERIFY(found);
    const TestClient::Response admitted =
        m_clerk->call(u"checkin.scan"_s, {{u"code"_s, qr}, {u"performanceId"_s, perf}, {u"gate"_s, u"North"_s}});
    MQ_VERIFY_OK(admitted);
    QCOMPARE(admitted.result.value(u"ticket"_s).toObject().value(u"seatId"_s).toInteger(), seat);
}

void TestE2eCheckin::onlyStaffScan()
{
    const Show show = makeShow(u"Staff only"_s);
    const QJsonObject order = buy(show, 1);
    const QString code = order.value(u"tickets"_s).toArray().first().toObject().value(u"code"_s).toString();
    const QJsonObject scan{{u"code"_s, code}, {u"performanceId"_s, show.perf}};
    MQ_VERIFY_ERROR(m_customer->call(u"checkin.scan"_s, scan), 403, "forbidden");
    MQ_VERIFY_ERROR(m_customer->call(u"checkin.stats"_s, {{u"performanceId"_s, show.perf}}), 403, "forbidden");
    MQ_VERIFY_ERROR(m_customer->call(u"checkin.offlineKit"_s, {{u"performanceId"_s, show.perf}}), 403, "forbidden");
    auto anonymous = m_server.connect();
    QVERIFY(anonymous);
    MQ_VERIFY_ERROR(anonymous->call(u"checkin.scan"_s, scan), 401, "not_authenticated");
    // A manager may scan too.
    MQ_VERIFY_OK(m_manager->call(u"checkin.scan"_s, scan));
}

void TestE2eCheckin::scanPushesAndRefusesTheSecond()
{
    const Show show = makeShow(u"Push night"_s);
    const QJsonObject order = buy(show, 2);
    const QJsonObject ticket = order.value(u"tickets"_s).toArray().first().toObject();
    auto watcher = m_server.loginAs(u"clerk"_s);
    QVERIFY(watcher);
    MQ_VERIFY_OK(watcher->call(u"catalog.subscribe"_s, {{u"performanceId"_s, show.perf}}));

    const TestClient::Response r = m_clerk->call(
        u"checkin.scan"_s,
        {{u"code"_s, ticket.value(u"qr"_s)}, {u"performanceId"_s, show.perf}, {u"gate"_s, u"North"_s}});
    MQ_VERIFY_OK(r);
    const QJsonObject admitted = r.result.value(u"ticket"_s).toObject();
    QCOMPARE(admitted.value(u"id"_s), ticket.value(u"id"_s));
    QCOMPARE(admitted.value(u"code"_s), ticket.value(u"code"_s));
    QCOMPARE(admitted.value(u"status"_s).toString(), u"checked_in"_s);
    QCOMPARE(admitted.value(u"qr"_s), ticket.value(u"qr"_s));
    QCOMPARE(r.result.value(u"gate"_s).toString(), u"North"_s);
    QCOMPARE(r.result.value(u"ticketTypeName"_s).toString(), u"Standard"_s);
    const auto at = mq::parseWireTime(r.result.value(u"admittedAt"_s).toString());
    QVERIFY(at.has_value());

    QJsonObject push;
    QVERIFY(watcher->waitForPush(u"checkin.changed"_s, &push));
    QCOMPARE(push.value(u"performanceId"_s).toInteger(), show.perf);
    QCOMPARE(push.value(u"admitted"_s).toInteger(), 1);

    const TestClient::Response again = m_clerk->call(
        u"checkin.scan"_s,
        {{u"code"_s, ticket.value(u"code"_s)}, {u"performanceId"_s, show.perf}, {u"gate"_s, u"South"_s}});
    MQ_VERIFY_ERROR(again, 409, "already_admitted");
    QCOMPARE(again.error.data.value(u"gate"_s).toString(), u"North"_s);
    QCOMPARE(again.error.data.value(u"admittedAt"_s), r.result.value(u"admittedAt"_s));
    // The ticket reads as checked in for its owner too.
    const TestClient::Response got = m_customer->call(u"order.get"_s, {{u"orderId"_s, order.value(u"id"_s)}});
    QCOMPARE(got.result.value(u"order"_s).toObject().value(u"tickets"_s).toArray().first().toObject()
                 .value(u"status"_s).toString(),
             u"checked_in"_s);
}

void TestE2eCheckin::errorsCarryTheirData()
{
    const Show show = makeShow(u"Errors"_s);
    const Show other = makeShow(u"Elsewhere"_s);
    const QJsonObject order = buy(other, 1);
    const QJsonObject ticket = order.value(u"tickets"_s).toArray().first().toObject();
    const TestClient::Response wrong = m_clerk->call(
        u"checkin.scan"_s, {{u"code"_s, ticket.value(u"qr"_s)}, {u"performanceId"_s, show.perf}});
    MQ_VERIFY_ERROR(wrong, 409, "wrong_performance");
    QCOMPARE(wrong.error.data.value(u"performanceId"_s).toInteger(), other.perf);
    QCOMPARE(wrong.error.data.value(u"eventTitle"_s).toString(), u"Elsewhere"_s);

    QString forged = ticket.value(u"qr"_s).toString();
    forged.replace(u"MQ2.%1."_s.arg(other.perf), u"MQ2.%1."_s.arg(show.perf));
    MQ_VERIFY_ERROR(m_clerk->call(u"checkin.scan"_s, {{u"code"_s, forged}, {u"performanceId"_s, show.perf}}),
                    404, "not_found");
    MQ_VERIFY_ERROR(m_clerk->call(u"checkin.scan"_s, {{u"code"_s, u"NOPE-NOPE-NOPE-NOPE"_s},
                                                      {u"performanceId"_s, show.perf}}),
                    404, "not_found");
    MQ_VERIFY_ERROR(m_clerk->call(u"checkin.scan"_s, {{u"code"_s, ticket.value(u"code"_s)},
                                                      {u"performanceId"_s, 99999999}}),
                    404, "not_found");

    const QJsonObject cancelled = buy(show, 1);
    MQ_VERIFY_OK(m_customer->call(u"order.cancel"_s, {{u"orderId"_s, cancelled.value(u"id"_s)}}));
    MQ_VERIFY_ERROR(m_clerk->call(u"checkin.scan"_s,
                                  {{u"code"_s, cancelled.value(u"tickets"_s).toArray().first().toObject()
                                                   .value(u"code"_s)},
                                   {u"performanceId"_s, show.perf}}),
                    410, "ticket_cancelled");
}

void TestE2eCheckin::undoAndStats()
{
    const Show show = makeShow(u"Undo"_s);
    const QJsonArray tickets = buy(show, 3).value(u"tickets"_s).toArray();
    auto code = [&](int i) { return tickets.at(i).toObject().value(u"code"_s).toString(); };
    // Typed by hand: lower case, without dashes.
    QString typed = code(0).toLower();
    typed.remove(u'-');
    MQ_VERIFY_OK(m_clerk->call(u"checkin.scan"_s, {{u"code"_s, typed}, {u"performanceId"_s, show.perf},
                                                   {u"gate"_s, u"North"_s}}));
    MQ_VERIFY_OK(m_clerk->call(u"checkin.scan"_s, {{u"code"_s, code(1)}, {u"performanceId"_s, show.perf},
                                                   {u"gate"_s, u"South"_s}}));
    MQ_VERIFY_OK(m_clerk->call(u"checkin.scan"_s, {{u"code"_s, code(2)}, {u"performanceId"_s, show.perf}}));
    TestClient::Response stats = m_clerk->call(u"checkin.stats"_s, {{u"performanceId"_s, show.perf}});
    MQ_VERIFY_OK(stats);
    QCOMPARE(stats.result.value(u"sold"_s).toInteger(), 3);
    QCOMPARE(stats.result.value(u"admitted"_s).toInteger(), 3);
    const QJsonArray gates = stats.result.value(u"gates"_s).toArray();
    QCOMPARE(gates.size(), 3);
    QCOMPARE(gates.at(0).toObject(), QJsonObject({{u"gate"_s, u""_s}, {u"admitted"_s, 1}}));
    QCOMPARE(gates.at(1).toObject(), QJsonObject({{u"gate"_s, u"North"_s}, {u"admitted"_s, 1}}));
    QCOMPARE(gates.at(2).toObject(), QJsonObject({{u"gate"_s, u"South"_s}, {u"admitted"_s, 1}}));

    const TestClient::Response undone =
        m_clerk->call(u"checkin.undo"_s, {{u"code"_s, code(1)}, {u"performanceId"_s, show.perf}});
    MQ_VERIFY_OK(undone);
    QCOMPARE(undone.result, QJsonObject());
    MQ_VERIFY_ERROR(m_clerk->call(u"checkin.undo"_s, {{u"code"_s, code(1)}, {u"performanceId"_s, show.perf}}),
                    409, "not_admitted");
    stats = m_clerk->call(u"checkin.stats"_s, {{u"performanceId"_s, show.perf}});
    QCOMPARE(stats.result.value(u"admitted"_s).toInteger(), 2);
    QCOMPARE(stats.result.value(u"gates"_s).toArray().size(), 2);
    // The undo is in the audit log with the gate.
    const TestClient::Response audit =
        m_manager->call(u"admin.listAuditLog"_s, {{u"action"_s, u"checkin.undo"_s}, {u"limit"_s, 5}});
    MQ_VERIFY_OK(audit);
    const QJsonObject entry = audit.result.value(u"entries"_s).toArray().first().toObject();
    QCOMPARE(entry.value(u"username"_s).toString(), u"clerk"_s);
    QCOMPARE(entry.value(u"before"_s).toObject().value(u"gate"_s).toString(), u"South"_s);
}

void TestE2eCheckin::offlineKitAndUpload()
{
    const Show show = makeShow(u"Offline"_s);
    // Bought two hours ago: the offline scans of an hour ago come after the purchase.
    QVERIFY(m_server.setClockOffset(-2 * 3600 * 1000));
    const QJsonArray tickets = buy(show, 3).value(u"tickets"_s).toArray();
    QVERIFY(m_server.setClockOffset(0));
    auto qr = [&](int i) { return tickets.at(i).toObject().value(u"qr"_s).toString(); };
    MQ_VERIFY_OK(m_clerk->call(u"checkin.scan"_s, {{u"code"_s, qr(0)}, {u"performanceId"_s, show.perf},
                                                   {u"gate"_s, u"Main"_s}}));
    const TestClient::Response kit = m_clerk->call(u"checkin.offlineKit"_s, {{u"performanceId"_s, show.perf}});
    MQ_VERIFY_OK(kit);
    QCOMPARE(kit.result.value(u"performanceId"_s).toInteger(), show.perf);
    QCOMPARE(QByteArray::fromBase64(kit.result.value(u"publicKey"_s).toString().toLatin1()).size(), 32);
    QCOMPARE(kit.result.value(u"sold"_s).toInteger(), 3);
    QCOMPARE(kit.result.value(u"capacity"_s).toInteger(), 100);
    QCOMPARE(kit.result.value(u"admitted"_s).toInteger(), 1);
    QCOMPARE(kit.result.value(u"cancelled"_s).toArray(), QJsonArray());
    const QJsonArray admittedCodes = kit.result.value(u"admittedCodes"_s).toArray();
    QCOMPARE(admittedCodes.size(), 1);
    QCOMPARE(admittedCodes.first().toObject().value(u"code"_s), tickets.at(0).toObject().value(u"code"_s));
    QCOMPARE(admittedCodes.first().toObject().value(u"gate"_s).toString(), u"Main"_s);
    QVERIFY(mq::parseWireTime(kit.result.value(u"issuedAt"_s).toString()).has_value());
    // The names a door offline shows for the type a signed code carries; no seats here.
    QCOMPARE(kit.result.value(u"ticketTypes"_s).toArray(),
             QJsonArray({QJsonObject{{u"id"_s, show.type}, {u"name"_s, u"Standard"_s}}}));
    QCOMPARE(kit.result.value(u"seats"_s).toArray(), QJsonArray());

    const QString past = mq::toWireTime(QDateTime::currentDateTimeUtc().addSecs(-3600));
    const QJsonObject upload{
        {u"performanceId"_s, show.perf},
        {u"gate"_s, u"Side"_s},
        {u"scans"_s, QJsonArray{QJsonObject{{u"nonce"_s, u"e2e-nonce-1"_s}, {u"code"_s, qr(1)}, {u"scannedAt"_s, past}},
                                QJsonObject{{u"nonce"_s, u"e2e-nonce-2"_s}, {u"code"_s, qr(2)}, {u"scannedAt"_s, past}},
                                QJsonObject{{u"nonce"_s, u"e2e-nonce-3"_s}, {u"code"_s, qr(0)}, {u"scannedAt"_s, past}}}}};
    const TestClient::Response first = m_clerk->call(u"checkin.upload"_s, upload);
    MQ_VERIFY_OK(first);
    const QJsonArray results = first.result.value(u"results"_s).toArray();
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.at(0).toObject().value(u"nonce"_s).toString(), u"e2e-nonce-1"_s);
    QCOMPARE(results.at(0).toObject().value(u"status"_s).toString(), u"admitted"_s);
    QCOMPARE(results.at(0).toObject().value(u"gate"_s).toString(), u"Side"_s);
    QCOMPARE(results.at(1).toObject().value(u"status"_s).toString(), u"admitted"_s);
    // Scanned offline an hour ago, before Main's online scan: the earliest scan stands.
    QCOMPARE(results.at(2).toObject().value(u"status"_s).toString(), u"admitted"_s);
    // Sent again (the answer was lost): the same answers, nothing counted twice.
    const TestClient::Response second = m_clerk->call(u"checkin.upload"_s, upload);
    MQ_VERIFY_OK(second);
    QCOMPARE(second.result, first.result);
    const TestClient::Response stats = m_clerk->call(u"checkin.stats"_s, {{u"performanceId"_s, show.perf}});
    QCOMPARE(stats.result.value(u"admitted"_s).toInteger(), 3);

    const TestClient::Response conflicts =
        m_clerk->call(u"checkin.conflicts"_s, {{u"performanceId"_s, show.perf}});
    MQ_VERIFY_OK(conflicts);
    const QJsonArray list = conflicts.result.value(u"conflicts"_s).toArray();
    QCOMPARE(list.size(), 1);
    const QJsonObject c = list.first().toObject();
    QCOMPARE(c.value(u"code"_s), tickets.at(0).toObject().value(u"code"_s));
    QCOMPARE(c.value(u"ticketTypeName"_s).toString(), u"Standard"_s);
    QCOMPARE(c.value(u"gate"_s).toString(), u"Side"_s);
    QCOMPARE(c.value(u"admittedAt"_s).toString(), past);
    QCOMPARE(c.value(u"otherScans"_s).toArray().size(), 1);
    QCOMPARE(c.value(u"otherScans"_s).toArray().first().toObject().value(u"gate"_s).toString(), u"Main"_s);
}

void TestE2eCheckin::cancelRefusedAfterAdmission()
{
    const Show show = makeShow(u"No refunds"_s);
    const QJsonObject order = buy(show, 2);
    MQ_VERIFY_OK(m_clerk->call(u"checkin.scan"_s,
                               {{u"code"_s, order.value(u"tickets"_s).toArray().at(1).toObject().value(u"code"_s)},
                                {u"performanceId"_s, show.perf},
                                {u"gate"_s, u"Gate 2"_s}}));
    const TestClient::Response r = m_customer->call(u"order.cancel"_s, {{u"orderId"_s, order.value(u"id"_s)}});
    MQ_VERIFY_ERROR(r, 409, "already_admitted");
    QCOMPARE(r.error.data.value(u"gate"_s).toString(), u"Gate 2"_s);
    const TestClient::Response got = m_customer->call(u"order.get"_s, {{u"orderId"_s, order.value(u"id"_s)}});
    QCOMPARE(got.result.value(u"order"_s).toObject().value(u"status"_s).toString(), u"paid"_s);
}

void TestE2eCheckin::paramsAreChecked()
{
    const Show show = makeShow(u"Params"_s);
    MQ_VERIFY_FIELD(m_clerk->call(u"checkin.scan"_s, {{u"code"_s, u"X"_s}}), "performanceId");
    MQ_VERIFY_FIELD(m_clerk->call(u"checkin.scan"_s, {{u"performanceId"_s, show.perf}}), "code");
    MQ_VERIFY_FIELD(m_clerk->call(u"checkin.scan"_s, {{u"code"_s, u"X"_s}, {u"performanceId"_s, show.perf},
                                                      {u"gate"_s, QString(65, u'g')}}),
                    "gate");
    // A gate is 1 to 64 characters: a blank one is refused, not stored as "".
    MQ_VERIFY_FIELD(m_clerk->call(u"checkin.scan"_s, {{u"code"_s, u"X"_s}, {u"performanceId"_s, show.perf},
                                                      {u"gate"_s, u"   "_s}}),
                    "gate");
    const QString now = mq::toWireTime(QDateTime::currentDateTimeUtc());
    MQ_VERIFY_FIELD(m_clerk->call(u"checkin.upload"_s,
                                  {{u"performanceId"_s, show.perf}, {u"gate"_s, u""_s},
                                   {u"scans"_s, QJsonArray{QJsonObject{{u"nonce"_s, u"blank-gate-1"_s},
                                                                       {u"code"_s, u"X"_s},
                                                                       {u"scannedAt"_s, now}}}}}),
                    "gate");
    MQ_VERIFY_FIELD(m_clerk->call(u"checkin.upload"_s, {{u"performanceId"_s, show.perf}, {u"gate"_s, u"G"_s},
                                                        {u"scans"_s, QJsonArray()}}),
                    "scans");
    MQ_VERIFY_FIELD(m_clerk->call(u"checkin.upload"_s,
                                  {{u"performanceId"_s, show.perf}, {u"gate"_s, u"G"_s},
                                   {u"scans"_s, QJsonArray{QJsonObject{{u"nonce"_s, u"short"_s},
                                                                       {u"code"_s, u"X"_s},
                                                                       {u"scannedAt"_s, now}}}}}),
                    "scans[0].nonce");
    QJsonArray tooMany;
    for (int i = 0; i < 501; ++i)
        tooMany.append(QJsonObject{{u"nonce"_s, u"many-%1-nonce"_s.arg(i)}, {u"code"_s, u"X"_s}, {u"scannedAt"_s, now}});
    MQ_VERIFY_FIELD(m_clerk->call(u"checkin.upload"_s,
                                  {{u"performanceId"_s, show.perf}, {u"gate"_s, u"G"_s}, {u"scans"_s, tooMany}}),
                    "scans");
}

QTEST_GUILESS_MAIN(TestE2eCheckin)
#include "tst_e2e_checkin.moc"
