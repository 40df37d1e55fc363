// Browsing and buying over the wire: catalog shapes and filters, purchases, refunds, pushes.
#include "support/catalogseed.h"
#include "support/rpcassert.h"
#include "support/serverfixture.h"

#include "shared/utctime.h"

#include <QJsonArray>
#include <QScopeGuard>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Stock
{
    qint64 capacity = -1;
    qint64 sold = -1;
    qint64 held = -1;
    qint64 remaining = -1;
};

QSet<QString> keysOf(const QJsonObject &o)
{
    const QStringList keys = o.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

QList<qint64> idsOf(const QJsonArray &array)
{
    QList<qint64> ids;
    for (const QJsonValue &v : array)
        ids.append(v.toObject().value(u"id"_s).toInteger());
    return ids;
}

QString keyList(const QSet<QString> &keys)
{
    QStringList list(keys.begin(), keys.end());
    list.sort();
    return list.join(u", "_s);
}

} // namespace

class TestE2eCatalogSales : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void createdRecordsHaveTheProtocolShape();
    void mixedBasketIsOneOrder();
    void listEventsFilters();
    void listEventsValidation();
    void listEventsInPages();
    void getPerformance();
    void cachedCatalogFollowsEveryChange();
    void purchaseRecordsOrder();
    void venueTimeZoneTravelsWithTheOrder();
    void purchaseAcceptsTwentyTickets();
    void purchaseValidatesQuantity_data();
    void purchaseValidatesQuantity();
    void purchaseValidatesTicketTypeAndPayment();
    void soldOutRecordsNothing();
    void declinedPaymentSellsNothing();
    void cashIsForStaffOnly();
    void salesClosedForPastPerformance();
    void listMineNewestFirstOwnOnly();
    void cancelRefundsAndRestocks();
    void clerkCancelsAnyOrder();
    void cancelAfterStartIsRefused();
    void inventoryPushes();
    void subscriptionsFollowTheOrderSent();
    void shutdownFinishesRequestsAndRestartKeepsAll(); // restarts the server: keep it last

private:
    // A future general-admission performance with one ticket type; returns {perf, ticketType}.
    std::pair<qint64, qint64> makeShow(const QString &title, qint64 priceCents, qint64 capacity,
                                       int daysAhead = 30);
    Stock stockOf(qint64 performanceId, qint64 ticketTypeId);
    TestClient::Response purchase(TestClient &client, qint64 ticketTypeId, const QJsonValue &qty,
                                  const QJsonObject &payment = seed::sandboxPayment());
    QJsonArray ordersOf(TestClient &client);

    ServerFixture m_fixture{QStringLiteral(MARQUEE_SERVER_BINARY)};
    std::unique_ptr<TestClient> m_admin;
    std::unique_ptr<TestClient> m_clerk;
    std::unique_ptr<TestClient> m_alice;
    std::unique_ptr<TestClient> m_bob;
    int m_showCount = 0;
};

void TestE2eCatalogSales::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    m_admin = m_fixture.loginAs(u"admin"_s);
    QVERIFY(m_admin);
    m_clerk = m_fixture.loginAs(u"clerk"_s);
    QVERIFY(m_clerk);
    m_alice = m_fixture.newCustomer(u"alice"_s);
    QVERIFY(m_alice);
    m_bob = m_fixture.newCustomer(u"bob"_s);
    QVERIFY(m_bob);
}

void TestE2eCatalogSales::cleanup()
{
    if (QTest::currentTestFailed())
        m_fixture.server().printDiagnostics();
}

void TestE2eCatalogSales::cleanupTestCase()
{
    QVERIFY2(m_fixture.server().isRunning(), "the server died during the tests");
    QCOMPARE(m_fixture.server().stop(), 0);
}

std::pair<qint64, qint64> TestE2eCatalogSales::makeShow(const QString &title, qint64 priceCents,
                                                        qint64 capacity, int daysAhead)
{
    const qint64 event = seed::createEvent(*m_admin, title, u"concert"_s, u"A show"_s);
    if (!event)
        return {0, 0};
    const qint64 perf = seed::createPerformance(
        *m_admin, event, seed::daysFromNow(daysAhead, ++m_showCount), u"Main Hall"_s);
    if (!perf)
        return {0, 0};
    return {perf, seed::createTicketType(*m_admin, perf, u"Standard"_s, priceCents, capacity)};
}

void TestE2eCatalogSales::mixedBasketIsOneOrder()
{
    // "2 adults + 1 child": one order, one payment, all or nothing.
    const auto [perf, adult] = makeShow(u"Family Matinee"_s, 4500, 10);
    QVERIFY(perf && adult);
    const qint64 child = seed::createTicketType(*m_admin, perf, u"Child"_s, 2000, 1);
    QVERIFY(child);
    auto basket = [&](TestClient &client, const QJsonArray &items, const QJsonObject &payment) {
        return client.call(u"order.purchase"_s, {{u"items"_s, items}, {u"payment"_s, payment}});
    };
    const QJsonArray family{QJsonObject{{u"ticketTypeId"_s, adult}, {u"quantity"_s, 2}},
                            QJsonObject{{u"ticketTypeId"_s, child}, {u"quantity"_s, 1}}};
    const auto bought = basket(*m_alice, family, seed::sandboxPayment());
    MQ_VERIFY_OK(bought);
    const QJsonObject order = bought.result.value(u"order"_s).toObject();
    QCOMPARE(order.value(u"totalCents"_s).toInteger(), 2 * 4500 + 2000);
    QCOMPARE(order.value(u"items"_s).toArray().size(), 2);
    QCOMPARE(order.value(u"tickets"_s).toArray().size(), 3);
    // The child ticket is gone, so the next family buys nothing at all.
    MQ_VERIFY_ERROR(basket(*m_bob, family, seed::sandboxPayment()), 409, "sold_out");
    QCOMPARE(stockOf(perf, adult).sold, 2);
    QCOMPARE(stockOf(perf, child).sold, 1);
    MQ_VERIFY_FIELD(basket(*m_bob, {}, seed::sandboxPayment()), "items");
    MQ_VERIFY_FIELD(basket(*m_bob, {QJsonObject{{u"ticketTypeId"_s, adult}, {u"quantity"_s, 0}}},
                           seed::sandboxPayment()),
                    "items[0].quantity");
    MQ_VERIFY_ERROR(basket(*m_bob, {QJsonObject{{u"ticketTypeId"_s, adult}, {u"quantity"_s, 1}}},
                           seed::cashPayment()),
                    403, "forbidden");
    // The single form keeps working exactly as before.
    MQ_VERIFY_FIELD(m_bob->call(u"order.purchase"_s, {{u"ticketTypeId"_s, adult},
                                                      {u"payment"_s, seed::sandboxPayment()}}),
                    "quantity");
    MQ_VERIFY_OK(purchase(*m_bob, adult, 1));
}

