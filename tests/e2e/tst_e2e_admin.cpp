// The administration methods over the wire: happy paths, validation, guards, cascades, audit.
#include "support/catalogseed.h"
#include "support/rpcassert.h"
#include "support/serverfixture.h"

#include "shared/utctime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestE2eAdmin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void createEventAcceptsEveryCategory();
    void createEventValidation_data();
    void createEventValidation();
    void updateEvent();
    void createPerformanceValidation_data();
    void createPerformanceValidation();
    void offsetTimesAreAnsweredInUtc();
    void createTicketType();
    void createTicketTypeValidation_data();
    void createTicketTypeValidation();
    void updateTicketTypeCapacityGuard();
    void priceChangeKeepsExistingOrders();
    void deleteTicketType();
    void deleteEventGuardsAndCascade();
    void deleteEventWithoutSalesCascades();
    void updatePerformance();
    void deletePerformance();
    void managerMayAdminister();
    void auditLog();
    void auditLogNamesAndFilters();
    void orderGet();
    void listUsers();
    void listUsersIsForAdminsOnly();
    void setUserRole();
    void setUserRoleValidation();
    void lastAdminStays();
    void twoAdminsCannotDemoteEachOther();

private:
    struct Show
    {
        qint64 event = 0;
        qint64 performance = 0;
        qint64 ticketType = 0;
    };
    Show makeShow(const QString &title, qint64 priceCents = 1000, qint64 capacity = 10);
    QJsonObject performanceOf(qint64 performanceId);
    QJsonObject ticketTypeOf(qint64 performanceId, qint64 ticketTypeId);
    TestClient::Response buy(TestClient &client, qint64 ticketTypeId, int quantity);
    static qint64 orderIdOf(const TestClient::Response &r);
    QJsonArray auditEntries(int limit = 0);
    QJsonArray users(const QString &query = {});
    static QJsonObject userNamed(const QJsonArray &users, const QString &username);
    TestClient::Response setRole(TestClient &client, qint64 userId, const QString &role);

    ServerFixture m_fixture{QStringLiteral(MARQUEE_SERVER_BINARY)};
    std::unique_ptr<TestClient> m_admin;
    std::unique_ptr<TestClient> m_manager;
    std::unique_ptr<TestClient> m_clerk;
    std::unique_ptr<TestClient> m_alice;
    std::unique_ptr<TestClient> m_bob;
    int m_shows = 0;
};

void TestE2eAdmin::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    m_admin = m_fixture.loginAs(u"admin"_s);
    m_manager = m_fixture.loginAs(u"manager"_s);
    m_clerk = m_fixture.loginAs(u"clerk"_s);
    m_alice = m_fixture.newCustomer(u"alice"_s);
    m_bob = m_fixture.newCustomer(u"bob"_s);
    QVERIFY(m_admin && m_manager && m_clerk && m_alice && m_bob);
}

void TestE2eAdmin::cleanup()
{
    if (QTest::currentTestFailed())
        m_fixture.server().printDiagnostics();
}

void TestE2eAdmin::cleanupTestCase()
{
    QVERIFY2(m_fixture.server().isRunning(), "the server died during the tests");
    QCOMPARE(m_fixture.server().stop(), 0);
}

TestE2eAdmin::Show TestE2eAdmin::makeShow(const QString &title, qint64 priceCents, qint64 capacity)
{
    Show show;
    show.event = seed::createEvent(*m_admin, title);
    if (show.event)
        show.performance =
            seed::createPerformance(*m_admin, show.event, seed::daysFromNow(20, ++m_shows));
    if (show.performance)
        show.ticketType =
            seed::createTicketType(*m_admin, show.performance, u"Standard"_s, priceCents, capacity);
    return show;
}

QJsonObject TestE2eAdmin::performanceOf(qint64 performanceId)
{
    const auto r =
        m_admin->call(u"catalog.getPerformance"_s, {{u"performanceId"_s, performanceId}});
    if (!r.ok)
        qWarning("getPerformance %lld: %s", performanceId, qPrintable(r.toString()));
    return r.result.value(u"performance"_s).toObject();
}

QJsonObject TestE2eAdmin::ticketTypeOf(qint64 performanceId, qint64 ticketTypeId)
{
    for (const QJsonValue &v : performanceOf(performanceId).value(u"ticketTypes"_s).toArray()) {
        if (v.toObject().value(u"id"_s).toInteger() == ticketTypeId)
            return v.toObject();
    }
    return {};
}

TestClient::Response TestE2eAdmin::buy(TestClient &client, qint64 ticketTypeId, int quantity)
{
    return client.call(u"order.purchase"_s, {{u"ticketTypeId"_s, ticketTypeId},
                                             {u"quantity"_s, quantity},
                                             {u"payment"_s, seed::sandboxPayment()}});
}

qint64 TestE2eAdmin::orderIdOf(const TestClient::Response &r)
{
    return r.result.value(u"order"_s).toObject().value(u"id"_s).toInteger();
}

QJsonArray TestE2eAdmin::auditEntries(int limit)
{
    QJsonObject params;
    if (limit > 0)
        params.insert(u"limit"_s, limit);
    const auto r = m_admin->call(u"admin.listAuditLog"_s, params);
    if (!r.ok)
        qWarning("listAuditLog: %s", qPrintable(r.toString()));
    return r.result.value(u"entries"_s).toArray();
}

QJsonArray TestE2eAdmin::users(const QString &query)
{
    QJsonObject params;
    if (!query.isNull())
        params.insert(u"query"_s, query);
    const auto r = m_admin->call(u"admin.listUsers"_s, params);
    if (!r.ok)
        qWarning("listUsers: %s", qPrintable(r.toString()));
    return r.result.value(u"users"_s).toArray();
}

QJsonObject TestE2eAdmin::userNamed(const QJsonArray &users, const QString &username)
{
    for (const QJsonValue &v : users) {
        if (v.toObject().value(u"username"_s).toString() == username)
            return v.toObject();
    }
    return {};
}

TestClient::Response TestE2eAdmin::setRole(TestClient &client, qint64 userId, const QString &role)
{
    return client.call(u"admin.setUserRole"_s, {{u"userId"_s, userId}, {u"role"_s, role}});
}

void TestE2eAdmin::createEventAcceptsEveryCategory()
{
    for (const QString &category :
         {u"movie"_s, u"concert"_s, u"exhibition"_s, u"flight"_s, u"train"_s, u"other"_s}) {
        const auto r = m_admin->call(
            u"admin.createEvent"_s,
            {{u"title"_s, QString(u"Every category: "_s + category)}, {u"category"_s, category}});
        MQ_VERIFY_OK(r);
        const QJsonObject event = r.result.value(u"event"_s).toObject();
        QVERIFY(event.value(u"id"_s).toInteger() > 0);
        QCOMPARE(event.value(u"category"_s).toString(), category);
        QCOMPARE(event.value(u"title"_s).toString(), u"Every category: "_s + category);
        QCOMPARE(event.value(u"performances"_s).toArray().size(), 0);
    }
}

