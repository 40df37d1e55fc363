// The sale rush (issue 11) against the real server: requestId repeats on two connections at
// once, the waiting room's order, pushes and refusals, SIGKILL between reserve and pay, and a
// rush at the capacity boundary with declined cards and a cancel. The server's database is read
// directly after each test to check that its numbers agree with each other.
#include "storage/database.h"
#include "storage/databaseurl.h"

#include "support/catalogseed.h"
#include "support/rpcassert.h"
#include "support/serverfixture.h"
#include "support/testclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <memory>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Price = 2500;

struct TypeRef
{
    qint64 performanceId = 0;
    qint64 typeId = 0;
};

// One buyer on its own connection, with everything that arrived for its purchase and when.
struct Buyer
{
    std::unique_ptr<TestClient> client;
    QJsonValue id;
    int quantity = 0;
    QString token;
    qint64 sentAt = -1;
    std::optional<TestClient::Response> answer;
    qint64 answeredAt = -1;
    QList<std::pair<qint64, QJsonObject>> positions; // (when, queue.position params)
};

QJsonObject purchaseParams(qint64 typeId, int quantity, const QString &token = u"tok_ok"_s,
                           const QString &requestId = {})
{
    QJsonObject p{{u"ticketTypeId"_s, typeId}, {u"quantity"_s, quantity},
                  {u"payment"_s, seed::sandboxPayment(token)}};
    if (!requestId.isEmpty())
        p.insert(u"requestId"_s, requestId);
    return p;
}

TestClient::Response responseOf(const QJsonObject &message)
{
    TestClient::Response r;
    r.id = message.value(u"id"_s);
    if (message.contains(u"error"_s)) {
        r.error = mq::RpcError::fromJson(message.value(u"error"_s).toObject());
    } else {
        r.ok = true;
        r.result = message.value(u"result"_s).toObject();
    }
    return r;
}

bool sameId(const QJsonValue &a, const QJsonValue &b)
{
    return a.toDouble() == b.toDouble();
}

QJsonObject orderOf(const TestClient::Response &r)
{
    return r.result.value(u"order"_s).toObject();
}

} // namespace

class TestE2eSaleRush : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void requestIdRepeatsGetOneOrder();
    void waitingRoomServesInArrivalOrder();
    void closedConnectionLeavesTheLine();
    void fullWaitingRoomAnswersBusy();
    void killedBetweenReserveAndPayLosesNothing();
    void rushAtTheCapacityBoundary();
    void checkoutWaitsForTheGatewayWithoutAWorker();

private:
    bool relaunch(const QStringList &args);
    TypeRef newTicketType(qint64 capacity);
    // The ticket type as catalog.getPerformance shows it.
    QJsonObject typeState(TestClient &client, const TypeRef &type);
    std::unique_ptr<TestClient> newBuyer(const QString &name);
    // `n` new customers, each signed in on its own connection (registered and signed in all at
    // once, so the password hashing runs on every sign-in worker); empty on failure.
    std::vector<std::unique_ptr<TestClient>> newBuyers(int n, const QString &name,
                                                       QStringList *usernames = nullptr);
    // Reads every buyer's frames until each has its answer or the time is up.
    void collect(std::vector<Buyer> &buyers, int timeoutMs);
    // The server's database, read directly (never written).
    mq::storage::Database &db();
    qint64 count(const QString &sql, const QVariantList &args = {});
    // What disagrees among the stored numbers of this ticket type, or empty.
    QString invariantViolation(qint64 typeId);

    ServerFixture m_fixture{QStringLiteral(MARQUEE_SERVER_BINARY)};
    QStringList m_args;
    std::unique_ptr<mq::storage::Database> m_db;
    QElapsedTimer m_clock;
    int m_names = 0;
};

void TestE2eSaleRush::initTestCase()
{
    m_clock.start();
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
}

void TestE2eSaleRush::cleanup()
{
    if (QTest::currentTestFailed())
        m_fixture.server().printDiagnostics();
}

bool TestE2eSaleRush::relaunch(const QStringList &args)
{
    ServerProcess &server = m_fixture.server();
    if (server.isRunning() && server.stop() != 0) {
        qWarning("the server did not stop cleanly: %s", qPrintable(server.errorString()));
        return false;
    }
    m_args = args;
    if (!server.start(m_fixture.databaseUrl(), args)) {
        qWarning("the server did not start: %s", qPrintable(server.errorString()));
        return false;
    }
    return true;
}

