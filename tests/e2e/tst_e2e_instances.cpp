// Two marquee-server processes on one PostgreSQL database: what happens through one is pushed
// to subscribers of the other within a second, and a hold's expiry is seen through both.
#include "seatingkit.h"

#include "support/catalogseed.h"
#include "support/rpcassert.h"
#include "support/serverfixture.h"
#include "support/testbackend.h"

#include "shared/utctime.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace seating;

namespace {

constexpr int HoldSeconds = 2;
constexpr int CrossInstanceMs = 1000; // the contract's "within a second"

QDateTime expiresAtOf(const TestClient::Response &r)
{
    return mq::parseWireTime(r.result.value(u"hold"_s).toObject().value(u"expiresAt"_s).toString())
        .value_or(QDateTime());
}

// Waits for inventory.changed of that performance in which the ticket type has `held` and
// `remaining`; false when none came in time.
bool waitForNumbers(TestClient &client, qint64 perf, qint64 type, qint64 held, qint64 remaining,
                    int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QJsonObject params;
    while (client.waitForPush(u"inventory.changed"_s, &params,
                              int(qMax<qint64>(1, deadline.remainingTime())))) {
        if (params.value(u"performanceId"_s).toInteger() != perf)
            continue;
        for (const QJsonValue &t : params.value(u"ticketTypes"_s).toArray()) {
            const QJsonObject o = t.toObject();
            if (o.value(u"id"_s).toInteger() == type && o.value(u"held"_s).toInteger(-1) == held &&
                o.value(u"remaining"_s).toInteger(-1) == remaining)
                return true;
        }
        if (deadline.hasExpired())
            break;
    }
    return false;
}

} // namespace

class TestE2eInstances : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void holdThroughOneIsPushedByTheOther();
    void everyChangeReachesBoth();
    void generalAdmissionSaleIsPushedAcross();
    void cachedCatalogFollowsChangesAcross();
    void expiryIsSeenThroughBoth();

private:
    struct Show
    {
        Venue venue;
        qint64 perf = 0;
        qint64 type = 0;
    };
    Show makeShow(const QString &title, int seats);
    // A client of the second server, logged in; nullptr on failure.
    std::unique_ptr<TestClient>
    loginToSecond(const QString &username,
                  const QString &password = ServerFixture::staffPassword());
    // Empty when the next seats.changed for the show has that version and those seats.
    QString expectSeats(TestClient &subscriber, const Show &show, qint64 version,
                        const QList<qint64> &seats, const QString &status, int timeoutMs,
                        const char *where);

    ServerFixture m_first{QStringLiteral(MARQUEE_SERVER_BINARY)};
    ServerProcess m_second{QStringLiteral(MARQUEE_SERVER_BINARY)};
    std::unique_ptr<TestClient> m_manager;
    int m_shows = 0;
};

void TestE2eInstances::initTestCase()
{
    if (testBackend() != u"postgresql"_s)
        QSKIP("several server instances share PostgreSQL only");
    const QStringList args{u"--hold-seconds"_s, QString::number(HoldSeconds)};
    QVERIFY2(m_first.start(args), qPrintable(m_first.errorString()));
    QVERIFY2(m_second.start(m_first.databaseUrl(), args), qPrintable(m_second.errorString()));
    QVERIFY(m_first.port() != m_second.port());
    m_manager = m_first.loginAs(u"manager"_s);
    QVERIFY(m_manager);
}

void TestE2eInstances::cleanup()
{
    if (QTest::currentTestFailed()) {
        m_first.server().printDiagnostics();
        m_second.printDiagnostics();
    }
}

void TestE2eInstances::cleanupTestCase()
{
    if (testBackend() != u"postgresql"_s)
        return;
    QVERIFY2(m_first.server().isRunning(), "the first server died during the tests");
    QVERIFY2(m_second.isRunning(), "the second server died during the tests");
    QCOMPARE(m_second.stop(), 0);
    QCOMPARE(m_first.server().stop(), 0);
}