void TestE2eAdmin::createEventValidation_data()
{
    QTest::addColumn<QJsonObject>("params");
    QTest::addColumn<QString>("field");
    QTest::newRow("empty title") << QJsonObject{{u"title"_s, u""_s}, {u"category"_s, u"concert"_s}}
                                 << u"title"_s;
    QTest::newRow("missing title") << QJsonObject{{u"category"_s, u"concert"_s}} << u"title"_s;
    QTest::newRow("numeric title")
        << QJsonObject{{u"title"_s, 5}, {u"category"_s, u"concert"_s}} << u"title"_s;
    QTest::newRow("unknown category")
        << QJsonObject{{u"title"_s, u"Opera night"_s}, {u"category"_s, u"opera"_s}}
        << u"category"_s;
    QTest::newRow("missing category")
        << QJsonObject{{u"title"_s, u"No category"_s}} << u"category"_s;
    QTest::newRow("empty category")
        << QJsonObject{{u"title"_s, u"Empty category"_s}, {u"category"_s, u""_s}} << u"category"_s;
    QTest::newRow("numeric description") << QJsonObject{{u"title"_s, u"Bad description"_s},
                                                        {u"category"_s, u"concert"_s},
                                                        {u"description"_s, 5}}
                                         << u"description"_s;
}

void TestE2eAdmin::createEventValidation()
{
    QFETCH(QJsonObject, params);
    QFETCH(QString, field);
    MQ_VERIFY_FIELD(m_admin->call(u"admin.createEvent"_s, params), field);
}

void TestE2eAdmin::updateEvent()
{
    const Show show = makeShow(u"Before Update"_s);
    QVERIFY(show.ticketType);
    auto r = m_admin->call(u"admin.updateEvent"_s,
                           {{u"id"_s, show.event}, {u"title"_s, u"After Update"_s}});
    MQ_VERIFY_OK(r);
    QJsonObject event = r.result.value(u"event"_s).toObject();
    QCOMPARE(event.value(u"id"_s).toInteger(), show.event);
    QCOMPARE(event.value(u"title"_s).toString(), u"After Update"_s);
    QCOMPARE(event.value(u"category"_s).toString(), u"concert"_s);

    r = m_admin->call(
        u"admin.updateEvent"_s,
        {{u"id"_s, show.event}, {u"category"_s, u"train"_s}, {u"description"_s, u"Now a train"_s}});
    MQ_VERIFY_OK(r);
    event = r.result.value(u"event"_s).toObject();
    QCOMPARE(event.value(u"title"_s).toString(), u"After Update"_s);
    QCOMPARE(event.value(u"category"_s).toString(), u"train"_s);
    QCOMPARE(event.value(u"description"_s).toString(), u"Now a train"_s);

    const auto listed = m_alice->call(u"catalog.listEvents"_s, {{u"query"_s, u"After Update"_s}});
    MQ_VERIFY_OK(listed);
    const QJsonArray events = listed.result.value(u"events"_s).toArray();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().toObject().value(u"category"_s).toString(), u"train"_s);
    QCOMPARE(m_alice->call(u"catalog.listEvents"_s, {{u"query"_s, u"Before Update"_s}})
                 .result.value(u"events"_s)
                 .toArray()
                 .size(),
             0);

    MQ_VERIFY_FIELD(
        m_admin->call(u"admin.updateEvent"_s, {{u"id"_s, show.event}, {u"title"_s, u""_s}}),
        "title");
    MQ_VERIFY_FIELD(
        m_admin->call(u"admin.updateEvent"_s, {{u"id"_s, show.event}, {u"category"_s, u"opera"_s}}),
        "category");
    MQ_VERIFY_FIELD(m_admin->call(u"admin.updateEvent"_s, {{u"title"_s, u"No id"_s}}), "id");
    MQ_VERIFY_ERROR(
        m_admin->call(u"admin.updateEvent"_s, {{u"id"_s, 987654321}, {u"title"_s, u"Ghost"_s}}),
        404, "not_found");
    // Failed updates changed nothing.
    const auto after = m_alice->call(u"catalog.listEvents"_s, {{u"query"_s, u"After Update"_s}});
    MQ_VERIFY_OK(after);
    QCOMPARE(after.result.value(u"events"_s).toArray().size(), 1);
    const QJsonObject unchanged = after.result.value(u"events"_s).toArray().first().toObject();
    QCOMPARE(unchanged.value(u"title"_s).toString(), u"After Update"_s);
    QCOMPARE(unchanged.value(u"category"_s).toString(), u"train"_s);
}

void TestE2eAdmin::createPerformanceValidation_data()
{
    QTest::addColumn<QJsonValue>("startsAt");
    QTest::addColumn<QJsonValue>("venue");
    QTest::addColumn<QJsonValue>("seating");
    QTest::addColumn<QString>("field");
    const QJsonValue ok(u"2031-05-01T19:30:00Z"_s);
    const QJsonValue hall(u"Hall"_s);
    const QJsonValue none(QJsonValue::Undefined);
    QTest::newRow("month 13") << QJsonValue(u"2031-13-01T19:30:00Z"_s) << hall << none
                              << u"startsAt"_s;
    QTest::newRow("February 30") << QJsonValue(u"2031-02-30T19:30:00Z"_s) << hall << none
                                 << u"startsAt"_s;
    QTest::newRow("hour 25") << QJsonValue(u"2031-05-01T25:30:00Z"_s) << hall << none
                             << u"startsAt"_s;
    QTest::newRow("words") << QJsonValue(u"tomorrow evening"_s) << hall << none << u"startsAt"_s;
    QTest::newRow("no zone") << QJsonValue(u"2031-05-01T19:30:00"_s) << hall << none
                             << u"startsAt"_s;
    QTest::newRow("date only") << QJsonValue(u"2031-05-01"_s) << hall << none << u"startsAt"_s;
    QTest::newRow("empty") << QJsonValue(u""_s) << hall << none << u"startsAt"_s;
    QTest::newRow("number") << QJsonValue(1900000000) << hall << none << u"startsAt"_s;
    QTest::newRow("missing") << none << hall << none << u"startsAt"_s;
    QTest::newRow("missing venue") << ok << none << none << u"venue"_s;
    QTest::newRow("numeric venue") << ok << QJsonValue(3) << none << u"venue"_s;
    QTest::newRow("unknown seating") << ok << hall << QJsonValue(u"standing"_s) << u"seating"_s;
}

void TestE2eAdmin::createPerformanceValidation()
{
    QFETCH(QJsonValue, startsAt);
    QFETCH(QJsonValue, venue);
    QFETCH(QJsonValue, seating);
    QFETCH(QString, field);
    static qint64 event = 0;
    if (!event)
        event = seed::createEvent(*m_admin, u"Performance validation"_s);
    QVERIFY(event);
    QJsonObject params{{u"eventId"_s, event}};
    if (!startsAt.isUndefined())
        params.insert(u"startsAt"_s, startsAt);
    if (!venue.isUndefined())
        params.insert(u"venue"_s, venue);
    if (!seating.isUndefined())
        params.insert(u"seating"_s, seating);
    MQ_VERIFY_FIELD(m_admin->call(u"admin.createPerformance"_s, params), field);
}

