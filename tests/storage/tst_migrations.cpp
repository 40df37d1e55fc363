#include "storagefixture.h"

#include <QtTest>

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

private:
    StorageFixture m_fixture;
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
