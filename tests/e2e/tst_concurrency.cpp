// Many connections buying the same stock at the same moment: nothing oversold, nothing lost,
// no ticket code twice — also while other buyers cancel.
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

#include <atomic>
#include <functional>
#include <latch>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int Connections = 60;
constexpr int CallTimeoutMs = 60000;

// What one connection did; written only by its own thread until that thread has finished.
struct Buyer
{
    QString username;
    QString token;
    QString error;
    QList<QJsonObject> bought;  // orders as order.purchase answered them
    QList<qint64> cancelledIds; // orders this connection cancelled
    QJsonArray listed;          // order.listMine at the end
    int soldOutAnswers = 0;
};

// Runs body(buyer, client) for every buyer at once, each in its own thread with its own
// connection, and waits for all of them.
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
    const QDeadlineTimer deadline(std::chrono::minutes(4));
    bool allFinished = true;
    for (auto &thread : threads)
        allFinished = thread->wait(deadline) && allFinished;
    if (!allFinished) {
        *error = u"some connections did not finish within 4 minutes"_s;
        // Threads still blocked in a socket wait end at their own call timeouts.
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

// Buys 1–3 tickets at a time until sold out. keepTrying decides, on "sold out, 0 left",
// whether to stop (false) or try again after a moment (true).
void buyUntilSoldOut(
    Buyer &buyer, TestClient &client, qint64 ticketType, quint32 seed,
    const std::function<bool()> &keepTrying = [] { return false; })
{
    QRandomGenerator random(seed);
    qint64 cap = 3;
    for (int attempt = 0; attempt < 5000 && buyer.error.isEmpty(); ++attempt) {
        const bool mayRetry = keepTrying(); // read before the request is sent
        const qint64 quantity = qMin<qint64>(cap, 1 + random.bounded(3));
        const TestClient::Response r = client.call(u"order.purchase"_s,
                                                   {{u"ticketTypeId"_s, ticketType},
                                                    {u"quantity"_s, quantity},
                                                    {u"payment"_s, seed::sandboxPayment()}},
                                                   CallTimeoutMs);
        if (r.ok) {
            buyer.bought.append(r.result.value(u"order"_s).toObject());
            cap = 3;
            continue;
        }
        if (r.error.code == 409 && r.error.reason == u"sold_out"_s) {
            ++buyer.soldOutAnswers;
            const qint64 remaining = r.error.data.value(u"remaining"_s).toInteger(-1);
            if (remaining < 0 || remaining >= quantity) {
                buyer.error =
                    u"sold_out with data.remaining %1 for quantity %2"_s.arg(remaining).arg(
                        quantity);
                return;
            }
            if (remaining > 0) {
                cap = remaining;
                continue;
            }
            if (!mayRetry)
                return;
            cap = 3;
            QThread::msleep(3);
            continue;
        }
        buyer.error = u"order.purchase: "_s + r.toString();
        return;
    }
    if (buyer.error.isEmpty())
        buyer.error = u"still buying after 5000 attempts"_s;
}

void listOrders(Buyer &buyer, TestClient &client)
{
    if (!buyer.error.isEmpty())
        return;
    const TestClient::Response r = client.call(u"order.listMine"_s, {}, CallTimeoutMs);
    if (!r.ok)
        buyer.error = u"order.listMine: "_s + r.toString();
    buyer.listed = r.result.value(u"orders"_s).toArray();
}

// Orders among `orders` that contain the ticket type.
QList<QJsonObject> ordersFor(const QJsonArray &orders, qint64 ticketType)
{
    QList<QJsonObject> result;
    for (const QJsonValue &v : orders) {
        const QJsonObject o = v.toObject();
        for (const QJsonValue &item : o.value(u"items"_s).toArray()) {
            if (item.toObject().value(u"ticketTypeId"_s).toInteger() == ticketType) {
                result.append(o);
                break;
            }
        }
    }
    return result;
}

} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void rushSellsExactlyTheCapacity();
    void cancelWhileOthersBuy();
    void ownerAndClerkCancelTogether();
    void rushWithDeclinesCapacityCutAndDelete();
    void pushesArriveInCommitOrder();