void TestE2eAdmin::offsetTimesAreAnsweredInUtc()
{
    const qint64 event = seed::createEvent(*m_admin, u"Offset times"_s);
    QVERIFY(event);
    MQ_VERIFY_ERROR(
        m_admin->call(u"admin.createPerformance"_s, {{u"eventId"_s, 987654321},
                                                     {u"startsAt"_s, u"2031-06-01T20:00:00Z"_s},
                                                     {u"venue"_s, u"Hall"_s}}),
        404, "not_found");

    struct Case
    {
        QString input;
        QString utc;
    };
    const QList<Case> cases{{u"2031-06-01T20:00:00+08:00"_s, u"2031-06-01T12:00:00"_s},
                            {u"2031-06-01T20:00:00-05:30"_s, u"2031-06-02T01:30:00"_s},
                            {u"2031-01-01T03:00:00+08:00"_s, u"2030-12-31T19:00:00"_s},
                            {u"2031-06-01T20:00:00Z"_s, u"2031-06-01T20:00:00"_s}};
    for (const Case &c : cases) {
        const auto r = m_admin->call(
            u"admin.createPerformance"_s,
            {{u"eventId"_s, event}, {u"startsAt"_s, c.input}, {u"venue"_s, u"Hall"_s}});
        MQ_VERIFY_OK(r);
        const QJsonObject perf = r.result.value(u"performance"_s).toObject();
        const QString startsAt = perf.value(u"startsAt"_s).toString();
        QVERIFY2(startsAt.startsWith(c.utc) && startsAt.endsWith(u'Z'),
                 qPrintable(u"%1 answered as %2, expected %3Z"_s.arg(c.input, startsAt, c.utc)));
        // Read back the same way.
        const QString again =
            performanceOf(perf.value(u"id"_s).toInteger()).value(u"startsAt"_s).toString();
        QCOMPARE(mq::parseWireTime(again).value_or(QDateTime()),
                 mq::parseWireTime(startsAt).value_or(QDateTime(QDate(1, 1, 1), QTime())));
    }
}

void TestE2eAdmin::createTicketType()
{
    const qint64 event = seed::createEvent(*m_admin, u"Ticket types"_s);
    const qint64 perf = seed::createPerformance(*m_admin, event, seed::daysFromNow(15));
    QVERIFY(event && perf);
    const auto r = m_admin->call(u"admin.createTicketType"_s, {{u"performanceId"_s, perf},
                                                               {u"name"_s, u"Free entry"_s},
                                                               {u"priceCents"_s, 0},
                                                               {u"capacity"_s, 0}});
    MQ_VERIFY_OK(r);
    const QJsonObject tt = r.result.value(u"ticketType"_s).toObject();
    QCOMPARE(tt.value(u"performanceId"_s).toInteger(), perf);
    QCOMPARE(tt.value(u"priceCents"_s).toInteger(-1), 0);
    QCOMPARE(tt.value(u"capacity"_s).toInteger(-1), 0);
    QCOMPARE(tt.value(u"remaining"_s).toInteger(-1), 0);
    const qint64 big = seed::createTicketType(*m_admin, perf, u"Stalls"_s, 4550, 300);
    QVERIFY(big);
    const QJsonArray types = performanceOf(perf).value(u"ticketTypes"_s).toArray();
    QCOMPARE(types.size(), 2);
    MQ_VERIFY_ERROR(m_admin->call(u"admin.createTicketType"_s, {{u"performanceId"_s, 987654321},
                                                                {u"name"_s, u"Ghost"_s},
                                                                {u"priceCents"_s, 100},
                                                                {u"capacity"_s, 1}}),
                    404, "not_found");
}

void TestE2eAdmin::createTicketTypeValidation_data()
{
    QTest::addColumn<QJsonObject>("params");
    QTest::addColumn<QString>("field");
    const QJsonObject base{{u"name"_s, u"Adult"_s}, {u"priceCents"_s, 1000}, {u"capacity"_s, 10}};
    auto with = [&base](const QString &key, const QJsonValue &value) {
        QJsonObject o = base;
        if (value.isUndefined())
            o.remove(key);
        else
            o.insert(key, value);
        return o;
    };
    QTest::newRow("negative price") << with(u"priceCents"_s, -1) << u"priceCents"_s;
    QTest::newRow("fractional price") << with(u"priceCents"_s, 12.5) << u"priceCents"_s;
    QTest::newRow("price as string") << with(u"priceCents"_s, u"1000"_s) << u"priceCents"_s;
    QTest::newRow("missing price")
        << with(u"priceCents"_s, QJsonValue::Undefined) << u"priceCents"_s;
    QTest::newRow("negative capacity") << with(u"capacity"_s, -1) << u"capacity"_s;
    QTest::newRow("fractional capacity") << with(u"capacity"_s, 1.5) << u"capacity"_s;
    QTest::newRow("missing capacity")
        << with(u"capacity"_s, QJsonValue::Undefined) << u"capacity"_s;
    QTest::newRow("missing name") << with(u"name"_s, QJsonValue::Undefined) << u"name"_s;
    QTest::newRow("numeric name") << with(u"name"_s, 7) << u"name"_s;
}

void TestE2eAdmin::createTicketTypeValidation()
{
    QFETCH(QJsonObject, params);
    QFETCH(QString, field);
    static qint64 perf = 0;
    if (!perf) {
        const qint64 event = seed::createEvent(*m_admin, u"Ticket type validation"_s);
        perf = seed::createPerformance(*m_admin, event, seed::daysFromNow(16));
    }
    QVERIFY(perf);
    params.insert(u"performanceId"_s, perf);
    MQ_VERIFY_FIELD(m_admin->call(u"admin.createTicketType"_s, params), field);
    QCOMPARE(performanceOf(perf).value(u"ticketTypes"_s).toArray().size(), 0);
}

