// Reports on the wire (docs/protocol.md, "Reports"): report.sales, report.occupancy and
// report.shift against the real server. Managers and administrators only (a customer and a clerk
// get 403, a connection not logged in 401); params checked with 422 naming the field; sales made
// through the wire (online by card, at the box office in cash, a refund at the counter) show up in
// the right hour, by ticket type, in the occupancy and in the clerk's drawer, to the cent.
#include "support/catalogseed.h"
#include "support/rpcassert.h"
#include "support/serverfixture.h"

#include "shared/methods.h"
#include "shared/utctime.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::StringLiterals;
using mq::Method;
using mq::methodName;

class TestE2eReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void onlyManagersAndAdmins_data();
    void onlyManagersAndAdmins();
    void paramsAreChecked_data();
    void paramsAreChecked();
    void salesShowInTheirHour();
    void occupancyCountsSoldAndHeld();
    void shiftShowsTheClerksDrawer();

private:
    ServerFixture m_fixture{QStringLiteral(MARQUEE_SERVER_BINARY)};
    std::unique_ptr<TestClient> m_manager;
    std::unique_ptr<TestClient> m_clerk;
    std::unique_ptr<TestClient> m_customer;
    qint64 m_event = 0;
    qint64 m_performance = 0;
    qint64 m_standard = 0;
    qint64 m_vip = 0;
    QDateTime m_hour;           // the UTC hour the sales were made in
    QDateTime m_cashSaleAt;
};

namespace {

qint64 num(const QJsonValue &v)
{
    return v.toInteger(-1);
}

QString wire(const QDateTime &t)
{
    return mq::toWireTime(t);
}

} // namespace

void TestE2eReports::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    m_manager = m_fixture.loginAs(u"manager"_s);
    m_clerk = m_fixture.loginAs(u"clerk"_s);
    m_customer = m_fixture.loginAs(u"customer"_s);
    QVERIFY(m_manager && m_clerk && m_customer);
    m_event = seed::createEvent(*m_manager, u"Report Gala"_s);
    m_performance = seed::createPerformance(*m_manager, m_event, seed::daysFromNow(5));
    m_standard = seed::createTicketType(*m_manager, m_performance, u"Standard"_s, 4500, 100);
    m_vip = seed::createTicketType(*m_manager, m_performance, u"VIP"_s, 9900, 10);
    QVERIFY(m_standard > 0 && m_vip > 0);

    // The sales and the refund fall in one UTC hour: none starts in the last 20 s of one.
    const QTime now = QDateTime::currentDateTimeUtc().time();
    if (now.minute() == 59 && now.second() >= 40)
        QTest::qWait((61 - now.second()) * 1000);
    // Online: 2 Standard by card; at the box office: 3 Standard cash, 1 VIP cash (refunded there).
    const auto buy = [&](TestClient &who, qint64 type, int quantity, const QJsonObject &payment) {
        const TestClient::Response r = who.call(
            methodName(Method::OrderPurchase),
            {{u"ticketTypeId"_s, type}, {u"quantity"_s, quantity}, {u"payment"_s, payment}});
        if (!r.ok)
            qWarning() << r.toString();
        return r.result.value(u"order"_s).toObject();
    };
    const QJsonObject online = buy(*m_customer, m_standard, 2, seed::sandboxPayment());
    const QJsonObject cash = buy(*m_clerk, m_standard, 3, seed::cashPayment());
    const QJsonObject refunded = buy(*m_clerk, m_vip, 1, seed::cashPayment());
    QVERIFY(!online.isEmpty() && !cash.isEmpty() && !refunded.isEmpty());
    MQ_VERIFY_OK(m_clerk->call(methodName(Method::OrderCancel),
                               {{u"orderId"_s, refunded.value(u"id"_s)}}));
    m_cashSaleAt = *mq::parseWireTime(cash.value(u"createdAt"_s).toString());
    const QDateTime first = *mq::parseWireTime(online.value(u"createdAt"_s).toString());
    m_hour = QDateTime(first.date(), QTime(first.time().hour(), 0), QTimeZone::utc());
    QVERIFY(m_cashSaleAt < m_hour.addSecs(3600));
}

void TestE2eReports::cleanup()
{
    if (QTest::currentTestFailed())
        m_fixture.server().printDiagnostics();
}

void TestE2eReports::cleanupTestCase()
{
    QVERIFY2(m_fixture.server().isRunning(), "the server died during the tests");
    QCOMPARE(m_fixture.server().stop(), 0);
}

void TestE2eReports::onlyManagersAndAdmins_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("role");
    QTest::addColumn<int>("code");
    const QStringList methods{methodName(Method::ReportSales), methodName(Method::ReportOccupancy),
                              methodName(Method::ReportShift)};
    for (const QString &method : methods) {
        QTest::addRow("%s anonymous", qPrintable(method)) << method << u"anonymous"_s << 401;
        QTest::addRow("%s customer", qPrintable(method)) << method << u"customer"_s << 403;
        QTest::addRow("%s clerk", qPrintable(method)) << method << u"clerk"_s << 403;
        QTest::addRow("%s manager", qPrintable(method)) << method << u"manager"_s << 0;
        QTest::addRow("%s admin", qPrintable(method)) << method << u"admin"_s << 0;
    }
}

