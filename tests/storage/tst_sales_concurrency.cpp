#include "storagefixture.h"

#include "services/adminservice.h"
#include "services/authservice.h"
#include "services/clock.h"
#include "services/passwordhasher.h"
#include "services/salesservice.h"
#include "services/serviceerror.h"

#include <QSet>
#include <QThread>
#include <QtTest>

#include <atomic>
#include <latch>

using namespace Qt::StringLiterals;
using namespace mq;
using namespace mq::services;

// Many threads, each with its own database connection (as the server's workers have), selling
// one ticket type at once: the service's locking alone must keep the numbers right.
class TestSalesConcurrency : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_fixture.open(u"setup"_s)); }
    void cleanup() { m_fixture.close(); }
    void rushSellsExactlyCapacity();
    void cancelWhilePurchasing();
    void basketsAreAllOrNothing();
    void deletingAnEventNeverDeletesASale();

private:
    TicketType makeType(qint64 capacity);
    QList<Caller> makeBuyers(int count);

    StorageFixture m_fixture;
    PasswordHasher m_hasher{2};
    PaymentGateway m_gateway;
};

TicketType TestSalesConcurrency::makeType(qint64 capacity)
{
    AuthService auth(m_fixture.db(), m_hasher);
    const Caller admin{auth.registerUser(u"boss"_s, u"password-boss"_s, {}, Role::Admin), 0};
    AdminService service(m_fixture.db());
    const Event e = service.createEvent(admin, u"Rush"_s, u"concert"_s, {});
    const Performance p = service.createPerformance(admin, e.id, Clock::now().addDays(3), u"Arena"_s,
                                                    SeatingGeneral);
    return service.createTicketType(admin, p.id, u"GA"_s, 4500, capacity).value;
}

QList<Caller> TestSalesConcurrency::makeBuyers(int count)
{
    QList<Caller> buyers;
    for (int i = 0; i < count; ++i) {
        // Rows inserted directly: hashing 16 passwords would only slow the test down.
        const Id id = m_fixture.db().write([&] {
            QSqlQuery &q = m_fixture.db().exec(
                u"INSERT INTO users (username, username_key, display_name, role, password_hash,"
                " created_at) VALUES (?, ?, ?, 'customer', 'x', 0) RETURNING id"_s,
                {u"buyer%1"_s.arg(i), u"buyer%1"_s.arg(i), u"Buyer"_s});
            q.next();
            return q.value(0).toLongLong();
        });
        buyers.append(Caller{User{id, u"buyer%1"_s.arg(i), u"Buyer"_s, Role::Customer}, 0});
    }
    return buyers;
}

void TestSalesConcurrency::rushSellsExactlyCapacity()
{
    // The path the server really runs: purchases batched per ticket type (one lock and commit per
    // batch), every thread released at the same instant.
    constexpr int Threads = 16;
    constexpr qint64 Capacity = 500;
    const TicketType type = makeType(Capacity);
    const QList<Caller> buyers = makeBuyers(Threads);
    std::atomic<qint64> ticketsBought{0};
    std::atomic<qint64> centsCharged{0};
    std::atomic<int> unexpected{0};
    std::latch start(Threads);
    QList<QThread *> threads;
    for (int i = 0; i < Threads; ++i) {
        threads.append(QThread::create([&, i] {
            storage::Database db(m_fixture.url(), u"buyer-%1"_s.arg(i));
            db.read([&] { return db.scalar(u"SELECT 1"_s); }); // connected before the start
            SalesService sales(db, m_gateway);
            start.arrive_and_wait();
            for (int n = 0;; ++n) {
                QList<PurchaseRequest> batch;
                for (int k = 0; k < 3; ++k)
                    batch.append(PurchaseRequest{buyers.at(i), type.id, 1 + (n + i + k) % 3,
                                                 {u"sandbox"_s, u"tok_ok"_s}});
                try {
                    const BatchResult result = sales.purchaseBatch(type.id, batch);
                    bool soldOut = false;
                    for (const PurchaseOutcome &o : result.outcomes) {
                        if (o.order) {
                            ticketsBought += o.order->tickets.size();
                            centsCharged += o.order->totalCents;
                        } else if (o.error && o.error->reason == u"sold_out"_s) {
                            soldOut = soldOut || o.error->data.value(u"remaining"_s).toInt() == 0;
                        } else {
                            ++unexpected;
                            return;
                        }
                    }
                    if (soldOut)
                        return;
                } catch (const std::exception &e) {
                    qWarning() << "buyer" << i << e.what();
                    ++unexpected;
                    return;
                }
            }
        }));
        threads.last()->start();
    }
    for (QThread *t : std::as_const(threads)) {
        QVERIFY(t->wait(120000));
        delete t;
    }
    QCOMPARE(unexpected.load(), 0);
    QCOMPARE(ticketsBought.load(), Capacity);
    QCOMPARE(centsCharged.load(), Capacity * 4500);
    auto &db = m_fixture.db();
    QCOMPARE(db.scalar(u"SELECT sold FROM ticket_types WHERE id = ?"_s, {type.id}), Capacity);
    QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM tickets WHERE ticket_type_id = ?"_s, {type.id}), Capacity);
    QCOMPARE(db.scalar(u"SELECT COUNT(DISTINCT code) FROM tickets"_s), Capacity);
    QCOMPARE(db.scalar(u"SELECT SUM(total_cents) FROM orders"_s), Capacity * 4500);
    QCOMPARE(db.scalar(u"SELECT SUM(amount_cents) FROM payments WHERE kind = 'charge'"_s), Capacity * 4500);
}