TypeRef TestE2eSaleRush::newTicketType(qint64 capacity)
{
    auto manager = m_fixture.loginAs(u"manager"_s);
    if (!manager)
        return {};
    const qint64 event = seed::createEvent(*manager, u"Rush %1"_s.arg(++m_names));
    const qint64 performance = seed::createPerformance(*manager, event, seed::daysFromNow(20));
    return {performance, seed::createTicketType(*manager, performance, u"Floor"_s, Price, capacity)};
}

QJsonObject TestE2eSaleRush::typeState(TestClient &client, const TypeRef &type)
{
    const auto r = client.call(u"catalog.getPerformance"_s, {{u"performanceId"_s, type.performanceId}});
    if (!r.ok) {
        qWarning("catalog.getPerformance: %s", qPrintable(r.toString()));
        return {};
    }
    const QJsonArray types = r.result.value(u"performance"_s).toObject().value(u"ticketTypes"_s).toArray();
    for (const QJsonValue &t : types) {
        if (t.toObject().value(u"id"_s).toInteger() == type.typeId)
            return t.toObject();
    }
    return {};
}

std::unique_ptr<TestClient> TestE2eSaleRush::newBuyer(const QString &name)
{
    return m_fixture.newCustomer(u"%1%2"_s.arg(name).arg(++m_names));
}

std::vector<std::unique_ptr<TestClient>> TestE2eSaleRush::newBuyers(int n, const QString &name,
                                                                     QStringList *usernames)
{
    std::vector<std::unique_ptr<TestClient>> clients;
    QStringList names;
    QList<QJsonValue> ids;
    for (int i = 0; i < n; ++i) {
        auto client = m_fixture.connect();
        if (!client)
            return {};
        names.append(u"%1%2"_s.arg(name).arg(++m_names));
        ids.append(client->send(u"auth.register"_s, {{u"username"_s, names.last()},
                                                     {u"password"_s, ServerFixture::staffPassword()}}));
        clients.push_back(std::move(client));
    }
    for (int step = 0; step < 2; ++step) {
        for (int i = 0; i < n; ++i) {
            const auto r = clients.at(i)->waitForResponse(ids.at(i), 30000);
            if (!r.ok) {
                qWarning("%s %s: %s", step == 0 ? "registering" : "signing in as", qPrintable(names.at(i)),
                         qPrintable(r.toString()));
                return {};
            }
        }
        if (step == 0) {
            for (int i = 0; i < n; ++i)
                ids[i] = clients.at(i)->send(u"auth.login"_s, {{u"username"_s, names.at(i)},
                                                               {u"password"_s, ServerFixture::staffPassword()}});
        }
    }
    if (usernames)
        *usernames = names;
    return clients;
}

void TestE2eSaleRush::collect(std::vector<Buyer> &buyers, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    bool waiting = true;
    while (waiting && !deadline.hasExpired()) {
        waiting = false;
        for (Buyer &b : buyers) {
            if (b.answer || !b.client || !b.client->isConnected())
                continue;
            waiting = true;
            const QJsonObject message = b.client->readMessage(2);
            if (message.isEmpty())
                continue;
            const qint64 now = m_clock.elapsed();
            if (message.value(u"method"_s).toString() == u"queue.position"_s && !message.contains(u"id"_s)) {
                b.positions.append({now, message.value(u"params"_s).toObject()});
            } else if (message.contains(u"id"_s) && sameId(message.value(u"id"_s), b.id)) {
                b.answer = responseOf(message);
                b.answeredAt = now;
            }
        }
    }
}

mq::storage::Database &TestE2eSaleRush::db()
{
    if (!m_db) {
        QString error;
        const auto url = mq::storage::DatabaseUrl::parse(m_fixture.databaseUrl(), &error);
        if (!url)
            qFatal("cannot read the test database URL: %s", qPrintable(error));
        m_db = std::make_unique<mq::storage::Database>(*url, u"salerush-inspect"_s);
    }
    return *m_db;
}

qint64 TestE2eSaleRush::count(const QString &sql, const QVariantList &args)
{
    return db().read([&] { return db().scalar(sql, args, -1); });
}