private:
    qint64 makeTicketType(const QString &title, qint64 priceCents, qint64 capacity);
    QJsonObject ticketTypeNumbers(qint64 ticketType);

    ServerFixture m_fixture{QStringLiteral(MARQUEE_SERVER_BINARY)};
    std::unique_ptr<TestClient> m_admin;
    std::vector<Buyer> m_buyers;
    QMap<qint64, qint64> m_performanceOf;
};

void TestConcurrency::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    m_admin = m_fixture.loginAs(u"admin"_s);
    QVERIFY(m_admin);
    m_buyers.resize(Connections);
    for (int i = 0; i < Connections; ++i)
        m_buyers[i].username = u"rush_%1"_s.arg(i, 2, 10, QLatin1Char('0'));
}

void TestConcurrency::cleanup()
{
    if (QTest::currentTestFailed())
        m_fixture.server().printDiagnostics();
}

void TestConcurrency::cleanupTestCase()
{
    QVERIFY2(m_fixture.server().isRunning(), "the server died during the tests");
    QCOMPARE(m_fixture.server().stop(), 0);
}

qint64 TestConcurrency::makeTicketType(const QString &title, qint64 priceCents, qint64 capacity)
{
    const qint64 event = seed::createEvent(*m_admin, title);
    const qint64 perf = event ? seed::createPerformance(*m_admin, event, seed::daysFromNow(60)) : 0;
    const qint64 type =
        perf ? seed::createTicketType(*m_admin, perf, u"Rush"_s, priceCents, capacity) : 0;
    m_performanceOf.insert(type, perf);
    return type;
}

QJsonObject TestConcurrency::ticketTypeNumbers(qint64 ticketType)
{
    const auto r = m_admin->call(u"catalog.getPerformance"_s,
                                 {{u"performanceId"_s, m_performanceOf.value(ticketType)}});
    for (const QJsonValue &v :
         r.result.value(u"performance"_s).toObject().value(u"ticketTypes"_s).toArray()) {
        if (v.toObject().value(u"id"_s).toInteger() == ticketType)
            return v.toObject();
    }
    qWarning("ticket type %lld not found: %s", ticketType, qPrintable(r.toString()));
    return {};
}