void TestE2eAdmin::updateTicketTypeCapacityGuard()
{
    const Show show = makeShow(u"Capacity guard"_s, 1000, 10);
    QVERIFY(show.ticketType);
    MQ_VERIFY_OK(buy(*m_alice, show.ticketType, 4));

    const auto below = m_admin->call(u"admin.updateTicketType"_s,
                                     {{u"id"_s, show.ticketType}, {u"capacity"_s, 3}});
    MQ_VERIFY_ERROR(below, 409, "capacity_below_sold");
    QCOMPARE(ticketTypeOf(show.performance, show.ticketType).value(u"capacity"_s).toInteger(), 10);

    auto r = m_admin->call(u"admin.updateTicketType"_s,
                           {{u"id"_s, show.ticketType}, {u"capacity"_s, 4}});
    MQ_VERIFY_OK(r);
    QJsonObject tt = r.result.value(u"ticketType"_s).toObject();
    QCOMPARE(tt.value(u"capacity"_s).toInteger(), 4);
    QCOMPARE(tt.value(u"sold"_s).toInteger(), 4);
    QCOMPARE(tt.value(u"remaining"_s).toInteger(-1), 0);
    MQ_VERIFY_ERROR(buy(*m_bob, show.ticketType, 1), 409, "sold_out");

    r = m_admin->call(u"admin.updateTicketType"_s,
                      {{u"id"_s, show.ticketType}, {u"capacity"_s, 12}, {u"name"_s, u"Renamed"_s}});
    MQ_VERIFY_OK(r);
    tt = r.result.value(u"ticketType"_s).toObject();
    QCOMPARE(tt.value(u"name"_s).toString(), u"Renamed"_s);
    QCOMPARE(tt.value(u"remaining"_s).toInteger(), 8);

    MQ_VERIFY_FIELD(m_admin->call(u"admin.updateTicketType"_s,
                                  {{u"id"_s, show.ticketType}, {u"capacity"_s, -1}}),
                    "capacity");
    MQ_VERIFY_FIELD(m_admin->call(u"admin.updateTicketType"_s,
                                  {{u"id"_s, show.ticketType}, {u"priceCents"_s, -5}}),
                    "priceCents");
    MQ_VERIFY_ERROR(
        m_admin->call(u"admin.updateTicketType"_s, {{u"id"_s, 987654321}, {u"capacity"_s, 5}}), 404,
        "not_found");
}

void TestE2eAdmin::priceChangeKeepsExistingOrders()
{
    const Show show = makeShow(u"Price change"_s, 1000, 10);
    QVERIFY(show.ticketType);
    const auto first = buy(*m_alice, show.ticketType, 2);
    MQ_VERIFY_OK(first);
    const qint64 firstId = orderIdOf(first);

    const auto r = m_admin->call(u"admin.updateTicketType"_s,
                                 {{u"id"_s, show.ticketType}, {u"priceCents"_s, 2000}});
    MQ_VERIFY_OK(r);
    QCOMPARE(r.result.value(u"ticketType"_s).toObject().value(u"priceCents"_s).toInteger(), 2000);
    QCOMPARE(ticketTypeOf(show.performance, show.ticketType).value(u"priceCents"_s).toInteger(),
             2000);

    const auto second = buy(*m_alice, show.ticketType, 1);
    MQ_VERIFY_OK(second);
    QCOMPARE(second.result.value(u"order"_s).toObject().value(u"totalCents"_s).toInteger(), 2000);

    bool seen = false;
    const auto mine = m_alice->call(u"order.listMine"_s);
    MQ_VERIFY_OK(mine);
    for (const QJsonValue &v : mine.result.value(u"orders"_s).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(u"id"_s).toInteger() != firstId)
            continue;
        seen = true;
        QCOMPARE(o.value(u"totalCents"_s).toInteger(), 2000);
        const QJsonObject item = o.value(u"items"_s).toArray().first().toObject();
        QCOMPARE(item.value(u"unitPriceCents"_s).toInteger(), 1000);
        QCOMPARE(item.value(u"quantity"_s).toInteger(), 2);
    }
    QVERIFY(seen);
}

void TestE2eAdmin::deleteTicketType()
{
    const Show show = makeShow(u"Delete ticket type"_s, 1000, 10);
    QVERIFY(show.ticketType);
    const qint64 unsold = seed::createTicketType(*m_admin, show.performance, u"Unsold"_s, 500, 5);
    QVERIFY(unsold);

    const auto deleted = m_admin->call(u"admin.deleteTicketType"_s, {{u"id"_s, unsold}});
    MQ_VERIFY_OK(deleted);
    QVERIFY(deleted.result.isEmpty());
    QVERIFY(ticketTypeOf(show.performance, unsold).isEmpty());
    QCOMPARE(performanceOf(show.performance).value(u"ticketTypes"_s).toArray().size(), 1);
    MQ_VERIFY_ERROR(m_admin->call(u"admin.deleteTicketType"_s, {{u"id"_s, unsold}}), 404,
                    "not_found");
    MQ_VERIFY_ERROR(
        m_admin->call(u"admin.updateTicketType"_s, {{u"id"_s, unsold}, {u"name"_s, u"Back"_s}}),
        404, "not_found");
    MQ_VERIFY_ERROR(buy(*m_alice, unsold, 1), 404, "not_found");

    // With tickets sold it stays.
    const auto sale = buy(*m_alice, show.ticketType, 1);
    MQ_VERIFY_OK(sale);
    MQ_VERIFY_ERROR(m_admin->call(u"admin.deleteTicketType"_s, {{u"id"_s, show.ticketType}}), 409,
                    "has_sales");
    QVERIFY(!ticketTypeOf(show.performance, show.ticketType).isEmpty());
    // Once refunded, nothing is sold any more, and the order's history survives deletion.
    MQ_VERIFY_OK(m_alice->call(u"order.cancel"_s, {{u"orderId"_s, orderIdOf(sale)}}));
    MQ_VERIFY_OK(m_admin->call(u"admin.deleteTicketType"_s, {{u"id"_s, show.ticketType}}));
    const auto get = m_alice->call(u"order.get"_s, {{u"orderId"_s, orderIdOf(sale)}});
    MQ_VERIFY_OK(get);
    const QJsonObject order = get.result.value(u"order"_s).toObject();
    QCOMPARE(order.value(u"status"_s).toString(), u"refunded"_s);
    QCOMPARE(order.value(u"totalCents"_s).toInteger(), 1000);
    QCOMPARE(order.value(u"items"_s).toArray().size(), 1);
}