Stock TestE2eCatalogSales::stockOf(qint64 performanceId, qint64 ticketTypeId)
{
    const auto r =
        m_admin->call(u"catalog.getPerformance"_s, {{u"performanceId"_s, performanceId}});
    if (!r.ok) {
        qWarning("getPerformance %lld: %s", performanceId, qPrintable(r.toString()));
        return {};
    }
    const QJsonArray types =
        r.result.value(u"performance"_s).toObject().value(u"ticketTypes"_s).toArray();
    for (const QJsonValue &v : types) {
        const QJsonObject t = v.toObject();
        if (t.value(u"id"_s).toInteger() == ticketTypeId)
            return {t.value(u"capacity"_s).toInteger(), t.value(u"sold"_s).toInteger(),
                    t.value(u"held"_s).toInteger(), t.value(u"remaining"_s).toInteger()};
    }
    qWarning("ticket type %lld not in performance %lld", ticketTypeId, performanceId);
    return {};
}

TestClient::Response TestE2eCatalogSales::purchase(TestClient &client, qint64 ticketTypeId,
                                                   const QJsonValue &qty,
                                                   const QJsonObject &payment)
{
    QJsonObject params{{u"ticketTypeId"_s, ticketTypeId}, {u"payment"_s, payment}};
    if (!qty.isUndefined())
        params.insert(u"quantity"_s, qty);
    return client.call(u"order.purchase"_s, params);
}

QJsonArray TestE2eCatalogSales::ordersOf(TestClient &client)
{
    const auto r = client.call(u"order.listMine"_s);
    if (!r.ok)
        qWarning("order.listMine: %s", qPrintable(r.toString()));
    return r.result.value(u"orders"_s).toArray();
}

void TestE2eCatalogSales::createdRecordsHaveTheProtocolShape()
{
    const auto ev =
        m_admin->call(u"admin.createEvent"_s, {{u"title"_s, u"Shape Test"_s},
                                               {u"category"_s, u"movie"_s},
                                               {u"description"_s, u"Checks field names"_s}});
    MQ_VERIFY_OK(ev);
    const QJsonObject event = ev.result.value(u"event"_s).toObject();
    const QSet<QString> eventKeys{u"id"_s, u"title"_s, u"category"_s, u"description"_s,
                                  u"performances"_s};
    QVERIFY2(keysOf(event).contains(eventKeys), qPrintable(keyList(keysOf(event))));
    const qint64 eventId = event.value(u"id"_s).toInteger();
    QVERIFY(eventId > 0);
    QCOMPARE(event.value(u"title"_s).toString(), u"Shape Test"_s);
    QCOMPARE(event.value(u"category"_s).toString(), u"movie"_s);
    QCOMPARE(event.value(u"description"_s).toString(), u"Checks field names"_s);
    QVERIFY(event.value(u"performances"_s).isArray());
    QCOMPARE(event.value(u"performances"_s).toArray().size(), 0);

    const QDateTime startsAt = seed::daysFromNow(12, 3);
    const auto pf =
        m_admin->call(u"admin.createPerformance"_s, {{u"eventId"_s, eventId},
                                                     {u"startsAt"_s, seed::wireTime(startsAt)},
                                                     {u"venue"_s, u"Screen 4"_s}});
    MQ_VERIFY_OK(pf);
    const QJsonObject perf = pf.result.value(u"performance"_s).toObject();
    const QSet<QString> perfKeys{u"id"_s,    u"eventId"_s, u"startsAt"_s,
                                 u"venue"_s, u"seating"_s, u"ticketTypes"_s};
    QVERIFY2(keysOf(perf).contains(perfKeys), qPrintable(keyList(keysOf(perf))));
    const qint64 perfId = perf.value(u"id"_s).toInteger();
    QVERIFY(perfId > 0);
    QCOMPARE(perf.value(u"eventId"_s).toInteger(), eventId);
    const QString startsText = perf.value(u"startsAt"_s).toString();
    QVERIFY2(startsText.endsWith(u'Z'), qPrintable(startsText));
    QCOMPARE(mq::parseWireTime(startsText).value_or(QDateTime()), startsAt);
    QCOMPARE(perf.value(u"venue"_s).toString(), u"Screen 4"_s);
    QCOMPARE(perf.value(u"seating"_s).toString(), u"general"_s);
    QCOMPARE(perf.value(u"ticketTypes"_s).toArray().size(), 0);

    const auto tt = m_admin->call(u"admin.createTicketType"_s, {{u"performanceId"_s, perfId},
                                                                {u"name"_s, u"Adult"_s},
                                                                {u"priceCents"_s, 1250},
                                                                {u"capacity"_s, 80}});
    MQ_VERIFY_OK(tt);
    const QJsonObject type = tt.result.value(u"ticketType"_s).toObject();
    const QSet<QString> typeKeys{u"id"_s,       u"performanceId"_s, u"name"_s, u"priceCents"_s,
                                 u"capacity"_s, u"sold"_s,          u"held"_s, u"remaining"_s};
    QVERIFY2(keysOf(type).contains(typeKeys), qPrintable(keyList(keysOf(type))));
    const qint64 typeId = type.value(u"id"_s).toInteger();
    QVERIFY(typeId > 0);
    QCOMPARE(type.value(u"performanceId"_s).toInteger(), perfId);
    QCOMPARE(type.value(u"name"_s).toString(), u"Adult"_s);
    QCOMPARE(type.value(u"priceCents"_s).toInteger(), 1250);
    QCOMPARE(type.value(u"capacity"_s).toInteger(), 80);
    QCOMPARE(type.value(u"sold"_s).toInteger(), 0);
    QCOMPARE(type.value(u"held"_s).toInteger(), 0);
    QCOMPARE(type.value(u"remaining"_s).toInteger(), 80);

    // The catalog shows the same tree to a customer.
    const auto list = m_alice->call(u"catalog.listEvents"_s, {{u"query"_s, u"Shape Test"_s}});
    MQ_VERIFY_OK(list);
    const QJsonArray events = list.result.value(u"events"_s).toArray();
    QCOMPARE(events.size(), 1);
    const QJsonObject listed = events.first().toObject();
    QVERIFY2(keysOf(listed).contains(eventKeys), qPrintable(keyList(keysOf(listed))));
    QCOMPARE(listed.value(u"id"_s).toInteger(), eventId);
    const QJsonArray perfs = listed.value(u"performances"_s).toArray();
    QCOMPARE(perfs.size(), 1);
    QVERIFY2(keysOf(perfs.first().toObject()).contains(perfKeys),
             qPrintable(keyList(keysOf(perfs.first().toObject()))));
    const QJsonArray types = perfs.first().toObject().value(u"ticketTypes"_s).toArray();
    QCOMPARE(types.size(), 1);
    const QJsonObject listedType = types.first().toObject();
    QVERIFY2(keysOf(listedType).contains(typeKeys), qPrintable(keyList(keysOf(listedType))));
    QCOMPARE(listedType.value(u"remaining"_s).toInteger(), 80);
    QCOMPARE(listedType.value(u"priceCents"_s).toInteger(), 1250);
}