void TestE2eReports::onlyManagersAndAdmins()
{
    QFETCH(QString, method);
    QFETCH(QString, role);
    QFETCH(int, code);
    std::unique_ptr<TestClient> client =
        role == u"anonymous"_s ? m_fixture.connect() : m_fixture.loginAs(role);
    QVERIFY(client);
    QJsonObject params{{u"eventId"_s, m_event}};
    if (method == methodName(Method::ReportShift))
        params = {{u"from"_s, wire(m_hour)}, {u"to"_s, wire(m_hour.addSecs(3600))}};
    const TestClient::Response r = client->call(method, params);
    if (code == 0)
        MQ_VERIFY_OK(r);
    else
        MQ_VERIFY_ERROR(r, code, code == 401 ? "not_authenticated" : "forbidden");
}

void TestE2eReports::paramsAreChecked_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QJsonObject>("params");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("field");
    const QString sales = methodName(Method::ReportSales);
    const QString occupancy = methodName(Method::ReportOccupancy);
    const QString shift = methodName(Method::ReportShift);
    QTest::newRow("bucket week") << sales << QJsonObject{{u"bucket"_s, u"week"_s}} << 422 << u"bucket"_s;
    QTest::newRow("time zone unknown")
        << sales << QJsonObject{{u"timeZone"_s, u"Atlantis/Capital"_s}} << 422 << u"timeZone"_s;
    QTest::newRow("from without zone")
        << sales << QJsonObject{{u"from"_s, u"2026-01-01T00:00:00"_s}} << 422 << u"from"_s;
    QTest::newRow("event and performance")
        << sales << QJsonObject{{u"eventId"_s, 1}, {u"performanceId"_s, 1}} << 422 << u"performanceId"_s;
    QTest::newRow("end before start")
        << sales
        << QJsonObject{{u"from"_s, u"2026-02-01T00:00:00Z"_s}, {u"to"_s, u"2026-01-01T00:00:00Z"_s}}
        << 422 << u"to"_s;
    QTest::newRow("367 days of hours")
        << sales
        << QJsonObject{{u"from"_s, u"2025-01-01T00:00:00Z"_s}, {u"to"_s, u"2026-01-03T00:00:00Z"_s},
                       {u"bucket"_s, u"hour"_s}}
        << 422 << u"from"_s;
    QTest::newRow("unknown event") << sales << QJsonObject{{u"eventId"_s, 987654}} << 404 << QString();
    QTest::newRow("occupancy of nothing") << occupancy << QJsonObject{} << 422 << u"eventId"_s;
    QTest::newRow("occupancy unknown performance")
        << occupancy << QJsonObject{{u"performanceId"_s, 987654}} << 404 << QString();
    QTest::newRow("shift without to")
        << shift << QJsonObject{{u"from"_s, u"2026-01-01T00:00:00Z"_s}} << 422 << u"to"_s;
    QTest::newRow("shift of 400 days")
        << shift
        << QJsonObject{{u"from"_s, u"2025-01-01T00:00:00Z"_s}, {u"to"_s, u"2026-02-05T00:00:00Z"_s}}
        << 422 << u"to"_s;
    QTest::newRow("shift clerk not an id")
        << shift
        << QJsonObject{{u"from"_s, u"2026-01-01T00:00:00Z"_s}, {u"to"_s, u"2026-01-02T00:00:00Z"_s},
                       {u"clerkId"_s, u"anna"_s}}
        << 422 << u"clerkId"_s;
}

void TestE2eReports::paramsAreChecked()
{
    QFETCH(QString, method);
    QFETCH(QJsonObject, params);
    QFETCH(int, code);
    QFETCH(QString, field);
    const TestClient::Response r = m_manager->call(method, params);
    MQ_VERIFY_ERROR(r, code, code == 404 ? "not_found" : "validation");
    QCOMPARE(r.error.data.value(u"field"_s).toString(), field);
}