void TestConcurrency::rushSellsExactlyTheCapacity()
{
    constexpr qint64 Capacity = 500;
    constexpr qint64 Price = 1234;
    const qint64 type = makeTicketType(u"Rush sale"_s, Price, Capacity);
    QVERIFY(type);

    // Everyone registers and logs in first, then all start buying at the same instant.
    std::latch ready(Connections);
    QElapsedTimer clock;
    std::atomic<qint64> rushStartedMs{-1};
    const auto body = [&](Buyer &buyer, TestClient &client) {
        if (buyer.error.isEmpty()) {
            const QString password = ServerFixture::staffPassword();
            TestClient::Response r = client.registerUser(buyer.username, password);
            if (!r.ok)
                buyer.error = u"register: "_s + r.toString();
            else if (!(r = client.login(buyer.username, password)).ok)
                buyer.error = u"login: "_s + r.toString();
            buyer.token = client.token();
        }
        ready.arrive_and_wait(); // reached by every thread, even a failed one
        if (!buyer.error.isEmpty())
            return;
        qint64 unset = -1;
        rushStartedMs.compare_exchange_strong(unset, clock.elapsed());
        buyUntilSoldOut(buyer, client, type, quint32(qHash(buyer.username)));
        listOrders(buyer, client);
    };
    clock.start();
    QString error;
    QVERIFY2(runConcurrently(m_buyers, m_fixture.port(), body, &error), qPrintable(error));
    qint64 orders = 0;
    for (const Buyer &buyer : m_buyers)
        orders += buyer.bought.size();
    qInfo("%d connections bought %lld tickets in %lld orders within %lld ms", Connections, Capacity,
          orders, clock.elapsed() - rushStartedMs.load());

    // What the server says about its stock.
    const QJsonObject numbers = ticketTypeNumbers(type);
    QCOMPARE(numbers.value(u"sold"_s).toInteger(-1), Capacity);
    QCOMPARE(numbers.value(u"held"_s).toInteger(-1), 0);
    QCOMPARE(numbers.value(u"remaining"_s).toInteger(-1), 0);
    QCOMPARE(numbers.value(u"capacity"_s).toInteger(-1), Capacity);

    // What the buyers were told, and what their order lists say afterwards.
    QSet<qint64> answeredIds;
    qint64 answeredTickets = 0;
    int buyersWithOrders = 0;
    for (const Buyer &buyer : m_buyers) {
        for (const QJsonObject &o : buyer.bought) {
            answeredIds.insert(o.value(u"id"_s).toInteger());
            answeredTickets += o.value(u"tickets"_s).toArray().size();
        }
        buyersWithOrders += buyer.bought.isEmpty() ? 0 : 1;
    }
    QCOMPARE(answeredTickets, Capacity);
    // On SQLite a batched rush can be over in tens of milliseconds, before every client thread has
    // been scheduled once; many distinct buyers still shows that the purchases overlapped.
    QVERIFY2(buyersWithOrders >= 10,
             qPrintable(u"only %1 connections got tickets: the purchases did not overlap"_s.arg(
                 buyersWithOrders)));

    QSet<QString> ticketCodes;
    QSet<QString> orderCodes;
    QSet<qint64> listedIds;
    qint64 tickets = 0;
    qint64 totalCents = 0;
    for (const Buyer &buyer : m_buyers) {
        const QList<QJsonObject> orders = ordersFor(buyer.listed, type);
        QCOMPARE(orders.size(), buyer.bought.size());
        for (const QJsonObject &o : orders) {
            QCOMPARE(o.value(u"status"_s).toString(), u"paid"_s);
            const qint64 quantity =
                o.value(u"items"_s).toArray().first().toObject().value(u"quantity"_s).toInteger();
            QVERIFY(quantity >= 1 && quantity <= 3);
            QCOMPARE(o.value(u"totalCents"_s).toInteger(), quantity * Price);
            const QJsonArray orderTickets = o.value(u"tickets"_s).toArray();
            QCOMPARE(orderTickets.size(), quantity);
            for (const QJsonValue &t : orderTickets) {
                QCOMPARE(t.toObject().value(u"status"_s).toString(), u"valid"_s);
                ticketCodes.insert(t.toObject().value(u"code"_s).toString());
            }
            tickets += quantity;
            totalCents += o.value(u"totalCents"_s).toInteger();
            orderCodes.insert(o.value(u"code"_s).toString());
            listedIds.insert(o.value(u"id"_s).toInteger());
        }
    }
    QCOMPARE(tickets, Capacity);
    QCOMPARE(ticketCodes.size(), Capacity); // no code twice
    QCOMPARE(totalCents, Capacity * Price);
    QCOMPARE(orderCodes.size(), listedIds.size());
    QCOMPARE(listedIds, answeredIds);
}