void TestE2eCatalogSales::listEventsFilters()
{
    // Far enough ahead that no other test's performances fall in these windows.
    const QDateTime d305 = seed::daysFromNow(305), d310 = seed::daysFromNow(310),
                    d330 = seed::daysFromNow(330), d340 = seed::daysFromNow(340),
                    d360 = seed::daysFromNow(360);
    const qint64 a = seed::createEvent(*m_admin, u"Quokka Nights"_s, u"concert"_s, u"Jazz"_s);
    const qint64 b =
        seed::createEvent(*m_admin, u"Silent Film"_s, u"movie"_s, u"A QUOKKA documentary"_s);
    const qint64 c = seed::createEvent(*m_admin, u"Pottery"_s, u"exhibition"_s, u"Old pots"_s);
    const qint64 d = seed::createEvent(*m_admin, u"Unrelated"_s, u"exhibition"_s, u"Nothing"_s);
    QVERIFY(a && b && c && d);
    // Created out of time order on purpose.
    const qint64 a360 = seed::createPerformance(*m_admin, a, d360, u"Hall B"_s);
    const qint64 a305 = seed::createPerformance(*m_admin, a, d305, u"Hall A"_s);
    const qint64 b330 = seed::createPerformance(*m_admin, b, d330, u"Cinema"_s);
    const qint64 c340 = seed::createPerformance(*m_admin, c, d340, u"The quokka gallery"_s);
    const qint64 d310p = seed::createPerformance(*m_admin, d, d310, u"Elsewhere"_s);
    QVERIFY(a360 && a305 && b330 && c340 && d310p);

    const auto list = [this](const QJsonObject &params) {
        const auto r = m_alice->call(u"catalog.listEvents"_s, params);
        if (!r.ok)
            qWarning("listEvents: %s", qPrintable(r.toString()));
        return r.result.value(u"events"_s).toArray();
    };
    const auto perfIds = [](const QJsonArray &events, qint64 eventId) {
        for (const QJsonValue &v : events) {
            if (v.toObject().value(u"id"_s).toInteger() == eventId)
                return idsOf(v.toObject().value(u"performances"_s).toArray());
        }
        return QList<qint64>();
    };

    // query: case-insensitive, over title, description and venue; ordered by earliest
    // performance; performances by start time.
    QJsonArray events = list({{u"query"_s, u"qUoKkA"_s}});
    QCOMPARE(idsOf(events), (QList<qint64>{a, b, c}));
    QCOMPARE(perfIds(events, a), (QList<qint64>{a305, a360}));

    // category
    events = list({{u"query"_s, u"quokka"_s}, {u"category"_s, u"movie"_s}});
    QCOMPARE(idsOf(events), QList<qint64>{b});
    events = list({{u"category"_s, u"exhibition"_s}});
    QVERIFY(idsOf(events).contains(c) && idsOf(events).contains(d));
    for (const QJsonValue &v : events)
        QCOMPARE(v.toObject().value(u"category"_s).toString(), u"exhibition"_s);

    // from/to are inclusive and keep only the performances in range.
    events = list({{u"from"_s, seed::wireTime(d310)}, {u"to"_s, seed::wireTime(d340)}});
    QCOMPARE(idsOf(events), (QList<qint64>{d, b, c}));
    QCOMPARE(perfIds(events, d), QList<qint64>{d310p});
    QCOMPARE(perfIds(events, c), QList<qint64>{c340});

    // With from, A's earliest listed performance is its later one, so it moves to the end.
    events = list({{u"query"_s, u"quokka"_s}, {u"from"_s, seed::wireTime(d310)}});
    QCOMPARE(idsOf(events), (QList<qint64>{b, c, a}));
    QCOMPARE(perfIds(events, a), QList<qint64>{a360});

    events = list({{u"query"_s, u"quokka"_s}, {u"to"_s, seed::wireTime(d305)}});
    QCOMPARE(idsOf(events), QList<qint64>{a});
    QCOMPARE(perfIds(events, a), QList<qint64>{a305});

    // A time with an offset means the same instant.
    const QString d305Plus8 = d305.toOffsetFromUtc(8 * 3600).toString(Qt::ISODate);
    QVERIFY(d305Plus8.endsWith(u"+08:00"_s));
    events = list({{u"query"_s, u"quokka"_s}, {u"from"_s, d305Plus8}, {u"to"_s, d305Plus8}});
    QCOMPARE(idsOf(events), QList<qint64>{a});

    // Nothing matches.
    QCOMPARE(list({{u"query"_s, u"no-such-quokka-xyz"_s}}).size(), 0);
}

void TestE2eCatalogSales::listEventsInPages()
{
    for (int i = 0; i < 7; ++i) {
        const qint64 event = seed::createEvent(*m_admin, u"Paged Night %1"_s.arg(i));
        QVERIFY(event);
        QVERIFY(seed::createPerformance(*m_admin, event, seed::daysFromNow(60 + (i * 3) % 7)));
    }
    const auto whole = m_alice->call(u"catalog.listEvents"_s, {{u"query"_s, u"Paged Night"_s}});
    MQ_VERIFY_OK(whole);
    const QJsonArray all = whole.result.value(u"events"_s).toArray();
    QCOMPARE(all.size(), 7);
    QVERIFY(!whole.result.contains(u"nextCursor"_s)); // one page holds today's catalog
    // Pages of three follow the same order, without gaps or repeats, and the last has no cursor.
    QJsonArray paged;
    QString cursor;
    int pages = 0;
    do {
        QJsonObject params{{u"query"_s, u"Paged Night"_s}, {u"limit"_s, 3}};
        if (!cursor.isEmpty())
            params.insert(u"cursor"_s, cursor);
        const auto page = m_alice->call(u"catalog.listEvents"_s, params);
        MQ_VERIFY_OK(page);
        const QJsonArray events = page.result.value(u"events"_s).toArray();
        QVERIFY(events.size() <= 3);
        for (const QJsonValue &e : events)
            paged.append(e);
        cursor = page.result.value(u"nextCursor"_s).toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 10);
    QCOMPARE(pages, 3);
    QCOMPARE(paged.size(), all.size());
    for (qsizetype i = 0; i < all.size(); ++i)
        QCOMPARE(paged.at(i).toObject().value(u"id"_s), all.at(i).toObject().value(u"id"_s));
    MQ_VERIFY_FIELD(m_alice->call(u"catalog.listEvents"_s, {{u"limit"_s, 0}}), "limit");
    MQ_VERIFY_FIELD(m_alice->call(u"catalog.listEvents"_s, {{u"limit"_s, 501}}), "limit");
    MQ_VERIFY_FIELD(m_alice->call(u"catalog.listEvents"_s, {{u"cursor"_s, u"not a cursor!"_s}}), "cursor");
    MQ_VERIFY_FIELD(m_alice->call(u"catalog.listEvents"_s, {{u"cursor"_s, u"eDox"_s}}), "cursor");
}

void TestE2eCatalogSales::listEventsValidation()
{
    MQ_VERIFY_FIELD(m_alice->call(u"catalog.listEvents"_s, {{u"from"_s, u"next tuesday"_s}}),
                    "from");
    MQ_VERIFY_FIELD(m_alice->call(u"catalog.listEvents"_s, {{u"to"_s, u"2026-02-30T00:00:00Z"_s}}),
                    "to");
    MQ_VERIFY_FIELD(m_alice->call(u"catalog.listEvents"_s, {{u"category"_s, u"opera"_s}}),
                    "category");
    MQ_VERIFY_FIELD(m_alice->call(u"catalog.listEvents"_s, {{u"query"_s, 7}}), "query");
}

