// Many connections fighting over overlapping seats of one performance: every seat sold at most
// once, every order holds exactly the seats its hold had, losers hear 409 seat_taken naming
// seats they asked for, and no internal error, deadlock or serialization failure reaches anyone.
#include "seatingkit.h"

#include "support/catalogseed.h"
#include "support/rpcassert.h"
#include "support/serverfixture.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <functional>
#include <latch>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace seating;

namespace {

constexpr int Connections = 64;
constexpr int CallTimeoutMs = 60000;
constexpr int AttemptsEach = 30;

struct Buyer
{
    QString username;
    QString token;
    qint64 userId = 0;
    QString error;
    QList<QJsonObject> orders;     // as order.checkout answered them
    QList<QList<qint64>> heldSets; // seats of each successful hold, ascending, in order
    int holds = 0;
    int released = 0;
    int seatTaken = 0;
    int noAdjacent = 0;
    QJsonArray listed; // order.listMine at the end
};

bool runConcurrently(std::vector<Buyer> &buyers, quint16 port,
                     const std::function<void(Buyer &, TestClient &)> &body, QString *error)
{
    std::vector<std::unique_ptr<QThread>> threads;
    for (Buyer &buyer : buyers) {
        threads.emplace_back(QThread::create([&buyer, port, &body] {
            TestClient client; // created in the thread that uses it
            if (!client.connectTo(port))
                buyer.error = u"cannot connect"_s;
            body(buyer, client);
        }));
    }
    for (auto &thread : threads)
        thread->start();
    const QDeadlineTimer deadline(std::chrono::minutes(3));
    bool allFinished = true;
    for (auto &thread : threads)
        allFinished = thread->wait(deadline) && allFinished;
    if (!allFinished) {
        *error = u"some connections did not finish within 3 minutes"_s;
        for (auto &thread : threads)
            thread->wait();
        return false;
    }
    for (const Buyer &buyer : buyers) {
        if (!buyer.error.isEmpty()) {
            *error = buyer.username + u": "_s + buyer.error;
            return false;
        }
    }
    return true;
}

// Seat ids of an order: from its items and, separately, from its tickets.
QList<qint64> orderItemSeats(const QJsonObject &order)
{
    QList<qint64> ids;
    for (const QJsonValue &item : order.value(u"items"_s).toArray())
        ids += idList(item.toObject().value(u"seatIds"_s));
    return sortedIds(ids);
}

QList<qint64> orderTicketSeats(const QJsonObject &order)
{
    QList<qint64> ids;
    for (const QJsonValue &t : order.value(u"tickets"_s).toArray())
        ids.append(t.toObject().value(u"seatId"_s).toInteger());
    return sortedIds(ids);
}

// What a refused hold must look like: 409 seat_taken with a non-empty, ascending list of
// seats, all of them among those asked for. Empty when it does.
QString checkSeatTaken(const TestClient::Response &r, const QList<qint64> &asked)
{
    const QList<qint64> named = idList(r.error.data.value(u"seatIds"_s));
    if (named.isEmpty())
        return u"seat_taken without data.seatIds: "_s + r.toString();
    if (named != sortedIds(named) ||
        QSet<qint64>(named.begin(), named.end()).size() != named.size())
        return u"seat_taken seatIds not ascending: "_s + r.toString();
    for (const qint64 id : named) {
        if (!asked.contains(id))
            return u"seat_taken names seat %1, asked for %2: %3"_s.arg(id).arg(idText(asked),
                                                                               r.toString());
    }
    return {};
}

} // namespace

class TestSeatConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void everyoneWantsTheSameSeats();
    void overlappingSeatsInRandomOrder();
    void generalAdmissionHoldsNeverOversell();

private:
    struct Show
    {
        Venue venue;
        qint64 perf = 0;
        qint64 type = 0;
    };
    Show makeShow(const QString &title, int rows, int seatsPerRow, qint64 priceCents);

    ServerFixture m_fixture{QStringLiteral(MARQUEE_SERVER_BINARY)};
    std::unique_ptr<TestClient> m_manager;
    std::vector<Buyer> m_buyers;
    int m_shows = 0;
};

void TestSeatConcurrency::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    m_manager = m_fixture.loginAs(u"manager"_s);
    QVERIFY(m_manager);
    m_buyers.resize(Connections);
    for (int i = 0; i < Connections; ++i)
        m_buyers[i].username = u"seat_rush_%1"_s.arg(i, 2, 10, QLatin1Char('0'));
}