void TestE2eAdmin::deleteEventGuardsAndCascade()
{
    const Show show = makeShow(u"Delete guarded event"_s, 1000, 10);
    QVERIFY(show.ticketType);
    const auto sale = buy(*m_bob, show.ticketType, 2);
    MQ_VERIFY_OK(sale);

    MQ_VERIFY_ERROR(m_admin->call(u"admin.deleteEvent"_s, {{u"id"_s, show.event}}), 409,
                    "has_sales");
    MQ_VERIFY_ERROR(m_admin->call(u"admin.deletePerformance"_s, {{u"id"_s, show.performance}}), 409,
                    "has_sales");
    // Still all there.
    QCOMPARE(ticketTypeOf(show.performance, show.ticketType).value(u"sold"_s).toInteger(), 2);

    MQ_VERIFY_OK(m_bob->call(u"order.cancel"_s, {{u"orderId"_s, orderIdOf(sale)}}));
    const auto deleted = m_admin->call(u"admin.deleteEvent"_s, {{u"id"_s, show.event}});
    MQ_VERIFY_OK(deleted);
    QVERIFY(deleted.result.isEmpty());

    MQ_VERIFY_ERROR(
        m_admin->call(u"catalog.getPerformance"_s, {{u"performanceId"_s, show.performance}}), 404,
        "not_found");
    MQ_VERIFY_ERROR(m_admin->call(u"admin.updateTicketType"_s,
                                  {{u"id"_s, show.ticketType}, {u"name"_s, u"x"_s}}),
                    404, "not_found");
    MQ_VERIFY_ERROR(
        m_admin->call(u"admin.updateEvent"_s, {{u"id"_s, show.event}, {u"title"_s, u"x"_s}}), 404,
        "not_found");
    MQ_VERIFY_ERROR(m_admin->call(u"admin.deleteEvent"_s, {{u"id"_s, show.event}}), 404,
                    "not_found");
    MQ_VERIFY_ERROR(m_admin->call(u"admin.createPerformance"_s,
                                  {{u"eventId"_s, show.event},
                                   {u"startsAt"_s, seed::wireTime(seed::daysFromNow(30))},
                                   {u"venue"_s, u"Hall"_s}}),
                    404, "not_found");
    // Bob's refunded order is still his history.
    const auto mine = m_bob->call(u"order.listMine"_s);
    MQ_VERIFY_OK(mine);
    bool seen = false;
    for (const QJsonValue &v : mine.result.value(u"orders"_s).toArray())
        seen = seen || v.toObject().value(u"id"_s).toInteger() == orderIdOf(sale);
    QVERIFY(seen);
}

void TestE2eAdmin::deleteEventWithoutSalesCascades()
{
    const Show show = makeShow(u"Delete plain event"_s, 1000, 10);
    QVERIFY(show.ticketType);
    const qint64 secondPerf =
        seed::createPerformance(*m_admin, show.event, seed::daysFromNow(40), u"Annex"_s);
    QVERIFY(secondPerf);
    const qint64 secondType = seed::createTicketType(*m_admin, secondPerf, u"Annex seat"_s, 10, 10);
    QVERIFY(secondType);
    MQ_VERIFY_OK(m_manager->call(u"admin.deleteEvent"_s, {{u"id"_s, show.event}}));
    for (const qint64 perf : {show.performance, secondPerf})
        MQ_VERIFY_ERROR(m_admin->call(u"catalog.getPerformance"_s, {{u"performanceId"_s, perf}}),
                        404, "not_found");
    for (const qint64 type : {show.ticketType, secondType})
        MQ_VERIFY_ERROR(m_admin->call(u"admin.deleteTicketType"_s, {{u"id"_s, type}}), 404,
                        "not_found");
    QCOMPARE(m_alice->call(u"catalog.listEvents"_s, {{u"query"_s, u"Delete plain event"_s}})
                 .result.value(u"events"_s)
                 .toArray()
                 .size(),
             0);
}

void TestE2eAdmin::updatePerformance()
{
    const Show show = makeShow(u"Update performance"_s);
    QVERIFY(show.ticketType);
    const QDateTime moved = seed::daysFromNow(50, 2);
    const auto r =
        m_admin->call(u"admin.updatePerformance"_s, {{u"id"_s, show.performance},
                                                     {u"startsAt"_s, seed::wireTime(moved)},
                                                     {u"venue"_s, u"New Venue"_s}});
    MQ_VERIFY_OK(r);
    const QJsonObject perf = r.result.value(u"performance"_s).toObject();
    QCOMPARE(perf.value(u"id"_s).toInteger(), show.performance);
    QCOMPARE(perf.value(u"venue"_s).toString(), u"New Venue"_s);
    QCOMPARE(mq::parseWireTime(perf.value(u"startsAt"_s).toString()).value_or(QDateTime()), moved);
    const QJsonObject fetched = performanceOf(show.performance);
    QCOMPARE(fetched.value(u"venue"_s).toString(), u"New Venue"_s);
    QCOMPARE(mq::parseWireTime(fetched.value(u"startsAt"_s).toString()).value_or(QDateTime()),
             moved);
    QCOMPARE(fetched.value(u"ticketTypes"_s).toArray().size(), 1);

    // Only the venue.
    MQ_VERIFY_OK(m_admin->call(u"admin.updatePerformance"_s,
                               {{u"id"_s, show.performance}, {u"venue"_s, u"Third Venue"_s}}));
    QCOMPARE(mq::parseWireTime(performanceOf(show.performance).value(u"startsAt"_s).toString())
                 .value_or(QDateTime()),
             moved);

    MQ_VERIFY_FIELD(m_admin->call(u"admin.updatePerformance"_s,
                                  {{u"id"_s, show.performance}, {u"startsAt"_s, u"soon"_s}}),
                    "startsAt");
    MQ_VERIFY_FIELD(m_admin->call(u"admin.updatePerformance"_s, {{u"venue"_s, u"x"_s}}), "id");
    MQ_VERIFY_ERROR(
        m_admin->call(u"admin.updatePerformance"_s, {{u"id"_s, 987654321}, {u"venue"_s, u"x"_s}}),
        404, "not_found");
    QCOMPARE(performanceOf(show.performance).value(u"venue"_s).toString(), u"Third Venue"_s);
}

void TestE2eAdmin::deletePerformance()
{
    const Show show = makeShow(u"Delete performance"_s);
    QVERIFY(show.ticketType);
    const qint64 spare =
        seed::createPerformance(*m_admin, show.event, seed::daysFromNow(45), u"Spare"_s);
    QVERIFY(spare);
    const qint64 spareType = seed::createTicketType(*m_admin, spare, u"Spare seat"_s, 10, 10);
    QVERIFY(spareType);
    MQ_VERIFY_OK(buy(*m_alice, show.ticketType, 1));

    MQ_VERIFY_ERROR(m_admin->call(u"admin.deletePerformance"_s, {{u"id"_s, show.performance}}), 409,
                    "has_sales");
    const auto deleted = m_admin->call(u"admin.deletePerformance"_s, {{u"id"_s, spare}});
    MQ_VERIFY_OK(deleted);
    QVERIFY(deleted.result.isEmpty());
    MQ_VERIFY_ERROR(m_admin->call(u"catalog.getPerformance"_s, {{u"performanceId"_s, spare}}), 404,
                    "not_found");
    MQ_VERIFY_ERROR(buy(*m_alice, spareType, 1), 404, "not_found");
    MQ_VERIFY_ERROR(m_admin->call(u"admin.deletePerformance"_s, {{u"id"_s, spare}}), 404,
                    "not_found");
    // The event and its other performance stay.
    QVERIFY(!performanceOf(show.performance).isEmpty());
    MQ_VERIFY_OK(m_admin->call(u"admin.updateEvent"_s,
                               {{u"id"_s, show.event}, {u"description"_s, u"Still here"_s}}));
}

