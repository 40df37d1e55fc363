// Reserved seating in process, on SQLite and PostgreSQL: venues and their layouts, price
// categories and blocked seats, seat maps and versions, holds and their expiry, checkout and
// cancellation, best available and the no-single-seat rule — and, after every step, that the
// ticket types' numbers are exactly what the seat rows say.

#include "seatingtesthelpers.h"
#include "storagefixture.h"

#include "services/adminservice.h"
#include "services/catalogservice.h"
#include "services/clock.h"
#include "services/holdservice.h"
#include "services/salesservice.h"
#include "services/seatingservice.h"
#include "services/serviceerror.h"
#include "services/venueservice.h"
#include "shared/utctime.h"
#include "storage/catalogrepository.h"
#include "storage/holdrepository.h"
#include "storage/orderrepository.h"
#include "storage/paymentrepository.h"

#include <QThread>
#include <QtTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace mq;
using namespace mq::services;
using namespace seating_test;

#define EXPECT_SERVICE_ERROR(expr, wantCode, wantReason)                                           \
    do {                                                                                           \
        bool thrown = false;                                                                       \
        try {                                                                                      \
            expr;                                                                                  \
        } catch (const ServiceError &e) {                                                          \
            thrown = true;                                                                         \
            QCOMPARE(e.error().code, wantCode);                                                    \
            QCOMPARE(e.error().reason, QLatin1String(wantReason));                                 \
        }                                                                                          \
        QVERIFY2(thrown, "expected a ServiceError from " #expr);                                   \
    } while (false)

// Ticket-type numbers against the seat rows (and holds, tickets) of one performance.
#define CHECK_COUNTS(performanceId)                                                                \
    do {                                                                                           \
        const QString mismatch = countsMismatch(performanceId);                                    \
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));                                        \
    } while (false)

namespace {

constexpr int HoldSeconds = 600;
const PaymentMethod CardOk{u"sandbox"_s, u"tok_ok"_s};
const PaymentMethod CardDeclined{u"sandbox"_s, u"tok_declined"_s};
const PaymentMethod Cash{u"cash"_s, {}};

template<typename F>
RpcError errorOf(F &&f)
{
    try {
        f();
    } catch (const ServiceError &e) {
        return e.error();
    }
    return {};
}

QList<Id> idsOf(const QJsonValue &v)
{
    return idsFromJson(v.toArray());
}

QList<Id> sorted(QList<Id> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

class TestSeating : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    // Venues
    void layoutIsParsed();
    void defaultFocusIsTheMiddleOfTheFrontEdge();
    void layoutErrorsNameThePlace_data();
    void layoutErrorsNameThePlace();
    void layoutSeatLimit();
    void venueAndReservedPerformance();
    void venueInUseCannotBeDeleted();

    // Price categories, blocked seats, maps
    void priceCategoriesCountTheirSeats();
    void assignSeatsMovesAndRecounts();
    void assignSeatsGuards();
    void blockedSeats();
    void versionCountsEveryChangeOnce();
    void deletingACategoryTakesItsSeatsOffSale();

    // Holds
    void holdAndRelease();
    void holdRefusals();
    void holdsArePrivate();
    void holdLimitForCustomersNotStaff();
    void generalAdmissionHolds();
    void expiryPutsSeatsBack();
    void expiredHoldCheckoutChargesNothing();
    void declinedPaymentKeepsTheHold();
    void holdBeingPaidForDoesNotExpire();
    void holdExpiringDuringItsCheckoutIsSold();
    void salesCloseForHoldsAndCheckout();

    // Checkout and cancel
    void checkoutMakesASeatedOrder();
    void checkoutChargesThePriceHeld();
    void cashCheckoutIsForStaff();
    void cancelPutsExactlyThoseSeatsBack();

    // Best available
    void bestAvailableNearestAdjacentSeats();
    void bestAvailableRespectsAisles();
    void bestAvailableSkipsWheelchairPlaces();
    void bestAvailableSkipsRestrictedViewWhileOthersRemain();
    void bestAvailableStaysInItsCategory();
    void bestAvailableGuards();

    // The no-single-seat rule
    void noSingleSeatsOnHolds();
    void noSingleSeatsAtAisles();
    void noSingleSeatsInBestAvailable();

    // The database's own guarantees
    void databaseRefusesASecondSale();
    void deletingAnEventWithSeatHistory();
    void largeCategoriesInChunks();
    void countsCheckCatchesADrift();

private:
    Caller makeUser(const QString &name, Role role);
    Venue makeVenue(const QString &name, const QJsonObject &layout);
    // Stalls: rows A–D of 10 seats (x 0–9, y 1–4), focus (4.5, 0).
    Venue hall();
    Performance reserved(Id venueId, bool noSingleSeats = false, qint64 startsInSecs = 10 * 86400);
    TicketType category(Id performanceId, const QString &name, Cents price, const QList<Id> &seatIds);
    TicketType generalType(qint64 capacity, Cents price = 1000);
    TicketType ticketType(Id id);
    SeatMap map(Id performanceId);
    // The map's letters for these seats, in the order given.
    QString statuses(const Venue &venue, Id performanceId, const QList<Id> &seatIds);
    QList<Id> categoriesOf(const Venue &venue, Id performanceId, const QList<Id> &seatIds);
    QString countsMismatch(Id performanceId);
    qint64 count(const QString &sql, const QVariantList &args = {});
    HoldService holds() { return HoldService(m_fixture.db(), m_gateway, HoldSeconds); }
    void moveClock(qint64 secs) { Clock::setOffsetForTesting(secs * 1000); }

    StorageFixture m_fixture;
    PaymentGateway m_gateway;
    Caller m_admin;
    Caller m_alice;
    Caller m_bob;
    Caller m_clerk;
    qint64 m_nextVenueId = 1;
};

void TestSeating::init()
{
    Clock::setOffsetForTesting(0);
    QVERIFY(m_fixture.open(u"seating"_s));
    startVenueIdsAt(m_fixture.db(), m_nextVenueId);
    m_nextVenueId += 1000;
    m_admin = makeUser(u"boss"_s, Role::Admin);
    m_alice = makeUser(u"alice"_s, Role::Customer);
    m_bob = makeUser(u"bob"_s, Role::Customer);
    m_clerk = makeUser(u"clerk"_s, Role::Clerk);
}

void TestSeating::cleanup()
{
    Clock::setOffsetForTesting(0);
    m_fixture.close();
}

Caller TestSeating::makeUser(const QString &name, Role role)
{
    // No password hashing: these tests never sign in.
    auto &db = m_fixture.db();
    const Id id = db.write([&] {
        return db.scalar(u"INSERT INTO users (username, username_key, display_name, role, password_hash,"
                         " created_at) VALUES (?, ?, ?, ?, 'not-a-hash', 0) RETURNING id"_s,
                         {name, name.toLower(), name, roleName(role)});
    });
    return Caller{User{id, name, name, role}, 0};
}

Venue TestSeating::makeVenue(const QString &name, const QJsonObject &layout)
{
    return VenueService(m_fixture.db()).create(m_admin, name, layout);
}

Venue TestSeating::hall()
{
    QList<RowSpec> rows;
    for (int r = 0; r < 4; ++r)
        rows.append(straightRow(QString(QChar(u'A' + r)), 10, r + 1));
    return makeVenue(u"Hall"_s, toLayout({{u"Stalls"_s, rows}}, point(4.5, 0)));
}

Performance TestSeating::reserved(Id venueId, bool noSingleSeats, qint64 startsInSecs)
{
    AdminService admin(m_fixture.db());
    const Event event = admin.createEvent(m_admin, u"Seated Concert"_s, u"concert"_s, {});
    NewPerformance n;
    n.eventId = event.id;
    n.startsAt = Clock::now().addSecs(startsInSecs);
    n.seating = SeatingReserved;
    n.venueId = venueId;
    n.noSingleSeats = noSingleSeats;
    return admin.createPerformance(m_admin, n);
}

TicketType TestSeating::category(Id performanceId, const QString &name, Cents price,
                                 const QList<Id> &seatIds)
{
    return AdminService(m_fixture.db())
        .createTicketType(m_admin, NewTicketType{performanceId, name, price, std::nullopt, seatIds})
        .value;
}

TicketType TestSeating::generalType(qint64 capacity, Cents price)
{
    AdminService admin(m_fixture.db());
    const Event event = admin.createEvent(m_admin, u"Open Air"_s, u"concert"_s, {});
    const Performance p = admin.createPerformance(m_admin, event.id, Clock::now().addDays(10),
                                                  u"Park"_s, SeatingGeneral);
    return admin.createTicketType(m_admin, p.id, u"Standing"_s, price, capacity).value;
}

TicketType TestSeating::ticketType(Id id)
{
    auto &db = m_fixture.db();
    const auto type = db.read([&] { return storage::CatalogRepository(db).ticketType(id); });
    return type.value_or(TicketType{});
}

SeatMap TestSeating::map(Id performanceId)
{
    return SeatingService(m_fixture.db()).map(performanceId);
}

QString TestSeating::statuses(const Venue &venue, Id performanceId, const QList<Id> &seatIds)
{
    const SeatMap m = map(performanceId);
    const QList<Id> order = allSeats(venue);
    QString out;
    for (Id id : seatIds) {
        const qsizetype i = order.indexOf(id);
        out += i >= 0 && i < m.status.size() ? m.status.at(i) : QChar(u'?');
    }
    return out;
}

QList<Id> TestSeating::categoriesOf(const Venue &venue, Id performanceId, const QList<Id> &seatIds)
{
    const SeatMap m = map(performanceId);
    const QList<Id> order = allSeats(venue);
    QList<Id> out;
    for (Id id : seatIds)
        out.append(m.categories.value(order.indexOf(id), -1));
    return out;
}

qint64 TestSeating::count(const QString &sql, const QVariantList &args)
{
    auto &db = m_fixture.db();
    return db.read([&] { return db.scalar(sql, args, -1); });
}

QString TestSeating::countsMismatch(Id performanceId)
{
    auto &db = m_fixture.db();
    return db.read([&]() -> QString {
        QStringList problems;
        struct Row
        {
            Id id;
            qint64 capacity, sold, held, seats, soldSeats, heldSeats;
        };
        QList<Row> rows;
        {
            QSqlQuery &q = db.exec(
                u"SELECT tt.id, tt.capacity, tt.sold, tt.held,"
                " (SELECT COUNT(*) FROM performance_seats ps WHERE ps.ticket_type_id = tt.id AND ps.blocked = 0),"
                " (SELECT COUNT(*) FROM performance_seats ps WHERE ps.ticket_type_id = tt.id AND ps.status = 's'),"
                " (SELECT COUNT(*) FROM performance_seats ps WHERE ps.ticket_type_id = tt.id AND ps.status = 'h')"
                " FROM ticket_types tt WHERE tt.performance_id = ? ORDER BY tt.id"_s,
                {performanceId});
            while (q.next())
                rows.append(Row{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                                q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong(),
                                q.value(6).toLongLong()});
        }
        for (const Row &r : std::as_const(rows)) {
            if (r.capacity != r.seats || r.sold != r.soldSeats || r.held != r.heldSeats)
                problems << u"ticket type %1: capacity/sold/held %2/%3/%4 but its seats say %5/%6/%7"_s
                                .arg(r.id).arg(r.capacity).arg(r.sold).arg(r.held)
                                .arg(r.seats).arg(r.soldSeats).arg(r.heldSeats);
            const qint64 activeHeld = db.scalar(
                u"SELECT COALESCE(SUM(hi.quantity), 0) FROM hold_items hi JOIN holds h ON h.id = hi.hold_id"
                " WHERE hi.ticket_type_id = ? AND h.status = 'active'"_s,
                {r.id});
            if (activeHeld != r.held)
                problems << u"ticket type %1: held %2 but active holds hold %3"_s.arg(r.id).arg(r.held).arg(activeHeld);
            const qint64 validTickets = db.scalar(
                u"SELECT COUNT(*) FROM tickets WHERE ticket_type_id = ? AND status <> 'cancelled'"_s, {r.id});
            if (validTickets != r.sold)
                problems << u"ticket type %1: sold %2 but %3 tickets are valid"_s.arg(r.id).arg(r.sold).arg(validTickets);
        }
        const qint64 heldByDeadHold = db.scalar(
            u"SELECT COUNT(*) FROM performance_seats ps JOIN holds h ON h.id = ps.hold_id"
            " WHERE ps.performance_id = ? AND h.status <> 'active'"_s,
            {performanceId});
        if (heldByDeadHold != 0)
            problems << u"%1 seats held by a hold that is no longer active"_s.arg(heldByDeadHold);
        const qint64 soldWithoutTicket = db.scalar(
            u"SELECT COUNT(*) FROM performance_seats ps WHERE ps.performance_id = ? AND ps.status = 's'"
            " AND NOT EXISTS (SELECT 1 FROM tickets t WHERE t.performance_id = ps.performance_id"
            " AND t.seat_id = ps.seat_id AND t.order_id = ps.order_id AND t.status <> 'cancelled')"_s,
            {performanceId});
        if (soldWithoutTicket != 0)
            problems << u"%1 sold seats without a valid ticket of their order"_s.arg(soldWithoutTicket);
        const qint64 ticketWithoutSeat = db.scalar(
            u"SELECT COUNT(*) FROM tickets t WHERE t.performance_id = ? AND t.seat_id IS NOT NULL"
            " AND t.status <> 'cancelled' AND NOT EXISTS (SELECT 1 FROM performance_seats ps"
            " WHERE ps.performance_id = t.performance_id AND ps.seat_id = t.seat_id"
            " AND ps.status = 's' AND ps.order_id = t.order_id)"_s,
            {performanceId});
        if (ticketWithoutSeat != 0)
            problems << u"%1 valid seated tickets whose seat is not sold to their order"_s.arg(ticketWithoutSeat);
        return problems.join(u"; "_s);
    });
}

// ---------------------------------------------------------------------------------------------
// Venues

void TestSeating::layoutIsParsed()
{
    RowSpec a = straightRow(u"A"_s, 3, 20, 10, 2);
    a.flag(2, u"aisleAfter"_s).flag(3, u"accessible"_s);
    RowSpec b = straightRow(u"B"_s, 2, 22, 10, 2);
    b.flag(1, u"companion"_s).flag(2, u"restrictedView"_s);
    b.seats[1].extra.insert(u"note"_s, u"  behind a pillar  "_s);
    const Venue v = VenueService::parseLayout(u"  Little Hall "_s,
                                              toLayout({{u"Stalls"_s, {a, b}}, {u"Box"_s, {straightRow(u"A"_s, 1, 5)}}},
                                                       point(50, 0)));
    QCOMPARE(v.name, u"Little Hall"_s);
    QCOMPARE(v.seatCount, 6);
    QCOMPARE(v.focusX, 50.0);
    QCOMPARE(v.focusY, 0.0);
    QCOMPARE(v.sections.size(), 2);
    QCOMPARE(v.sections.at(1).rows.at(0).label, u"A"_s); // row labels are unique per section only
    const VenueRow &rowA = v.sections.at(0).rows.at(0);
    QCOMPARE(rowA.seats.at(1).x, 12.0);
    QCOMPARE(rowA.seats.at(1).y, 20.0);
    QVERIFY(rowA.seats.at(1).aisleAfter);
    QVERIFY(!rowA.seats.at(0).aisleAfter);
    QVERIFY(rowA.seats.at(2).accessible);
    const VenueRow &rowB = v.sections.at(0).rows.at(1);
    QVERIFY(rowB.seats.at(0).companion);
    QVERIFY(rowB.seats.at(1).restrictedView);
    QCOMPARE(rowB.seats.at(1).note, u"behind a pillar"_s);

    // Labels are compared exactly: "a" and "A" are two rows.
    const Venue cased = VenueService::parseLayout(
        u"Cased"_s, toLayout({{u"S"_s, {straightRow(u"a"_s, 1, 0), straightRow(u"A"_s, 1, 1)}}}));
    QCOMPARE(cased.seatCount, 2);

    // Saved: seat ids increase in layout order, and the venue reads back as it was given.
    const Venue saved = makeVenue(u"Little Hall"_s,
                                  toLayout({{u"Stalls"_s, {a, b}}, {u"Box"_s, {straightRow(u"A"_s, 1, 5)}}},
                                           point(50, 0)));
    QList<Id> inLayoutOrder;
    for (const VenueSection &s : saved.sections)
        for (const VenueRow &r : s.rows)
            for (const VenueSeat &seat : r.seats)
                inLayoutOrder.append(seat.id);
    QCOMPARE(inLayoutOrder.size(), 6);
    QCOMPARE(inLayoutOrder, sorted(inLayoutOrder));
    QCOMPARE(QSet<Id>(inLayoutOrder.cbegin(), inLayoutOrder.cend()).size(), 6);
    const Venue read = VenueService(m_fixture.db()).get(saved.id);
    QCOMPARE(read.toJson(), saved.toJson());
    QCOMPARE(read.sections.at(0).rows.at(1).seats.at(1).note, u"behind a pillar"_s);
    EXPECT_SERVICE_ERROR(VenueService(m_fixture.db()).get(saved.id + 999), 404, "not_found");
    const QList<Venue> list = VenueService(m_fixture.db()).list();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().seatCount, 6);
}

