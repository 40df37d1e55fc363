#include "seatingtesthelpers.h"
#include "storagefixture.h"
#include "support/testbackend.h"

#include "services/adminservice.h"
#include "services/authservice.h"
#include "services/catalogservice.h"
#include "services/clock.h"
#include "services/holdservice.h"
#include "services/passwordhasher.h"
#include "services/salesservice.h"
#include "services/seatingservice.h"
#include "services/venueservice.h"
#include "shared/utctime.h"
#include "storage/orderrepository.h"
#include "storage/paymentrepository.h"

#include <QThread>
#include <QtTest>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace mq::storage;

class TestMigrations : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_fixture.open(u"migrations"_s)); }
    void cleanup() { m_fixture.close(); }

    void freshDatabaseIsAtLatestVersion()
    {
        QCOMPARE(Migrations::currentVersion(m_fixture.db()), Migrations::latestVersion());
        QVERIFY(Migrations::latestVersion() >= 1);
    }

    void applyingTwiceChangesNothing()
    {
        Migrations::apply(m_fixture.db());
        QCOMPARE(Migrations::currentVersion(m_fixture.db()), Migrations::latestVersion());
        QCOMPARE(m_fixture.db().scalar(u"SELECT COUNT(*) FROM schema_version"_s), 1);
    }

    void refusesANewerSchema()
    {
        m_fixture.db().write([&] {
            m_fixture.db().exec(u"UPDATE schema_version SET version = ?"_s,
                                {Migrations::latestVersion() + 1});
        });
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, Migrations::apply(m_fixture.db()));
    }

    void serversStartingTogetherMigrateOnce()
    {
        // Four servers starting at once on an empty database: one migrates, the others wait and
        // find it done; none fails.
        QTemporaryDir dir;
        QString error;
        const auto url = DatabaseUrl::parse(freshDatabaseUrl(dir), &error);
        QVERIFY2(url, qPrintable(error));
        std::atomic<int> failures{0};
        std::atomic<bool> go{false};
        QList<QThread *> threads;
        for (int i = 0; i < 4; ++i) {
            threads.append(QThread::create([&, i] {
                try {
                    Database db(*url, u"starting-%1"_s.arg(i));
                    while (!go.load())
                        QThread::yieldCurrentThread();
                    Migrations::apply(db);
                } catch (const std::exception &e) {
                    qWarning() << "server" << i << "failed to start:" << e.what();
                    ++failures;
                }
            }));
            threads.last()->start();
        }
        QThread::msleep(50);
        go = true;
        for (QThread *t : std::as_const(threads)) {
            QVERIFY(t->wait(60000));
            delete t;
        }
        QCOMPARE(failures.load(), 0);
        Database check(*url, u"check"_s);
        QCOMPARE(check.read([&] { return Migrations::currentVersion(check); }), Migrations::latestVersion());
        QCOMPARE(check.read([&] { return check.scalar(u"SELECT COUNT(*) FROM schema_version"_s); }), 1);
    }

    void connectionSettingsFromTheUrl()
    {
        if (m_fixture.url().backend == Backend::Sqlite) {
            // FULL (2) by default: a sale answered survives a power cut.
            QCOMPARE(m_fixture.db().read([&] { return m_fixture.db().scalar(u"PRAGMA synchronous"_s); }), 2);
            QString error;
            const auto normal = DatabaseUrl::parse(m_fixture.urlText() + u"?synchronous=normal"_s, &error);
            QVERIFY2(normal, qPrintable(error));
            Database db(*normal, u"normal-sync"_s);
            QCOMPARE(db.read([&] { return db.scalar(u"PRAGMA synchronous"_s); }), 1);
            QVERIFY(!DatabaseUrl::parse(m_fixture.urlText() + u"?synchronous=off"_s, &error));
            return;
        }
        const QString glue = m_fixture.urlText().contains(u'?') ? u"&"_s : u"?"_s;
        QString error;
        // libpq options pass through: the test cluster has no TLS, so requiring it must fail…
        const auto tls = DatabaseUrl::parse(m_fixture.urlText() + glue + u"sslmode=require"_s, &error);
        QVERIFY2(tls, qPrintable(error));
        QVERIFY_THROWS_EXCEPTION(StorageError, Database(*tls, u"tls-required"_s).read([] { return 0; }));
        // …and disabling it works, with the session settings a hung transaction cannot outlive.
        const auto plain = DatabaseUrl::parse(m_fixture.urlText() + glue + u"sslmode=disable"_s
                                                  + u"&application_name=marquee-test"_s, &error);
        QVERIFY2(plain, qPrintable(error));
        Database db(*plain, u"tls-disabled"_s);
        db.read([&] {
            QSqlQuery &q = db.exec(u"SELECT current_setting('application_name'),"
                                   " current_setting('idle_in_transaction_session_timeout')"_s);
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), u"marquee-test"_s);
            QCOMPARE(q.value(1).toString(), u"30s"_s);
        });
        // Unknown keywords and values that would break out of the option list are refused.
        QVERIFY(!DatabaseUrl::parse(m_fixture.urlText() + glue + u"bogus=1"_s, &error));
        QVERIFY(error.contains(u"bogus"_s));
        QVERIFY(!DatabaseUrl::parse(m_fixture.urlText() + glue + u"sslmode=require%3Bhost%3Devil"_s, &error));
    }

    void everyTableExists()
    {
        for (const QString &table : {u"users"_s, u"sessions"_s, u"login_throttle"_s, u"events"_s,
                                     u"performances"_s, u"ticket_types"_s, u"orders"_s,
                                     u"order_items"_s, u"tickets"_s, u"payments"_s,
                                     u"audit_log"_s, u"venues"_s, u"seats"_s, u"holds"_s,
                                     u"hold_items"_s, u"performance_seats"_s}) {
            QCOMPARE(m_fixture.db().scalar(u"SELECT COUNT(*) FROM "_s + table, {}, -1), 0);
        }
    }

    void oversellIsRefusedByTheSchemaItself()
    {
        // The last line of defence: sold + held can never exceed capacity, whatever the code does.
        auto &db = m_fixture.db();
        db.write([&] {
            db.exec(u"INSERT INTO events (title, category, description, created_at) VALUES ('e', 'movie', '', 0)"_s);
            db.exec(u"INSERT INTO performances (event_id, starts_at, venue, seating) VALUES (1, 0, 'v', 'general')"_s);
            db.exec(u"INSERT INTO ticket_types (performance_id, name, price_cents, capacity) VALUES (1, 't', 100, 2)"_s);
        });
        QVERIFY_THROWS_EXCEPTION(StorageError, db.write([&] {
            db.exec(u"UPDATE ticket_types SET sold = 3 WHERE id = 1"_s);
        }));
        QCOMPARE(db.scalar(u"SELECT sold FROM ticket_types WHERE id = 1"_s), 0);
    }

    void upgradesAVersion1DatabaseInPlace()
    {
        // A database as the first released schema left it, with a customer's paid order in it.
        using namespace mq;
        using namespace mq::services;
        m_fixture.close();
        QVERIFY(m_fixture.open(u"migrations"_s, 1));
        auto &db = m_fixture.db();
        QCOMPARE(Migrations::currentVersion(db), 1);
        PasswordHasher hasher(1);
        AuthService auth(db, hasher);
        const User alice = auth.registerUser(u"alice"_s, u"password-alice"_s, u"Alice"_s);
        const User boss = auth.registerUser(u"boss"_s, u"password-boss"_s, {}, Role::Admin);
        const QDateTime startsAt = Clock::now().addDays(10);
        struct Old
        {
            Id event, performance, ticketType, order;
        } old{};
        db.write([&] {
            old.event = db.scalar(u"INSERT INTO events (title, category, description, created_at)"
                                  " VALUES ('Old Gig', 'concert', 'From version 1', 0) RETURNING id"_s);
            old.performance = db.scalar(u"INSERT INTO performances (event_id, starts_at, venue, seating)"
                                        " VALUES (?, ?, 'Old Hall', 'general') RETURNING id"_s,
                                        {old.event, toStorageTime(startsAt)});
            old.ticketType = db.scalar(u"INSERT INTO ticket_types (performance_id, name, price_cents, capacity, sold)"
                                       " VALUES (?, 'Standing', 2500, 100, 2) RETURNING id"_s,
                                       {old.performance});
            old.order = db.scalar(u"INSERT INTO orders (code, user_id, status, total_cents, payment_provider, created_at)"
                                  " VALUES ('MQ-OLD1-ORDR', ?, 'paid', 5000, 'sandbox', 1000) RETURNING id"_s,
                                  {alice.id});
            db.exec(u"INSERT INTO order_items (order_id, ticket_type_id, quantity, unit_price_cents,"
                    " ticket_type_name, performance_id, event_title, starts_at, venue)"
                    " VALUES (?, ?, 2, 2500, 'Standing', ?, 'Old Gig', ?, 'Old Hall')"_s,
                    {old.order, old.ticketType, old.performance, toStorageTime(startsAt)});
            for (const QString &code : {u"OLDT-ICKE-T000-0001"_s, u"OLDT-ICKE-T000-0002"_s})
                db.exec(u"INSERT INTO tickets (order_id, ticket_type_id, code, status) VALUES (?, ?, ?, 'valid')"_s,
                        {old.order, old.ticketType, code});
            db.exec(u"INSERT INTO payments (order_id, kind, provider, amount_cents, status, idempotency_key,"
                    " provider_reference, created_at) VALUES (?, 'charge', 'sandbox', 5000, 'succeeded',"
                    " 'MQ-OLD1-ORDR:charge', 'ch_old', 1000)"_s,
                    {old.order});
            db.exec(u"INSERT INTO audit_log (at, user_id, username, action, entity, entity_id)"
                    " VALUES (1000, ?, 'boss', 'event.create', 'event', ?)"_s,
                    {boss.id, old.event});
        });

        // A new server starts on it: the schema is upgraded in place.
        m_fixture.reopen();
        auto &upgraded = m_fixture.db();
        QCOMPARE(Migrations::currentVersion(upgraded), Migrations::latestVersion());
        QCOMPARE(upgraded.scalar(u"SELECT COUNT(*) FROM schema_version"_s), 1);
        // Everything is still there and reads as before.
        AuthService upgradedAuth(upgraded, hasher);
        QCOMPARE(upgradedAuth.login(u"ALICE"_s, u"password-alice"_s).user.id, alice.id);
        const auto order = upgraded.read([&] { return OrderRepository(upgraded).find(old.order); });
        QVERIFY(order);
        QCOMPARE(order->code, u"MQ-OLD1-ORDR"_s);
        QCOMPARE(order->status, OrderPaid);
        QCOMPARE(order->totalCents, 5000);
        QCOMPARE(order->items.size(), 1);
        QCOMPARE(order->items.first().quantity, 2);
        QCOMPARE(order->items.first().eventTitle, u"Old Gig"_s);
        QVERIFY(order->items.first().seatIds.isEmpty());
        QCOMPARE(order->tickets.size(), 2);
        for (const Ticket &t : order->tickets) {
            QCOMPARE(t.seatId, 0);
            QCOMPARE(t.status, TicketValid);
        }
        const Caller aliceCaller{alice, 0};
        const Caller bossCaller{boss, 0};
        PaymentGateway gateway;
        SalesService sales(upgraded, gateway);
        QCOMPARE(sales.listMine(aliceCaller).size(), 1);
        const Performance perf = CatalogService(upgraded).performance(old.performance);
        QCOMPARE(perf.seating, SeatingGeneral);
        QVERIFY(!perf.venueId);
        QVERIFY(!perf.noSingleSeats);
        QCOMPARE(perf.ticketTypes.first().sold, 2);
        QCOMPARE(perf.ticketTypes.first().remaining(), 98);
        QCOMPARE(AdminService(upgraded).auditLog(10, 0).size(), 1);

        // The old catalog sells, holds and cancels as new.
        const SaleResult sale = sales.purchase(aliceCaller, old.ticketType, 1, {u"sandbox"_s, u"tok_ok"_s});
        QCOMPARE(sale.change.ticketTypes.first().sold, 3);
        HoldService holds(upgraded, gateway, 600);
        const HoldOutcome held = holds.holdQuantity(aliceCaller, old.ticketType, 4);
        QCOMPARE(holds.checkout(aliceCaller, held.hold.id, {u"sandbox"_s, u"tok_ok"_s}).order.tickets.size(), 4);
        const SaleResult cancelled = sales.cancel(aliceCaller, old.order);
        QCOMPARE(cancelled.order.status, OrderRefunded);
        QCOMPARE(CatalogService(upgraded).performance(old.performance).ticketTypes.first().sold, 5);
        QCOMPARE(PaymentRepository(upgraded).forOrder(old.order).size(), 2);

        // Reserved seating works on it, under the old event too.
        using namespace seating_test;
        const Venue venue = VenueService(upgraded).create(
            bossCaller, u"New Hall"_s, toLayout({{u"Stalls"_s, {straightRow(u"A"_s, 6, 1), straightRow(u"B"_s, 6, 2)}}}));
        NewPerformance n;
        n.eventId = old.event;
        n.startsAt = startsAt;
        n.seating = SeatingReserved;
        n.venueId = venue.id;
        AdminService admin(upgraded);
        const Performance seated = admin.createPerformance(bossCaller, n);
        const TicketType category =
            admin.createTicketType(bossCaller, NewTicketType{seated.id, u"Stalls"_s, 3000, std::nullopt, allSeats(venue)}).value;
        QCOMPARE(category.capacity, 12);
        const HoldOutcome best = holds.holdBestAvailable(aliceCaller, seated.id, category.id, 2);
        QCOMPARE(best.hold.seatIds(), seats(venue, u"A"_s, {3, 4}));
        const Order seatedOrder = holds.checkout(aliceCaller, best.hold.id, {u"sandbox"_s, u"tok_ok"_s}).order;
        QCOMPARE(seatedOrder.items.first().seatIds, seats(venue, u"A"_s, {3, 4}));
        QCOMPARE(seatedOrder.tickets.first().seat.row, u"A"_s);
        QCOMPARE(SeatingService(upgraded).map(seated.id).status, u"aassaaaaaaaa"_s);
        QCOMPARE(sales.listMine(aliceCaller).size(), 4);
        // Upgrading again changes nothing.
        m_fixture.reopen();
        QCOMPARE(Migrations::currentVersion(m_fixture.db()), Migrations::latestVersion());
        QCOMPARE(SeatingService(m_fixture.db()).map(seated.id).status, u"aassaaaaaaaa"_s);
    }

private:
    StorageFixture m_fixture;
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
