#include "storagefixture.h"

#include "app/demoseeder.h"
#include "services/adminservice.h"
#include "services/authservice.h"
#include "services/catalogservice.h"
#include "services/clock.h"
#include "services/passwordhasher.h"
#include "services/serviceerror.h"
#include "services/timezones.h"
#include "services/venueservice.h"
#include "shared/utctime.h"
#include "storage/catalogrepository.h"
#include "storage/orderrepository.h"

#include <QJsonArray>
#include <QTimeZone>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace mq;
using namespace mq::services;

// Venue time zones (issue 12) in storage and services, on both backends: stored, checked,
// answered, inherited by seated performances and order items, the server's default for rows
// from before zones, and the demo seeded in Shanghai.
class TestTimeZones : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void venueZoneIsStoredAndChecked();
    void performanceZones();
    void venueZoneMovesItsPerformances();
    void oldRowsTakeTheDefaultZone();
    void demoIsInShanghai();

private:
    Caller manager();
    static QJsonObject smallLayout();
    static int fieldOf(const std::function<void()> &call, QString *field);

    StorageFixture m_fixture;
    PasswordHasher m_hasher{1};
    Caller m_manager;
};

void TestTimeZones::init()
{
    TimeZones::setDefaultZone(u"UTC"_s);
    QVERIFY(m_fixture.open(u"timezones"_s));
    m_manager = manager();
}

void TestTimeZones::cleanup()
{
    m_fixture.close();
    TimeZones::setDefaultZone(u"UTC"_s);
}

Caller TestTimeZones::manager()
{
    AuthService auth(m_fixture.db(), m_hasher);
    return Caller{auth.registerUser(u"manager"_s, u"password-manager"_s, QString(), Role::Manager), 0};
}

QJsonObject TestTimeZones::smallLayout()
{
    QJsonArray seats;
    for (int i = 1; i <= 4; ++i)
        seats.append(QJsonObject{{u"label"_s, QString::number(i)}, {u"x"_s, i}, {u"y"_s, 1}});
    return {{u"sections"_s,
             QJsonArray{QJsonObject{{u"name"_s, u"Stalls"_s},
                                    {u"rows"_s, QJsonArray{QJsonObject{{u"label"_s, u"A"_s},
                                                                       {u"seats"_s, seats}}}}}}}};
}

// 422's field, or -1 when the call did not throw it.
int TestTimeZones::fieldOf(const std::function<void()> &call, QString *field)
{
    try {
        call();
    } catch (const ServiceError &e) {
        *field = e.error().data.value(u"field"_s).toString();
        return e.error().code;
    }
    return -1;
}

void TestTimeZones::venueZoneIsStoredAndChecked()
{
    VenueService venues(m_fixture.db());
    const Venue shanghai = venues.create(m_manager, u"Grand Theatre"_s, smallLayout(), u"Asia/Shanghai"_s);
    QCOMPARE(shanghai.timeZone, u"Asia/Shanghai"_s);
    QCOMPARE(venues.get(shanghai.id).timeZone, u"Asia/Shanghai"_s);
    QCOMPARE(venues.getJson(shanghai.id).value(u"timeZone"_s).toString(), u"Asia/Shanghai"_s);
    QCOMPARE(venues.list().first().summaryJson().value(u"timeZone"_s).toString(), u"Asia/Shanghai"_s);

    // Without one: the server's default.
    TimeZones::setDefaultZone(u"Europe/Berlin"_s);
    QCOMPARE(venues.create(m_manager, u"Berlin Hall"_s, smallLayout()).timeZone, u"Europe/Berlin"_s);

    QString field;
    QCOMPARE(fieldOf([&] { venues.create(m_manager, u"Nowhere"_s, smallLayout(), u"Mars/Olympus_Mons"_s); }, &field),
             422);
    QCOMPARE(field, u"timeZone"_s);
    QCOMPARE(fieldOf([&] { venues.update(m_manager, shanghai.id, std::nullopt, u"CST+8"_s); }, &field), 422);
    QCOMPARE(field, u"timeZone"_s);
    QCOMPARE(venues.get(shanghai.id).timeZone, u"Asia/Shanghai"_s);
}