void TestSeating::defaultFocusIsTheMiddleOfTheFrontEdge()
{
    // Seats span x 10–30; the smallest y is 20 (row B, given second).
    const QJsonObject layout = toLayout({{u"S"_s, {straightRow(u"A"_s, 3, 25, 10, 10),
                                                   straightRow(u"B"_s, 2, 20, 14, 2)}}});
    const Venue v = VenueService::parseLayout(u"V"_s, layout);
    QCOMPARE(v.focusX, 20.0);
    QCOMPARE(v.focusY, 20.0);
    const Venue saved = makeVenue(u"V"_s, layout);
    QCOMPARE(saved.focusX, 20.0);
    QCOMPARE(saved.focusY, 20.0);
    QCOMPARE(VenueService(m_fixture.db()).get(saved.id).focusX, 20.0);
}

void TestSeating::layoutErrorsNameThePlace_data()
{
    QTest::addColumn<QByteArray>("layout");
    QTest::addColumn<QString>("field");
    const QByteArray seat = R"({"label": "1", "x": 0, "y": 0})";
    QTest::newRow("no sections") << QByteArray(R"({})") << u"layout.sections"_s;
    QTest::newRow("sections empty") << QByteArray(R"({"sections": []})") << u"layout.sections"_s;
    QTest::newRow("sections not an array") << QByteArray(R"({"sections": {}})") << u"layout.sections"_s;
    QTest::newRow("section not an object") << QByteArray(R"({"sections": [3]})") << u"layout.sections[0]"_s;
    QTest::newRow("section without name")
        << QByteArray(R"({"sections": [{"rows": [{"label": "A", "seats": [)" + seat + "]}]}]}")
        << u"layout.sections[0].name"_s;
    QTest::newRow("section with empty name")
        << QByteArray(R"({"sections": [{"name": "", "rows": [{"label": "A", "seats": [)" + seat + "]}]}]}")
        << u"layout.sections[0].name"_s;
    QTest::newRow("section without rows")
        << QByteArray(R"({"sections": [{"name": "S", "rows": []}]})") << u"layout.sections[0].rows"_s;
    QTest::newRow("second section without rows")
        << QByteArray(R"({"sections": [{"name": "S", "rows": [{"label": "A", "seats": [)" + seat
                      + R"(]}]}, {"name": "T"}]})")
        << u"layout.sections[1].rows"_s;
    QTest::newRow("row without seats")
        << QByteArray(R"({"sections": [{"name": "S", "rows": [{"label": "A", "seats": []}]}]})")
        << u"layout.sections[0].rows[0].seats"_s;
    QTest::newRow("row without label")
        << QByteArray(R"({"sections": [{"name": "S", "rows": [{"seats": [)" + seat + "]}]}]}")
        << u"layout.sections[0].rows[0].label"_s;
    QTest::newRow("row label a number")
        << QByteArray(R"({"sections": [{"name": "S", "rows": [{"label": 1, "seats": [)" + seat + "]}]}]}")
        << u"layout.sections[0].rows[0].label"_s;
    QTest::newRow("row label twice in a section")
        << QByteArray(R"({"sections": [{"name": "S", "rows": [{"label": "A", "seats": [)" + seat
                      + R"(]}, {"label": "B", "seats": [)" + seat + R"(]}, {"label": "A", "seats": [)"
                      + seat + "]}]}]}")
        << u"layout.sections[0].rows[2].label"_s;
    QTest::newRow("seat label twice in a row")
        << QByteArray(R"({"sections": [{"name": "S", "rows": [{"label": "A", "seats": [)" + seat
                      + R"(, {"label": "2", "x": 1, "y": 0}, {"label": "1", "x": 2, "y": 0}]}]}]})")
        << u"layout.sections[0].rows[0].seats[2].label"_s;
    QTest::newRow("seat label empty")
        << QByteArray(R"({"sections": [{"name": "S", "rows": [{"label": "A", "seats": [)" + seat
                      + R"(, {"label": "", "x": 1, "y": 0}]}]}]})")
        << u"layout.sections[0].rows[0].seats[1].label"_s;
    QTest::newRow("seat not an object")
        << QByteArray(R"({"sections": [{"name": "S", "rows": [{"label": "A", "seats": ["1"]}]}]})")
        << u"layout.sections[0].rows[0].seats[0]"_s;
    QTest::newRow("x missing")
        << QByteArray(R"({"sections": [{"name": "S", "rows": [{"label": "A", "seats": [{"label": "1", "y": 0}]}]}]})")
        << u"layout.sections[0].rows[0].seats[0].x"_s;
    QTest::newRow("y a string")
        << QByteArray(R"({"sections": [{"name": "S", "rows": [{"label": "A", "seats": [{"label": "1", "x": 0, "y": "0"}]}]}]})")
        << u"layout.sections[0].rows[0].seats[0].y"_s;
    QTest::newRow("accessible not a bool")
        << QByteArray(R"({"sections": [{"name": "S", "rows": [{"label": "A", "seats": [{"label": "1", "x": 0, "y": 0, "accessible": "yes"}]}]}]})")
        << u"layout.sections[0].rows[0].seats[0].accessible"_s;
    QTest::newRow("aisleAfter not a bool")
        << QByteArray(R"({"sections": [{"name": "S", "rows": [{"label": "A", "seats": [{"label": "1", "x": 0, "y": 0, "aisleAfter": 1}]}]}]})")
        << u"layout.sections[0].rows[0].seats[0].aisleAfter"_s;
    QTest::newRow("note too long")
        << QByteArray(R"({"sections": [{"name": "S", "rows": [{"label": "A", "seats": [{"label": "1", "x": 0, "y": 0, "note": ")"
                      + QByteArray(201, 'n') + R"("}]}]}]})")
        << u"layout.sections[0].rows[0].seats[0].note"_s;
    QTest::newRow("focus not an object")
        << QByteArray(R"({"focus": [1, 2], "sections": [{"name": "S", "rows": [{"label": "A", "seats": [)" + seat + "]}]}]}")
        << u"layout.focus"_s;
    QTest::newRow("focus without y")
        << QByteArray(R"({"focus": {"x": 1}, "sections": [{"name": "S", "rows": [{"label": "A", "seats": [)" + seat + "]}]}]}")
        << u"layout.focus.y"_s;
}