void TestConcurrency::cancelWhileOthersBuy()
{
    for (const Buyer &buyer : m_buyers)
        QVERIFY2(!buyer.token.isEmpty(), "the rush test did not log everyone in");
    constexpr qint64 Capacity = 300;
    constexpr qint64 Price = 2500;
    const qint64 type = makeTicketType(u"Cancel rush"_s, Price, Capacity);
    QVERIFY(type);
    for (Buyer &buyer : m_buyers) {
        buyer.bought.clear();
        buyer.listed = {};
        buyer.soldOutAnswers = 0;
    }

    // Phase 1: everyone buys it out. Phase 2: half cancel all they bought while the other half
    // keep buying until, after the last cancel, it is sold out again.
    std::latch ready(Connections);
    std::latch soldOut(Connections);
    std::atomic<int> cancellersLeft{0};
    for (int i = 0; i < Connections; i += 2)
        ++cancellersLeft;
    const auto body = [&](Buyer &buyer, TestClient &client) {
        const int index = int(&buyer - m_buyers.data());
        const bool canceller = index % 2 == 0;
        if (buyer.error.isEmpty()) {
            const TestClient::Response r =
                client.call(u"auth.resume"_s, {{u"token"_s, buyer.token}}, CallTimeoutMs);
            if (!r.ok)
                buyer.error = u"auth.resume: "_s + r.toString();
        }
        ready.arrive_and_wait();
        if (buyer.error.isEmpty())
            buyUntilSoldOut(buyer, client, type, quint32(index) * 7919u);
        soldOut.arrive_and_wait();
        if (!buyer.error.isEmpty()) {
            if (canceller)
                --cancellersLeft;
            return;
        }
        if (canceller) {
            for (const QJsonObject &order : std::as_const(buyer.bought)) {
                const qint64 id = order.value(u"id"_s).toInteger();
                const TestClient::Response r =
                    client.call(u"order.cancel"_s, {{u"orderId"_s, id}}, CallTimeoutMs);
                if (!r.ok) {
                    buyer.error = u"order.cancel: "_s + r.toString();
                    break;
                }
                buyer.cancelledIds.append(id);
            }
            --cancellersLeft;
        } else {
            buyUntilSoldOut(buyer, client, type, quint32(index) * 104729u,
                            [&cancellersLeft] { return cancellersLeft.load() > 0; });
        }
        listOrders(buyer, client);
    };
    QString error;
    QVERIFY2(runConcurrently(m_buyers, m_fixture.port(), body, &error), qPrintable(error));

    const QJsonObject numbers = ticketTypeNumbers(type);
    QCOMPARE(numbers.value(u"sold"_s).toInteger(-1), Capacity);
    QCOMPARE(numbers.value(u"remaining"_s).toInteger(-1), 0);
    QCOMPARE(numbers.value(u"held"_s).toInteger(-1), 0);

    QSet<QString> codes;
    qint64 validTickets = 0;
    qint64 allTickets = 0;
    qint64 paidCents = 0;
    int refundedOrders = 0;
    int cancelledByUs = 0;
    for (const Buyer &buyer : m_buyers) {
        cancelledByUs += buyer.cancelledIds.size();
        for (const QJsonObject &o : ordersFor(buyer.listed, type)) {
            const QString status = o.value(u"status"_s).toString();
            const qint64 id = o.value(u"id"_s).toInteger();
            QCOMPARE(status == u"refunded"_s, buyer.cancelledIds.contains(id));
            const QJsonArray tickets = o.value(u"tickets"_s).toArray();
            for (const QJsonValue &t : tickets) {
                const QString ticketStatus = t.toObject().value(u"status"_s).toString();
                QCOMPARE(ticketStatus, status == u"paid"_s ? u"valid"_s : u"cancelled"_s);
                codes.insert(t.toObject().value(u"code"_s).toString());
                ++allTickets;
                validTickets += ticketStatus == u"valid"_s ? 1 : 0;
            }
            if (status == u"paid"_s)
                paidCents += o.value(u"totalCents"_s).toInteger();
            else
                ++refundedOrders;
            QCOMPARE(o.value(u"totalCents"_s).toInteger(), Price * tickets.size());
        }
    }
    qInfo("%d orders refunded while %d connections kept buying", refundedOrders, Connections / 2);
    QVERIFY2(cancelledByUs > 0, "nobody had anything to cancel");
    QCOMPARE(refundedOrders, cancelledByUs);
    QCOMPARE(validTickets, Capacity);
    QVERIFY(validTickets <= Capacity);
    QCOMPARE(paidCents, Capacity * Price);
    QCOMPARE(codes.size(), allTickets); // no code twice, not even a cancelled one reused
}