void TestTimeZones::performanceZones()
{
    AdminService admin(m_fixture.db());
    const Event event = admin.createEvent(m_manager, u"Winter Gala"_s, u"concert"_s, {});
    const QDateTime start = Clock::now().addDays(30);

    // General admission: the zone given, or the default.
    NewPerformance ga{event.id, start, u"Peace Hotel"_s, SeatingGeneral, std::nullopt, false,
                      u"America/New_York"_s};
    const Performance newYork = admin.createPerformance(m_manager, ga);
    QCOMPARE(newYork.timeZone, u"America/New_York"_s);
    ga.timeZone.clear();
    TimeZones::setDefaultZone(u"Asia/Tokyo"_s);
    QCOMPARE(admin.createPerformance(m_manager, ga).timeZone, u"Asia/Tokyo"_s);
    QCOMPARE(CatalogService(m_fixture.db()).performance(newYork.id).timeZone, u"America/New_York"_s);
    QCOMPARE(CatalogService(m_fixture.db()).performance(newYork.id).toJson().value(u"timeZone"_s).toString(),
             u"America/New_York"_s);

    QString field;
    ga.timeZone = u"Atlantis/Capital"_s;
    QCOMPARE(fieldOf([&] { admin.createPerformance(m_manager, ga); }, &field), 422);
    QCOMPARE(field, u"timeZone"_s);

    // A general-admission performance moves zone; the instant stays.
    PerformanceChanges move;
    move.timeZone = u"Europe/London"_s;
    const Performance london = admin.updatePerformance(m_manager, newYork.id, move);
    QCOMPARE(london.timeZone, u"Europe/London"_s);
    QCOMPARE(london.startsAt, newYork.startsAt);

    // Reserved: the venue's zone; another one is refused.
    const Venue hall = VenueService(m_fixture.db()).create(m_manager, u"Hall"_s, smallLayout(), u"Asia/Shanghai"_s);
    NewPerformance seated{event.id, start, {}, SeatingReserved, hall.id, false, {}};
    const Performance inHall = admin.createPerformance(m_manager, seated);
    QCOMPARE(inHall.timeZone, u"Asia/Shanghai"_s);
    seated.timeZone = u"Asia/Shanghai"_s;
    QCOMPARE(admin.createPerformance(m_manager, seated).timeZone, u"Asia/Shanghai"_s);
    seated.timeZone = u"Europe/Paris"_s;
    QCOMPARE(fieldOf([&] { admin.createPerformance(m_manager, seated); }, &field), 422);
    QCOMPARE(field, u"timeZone"_s);
    PerformanceChanges elsewhere;
    elsewhere.timeZone = u"Europe/Paris"_s;
    QCOMPARE(fieldOf([&] { admin.updatePerformance(m_manager, inHall.id, elsewhere); }, &field), 422);
    QCOMPARE(field, u"timeZone"_s);

    // The audit log names the start with its zone.
    const auto entries = admin.auditLog(10, 0);
    bool named = false;
    for (const auto &e : entries) {
        if (e.entity == u"performance"_s && e.entityId == inHall.id)
            named = e.subject.value(u"timeZone"_s).toString() == u"Asia/Shanghai"_s;
    }
    QVERIFY(named);
}

void TestTimeZones::venueZoneMovesItsPerformances()
{
    AdminService admin(m_fixture.db());
    VenueService venues(m_fixture.db());
    const Venue hall = venues.create(m_manager, u"Hall"_s, smallLayout(), u"Asia/Shanghai"_s);
    const Event event = admin.createEvent(m_manager, u"Gala"_s, u"concert"_s, {});
    const Performance p = admin.createPerformance(
        m_manager, NewPerformance{event.id, Clock::now().addDays(3), {}, SeatingReserved, hall.id, false, {}});
    const Venue moved = venues.update(m_manager, hall.id, u"Hall B"_s, u"Asia/Hong_Kong"_s);
    QCOMPARE(moved.name, u"Hall B"_s);
    QCOMPARE(moved.timeZone, u"Asia/Hong_Kong"_s);
    QCOMPARE(venues.getJson(hall.id).value(u"timeZone"_s).toString(), u"Asia/Hong_Kong"_s);
    QCOMPARE(venues.getJson(hall.id).value(u"name"_s).toString(), u"Hall B"_s);
    QCOMPARE(CatalogService(m_fixture.db()).performance(p.id).timeZone, u"Asia/Hong_Kong"_s);
    QCOMPARE(CatalogService(m_fixture.db()).performance(p.id).startsAt, p.startsAt);
}