void TestSeating::layoutErrorsNameThePlace()
{
    QFETCH(QByteArray, layout);
    QFETCH(QString, field);
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(layout, &parse);
    QVERIFY2(parse.error == QJsonParseError::NoError, qPrintable(parse.errorString()));
    const RpcError e = errorOf([&] { VenueService::parseLayout(u"V"_s, doc.object()); });
    QCOMPARE(e.code, 422);
    QCOMPARE(e.reason, u"validation"_s);
    QCOMPARE(e.data.value(u"field"_s).toString(), field);
    // Nothing is saved.
    const RpcError saved = errorOf([&] { makeVenue(u"V"_s, doc.object()); });
    QCOMPARE(saved.data.value(u"field"_s).toString(), field);
    QCOMPARE(count(u"SELECT COUNT(*) FROM venues"_s), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM seats"_s), 0);
}

void TestSeating::layoutSeatLimit()
{
    auto layoutOf = [](int seats) {
        QJsonArray rows;
        int left = seats;
        for (int r = 0; left > 0; ++r) {
            QJsonArray row;
            for (int k = 0; k < 1000 && left > 0; ++k, --left)
                row.append(QJsonObject{{u"label"_s, QString::number(k)}, {u"x"_s, k}, {u"y"_s, r}});
            rows.append(QJsonObject{{u"label"_s, QString::number(r)}, {u"seats"_s, row}});
        }
        return QJsonObject{{u"sections"_s, QJsonArray{QJsonObject{{u"name"_s, u"S"_s}, {u"rows"_s, rows}}}}};
    };
    QCOMPARE(VenueService::parseLayout(u"Big"_s, layoutOf(100'000)).seatCount, 100'000);
    const RpcError e = errorOf([&] { VenueService::parseLayout(u"Too big"_s, layoutOf(100'001)); });
    QCOMPARE(e.code, 422);
    QCOMPARE(e.data.value(u"field"_s).toString(), u"layout.sections"_s);
    // An infinite coordinate, which JSON text cannot carry but a QJsonObject can be given.
    const QJsonObject seatJson{{u"label"_s, u"1"_s}, {u"x"_s, std::numeric_limits<double>::infinity()}, {u"y"_s, 0}};
    const QJsonObject bad{{u"sections"_s,
                       QJsonArray{QJsonObject{{u"name"_s, u"S"_s},
                                              {u"rows"_s, QJsonArray{QJsonObject{{u"label"_s, u"A"_s},
                                                                                 {u"seats"_s, QJsonArray{seatJson}}}}}}}}};
    const RpcError inf = errorOf([&] { VenueService::parseLayout(u"Inf"_s, bad); });
    QCOMPARE(inf.code, 422);
    QCOMPARE(inf.data.value(u"field"_s).toString(), u"layout.sections[0].rows[0].seats[0].x"_s);
    const RpcError noName = errorOf([&] { VenueService::parseLayout(u"  "_s, layoutOf(1)); });
    QCOMPARE(noName.data.value(u"field"_s).toString(), u"name"_s);
}

void TestSeating::venueAndReservedPerformance()
{
    const Venue v = hall();
    QCOMPARE(v.seatCount, 40);
    const Performance p = reserved(v.id);
    QCOMPARE(p.seating, SeatingReserved);
    QCOMPARE(p.venueId.value_or(0), v.id);
    QCOMPARE(p.venue, u"Hall"_s); // defaults to the venue's name
    QVERIFY(!p.noSingleSeats);
    QCOMPARE(count(u"SELECT COUNT(*) FROM performance_seats WHERE performance_id = ?"_s, {p.id}), 40);
    const SeatMap m = map(p.id);
    QCOMPARE(m.performanceId, p.id);
    QCOMPARE(m.venueId, v.id);
    QCOMPARE(m.version, 1);
    QCOMPARE(m.status, QString(40, u'x'));
    QCOMPARE(m.categories, QList<Id>(40, 0));
    const Performance read = CatalogService(m_fixture.db()).performance(p.id);
    QCOMPARE(read.venueId.value_or(0), v.id);
    QCOMPARE(read.ticketTypes.size(), 0);

    // An explicit venue text is kept.
    AdminService admin(m_fixture.db());
    NewPerformance n{p.eventId, Clock::now().addDays(3), u"Hall, matinee"_s, SeatingReserved, v.id, true};
    const Performance named = admin.createPerformance(m_admin, n);
    QCOMPARE(named.venue, u"Hall, matinee"_s);
    QVERIFY(named.noSingleSeats);
    QCOMPARE(map(named.id).version, 1);

    // Guards: a venueId is required, must exist; general performances have no map.
    n.venueId = std::nullopt;
    const RpcError noVenue = errorOf([&] { admin.createPerformance(m_admin, n); });
    QCOMPARE(noVenue.code, 422);
    QCOMPARE(noVenue.data.value(u"field"_s).toString(), u"venueId"_s);
    n.venueId = v.id + 999;
    EXPECT_SERVICE_ERROR(admin.createPerformance(m_admin, n), 404, "not_found");
    const TicketType general = generalType(5);
    EXPECT_SERVICE_ERROR(map(general.performanceId), 409, "not_reserved");
    EXPECT_SERVICE_ERROR(map(4242424), 404, "not_found");
    QVERIFY(!CatalogService(m_fixture.db()).performance(general.performanceId).venueId);
}

void TestSeating::venueInUseCannotBeDeleted()
{
    const Venue v = hall();
    const Venue spare = makeVenue(u"Spare"_s, toLayout({{u"S"_s, {straightRow(u"A"_s, 2, 1)}}}));
    const Performance p = reserved(v.id);
    VenueService venues(m_fixture.db());
    EXPECT_SERVICE_ERROR(venues.remove(m_admin, v.id), 409, "venue_in_use");
    venues.remove(m_admin, spare.id);
    EXPECT_SERVICE_ERROR(venues.get(spare.id), 404, "not_found");
    EXPECT_SERVICE_ERROR(venues.remove(m_admin, spare.id), 404, "not_found");
    AdminService(m_fixture.db()).deletePerformance(m_admin, p.id);
    venues.remove(m_admin, v.id);
    QCOMPARE(count(u"SELECT COUNT(*) FROM seats"_s), 0);
}

// ---------------------------------------------------------------------------------------------
// Price categories, blocked seats and maps

void TestSeating::priceCategoriesCountTheirSeats()
{
    const Venue v = hall();
    const Performance p = reserved(v.id);
    AdminService admin(m_fixture.db());
    const AdminResult<TicketType> front =
        admin.createTicketType(m_admin, NewTicketType{p.id, u"Front"_s, 5000, std::nullopt,
                                                      rowSeats(v, u"A"_s) + rowSeats(v, u"B"_s)});
    QCOMPARE(front.value.capacity, 20);
    QCOMPARE(front.value.sold, 0);
    QCOMPARE(front.value.held, 0);
    QCOMPARE(front.value.remaining(), 20);
    QCOMPARE(front.value.priceCents, 5000);
    QCOMPARE(front.changes.seats.size(), 1);
    QCOMPARE(front.changes.seats.first().version, 2);
    QCOMPARE(front.changes.seats.first().seats.size(), 20);
    QCOMPARE(front.changes.seats.first().seats.first().status, 'a');
    QCOMPARE(front.changes.seats.first().seats.first().ticketTypeId, front.value.id);
    CHECK_COUNTS(p.id);
    QCOMPARE(map(p.id).version, 2);
    QCOMPARE(statuses(v, p.id, rowSeats(v, u"A"_s)), QString(10, u'a'));
    QCOMPARE(statuses(v, p.id, rowSeats(v, u"C"_s)), QString(10, u'x'));
    QCOMPARE(categoriesOf(v, p.id, rowSeats(v, u"B"_s)), QList<Id>(10, front.value.id));
    QCOMPARE(categoriesOf(v, p.id, rowSeats(v, u"D"_s)), QList<Id>(10, 0));

    // A second category takes seats from the first: both are counted again.
    const TicketType middle = category(p.id, u"Middle"_s, 3000, rowSeats(v, u"B"_s) + rowSeats(v, u"C"_s));
    QCOMPARE(middle.capacity, 20);
    QCOMPARE(ticketType(front.value.id).capacity, 10);
    QCOMPARE(map(p.id).version, 3);
    QCOMPARE(categoriesOf(v, p.id, rowSeats(v, u"B"_s)), QList<Id>(10, middle.id));
    CHECK_COUNTS(p.id);
    const Performance read = CatalogService(m_fixture.db()).performance(p.id);
    QCOMPARE(read.ticketTypes.size(), 2);
    QCOMPARE(read.ticketTypes.at(0).capacity + read.ticketTypes.at(1).capacity, 30);

    // Guards.
    auto fieldOf = [](const RpcError &e) { return e.code == 422 ? e.data.value(u"field"_s).toString() : QString(); };
    QCOMPARE(fieldOf(errorOf([&] {
                 admin.createTicketType(m_admin, NewTicketType{p.id, u"X"_s, 100, 10, rowSeats(v, u"D"_s)});
             })),
             u"capacity"_s);
    QCOMPARE(fieldOf(errorOf([&] { admin.createTicketType(m_admin, NewTicketType{p.id, u"X"_s, 100, std::nullopt, std::nullopt}); })),
             u"seatIds"_s);
    QCOMPARE(fieldOf(errorOf([&] { admin.createTicketType(m_admin, NewTicketType{p.id, u"X"_s, 100, std::nullopt, QList<Id>{}}); })),
             u"seatIds"_s);
    const Venue other = makeVenue(u"Other"_s, toLayout({{u"S"_s, {straightRow(u"A"_s, 2, 1)}}}));
    QCOMPARE(fieldOf(errorOf([&] {
                 admin.createTicketType(m_admin, NewTicketType{p.id, u"X"_s, 100, std::nullopt,
                                                               QList<Id>{seat(v, u"D"_s, 1), seat(other, u"A"_s, 1)}});
             })),
             u"seatIds"_s);
    QCOMPARE(fieldOf(errorOf([&] { admin.updateTicketType(m_admin, middle.id, {std::nullopt, std::nullopt, 50, std::nullopt}); })),
             u"capacity"_s);
    QCOMPARE(fieldOf(errorOf([&] { admin.createTicketType(m_admin, NewTicketType{p.id, u"X"_s, -5, std::nullopt, rowSeats(v, u"D"_s)}); })),
             u"priceCents"_s);
    EXPECT_SERVICE_ERROR(admin.createTicketType(m_admin, NewTicketType{4242424, u"X"_s, 100, std::nullopt, rowSeats(v, u"D"_s)}),
                         404, "not_found");
    // Seat ids on a general performance: not_reserved.
    const TicketType general = generalType(5);
    EXPECT_SERVICE_ERROR(admin.createTicketType(m_admin, NewTicketType{general.performanceId, u"X"_s, 100,
                                                                       std::nullopt, rowSeats(v, u"D"_s)}),
                         409, "not_reserved");
    // None of that changed anything.
    QCOMPARE(map(p.id).version, 3);
    QCOMPARE(count(u"SELECT COUNT(*) FROM ticket_types WHERE performance_id = ?"_s, {p.id}), 2);
    CHECK_COUNTS(p.id);
    // Renaming and repricing a category is fine.
    QCOMPARE(admin.updateTicketType(m_admin, middle.id, {u"Centre"_s, 3500, std::nullopt, std::nullopt}).value.capacity, 20);
    CHECK_COUNTS(p.id);
}

void TestSeating::assignSeatsMovesAndRecounts()
{
    const Venue v = hall();
    const Performance p = reserved(v.id);
    const TicketType a = category(p.id, u"A"_s, 4000, rowSeats(v, u"A"_s) + rowSeats(v, u"B"_s));
    const TicketType b = category(p.id, u"B"_s, 2000, rowSeats(v, u"C"_s));
    SeatingService seating(m_fixture.db());
    QCOMPARE(map(p.id).version, 3);

    const Changes moved = seating.assignSeats(m_admin, b.id, seats(v, u"B"_s, {1, 2, 3}) + seats(v, u"D"_s, {1}));
    QCOMPARE(ticketType(a.id).capacity, 17);
    QCOMPARE(ticketType(b.id).capacity, 14);
    QCOMPARE(map(p.id).version, 4);
    QCOMPARE(moved.seats.size(), 1);
    QCOMPARE(moved.seats.first().version, 4);
    QCOMPARE(moved.seats.first().seats.size(), 4);
    for (const SeatUpdate &u : moved.seats.first().seats) {
        QCOMPARE(u.ticketTypeId, b.id);
        QCOMPARE(u.status, 'a');
    }
    // Both categories' new numbers are in the change.
    QCOMPARE(moved.inventory.size(), 1);
    QCOMPARE(moved.inventory.first().ticketTypes.size(), 2);
    QCOMPARE(categoriesOf(v, p.id, seats(v, u"B"_s, {1, 2, 3, 4})), (QList<Id>{b.id, b.id, b.id, a.id}));
    QCOMPARE(statuses(v, p.id, seats(v, u"D"_s, {1, 2})), u"ax"_s);
    CHECK_COUNTS(p.id);

    // Seats already in that category: nothing changes, no version, no push.
    const Changes none = seating.assignSeats(m_admin, b.id, seats(v, u"B"_s, {1, 2}));
    QVERIFY(none.seats.isEmpty());
    QVERIFY(none.inventory.isEmpty());
    QCOMPARE(map(p.id).version, 4);
    // Only the seats that really move count; the rest of the request is fine.
    const Changes some = seating.assignSeats(m_admin, a.id, seats(v, u"B"_s, {1, 4, 5}));
    QCOMPARE(some.seats.first().seats.size(), 1);
    QCOMPARE(some.seats.first().seats.first().seatId, seat(v, u"B"_s, 1));
    QCOMPARE(map(p.id).version, 5);
    QCOMPARE(ticketType(a.id).capacity, 18);
    QCOMPARE(ticketType(b.id).capacity, 13);
    CHECK_COUNTS(p.id);

    // Held seats of the category that gives seats away are counted again correctly too.
    const HoldOutcome held = holds().holdSeats(m_alice, p.id, seats(v, u"A"_s, {1, 2}));
    QCOMPARE(ticketType(a.id).held, 2);
    seating.assignSeats(m_admin, b.id, seats(v, u"A"_s, {3, 4}));
    QCOMPARE(ticketType(a.id).held, 2);
    QCOMPARE(ticketType(a.id).capacity, 16);
    CHECK_COUNTS(p.id);
    holds().release(m_alice, held.hold.id);
    CHECK_COUNTS(p.id);
}

void TestSeating::assignSeatsGuards()
{
    const Venue v = hall();
    const Performance p = reserved(v.id);
    const TicketType a = category(p.id, u"A"_s, 4000, rowSeats(v, u"A"_s));
    const TicketType b = category(p.id, u"B"_s, 2000, rowSeats(v, u"B"_s));
    SeatingService seating(m_fixture.db());
    const Venue other = makeVenue(u"Other"_s, toLayout({{u"S"_s, {straightRow(u"A"_s, 2, 1)}}}));

    const RpcError foreign = errorOf([&] { seating.assignSeats(m_admin, b.id, {seat(v, u"A"_s, 1), seat(other, u"A"_s, 2)}); });
    QCOMPARE(foreign.code, 422);
    QCOMPARE(foreign.data.value(u"field"_s).toString(), u"seatIds"_s);
    const RpcError unknown = errorOf([&] { seating.assignSeats(m_admin, b.id, {9'999'999}); });
    QCOMPARE(unknown.code, 422);
    QCOMPARE(unknown.data.value(u"field"_s).toString(), u"seatIds"_s);
    EXPECT_SERVICE_ERROR(seating.assignSeats(m_admin, 4242424, {seat(v, u"A"_s, 1)}), 404, "not_found");

    // Held and sold seats cannot move; the error names exactly those, ascending.
    HoldService h = holds();
    const HoldOutcome held = h.holdSeats(m_alice, p.id, seats(v, u"A"_s, {5, 3}));
    const HoldOutcome toSell = h.holdSeats(m_bob, p.id, seats(v, u"A"_s, {8}));
    h.checkout(m_bob, toSell.hold.id, CardOk);
    const qint64 version = map(p.id).version;
    const RpcError taken = errorOf([&] {
        seating.assignSeats(m_admin, b.id, seats(v, u"A"_s, {8, 1, 5, 3, 2}));
    });
    QCOMPARE(taken.code, 409);
    QCOMPARE(taken.reason, u"seat_taken"_s);
    QCOMPARE(idsOf(taken.data.value(u"seatIds"_s)), seats(v, u"A"_s, {3, 5, 8}));
    // All or nothing: the free seats of that request did not move either.
    QCOMPARE(categoriesOf(v, p.id, seats(v, u"A"_s, {1, 2})), (QList<Id>{a.id, a.id}));
    QCOMPARE(map(p.id).version, version);
    const RpcError newCategory = errorOf([&] {
        category(p.id, u"C"_s, 100, seats(v, u"A"_s, {8}));
    });
    QCOMPARE(newCategory.reason, u"seat_taken"_s);
    QCOMPARE(idsOf(newCategory.data.value(u"seatIds"_s)), seats(v, u"A"_s, {8}));
    QCOMPARE(count(u"SELECT COUNT(*) FROM ticket_types WHERE performance_id = ?"_s, {p.id}), 2);
    CHECK_COUNTS(p.id);

    // Seat methods on general admission.
    const TicketType general = generalType(5);
    EXPECT_SERVICE_ERROR(seating.assignSeats(m_admin, general.id, {seat(v, u"A"_s, 1)}), 409, "not_reserved");
    EXPECT_SERVICE_ERROR(seating.setBlocked(m_admin, general.performanceId, {seat(v, u"A"_s, 1)}, true), 409,
                         "not_reserved");
    EXPECT_SERVICE_ERROR(h.holdSeats(m_alice, general.performanceId, {seat(v, u"A"_s, 1)}), 409, "not_reserved");
    EXPECT_SERVICE_ERROR(h.holdBestAvailable(m_alice, general.performanceId, general.id, 1), 409, "not_reserved");
    // …and quantities on a reserved one.
    EXPECT_SERVICE_ERROR(h.holdQuantity(m_alice, a.id, 1), 409, "seats_required");
    EXPECT_SERVICE_ERROR(SalesService(m_fixture.db(), m_gateway).purchase(m_alice, a.id, 1, CardOk), 409,
                         "seats_required");
    QCOMPARE(count(u"SELECT COUNT(*) FROM orders"_s), 1);
    h.release(m_alice, held.hold.id);
    CHECK_COUNTS(p.id);
}

void TestSeating::blockedSeats()
{
    const Venue v = hall();
    const Performance p = reserved(v.id);
    const TicketType a = category(p.id, u"A"_s, 4000, rowSeats(v, u"A"_s));
    SeatingService seating(m_fixture.db());
    HoldService h = holds();

    const Changes blocked = seating.setBlocked(m_admin, p.id, seats(v, u"A"_s, {4, 5, 6}), true);
    QCOMPARE(ticketType(a.id).capacity, 7);
    QCOMPARE(ticketType(a.id).remaining(), 7);
    QCOMPARE(statuses(v, p.id, seatRange(v, u"A"_s, 3, 7)), u"abbba"_s);
    // A blocked seat keeps its category.
    QCOMPARE(categoriesOf(v, p.id, seats(v, u"A"_s, {5})), QList<Id>{a.id});
    QCOMPARE(blocked.seats.first().version, 3);
    QCOMPARE(blocked.seats.first().seats.size(), 3);
    QCOMPARE(blocked.seats.first().seats.first().status, 'b');
    QCOMPARE(blocked.inventory.first().ticketTypes.first().capacity, 7);
    CHECK_COUNTS(p.id);

    // Blocked wins over not on sale.
    seating.setBlocked(m_admin, p.id, seats(v, u"C"_s, {1}), true);
    QCOMPARE(statuses(v, p.id, seats(v, u"C"_s, {1, 2})), u"bx"_s);
    QCOMPARE(map(p.id).version, 4);

    // Blocked seats are never held, by choice or by best available.
    const RpcError e = errorOf([&] { h.holdSeats(m_alice, p.id, seats(v, u"A"_s, {3, 4})); });
    QCOMPARE(e.reason, u"seat_taken"_s);
    QCOMPARE(idsOf(e.data.value(u"seatIds"_s)), seats(v, u"A"_s, {4}));
    // Without the block it would be 4–6; now 7–9 (x 6–8) is nearer than 1–3 (x 0–2).
    const HoldOutcome best = h.holdBestAvailable(m_alice, p.id, a.id, 3);
    QCOMPARE(best.hold.seatIds(), seats(v, u"A"_s, {7, 8, 9}));
    QCOMPARE(statuses(v, p.id, rowSeats(v, u"A"_s)), u"aaabbbhhha"_s);
    CHECK_COUNTS(p.id);

    // Blocking again changes nothing and counts no version.
    const qint64 version = map(p.id).version;
    const Changes again = seating.setBlocked(m_admin, p.id, seats(v, u"A"_s, {4, 5}), true);
    QVERIFY(again.seats.isEmpty());
    QCOMPARE(map(p.id).version, version);
    // A held (or sold) seat cannot be blocked; nothing of that request is blocked.
    const RpcError heldSeat = errorOf([&] { seating.setBlocked(m_admin, p.id, seats(v, u"A"_s, {10, 8}), true); });
    QCOMPARE(heldSeat.code, 409);
    QCOMPARE(heldSeat.reason, u"seat_taken"_s);
    QCOMPARE(idsOf(heldSeat.data.value(u"seatIds"_s)), seats(v, u"A"_s, {8}));
    QCOMPARE(statuses(v, p.id, seats(v, u"A"_s, {10})), u"a"_s);
    QCOMPARE(map(p.id).version, version);
    // Unblocking gives the capacity back.
    seating.setBlocked(m_admin, p.id, seats(v, u"A"_s, {4, 5, 6}), false);
    QCOMPARE(map(p.id).version, version + 1);
    QCOMPARE(ticketType(a.id).capacity, 10);
    QCOMPARE(ticketType(a.id).held, 3);
    QCOMPARE(statuses(v, p.id, rowSeats(v, u"A"_s)), u"aaaaaahhha"_s);
    CHECK_COUNTS(p.id);
    // A blocked seat moved to another category stays blocked and counts in neither capacity.
    seating.setBlocked(m_admin, p.id, seats(v, u"A"_s, {10}), true);
    const TicketType b = category(p.id, u"B"_s, 100, seats(v, u"A"_s, {10}) + rowSeats(v, u"B"_s));
    QCOMPARE(b.capacity, 10);
    QCOMPARE(ticketType(a.id).capacity, 9);
    QCOMPARE(statuses(v, p.id, seats(v, u"A"_s, {10})), u"b"_s);
    CHECK_COUNTS(p.id);
    const RpcError foreign = errorOf([&] { seating.setBlocked(m_admin, p.id, {9'999'999}, true); });
    QCOMPARE(foreign.code, 422);
    QCOMPARE(foreign.data.value(u"field"_s).toString(), u"seatIds"_s);
    EXPECT_SERVICE_ERROR(seating.setBlocked(m_admin, 4242424, {1}, true), 404, "not_found");
}

void TestSeating::versionCountsEveryChangeOnce()
{
    const Venue v = hall();
    const Performance p = reserved(v.id);
    SeatingService seating(m_fixture.db());
    HoldService h = holds();
    SalesService sales(m_fixture.db(), m_gateway);
    qint64 expected = 1;
    auto step = [&](const Changes &changes) {
        ++expected;
        QCOMPARE(changes.seats.size(), 1);
        QCOMPARE(changes.seats.first().performanceId, p.id);
        QCOMPARE(changes.seats.first().version, expected);
        QCOMPARE(map(p.id).version, expected);
    };
    const AdminResult<TicketType> a =
        AdminService(m_fixture.db()).createTicketType(m_admin, NewTicketType{p.id, u"A"_s, 1000, std::nullopt, allSeats(v)});
    step(a.changes);                                                                  // category
    step(seating.setBlocked(m_admin, p.id, seats(v, u"D"_s, {1, 2, 3}), true));       // block
    const HoldOutcome first = h.holdSeats(m_alice, p.id, seats(v, u"A"_s, {1, 2, 3}));
    step(first.changes);                                                              // hold
    step(h.release(m_alice, first.hold.id));                                          // release
    const HoldOutcome second = h.holdSeats(m_alice, p.id, seats(v, u"A"_s, {1, 2}));
    step(second.changes);
    const CheckoutOutcome sold = h.checkout(m_alice, second.hold.id, CardOk);
    step(sold.changes);                                                               // sale
    QCOMPARE(sold.changes.seats.first().seats.size(), 2);
    QCOMPARE(sold.changes.seats.first().seats.first().status, 's');
    const SaleResult cancelled = sales.cancel(m_alice, sold.order.id);
    QVERIFY(cancelled.seatChange);
    ++expected;
    QCOMPARE(cancelled.seatChange->version, expected);                                // cancellation
    QCOMPARE(cancelled.seatChange->seats.size(), 2);
    QCOMPARE(map(p.id).version, expected);
    const HoldOutcome third = h.holdBestAvailable(m_bob, p.id, a.value.id, 4);
    step(third.changes);                                                              // best available
    moveClock(HoldSeconds + 1);
    const Changes expired = h.expireOverdue(p.id);
    step(expired);                                                                    // expiry
    QCOMPARE(expired.seats.first().seats.size(), 4);
    for (const SeatUpdate &u : expired.seats.first().seats)
        QCOMPARE(u.status, 'a');
    const TicketType b = category(p.id, u"B"_s, 500, seats(v, u"C"_s, {1}));
    Q_UNUSED(b);
    ++expected;                                                                       // category move
    QCOMPARE(map(p.id).version, expected);
    // Requests that change nothing count nothing.
    QVERIFY(seating.setBlocked(m_admin, p.id, seats(v, u"D"_s, {1}), true).seats.isEmpty());
    QVERIFY(seating.setBlocked(m_admin, p.id, seats(v, u"D"_s, {4}), false).seats.isEmpty());
    QVERIFY(seating.assignSeats(m_admin, a.value.id, seats(v, u"A"_s, {5})).seats.isEmpty());
    QVERIFY(h.expireOverdue(p.id).seats.isEmpty());
    QVERIFY(h.expireOverdue(std::nullopt).seats.isEmpty());
    EXPECT_SERVICE_ERROR(h.holdSeats(m_bob, p.id, seats(v, u"D"_s, {1})), 409, "seat_taken");
    QCOMPARE(map(p.id).version, expected);
    CHECK_COUNTS(p.id);
}

void TestSeating::deletingACategoryTakesItsSeatsOffSale()
{
    const Venue v = hall();
    const Performance p = reserved(v.id);
    const TicketType a = category(p.id, u"A"_s, 1000, rowSeats(v, u"A"_s));
    const TicketType b = category(p.id, u"B"_s, 1000, rowSeats(v, u"B"_s));
    AdminService admin(m_fixture.db());
    HoldService h = holds();
    const HoldOutcome held = h.holdSeats(m_alice, p.id, seats(v, u"B"_s, {1}));
    EXPECT_SERVICE_ERROR(admin.deleteTicketType(m_admin, b.id), 409, "has_sales");
    EXPECT_SERVICE_ERROR(admin.deletePerformance(m_admin, p.id), 409, "has_sales");
    const Changes gone = admin.deleteTicketType(m_admin, a.id);
    QCOMPARE(gone.seats.size(), 1);
    QCOMPARE(gone.seats.first().seats.size(), 10);
    QCOMPARE(gone.seats.first().seats.first().status, 'x');
    QCOMPARE(gone.seats.first().seats.first().ticketTypeId, 0);
    QCOMPARE(statuses(v, p.id, rowSeats(v, u"A"_s)), QString(10, u'x'));
    QCOMPARE(categoriesOf(v, p.id, rowSeats(v, u"A"_s)), QList<Id>(10, 0));
    EXPECT_SERVICE_ERROR(h.holdSeats(m_bob, p.id, seats(v, u"A"_s, {1})), 409, "seat_taken");
    CHECK_COUNTS(p.id);
    h.release(m_alice, held.hold.id);
    admin.deleteTicketType(m_admin, b.id);
    QCOMPARE(statuses(v, p.id, rowSeats(v, u"B"_s)), QString(10, u'x'));
    CHECK_COUNTS(p.id);
}

// ---------------------------------------------------------------------------------------------
// Holds

void TestSeating::holdAndRelease()
{
    const Venue v = hall();
    const Performance p = reserved(v.id);
    const TicketType a = category(p.id, u"Front"_s, 5000, rowSeats(v, u"A"_s));
    const TicketType b = category(p.id, u"Back"_s, 2000, rowSeats(v, u"B"_s));
    HoldService h = holds();

    const QDateTime before = Clock::now();
    const HoldOutcome outcome = h.holdSeats(m_alice, p.id, {seat(v, u"B"_s, 2), seat(v, u"A"_s, 2), seat(v, u"A"_s, 1)});
    const QDateTime after = Clock::now();
    const Hold &hold = outcome.hold;
    QVERIFY(hold.id > 0);
    QCOMPARE(hold.performanceId, p.id);
    QCOMPARE(hold.userId, m_alice.user.id);
    QVERIFY(hold.expiresAt >= before.addSecs(HoldSeconds).addMSecs(-1));
    QVERIFY(hold.expiresAt <= after.addSecs(HoldSeconds).addMSecs(1));
    QCOMPARE(hold.items.size(), 2);
    QCOMPARE(hold.items.at(0).ticketTypeId, a.id);
    QCOMPARE(hold.items.at(0).quantity, 2);
    QCOMPARE(hold.items.at(0).unitPriceCents, 5000);
    QCOMPARE(hold.items.at(0).seatIds, seats(v, u"A"_s, {1, 2}));
    QCOMPARE(hold.items.at(1).ticketTypeId, b.id);
    QCOMPARE(hold.items.at(1).seatIds, seats(v, u"B"_s, {2}));
    QCOMPARE(hold.totalCents(), 12000);
    QCOMPARE(statuses(v, p.id, seats(v, u"A"_s, {1, 2, 3})), u"hha"_s);
    QCOMPARE(ticketType(a.id).held, 2);
    QCOMPARE(ticketType(a.id).remaining(), 8);
    QCOMPARE(ticketType(b.id).held, 1);
    QCOMPARE(outcome.changes.seats.size(), 1);
    QCOMPARE(outcome.changes.seats.first().seats.size(), 3);
    QCOMPARE(outcome.changes.inventory.size(), 1);
    QCOMPARE(outcome.changes.inventory.first().ticketTypes.size(), 2);
    CHECK_COUNTS(p.id);

    // Another buyer asking for overlapping seats gets none of them, and learns which are taken.
    const RpcError taken = errorOf([&] {
        h.holdSeats(m_bob, p.id, seats(v, u"A"_s, {3, 2, 4, 1}));
    });
    QCOMPARE(taken.code, 409);
    QCOMPARE(taken.reason, u"seat_taken"_s);
    QCOMPARE(idsOf(taken.data.value(u"seatIds"_s)), seats(v, u"A"_s, {1, 2}));
    QCOMPARE(statuses(v, p.id, seats(v, u"A"_s, {3, 4})), u"aa"_s);
    QVERIFY(h.listMine(m_bob, p.id).isEmpty());
    CHECK_COUNTS(p.id);

    // The hold is listed, with its seats; then released.
    const QList<Hold> mine = h.listMine(m_alice, p.id);
    QCOMPARE(mine.size(), 1);
    QCOMPARE(mine.first().id, hold.id);
    QCOMPARE(mine.first().seatIds(), hold.seatIds());
    QCOMPARE(mine.first().totalCents(), 12000);
    QCOMPARE(h.listMine(m_alice, std::nullopt).size(), 1);
    QCOMPARE(h.listMine(m_alice, p.id + 999).size(), 0);
    const qint64 version = map(p.id).version;
    const Changes released = h.release(m_alice, hold.id);
    QCOMPARE(released.seats.first().version, version + 1);
    QCOMPARE(statuses(v, p.id, seats(v, u"A"_s, {1, 2})), u"aa"_s);
    QCOMPARE(statuses(v, p.id, seats(v, u"B"_s, {2})), u"a"_s);
    QCOMPARE(ticketType(a.id).held, 0);
    QCOMPARE(ticketType(b.id).held, 0);
    QVERIFY(h.listMine(m_alice, p.id).isEmpty());
    CHECK_COUNTS(p.id);
    // Gone now.
    EXPECT_SERVICE_ERROR(h.release(m_alice, hold.id), 410, "hold_expired");
    EXPECT_SERVICE_ERROR(h.checkout(m_alice, hold.id, CardOk), 410, "hold_expired");
    QCOMPARE(map(p.id).version, version + 1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM payments"_s), 0);
    // The released seats are free for anyone.
    h.holdSeats(m_bob, p.id, seats(v, u"A"_s, {1, 2}));
    CHECK_COUNTS(p.id);
}

void TestSeating::holdRefusals()
{
    const Venue v = hall();
    const Performance p = reserved(v.id);
    category(p.id, u"A"_s, 1000, rowSeats(v, u"A"_s) + rowSeats(v, u"B"_s) + rowSeats(v, u"C"_s));
    HoldService h = holds();
    auto fieldOf = [](const RpcError &e) { return e.code == 422 ? e.data.value(u"field"_s).toString() : QString(); };
    QCOMPARE(fieldOf(errorOf([&] { h.holdSeats(m_clerk, p.id, {}); })), u"seatIds"_s);
    QCOMPARE(fieldOf(errorOf([&] { h.holdSeats(m_clerk, p.id, rowSeats(v, u"A"_s) + rowSeats(v, u"B"_s) + seats(v, u"C"_s, {1})); })),
             u"seatIds"_s); // 21
    QCOMPARE(fieldOf(errorOf([&] { h.holdSeats(m_clerk, p.id, seats(v, u"A"_s, {1, 2, 1})); })), u"seatIds"_s);
    QCOMPARE(fieldOf(errorOf([&] { h.holdSeats(m_clerk, p.id, {seat(v, u"A"_s, 1), 9'999'999}); })), u"seatIds"_s);
    EXPECT_SERVICE_ERROR(h.holdSeats(m_clerk, 4242424, seats(v, u"A"_s, {1})), 404, "not_found");
    // Seats not on sale are not available.
    const RpcError notOnSale = errorOf([&] { h.holdSeats(m_alice, p.id, seats(v, u"D"_s, {2, 1}) + seats(v, u"A"_s, {1})); });
    QCOMPARE(notOnSale.reason, u"seat_taken"_s);
    QCOMPARE(idsOf(notOnSale.data.value(u"seatIds"_s)), seats(v, u"D"_s, {1, 2}));
    // Twenty in one hold is allowed, for staff and customers.
    const HoldOutcome twenty = h.holdSeats(m_clerk, p.id, rowSeats(v, u"A"_s) + rowSeats(v, u"B"_s));
    QCOMPARE(twenty.hold.quantity(), 20);
    QCOMPARE(statuses(v, p.id, allSeats(v)), QString(20, u'h') + QString(10, u'a') + QString(10, u'x'));
    QCOMPARE(count(u"SELECT COUNT(*) FROM holds"_s), 1);
    CHECK_COUNTS(p.id);
}

void TestSeating::holdsArePrivate()
{
    const Venue v = hall();
    const Performance p = reserved(v.id);
    category(p.id, u"A"_s, 1000, allSeats(v));
    HoldService h = holds();
    const HoldOutcome alices = h.holdSeats(m_alice, p.id, seats(v, u"A"_s, {1}));
    EXPECT_SERVICE_ERROR(h.release(m_bob, alices.hold.id), 404, "not_found");
    EXPECT_SERVICE_ERROR(h.checkout(m_bob, alices.hold.id, CardOk), 404, "not_found");
    // Staff are no exception.
    EXPECT_SERVICE_ERROR(h.release(m_clerk, alices.hold.id), 404, "not_found");
    EXPECT_SERVICE_ERROR(h.checkout(m_clerk, alices.hold.id, Cash), 404, "not_found");
    QVERIFY(h.listMine(m_bob, p.id).isEmpty());
    EXPECT_SERVICE_ERROR(h.release(m_bob, 4242424), 404, "not_found");
    QCOMPARE(count(u"SELECT COUNT(*) FROM payments"_s), 0);
    // Once gone, still not revealed to others.
    h.release(m_alice, alices.hold.id);
    EXPECT_SERVICE_ERROR(h.release(m_bob, alices.hold.id), 404, "not_found");
    EXPECT_SERVICE_ERROR(h.release(m_alice, alices.hold.id), 410, "hold_expired");
    CHECK_COUNTS(p.id);
}

void TestSeating::holdLimitForCustomersNotStaff()
{
    const Venue v = hall();
    const Performance p = reserved(v.id);
    const TicketType a = category(p.id, u"A"_s, 1000, allSeats(v));
    HoldService h = holds();
    const HoldOutcome first = h.holdSeats(m_alice, p.id, rowSeats(v, u"A"_s) + seats(v, u"B"_s, {1, 2, 3, 4, 5}));
    const RpcError over = errorOf([&] { h.holdSeats(m_alice, p.id, seats(v, u"C"_s, {1, 2, 3, 4, 5, 6})); });
    QCOMPARE(over.code, 409);
    QCOMPARE(over.reason, u"hold_limit"_s);
    QCOMPARE(over.data.value(u"limit"_s).toInt(), 20);
    QCOMPARE(over.data.value(u"held"_s).toInt(), 15);
    EXPECT_SERVICE_ERROR(h.holdBestAvailable(m_alice, p.id, a.id, 6), 409, "hold_limit");
    QCOMPARE(statuses(v, p.id, rowSeats(v, u"C"_s)), QString(10, u'a'));
    const HoldOutcome second = h.holdSeats(m_alice, p.id, seats(v, u"C"_s, {1, 2, 3, 4, 5}));
    // At the limit, the limit is checked before availability.
    EXPECT_SERVICE_ERROR(h.holdSeats(m_alice, p.id, seats(v, u"A"_s, {1})), 409, "hold_limit");
    EXPECT_SERVICE_ERROR(h.holdSeats(m_alice, p.id, seats(v, u"D"_s, {1})), 409, "hold_limit");
    // Other customers have their own limit.
    h.holdSeats(m_bob, p.id, seats(v, u"D"_s, {1}));
    CHECK_COUNTS(p.id);
    // Releasing makes room again.
    h.release(m_alice, second.hold.id);
    h.holdBestAvailable(m_alice, p.id, a.id, 5);
    EXPECT_SERVICE_ERROR(h.holdBestAvailable(m_alice, p.id, a.id, 1), 409, "hold_limit");
    // A sale is no longer a hold: after checkout the customer may hold again.
    h.checkout(m_alice, first.hold.id, CardOk);
    h.holdSeats(m_alice, p.id, seats(v, u"D"_s, {2, 3}));
    CHECK_COUNTS(p.id);
    // Expired holds do not count.
    moveClock(HoldSeconds + 1);
    h.holdSeats(m_alice, p.id, seats(v, u"D"_s, {5, 6, 7, 8, 9, 10}) + seats(v, u"C"_s, {6, 7, 8, 9, 10}));
    CHECK_COUNTS(p.id);

    // Staff are not limited (twenty per hold still).
    const Venue big = makeVenue(u"Big"_s, toLayout({{u"S"_s, {straightRow(u"A"_s, 20, 1), straightRow(u"B"_s, 20, 2),
                                                          straightRow(u"C"_s, 20, 3)}}}));
    const Performance bp = reserved(big.id);
    category(bp.id, u"All"_s, 100, allSeats(big));
    h.holdSeats(m_clerk, bp.id, rowSeats(big, u"A"_s));
    h.holdSeats(m_clerk, bp.id, rowSeats(big, u"B"_s));
    h.holdSeats(m_admin, bp.id, rowSeats(big, u"C"_s));
    QCOMPARE(h.listMine(m_clerk, bp.id).size(), 2);
    CHECK_COUNTS(bp.id);

    // The limit counts general-admission tickets held as well.
    const TicketType general = generalType(100);
    h.holdQuantity(m_alice, general.id, 12);
    const RpcError gaOver = errorOf([&] { h.holdQuantity(m_alice, general.id, 9); });
    QCOMPARE(gaOver.reason, u"hold_limit"_s);
    QCOMPARE(gaOver.data.value(u"held"_s).toInt(), 12);
    h.holdQuantity(m_alice, general.id, 8);
    h.holdQuantity(m_clerk, general.id, 20);
    h.holdQuantity(m_clerk, general.id, 20);
    QCOMPARE(ticketType(general.id).held, 60);
}

void TestSeating::generalAdmissionHolds()
{
    const TicketType type = generalType(10, 2500);
    HoldService h = holds();
    SalesService sales(m_fixture.db(), m_gateway);
    const HoldOutcome held = h.holdQuantity(m_alice, type.id, 4);
    QCOMPARE(held.hold.items.size(), 1);
    QCOMPARE(held.hold.items.first().quantity, 4);
    QCOMPARE(held.hold.items.first().unitPriceCents, 2500);
    QVERIFY(held.hold.items.first().seatIds.isEmpty());
    QCOMPARE(held.hold.totalCents(), 10000);
    QCOMPARE(held.changes.inventory.first().ticketTypes.first().held, 4);
    QVERIFY(held.changes.seats.isEmpty());
    QCOMPARE(ticketType(type.id).held, 4);
    QCOMPARE(ticketType(type.id).remaining(), 6);
    QCOMPARE(CatalogService(m_fixture.db()).performance(type.performanceId).ticketTypes.first().remaining(), 6);
    // Held tickets are not for sale to others.
    const RpcError soldOut = errorOf([&] { h.holdQuantity(m_bob, type.id, 7); });
    QCOMPARE(soldOut.code, 409);
    QCOMPARE(soldOut.reason, u"sold_out"_s);
    QCOMPARE(soldOut.data.value(u"remaining"_s).toInt(), 6);
    const RpcError purchase = errorOf([&] { sales.purchase(m_bob, type.id, 7, CardOk); });
    QCOMPARE(purchase.reason, u"sold_out"_s);
    QCOMPARE(purchase.data.value(u"remaining"_s).toInt(), 6);
    auto fieldOf = [](const RpcError &e) { return e.code == 422 ? e.data.value(u"field"_s).toString() : QString(); };
    QCOMPARE(fieldOf(errorOf([&] { h.holdQuantity(m_clerk, type.id, 0); })), u"quantity"_s);
    QCOMPARE(fieldOf(errorOf([&] { h.holdQuantity(m_clerk, type.id, 21); })), u"quantity"_s);
    EXPECT_SERVICE_ERROR(h.holdQuantity(m_alice, 4242424, 1), 404, "not_found");

    // Release gives them back; a second hold is checked out.
    const HoldOutcome other = h.holdQuantity(m_bob, type.id, 6);
    QCOMPARE(ticketType(type.id).remaining(), 0);
    EXPECT_SERVICE_ERROR(h.holdQuantity(m_clerk, type.id, 1), 409, "sold_out");
    h.release(m_bob, other.hold.id);
    QCOMPARE(ticketType(type.id).held, 4);
    EXPECT_SERVICE_ERROR(h.release(m_bob, other.hold.id), 410, "hold_expired");
    const CheckoutOutcome bought = h.checkout(m_alice, held.hold.id, CardOk);
    QCOMPARE(bought.order.totalCents, 10000);
    QCOMPARE(bought.order.tickets.size(), 4);
    for (const Ticket &t : bought.order.tickets) {
        QCOMPARE(t.seatId, 0);
        QCOMPARE(t.status, TicketValid);
    }
    QVERIFY(bought.order.items.first().seatIds.isEmpty());
    QCOMPARE(ticketType(type.id).sold, 4);
    QCOMPARE(ticketType(type.id).held, 0);
    QCOMPARE(bought.changes.inventory.first().ticketTypes.first().sold, 4);

    // Expiry gives general-admission tickets back too.
    h.holdQuantity(m_bob, type.id, 5);
    QCOMPARE(ticketType(type.id).remaining(), 1);
    moveClock(HoldSeconds + 1);
    const Changes expired = h.expireOverdue(type.performanceId);
    QCOMPARE(expired.inventory.size(), 1);
    QCOMPARE(expired.inventory.first().ticketTypes.first().held, 0);
    QCOMPARE(ticketType(type.id).held, 0);
    QCOMPARE(ticketType(type.id).remaining(), 6);
    QCOMPARE(count(u"SELECT COUNT(*) FROM holds WHERE status = 'expired'"_s), 1);
    QCOMPARE(sales.purchase(m_bob, type.id, 6, CardOk).change.ticketTypes.first().remaining(), 0);
}

void TestSeating::expiryPutsSeatsBack()
{
    const Venue v = hall();
    const Performance p = reserved(v.id);
    const TicketType a = category(p.id, u"A"_s, 1000, rowSeats(v, u"A"_s));
    const TicketType b = category(p.id, u"B"_s, 1000, rowSeats(v, u"B"_s));
    HoldService h = holds();
    const HoldOutcome early = h.holdSeats(m_alice, p.id, seats(v, u"A"_s, {1, 2}) + seats(v, u"B"_s, {1}));
    moveClock(HoldSeconds / 2);
    const HoldOutcome late = h.holdSeats(m_bob, p.id, seats(v, u"A"_s, {5, 6}));
    // Not yet due: nothing happens.
    QVERIFY(h.expireOverdue(p.id).seats.isEmpty());
    QCOMPARE(statuses(v, p.id, seats(v, u"A"_s, {1, 2, 5, 6})), u"hhhh"_s);
    const qint64 version = map(p.id).version;

    moveClock(HoldSeconds + 1);
    // Past expiry but not yet swept: gone for its owner already.
    QVERIFY(h.listMine(m_alice, p.id).isEmpty());
    EXPECT_SERVICE_ERROR(h.release(m_alice, early.hold.id), 410, "hold_expired");
    const Changes swept = h.expireOverdue(p.id);
    QCOMPARE(swept.seats.size(), 1); // only the early hold
    QCOMPARE(swept.seats.first().version, version + 1);
    QCOMPARE(swept.seats.first().seats.size(), 3);
    QCOMPARE(statuses(v, p.id, seats(v, u"A"_s, {1, 2, 5, 6})), u"aahh"_s);
    QCOMPARE(statuses(v, p.id, seats(v, u"B"_s, {1})), u"a"_s);
    QCOMPARE(ticketType(a.id).held, 2);
    QCOMPARE(ticketType(b.id).held, 0);
    QCOMPARE(map(p.id).version, version + 1);
    QCOMPARE(count(u"SELECT status = 'expired' FROM holds WHERE id = ?"_s, {early.hold.id}), 1);
    CHECK_COUNTS(p.id);
    // Still gone afterwards, and nothing is charged for it.
    EXPECT_SERVICE_ERROR(h.release(m_alice, early.hold.id), 410, "hold_expired");
    EXPECT_SERVICE_ERROR(h.checkout(m_alice, early.hold.id, CardOk), 410, "hold_expired");
    QCOMPARE(count(u"SELECT COUNT(*) FROM payments"_s), 0);

    // A hold request sweeps the performance's overdue holds first: the late hold's seats can
    // be taken as soon as it has expired.
    moveClock(HoldSeconds + HoldSeconds / 2 + 1);
    const HoldOutcome taken = h.holdSeats(m_alice, p.id, seats(v, u"A"_s, {6}));
    QCOMPARE(taken.changes.seats.size(), 2); // the expiry, then the new hold
    QCOMPARE(statuses(v, p.id, seats(v, u"A"_s, {5, 6})), u"ah"_s);
    QCOMPARE(count(u"SELECT status = 'expired' FROM holds WHERE id = ?"_s, {late.hold.id}), 1);
    QVERIFY(h.listMine(m_bob, p.id).isEmpty());
    CHECK_COUNTS(p.id);

    // The sweep of every performance at once, as the server's timer runs it.
    const Performance other = reserved(v.id);
    category(other.id, u"A"_s, 1000, rowSeats(v, u"A"_s));
    h.holdSeats(m_bob, other.id, seats(v, u"A"_s, {1}));
    moveClock(3 * HoldSeconds);
    const Changes all = h.expireOverdue(std::nullopt);
    QCOMPARE(all.seats.size(), 2);
    QCOMPARE(statuses(v, p.id, seats(v, u"A"_s, {6})), u"a"_s);
    QCOMPARE(statuses(v, other.id, seats(v, u"A"_s, {1})), u"a"_s);
    QCOMPARE(count(u"SELECT COUNT(*) FROM holds WHERE status = 'active'"_s), 0);
    CHECK_COUNTS(p.id);
    CHECK_COUNTS(other.id);
}

void TestSeating::expiredHoldCheckoutChargesNothing()
{
    const Venue v = hall();
    const Performance p = reserved(v.id);
    const TicketType a = category(p.id, u"A"_s, 1000, rowSeats(v, u"A"_s));
    HoldService h = holds();
    const HoldOutcome held = h.holdSeats(m_alice, p.id, seats(v, u"A"_s, {3, 4}));
    moveClock(HoldSeconds + 1);
    // Not swept yet: the checkout itself sees the expiry.
    EXPECT_SERVICE_ERROR(h.checkout(m_alice, held.hold.id, CardOk), 410, "hold_expired");
    QCOMPARE(count(u"SELECT COUNT(*) FROM payments"_s), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM orders"_s), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM tickets"_s), 0);
    QCOMPARE(ticketType(a.id).sold, 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM holds WHERE paying_since IS NOT NULL"_s), 0);
    CHECK_COUNTS(p.id);
    h.expireOverdue(p.id);
    EXPECT_SERVICE_ERROR(h.checkout(m_alice, held.hold.id, CardOk), 410, "hold_expired");
    QCOMPARE(count(u"SELECT COUNT(*) FROM payments"_s), 0);
    QCOMPARE(statuses(v, p.id, seats(v, u"A"_s, {3, 4})), u"aa"_s);
    CHECK_COUNTS(p.id);
}

void TestSeating::declinedPaymentKeepsTheHold()
{
    const Venue v = hall();
    const Performance p = reserved(v.id);
    const TicketType a = category(p.id, u"A"_s, 1000, rowSeats(v, u"A"_s));
    HoldService h = holds();
    const HoldOutcome held = h.holdSeats(m_alice, p.id, seats(v, u"A"_s, {3, 4}));
    auto snapshot = [&] {
        auto &db = m_fixture.db();
        return db.read([&] {
            QStringList rows;
            {
                QSqlQuery &q = db.exec(u"SELECT id, user_id, performance_id, status, created_at, expires_at,"
                                       " paying_since FROM holds ORDER BY id"_s);
                while (q.next()) {
                    QStringList cols;
                    for (int i = 0; i < 7; ++i)
                        cols << (q.value(i).isNull() ? u"NULL"_s : q.value(i).toString());
                    rows << cols.join(u'|');
                }
            }
            {
                QSqlQuery &q = db.exec(u"SELECT hold_id, ticket_type_id, quantity, unit_price_cents FROM hold_items ORDER BY id"_s);
                while (q.next())
                    rows << u"%1|%2|%3|%4"_s.arg(q.value(0).toString(), q.value(1).toString(),
                                                q.value(2).toString(), q.value(3).toString());
            }
            {
                QSqlQuery &q = db.exec(u"SELECT seat_id, status, hold_id, order_id FROM performance_seats"
                                       " WHERE performance_id = ? ORDER BY seat_id"_s,
                                       {p.id});
                while (q.next())
                    rows << u"%1|%2|%3|%4"_s.arg(q.value(0).toString(), q.value(1).toString(),
                                                q.value(2).toString(), q.value(3).toString());
            }
            return rows;
        });
    };
    const QStringList before = snapshot();
    const qint64 version = map(p.id).version;
    EXPECT_SERVICE_ERROR(h.checkout(m_alice, held.hold.id, CardDeclined), 402, "payment_declined");
    EXPECT_SERVICE_ERROR(h.checkout(m_alice, held.hold.id, (PaymentMethod{u"sandbox"_s, u"tok_unknown"_s})), 402,
                         "payment_declined");
    QCOMPARE(snapshot(), before);
    QCOMPARE(map(p.id).version, version);
    QCOMPARE(count(u"SELECT COUNT(*) FROM payments"_s), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM orders"_s), 0);
    QCOMPARE(ticketType(a.id).held, 2);
    QCOMPARE(h.listMine(m_alice, p.id).size(), 1);
    CHECK_COUNTS(p.id);
    // …so the buyer can try another card, or let it go.
    const CheckoutOutcome paid = h.checkout(m_alice, held.hold.id, CardOk);
    QCOMPARE(paid.order.totalCents, 2000);
    QCOMPARE(statuses(v, p.id, seats(v, u"A"_s, {3, 4})), u"ss"_s);
    CHECK_COUNTS(p.id);
}

void TestSeating::holdBeingPaidForDoesNotExpire()
{
    // The gateway cannot be paused halfway in process (PaymentGateway is not virtual), so this
    // puts the hold into the state checkout leaves it in while the gateway is asked: marked as
    // being paid for, as HoldService::checkout does before it charges.
    const Venue v = hall();
    const Performance p = reserved(v.id);
    category(p.id, u"A"_s, 1000, rowSeats(v, u"A"_s));
    HoldService h = holds();
    const HoldOutcome held = h.holdSeats(m_alice, p.id, seats(v, u"A"_s, {3, 4}));
    moveClock(HoldSeconds - 1);
    auto &db = m_fixture.db();
    db.write([&] { storage::HoldRepository(db).setPaying(held.hold.id, Clock::now()); });
    EXPECT_SERVICE_ERROR(h.checkout(m_alice, held.hold.id, CardOk), 409, "checkout_in_progress");
    EXPECT_SERVICE_ERROR(h.release(m_alice, held.hold.id), 409, "checkout_in_progress");
    QCOMPARE(count(u"SELECT COUNT(*) FROM payments"_s), 0);
    moveClock(HoldSeconds + 30);
    QVERIFY(h.expireOverdue(p.id).seats.isEmpty());
    QVERIFY(h.expireOverdue(std::nullopt).seats.isEmpty());
    QCOMPARE(statuses(v, p.id, seats(v, u"A"_s, {3, 4})), u"hh"_s);
    QCOMPARE(count(u"SELECT status = 'active' FROM holds WHERE id = ?"_s, {held.hold.id}), 1);
    // Its seats stay taken, and its owner cannot release or pay it twice meanwhile.
    EXPECT_SERVICE_ERROR(h.holdSeats(m_bob, p.id, seats(v, u"A"_s, {4, 5})), 409, "seat_taken");
    EXPECT_SERVICE_ERROR(h.release(m_alice, held.hold.id), 409, "checkout_in_progress");
    CHECK_COUNTS(p.id);
    // A payment that never answers (its server died) stops protecting the hold after the grace.
    moveClock(HoldSeconds - 1 + HoldService::PaymentGraceMs / 1000 + 1);
    QCOMPARE(h.expireOverdue(p.id).seats.size(), 1);
    QCOMPARE(statuses(v, p.id, seats(v, u"A"_s, {3, 4})), u"aa"_s);
    CHECK_COUNTS(p.id);
}

void TestSeating::holdExpiringDuringItsCheckoutIsSold()
{
    // A real checkout held up after its hold was marked as being paid for: a second connection
    // locks the ticket type's row, which only checkout's last transaction needs. Meanwhile the
    // hold's time runs out and the sweeper runs. On SQLite every write waits for every other, so
    // the checkout cannot be stopped between its transactions there.
    if (!m_fixture.db().dialect().isPostgres())
        QSKIP("needs row locks (PostgreSQL)");
    const Venue v = hall();
    const Performance p = reserved(v.id);
    const TicketType a = category(p.id, u"A"_s, 1000, rowSeats(v, u"A"_s));
    HoldService h = holds();
    const HoldOutcome held = h.holdSeats(m_alice, p.id, seats(v, u"A"_s, {3, 4}));
    moveClock(HoldSeconds - 10);

    storage::Database locker(m_fixture.url(), u"locker"_s);
    locker.begin(true);
    locker.exec(u"SELECT id FROM ticket_types WHERE id = ? FOR UPDATE"_s, {a.id});
    std::optional<Order> order;
    QString failure;
    QThread *buyer = QThread::create([&] {
        try {
            storage::Database db(m_fixture.url(), u"buyer"_s);
            order = HoldService(db, m_gateway, HoldSeconds).checkout(m_alice, held.hold.id, CardOk).order;
        } catch (const ServiceError &e) {
            failure = e.error().reason;
        } catch (const std::exception &e) {
            failure = QString::fromUtf8(e.what());
        }
    });
    buyer->start();
    // The checkout is waiting for the lock, its hold marked as being paid for.
    QTRY_VERIFY_WITH_TIMEOUT(count(u"SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()"
                                   " AND wait_event_type = 'Lock'"_s) > 0, 8000);
    QCOMPARE(count(u"SELECT COUNT(*) FROM holds WHERE id = ? AND paying_since IS NOT NULL"_s, {held.hold.id}), 1);
    moveClock(HoldSeconds + 30);
    QVERIFY(h.expireOverdue(p.id).seats.isEmpty());
    QVERIFY(h.expireOverdue(std::nullopt).seats.isEmpty());
    QCOMPARE(statuses(v, p.id, seats(v, u"A"_s, {3, 4})), u"hh"_s);
    locker.commit();
    QVERIFY(buyer->wait(30000));
    delete buyer;
    QCOMPARE(failure, QString());
    QVERIFY(order);
    QCOMPARE(order->items.first().seatIds, seats(v, u"A"_s, {3, 4}));
    QCOMPARE(statuses(v, p.id, seats(v, u"A"_s, {3, 4})), u"ss"_s);
    QCOMPARE(count(u"SELECT status = 'checked_out' FROM holds WHERE id = ?"_s, {held.hold.id}), 1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM payments WHERE kind = 'charge'"_s), 1);
    QVERIFY(h.expireOverdue(p.id).seats.isEmpty());
    CHECK_COUNTS(p.id);
}

void TestSeating::salesCloseForHoldsAndCheckout()
{
    const Venue v = hall();
    const Performance p = reserved(v.id, false, 300); // starts in five minutes, before holds expire
    const TicketType a = category(p.id, u"A"_s, 1000, rowSeats(v, u"A"_s));
    HoldService h = holds();
    const HoldOutcome held = h.holdSeats(m_alice, p.id, seats(v, u"A"_s, {1}));
    moveClock(301);
    EXPECT_SERVICE_ERROR(h.holdSeats(m_bob, p.id, seats(v, u"A"_s, {2})), 409, "sales_closed");
    EXPECT_SERVICE_ERROR(h.holdBestAvailable(m_bob, p.id, a.id, 1), 409, "sales_closed");
    EXPECT_SERVICE_ERROR(h.checkout(m_alice, held.hold.id, CardOk), 409, "sales_closed");
    QCOMPARE(count(u"SELECT COUNT(*) FROM payments"_s), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM holds WHERE paying_since IS NOT NULL"_s), 0);
    const TicketType general = generalType(5);
    moveClock(11 * 86400);
    EXPECT_SERVICE_ERROR(h.holdQuantity(m_bob, general.id, 1), 409, "sales_closed");
    CHECK_COUNTS(p.id);
}

// ---------------------------------------------------------------------------------------------
// Checkout and cancel

void TestSeating::checkoutMakesASeatedOrder()
{
    RowSpec a = straightRow(u"A"_s, 6, 1);
    a.flag(1, u"accessible"_s).flag(2, u"companion"_s).flag(3, u"restrictedView"_s);
    a.seats[3].extra.insert(u"note"_s, u"Near the door"_s);
    const Venue v = makeVenue(u"Studio"_s, toLayout({{u"Floor"_s, {a, straightRow(u"B"_s, 6, 2)}}}));
    const Performance p = reserved(v.id);
    const TicketType front = category(p.id, u"Front"_s, 4500, rowSeats(v, u"A"_s));
    const TicketType back = category(p.id, u"Back"_s, 1500, rowSeats(v, u"B"_s));
    HoldService h = holds();
    const HoldOutcome held = h.holdSeats(m_alice, p.id, seats(v, u"B"_s, {6}) + seats(v, u"A"_s, {4, 1, 2, 3}));
    const CheckoutOutcome out = h.checkout(m_alice, held.hold.id, CardOk);
    const Order &order = out.order;
    QVERIFY(order.id > 0);
    QCOMPARE(order.status, OrderPaid);
    QCOMPARE(order.userId, m_alice.user.id);
    QCOMPARE(order.totalCents, 4 * 4500 + 1500);
    QCOMPARE(order.items.size(), 2);
    QCOMPARE(order.items.at(0).ticketTypeId, front.id);
    QCOMPARE(order.items.at(0).quantity, 4);
    QCOMPARE(order.items.at(0).unitPriceCents, 4500);
    QCOMPARE(order.items.at(0).seatIds, seats(v, u"A"_s, {1, 2, 3, 4}));
    QCOMPARE(order.items.at(0).performanceId, p.id);
    QCOMPARE(order.items.at(1).seatIds, seats(v, u"B"_s, {6}));
    QCOMPARE(order.tickets.size(), 5);
    QHash<Id, Ticket> bySeat;
    for (const Ticket &t : order.tickets) {
        QVERIFY(t.seatId > 0);
        QCOMPARE(t.status, TicketValid);
        bySeat.insert(t.seatId, t);
    }
    QCOMPARE(bySeat.size(), 5);
    const Ticket a1 = bySeat.value(seat(v, u"A"_s, 1));
    QCOMPARE(a1.ticketTypeId, front.id);
    QCOMPARE(a1.seat.section, u"Floor"_s);
    QCOMPARE(a1.seat.row, u"A"_s);
    QCOMPARE(a1.seat.label, u"1"_s);
    QVERIFY(a1.seat.accessible);
    QVERIFY(!a1.seat.companion);
    QVERIFY(bySeat.value(seat(v, u"A"_s, 2)).seat.companion);
    QVERIFY(bySeat.value(seat(v, u"A"_s, 3)).seat.restrictedView);
    QCOMPARE(bySeat.value(seat(v, u"A"_s, 4)).seat.note, u"Near the door"_s);
    QCOMPARE(bySeat.value(seat(v, u"B"_s, 6)).ticketTypeId, back.id);
    QCOMPARE(bySeat.value(seat(v, u"B"_s, 6)).seat.label, u"6"_s);

    QCOMPARE(statuses(v, p.id, rowSeats(v, u"A"_s)), u"ssssaa"_s);
    QCOMPARE(statuses(v, p.id, rowSeats(v, u"B"_s)), u"aaaaas"_s);
    QCOMPARE(ticketType(front.id).sold, 4);
    QCOMPARE(ticketType(front.id).held, 0);
    QCOMPARE(ticketType(back.id).sold, 1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM performance_seats WHERE order_id = ?"_s, {order.id}), 5);
    QCOMPARE(count(u"SELECT status = 'checked_out' FROM holds WHERE id = ?"_s, {held.hold.id}), 1);
    QCOMPARE(out.changes.seats.size(), 1);
    QCOMPARE(out.changes.seats.first().seats.size(), 5);
    CHECK_COUNTS(p.id);
    // One charge, for the total, keyed by the hold and this payment attempt.
    const auto payments = storage::PaymentRepository(m_fixture.db()).forOrder(order.id);
    QCOMPARE(payments.size(), 1);
    QCOMPARE(payments.first().kind, u"charge"_s);
    QCOMPARE(payments.first().amountCents, order.totalCents);
    QVERIFY2(payments.first().idempotencyKey.startsWith(u"hold:%1:"_s.arg(held.hold.id)),
             qPrintable(payments.first().idempotencyKey));
    // The order reads back the same.
    auto &db = m_fixture.db();
    const auto stored = db.read([&] { return storage::OrderRepository(db).find(order.id); });
    QVERIFY(stored);
    QCOMPARE(stored->items.at(0).seatIds, order.items.at(0).seatIds);
    QCOMPARE(stored->items.at(1).seatIds, order.items.at(1).seatIds);
    QCOMPARE(stored->toJson(), order.toJson());
    QCOMPARE(SalesService(db, m_gateway).listMine(m_alice).first().tickets.size(), 5);
    // The hold is spent.
    EXPECT_SERVICE_ERROR(h.checkout(m_alice, held.hold.id, CardOk), 410, "hold_expired");
    EXPECT_SERVICE_ERROR(h.release(m_alice, held.hold.id), 410, "hold_expired");
    QVERIFY(h.listMine(m_alice, p.id).isEmpty());
    QCOMPARE(count(u"SELECT COUNT(*) FROM payments"_s), 1);
    // Sold seats are taken for everyone.
    const RpcError e = errorOf([&] { h.holdSeats(m_bob, p.id, seats(v, u"A"_s, {4, 5})); });
    QCOMPARE(idsOf(e.data.value(u"seatIds"_s)), seats(v, u"A"_s, {4}));
    // An expired hold's checkout is refused even long after, and the sold seats stay sold.
    moveClock(HoldSeconds + 1);
    QVERIFY(h.expireOverdue(p.id).seats.isEmpty());
    QCOMPARE(statuses(v, p.id, rowSeats(v, u"A"_s)), u"ssssaa"_s);
    CHECK_COUNTS(p.id);
}

void TestSeating::checkoutChargesThePriceHeld()
{
    const Venue v = hall();
    const Performance p = reserved(v.id);
    const TicketType a = category(p.id, u"A"_s, 1000, rowSeats(v, u"A"_s));
    HoldService h = holds();
    const HoldOutcome held = h.holdSeats(m_alice, p.id, seats(v, u"A"_s, {1, 2}));
    AdminService(m_fixture.db()).updateTicketType(m_admin, a.id, {std::nullopt, 9999, std::nullopt, std::nullopt});
    const CheckoutOutcome out = h.checkout(m_alice, held.hold.id, CardOk);
    QCOMPARE(out.order.totalCents, 2000);
    QCOMPARE(out.order.items.first().unitPriceCents, 1000);
    QCOMPARE(storage::PaymentRepository(m_fixture.db()).forOrder(out.order.id).first().amountCents, 2000);
    // A new hold pays the new price.
    QCOMPARE(h.holdSeats(m_alice, p.id, seats(v, u"A"_s, {3})).hold.totalCents(), 9999);
    CHECK_COUNTS(p.id);
}

void TestSeating::cashCheckoutIsForStaff()
{
    const Venue v = hall();
    const Performance p = reserved(v.id);
    const TicketType a = category(p.id, u"A"_s, 1000, rowSeats(v, u"A"_s));
    HoldService h = holds();
    const HoldOutcome alices = h.holdSeats(m_alice, p.id, seats(v, u"A"_s, {1}));
    EXPECT_SERVICE_ERROR(h.checkout(m_alice, alices.hold.id, Cash), 403, "forbidden");
    QCOMPARE(h.listMine(m_alice, p.id).size(), 1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM holds WHERE paying_since IS NOT NULL"_s), 0);
    const HoldOutcome counter = h.holdBestAvailable(m_clerk, p.id, a.id, 3);
    const CheckoutOutcome sold = h.checkout(m_clerk, counter.hold.id, Cash);
    QCOMPARE(sold.order.paymentProvider, u"cash"_s);
    QCOMPARE(sold.order.tickets.size(), 3);
    QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'order.cash_sale' AND entity_id = ?"_s,
                   {sold.order.id}),
             1);
    CHECK_COUNTS(p.id);
}

void TestSeating::cancelPutsExactlyThoseSeatsBack()
{
    const Venue v = hall();
    const Performance p = reserved(v.id);
    const TicketType a = category(p.id, u"A"_s, 1000, rowSeats(v, u"A"_s));
    const TicketType b = category(p.id, u"B"_s, 700, rowSeats(v, u"B"_s));
    HoldService h = holds();
    SalesService sales(m_fixture.db(), m_gateway);
    const CheckoutOutcome alices = h.checkout(
        m_alice, h.holdSeats(m_alice, p.id, seats(v, u"A"_s, {4, 5}) + seats(v, u"B"_s, {1})).hold.id, CardOk);
    const CheckoutOutcome bobs =
        h.checkout(m_bob, h.holdSeats(m_bob, p.id, seats(v, u"A"_s, {3, 6})).hold.id, CardOk);
    const HoldOutcome held = h.holdSeats(m_clerk, p.id, seats(v, u"A"_s, {7}));
    QCOMPARE(statuses(v, p.id, rowSeats(v, u"A"_s)), u"aasssshaaa"_s);
    CHECK_COUNTS(p.id);
    const qint64 version = map(p.id).version;

    EXPECT_SERVICE_ERROR(sales.cancel(m_bob, alices.order.id), 404, "not_found");
    const SaleResult cancelled = sales.cancel(m_alice, alices.order.id);
    QCOMPARE(cancelled.order.status, OrderRefunded);
    for (const Ticket &t : cancelled.order.tickets)
        QCOMPARE(t.status, TicketCancelled);
    QCOMPARE(statuses(v, p.id, rowSeats(v, u"A"_s)), u"aasaashaaa"_s);
    QCOMPARE(statuses(v, p.id, seats(v, u"B"_s, {1})), u"a"_s);
    QVERIFY(cancelled.seatChange);
    QCOMPARE(cancelled.seatChange->version, version + 1);
    QList<Id> back;
    for (const SeatUpdate &u : cancelled.seatChange->seats) {
        back.append(u.seatId);
        QCOMPARE(u.status, 'a');
    }
    QCOMPARE(sorted(back), sorted(seats(v, u"A"_s, {4, 5}) + seats(v, u"B"_s, {1})));
    QCOMPARE(ticketType(a.id).sold, 2);
    QCOMPARE(ticketType(a.id).held, 1);
    QCOMPARE(ticketType(b.id).sold, 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM performance_seats WHERE order_id = ?"_s, {alices.order.id}), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM performance_seats WHERE order_id = ?"_s, {bobs.order.id}), 2);
    const auto payments = storage::PaymentRepository(m_fixture.db()).forOrder(alices.order.id);
    QCOMPARE(payments.size(), 2);
    QCOMPARE(payments.at(1).kind, u"refund"_s);
    QCOMPARE(payments.at(1).amountCents, 2700);
    CHECK_COUNTS(p.id);
    EXPECT_SERVICE_ERROR(sales.cancel(m_alice, alices.order.id), 409, "already_cancelled");
    QCOMPARE(map(p.id).version, version + 1);

    // The seats can be sold again; the cancelled tickets keep their seats in the order's history.
    const CheckoutOutcome again =
        h.checkout(m_bob, h.holdSeats(m_bob, p.id, seats(v, u"A"_s, {4, 5})).hold.id, CardOk);
    QCOMPARE(again.order.tickets.size(), 2);
    const Order history = sales.find(m_alice, alices.order.id, {});
    QCOMPARE(history.items.at(0).seatIds, seats(v, u"A"_s, {4, 5}));
    QCOMPARE(history.tickets.size(), 3);
    CHECK_COUNTS(p.id);
    // Staff may cancel anyone's seated order.
    sales.cancel(m_clerk, bobs.order.id);
    QCOMPARE(statuses(v, p.id, rowSeats(v, u"A"_s)), u"aaassahaaa"_s);
    h.release(m_clerk, held.hold.id);
    CHECK_COUNTS(p.id);
}

// ---------------------------------------------------------------------------------------------
// Best available. One venue, focus (4.5, 0), rows of ten seats at x 0–9:
//   A (y 1) plain; B (y 2) an aisle after seat 5; C (y 3) wheelchair places 5 and 6;
//   D (y 4) restricted view at seats 4–7; E (y 5) plain.
// Each row is its own price category, so each rule is seen alone.

namespace {

QJsonObject bestLayout()
{
    RowSpec b = straightRow(u"B"_s, 10, 2);
    b.flag(5, u"aisleAfter"_s);
    RowSpec c = straightRow(u"C"_s, 10, 3);
    c.flag(5, u"accessible"_s).flag(6, u"accessible"_s);
    RowSpec d = straightRow(u"D"_s, 10, 4);
    for (int n = 4; n <= 7; ++n)
        d.flag(n, u"restrictedView"_s);
    return toLayout({{u"Stalls"_s, {straightRow(u"A"_s, 10, 1), b, c, d, straightRow(u"E"_s, 10, 5)}}},
                    point(4.5, 0));
}

} // namespace

void TestSeating::bestAvailableNearestAdjacentSeats()
{
    const Venue v = makeVenue(u"Best"_s, bestLayout());
    const Performance p = reserved(v.id);
    const TicketType a = category(p.id, u"A"_s, 1000, rowSeats(v, u"A"_s));
    HoldService h = holds();
    // Four: the middle four.
    const HoldOutcome four = h.holdBestAvailable(m_clerk, p.id, a.id, 4);
    QCOMPARE(four.hold.seatIds(), seats(v, u"A"_s, {4, 5, 6, 7}));
    QCOMPARE(four.hold.items.first().ticketTypeId, a.id);
    QCOMPARE(four.hold.items.first().unitPriceCents, 1000);
    CHECK_COUNTS(p.id);
    h.release(m_clerk, four.hold.id);
    // Three: 4–6 and 5–7 are equally near (their sums differ only by rounding): the lower ids win.
    const HoldOutcome three = h.holdBestAvailable(m_clerk, p.id, a.id, 3);
    QCOMPARE(three.hold.seatIds(), seats(v, u"A"_s, {4, 5, 6}));
    // One: the nearest seat left (x 6, seat 7; seat 3 is at x 2).
    const HoldOutcome one = h.holdBestAvailable(m_clerk, p.id, a.id, 1);
    QCOMPARE(one.hold.seatIds(), seats(v, u"A"_s, {7}));
    QCOMPARE(statuses(v, p.id, rowSeats(v, u"A"_s)), u"aaahhhhaaa"_s);
    // Three left on each side: a block of four is no longer there.
    EXPECT_SERVICE_ERROR(h.holdBestAvailable(m_clerk, p.id, a.id, 4), 409, "no_adjacent_seats");
    // 1–3 (x 0–2) and 8–10 (x 7–9) are mirror images: the lower ids win.
    const HoldOutcome left = h.holdBestAvailable(m_clerk, p.id, a.id, 3);
    QCOMPARE(left.hold.seatIds(), seats(v, u"A"_s, {1, 2, 3}));
    QCOMPARE(h.holdBestAvailable(m_clerk, p.id, a.id, 3).hold.seatIds(), seats(v, u"A"_s, {8, 9, 10}));
    EXPECT_SERVICE_ERROR(h.holdBestAvailable(m_clerk, p.id, a.id, 1), 409, "no_adjacent_seats");
    CHECK_COUNTS(p.id);
}

void TestSeating::bestAvailableRespectsAisles()
{
    const Venue v = makeVenue(u"Best"_s, bestLayout());
    const Performance p = reserved(v.id);
    const TicketType b = category(p.id, u"B"_s, 1000, rowSeats(v, u"B"_s));
    HoldService h = holds();
    // Without the aisle it would be 4–7; across it is not adjacent: 2–5 and 6–9 tie, 2–5 wins.
    const HoldOutcome four = h.holdBestAvailable(m_clerk, p.id, b.id, 4);
    QCOMPARE(four.hold.seatIds(), seats(v, u"B"_s, {2, 3, 4, 5}));
    h.release(m_clerk, four.hold.id);
    const HoldOutcome five = h.holdBestAvailable(m_clerk, p.id, b.id, 5);
    QCOMPARE(five.hold.seatIds(), seats(v, u"B"_s, {1, 2, 3, 4, 5}));
    h.release(m_clerk, five.hold.id);
    EXPECT_SERVICE_ERROR(h.holdBestAvailable(m_clerk, p.id, b.id, 6), 409, "no_adjacent_seats");
    // Two: 5 and 6 are the nearest seats but stand either side of the aisle.
    const HoldOutcome two = h.holdBestAvailable(m_clerk, p.id, b.id, 2);
    QCOMPARE(two.hold.seatIds(), seats(v, u"B"_s, {4, 5}));
    CHECK_COUNTS(p.id);
}

void TestSeating::bestAvailableSkipsWheelchairPlaces()
{
    const Venue v = makeVenue(u"Best"_s, bestLayout());
    const Performance p = reserved(v.id);
    const TicketType c = category(p.id, u"C"_s, 1000, rowSeats(v, u"C"_s));
    HoldService h = holds();
    const HoldOutcome one = h.holdBestAvailable(m_clerk, p.id, c.id, 1);
    QCOMPARE(one.hold.seatIds(), seats(v, u"C"_s, {4}));
    const HoldOutcome two = h.holdBestAvailable(m_clerk, p.id, c.id, 2);
    QCOMPARE(two.hold.seatIds(), seats(v, u"C"_s, {7, 8}));
    // Left: 1–3 and 9–10 beside the wheelchair places 5–6, which never count as free: no four.
    EXPECT_SERVICE_ERROR(h.holdBestAvailable(m_clerk, p.id, c.id, 4), 409, "no_adjacent_seats");
    const HoldOutcome three = h.holdBestAvailable(m_clerk, p.id, c.id, 3);
    QCOMPARE(three.hold.seatIds(), seats(v, u"C"_s, {1, 2, 3}));
    QCOMPARE(h.holdBestAvailable(m_clerk, p.id, c.id, 2).hold.seatIds(), seats(v, u"C"_s, {9, 10}));
    // Only the wheelchair places are left: best available does not give them.
    EXPECT_SERVICE_ERROR(h.holdBestAvailable(m_clerk, p.id, c.id, 1), 409, "no_adjacent_seats");
    QCOMPARE(statuses(v, p.id, rowSeats(v, u"C"_s)), u"hhhhaahhhh"_s);
    // A wheelchair place can still be chosen by hand.
    QCOMPARE(h.holdSeats(m_clerk, p.id, seats(v, u"C"_s, {5})).hold.seatIds(), seats(v, u"C"_s, {5}));
    CHECK_COUNTS(p.id);
}

void TestSeating::bestAvailableSkipsRestrictedViewWhileOthersRemain()
{
    const Venue v = makeVenue(u"Best"_s, bestLayout());
    const Performance p = reserved(v.id);
    const TicketType d = category(p.id, u"D"_s, 1000, rowSeats(v, u"D"_s));
    HoldService h = holds();
    // Clear view first, although 4–7 are nearer.
    const HoldOutcome two = h.holdBestAvailable(m_clerk, p.id, d.id, 2);
    QCOMPARE(two.hold.seatIds(), seats(v, u"D"_s, {2, 3}));
    const HoldOutcome one = h.holdBestAvailable(m_clerk, p.id, d.id, 1);
    QCOMPARE(one.hold.seatIds(), seats(v, u"D"_s, {8}));
    // No clear block of three is left (1 alone, 9–10): restricted view then, the best of it.
    const HoldOutcome three = h.holdBestAvailable(m_clerk, p.id, d.id, 3);
    QCOMPARE(three.hold.seatIds(), seats(v, u"D"_s, {4, 5, 6}));
    // Clear-view seats are still taken first for smaller blocks.
    QCOMPARE(h.holdBestAvailable(m_clerk, p.id, d.id, 2).hold.seatIds(), seats(v, u"D"_s, {9, 10}));
    QCOMPARE(h.holdBestAvailable(m_clerk, p.id, d.id, 1).hold.seatIds(), seats(v, u"D"_s, {1}));
    QCOMPARE(h.holdBestAvailable(m_clerk, p.id, d.id, 1).hold.seatIds(), seats(v, u"D"_s, {7}));
    EXPECT_SERVICE_ERROR(h.holdBestAvailable(m_clerk, p.id, d.id, 1), 409, "no_adjacent_seats");
    CHECK_COUNTS(p.id);
}

void TestSeating::bestAvailableStaysInItsCategory()
{
    const Venue v = makeVenue(u"Best"_s, bestLayout());
    const Performance p = reserved(v.id);
    const TicketType front = category(p.id, u"Front"_s, 3000, rowSeats(v, u"A"_s));
    const TicketType e = category(p.id, u"E"_s, 1000, rowSeats(v, u"E"_s));
    SeatingService seating(m_fixture.db());
    HoldService h = holds();
    // Blocked and held seats break blocks like anything else.
    seating.setBlocked(m_admin, p.id, seats(v, u"E"_s, {5}), true);
    h.holdSeats(m_bob, p.id, seats(v, u"E"_s, {6}));
    const HoldOutcome two = h.holdBestAvailable(m_alice, p.id, e.id, 2);
    QCOMPARE(two.hold.seatIds(), seats(v, u"E"_s, {3, 4}));
    QCOMPARE(two.hold.items.size(), 1);
    QCOMPARE(two.hold.items.first().ticketTypeId, e.id);
    QCOMPARE(two.hold.items.first().unitPriceCents, 1000);
    // Row A, nearer and empty, was not touched.
    QCOMPARE(statuses(v, p.id, rowSeats(v, u"A"_s)), QString(10, u'a'));
    QCOMPARE(h.holdBestAvailable(m_alice, p.id, front.id, 2).hold.seatIds(), seats(v, u"A"_s, {5, 6}));
    CHECK_COUNTS(p.id);
    // Seats moved into the category count at once.
    seating.assignSeats(m_admin, e.id, seats(v, u"A"_s, {1, 2, 3}));
    QCOMPARE(h.holdBestAvailable(m_bob, p.id, e.id, 3).hold.seatIds(), seats(v, u"A"_s, {1, 2, 3}));
    CHECK_COUNTS(p.id);
}

void TestSeating::bestAvailableGuards()
{
    const Venue v = makeVenue(u"Best"_s, bestLayout());
    const Performance p = reserved(v.id);
    const Performance other = reserved(v.id);
    const TicketType a = category(p.id, u"A"_s, 1000, rowSeats(v, u"A"_s));
    const TicketType elsewhere = category(other.id, u"A"_s, 1000, rowSeats(v, u"A"_s));
    HoldService h = holds();
    auto fieldOf = [](const RpcError &e) { return e.code == 422 ? e.data.value(u"field"_s).toString() : QString(); };
    QCOMPARE(fieldOf(errorOf([&] { h.holdBestAvailable(m_alice, p.id, elsewhere.id, 2); })), u"ticketTypeId"_s);
    QCOMPARE(fieldOf(errorOf([&] { h.holdBestAvailable(m_alice, p.id, 4242424, 2); })), u"ticketTypeId"_s);
    QCOMPARE(fieldOf(errorOf([&] { h.holdBestAvailable(m_alice, p.id, a.id, 0); })), u"quantity"_s);
    QCOMPARE(fieldOf(errorOf([&] { h.holdBestAvailable(m_clerk, p.id, a.id, 21); })), u"quantity"_s);
    EXPECT_SERVICE_ERROR(h.holdBestAvailable(m_alice, 4242424, a.id, 2), 404, "not_found");
    EXPECT_SERVICE_ERROR(h.holdBestAvailable(m_alice, p.id, a.id, 11), 409, "no_adjacent_seats");
    QCOMPARE(count(u"SELECT COUNT(*) FROM holds"_s), 0);
    QCOMPARE(map(p.id).version, 2);
    CHECK_COUNTS(p.id);
}

// ---------------------------------------------------------------------------------------------
// The no-single-seat rule. Row A: five seats (x 0–4, y 1); row B: six seats (x 0–5, y 2) with an
// aisle after seat 3; row C: three seats (y 3). Focus (2, 0).

namespace {

QJsonObject singleSeatLayout()
{
    RowSpec b = straightRow(u"B"_s, 6, 2);
    b.flag(3, u"aisleAfter"_s);
    return toLayout({{u"S"_s, {straightRow(u"A"_s, 5, 1), b, straightRow(u"C"_s, 3, 3)}}}, point(2, 0));
}

} // namespace

void TestSeating::noSingleSeatsOnHolds()
{
    const Venue v = makeVenue(u"Small"_s, singleSeatLayout());
    const Performance p = reserved(v.id, true);
    QVERIFY(p.noSingleSeats);
    QVERIFY(CatalogService(m_fixture.db()).performance(p.id).noSingleSeats);
    category(p.id, u"All"_s, 1000, allSeats(v));
    HoldService h = holds();

    // Seat 2 alone would leave seat 1 alone at the row's end.
    const RpcError e = errorOf([&] { h.holdSeats(m_alice, p.id, seats(v, u"A"_s, {2})); });
    QCOMPARE(e.code, 409);
    QCOMPARE(e.reason, u"single_seat"_s);
    QCOMPARE(idsOf(e.data.value(u"seatIds"_s)), seats(v, u"A"_s, {1}));
    QCOMPARE(e.data.value(u"seatId"_s).toInteger(), seat(v, u"A"_s, 1));
    QCOMPARE(statuses(v, p.id, rowSeats(v, u"A"_s)), u"aaaaa"_s);
    QCOMPARE(map(p.id).version, 2);
    const HoldOutcome ok = h.holdSeats(m_alice, p.id, seats(v, u"A"_s, {1, 2}));
    // Seat 4 alone would strand 3 (between held 2 and 4) and 5 (at the end).
    const RpcError both = errorOf([&] { h.holdSeats(m_bob, p.id, seats(v, u"A"_s, {4})); });
    QCOMPARE(both.reason, u"single_seat"_s);
    QCOMPARE(idsOf(both.data.value(u"seatIds"_s)), seats(v, u"A"_s, {3, 5}));
    QCOMPARE(both.data.value(u"seatId"_s).toInteger(), seat(v, u"A"_s, 3));
    // Seats with a gap of one between them strand it.
    const RpcError gap = errorOf([&] { h.holdSeats(m_bob, p.id, seats(v, u"A"_s, {3, 5})); });
    QCOMPARE(idsOf(gap.data.value(u"seatIds"_s)), seats(v, u"A"_s, {4}));
    // Taking 3 leaves 4–5 together: fine. Then 4 alone would strand 5.
    h.holdSeats(m_bob, p.id, seats(v, u"A"_s, {3}));
    EXPECT_SERVICE_ERROR(h.holdSeats(m_bob, p.id, seats(v, u"A"_s, {4})), 409, "single_seat");
    h.holdSeats(m_bob, p.id, seats(v, u"A"_s, {4, 5}));
    QCOMPARE(statuses(v, p.id, rowSeats(v, u"A"_s)), u"hhhhh"_s);
    CHECK_COUNTS(p.id);
    // A seat that is already alone is not the buyer's doing: it may be taken, or left.
    h.release(m_alice, ok.hold.id);
    SeatingService(m_fixture.db()).setBlocked(m_admin, p.id, seats(v, u"A"_s, {2}), true);
    QCOMPARE(statuses(v, p.id, seats(v, u"A"_s, {1, 2})), u"ab"_s);
    h.holdSeats(m_alice, p.id, seats(v, u"C"_s, {1, 2, 3})); // far from seat A1
    h.holdSeats(m_alice, p.id, seats(v, u"A"_s, {1}));
    CHECK_COUNTS(p.id);
    // The rule can be turned off, and then a single seat may be left.
    const Performance off = AdminService(m_fixture.db()).updatePerformance(m_admin, p.id, {std::nullopt, std::nullopt, false, std::nullopt});
    QVERIFY(!off.noSingleSeats);
    h.holdSeats(m_bob, p.id, seats(v, u"B"_s, {2}));
    QCOMPARE(statuses(v, p.id, seats(v, u"B"_s, {1, 2, 3})), u"aha"_s);
    CHECK_COUNTS(p.id);
}

void TestSeating::noSingleSeatsAtAisles()
{
    const Venue v = makeVenue(u"Small"_s, singleSeatLayout());
    const Performance p = reserved(v.id, true);
    category(p.id, u"All"_s, 1000, allSeats(v));
    HoldService h = holds();
    // B1–B2 would leave B3 alone between them and the aisle.
    const RpcError e = errorOf([&] { h.holdSeats(m_alice, p.id, seats(v, u"B"_s, {1, 2})); });
    QCOMPARE(e.reason, u"single_seat"_s);
    QCOMPARE(idsOf(e.data.value(u"seatIds"_s)), seats(v, u"B"_s, {3}));
    // B3 and B4 stand either side of the aisle: B4 leaves nothing alone on its left.
    const RpcError across = errorOf([&] { h.holdSeats(m_alice, p.id, seats(v, u"B"_s, {2, 3, 4, 5})); });
    QCOMPARE(idsOf(across.data.value(u"seatIds"_s)), seats(v, u"B"_s, {1, 6}));
    h.holdSeats(m_alice, p.id, seats(v, u"B"_s, {1, 2, 3}));
    // B5 would strand B4 (aisle on its left) and B6 (the row's end).
    const RpcError right = errorOf([&] { h.holdSeats(m_bob, p.id, seats(v, u"B"_s, {5})); });
    QCOMPARE(idsOf(right.data.value(u"seatIds"_s)), seats(v, u"B"_s, {4, 6}));
    h.holdSeats(m_bob, p.id, seats(v, u"B"_s, {4, 5, 6}));
    // Seats that are not on sale are not free either: with C1 off sale, C2 alone strands C3.
    const Performance q = reserved(v.id, true);
    category(q.id, u"Part"_s, 1000, seats(v, u"C"_s, {2, 3}) + rowSeats(v, u"A"_s));
    const RpcError offSale = errorOf([&] { h.holdSeats(m_alice, q.id, seats(v, u"C"_s, {2})); });
    QCOMPARE(idsOf(offSale.data.value(u"seatIds"_s)), seats(v, u"C"_s, {3}));
    h.holdSeats(m_alice, q.id, seats(v, u"C"_s, {2, 3}));
    CHECK_COUNTS(p.id);
    CHECK_COUNTS(q.id);
}

void TestSeating::noSingleSeatsInBestAvailable()
{
    const Venue v = makeVenue(u"Small"_s, singleSeatLayout());
    // Without the rule, the nearest pair of row A is 2–3 (tied with 3–4).
    const Performance ruleOff = reserved(v.id, false);
    const TicketType offType = category(ruleOff.id, u"All"_s, 1000, rowSeats(v, u"A"_s) + rowSeats(v, u"B"_s));
    HoldService h = holds();
    QCOMPARE(h.holdBestAvailable(m_clerk, ruleOff.id, offType.id, 2).hold.seatIds(), seats(v, u"A"_s, {2, 3}));
    // With it, 2–3 and 3–4 would each strand an end seat: 1–2 (tied with 4–5) it is.
    const Performance p = reserved(v.id, true);
    const TicketType all = category(p.id, u"All"_s, 1000, rowSeats(v, u"A"_s) + rowSeats(v, u"B"_s));
    const TicketType trio = category(p.id, u"Trio"_s, 500, rowSeats(v, u"C"_s));
    QCOMPARE(h.holdBestAvailable(m_clerk, p.id, all.id, 2).hold.seatIds(), seats(v, u"A"_s, {1, 2}));
    // One seat: 3, the nearest, leaves 4–5 together.
    QCOMPARE(h.holdBestAvailable(m_clerk, p.id, all.id, 1).hold.seatIds(), seats(v, u"A"_s, {3}));
    // Now A4 would strand A5 and A5 would strand A4, so row B: B3 (x 2, the nearest there)
    // leaves B1–B2 together, with the aisle on its other side.
    QCOMPARE(h.holdBestAvailable(m_clerk, p.id, all.id, 1).hold.seatIds(), seats(v, u"B"_s, {3}));
    // The three seats of row C: any pair strands the third.
    EXPECT_SERVICE_ERROR(h.holdBestAvailable(m_clerk, p.id, trio.id, 2), 409, "no_adjacent_seats");
    QCOMPARE(h.holdBestAvailable(m_clerk, p.id, trio.id, 3).hold.seatIds(), rowSeats(v, u"C"_s));
    CHECK_COUNTS(p.id);
    CHECK_COUNTS(ruleOff.id);
}

// ---------------------------------------------------------------------------------------------
// The database's own guarantees

void TestSeating::databaseRefusesASecondSale()
{
    const Venue v = hall();
    const Performance p = reserved(v.id);
    const TicketType a = category(p.id, u"A"_s, 1000, rowSeats(v, u"A"_s));
    HoldService h = holds();
    const CheckoutOutcome sold = h.checkout(m_alice, h.holdSeats(m_alice, p.id, seats(v, u"A"_s, {1})).hold.id, CardOk);
    const HoldOutcome held = h.holdSeats(m_bob, p.id, seats(v, u"A"_s, {2}));
    const Id soldSeat = seat(v, u"A"_s, 1);
    const Id heldSeat = seat(v, u"A"_s, 2);
    const Id freeSeat = seat(v, u"A"_s, 3);
    auto &db = m_fixture.db();
    auto refused = [&](const QString &sql, const QVariantList &args) {
        try {
            db.write([&] { db.exec(sql, args); });
        } catch (const storage::StorageError &) {
            return true;
        }
        return false;
    };

    // A second valid ticket for a sold seat, as a second order would write it.
    Order second;
    second.code = u"MQ-TEST-SECOND"_s;
    second.userId = m_bob.user.id;
    second.totalCents = 1000;
    second.createdAt = Clock::now();
    second.paymentProvider = u"cash"_s;
    second.items.append(OrderItem{a.id, 1, 1000, u"A"_s, p.id, u"Seated Concert"_s, p.startsAt, p.venue, {soldSeat}, p.timeZone});
    Ticket ticket{0, u"TEST-TICKET-0001"_s, a.id, TicketValid, soldSeat, {}, {}};
    second.tickets.append(ticket);
    QVERIFY_THROWS_EXCEPTION(storage::StorageError, db.write([&] { storage::OrderRepository(db).insert(second); }));
    QVERIFY(refused(u"INSERT INTO tickets (order_id, ticket_type_id, code, status, seat_id, performance_id)"
                    " VALUES (?, ?, 'TEST-TICKET-0002', 'valid', ?, ?)"_s,
                    {sold.order.id, a.id, soldSeat, p.id}));
    // A second inventory row for the seat.
    QVERIFY(refused(u"INSERT INTO performance_seats (performance_id, seat_id, ticket_type_id, status, blocked)"
                    " VALUES (?, ?, ?, 'a', 0)"_s,
                    {p.id, soldSeat, a.id}));
    // A sold seat without its order, held without its hold, or sold and held at once.
    QVERIFY(refused(u"UPDATE performance_seats SET order_id = NULL WHERE performance_id = ? AND seat_id = ?"_s, {p.id, soldSeat}));
    QVERIFY(refused(u"UPDATE performance_seats SET status = 'h' WHERE performance_id = ? AND seat_id = ?"_s, {p.id, soldSeat}));
    QVERIFY(refused(u"UPDATE performance_seats SET hold_id = ? WHERE performance_id = ? AND seat_id = ?"_s,
                    {held.hold.id, p.id, soldSeat}));
    QVERIFY(refused(u"UPDATE performance_seats SET status = 's' WHERE performance_id = ? AND seat_id = ?"_s, {p.id, heldSeat}));
    QVERIFY(refused(u"UPDATE performance_seats SET hold_id = NULL WHERE performance_id = ? AND seat_id = ?"_s, {p.id, heldSeat}));
    // A free seat sold with no order, or held by a hold that does not exist.
    QVERIFY(refused(u"UPDATE performance_seats SET status = 's' WHERE performance_id = ? AND seat_id = ?"_s, {p.id, freeSeat}));
    QVERIFY(refused(u"UPDATE performance_seats SET status = 'h', hold_id = 987654 WHERE performance_id = ? AND seat_id = ?"_s,
                    {p.id, freeSeat}));
    // Blocked or off-sale seats cannot be held or sold.
    QVERIFY(refused(u"UPDATE performance_seats SET blocked = 1 WHERE performance_id = ? AND seat_id = ?"_s, {p.id, soldSeat}));
    QVERIFY(refused(u"UPDATE performance_seats SET ticket_type_id = NULL WHERE performance_id = ? AND seat_id = ?"_s,
                    {p.id, heldSeat}));
    QVERIFY(refused(u"UPDATE performance_seats SET status = 'x' WHERE performance_id = ? AND seat_id = ?"_s, {p.id, freeSeat}));
    // Nothing of that stuck.
    QCOMPARE(statuses(v, p.id, seats(v, u"A"_s, {1, 2, 3})), u"sha"_s);
    QCOMPARE(count(u"SELECT COUNT(*) FROM tickets"_s), 1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM orders"_s), 1);
    CHECK_COUNTS(p.id);
    // Once the first ticket is cancelled, the seat can be sold again, also by the database's rules.
    SalesService(db, m_gateway).cancel(m_alice, sold.order.id);
    db.write([&] { storage::OrderRepository(db).insert(second); });
    QCOMPARE(count(u"SELECT COUNT(*) FROM tickets WHERE seat_id = ? AND status = 'valid'"_s, {soldSeat}), 1);
}

void TestSeating::deletingAnEventWithSeatHistory()
{
    // Holds released, expired and checked out, and a refunded order: none of it keeps the event.
    const Venue v = hall();
    const Performance p = reserved(v.id);
    const TicketType a = category(p.id, u"A"_s, 1000, rowSeats(v, u"A"_s));
    SeatingService(m_fixture.db()).setBlocked(m_admin, p.id, seats(v, u"B"_s, {1}), true);
    HoldService h = holds();
    SalesService sales(m_fixture.db(), m_gateway);
    h.release(m_alice, h.holdSeats(m_alice, p.id, seats(v, u"A"_s, {1})).hold.id);
    h.holdSeats(m_bob, p.id, seats(v, u"A"_s, {2}));
    const CheckoutOutcome sold =
        h.checkout(m_alice, h.holdBestAvailable(m_alice, p.id, a.id, 2).hold.id, CardOk);
    AdminService admin(m_fixture.db());
    EXPECT_SERVICE_ERROR(admin.deleteEvent(m_admin, p.eventId), 409, "has_sales");
    sales.cancel(m_alice, sold.order.id);
    EXPECT_SERVICE_ERROR(admin.deleteEvent(m_admin, p.eventId), 409, "has_sales"); // bob's hold
    moveClock(HoldSeconds + 1);
    h.expireOverdue(std::nullopt);
    CHECK_COUNTS(p.id);
    admin.deleteEvent(m_admin, p.eventId);
    EXPECT_SERVICE_ERROR(map(p.id), 404, "not_found");
    QCOMPARE(count(u"SELECT COUNT(*) FROM performance_seats"_s), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM holds"_s), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM hold_items"_s), 0);
    // The refunded order keeps its history, seats included, while the venue exists.
    const Order history = sales.find(m_alice, sold.order.id, {});
    QCOMPARE(history.status, OrderRefunded);
    QCOMPARE(history.items.first().seatIds, sold.order.items.first().seatIds);
    QCOMPARE(history.tickets.first().seat.row, u"A"_s);
    // The venue stays while a ticket, even a refunded one, sits on its seats: history keeps its
    // section, row and seat.
    EXPECT_SERVICE_ERROR(VenueService(m_fixture.db()).remove(m_admin, v.id), 409, "venue_in_use");
    QVERIFY(count(u"SELECT COUNT(*) FROM seats"_s) > 0);
    QCOMPARE(sales.find(m_alice, sold.order.id, {}).tickets.first().seat.row, u"A"_s);
}

void TestSeating::largeCategoriesInChunks()
{
    // More seats than one statement takes at once (ids go to the database in chunks).
    QList<RowSpec> rows;
    for (int r = 0; r < 30; ++r)
        rows.append(straightRow(u"R%1"_s.arg(r + 1), 50, r + 1));
    const Venue v = makeVenue(u"Arena"_s, toLayout({{u"Floor"_s, rows}}));
    QCOMPARE(v.seatCount, 1500);
    const Performance p = reserved(v.id);
    const QList<Id> everything = allSeats(v);
    const AdminResult<TicketType> all =
        AdminService(m_fixture.db()).createTicketType(m_admin, NewTicketType{p.id, u"All"_s, 1000, std::nullopt, everything});
    QCOMPARE(all.value.capacity, 1500);
    QCOMPARE(all.changes.seats.first().seats.size(), 1500);
    CHECK_COUNTS(p.id);
    const QList<Id> front = everything.mid(0, 1100);
    const TicketType premium = category(p.id, u"Premium"_s, 5000, front);
    QCOMPARE(premium.capacity, 1100);
    QCOMPARE(ticketType(all.value.id).capacity, 400);
    SeatingService seating(m_fixture.db());
    const QList<Id> blocked = everything.mid(900, 600); // 200 premium, 400 of the rest
    const Changes change = seating.setBlocked(m_admin, p.id, blocked, true);
    QCOMPARE(change.seats.first().seats.size(), 600);
    QCOMPARE(ticketType(premium.id).capacity, 900);
    QCOMPARE(ticketType(all.value.id).capacity, 0);
    const SeatMap m = map(p.id);
    QCOMPARE(m.status, QString(900, u'a') + QString(600, u'b'));
    QCOMPARE(m.categories.count(premium.id), 1100);
    QCOMPARE(m.version, 4);
    CHECK_COUNTS(p.id);
    seating.assignSeats(m_admin, all.value.id, everything.mid(0, 700));
    QCOMPARE(ticketType(premium.id).capacity, 200);
    QCOMPARE(ticketType(all.value.id).capacity, 700);
    CHECK_COUNTS(p.id);
}

void TestSeating::countsCheckCatchesADrift()
{
    // The check every test leans on must be able to fail.
    const Venue v = hall();
    const Performance p = reserved(v.id);
    const TicketType a = category(p.id, u"A"_s, 1000, rowSeats(v, u"A"_s));
    const HoldOutcome held = holds().holdSeats(m_alice, p.id, seats(v, u"A"_s, {1, 2}));
    QVERIFY(countsMismatch(p.id).isEmpty());
    auto &db = m_fixture.db();
    auto drifted = [&](const QString &breakIt, const QString &mendIt) {
        db.write([&] { db.exec(breakIt, {a.id}); });
        const QString mismatch = countsMismatch(p.id);
        db.write([&] { db.exec(mendIt, {a.id}); });
        return !mismatch.isEmpty() && countsMismatch(p.id).isEmpty();
    };
    QVERIFY(drifted(u"UPDATE ticket_types SET held = held - 1 WHERE id = ?"_s,
                    u"UPDATE ticket_types SET held = held + 1 WHERE id = ?"_s));
    QVERIFY(drifted(u"UPDATE ticket_types SET capacity = capacity + 1 WHERE id = ?"_s,
                    u"UPDATE ticket_types SET capacity = capacity - 1 WHERE id = ?"_s));
    QVERIFY(drifted(u"UPDATE hold_items SET quantity = 3 WHERE ticket_type_id = ?"_s,
                    u"UPDATE hold_items SET quantity = 2 WHERE ticket_type_id = ?"_s));
    holds().release(m_alice, held.hold.id);
    QVERIFY(countsMismatch(p.id).isEmpty());
}

QTEST_GUILESS_MAIN(TestSeating)
#include "tst_seating.moc"