TestE2eInstances::Show TestE2eInstances::makeShow(const QString &title, int seats)
{
    Show show;
    LayoutBuilder b;
    b.focus(seats / 2.0, 0).section(u"Hall"_s).row(u"A"_s, QString(seats, u'o'), 1);
    show.venue = createVenue(*m_manager, title + u" hall"_s, b.layout());
    if (!show.venue.isValid())
        return show;
    const qint64 event = seed::createEvent(*m_manager, title);
    show.perf = event ? createReservedPerformance(*m_manager, event, show.venue.id,
                                                  seed::daysFromNow(80, ++m_shows))
                      : 0;
    show.type = show.perf
                    ? createSeatedType(*m_manager, show.perf, u"Hall"_s, 2500, show.venue.allIds())
                    : 0;
    return show;
}

std::unique_ptr<TestClient> TestE2eInstances::loginToSecond(const QString &username,
                                                            const QString &password)
{
    auto client = std::make_unique<TestClient>();
    if (!client->connectTo(m_second.port()))
        return nullptr;
    const TestClient::Response r = client->login(username, password);
    if (!r.ok) {
        qWarning("login to the second server as %s: %s", qPrintable(username),
                 qPrintable(r.toString()));
        return nullptr;
    }
    return client;
}

QString TestE2eInstances::expectSeats(TestClient &subscriber, const Show &show, qint64 version,
                                      const QList<qint64> &seats, const QString &status,
                                      int timeoutMs, const char *where)
{
    const QJsonObject push = nextSeatsChanged(subscriber, show.perf, timeoutMs);
    if (push.isEmpty())
        return u"%1: no seats.changed (version %2, seats %3 '%4') within %5 ms"_s
            .arg(QLatin1StringView(where))
            .arg(version)
            .arg(idText(seats), status)
            .arg(timeoutMs);
    if (push.value(u"version"_s).toInteger() != version)
        return u"%1: seats.changed version %2, expected %3: %4"_s.arg(QLatin1StringView(where))
            .arg(push.value(u"version"_s).toInteger())
            .arg(version)
            .arg(compact(push));
    const auto pushed = pushedSeats(push);
    for (const qint64 id : seats) {
        if (pushed.value(id) != qMakePair(status, show.type))
            return u"seats.changed does not say seat %1 is %2: %3"_s.arg(id).arg(status,
                                                                                 compact(push));
    }
    return {};
}