void TestTimeZones::oldRowsTakeTheDefaultZone()
{
    // The schema just before time zones: the newest version whose venues have no time_zone.
    int before = storage::Migrations::latestVersion() - 1;
    for (;; --before) {
        QVERIFY(before >= 1);
        m_fixture.close();
        QVERIFY(m_fixture.open(u"timezones-old"_s, before));
        bool hasZones = true;
        try {
            m_fixture.db().read([&] { m_fixture.db().exec(u"SELECT time_zone FROM venues"_s); });
        } catch (const std::exception &) {
            hasZones = false;
        }
        if (!hasZones)
            break;
    }
    storage::Database &db = m_fixture.db();
    const qint64 start = toStorageTime(QDateTime(QDate(2027, 1, 15), QTime(11, 30), QTimeZone::utc()));
    db.write([&] {
        db.exec(u"INSERT INTO users (username, username_key, display_name, role, password_hash, created_at)"
                " VALUES ('buyer', 'buyer', 'Buyer', 'customer', 'x', 0)"_s);
        db.exec(u"INSERT INTO venues (name, seat_count, focus_x, focus_y, created_at) VALUES ('Hall', 0, 0, 0, 0)"_s);
        db.exec(u"INSERT INTO events (title, category, description, created_at) VALUES ('Gala', 'concert', '', 0)"_s);
        db.exec(u"INSERT INTO performances (event_id, starts_at, venue, seating, venue_id)"
                " VALUES (1, ?, 'Hall', 'reserved', 1)"_s, {start});
        db.exec(u"INSERT INTO performances (event_id, starts_at, venue, seating) VALUES (1, ?, 'Bar', 'general')"_s,
                {start});
        db.exec(u"INSERT INTO orders (code, user_id, status, total_cents, payment_provider, created_at)"
                " VALUES ('MQ-OLD', 1, 'paid', 100, 'cash', 0)"_s);
        db.exec(u"INSERT INTO order_items (order_id, ticket_type_id, quantity, unit_price_cents,"
                " ticket_type_name, performance_id, event_title, starts_at, venue)"
                " VALUES (1, 1, 1, 100, 'Standing', 2, 'Gala', ?, 'Bar')"_s, {start});
        db.exec(u"INSERT INTO order_items (order_id, ticket_type_id, quantity, unit_price_cents,"
                " ticket_type_name, performance_id, event_title, starts_at, venue)"
                " VALUES (1, 2, 1, 100, 'Gone', 99, 'Gala', ?, 'Bar')"_s, {start});
    });
    TimeZones::setDefaultZone(u"Asia/Shanghai"_s);
    m_fixture.reopen(); // as a server started with --default-time-zone Asia/Shanghai
    storage::Database &upgraded = m_fixture.db();
    QCOMPARE(upgraded.read([&] {
                 QSqlQuery &q = upgraded.exec(u"SELECT time_zone FROM venues"_s);
                 q.next();
                 return q.value(0).toString();
             }),
             u"Asia/Shanghai"_s);
    storage::CatalogRepository catalog(upgraded);
    for (Id id : {Id(1), Id(2)}) {
        const auto p = upgraded.read([&] { return catalog.performance(id); });
        QVERIFY(p);
        QCOMPARE(p->timeZone, u"Asia/Shanghai"_s);
    }
    const QList<Order> orders = upgraded.read([&] { return storage::OrderRepository(upgraded).listByUser(1, 10); });
    QCOMPARE(orders.size(), 1);
    QCOMPARE(orders.first().items.size(), 2);
    for (const OrderItem &item : orders.first().items)
        QCOMPARE(item.timeZone, u"Asia/Shanghai"_s);
}

void TestTimeZones::demoIsInShanghai()
{
    QVERIFY(app::DemoSeeder::seed(m_fixture.db()));
    const QTimeZone shanghai("Asia/Shanghai");
    QVERIFY(shanghai.isValid());
    storage::CatalogRepository catalog(m_fixture.db());
    const QList<Event> events = m_fixture.db().read([&] {
        QList<Event> all;
        for (const Event &e : catalog.events())
            all.append(*catalog.event(e.id));
        return all;
    });
    bool sawConcert = false;
    QSet<int> museumHours;
    for (const Event &e : events) {
        for (const Performance &p : e.performances) {
            QCOMPARE(p.timeZone, u"Asia/Shanghai"_s);
            if (e.title.startsWith(u"Shanghai Symphony"_s)) {
                // 19:30 in Shanghai is 11:30 UTC, whatever this machine's zone.
                QCOMPARE(p.startsAt.toUTC().time(), QTime(11, 30));
                QCOMPARE(p.startsAt.toTimeZone(shanghai).time(), QTime(19, 30));
                sawConcert = true;
            }
            if (e.category == u"exhibition"_s)
                museumHours.insert(p.startsAt.toTimeZone(shanghai).time().hour());
        }
    }
    QVERIFY(sawConcert);
    QCOMPARE(museumHours, (QSet<int>{9, 11, 13, 15}));
    const QList<Venue> venues = VenueService(m_fixture.db()).list();
    QVERIFY(!venues.isEmpty());
    for (const Venue &v : venues)
        QCOMPARE(v.timeZone, u"Asia/Shanghai"_s);
}

QTEST_GUILESS_MAIN(TestTimeZones)
#include "tst_timezones.moc"