void TestE2eCatalogSales::getPerformance()
{
    const auto [perf, type] = makeShow(u"Get Performance Show"_s, 999, 7);
    QVERIFY(perf && type);
    const auto r = m_bob->call(u"catalog.getPerformance"_s, {{u"performanceId"_s, perf}});
    MQ_VERIFY_OK(r);
    const QJsonObject p = r.result.value(u"performance"_s).toObject();
    QCOMPARE(p.value(u"id"_s).toInteger(), perf);
    QCOMPARE(p.value(u"seating"_s).toString(), u"general"_s);
    QCOMPARE(p.value(u"venue"_s).toString(), u"Main Hall"_s);
    const QJsonArray types = p.value(u"ticketTypes"_s).toArray();
    QCOMPARE(types.size(), 1);
    QCOMPARE(types.first().toObject().value(u"id"_s).toInteger(), type);
    QCOMPARE(types.first().toObject().value(u"remaining"_s).toInteger(), 7);

    MQ_VERIFY_ERROR(m_bob->call(u"catalog.getPerformance"_s, {{u"performanceId"_s, 987654321}}),
                    404, "not_found");
    MQ_VERIFY_FIELD(m_bob->call(u"catalog.getPerformance"_s, {}), "performanceId");
    MQ_VERIFY_FIELD(
        m_bob->call(u"catalog.getPerformance"_s, {{u"performanceId"_s, QString::number(perf)}}),
        "performanceId");
}

void TestE2eCatalogSales::cachedCatalogFollowsEveryChange()
{
    // Catalog reads come from a cache; every committed change must show in the next read.
    const auto [perf, type] = makeShow(u"Cache Show"_s, 1500, 9);
    QVERIFY(perf && type);
    const auto remainingNow = [&](TestClient &client) -> qint64 {
        const auto r = client.call(u"catalog.getPerformance"_s, {{u"performanceId"_s, perf}});
        return r.result.value(u"performance"_s).toObject().value(u"ticketTypes"_s).toArray()
            .first().toObject().value(u"remaining"_s).toInteger(-1);
    };
    const auto listed = [&](const QString &query) {
        const auto r = m_bob->call(u"catalog.listEvents"_s, {{u"query"_s, query}});
        return r.result.value(u"events"_s).toArray();
    };
    QCOMPARE(remainingNow(*m_bob), 9);
    QCOMPARE(remainingNow(*m_alice), 9); // the same answer, from the cache
    QCOMPARE(listed(u"Cache Show"_s).size(), 1);
    for (int i = 1; i <= 3; ++i) {
        MQ_VERIFY_OK(purchase(*m_alice, type, 1));
        QCOMPARE(remainingNow(*m_bob), 9 - i);
        const QJsonArray events = listed(u"Cache Show"_s);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().toObject().value(u"performances"_s).toArray().first().toObject()
                     .value(u"ticketTypes"_s).toArray().first().toObject().value(u"remaining"_s).toInteger(),
                 9 - i);
    }
    // Catalog edits: the renamed event is found by its new name at once, not by the old.
    const qint64 eventId = listed(u"Cache Show"_s).first().toObject().value(u"id"_s).toInteger();
    MQ_VERIFY_OK(m_admin->call(u"admin.updateEvent"_s, {{u"id"_s, eventId},
                                                        {u"title"_s, u"Cache Show Renamed"_s},
                                                        {u"category"_s, u"concert"_s},
                                                        {u"description"_s, u"A show"_s}}));
    QCOMPARE(listed(u"Cache Show Renamed"_s).size(), 1);
    MQ_VERIFY_OK(m_admin->call(u"admin.updateTicketType"_s, {{u"id"_s, type}, {u"capacity"_s, 20}}));
    QCOMPARE(remainingNow(*m_bob), 17);
    // A cancellation gives the ticket back in the next read.
    const QJsonArray mine = ordersOf(*m_alice);
    MQ_VERIFY_OK(m_alice->call(u"order.cancel"_s, {{u"orderId"_s, mine.first().toObject().value(u"id"_s)}}));
    QCOMPARE(remainingNow(*m_bob), 18);
}

// A performance in Asia/Kolkata: the catalog, a purchase, a general-admission hold checked out
// and the buyer's order list all carry its zone, and the start stays the same UTC instant.
void TestE2eCatalogSales::venueTimeZoneTravelsWithTheOrder()
{
    const qint64 event = seed::createEvent(*m_admin, u"Kolkata Ragas"_s);
    QVERIFY(event);
    const QDateTime startsAt = seed::daysFromNow(40);
    const auto created = m_admin->call(u"admin.createPerformance"_s,
                                       {{u"eventId"_s, event}, {u"startsAt"_s, seed::wireTime(startsAt)},
                                        {u"venue"_s, u"Rabindra Sadan"_s}, {u"timeZone"_s, u"Asia/Kolkata"_s}});
    MQ_VERIFY_OK(created);
    const qint64 perf = created.result.value(u"performance"_s).toObject().value(u"id"_s).toInteger();
    QCOMPARE(created.result.value(u"performance"_s).toObject().value(u"timeZone"_s).toString(), u"Asia/Kolkata"_s);
    const qint64 type = seed::createTicketType(*m_admin, perf, u"Floor"_s, 3000, 10);
    QVERIFY(type);
    const auto shown = m_alice->call(u"catalog.getPerformance"_s, {{u"performanceId"_s, perf}});
    MQ_VERIFY_OK(shown);
    QCOMPARE(shown.result.value(u"performance"_s).toObject().value(u"timeZone"_s).toString(), u"Asia/Kolkata"_s);
    QCOMPARE(shown.result.value(u"performance"_s).toObject().value(u"startsAt"_s).toString(), seed::wireTime(startsAt));

    const auto bought = purchase(*m_alice, type, 1);
    MQ_VERIFY_OK(bought);
    const QJsonObject item = bought.result.value(u"order"_s).toObject().value(u"items"_s).toArray().first().toObject();
    QCOMPARE(item.value(u"timeZone"_s).toString(), u"Asia/Kolkata"_s);
    QCOMPARE(item.value(u"startsAt"_s).toString(), seed::wireTime(startsAt));

    const auto hold = m_alice->call(u"hold.create"_s, {{u"ticketTypeId"_s, type}, {u"quantity"_s, 2}});
    MQ_VERIFY_OK(hold);
    const auto checkedOut = m_alice->call(
        u"order.checkout"_s, {{u"holdId"_s, hold.result.value(u"hold"_s).toObject().value(u"id"_s).toInteger()},
                              {u"payment"_s, seed::sandboxPayment()}});
    MQ_VERIFY_OK(checkedOut);
    QCOMPARE(checkedOut.result.value(u"order"_s).toObject().value(u"items"_s).toArray().first().toObject()
                 .value(u"timeZone"_s).toString(),
             u"Asia/Kolkata"_s);

    int seen = 0;
    for (const QJsonValue &o : ordersOf(*m_alice)) {
        for (const QJsonValue &i : o.toObject().value(u"items"_s).toArray()) {
            if (i.toObject().value(u"ticketTypeId"_s).toInteger() == type) {
                QCOMPARE(i.toObject().value(u"timeZone"_s).toString(), u"Asia/Kolkata"_s);
                ++seen;
            }
        }
    }
    QCOMPARE(seen, 2);
}