void TestE2eInstances::holdThroughOneIsPushedByTheOther()
{
    const Show show = makeShow(u"Two Instances Show"_s, 10);
    QVERIFY(show.type);
    auto onSecond = loginToSecond(u"clerk"_s);
    QVERIFY(onSecond);
    auto onFirst = m_first.loginAs(u"admin"_s);
    QVERIFY(onFirst);
    MQ_VERIFY_OK(onSecond->call(u"catalog.subscribe"_s, {{u"performanceId"_s, show.perf}}));
    MQ_VERIFY_OK(onFirst->call(u"catalog.subscribe"_s, {{u"performanceId"_s, show.perf}}));
    auto buyer = m_first.newCustomer(u"two_instance_buyer"_s);
    QVERIFY(buyer);
    // Signed in on both before the hold: it only lasts 2 s.
    auto buyerOnSecond = loginToSecond(u"two_instance_buyer"_s);
    QVERIFY(buyerOnSecond);
    const qint64 version = getMap(*m_manager, show.perf).version;
    const QList<qint64> seats = show.venue.allIds().mid(3, 2);

    const auto hold = holdSeats(*buyer, show.perf, seats);
    MQ_VERIFY_OK(hold);
    QElapsedTimer clock;
    clock.start();
    QString error = expectSeats(*onSecond, show, version + 1, seats, u"h"_s, CrossInstanceMs,
                                "hold through the first, subscriber of the second");
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(waitForNumbers(*onSecond, show.perf, show.type, 2, 8,
                            int(qMax<qint64>(1, CrossInstanceMs - clock.elapsed()))),
             "no inventory.changed through the second server within a second of the hold");
    qInfo("the other instance pushed the hold within %lld ms", clock.elapsed());
    error = expectSeats(*onFirst, show, version + 1, seats, u"h"_s, CrossInstanceMs,
                        "hold through the first, subscriber of the first");
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Both instances show the same map.
    const SeatMap a = getMap(*onFirst, show.perf);
    const SeatMap b = getMap(*onSecond, show.perf);
    QCOMPARE(a.version, version + 1);
    QCOMPARE(b.version, a.version);
    QCOMPARE(b.status, a.status);

    // The same user checks out through the other instance; the sale comes back to the first.
    const auto order = buyerOnSecond->call(
        u"order.checkout"_s, {{u"holdId"_s, holdId(hold)}, {u"payment"_s, seed::sandboxPayment()}});
    MQ_VERIFY_OK(order);
    clock.restart();
    error = expectSeats(*onFirst, show, version + 2, seats, u"s"_s, CrossInstanceMs,
                        "checkout through the second, subscriber of the first");
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(waitForNumbers(*onFirst, show.perf, show.type, 0, 8,
                            int(qMax<qint64>(1, CrossInstanceMs - clock.elapsed()))),
             "no inventory.changed through the first server within a second of the sale");
    error = expectSeats(*onSecond, show, version + 2, seats, u"s"_s, CrossInstanceMs,
                        "checkout through the second, subscriber of the second");
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // A hold is not stolen through the other instance either.
    auto rival = loginToSecond(u"customer"_s);
    QVERIFY(rival);
    const auto taken = holdSeats(*rival, show.perf, seats);
    MQ_VERIFY_ERROR(taken, 409, "seat_taken");
    QCOMPARE(idList(taken.error.data.value(u"seatIds"_s)), sortedIds(seats));
}

void TestE2eInstances::everyChangeReachesBoth()
{
    // Holds through either instance, one after another: subscribers of both see every
    // version once, without gaps (the holds last 2 s: all of this happens well before).
    const Show show = makeShow(u"Alternating Instances Show"_s, 12);
    QVERIFY(show.type);
    auto watchFirst = m_first.loginAs(u"clerk"_s);
    auto watchSecond = loginToSecond(u"clerk"_s);
    QVERIFY(watchFirst && watchSecond);
    MQ_VERIFY_OK(watchFirst->call(u"catalog.subscribe"_s, {{u"performanceId"_s, show.perf}}));
    MQ_VERIFY_OK(watchSecond->call(u"catalog.subscribe"_s, {{u"performanceId"_s, show.perf}}));
    auto staffFirst = m_first.loginAs(u"admin"_s);
    auto staffSecond = loginToSecond(u"admin"_s);
    QVERIFY(staffFirst && staffSecond);
    const qint64 version = getMap(*m_manager, show.perf).version;
    const QList<qint64> all = show.venue.allIds();
    constexpr int Changes = 6;
    for (int i = 0; i < Changes; ++i) {
        TestClient &through = i % 2 == 0 ? *staffFirst : *staffSecond;
        MQ_VERIFY_OK(holdSeats(through, show.perf, {all.at(2 * i), all.at(2 * i + 1)}));
    }
    for (TestClient *watcher : {watchFirst.get(), watchSecond.get()}) {
        const QString which = watcher == watchFirst.get() ? u"first"_s : u"second"_s;
        QList<qint64> versions;
        QSet<qint64> heldSeats;
        for (int i = 0; i < Changes; ++i) {
            const QJsonObject push = nextSeatsChanged(*watcher, show.perf, CrossInstanceMs);
            QVERIFY2(!push.isEmpty(),
                     qPrintable(u"a subscriber of the %1 server got only %2 of %3 seats.changed "
                                "within a second, versions %4 (expected %5 to %6; holds were "
                                "made through the first and second server in turn)"_s.arg(which)
                                    .arg(i)
                                    .arg(Changes)
                                    .arg(idText(versions))
                                    .arg(version + 1)
                                    .arg(version + Changes)));
            versions.append(push.value(u"version"_s).toInteger());
            const auto seats = pushedSeats(push);
            for (auto it = seats.cbegin(); it != seats.cend(); ++it) {
                if (it.value().first == u"h"_s)
                    heldSeats.insert(it.key());
            }
        }
        QList<qint64> expected;
        for (int i = 1; i <= Changes; ++i)
            expected.append(version + i);
        QCOMPARE(sortedIds(versions), expected);
        QCOMPARE(heldSeats, QSet<qint64>(all.begin(), all.end()));
        QVERIFY2(!watcher->waitForPush(u"seats.changed"_s, nullptr, 300), "a push too many");
    }
    QCOMPARE(getMap(*m_manager, show.perf).version, version + Changes);
}