void TestSeatConcurrency::cleanup()
{
    if (QTest::currentTestFailed())
        m_fixture.server().printDiagnostics();
}

void TestSeatConcurrency::cleanupTestCase()
{
    QVERIFY2(m_fixture.server().isRunning(), "the server died during the tests");
    QCOMPARE(m_fixture.server().stop(), 0);
}

TestSeatConcurrency::Show TestSeatConcurrency::makeShow(const QString &title, int rows,
                                                        int seatsPerRow, qint64 priceCents)
{
    Show show;
    LayoutBuilder b;
    b.focus(seatsPerRow / 2.0, 0).grid(u"Stalls"_s, rows, seatsPerRow);
    show.venue = createVenue(*m_manager, title + u" hall"_s, b.layout());
    if (!show.venue.isValid())
        return show;
    const qint64 event = seed::createEvent(*m_manager, title);
    show.perf = event ? createReservedPerformance(*m_manager, event, show.venue.id,
                                                  seed::daysFromNow(70, ++m_shows))
                      : 0;
    show.type = show.perf ? createSeatedType(*m_manager, show.perf, u"Stalls"_s, priceCents,
                                             show.venue.allIds())
                          : 0;
    return show;
}

void TestSeatConcurrency::everyoneWantsTheSameSeats()
{
    // Registration first (Argon2 is slow on purpose), then all ask for the same four seats, each
    // in its own order, at the same instant: one wins, the others hear exactly which are taken.
    const Show show = makeShow(u"Same Seats Rush"_s, 2, 10, 2000);
    QVERIFY(show.type);
    const QList<qint64> wanted =
        show.venue.seatIds(u"Stalls"_s, u"A"_s, {u"4"_s, u"5"_s, u"6"_s, u"7"_s});
    std::latch ready(Connections);
    std::atomic<int> winners{0};
    const auto body = [&](Buyer &buyer, TestClient &client) {
        if (buyer.error.isEmpty()) {
            const QString password = ServerFixture::staffPassword();
            TestClient::Response r = client.registerUser(buyer.username, password);
            if (!r.ok)
                buyer.error = u"register: "_s + r.toString();
            else if (!(r = client.login(buyer.username, password)).ok)
                buyer.error = u"login: "_s + r.toString();
            buyer.token = client.token();
            buyer.userId = client.userId();
        }
        QList<qint64> mine = wanted;
        QRandomGenerator random(quint32(qHash(buyer.username)));
        std::shuffle(mine.begin(), mine.end(), random);
        ready.arrive_and_wait();
        if (!buyer.error.isEmpty())
            return;
        const TestClient::Response r = holdSeats(client, show.perf, mine, CallTimeoutMs);
        if (r.ok) {
            ++winners;
            ++buyer.holds;
            buyer.heldSets.append(holdSeatIds(r.result.value(u"hold"_s).toObject()));
            const TestClient::Response order = client.call(
                u"order.checkout"_s,
                {{u"holdId"_s, holdId(r)}, {u"payment"_s, seed::sandboxPayment()}}, CallTimeoutMs);
            if (!order.ok)
                buyer.error = u"order.checkout: "_s + order.toString();
            else
                buyer.orders.append(order.result.value(u"order"_s).toObject());
            return;
        }
        if (r.error.code == 409 && r.error.reason == u"seat_taken"_s) {
            ++buyer.seatTaken;
            buyer.error = checkSeatTaken(r, mine);
            return;
        }
        buyer.error = u"hold.create: "_s + r.toString();
    };
    QString error;
    QVERIFY2(runConcurrently(m_buyers, m_fixture.port(), body, &error), qPrintable(error));
    QCOMPARE(winners.load(), 1);
    int refused = 0;
    for (const Buyer &buyer : m_buyers) {
        refused += buyer.seatTaken;
        if (!buyer.orders.isEmpty()) {
            QCOMPARE(buyer.heldSets.first(), sortedIds(wanted));
            QCOMPARE(orderItemSeats(buyer.orders.first()), sortedIds(wanted));
            QCOMPARE(orderTicketSeats(buyer.orders.first()), sortedIds(wanted));
        }
    }
    QCOMPARE(refused, Connections - 1);
    const SeatMap map = getMap(*m_manager, show.perf);
    QVERIFY2(map.ok, qPrintable(map.error));
    QCOMPARE(map.count(u's'), 4);
    QCOMPARE(map.count(u'h'), 0);
    for (const qint64 id : wanted)
        QCOMPARE(map.statusOf(show.venue, id), QChar(u's'));
    const QString problems = numbersAgainstMap(*m_manager, show.perf, show.venue);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestSeatConcurrency::overlappingSeatsInRandomOrder()
{
    for (const Buyer &buyer : m_buyers)
        QVERIFY2(!buyer.token.isEmpty(), "the first test did not sign everyone up");
    for (Buyer &buyer : m_buyers) {
        buyer.orders.clear();
        buyer.heldSets.clear();
        buyer.holds = buyer.released = buyer.seatTaken = buyer.noAdjacent = 0;
        buyer.listed = {};
    }
    // 16 rows of 24; everyone goes for the front eight rows (192 seats): runs of adjacent seats
    // and scattered picks, asked in random order; some use best available, some let go.
    constexpr int Rows = 16;
    constexpr int PerRow = 24;
    constexpr int HotRows = 8;
    constexpr qint64 Price = 1800;
    const Show show = makeShow(u"Overlapping Seats Rush"_s, Rows, PerRow, Price);
    QVERIFY(show.type);
    const QList<qint64> all = show.venue.allIds();
    const QList<qint64> hot = all.mid(0, HotRows * PerRow);

    std::latch ready(Connections);
    QElapsedTimer clock;
    const auto body = [&](Buyer &buyer, TestClient &client) {
        const int index = int(&buyer - m_buyers.data());
        if (buyer.error.isEmpty()) {
            const TestClient::Response r =
                client.call(u"auth.resume"_s, {{u"token"_s, buyer.token}}, CallTimeoutMs);
            if (!r.ok)
                buyer.error = u"auth.resume: "_s + r.toString();
            else if (r.result.value(u"user"_s).toObject().value(u"id"_s).toInteger() !=
                     buyer.userId)
                buyer.error = u"auth.resume answered another user: "_s + r.toString();
        }
        ready.arrive_and_wait();
        QRandomGenerator random(quint32(index) * 2654435761u + 17u);
        for (int attempt = 0; attempt < AttemptsEach && buyer.error.isEmpty(); ++attempt) {
            const int count = 1 + int(random.bounded(4));
            QList<qint64> asked;
            TestClient::Response r;
            const bool best = random.bounded(5) == 0;
            if (best) {
                r = client.call(u"hold.bestAvailable"_s,
                                {{u"performanceId"_s, show.perf},
                                 {u"ticketTypeId"_s, show.type},
                                 {u"quantity"_s, count}},
                                CallTimeoutMs);
            } else {
                if (random.bounded(2) == 0) { // a run of adjacent seats in one row
                    const int row = int(random.bounded(HotRows));
                    const int start = int(random.bounded(PerRow - count + 1));
                    for (int k = 0; k < count; ++k)
                        asked.append(hot.at(row * PerRow + start + k));
                } else { // scattered over the front rows
                    while (asked.size() < count) {
                        const qint64 id = hot.at(int(random.bounded(int(hot.size()))));
                        if (!asked.contains(id))
                            asked.append(id);
                    }
                }
                std::shuffle(asked.begin(), asked.end(), random);
                r = holdSeats(client, show.perf, asked, CallTimeoutMs);
            }
            if (!r.ok) {
                if (!best && r.error.code == 409 && r.error.reason == u"seat_taken"_s) {
                    ++buyer.seatTaken;
                    buyer.error = checkSeatTaken(r, asked);
                } else if (best && r.error.code == 409 &&
                           r.error.reason == u"no_adjacent_seats"_s) {
                    ++buyer.noAdjacent;
                } else {
                    buyer.error =
                        (best ? u"hold.bestAvailable: "_s : u"hold.create: "_s) + r.toString();
                }
                continue;
            }
            ++buyer.holds;
            const QJsonObject hold = r.result.value(u"hold"_s).toObject();
            const QList<qint64> held = holdSeatIds(hold);
            if (best ? held.size() != count : held != sortedIds(asked)) {
                buyer.error = u"asked for %1 (%2 seats), the hold has %3"_s.arg(
                    idText(asked), QString::number(count), idText(held));
                break;
            }
            if (random.bounded(6) == 0) {
                const TestClient::Response released =
                    client.call(u"hold.release"_s, {{u"holdId"_s, holdId(r)}}, CallTimeoutMs);
                if (!released.ok)
                    buyer.error = u"hold.release: "_s + released.toString();
                ++buyer.released;
                continue;
            }
            const TestClient::Response order = client.call(
                u"order.checkout"_s,
                {{u"holdId"_s, holdId(r)}, {u"payment"_s, seed::sandboxPayment()}}, CallTimeoutMs);
            if (!order.ok) {
                buyer.error = u"order.checkout: "_s + order.toString();
                break;
            }
            buyer.heldSets.append(held);
            buyer.orders.append(order.result.value(u"order"_s).toObject());
        }
        if (buyer.error.isEmpty()) {
            const TestClient::Response r = client.call(u"order.listMine"_s, {}, CallTimeoutMs);
            if (!r.ok)
                buyer.error = u"order.listMine: "_s + r.toString();
            buyer.listed = r.result.value(u"orders"_s).toArray();
        }
    };
    // A subscriber reads every seats.changed of the rush in a thread of its own (a subscriber
    // that stops reading may be dropped): replayed in version order over the map before the
    // rush, they must give the map after it.
    const SeatMap initial = getMap(*m_manager, show.perf);
    QVERIFY2(initial.ok, qPrintable(initial.error));
    std::atomic<bool> rushOver{false};
    QList<QJsonObject> pushes;
    QString watcherError;
    std::latch watching(1);
    std::unique_ptr<QThread> watcherThread(QThread::create([&] {
        TestClient watcher;
        if (!watcher.connectTo(m_fixture.port()) ||
            !watcher.login(u"clerk"_s, ServerFixture::staffPassword()).ok ||
            !watcher.call(u"catalog.subscribe"_s, {{u"performanceId"_s, show.perf}}).ok)
            watcherError = u"the watcher could not subscribe"_s;
        watching.count_down();
        if (!watcherError.isEmpty())
            return;
        // After the rush, keep reading until a second passes without a push.
        QDeadlineTimer quiet(1000);
        while (!rushOver.load() || !quiet.hasExpired()) {
            QJsonObject params;
            if (watcher.waitForPush(u"seats.changed"_s, &params, 200)) {
                pushes.append(params);
                quiet.setRemainingTime(1000);
            } else if (!watcher.isConnected()) {
                watcherError = u"the server closed the watcher's connection"_s;
                return;
            }
        }
    }));
    watcherThread->start();
    watching.wait();

    clock.start();
    QString error;
    const bool finished = runConcurrently(m_buyers, m_fixture.port(), body, &error);
    rushOver = true;
    watcherThread->wait();
    QVERIFY2(finished, qPrintable(error));
    QVERIFY2(watcherError.isEmpty(), qPrintable(watcherError));

    int holds = 0, released = 0, seatTaken = 0, noAdjacent = 0, buyersWithOrders = 0;
    QMap<qint64, qint64> orderOfSeat; // seat -> order id
    qint64 soldSeats = 0;
    for (const Buyer &buyer : m_buyers) {
        holds += buyer.holds;
        released += buyer.released;
        seatTaken += buyer.seatTaken;
        noAdjacent += buyer.noAdjacent;
        buyersWithOrders += buyer.orders.isEmpty() ? 0 : 1;
        // Every order holds exactly the seats its hold had, in items and in tickets.
        for (qsizetype i = 0; i < buyer.orders.size(); ++i) {
            const QJsonObject &order = buyer.orders.at(i);
            const qint64 orderId = order.value(u"id"_s).toInteger();
            QCOMPARE(order.value(u"status"_s).toString(), u"paid"_s);
            QCOMPARE(order.value(u"userId"_s).toInteger(), buyer.userId);
            QCOMPARE(orderItemSeats(order), buyer.heldSets.at(i));
            QCOMPARE(orderTicketSeats(order), buyer.heldSets.at(i));
            QCOMPARE(order.value(u"totalCents"_s).toInteger(), Price * buyer.heldSets.at(i).size());
            for (const qint64 seat : buyer.heldSets.at(i)) {
                QVERIFY2(!orderOfSeat.contains(seat),
                         qPrintable(u"seat %1 sold in order %2 and in order %3"_s.arg(seat)
                                        .arg(orderOfSeat.value(seat))
                                        .arg(orderId)));
                orderOfSeat.insert(seat, orderId);
                ++soldSeats;
            }
        }
        // order.listMine agrees with what checkout answered.
        QMap<qint64, QList<qint64>> listed;
        for (const QJsonValue &v : buyer.listed) {
            const QJsonObject o = v.toObject();
            if (!orderItemSeats(o).isEmpty() &&
                show.venue.indexById.contains(orderItemSeats(o).first()))
                listed.insert(o.value(u"id"_s).toInteger(), orderTicketSeats(o));
        }
        QCOMPARE(listed.size(), buyer.orders.size());
        for (const QJsonObject &order : buyer.orders)
            QCOMPARE(listed.value(order.value(u"id"_s).toInteger()), orderTicketSeats(order));
    }
    qInfo("%d connections: %d holds (%d released), %lld seats sold to %d buyers, %d seat_taken, "
          "%d no_adjacent_seats, in %lld ms",
          Connections, holds, released, soldSeats, buyersWithOrders, seatTaken, noAdjacent,
          clock.elapsed());
    QVERIFY2(seatTaken > 0, "nobody was refused: the holds did not overlap");
    QVERIFY2(buyersWithOrders >= 10,
             qPrintable(u"only %1 connections bought seats"_s.arg(buyersWithOrders)));

    // The final map is exactly the orders: sold seats are the ones ordered, nothing held.
    const SeatMap map = getMap(*m_manager, show.perf);
    QVERIFY2(map.ok, qPrintable(map.error));
    QCOMPARE(map.count(u'h'), 0);
    QCOMPARE(qint64(map.count(u's')), soldSeats);
    for (const Seat &seat : show.venue.seats) {
        const QChar expected = orderOfSeat.contains(seat.id) ? u's' : u'a';
        QVERIFY2(map.status.at(seat.index) == expected,
                 qPrintable(u"seat %1 is '%2' in the map, the orders say '%3'"_s.arg(seat.id)
                                .arg(map.status.at(seat.index))
                                .arg(expected)));
    }
    const QJsonObject numbers = ticketTypeNumbers(*m_manager, show.perf, show.type);
    QCOMPARE(numbers.value(u"sold"_s).toInteger(-1), soldSeats);
    QCOMPARE(numbers.value(u"held"_s).toInteger(-1), 0);
    const QString problems = numbersAgainstMap(*m_manager, show.perf, show.venue);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));

    // One push per change: versions from the one after the rush began to the last, each once.
    std::sort(pushes.begin(), pushes.end(), [](const QJsonObject &x, const QJsonObject &y) {
        return x.value(u"version"_s).toInteger() < y.value(u"version"_s).toInteger();
    });
    QList<qint64> versions;
    for (const QJsonObject &p : std::as_const(pushes))
        versions.append(p.value(u"version"_s).toInteger());
    QVERIFY(!versions.isEmpty());
    QCOMPARE(versions.first(), initial.version + 1);
    QCOMPARE(versions.last(), map.version);
    for (qsizetype i = 1; i < versions.size(); ++i)
        QVERIFY2(versions.at(i) == versions.at(i - 1) + 1,
                 qPrintable(u"seats.changed versions jump from %1 to %2"_s.arg(versions.at(i - 1))
                                .arg(versions.at(i))));
    QString replayed = initial.status;
    for (const QJsonObject &p : std::as_const(pushes)) {
        const auto seats = pushedSeats(p);
        for (auto it = seats.cbegin(); it != seats.cend(); ++it) {
            const int index = show.venue.indexById.value(it.key(), -1);
            QVERIFY2(index >= 0 && it.value().first.size() == 1,
                     qPrintable(u"a pushed seat I cannot place: "_s + compact(p)));
            replayed[index] = it.value().first.at(0);
        }
    }
    QVERIFY2(replayed == map.status, "replaying seats.changed does not give the final map");
    qInfo("%lld seats.changed pushes, versions %lld to %lld, replay matches the map",
          qint64(pushes.size()), versions.first(), versions.last());
}