void TestE2eCatalogSales::purchaseRecordsOrder()
{
    const auto [perf, type] = makeShow(u"Purchase Show"_s, 2500, 10);
    QVERIFY(perf && type);
    const auto r = purchase(*m_alice, type, 3);
    MQ_VERIFY_OK(r);
    const QJsonObject order = r.result.value(u"order"_s).toObject();
    QVERIFY(order.value(u"id"_s).toInteger() > 0);
    QVERIFY(!order.value(u"code"_s).toString().isEmpty());
    QCOMPARE(order.value(u"userId"_s).toInteger(), m_alice->userId());
    QCOMPARE(order.value(u"status"_s).toString(), u"paid"_s);
    QCOMPARE(order.value(u"totalCents"_s).toInteger(), 7500);
    const QString createdAt = order.value(u"createdAt"_s).toString();
    QVERIFY2(createdAt.endsWith(u'Z') && mq::parseWireTime(createdAt), qPrintable(createdAt));
    QVERIFY(qAbs(mq::parseWireTime(createdAt)->secsTo(QDateTime::currentDateTimeUtc())) < 300);

    const QJsonArray items = order.value(u"items"_s).toArray();
    QCOMPARE(items.size(), 1);
    const QJsonObject item = items.first().toObject();
    QCOMPARE(item.value(u"ticketTypeId"_s).toInteger(), type);
    QCOMPARE(item.value(u"quantity"_s).toInteger(), 3);
    QCOMPARE(item.value(u"unitPriceCents"_s).toInteger(), 2500);

    const QJsonArray tickets = order.value(u"tickets"_s).toArray();
    QCOMPARE(tickets.size(), 3);
    QSet<QString> codes;
    QSet<qint64> ticketIds;
    for (const QJsonValue &v : tickets) {
        const QJsonObject t = v.toObject();
        QVERIFY(t.value(u"id"_s).toInteger() > 0);
        QCOMPARE(t.value(u"ticketTypeId"_s).toInteger(), type);
        QCOMPARE(t.value(u"status"_s).toString(), u"valid"_s);
        const QString code = t.value(u"code"_s).toString();
        // 64 random bits need at least 11 characters even in base64.
        QString letters = code;
        letters.remove(u'-');
        QVERIFY2(letters.size() >= 11, qPrintable(u"ticket code too short: "_s + code));
        codes.insert(code);
        ticketIds.insert(t.value(u"id"_s).toInteger());
    }
    QCOMPARE(codes.size(), 3);
    QCOMPARE(ticketIds.size(), 3);

    Stock s = stockOf(perf, type);
    QCOMPARE(s.capacity, 10);
    QCOMPARE(s.sold, 3);
    QCOMPARE(s.held, 0);
    QCOMPARE(s.remaining, 7);

    // A second order gets new codes.
    const auto second = purchase(*m_alice, type, 2);
    MQ_VERIFY_OK(second);
    const QJsonObject order2 = second.result.value(u"order"_s).toObject();
    QCOMPARE(order2.value(u"totalCents"_s).toInteger(), 5000);
    QVERIFY(order2.value(u"code"_s).toString() != order.value(u"code"_s).toString());
    for (const QJsonValue &v : order2.value(u"tickets"_s).toArray())
        codes.insert(v.toObject().value(u"code"_s).toString());
    QCOMPARE(codes.size(), 5);
    s = stockOf(perf, type);
    QCOMPARE(s.sold, 5);
    QCOMPARE(s.remaining, 5);
}

void TestE2eCatalogSales::purchaseAcceptsTwentyTickets()
{
    const auto [perf, type] = makeShow(u"Twenty Show"_s, 101, 25);
    QVERIFY(perf && type);
    const auto r = purchase(*m_bob, type, 20);
    MQ_VERIFY_OK(r);
    const QJsonObject order = r.result.value(u"order"_s).toObject();
    QCOMPARE(order.value(u"totalCents"_s).toInteger(), 2020);
    QCOMPARE(order.value(u"tickets"_s).toArray().size(), 20);
    QCOMPARE(stockOf(perf, type).remaining, 5);
}

void TestE2eCatalogSales::purchaseValidatesQuantity_data()
{
    QTest::addColumn<QJsonValue>("quantity");
    QTest::newRow("0") << QJsonValue(0);
    QTest::newRow("21") << QJsonValue(21);
    QTest::newRow("-1") << QJsonValue(-1);
    QTest::newRow("string \"2\"") << QJsonValue(u"2"_s);
    QTest::newRow("2.5") << QJsonValue(2.5);
    QTest::newRow("1e300") << QJsonValue(1e300);
    QTest::newRow("null") << QJsonValue(QJsonValue::Null);
    QTest::newRow("true") << QJsonValue(true);
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined);
}

void TestE2eCatalogSales::purchaseValidatesQuantity()
{
    QFETCH(QJsonValue, quantity);
    static qint64 perf = 0, type = 0;
    if (!type)
        std::tie(perf, type) = makeShow(u"Quantity Show"_s, 100, 100);
    QVERIFY(perf && type);
    MQ_VERIFY_FIELD(purchase(*m_alice, type, quantity), "quantity");
    QCOMPARE(stockOf(perf, type).sold, 0);
}

void TestE2eCatalogSales::purchaseValidatesTicketTypeAndPayment()
{
    const auto [perf, type] = makeShow(u"Validation Show"_s, 100, 10);
    QVERIFY(perf && type);
    MQ_VERIFY_ERROR(purchase(*m_alice, 987654321, 1), 404, "not_found");
    MQ_VERIFY_FIELD(m_alice->call(u"order.purchase"_s,
                                  {{u"quantity"_s, 1}, {u"payment"_s, seed::sandboxPayment()}}),
                    "ticketTypeId");
    MQ_VERIFY_FIELD(m_alice->call(u"order.purchase"_s, {{u"ticketTypeId"_s, u"1"_s},
                                                        {u"quantity"_s, 1},
                                                        {u"payment"_s, seed::sandboxPayment()}}),
                    "ticketTypeId");
    const auto noPayment =
        m_alice->call(u"order.purchase"_s, {{u"ticketTypeId"_s, type}, {u"quantity"_s, 1}});
    QVERIFY2(!noPayment.ok && noPayment.error.code == 422 &&
                 noPayment.error.data.value(u"field"_s).toString().startsWith(u"payment"_s),
             qPrintable(noPayment.toString()));
    const auto badProvider = purchase(*m_alice, type, 1, {{u"provider"_s, u"bitcoin"_s}});
    QVERIFY2(!badProvider.ok && badProvider.error.code == 422 &&
                 badProvider.error.data.value(u"field"_s).toString().startsWith(u"payment"_s),
             qPrintable(badProvider.toString()));
    QCOMPARE(stockOf(perf, type).sold, 0);
}

void TestE2eCatalogSales::soldOutRecordsNothing()
{
    const auto [perf, type] = makeShow(u"Sold Out Show"_s, 4200, 2);
    QVERIFY(perf && type);
    MQ_VERIFY_OK(purchase(*m_alice, type, 1));
    const qsizetype bobOrders = ordersOf(*m_bob).size();

    const auto tooMany = purchase(*m_bob, type, 2);
    MQ_VERIFY_ERROR(tooMany, 409, "sold_out");
    QCOMPARE(tooMany.error.data.value(u"remaining"_s).toInteger(-1), 1);
    // Business rules come before payment: a declined card still hears "sold out".
    const auto tooManyDeclined = purchase(*m_bob, type, 2, seed::sandboxPayment(u"tok_declined"_s));
    MQ_VERIFY_ERROR(tooManyDeclined, 409, "sold_out");
    QCOMPARE(ordersOf(*m_bob).size(), bobOrders);
    Stock s = stockOf(perf, type);
    QCOMPARE(s.sold, 1);
    QCOMPARE(s.remaining, 1);

    MQ_VERIFY_OK(purchase(*m_bob, type, 1));
    const auto none = purchase(*m_alice, type, 1);
    MQ_VERIFY_ERROR(none, 409, "sold_out");
    QCOMPARE(none.error.data.value(u"remaining"_s).toInteger(-1), 0);
    s = stockOf(perf, type);
    QCOMPARE(s.sold, 2);
    QCOMPARE(s.remaining, 0);
}