void TestE2eReports::salesShowInTheirHour()
{
    // The day of the sales, hour by hour in UTC: 24 points, all but one empty.
    const QDateTime day(m_hour.date(), QTime(0, 0), QTimeZone::utc());
    const TestClient::Response r = m_manager->call(
        methodName(Method::ReportSales),
        {{u"eventId"_s, m_event}, {u"from"_s, wire(day)}, {u"to"_s, wire(day.addDays(1))},
         {u"bucket"_s, u"hour"_s}, {u"timeZone"_s, u"UTC"_s}});
    MQ_VERIFY_OK(r);
    const QJsonArray points = r.result.value(u"points"_s).toArray();
    QCOMPARE(points.size(), 24);
    const int h = m_hour.time().hour();
    for (int i = 0; i < 24; ++i) {
        const QJsonObject p = points.at(i).toObject();
        QCOMPARE(p.value(u"at"_s).toString(), wire(day.addSecs(3600 * i)));
        QCOMPARE(num(p.value(u"tickets"_s)), i == h ? 6 : 0);
        QCOMPARE(num(p.value(u"revenueCents"_s)), i == h ? 2 * 4500 + 3 * 4500 + 9900 : 0);
    }
    QCOMPARE(num(points.at(h).toObject().value(u"refundedCents"_s)), 9900);
    const QJsonObject totals = r.result.value(u"totals"_s).toObject();
    QCOMPARE(num(totals.value(u"orders"_s)), 3);
    QCOMPARE(num(totals.value(u"netCents"_s)), 5 * 4500);
    const QJsonArray types = r.result.value(u"byTicketType"_s).toArray();
    QCOMPARE(types.size(), 2);
    QCOMPARE(num(types.at(0).toObject().value(u"ticketTypeId"_s)), m_standard);
    QCOMPARE(num(types.at(0).toObject().value(u"sold"_s)), 5);
    QCOMPARE(num(types.at(0).toObject().value(u"capacity"_s)), 100);
    QCOMPARE(num(types.at(1).toObject().value(u"refundedTickets"_s)), 1);
    QCOMPARE(types.at(1).toObject().value(u"name"_s).toString(), u"VIP"_s);
    // Daily in Shanghai: a whole UTC hour lies in one local day (+08:00).
    const TestClient::Response daily = m_manager->call(
        methodName(Method::ReportSales),
        {{u"performanceId"_s, m_performance}, {u"from"_s, wire(m_hour)},
         {u"to"_s, wire(m_hour.addSecs(3600))}, {u"timeZone"_s, u"Asia/Shanghai"_s}});
    MQ_VERIFY_OK(daily);
    QCOMPARE(daily.result.value(u"points"_s).toArray().size(), 1);
    QCOMPARE(num(daily.result.value(u"totals"_s).toObject().value(u"tickets"_s)), 6);
}

void TestE2eReports::occupancyCountsSoldAndHeld()
{
    MQ_VERIFY_OK(m_customer->call(methodName(Method::HoldCreate),
                                  {{u"ticketTypeId"_s, m_vip}, {u"quantity"_s, 2}}));
    const TestClient::Response r =
        m_manager->call(methodName(Method::ReportOccupancy), {{u"performanceId"_s, m_performance}});
    MQ_VERIFY_OK(r);
    const QJsonArray rows = r.result.value(u"performances"_s).toArray();
    QCOMPARE(rows.size(), 1);
    const QJsonObject p = rows.at(0).toObject();
    QCOMPARE(num(p.value(u"performanceId"_s)), m_performance);
    QCOMPARE(p.value(u"eventTitle"_s).toString(), u"Report Gala"_s);
    QCOMPARE(num(p.value(u"capacity"_s)), 110);
    QCOMPARE(num(p.value(u"sold"_s)), 5);
    QCOMPARE(num(p.value(u"held"_s)), 2);
    QCOMPARE(num(p.value(u"available"_s)), 103);
    QCOMPARE(num(p.value(u"admitted"_s)), 0);
    QCOMPARE(p.value(u"soldPercent"_s).toDouble(), 4.5);
}

void TestE2eReports::shiftShowsTheClerksDrawer()
{
    const TestClient::Response r = m_manager->call(
        methodName(Method::ReportShift),
        {{u"from"_s, wire(m_hour)}, {u"to"_s, wire(m_hour.addSecs(3600))},
         {u"clerkId"_s, m_clerk->userId()}});
    MQ_VERIFY_OK(r);
    const QJsonArray rows = r.result.value(u"rows"_s).toArray();
    QCOMPARE(rows.size(), 1);
    const QJsonObject cash = rows.at(0).toObject();
    QCOMPARE(cash.value(u"username"_s).toString(), u"clerk"_s);
    QCOMPARE(cash.value(u"provider"_s).toString(), u"cash"_s);
    QCOMPARE(num(cash.value(u"sales"_s)), 2);
    QCOMPARE(num(cash.value(u"tickets"_s)), 4);
    QCOMPARE(num(cash.value(u"takenCents"_s)), 3 * 4500 + 9900);
    QCOMPARE(num(cash.value(u"refunds"_s)), 1);
    QCOMPARE(num(cash.value(u"refundedCents"_s)), 9900);
    const QJsonObject totals = r.result.value(u"totals"_s).toObject();
    QCOMPARE(num(totals.value(u"cashExpectedCents"_s)), 3 * 4500);
    // The customer's online sale is not the box office's: everyone's shift is the same.
    const TestClient::Response all = m_manager->call(
        methodName(Method::ReportShift), {{u"from"_s, wire(m_hour)}, {u"to"_s, wire(m_hour.addSecs(3600))}});
    MQ_VERIFY_OK(all);
    QCOMPARE(all.result.value(u"clerks"_s).toArray().size(), 1);
    QCOMPARE(num(all.result.value(u"totals"_s).toObject().value(u"takenCents"_s)), 3 * 4500 + 9900);
}

QTEST_GUILESS_MAIN(TestE2eReports)
#include "tst_e2e_reports.moc"