void TestSalesConcurrency::cancelWhilePurchasing()
{
    constexpr qint64 Capacity = 100;
    const TicketType type = makeType(Capacity);
    const QList<Caller> buyers = makeBuyers(8);
    // Sell out first, then half the buyers cancel while the other half keep buying.
    QList<Id> firstOrders;
    {
        SalesService sales(m_fixture.db(), m_gateway);
        for (int i = 0; i < Capacity / 2; ++i)
            firstOrders.append(
                sales.purchase(buyers.at(i % 4), type.id, 2, {u"sandbox"_s, u"tok_ok"_s}).order.id);
    }
    std::atomic<int> unexpected{0};
    QList<QThread *> threads;
    for (int i = 0; i < 8; ++i) {
        threads.append(QThread::create([&, i] {
            storage::Database db(m_fixture.url(), u"worker-%1"_s.arg(i));
            SalesService sales(db, m_gateway);
            try {
                if (i < 4) {
                    for (qsizetype k = i; k < firstOrders.size(); k += 4)
                        sales.cancel(buyers.at(i), firstOrders.at(k));
                } else {
                    for (int n = 0; n < 60; ++n) {
                        try {
                            sales.purchase(buyers.at(i), type.id, 1, {u"sandbox"_s, u"tok_ok"_s});
                        } catch (const ServiceError &e) {
                            if (e.error().reason != u"sold_out"_s)
                                ++unexpected;
                        }
                    }
                }
            } catch (const std::exception &e) {
                qWarning() << "worker" << i << e.what();
                ++unexpected;
            }
        }));
        threads.last()->start();
    }
    for (QThread *t : std::as_const(threads)) {
        QVERIFY(t->wait(120000));
        delete t;
    }
    QCOMPARE(unexpected.load(), 0);
    auto &db = m_fixture.db();
    const qint64 sold = db.scalar(u"SELECT sold FROM ticket_types WHERE id = ?"_s, {type.id});
    const qint64 valid = db.scalar(u"SELECT COUNT(*) FROM tickets WHERE ticket_type_id = ? AND status = 'valid'"_s,
                                   {type.id});
    QCOMPARE(sold, valid);
    QVERIFY(sold <= Capacity);
    QVERIFY(sold > 0);
    QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM orders WHERE status = 'refunded'"_s), Capacity / 2);
    QCOMPARE(db.scalar(u"SELECT COUNT(DISTINCT code) FROM tickets"_s), db.scalar(u"SELECT COUNT(*) FROM tickets"_s));
    QCOMPARE(db.scalar(u"SELECT COALESCE(SUM(total_cents), 0) FROM orders WHERE status = 'paid'"_s), valid * 4500);
}



void TestSalesConcurrency::basketsAreAllOrNothing()
{
    // "2 adults + 1 child" bought by many at once: an order has both lines or does not exist, and
    // neither type is oversold although the child tickets run out first.
    constexpr int Threads = 12;
    constexpr qint64 Adults = 300;
    constexpr qint64 Children = 100;
    const TicketType adult = makeType(Adults);
    AuthService auth(m_fixture.db(), m_hasher);
    const Caller admin{auth.registerUser(u"boss2"_s, u"password-boss"_s, {}, Role::Admin), 0};
    const TicketType child =
        AdminService(m_fixture.db()).createTicketType(admin, adult.performanceId, u"Child"_s, 2000, Children).value;
    const QList<Caller> buyers = makeBuyers(Threads);
    std::atomic<int> orders{0};
    std::atomic<int> unexpected{0};
    QList<QThread *> threads;
    for (int i = 0; i < Threads; ++i) {
        threads.append(QThread::create([&, i] {
            storage::Database db(m_fixture.url(), u"basket-%1"_s.arg(i));
            SalesService sales(db, m_gateway);
            for (;;) {
                try {
                    const SaleResult sale = sales.purchaseBasket(
                        buyers.at(i), {{child.id, 1}, {adult.id, 2}}, {u"sandbox"_s, u"tok_ok"_s});
                    if (sale.order.items.size() != 2 || sale.order.tickets.size() != 3
                        || sale.order.totalCents != 2 * 4500 + 2000)
                        ++unexpected;
                    ++orders;
                } catch (const ServiceError &e) {
                    if (e.error().reason != u"sold_out"_s)
                        ++unexpected;
                    return;
                } catch (const std::exception &e) {
                    qWarning() << "buyer" << i << e.what();
                    ++unexpected;
                    return;
                }
            }
        }));
        threads.last()->start();
    }
    for (QThread *t : std::as_const(threads)) {
        QVERIFY(t->wait(120000));
        delete t;
    }
    QCOMPARE(unexpected.load(), 0);
    QCOMPARE(orders.load(), int(Children));
    auto &db = m_fixture.db();
    QCOMPARE(db.scalar(u"SELECT sold FROM ticket_types WHERE id = ?"_s, {child.id}), Children);
    QCOMPARE(db.scalar(u"SELECT sold FROM ticket_types WHERE id = ?"_s, {adult.id}), 2 * Children);
    QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM tickets WHERE ticket_type_id = ?"_s, {adult.id}), 2 * Children);
    QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM orders o WHERE (SELECT COUNT(*) FROM order_items i"
                       " WHERE i.order_id = o.id) <> 2"_s),
             0);
    QCOMPARE(db.scalar(u"SELECT SUM(amount_cents) FROM payments WHERE kind = 'charge'"_s),
             Children * (2 * 4500 + 2000));
}