void TestE2eCatalogSales::declinedPaymentSellsNothing()
{
    const auto [perf, type] = makeShow(u"Declined Show"_s, 1500, 10);
    QVERIFY(perf && type);
    const qsizetype before = ordersOf(*m_alice).size();
    MQ_VERIFY_ERROR(purchase(*m_alice, type, 2, seed::sandboxPayment(u"tok_declined"_s)), 402,
                    "payment_declined");
    MQ_VERIFY_ERROR(purchase(*m_alice, type, 2, seed::sandboxPayment(u"tok_whatever"_s)), 402,
                    "payment_declined");
    QCOMPARE(ordersOf(*m_alice).size(), before);
    const Stock s = stockOf(perf, type);
    QCOMPARE(s.sold, 0);
    QCOMPARE(s.held, 0);
    QCOMPARE(s.remaining, 10);
}

void TestE2eCatalogSales::cashIsForStaffOnly()
{
    const auto [perf, type] = makeShow(u"Cash Show"_s, 3000, 10);
    QVERIFY(perf && type);
    MQ_VERIFY_ERROR(purchase(*m_alice, type, 1, seed::cashPayment()), 403, "forbidden");
    QCOMPARE(stockOf(perf, type).sold, 0);

    const auto r = purchase(*m_clerk, type, 2, seed::cashPayment());
    MQ_VERIFY_OK(r);
    const QJsonObject order = r.result.value(u"order"_s).toObject();
    QCOMPARE(order.value(u"totalCents"_s).toInteger(), 6000);
    QCOMPARE(order.value(u"status"_s).toString(), u"paid"_s);
    QCOMPARE(order.value(u"tickets"_s).toArray().size(), 2);
    if (order.contains(u"paymentProvider"_s))
        QCOMPARE(order.value(u"paymentProvider"_s).toString(), u"cash"_s);
    QCOMPARE(stockOf(perf, type).sold, 2);
}

void TestE2eCatalogSales::salesClosedForPastPerformance()
{
    const qint64 event = seed::createEvent(*m_admin, u"Soon Show"_s);
    QVERIFY(event);
    // A start in the past is refused, so the show starts in five minutes and the server's
    // clock then moves six minutes on.
    const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-3600);
    MQ_VERIFY_ERROR(m_admin->call(u"admin.createPerformance"_s,
                                  {{u"eventId"_s, event}, {u"startsAt"_s, seed::wireTime(past)},
                                   {u"venue"_s, u"Main Hall"_s}}),
                    422, "validation");
    const qint64 perf = seed::createPerformance(
        *m_admin, event, QDateTime::currentDateTimeUtc().addSecs(300), u"Main Hall"_s);
    QVERIFY(perf);
    const qint64 type = seed::createTicketType(*m_admin, perf, u"Late"_s, 500, 10);
    QVERIFY(type);
    QVERIFY(m_fixture.setClockOffset(360 * 1000));
    const auto resetClock = qScopeGuard([this] { m_fixture.setClockOffset(0); });
    MQ_VERIFY_ERROR(purchase(*m_alice, type, 1), 409, "sales_closed");
    MQ_VERIFY_ERROR(purchase(*m_clerk, type, 1, seed::cashPayment()), 409, "sales_closed");
    // Closed sales come before payment: nothing is charged, even on a bad token.
    MQ_VERIFY_ERROR(purchase(*m_alice, type, 1, seed::sandboxPayment(u"tok_declined"_s)), 409,
                    "sales_closed");
    QCOMPARE(stockOf(perf, type).sold, 0);
}

void TestE2eCatalogSales::listMineNewestFirstOwnOnly()
{
    auto carol = m_fixture.newCustomer(u"carol"_s);
    QVERIFY(carol);
    const auto [perf, type] = makeShow(u"History Show"_s, 700, 50);
    QVERIFY(perf && type);
    QList<qint64> placed;
    for (int qty = 1; qty <= 3; ++qty) {
        const auto r = purchase(*carol, type, qty);
        MQ_VERIFY_OK(r);
        placed.prepend(r.result.value(u"order"_s).toObject().value(u"id"_s).toInteger());
    }
    MQ_VERIFY_OK(purchase(*m_bob, type, 1));

    const QJsonArray orders = ordersOf(*carol);
    QCOMPARE(idsOf(orders), placed);
    QDateTime previous;
    int expectedQty = 3;
    for (const QJsonValue &v : orders) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.value(u"userId"_s).toInteger(), carol->userId());
        const QDateTime created =
            mq::parseWireTime(o.value(u"createdAt"_s).toString()).value_or(QDateTime());
        QVERIFY(created.isValid());
        if (previous.isValid())
            QVERIFY(created <= previous);
        previous = created;
        const QJsonObject item = o.value(u"items"_s).toArray().first().toObject();
        QCOMPARE(item.value(u"quantity"_s).toInteger(), expectedQty);
        QCOMPARE(o.value(u"totalCents"_s).toInteger(), 700 * expectedQty);
        QCOMPARE(o.value(u"tickets"_s).toArray().size(), expectedQty);
        --expectedQty;
    }
    // Bob's orders never show up for carol, and carol's never for bob.
    for (const QJsonValue &v : ordersOf(*m_bob))
        QCOMPARE(v.toObject().value(u"userId"_s).toInteger(), m_bob->userId());
}

void TestE2eCatalogSales::cancelRefundsAndRestocks()
{
    const auto [perf, type] = makeShow(u"Cancel Show"_s, 1100, 10);
    QVERIFY(perf && type);
    const auto bought = purchase(*m_alice, type, 4);
    MQ_VERIFY_OK(bought);
    const qint64 orderId = bought.result.value(u"order"_s).toObject().value(u"id"_s).toInteger();
    QCOMPARE(stockOf(perf, type).remaining, 6);

    // Someone else's order does not exist for bob.
    MQ_VERIFY_ERROR(m_bob->call(u"order.cancel"_s, {{u"orderId"_s, orderId}}), 404, "not_found");
    MQ_VERIFY_ERROR(m_alice->call(u"order.cancel"_s, {{u"orderId"_s, 987654321}}), 404,
                    "not_found");
    MQ_VERIFY_FIELD(m_alice->call(u"order.cancel"_s, {}), "orderId");
    QCOMPARE(stockOf(perf, type).remaining, 6);

    const auto cancelled = m_alice->call(u"order.cancel"_s, {{u"orderId"_s, orderId}});
    MQ_VERIFY_OK(cancelled);
    const QJsonObject order = cancelled.result.value(u"order"_s).toObject();
    QCOMPARE(order.value(u"id"_s).toInteger(), orderId);
    QCOMPARE(order.value(u"status"_s).toString(), u"refunded"_s);
    QCOMPARE(order.value(u"tickets"_s).toArray().size(), 4);
    for (const QJsonValue &v : order.value(u"tickets"_s).toArray())
        QCOMPARE(v.toObject().value(u"status"_s).toString(), u"cancelled"_s);
    const Stock s = stockOf(perf, type);
    QCOMPARE(s.sold, 0);
    QCOMPARE(s.remaining, 10);

    MQ_VERIFY_ERROR(m_alice->call(u"order.cancel"_s, {{u"orderId"_s, orderId}}), 409,
                    "already_cancelled");
    bool found = false;
    for (const QJsonValue &v : ordersOf(*m_alice)) {
        if (v.toObject().value(u"id"_s).toInteger() == orderId) {
            found = true;
            QCOMPARE(v.toObject().value(u"status"_s).toString(), u"refunded"_s);
        }
    }
    QVERIFY(found);
    // The stock that came back can be sold again.
    MQ_VERIFY_OK(purchase(*m_bob, type, 10));
}