void TestE2eInstances::generalAdmissionSaleIsPushedAcross()
{
    const qint64 event = seed::createEvent(*m_manager, u"Two Instances Standing"_s);
    const qint64 perf = seed::createPerformance(*m_manager, event, seed::daysFromNow(81));
    const qint64 type = seed::createTicketType(*m_manager, perf, u"Standing"_s, 1500, 50);
    QVERIFY(type);
    auto watcher = m_first.loginAs(u"clerk"_s);
    QVERIFY(watcher);
    MQ_VERIFY_OK(watcher->call(u"catalog.subscribe"_s, {{u"performanceId"_s, perf}}));
    auto buyer = loginToSecond(u"customer"_s);
    QVERIFY(buyer);
    MQ_VERIFY_OK(buyer->call(
        u"order.purchase"_s,
        {{u"ticketTypeId"_s, type}, {u"quantity"_s, 3}, {u"payment"_s, seed::sandboxPayment()}}));
    QVERIFY2(waitForNumbers(*watcher, perf, type, 0, 47, CrossInstanceMs),
             "a sale through the second server was not pushed by the first within a second");
    const auto hold =
        buyer->call(u"hold.create"_s, {{u"ticketTypeId"_s, type}, {u"quantity"_s, 4}});
    MQ_VERIFY_OK(hold);
    QVERIFY2(waitForNumbers(*watcher, perf, type, 4, 43, CrossInstanceMs),
             "a quantity hold through the second server was not pushed by the first in a second");
}

void TestE2eInstances::cachedCatalogFollowsChangesAcross()
{
    // Each instance answers catalog reads from its own cache; a change through the other must
    // reach it through PostgreSQL (LISTEN/NOTIFY) as quickly as a push does.
    const qint64 event = seed::createEvent(*m_manager, u"Cached Across Instances"_s);
    const qint64 perf = seed::createPerformance(*m_manager, event, seed::daysFromNow(83));
    const qint64 type = seed::createTicketType(*m_manager, perf, u"Standing"_s, 1500, 30);
    QVERIFY(type);
    auto reader = m_first.loginAs(u"customer"_s);
    auto buyer = loginToSecond(u"customer"_s);
    auto secondManager = loginToSecond(u"manager"_s);
    QVERIFY(reader && buyer && secondManager);
    const auto typeSeen = [&]() {
        const auto r = reader->call(u"catalog.getPerformance"_s, {{u"performanceId"_s, perf}});
        return r.result.value(u"performance"_s).toObject().value(u"ticketTypes"_s).toArray()
            .first().toObject();
    };
    QCOMPARE(typeSeen().value(u"sold"_s).toInteger(), 0);
    QCOMPARE(typeSeen().value(u"sold"_s).toInteger(), 0); // cached now
    MQ_VERIFY_OK(buyer->call(
        u"order.purchase"_s,
        {{u"ticketTypeId"_s, type}, {u"quantity"_s, 2}, {u"payment"_s, seed::sandboxPayment()}}));
    QTRY_VERIFY_WITH_TIMEOUT(typeSeen().value(u"sold"_s).toInteger() == 2, CrossInstanceMs);
    MQ_VERIFY_OK(secondManager->call(u"admin.updateTicketType"_s,
                                     {{u"id"_s, type}, {u"name"_s, u"Standing (front)"_s}}));
    QTRY_VERIFY_WITH_TIMEOUT(typeSeen().value(u"name"_s).toString() == u"Standing (front)"_s,
                             CrossInstanceMs);
}