QString TestE2eSaleRush::invariantViolation(qint64 typeId)
{
    const qint64 sold = count(u"SELECT sold FROM ticket_types WHERE id = ?"_s, {typeId});
    const qint64 held = count(u"SELECT held FROM ticket_types WHERE id = ?"_s, {typeId});
    const qint64 tickets = count(u"SELECT COUNT(*) FROM tickets t JOIN orders o ON o.id = t.order_id"
                                 " WHERE t.ticket_type_id = ? AND t.status = 'valid' AND o.status = 'paid'"_s,
                                 {typeId});
    if (sold != tickets)
        return u"sold %1 but %2 valid tickets of paid orders"_s.arg(sold).arg(tickets);
    const qint64 intents = count(u"SELECT COUNT(*) FROM purchase_intents"_s);
    if (held != 0 || intents != 0)
        return u"held %1 with %2 purchases pending after everyone was answered"_s.arg(held).arg(intents);
    if (const qint64 n = count(u"SELECT COUNT(*) FROM (SELECT order_id FROM payments WHERE kind = 'charge'"
                               " GROUP BY order_id HAVING COUNT(*) > 1) AS d"_s))
        return u"%1 orders charged twice"_s.arg(n);
    if (const qint64 n = count(u"SELECT COUNT(*) FROM sandbox_ledger l WHERE l.status = 'approved'"
                               " AND l.idempotency_key LIKE '%:charge'"
                               " AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.code || ':charge' = l.idempotency_key)"_s))
        return u"%1 approved charges without an order"_s.arg(n);
    if (const qint64 n = count(u"SELECT COUNT(*) FROM orders o WHERE o.payment_provider = 'sandbox' AND NOT EXISTS"
                               " (SELECT 1 FROM payments p WHERE p.order_id = o.id AND p.kind = 'charge')"_s))
        return u"%1 orders without their charge"_s.arg(n);
    return {};
}