void TestE2eCatalogSales::clerkCancelsAnyOrder()
{
    const auto [perf, type] = makeShow(u"Clerk Cancel Show"_s, 800, 5);
    QVERIFY(perf && type);
    const auto bought = purchase(*m_bob, type, 2);
    MQ_VERIFY_OK(bought);
    const qint64 orderId = bought.result.value(u"order"_s).toObject().value(u"id"_s).toInteger();
    const auto r = m_clerk->call(u"order.cancel"_s, {{u"orderId"_s, orderId}});
    MQ_VERIFY_OK(r);
    QCOMPARE(r.result.value(u"order"_s).toObject().value(u"status"_s).toString(), u"refunded"_s);
    QCOMPARE(r.result.value(u"order"_s).toObject().value(u"userId"_s).toInteger(), m_bob->userId());
    QCOMPARE(stockOf(perf, type).remaining, 5);
    MQ_VERIFY_ERROR(m_bob->call(u"order.cancel"_s, {{u"orderId"_s, orderId}}), 409,
                    "already_cancelled");
}

void TestE2eCatalogSales::cancelAfterStartIsRefused()
{
    const auto [perf, type] = makeShow(u"Started Show"_s, 900, 5);
    QVERIFY(perf && type);
    const auto bought = purchase(*m_alice, type, 1);
    MQ_VERIFY_OK(bought);
    const qint64 orderId = bought.result.value(u"order"_s).toObject().value(u"id"_s).toInteger();
    // The show cannot be moved into the past (422); it is moved to five minutes from now and
    // the server's clock six minutes on: it has started.
    MQ_VERIFY_FIELD(m_admin->call(u"admin.updatePerformance"_s,
                                  {{u"id"_s, perf},
                                   {u"startsAt"_s, seed::wireTime(seed::daysFromNow(0, -1))}}),
                    "startsAt");
    MQ_VERIFY_OK(m_admin->call(
        u"admin.updatePerformance"_s,
        {{u"id"_s, perf},
         {u"startsAt"_s, seed::wireTime(QDateTime::currentDateTimeUtc().addSecs(300))}}));
    QVERIFY(m_fixture.setClockOffset(360 * 1000));
    const auto resetClock = qScopeGuard([this] { m_fixture.setClockOffset(0); });
    MQ_VERIFY_ERROR(m_alice->call(u"order.cancel"_s, {{u"orderId"_s, orderId}}), 409,
                    "performance_started");
    MQ_VERIFY_ERROR(m_clerk->call(u"order.cancel"_s, {{u"orderId"_s, orderId}}), 409,
                    "performance_started");
    MQ_VERIFY_ERROR(purchase(*m_alice, type, 1), 409, "sales_closed");
    QCOMPARE(stockOf(perf, type).sold, 1);
}

void TestE2eCatalogSales::inventoryPushes()
{
    qint64 perf = 0, type = 0, otherPerf = 0, otherType = 0;
    std::tie(perf, type) = makeShow(u"Push Show"_s, 1000, 50);
    QVERIFY(perf && type);
    std::tie(otherPerf, otherType) = makeShow(u"Other Push Show"_s, 1000, 50);
    QVERIFY(otherPerf && otherType);
    auto watcher = m_fixture.loginAs(u"bob"_s);
    QVERIFY(watcher);
    auto bystander = m_fixture.loginAs(u"clerk"_s);
    QVERIFY(bystander);

    MQ_VERIFY_ERROR(watcher->call(u"catalog.subscribe"_s, {{u"performanceId"_s, 987654321}}), 404,
                    "not_found");
    MQ_VERIFY_FIELD(watcher->call(u"catalog.subscribe"_s, {}), "performanceId");
    // A sale made before subscribing (its push went to nobody) is in the subscription's answer.
    const auto [earlierPerf, earlierType] = makeShow(u"Earlier Push Show"_s, 1000, 50);
    QVERIFY(earlierPerf && earlierType);
    MQ_VERIFY_OK(purchase(*m_alice, earlierType, 3));
    const auto sub = watcher->call(u"catalog.subscribe"_s, {{u"performanceId"_s, earlierPerf}});
    MQ_VERIFY_OK(sub);
    const QJsonArray snapshot = sub.result.value(u"ticketTypes"_s).toArray();
    QCOMPARE(snapshot.size(), 1);
    QCOMPARE(snapshot.at(0).toObject().value(u"id"_s).toInteger(), earlierType);
    QCOMPARE(snapshot.at(0).toObject().value(u"remaining"_s).toInteger(), 47);
    QCOMPARE(snapshot.at(0).toObject().value(u"sold"_s).toInteger(), 3);
    QVERIFY(snapshot.at(0).toObject().value(u"version"_s).toInteger() > 0);
    MQ_VERIFY_OK(watcher->call(u"catalog.unsubscribe"_s, {{u"performanceId"_s, earlierPerf}}));
    MQ_VERIFY_OK(watcher->call(u"catalog.subscribe"_s, {{u"performanceId"_s, perf}}));
    MQ_VERIFY_OK(bystander->call(u"catalog.subscribe"_s, {{u"performanceId"_s, otherPerf}}));

    const auto expectPush = [&](qint64 remaining, qint64 sold, qint64 capacity, qint64 held = 0) {
        QJsonObject params;
        if (!watcher->waitForPush(u"inventory.changed"_s, &params, 5000)) {
            qWarning("no inventory.changed push within 5 s");
            return false;
        }
        if (params.value(u"performanceId"_s).toInteger() != perf) {
            qWarning("push for performance %lld, expected %lld",
                     params.value(u"performanceId"_s).toInteger(), perf);
            return false;
        }
        for (const QJsonValue &v : params.value(u"ticketTypes"_s).toArray()) {
            const QJsonObject t = v.toObject();
            if (t.value(u"id"_s).toInteger() != type)
                continue;
            const bool ok = t.value(u"remaining"_s).toInteger() == remaining &&
                            t.value(u"sold"_s).toInteger(sold) == sold &&
                            t.value(u"capacity"_s).toInteger(capacity) == capacity &&
                            t.value(u"held"_s).toInteger(0) == held;
            if (!ok)
                qWarning(
                    "push numbers %s, expected remaining %lld sold %lld capacity %lld",
                    qPrintable(QString::fromUtf8(QJsonDocument(t).toJson(QJsonDocument::Compact))),
                    remaining, sold, capacity);
            return ok;
        }
        qWarning("push without ticket type %lld", type);
        return false;
    };

    const auto bought = purchase(*m_alice, type, 2);
    MQ_VERIFY_OK(bought);
    // Reserved while it is paid for, then sold.
    QVERIFY(expectPush(48, 0, 50, 2));
    QVERIFY(expectPush(48, 2, 50));
    // Only subscribers hear about it: not the buyer, not a subscriber of another performance.
    QVERIFY(!m_alice->waitForPush(u"inventory.changed"_s, nullptr, 300));
    QVERIFY(!bystander->waitForPush(u"inventory.changed"_s, nullptr, 100));

    const qint64 orderId = bought.result.value(u"order"_s).toObject().value(u"id"_s).toInteger();
    MQ_VERIFY_OK(m_alice->call(u"order.cancel"_s, {{u"orderId"_s, orderId}}));
    QVERIFY(expectPush(50, 0, 50));

    // A capacity change is a change of its numbers too.
    MQ_VERIFY_OK(
        m_admin->call(u"admin.updateTicketType"_s, {{u"id"_s, type}, {u"capacity"_s, 60}}));
    QVERIFY(expectPush(60, 0, 60));

    // A push arriving while a call waits is not lost.
    MQ_VERIFY_OK(purchase(*m_alice, type, 1));
    MQ_VERIFY_OK(watcher->call(u"catalog.listEvents"_s, {{u"query"_s, u"Push Show"_s}}));
    QVERIFY(expectPush(59, 0, 60, 1));
    QVERIFY(expectPush(59, 1, 60));

    // A subscriber that logs out hears nothing more.
    auto leaver = m_fixture.loginAs(u"bob"_s);
    QVERIFY(leaver);
    MQ_VERIFY_OK(leaver->call(u"catalog.subscribe"_s, {{u"performanceId"_s, perf}}));
    MQ_VERIFY_OK(leaver->call(u"auth.logout"_s));
    MQ_VERIFY_OK(purchase(*m_alice, type, 1));
    QVERIFY(expectPush(58, 1, 60, 1));
    QVERIFY(expectPush(58, 2, 60));
    QVERIFY2(!leaver->waitForPush(u"inventory.changed"_s, nullptr, 300),
             "push to a logged-out connection");

    const auto unsub = watcher->call(u"catalog.unsubscribe"_s, {{u"performanceId"_s, perf}});
    MQ_VERIFY_OK(unsub);
    MQ_VERIFY_OK(purchase(*m_alice, type, 1));
    QVERIFY2(!watcher->waitForPush(u"inventory.changed"_s, nullptr, 700),
             "push after catalog.unsubscribe");
    QCOMPARE(stockOf(perf, type).remaining, 57);
}