void TestSeatConcurrency::generalAdmissionHoldsNeverOversell()
{
    // Quantity holds on one general-admission ticket type, checked out or let go, by everyone
    // at once: never more held and sold than the capacity, and the numbers add up.
    for (const Buyer &buyer : m_buyers)
        QVERIFY2(!buyer.token.isEmpty(), "the first test did not sign everyone up");
    constexpr qint64 Capacity = 300;
    constexpr qint64 Price = 900;
    const qint64 event = seed::createEvent(*m_manager, u"Standing Rush"_s);
    const qint64 perf =
        event ? seed::createPerformance(*m_manager, event, seed::daysFromNow(71)) : 0;
    const qint64 type =
        perf ? seed::createTicketType(*m_manager, perf, u"Standing"_s, Price, Capacity) : 0;
    QVERIFY(type);
    for (Buyer &buyer : m_buyers) {
        buyer.orders.clear();
        buyer.holds = buyer.released = buyer.seatTaken = 0;
    }
    std::atomic<int> soldOutAnswers{0};
    std::latch ready(Connections);
    const auto body = [&](Buyer &buyer, TestClient &client) {
        const int index = int(&buyer - m_buyers.data());
        if (buyer.error.isEmpty()) {
            const TestClient::Response r =
                client.call(u"auth.resume"_s, {{u"token"_s, buyer.token}}, CallTimeoutMs);
            if (!r.ok)
                buyer.error = u"auth.resume: "_s + r.toString();
        }
        ready.arrive_and_wait();
        QRandomGenerator random(quint32(index) * 40503u + 7u);
        int emptyAnswers = 0;
        for (int attempt = 0; attempt < 60 && buyer.error.isEmpty() && emptyAnswers < 3;
             ++attempt) {
            const qint64 quantity = 1 + random.bounded(3);
            const TestClient::Response r =
                client.call(u"hold.create"_s,
                            {{u"ticketTypeId"_s, type}, {u"quantity"_s, quantity}}, CallTimeoutMs);
            if (!r.ok) {
                const qint64 remaining = r.error.data.value(u"remaining"_s).toInteger(-1);
                if (r.error.code != 409 || r.error.reason != u"sold_out"_s || remaining < 0 ||
                    remaining >= quantity) {
                    buyer.error = u"hold.create %1: "_s.arg(quantity) + r.toString();
                    break;
                }
                ++soldOutAnswers;
                emptyAnswers += remaining == 0 ? 1 : 0;
                continue;
            }
            emptyAnswers = 0;
            ++buyer.holds;
            const QJsonArray items =
                r.result.value(u"hold"_s).toObject().value(u"items"_s).toArray();
            if (items.size() != 1 ||
                items.first().toObject().value(u"quantity"_s).toInteger() != quantity) {
                buyer.error = u"a hold of %1: "_s.arg(quantity) + r.toString();
                break;
            }
            if (random.bounded(5) == 0) {
                const TestClient::Response released =
                    client.call(u"hold.release"_s, {{u"holdId"_s, holdId(r)}}, CallTimeoutMs);
                if (!released.ok)
                    buyer.error = u"hold.release: "_s + released.toString();
                ++buyer.released;
                continue;
            }
            const TestClient::Response order = client.call(
                u"order.checkout"_s,
                {{u"holdId"_s, holdId(r)}, {u"payment"_s, seed::sandboxPayment()}}, CallTimeoutMs);
            if (!order.ok) {
                buyer.error = u"order.checkout: "_s + order.toString();
                break;
            }
            buyer.orders.append(order.result.value(u"order"_s).toObject());
        }
    };
    QString error;
    QVERIFY2(runConcurrently(m_buyers, m_fixture.port(), body, &error), qPrintable(error));
    qint64 tickets = 0;
    int holds = 0, released = 0;
    QSet<QString> codes;
    for (const Buyer &buyer : m_buyers) {
        holds += buyer.holds;
        released += buyer.released;
        for (const QJsonObject &order : buyer.orders) {
            const qint64 n = order.value(u"tickets"_s).toArray().size();
            QCOMPARE(order.value(u"totalCents"_s).toInteger(), n * Price);
            for (const QJsonValue &t : order.value(u"tickets"_s).toArray())
                codes.insert(t.toObject().value(u"code"_s).toString());
            tickets += n;
        }
    }
    qInfo("%d quantity holds (%d released), %lld tickets sold, %d sold_out answers", holds,
          released, tickets, soldOutAnswers.load());
    QVERIFY(tickets <= Capacity);
    QCOMPARE(qint64(codes.size()), tickets);
    QVERIFY2(soldOutAnswers.load() > 0, "the stock never ran out: the holds did not compete");
    const QJsonObject numbers = ticketTypeNumbers(*m_manager, perf, type);
    QCOMPARE(numbers.value(u"sold"_s).toInteger(-1), tickets);
    QCOMPARE(numbers.value(u"held"_s).toInteger(-1), 0);
    QCOMPARE(numbers.value(u"remaining"_s).toInteger(-1), Capacity - tickets);
    QCOMPARE(numbers.value(u"capacity"_s).toInteger(-1), Capacity);
}

QTEST_GUILESS_MAIN(TestSeatConcurrency)
#include "tst_seat_concurrency.moc"