void TestE2eAdmin::managerMayAdminister()
{
    const auto ev = m_manager->call(
        u"admin.createEvent"_s, {{u"title"_s, u"Manager's event"_s}, {u"category"_s, u"other"_s}});
    MQ_VERIFY_OK(ev);
    const qint64 event = ev.result.value(u"event"_s).toObject().value(u"id"_s).toInteger();
    const qint64 perf = seed::createPerformance(*m_manager, event, seed::daysFromNow(33));
    QVERIFY(perf);
    QVERIFY(seed::createTicketType(*m_manager, perf, u"Any"_s, 100, 1));
    MQ_VERIFY_OK(m_manager->call(u"admin.listAuditLog"_s, {{u"limit"_s, 5}}));
}

void TestE2eAdmin::auditLogNamesAndFilters()
{
    // Entries say what they are about in words, and can be filtered by user, action and time.
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const qint64 event = seed::createEvent(*m_manager, u"Winter Gala"_s);
    QVERIFY(event);
    const QDateTime startsAt = seed::daysFromNow(12);
    const qint64 perf = seed::createPerformance(*m_manager, event, startsAt, u"Grand Hall"_s);
    QVERIFY(perf);
    const qint64 type = seed::createTicketType(*m_manager, perf, u"VIP"_s, 30000, 10);
    QVERIFY(type);
    const auto list = [&](const QJsonObject &params) {
        const auto r = m_admin->call(u"admin.listAuditLog"_s, params);
        if (!r.ok)
            qWarning("listAuditLog: %s", qPrintable(r.toString()));
        return r.result.value(u"entries"_s).toArray();
    };
    const QJsonArray types = list({{u"action"_s, u"ticket_type.create"_s}, {u"userId"_s, m_manager->userId()}});
    QVERIFY(!types.isEmpty());
    const QJsonObject entry = types.first().toObject();
    QCOMPARE(entry.value(u"entityId"_s).toInteger(), type);
    const QJsonObject subject = entry.value(u"subject"_s).toObject();
    QCOMPARE(subject.value(u"name"_s).toString(), u"VIP"_s);
    QCOMPARE(subject.value(u"eventTitle"_s).toString(), u"Winter Gala"_s);
    QCOMPARE(subject.value(u"startsAt"_s).toString(), seed::wireTime(startsAt));
    for (const QJsonValue &v : list({{u"action"_s, u"performance."_s}})) {
        QVERIFY(v.toObject().value(u"action"_s).toString().startsWith(u"performance."_s));
    }
    for (const QJsonValue &v : list({{u"userId"_s, m_manager->userId()}, {u"from"_s, seed::wireTime(before)}})) {
        QCOMPARE(v.toObject().value(u"userId"_s).toInteger(), m_manager->userId());
    }
    QCOMPARE(list({{u"to"_s, seed::wireTime(before.addDays(-3650))}}).size(), 0);
    MQ_VERIFY_FIELD(m_admin->call(u"admin.listAuditLog"_s, {{u"from"_s, u"yesterday"_s}}), "from");
}

void TestE2eAdmin::auditLog()
{
    const auto findEntry = [](const QJsonArray &entries, const QString &username,
                              const QString &entity, qint64 entityId) {
        for (const QJsonValue &v : entries) {
            const QJsonObject e = v.toObject();
            if (e.value(u"username"_s).toString() == username &&
                e.value(u"entity"_s).toString().contains(entity, Qt::CaseInsensitive) &&
                e.value(u"entityId"_s).toInteger() == entityId)
                return e;
        }
        return QJsonObject();
    };
    const auto dump = [](const QJsonArray &entries) {
        return QString::fromUtf8(QJsonDocument(entries).toJson(QJsonDocument::Compact).left(4000));
    };

    // An admin action.
    const qint64 event = seed::createEvent(*m_admin, u"Audited event"_s);
    QVERIFY(event);
    QJsonArray entries = auditEntries();
    const QJsonObject created = findEntry(entries, u"admin"_s, u"event"_s, event);
    QVERIFY2(!created.isEmpty(), qPrintable(dump(entries)));
    QCOMPARE(created.value(u"userId"_s).toInteger(), m_admin->userId());
    // What it was and what it became: nothing before a creation, the new title after.
    QVERIFY2(created.value(u"before"_s).isNull() &&
                 created.value(u"after"_s).toObject().value(u"title"_s).toString() ==
                     u"Audited event"_s,
             qPrintable(dump(QJsonArray{created})));
    MQ_VERIFY_OK(m_admin->call(u"admin.updateEvent"_s,
                               {{u"id"_s, event}, {u"title"_s, u"Audited event, renamed"_s}}));
    bool updateSeen = false;
    for (const QJsonValue &v : auditEntries()) {
        const QJsonObject e = v.toObject();
        if (e.value(u"entityId"_s).toInteger() != event ||
            !e.value(u"entity"_s).toString().contains(u"event"_s, Qt::CaseInsensitive) ||
            e.value(u"before"_s).isNull())
            continue;
        updateSeen = true;
        QCOMPARE(e.value(u"before"_s).toObject().value(u"title"_s).toString(), u"Audited event"_s);
        QCOMPARE(e.value(u"after"_s).toObject().value(u"title"_s).toString(),
                 u"Audited event, renamed"_s);
    }
    QVERIFY2(updateSeen, "no audit entry for admin.updateEvent");

    const QSet<QString> keys{u"id"_s,     u"at"_s,       u"userId"_s, u"username"_s, u"action"_s,
                             u"entity"_s, u"entityId"_s, u"before"_s, u"after"_s};
    QVERIFY(!entries.isEmpty());
    for (const QJsonValue &v : entries) {
        const QJsonObject e = v.toObject();
        const QStringList present = e.keys();
        for (const QString &key : keys)
            QVERIFY2(present.contains(key),
                     qPrintable(u"audit entry without "_s + key + u": "_s + dump(QJsonArray{e})));
        QVERIFY(e.value(u"id"_s).toInteger() > 0);
        QVERIFY2(e.value(u"at"_s).toString().endsWith(u'Z') &&
                     mq::parseWireTime(e.value(u"at"_s).toString()),
                 qPrintable(e.value(u"at"_s).toString()));
        QVERIFY(!e.value(u"action"_s).toString().isEmpty());
    }

    // A cash sale.
    const qint64 perf = seed::createPerformance(*m_admin, event, seed::daysFromNow(25));
    const qint64 type = seed::createTicketType(*m_admin, perf, u"Audited seat"_s, 1500, 10);
    QVERIFY(perf && type);
    const auto cash = m_clerk->call(
        u"order.purchase"_s,
        {{u"ticketTypeId"_s, type}, {u"quantity"_s, 1}, {u"payment"_s, seed::cashPayment()}});
    MQ_VERIFY_OK(cash);
    entries = auditEntries();
    const QJsonObject sale = findEntry(entries, u"clerk"_s, u"order"_s, orderIdOf(cash));
    QVERIFY2(!sale.isEmpty(), qPrintable(dump(entries)));
    QCOMPARE(sale.value(u"userId"_s).toInteger(), m_clerk->userId());

    // A refund (by the customer who paid online).
    const auto online = buy(*m_alice, type, 2);
    MQ_VERIFY_OK(online);
    MQ_VERIFY_OK(m_alice->call(u"order.cancel"_s, {{u"orderId"_s, orderIdOf(online)}}));
    entries = auditEntries();
    const QJsonObject refund = findEntry(entries, u"alice"_s, u"order"_s, orderIdOf(online));
    QVERIFY2(!refund.isEmpty(), qPrintable(dump(entries)));
    QVERIFY(refund.value(u"action"_s).toString() != sale.value(u"action"_s).toString());

    // limit
    QCOMPARE(auditEntries(1).size(), 1);
    QCOMPARE(auditEntries(2).size(), 2);
}