void TestE2eInstances::expiryIsSeenThroughBoth()
{
    const Show show = makeShow(u"Expiring Across Instances"_s, 8);
    QVERIFY(show.type);
    auto watchFirst = m_first.loginAs(u"clerk"_s);
    auto watchSecond = loginToSecond(u"clerk"_s);
    QVERIFY(watchFirst && watchSecond);
    MQ_VERIFY_OK(watchFirst->call(u"catalog.subscribe"_s, {{u"performanceId"_s, show.perf}}));
    MQ_VERIFY_OK(watchSecond->call(u"catalog.subscribe"_s, {{u"performanceId"_s, show.perf}}));
    auto holder = loginToSecond(u"customer"_s);
    QVERIFY(holder);
    const qint64 version = getMap(*m_manager, show.perf).version;
    const QList<qint64> seats = show.venue.allIds().mid(2, 3);
    const auto hold = holdSeats(*holder, show.perf, seats);
    MQ_VERIFY_OK(hold);
    const QDateTime expiresAt = expiresAtOf(hold);
    QVERIFY(expiresAt.isValid());
    for (TestClient *watcher : {watchFirst.get(), watchSecond.get()}) {
        const QString error = expectSeats(
            *watcher, show, version + 1, seats, u"h"_s, CrossInstanceMs,
            watcher == watchFirst.get() ? "hold through the second, subscriber of the first"
                                        : "hold through the second, subscriber of the second");
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    // Both hear the expiry, once, within 2 s of it — whichever instance released it.
    for (TestClient *watcher : {watchFirst.get(), watchSecond.get()}) {
        const qint64 waitMs = QDateTime::currentDateTimeUtc().msecsTo(expiresAt) + 2000 + 250;
        const QString error =
            expectSeats(*watcher, show, version + 2, seats, u"a"_s, int(qMax<qint64>(1, waitMs)),
                        watcher == watchFirst.get() ? "expiry, subscriber of the first"
                                                    : "expiry, subscriber of the second");
        QVERIFY2(error.isEmpty(), qPrintable(error));
        qInfo("expiry pushed %lld ms after expiresAt",
              expiresAt.msecsTo(QDateTime::currentDateTimeUtc()));
    }
    for (TestClient *watcher : {watchFirst.get(), watchSecond.get()})
        QVERIFY2(!watcher->waitForPush(u"seats.changed"_s, nullptr, 500),
                 "the expiry was pushed twice (released by both instances?)");
    const SeatMap a = getMap(*watchFirst, show.perf);
    const SeatMap b = getMap(*watchSecond, show.perf);
    QCOMPARE(a.version, version + 2);
    QCOMPARE(b.version, version + 2);
    QCOMPARE(a.status, QString(8, u'a'));
    QCOMPARE(b.status, a.status);
    auto holderOnFirst = m_first.loginAs(u"customer"_s);
    QVERIFY(holderOnFirst);
    MQ_VERIFY_ERROR(
        holderOnFirst->call(u"order.checkout"_s,
                            {{u"holdId"_s, holdId(hold)}, {u"payment"_s, seed::sandboxPayment()}}),
        410, "hold_expired");
    MQ_VERIFY_ERROR(holder->call(u"hold.release"_s, {{u"holdId"_s, holdId(hold)}}), 410,
                    "hold_expired");
    const QString problems = numbersAgainstMap(*m_manager, show.perf, show.venue);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

QTEST_GUILESS_MAIN(TestE2eInstances)
#include "tst_e2e_instances.moc"