void TestE2eSaleRush::requestIdRepeatsGetOneOrder()
{
    QVERIFY(relaunch({u"--payment-latency-ms"_s, u"300"_s}));
    const TypeRef type = newTicketType(50);
    QVERIFY(type.typeId);
    auto first = newBuyer(u"twin"_s);
    QVERIFY(first);
    const QString username = first->user().value(u"username"_s).toString();
    auto second = m_fixture.loginAs(username);
    QVERIFY(second);

    // The same purchase from two connections at the same moment (a client that reconnected
    // and asked again while the first attempt was still paying).
    const QJsonObject params = purchaseParams(type.typeId, 2, u"tok_ok"_s, u"twin-0001"_s);
    const QJsonValue a = first->send(u"order.purchase"_s, params);
    const QJsonValue b = second->send(u"order.purchase"_s, params);
    const auto ra = first->waitForResponse(a, 15000);
    const auto rb = second->waitForResponse(b, 15000);
    MQ_VERIFY_OK(ra);
    MQ_VERIFY_OK(rb);
    const qint64 orderId = orderOf(ra).value(u"id"_s).toInteger();
    QVERIFY(orderId > 0);
    QCOMPARE(orderOf(rb).value(u"id"_s).toInteger(), orderId);
    QCOMPARE(orderOf(rb).value(u"code"_s).toString(), orderOf(ra).value(u"code"_s).toString());
    QCOMPARE(orderOf(ra).value(u"tickets"_s).toArray().size(), 2);

    // Asked again after it succeeded: the same order, nothing new.
    const auto again = second->call(u"order.purchase"_s, params, 15000);
    MQ_VERIFY_OK(again);
    QCOMPARE(orderOf(again).value(u"id"_s).toInteger(), orderId);
    const auto mine = first->call(u"order.listMine"_s);
    MQ_VERIFY_OK(mine);
    QCOMPARE(mine.result.value(u"orders"_s).toArray().size(), 1);

    // Another user with the same requestId buys on its own.
    auto other = newBuyer(u"stranger"_s);
    QVERIFY(other);
    const auto theirs = other->call(u"order.purchase"_s, params, 15000);
    MQ_VERIFY_OK(theirs);
    QVERIFY(orderOf(theirs).value(u"id"_s).toInteger() != orderId);

    const QJsonObject state = typeState(*first, type);
    QCOMPARE(state.value(u"sold"_s).toInteger(), 4);
    QCOMPARE(state.value(u"held"_s).toInteger(), 0);
    const QString code = orderOf(ra).value(u"code"_s).toString();
    QCOMPARE(count(u"SELECT COUNT(*) FROM sandbox_ledger WHERE idempotency_key = ?"_s, {QString(code + u":charge"_s)}), 1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM payments WHERE order_id = ? AND kind = 'charge'"_s, {orderId}), 1);
    const QString violation = invariantViolation(type.typeId);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

void TestE2eSaleRush::waitingRoomServesInArrivalOrder()
{
    QVERIFY(relaunch({u"--max-buyers-per-type"_s, u"1"_s, u"--payment-latency-ms"_s, u"400"_s}));
    const TypeRef type = newTicketType(100);
    QVERIFY(type.typeId);
    std::vector<Buyer> buyers(6);
    auto clients = newBuyers(int(buyers.size()), u"queued"_s);
    QCOMPARE(clients.size(), buyers.size());
    for (size_t i = 0; i < buyers.size(); ++i) {
        buyers[i].client = std::move(clients[i]);
        buyers[i].quantity = 1 + int(i % 2);
    }
    // One after another, 60 ms apart, so the arrival order is known.
    for (Buyer &b : buyers) {
        b.sentAt = m_clock.elapsed();
        b.id = b.client->send(u"order.purchase"_s, purchaseParams(type.typeId, b.quantity));
        QThread::msleep(60);
    }
    collect(buyers, 30000);

    qint64 lastOrderId = 0;
    qint64 lastAnsweredAt = 0;
    qint64 firstAnswerAt = -1;
    for (size_t i = 0; i < buyers.size(); ++i) {
        const Buyer &b = buyers.at(i);
        QVERIFY2(b.answer, qPrintable(u"buyer %1 was never answered"_s.arg(i)));
        MQ_VERIFY_OK(*b.answer);
        const qint64 orderId = orderOf(*b.answer).value(u"id"_s).toInteger();
        QCOMPARE(orderOf(*b.answer).value(u"tickets"_s).toArray().size(), b.quantity);
        // Served in arrival order, one at a time.
        QVERIFY2(orderId > lastOrderId, qPrintable(u"buyer %1 got order %2 after order %3"_s.arg(i).arg(orderId).arg(lastOrderId)));
        QVERIFY2(b.answeredAt > lastAnsweredAt,
                 qPrintable(u"buyer %1 answered at %2 ms, before the one ahead (%3 ms)"_s.arg(i).arg(b.answeredAt).arg(lastAnsweredAt)));
        lastOrderId = orderId;
        lastAnsweredAt = b.answeredAt;
        if (firstAnswerAt < 0)
            firstAnswerAt = b.answeredAt;
    }
    // With one buyer at a time, each waits for the payments ahead of it.
    QVERIFY2(buyers.back().answeredAt - buyers.front().sentAt >= 5 * 400,
             qPrintable(u"six purchases of 400 ms each one at a time took only %1 ms"_s.arg(buyers.back().answeredAt - buyers.front().sentAt)));

    // The first was served at once; every other one was told its place, counting down.
    QVERIFY2(buyers.front().positions.isEmpty(), "the first buyer had to wait");
    bool estimateAfterFirstAnswer = false;
    for (size_t i = 1; i < buyers.size(); ++i) {
        const Buyer &b = buyers.at(i);
        QVERIFY2(!b.positions.isEmpty(), qPrintable(u"buyer %1 was not told its place"_s.arg(i)));
        QCOMPARE(b.positions.first().second.value(u"position"_s).toInt(), int(i));
        int previous = int(i) + 1;
        for (const auto &[at, params] : b.positions) {
            QVERIFY2(sameId(params.value(u"id"_s), b.id),
                     qPrintable(u"buyer %1: queue.position for id %2, its request is %3"_s.arg(i)
                                    .arg(params.value(u"id"_s).toDouble()).arg(b.id.toDouble())));
            QCOMPARE(params.value(u"ticketTypeId"_s).toInteger(), type.typeId);
            const int position = params.value(u"position"_s).toInt();
            QVERIFY2(position >= 1 && position < previous,
                     qPrintable(u"buyer %1: position %2 after %3"_s.arg(i).arg(position).arg(previous)));
            previous = position;
            if (at > firstAnswerAt && params.contains(u"estimatedWaitMs"_s)) {
                QVERIFY(params.value(u"estimatedWaitMs"_s).toInteger() > 0);
                estimateAfterFirstAnswer = true;
            }
        }
    }
    // The last ones waited long enough to see their place change.
    QVERIFY2(buyers.at(5).positions.size() >= 2, "the last buyer's place was never updated");
    QVERIFY2(buyers.at(4).positions.size() >= 2, "the fifth buyer's place was never updated");
    QVERIFY2(estimateAfterFirstAnswer, "no estimatedWaitMs once purchases had completed");

    auto watcher = m_fixture.loginAs(u"clerk"_s);
    QVERIFY(watcher);
    const QJsonObject state = typeState(*watcher, type);
    QCOMPARE(state.value(u"sold"_s).toInteger(), 1 + 2 + 1 + 2 + 1 + 2);
    QCOMPARE(state.value(u"held"_s).toInteger(), 0);
    const QString violation = invariantViolation(type.typeId);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

void TestE2eSaleRush::closedConnectionLeavesTheLine()
{
    QVERIFY(relaunch({u"--max-buyers-per-type"_s, u"1"_s, u"--payment-latency-ms"_s, u"1000"_s}));
    const TypeRef type = newTicketType(100);
    QVERIFY(type.typeId);
    std::vector<Buyer> buyers(4);
    QStringList names;
    auto clients = newBuyers(int(buyers.size()), u"leaver"_s, &names);
    QCOMPARE(clients.size(), buyers.size());
    for (size_t i = 0; i < buyers.size(); ++i) {
        buyers[i].client = std::move(clients[i]);
        buyers[i].quantity = 1;
    }
    const QString leaverName = names.at(1);
    for (Buyer &b : buyers) {
        b.sentAt = m_clock.elapsed();
        b.id = b.client->send(u"order.purchase"_s, purchaseParams(type.typeId, 1));
        QThread::msleep(50);
    }
    // The second buyer, first in line, gives up and closes its connection.
    QJsonObject first;
    QVERIFY2(buyers.at(1).client->waitForPush(u"queue.position"_s, &first, 2000), "no place in line");
    QCOMPARE(first.value(u"position"_s).toInt(), 1);
    buyers.at(1).client->disconnectFromServer();
    const qint64 leftAt = m_clock.elapsed();
    collect(buyers, 20000);

    QVERIFY(!buyers.at(1).answer);
    for (size_t i : {size_t(0), size_t(2), size_t(3)}) {
        QVERIFY2(buyers.at(i).answer, qPrintable(u"buyer %1 was never answered"_s.arg(i)));
        MQ_VERIFY_OK(*buyers.at(i).answer);
    }
    // The others moved up while the first was still paying: 2 → 1 and 3 → 2.
    auto movedUp = [&](const Buyer &b, int from, int to) {
        bool sawFrom = false;
        for (const auto &[at, params] : b.positions) {
            const int p = params.value(u"position"_s).toInt();
            if (p == from)
                sawFrom = true;
            if (p == to && sawFrom && at > leftAt && at < buyers.front().answeredAt)
                return true;
        }
        return false;
    };
    QVERIFY2(movedUp(buyers.at(2), 2, 1), "the third buyer did not move up to 1 when the second left");
    QVERIFY2(movedUp(buyers.at(3), 3, 2), "the fourth buyer did not move up to 2 when the second left");
    QVERIFY(buyers.at(2).answeredAt < buyers.at(3).answeredAt);
    // The one who left bought nothing.
    auto back = m_fixture.loginAs(leaverName);
    QVERIFY(back);
    const auto mine = back->call(u"order.listMine"_s);
    MQ_VERIFY_OK(mine);
    QCOMPARE(mine.result.value(u"orders"_s).toArray().size(), 0);
    const QJsonObject state = typeState(*back, type);
    QCOMPARE(state.value(u"sold"_s).toInteger(), 3);
    QCOMPARE(state.value(u"held"_s).toInteger(), 0);
    const QString violation = invariantViolation(type.typeId);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

void TestE2eSaleRush::fullWaitingRoomAnswersBusy()
{
    QVERIFY(relaunch({u"--max-waiting"_s, u"2"_s, u"--payment-latency-ms"_s, u"1000"_s}));
    const TypeRef type = newTicketType(100);
    QVERIFY(type.typeId);
    std::vector<Buyer> buyers(3);
    auto clients = newBuyers(int(buyers.size()), u"crowd"_s);
    QCOMPARE(clients.size(), buyers.size());
    for (size_t i = 0; i < buyers.size(); ++i)
        buyers[i].client = std::move(clients[i]);
    buyers[0].id = buyers[0].client->send(u"order.purchase"_s, purchaseParams(type.typeId, 1));
    buyers[1].id = buyers[1].client->send(u"order.purchase"_s, purchaseParams(type.typeId, 1));
    QThread::msleep(100);
    // Two purchases in progress fill it: the third is refused at once, with when to come back.
    QElapsedTimer timer;
    timer.start();
    const auto refused = buyers[2].client->call(u"order.purchase"_s, purchaseParams(type.typeId, 1), 5000);
    MQ_VERIFY_ERROR(refused, 503, "busy");
    QVERIFY2(timer.elapsed() < 700, qPrintable(u"the refusal took %1 ms"_s.arg(timer.elapsed())));
    QVERIFY(refused.error.data.value(u"retryAfterMs"_s).toInteger() > 0);
    const auto a = buyers[0].client->waitForResponse(buyers[0].id, 10000);
    const auto b = buyers[1].client->waitForResponse(buyers[1].id, 10000);
    MQ_VERIFY_OK(a);
    MQ_VERIFY_OK(b);
    // With room again, the refused buyer gets in.
    const auto later = buyers[2].client->call(u"order.purchase"_s, purchaseParams(type.typeId, 1), 10000);
    MQ_VERIFY_OK(later);
    const QJsonObject state = typeState(*buyers[2].client, type);
    QCOMPARE(state.value(u"sold"_s).toInteger(), 3);
    QCOMPARE(state.value(u"held"_s).toInteger(), 0);
}

void TestE2eSaleRush::killedBetweenReserveAndPayLosesNothing()
{
    QVERIFY(relaunch({u"--payment-latency-ms"_s, u"3000"_s}));
    const TypeRef type = newTicketType(10);
    QVERIFY(type.typeId);
    auto buyer = newBuyer(u"unlucky"_s);
    QVERIFY(buyer);
    const QString username = buyer->user().value(u"username"_s).toString();
    const qint64 userId = buyer->userId();
    const qint64 approvedBefore = count(u"SELECT COUNT(*) FROM sandbox_ledger WHERE status = 'approved'"_s);
    const qint64 paymentsBefore = count(u"SELECT COUNT(*) FROM payments"_s);
    const qint64 voidedBefore = count(u"SELECT COUNT(*) FROM sandbox_ledger WHERE status = 'voided'"_s);
    const QJsonObject params = purchaseParams(type.typeId, 2, u"tok_ok"_s, u"kill-me-0001"_s);
    buyer->send(u"order.purchase"_s, params);

    // Reserved (held), the payment still on its way: the server dies.
    auto watcher = m_fixture.loginAs(u"clerk"_s);
    QVERIFY(watcher);
    QElapsedTimer timer;
    timer.start();
    qint64 held = 0;
    while (held != 2 && timer.elapsed() < 2500) {
        held = typeState(*watcher, type).value(u"held"_s).toInteger();
        if (held != 2)
            QThread::msleep(20);
    }
    QCOMPARE(held, 2);
    QCOMPARE(count(u"SELECT COUNT(*) FROM purchase_intents WHERE user_id = ?"_s, {userId}), 1);
    m_fixture.server().kill();
    QVERIFY(buyer->waitForDisconnected(5000));

    QVERIFY2(m_fixture.server().start(m_fixture.databaseUrl(), m_args),
             qPrintable(m_fixture.server().errorString()));
    // Reconciled at start (or, on PostgreSQL, once the dead server's presence lock is gone):
    // nothing was charged, so nothing is sold and the reservation is released.
    auto viewer = m_fixture.loginAs(u"clerk"_s);
    QVERIFY(viewer);
    timer.restart();
    QJsonObject state = typeState(*viewer, type);
    while (state.value(u"held"_s).toInteger() != 0 && timer.elapsed() < 15000) {
        QThread::msleep(100);
        state = typeState(*viewer, type);
    }
    qInfo("released %lld ms after the restart", timer.elapsed());
    QCOMPARE(state.value(u"held"_s).toInteger(), 0);
    QCOMPARE(state.value(u"sold"_s).toInteger(), 0);
    QCOMPARE(state.value(u"remaining"_s).toInteger(), 10);
    QCOMPARE(count(u"SELECT COUNT(*) FROM purchase_intents"_s), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM orders WHERE user_id = ?"_s, {userId}), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM sandbox_ledger WHERE status = 'approved'"_s), approvedBefore);
    QCOMPARE(count(u"SELECT COUNT(*) FROM payments"_s), paymentsBefore);
    // Its key is voided at the gateway, so a charge still on its way could never go through.
    QCOMPARE(count(u"SELECT COUNT(*) FROM sandbox_ledger WHERE status = 'voided'"_s), voidedBefore + 1);

    // The buyer comes back and repeats its requestId: that attempt bought nothing, so this one
    // buys, once.
    auto again = m_fixture.loginAs(username);
    QVERIFY(again);
    const auto none = again->call(u"order.listMine"_s);
    MQ_VERIFY_OK(none);
    QCOMPARE(none.result.value(u"orders"_s).toArray().size(), 0);
    const auto bought = again->call(u"order.purchase"_s, params, 15000);
    MQ_VERIFY_OK(bought);
    QCOMPARE(orderOf(bought).value(u"tickets"_s).toArray().size(), 2);
    const auto repeat = again->call(u"order.purchase"_s, params, 15000);
    MQ_VERIFY_OK(repeat);
    QCOMPARE(orderOf(repeat).value(u"id"_s).toInteger(), orderOf(bought).value(u"id"_s).toInteger());
    const auto mine = again->call(u"order.listMine"_s);
    MQ_VERIFY_OK(mine);
    QCOMPARE(mine.result.value(u"orders"_s).toArray().size(), 1);
    state = typeState(*again, type);
    QCOMPARE(state.value(u"sold"_s).toInteger(), 2);
    QCOMPARE(state.value(u"held"_s).toInteger(), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM sandbox_ledger WHERE status = 'approved'"_s), approvedBefore + 1);
    const QString violation = invariantViolation(type.typeId);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

void TestE2eSaleRush::rushAtTheCapacityBoundary()
{
    constexpr qint64 Capacity = 40;
    QVERIFY(relaunch({u"--payment-latency-ms"_s, u"50"_s}));
    const TypeRef type = newTicketType(Capacity);
    QVERIFY(type.typeId);
    // Someone bought 4 before the rush and cancels during it.
    auto early = newBuyer(u"early"_s);
    QVERIFY(early);
    const auto earlyOrder = early->call(u"order.purchase"_s, purchaseParams(type.typeId, 4));
    MQ_VERIFY_OK(earlyOrder);
    std::vector<Buyer> buyers(30);
    auto clients = newBuyers(int(buyers.size()), u"rusher"_s);
    QCOMPARE(clients.size(), buyers.size());
    for (size_t i = 0; i < buyers.size(); ++i) {
        buyers[i].client = std::move(clients[i]);
        buyers[i].quantity = 1 + int(i % 4);
        buyers[i].token = i % 7 == 3 ? u"tok_declined"_s : u"tok_ok"_s;
    }
    // 73 tickets asked for (10 of them with cards that decline) for the 40.
    for (Buyer &b : buyers) {
        b.sentAt = m_clock.elapsed();
        b.id = b.client->send(u"order.purchase"_s, purchaseParams(type.typeId, b.quantity, b.token));
    }
    const auto cancelled = early->call(
        u"order.cancel"_s, {{u"orderId"_s, orderOf(earlyOrder).value(u"id"_s).toInteger()}}, 15000);
    MQ_VERIFY_OK(cancelled);
    QCOMPARE(orderOf(cancelled).value(u"status"_s).toString(), u"refunded"_s);
    collect(buyers, 30000);

    qint64 ticketsBought = 0;
    int orders = 0, soldOut = 0, declined = 0;
    for (size_t i = 0; i < buyers.size(); ++i) {
        const Buyer &b = buyers.at(i);
        QVERIFY2(b.answer, qPrintable(u"buyer %1 was never answered"_s.arg(i)));
        const TestClient::Response &r = *b.answer;
        if (r.ok) {
            QVERIFY2(b.token == u"tok_ok"_s, qPrintable(u"buyer %1 bought with a declined card"_s.arg(i)));
            const QJsonObject order = orderOf(r);
            QCOMPARE(order.value(u"tickets"_s).toArray().size(), b.quantity);
            QCOMPARE(order.value(u"totalCents"_s).toInteger(), Price * b.quantity);
            QCOMPARE(order.value(u"status"_s).toString(), u"paid"_s);
            ticketsBought += b.quantity;
            ++orders;
        } else if (r.error.reason == u"sold_out"_s) {
            QCOMPARE(r.error.code, 409);
            const qint64 remaining = r.error.data.value(u"remaining"_s).toInteger(-1);
            QVERIFY2(remaining >= 0 && remaining < b.quantity,
                     qPrintable(u"buyer %1 asked for %2, told sold out with %3 left"_s.arg(i).arg(b.quantity).arg(remaining)));
            ++soldOut;
        } else {
            QVERIFY2(b.token == u"tok_declined"_s, qPrintable(u"buyer %1: %2"_s.arg(i).arg(r.toString())));
            MQ_VERIFY_ERROR(r, 402, "payment_declined");
            ++declined;
        }
        // What each buyer was told is what it has.
        const auto mine = b.client->call(u"order.listMine"_s);
        MQ_VERIFY_OK(mine);
        QCOMPARE(mine.result.value(u"orders"_s).toArray().size(), r.ok ? 1 : 0);
    }
    qInfo("rush: %d orders (%lld tickets), %d sold out, %d declined", orders, ticketsBought, soldOut, declined);
    QVERIFY(soldOut > 0);
    QVERIFY(orders > 0);

    const QJsonObject state = typeState(*early, type);
    QCOMPARE(state.value(u"held"_s).toInteger(), 0);
    QCOMPARE(state.value(u"sold"_s).toInteger(), ticketsBought);
    QCOMPARE(state.value(u"remaining"_s).toInteger(), Capacity - ticketsBought);
    QString violation = invariantViolation(type.typeId);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
    // Whatever the rush left (a ticket or three nobody's quantity fitted) is all still for
    // sale: single tickets sell out to exactly the capacity.
    qint64 topUp = 0;
    while (true) {
        const auto r = early->call(u"order.purchase"_s, purchaseParams(type.typeId, 1), 10000);
        if (!r.ok) {
            MQ_VERIFY_ERROR(r, 409, "sold_out");
            QCOMPARE(r.error.data.value(u"remaining"_s).toInteger(-1), 0);
            break;
        }
        QVERIFY(++topUp <= Capacity);
    }
    QCOMPARE(ticketsBought + topUp, Capacity);
    const QJsonObject after = typeState(*early, type);
    QCOMPARE(after.value(u"sold"_s).toInteger(), Capacity);
    QCOMPARE(after.value(u"held"_s).toInteger(), 0);
    QCOMPARE(after.value(u"remaining"_s).toInteger(), 0);
    violation = invariantViolation(type.typeId);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

// order.checkout waits out the gateway's latency on a timer: with ONE database worker, four
// checkouts paying at once finish in about one latency (not four), and a request sent while
// they pay is answered at once.
void TestE2eSaleRush::checkoutWaitsForTheGatewayWithoutAWorker()
{
    constexpr int LatencyMs = 800;
    QVERIFY(relaunch({u"--payment-latency-ms"_s, QString::number(LatencyMs), u"--workers"_s, u"1"_s}));
    const TypeRef type = newTicketType(20);
    QVERIFY(type.typeId);
    std::vector<std::unique_ptr<TestClient>> buyers;
    QList<qint64> holds;
    for (int i = 0; i < 4; ++i) {
        buyers.push_back(newBuyer(u"payer"_s));
        QVERIFY(buyers.back());
        const auto hold = buyers.back()->call(u"hold.create"_s,
                                              {{u"ticketTypeId"_s, type.typeId}, {u"quantity"_s, 2}});
        MQ_VERIFY_OK(hold);
        holds.append(hold.result.value(u"hold"_s).toObject().value(u"id"_s).toInteger());
    }
    auto bystander = newBuyer(u"bystander"_s);
    QVERIFY(bystander);

    QElapsedTimer clock;
    clock.start();
    QList<QJsonValue> ids;
    for (int i = 0; i < 4; ++i)
        ids.append(buyers.at(i)->send(u"order.checkout"_s, {{u"holdId"_s, holds.at(i)},
                                                           {u"payment"_s, seed::sandboxPayment(u"tok_ok"_s)}}));
    QTest::qWait(100); // the checkouts are with the gateway now
    const qint64 askedAt = clock.elapsed();
    const auto mine = bystander->call(u"order.listMine"_s);
    MQ_VERIFY_OK(mine);
    const qint64 waited = clock.elapsed() - askedAt;
    QVERIFY2(waited < LatencyMs / 2, qPrintable(u"order.listMine waited %1 ms behind the payments"_s.arg(waited)));
    for (int i = 0; i < 4; ++i) {
        const auto r = buyers.at(i)->waitForResponse(ids.at(i), 15000);
        MQ_VERIFY_OK(r);
        QCOMPARE(orderOf(r).value(u"tickets"_s).toArray().size(), 2);
    }
    const qint64 total = clock.elapsed();
    QVERIFY2(total >= LatencyMs, qPrintable(u"answered after %1 ms, before the gateway could"_s.arg(total)));
    QVERIFY2(total < 2 * LatencyMs, qPrintable(u"four checkouts took %1 ms: they paid one after another"_s.arg(total)));
    const QJsonObject state = typeState(*bystander, type);
    QCOMPARE(state.value(u"sold"_s).toInteger(), 8);
    QCOMPARE(state.value(u"held"_s).toInteger(), 0);
    const QString violation = invariantViolation(type.typeId);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

QTEST_GUILESS_MAIN(TestE2eSaleRush)
#include "tst_e2e_salerush.moc"