void TestE2eCatalogSales::subscriptionsFollowTheOrderSent()
{
    // A client that unsubscribes and subscribes again at once (two views of one performance)
    // stays subscribed, whatever order the server's workers answer the two in.
    const auto [perf, type] = makeShow(u"Resubscribe Show"_s, 1000, 100);
    QVERIFY(perf && type);
    auto watcher = m_fixture.loginAs(u"clerk"_s);
    QVERIFY(watcher);
    MQ_VERIFY_OK(watcher->call(u"catalog.subscribe"_s, {{u"performanceId"_s, perf}}));
    for (int round = 0; round < 5; ++round) {
        const QJsonValue off = watcher->send(u"catalog.unsubscribe"_s, {{u"performanceId"_s, perf}});
        const QJsonValue on = watcher->send(u"catalog.subscribe"_s, {{u"performanceId"_s, perf}});
        MQ_VERIFY_OK(watcher->waitForResponse(off));
        MQ_VERIFY_OK(watcher->waitForResponse(on));
        MQ_VERIFY_OK(purchase(*m_alice, type, 1));
        QJsonObject params;
        QVERIFY2(watcher->waitForPush(u"inventory.changed"_s, &params, 3000),
                 qPrintable(u"no push after round %1: the subscription was lost"_s.arg(round)));
        while (watcher->waitForPush(u"inventory.changed"_s, nullptr, 200)) {
        }
    }
}

void TestE2eCatalogSales::shutdownFinishesRequestsAndRestartKeepsAll()
{
    const auto [perf, type] = makeShow(u"Restart Show"_s, 500, 100);
    QVERIFY(perf && type);
    auto buyer = m_fixture.newCustomer(u"restarter"_s);
    QVERIFY(buyer);
    const QString token = buyer->token();
    const auto first = purchase(*buyer, type, 2);
    MQ_VERIFY_OK(first);
    qint64 sold = 2;

    // Requests in flight when SIGTERM arrives are finished (or refused with 503), never lost
    // half-done.
    QList<QJsonValue> ids;
    for (int i = 0; i < 10; ++i)
        ids.append(buyer->send(u"order.purchase"_s, {{u"ticketTypeId"_s, type},
                                                     {u"quantity"_s, 1},
                                                     {u"payment"_s, seed::sandboxPayment()}}));
    const TestClient::Response firstAnswer = buyer->waitForResponse(ids.first());
    MQ_VERIFY_OK(firstAnswer);
    ++sold;
    QCOMPARE(m_fixture.server().stop(), 0);
    int unanswered = 0;
    for (qsizetype i = 1; i < ids.size(); ++i) {
        const TestClient::Response r = buyer->waitForResponse(ids.at(i), 2000);
        if (r.timedOut) {
            ++unanswered; // never read before the shutdown: not in flight
            continue;
        }
        if (r.ok)
            ++sold;
        else
            QVERIFY2(r.error.code == 503, qPrintable(r.toString()));
    }
    QVERIFY(buyer->waitForDisconnected(5000));
    qInfo("%lld sold, %d requests not read before the shutdown", sold - 2, unanswered);

    QVERIFY2(m_fixture.restart(), qPrintable(m_fixture.errorString()));
    m_admin = m_fixture.loginAs(u"admin"_s);
    QVERIFY(m_admin);
    // Exactly what was answered as sold is sold.
    const Stock s = stockOf(perf, type);
    QCOMPARE(s.sold, sold);
    QCOMPARE(s.remaining, 100 - sold);

    // Sessions survive a restart ("remember me"), and so do orders.
    auto again = m_fixture.connect();
    QVERIFY(again);
    const auto resumed = again->call(u"auth.resume"_s, {{u"token"_s, token}});
    MQ_VERIFY_OK(resumed);
    QCOMPARE(resumed.result.value(u"user"_s).toObject().value(u"username"_s).toString(),
             u"restarter"_s);
    const QJsonArray orders = ordersOf(*again);
    qint64 tickets = 0;
    for (const QJsonValue &v : orders)
        tickets += v.toObject().value(u"tickets"_s).toArray().size();
    QCOMPARE(tickets, sold);
    QVERIFY(idsOf(orders).contains(
        first.result.value(u"order"_s).toObject().value(u"id"_s).toInteger()));
    MQ_VERIFY_OK(purchase(*again, type, 1));
    QCOMPARE(stockOf(perf, type).sold, sold + 1);
}

QTEST_GUILESS_MAIN(TestE2eCatalogSales)
#include "tst_e2e_catalog_sales.moc"