void TestE2eAdmin::orderGet()
{
    const Show show = makeShow(u"Order get"_s, 1234, 10);
    QVERIFY(show.ticketType);
    const auto sale = buy(*m_alice, show.ticketType, 2);
    MQ_VERIFY_OK(sale);
    const QJsonObject order = sale.result.value(u"order"_s).toObject();
    const qint64 id = order.value(u"id"_s).toInteger();
    const QString code = order.value(u"code"_s).toString();

    const auto byId = m_alice->call(u"order.get"_s, {{u"orderId"_s, id}});
    MQ_VERIFY_OK(byId);
    QJsonObject got = byId.result.value(u"order"_s).toObject();
    QCOMPARE(got.value(u"id"_s).toInteger(), id);
    QCOMPARE(got.value(u"code"_s).toString(), code);
    QCOMPARE(got.value(u"totalCents"_s).toInteger(), 2468);
    QCOMPARE(got.value(u"tickets"_s).toArray().size(), 2);

    const auto byCode = m_alice->call(u"order.get"_s, {{u"code"_s, code}});
    MQ_VERIFY_OK(byCode);
    QCOMPARE(byCode.result.value(u"order"_s).toObject().value(u"id"_s).toInteger(), id);

    // Staff see every order; another customer sees nothing.
    const auto clerk = m_clerk->call(u"order.get"_s, {{u"code"_s, code}});
    MQ_VERIFY_OK(clerk);
    QCOMPARE(clerk.result.value(u"order"_s).toObject().value(u"userId"_s).toInteger(),
             m_alice->userId());
    MQ_VERIFY_OK(m_admin->call(u"order.get"_s, {{u"orderId"_s, id}}));
    MQ_VERIFY_ERROR(m_bob->call(u"order.get"_s, {{u"orderId"_s, id}}), 404, "not_found");
    MQ_VERIFY_ERROR(m_bob->call(u"order.get"_s, {{u"code"_s, code}}), 404, "not_found");
    MQ_VERIFY_ERROR(m_alice->call(u"order.get"_s, {{u"orderId"_s, 987654321}}), 404, "not_found");
    MQ_VERIFY_ERROR(m_alice->call(u"order.get"_s, {{u"code"_s, u"MQ-NOPE-NOPE"_s}}), 404,
                    "not_found");
    const auto neither = m_alice->call(u"order.get"_s, {});
    QVERIFY2(!neither.ok && neither.error.code == 422, qPrintable(neither.toString()));
}

void TestE2eAdmin::listUsers()
{
    auto zoe = m_fixture.connect();
    QVERIFY(zoe);
    MQ_VERIFY_OK(
        zoe->registerUser(u"Zoe.Lister"_s, ServerFixture::staffPassword(), u"Zoë Lindqvist"_s));

    const QJsonArray all = users();
    QVERIFY(all.size() >= 6);
    QStringList names;
    for (const QJsonValue &v : all) {
        const QJsonObject user = v.toObject();
        const QStringList keys = user.keys();
        QCOMPARE(QSet<QString>(keys.begin(), keys.end()),
                 (QSet<QString>{u"id"_s, u"username"_s, u"displayName"_s, u"role"_s}));
        names.append(user.value(u"username"_s).toString());
    }
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    QCOMPARE(names, sorted);
    for (const QString &role : ServerFixture::roles())
        QCOMPARE(userNamed(all, role).value(u"role"_s).toString(), role);

    // query matches part of the username or of the display name, ignoring case.
    QJsonArray found = users(u"zOE.L"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().toObject().value(u"displayName"_s).toString(), u"Zoë Lindqvist"_s);
    found = users(u"LINDQ"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().toObject().value(u"username"_s).toString(), u"Zoe.Lister"_s);
    QVERIFY(users(u"nobody-is-called-this"_s).isEmpty());
    QCOMPARE(users(u""_s).size(), all.size());
    MQ_VERIFY_FIELD(m_admin->call(u"admin.listUsers"_s, {{u"query"_s, 5}}), u"query"_s);
}

void TestE2eAdmin::listUsersIsForAdminsOnly()
{
    MQ_VERIFY_ERROR(m_manager->call(u"admin.listUsers"_s), 403, "forbidden");
    MQ_VERIFY_ERROR(setRole(*m_manager, m_clerk->userId(), u"manager"_s), 403, "forbidden");
    MQ_VERIFY_ERROR(m_clerk->call(u"admin.listUsers"_s), 403, "forbidden");
    MQ_VERIFY_ERROR(setRole(*m_alice, m_alice->userId(), u"admin"_s), 403, "forbidden");
}

void TestE2eAdmin::setUserRole()
{
    auto carol = m_fixture.newCustomer(u"carol"_s);
    QVERIFY(carol);
    MQ_VERIFY_ERROR(carol->call(u"admin.listAuditLog"_s), 403, "forbidden");

    const auto r = setRole(*m_admin, carol->userId(), u"manager"_s);
    MQ_VERIFY_OK(r);
    const QJsonObject user = r.result.value(u"user"_s).toObject();
    QCOMPARE(user.value(u"id"_s).toInteger(), carol->userId());
    QCOMPARE(user.value(u"username"_s).toString(), u"carol"_s);
    QCOMPARE(user.value(u"role"_s).toString(), u"manager"_s);
    QCOMPARE(userNamed(users(), u"carol"_s).value(u"role"_s).toString(), u"manager"_s);

    // The change ends carol's sessions, so no connection keeps the old role.
    MQ_VERIFY_ERROR(carol->call(u"order.listMine"_s), 401, "not_authenticated");
    MQ_VERIFY_ERROR(carol->call(u"auth.resume"_s, {{u"token"_s, carol->token()}}), 401,
                    "invalid_token");
    const auto login = carol->login(u"carol"_s, ServerFixture::staffPassword());
    MQ_VERIFY_OK(login);
    QCOMPARE(login.result.value(u"user"_s).toObject().value(u"role"_s).toString(), u"manager"_s);
    MQ_VERIFY_OK(carol->call(u"admin.listAuditLog"_s, {{u"limit"_s, 1}}));

    // Audited with what it was and what it became.
    QJsonObject entry;
    for (const QJsonValue &v : auditEntries(20)) {
        const QJsonObject e = v.toObject();
        if (e.value(u"action"_s).toString() == u"user.set_role"_s
            && e.value(u"entityId"_s).toInteger() == carol->userId()) {
            entry = e;
            break;
        }
    }
    QVERIFY2(!entry.isEmpty(), "no user.set_role audit entry");
    QCOMPARE(entry.value(u"entity"_s).toString(), u"user"_s);
    QCOMPARE(entry.value(u"username"_s).toString(), u"admin"_s);
    QCOMPARE(entry.value(u"userId"_s).toInteger(), m_admin->userId());
    QCOMPARE(entry.value(u"before"_s).toObject().value(u"role"_s).toString(), u"customer"_s);
    QCOMPARE(entry.value(u"after"_s).toObject().value(u"role"_s).toString(), u"manager"_s);
    QVERIFY(!entry.value(u"after"_s).toObject().contains(u"passwordHash"_s));

    // Setting the role it already has changes nothing: no audit row, the session stays.
    const qint64 newestAudit = auditEntries(1).first().toObject().value(u"id"_s).toInteger();
    MQ_VERIFY_OK(setRole(*m_admin, carol->userId(), u"manager"_s));
    QCOMPARE(auditEntries(1).first().toObject().value(u"id"_s).toInteger(), newestAudit);
    MQ_VERIFY_OK(carol->call(u"order.listMine"_s));

    // And back down: the role is gone at once.
    MQ_VERIFY_OK(setRole(*m_admin, carol->userId(), u"customer"_s));
    MQ_VERIFY_OK(carol->login(u"carol"_s, ServerFixture::staffPassword()));
    MQ_VERIFY_ERROR(carol->call(u"admin.listAuditLog"_s), 403, "forbidden");
}