QTEST_GUILESS_MAIN(TestSalesConcurrency)
#include "tst_sales_concurrency.moc"

void TestSalesConcurrency::deletingAnEventNeverDeletesASale()
{
    // A manager deletes an event while buyers rush it: either the delete wins (nothing was sold,
    // the buyers get 404) or a sale wins (409 has_sales, the event stays) — never both.
    AuthService auth(m_fixture.db(), m_hasher);
    const Caller admin{auth.registerUser(u"boss3"_s, u"password-boss"_s, {}, Role::Admin), 0};
    const QList<Caller> buyers = makeBuyers(4);
    AdminService service(m_fixture.db());
    int deleted = 0;
    for (int round = 0; round < 15; ++round) {
        const Event e = service.createEvent(admin, u"Doomed %1"_s.arg(round), u"concert"_s, {});
        const Performance p = service.createPerformance(admin, e.id, Clock::now().addDays(3),
                                                        u"Arena"_s, SeatingGeneral);
        const TicketType type = service.createTicketType(admin, p.id, u"GA"_s, 4500, 1000).value;
        std::atomic<int> ready{0};
        std::atomic<bool> go{false};
        std::atomic<int> unexpected{0};
        const auto waitForAll = [&] {
            ++ready;
            while (!go.load())
                QThread::yieldCurrentThread();
        };
        QList<QThread *> threads;
        for (int i = 0; i < buyers.size(); ++i) {
            threads.append(QThread::create([&, i] {
                storage::Database db(m_fixture.url(), u"buyer-%1"_s.arg(i));
                SalesService sales(db, m_gateway);
                db.read([&] { return db.scalar(u"SELECT 1"_s); }); // connected before the start
                waitForAll();
                // Staggered a little differently each round, so the purchases meet the delete at
                // every point of its transaction.
                QThread::usleep(unsigned((round * 397 + i * 131) % 4000));
                for (int n = 0; n < 5; ++n) {
                    try {
                        sales.purchase(buyers.at(i), type.id, 1, {u"sandbox"_s, u"tok_ok"_s});
                    } catch (const ServiceError &e) {
                        if (e.error().reason != u"not_found"_s)
                            ++unexpected;
                        return;
                    }
                }
            }));
        }
        threads.append(QThread::create([&] {
            storage::Database db(m_fixture.url(), u"deleter"_s);
            AdminService admins(db);
            db.read([&] { return db.scalar(u"SELECT 1"_s); });
            waitForAll();
            try {
                admins.deleteEvent(admin, e.id);
            } catch (const ServiceError &e) {
                if (e.error().reason != u"has_sales"_s)
                    ++unexpected;
            }
        }));
        for (QThread *t : std::as_const(threads))
            t->start();
        while (ready.load() < threads.size())
            QThread::yieldCurrentThread();
        go = true;
        for (QThread *t : std::as_const(threads)) {
            QVERIFY(t->wait(60000));
            delete t;
        }
        QCOMPARE(unexpected.load(), 0);
        auto &db = m_fixture.db();
        const qint64 exists = db.scalar(u"SELECT COUNT(*) FROM events WHERE id = ?"_s, {e.id});
        const qint64 sold = db.scalar(u"SELECT COUNT(*) FROM order_items WHERE performance_id = ?"_s, {p.id});
        if (!exists) {
            ++deleted;
            QCOMPARE(sold, 0); // a sale deleted with its event
        }
    }
    qInfo("the delete won %d of 15 rounds", deleted);
}