void TestConcurrency::ownerAndClerkCancelTogether()
{
    const qint64 type = makeTicketType(u"Double refund"_s, 3000, 100);
    QVERIFY(type);
    auto owner = m_fixture.newCustomer(u"two_cancels"_s);
    auto clerk = m_fixture.loginAs(u"clerk"_s);
    QVERIFY(owner && clerk);
    for (int round = 0; round < 10; ++round) {
        const auto bought = owner->call(u"order.purchase"_s, {{u"ticketTypeId"_s, type},
                                                             {u"quantity"_s, 2},
                                                             {u"payment"_s, seed::sandboxPayment()}});
        MQ_VERIFY_OK(bought);
        const qint64 orderId = bought.result.value(u"order"_s).toObject().value(u"id"_s).toInteger();
        // Both press "cancel" at the same moment, on their own connections.
        const QJsonValue a = owner->send(u"order.cancel"_s, {{u"orderId"_s, orderId}});
        const QJsonValue b = clerk->send(u"order.cancel"_s, {{u"orderId"_s, orderId}});
        const auto first = owner->waitForResponse(a);
        const auto second = clerk->waitForResponse(b);
        QCOMPARE(int(first.ok) + int(second.ok), 1); // one refund, never two
        const auto &loser = first.ok ? second : first;
        MQ_VERIFY_ERROR(loser, 409, "already_cancelled");
    }
    const QJsonObject n = ticketTypeNumbers(type);
    QCOMPARE(n.value(u"sold"_s).toInteger(), 0);
    QCOMPARE(n.value(u"remaining"_s).toInteger(), 100);
}

void TestConcurrency::rushWithDeclinesCapacityCutAndDelete()
{
    // Buyers (every third with a declined card) rush one type while a manager cuts its capacity
    // and tries to delete it: declined cards buy nothing, the cut never goes below what is sold,
    // the delete is refused, and the numbers agree with the orders.
    constexpr qint64 Capacity = 400;
    const qint64 type = makeTicketType(u"Messy rush"_s, 1500, Capacity);
    QVERIFY(type);
    std::vector<std::unique_ptr<TestClient>> buyers;
    for (int i = 0; i < 12; ++i) {
        buyers.push_back(m_fixture.newCustomer(u"messy_%1"_s.arg(i)));
        QVERIFY(buyers.back());
    }
    auto manager = m_fixture.loginAs(u"manager"_s);
    QVERIFY(manager);
    qint64 ticketsBought = 0;
    int declined = 0;
    qint64 capacity = Capacity;
    bool soldOut = false;
    for (int round = 0; !soldOut && round < 200; ++round) {
        std::vector<QJsonValue> ids;
        for (size_t i = 0; i < buyers.size(); ++i) {
            const bool declines = (i + size_t(round)) % 3 == 0;
            ids.push_back(buyers.at(i)->send(
                u"order.purchase"_s,
                {{u"ticketTypeId"_s, type}, {u"quantity"_s, 1 + int(i % 2)},
                 {u"payment"_s, seed::sandboxPayment(declines ? u"tok_declined"_s : u"tok_ok"_s)}}));
        }
        QJsonValue cut, remove;
        const bool cutting = round % 5 == 2;
        if (cutting) {
            capacity -= 7;
            cut = manager->send(u"admin.updateTicketType"_s, {{u"id"_s, type}, {u"capacity"_s, capacity}});
            remove = manager->send(u"admin.deleteTicketType"_s, {{u"id"_s, type}});
        }
        for (size_t i = 0; i < buyers.size(); ++i) {
            const auto r = buyers.at(i)->waitForResponse(ids.at(i));
            if (r.ok) {
                ticketsBought += r.result.value(u"order"_s).toObject().value(u"tickets"_s).toArray().size();
            } else if (r.error.reason == u"payment_declined"_s) {
                ++declined;
            } else if (r.error.reason == u"sold_out"_s) {
                soldOut = true;
            } else {
                QFAIL(qPrintable(u"unexpected answer: "_s + r.toString()));
            }
        }
        if (cutting) {
            const auto c = manager->waitForResponse(cut);
            if (!c.ok) {
                MQ_VERIFY_ERROR(c, 409, "capacity_below_sold");
                capacity += 7; // refused: the capacity stayed
            }
            MQ_VERIFY_ERROR(manager->waitForResponse(remove), 409, "has_sales");
        }
    }
    QVERIFY(soldOut);
    QVERIFY(declined > 0);
    const QJsonObject n = ticketTypeNumbers(type);
    QCOMPARE(n.value(u"capacity"_s).toInteger(), capacity);
    QCOMPARE(n.value(u"sold"_s).toInteger(), ticketsBought);
    QVERIFY(ticketsBought <= capacity);
    QCOMPARE(n.value(u"remaining"_s).toInteger(), capacity - ticketsBought);
}