void TestE2eAdmin::setUserRoleValidation()
{
    const qint64 bob = m_bob->userId();
    MQ_VERIFY_FIELD(setRole(*m_admin, bob, u"superuser"_s), u"role"_s);
    MQ_VERIFY_FIELD(setRole(*m_admin, bob, u""_s), u"role"_s);
    MQ_VERIFY_FIELD(setRole(*m_admin, bob, u"Admin"_s), u"role"_s); // names are exact
    MQ_VERIFY_FIELD(m_admin->call(u"admin.setUserRole"_s, {{u"userId"_s, bob}}), u"role"_s);
    MQ_VERIFY_FIELD(m_admin->call(u"admin.setUserRole"_s, {{u"role"_s, u"clerk"_s}}), u"userId"_s);
    MQ_VERIFY_FIELD(m_admin->call(u"admin.setUserRole"_s,
                                  {{u"userId"_s, u"7"_s}, {u"role"_s, u"clerk"_s}}),
                    u"userId"_s);
    MQ_VERIFY_ERROR(setRole(*m_admin, 987654321, u"clerk"_s), 404, "not_found");
    // Validation first, then existence.
    MQ_VERIFY_FIELD(setRole(*m_admin, 987654321, u"pope"_s), u"role"_s);
    // Nothing changed; bob is still logged in.
    QCOMPARE(userNamed(users(), u"bob"_s).value(u"role"_s).toString(), u"customer"_s);
    MQ_VERIFY_OK(m_bob->call(u"order.listMine"_s));
}

void TestE2eAdmin::lastAdminStays()
{
    // The fixture's "admin" is the only administrator.
    const auto refused = setRole(*m_admin, m_admin->userId(), u"manager"_s);
    MQ_VERIFY_ERROR(refused, 409, "last_admin");
    QCOMPARE(userNamed(users(), u"admin"_s).value(u"role"_s).toString(), u"admin"_s);
    MQ_VERIFY_OK(m_admin->call(u"admin.listUsers"_s)); // still logged in, still admin

    // With a second administrator either may step down, but not both.
    auto dave = m_fixture.newCustomer(u"dave"_s);
    QVERIFY(dave);
    MQ_VERIFY_OK(setRole(*m_admin, dave->userId(), u"admin"_s));
    QVERIFY(dave->login(u"dave"_s, ServerFixture::staffPassword()).ok);
    MQ_VERIFY_OK(setRole(*dave, dave->userId(), u"clerk"_s)); // steps down; its session ends
    MQ_VERIFY_ERROR(dave->call(u"admin.listUsers"_s), 401, "not_authenticated");
    MQ_VERIFY_ERROR(setRole(*m_admin, m_admin->userId(), u"customer"_s), 409, "last_admin");
    QCOMPARE(userNamed(users(), u"dave"_s).value(u"role"_s).toString(), u"clerk"_s);
}

void TestE2eAdmin::twoAdminsCannotDemoteEachOther()
{
    // Two administrators demote each other at the same moment: at most one may succeed.
    auto erin = m_fixture.newCustomer(u"erin"_s);
    QVERIFY(erin);
    const qint64 erinId = erin->userId();
    const qint64 adminId = m_admin->userId();
    MQ_VERIFY_OK(setRole(*m_admin, erinId, u"admin"_s));
    QVERIFY(erin->login(u"erin"_s, ServerFixture::staffPassword()).ok);
    auto admin = m_fixture.loginAs(u"admin"_s);
    QVERIFY(admin);

    const QJsonValue a =
        admin->send(u"admin.setUserRole"_s, {{u"userId"_s, erinId}, {u"role"_s, u"manager"_s}});
    const QJsonValue e =
        erin->send(u"admin.setUserRole"_s, {{u"userId"_s, adminId}, {u"role"_s, u"manager"_s}});
    const TestClient::Response byAdmin = admin->waitForResponse(a);
    const TestClient::Response byErin = erin->waitForResponse(e);
    QVERIFY2(!byAdmin.timedOut && !byErin.timedOut, "no answer");
    QVERIFY2(byAdmin.ok != byErin.ok,
             qPrintable(byAdmin.toString() + u" / "_s + byErin.toString()));
    for (const TestClient::Response *r : {&byAdmin, &byErin}) {
        // The loser was refused, or its session had already ended when its request arrived.
        QVERIFY2(r->ok || r->error.reason == u"last_admin"_s
                     || r->error.reason == u"not_authenticated"_s,
                 qPrintable(r->toString()));
    }

    // Exactly one administrator is left; put "admin" back for the tests that follow.
    std::unique_ptr<TestClient> survivor = byErin.ok ? std::move(erin) : std::move(admin);
    const auto listed = survivor->call(u"admin.listUsers"_s);
    MQ_VERIFY_OK(listed);
    int admins = 0;
    for (const QJsonValue &v : listed.result.value(u"users"_s).toArray())
        admins += v.toObject().value(u"role"_s).toString() == u"admin"_s;
    QCOMPARE(admins, 1);
    MQ_VERIFY_OK(setRole(*survivor, adminId, u"admin"_s));
    m_admin = m_fixture.loginAs(u"admin"_s);
    QVERIFY(m_admin);
    MQ_VERIFY_OK(setRole(*m_admin, erinId, u"customer"_s));
}

QTEST_GUILESS_MAIN(TestE2eAdmin)
#include "tst_e2e_admin.moc"