void TestConcurrency::pushesArriveInCommitOrder()
{
    // Purchases of two ticket types from many connections at once run on several workers that
    // publish after their commits: a subscriber must still see each type's numbers only move
    // forward (version strictly growing), ending at the true final numbers.
    const qint64 first = makeTicketType(u"Ordered pushes"_s, 1000, 300);
    QVERIFY(first);
    auto manager = m_fixture.loginAs(u"manager"_s);
    QVERIFY(manager);
    const qint64 performance = m_performanceOf.value(first);
    const qint64 second = seed::createTicketType(*manager, performance, u"Second"_s, 800, 300);
    QVERIFY(second);
    auto watcher = m_fixture.loginAs(u"customer"_s);
    QVERIFY(watcher);
    MQ_VERIFY_OK(watcher->call(u"catalog.subscribe"_s, {{u"performanceId"_s, performance}}));
    std::vector<std::unique_ptr<TestClient>> buyers;
    for (int i = 0; i < 10; ++i) {
        buyers.push_back(m_fixture.newCustomer(u"ordered_%1"_s.arg(i)));
        QVERIFY(buyers.back());
    }
    // Each buyer keeps five purchases in flight: several batches of one type run at once.
    for (int round = 0; round < 4; ++round) {
        std::vector<std::pair<size_t, QJsonValue>> ids;
        for (int k = 0; k < 5; ++k) {
            for (size_t i = 0; i < buyers.size(); ++i)
                ids.emplace_back(i, buyers.at(i)->send(
                    u"order.purchase"_s, {{u"ticketTypeId"_s, (i + size_t(k)) % 2 ? first : second},
                                          {u"quantity"_s, 1}, {u"payment"_s, seed::sandboxPayment()}}));
        }
        for (const auto &[i, id] : ids)
            MQ_VERIFY_OK(buyers.at(i)->waitForResponse(id));
    }
    QMap<qint64, qint64> lastVersion, lastSold;
    QJsonObject push;
    while (watcher->waitForPush(u"inventory.changed"_s, &push, 1500)) {
        for (const QJsonValue &v : push.value(u"ticketTypes"_s).toArray()) {
            const QJsonObject t = v.toObject();
            const qint64 id = t.value(u"id"_s).toInteger();
            const qint64 version = t.value(u"version"_s).toInteger();
            QVERIFY2(version > lastVersion.value(id),
                     qPrintable(u"type %1: version %2 after %3"_s.arg(id).arg(version).arg(lastVersion.value(id))));
            QVERIFY(t.value(u"sold"_s).toInteger() >= lastSold.value(id)); // only purchases here
            lastVersion[id] = version;
            lastSold[id] = t.value(u"sold"_s).toInteger();
        }
    }
    QCOMPARE(lastSold.value(first), 100);
    QCOMPARE(lastSold.value(second), 100);
    QCOMPARE(ticketTypeNumbers(first).value(u"version"_s).toInteger(), lastVersion.value(first));
}

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
