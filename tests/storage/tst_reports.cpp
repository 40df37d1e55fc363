// Reports (report.sales, report.occupancy, report.shift) on both backends, against seeded sales
// with known totals: orders placed through the real sale paths (online by card, at the box office
// in cash and by card, a seated-style hold checkout), then moved to fixed times, so every figure
// of every bucket is known exactly — in UTC, in Shanghai (+8), in Kolkata (+5:30, hours that start
// at half past) and across Berlin's spring-forward night (a 23-hour day). Who sold and who
// refunded at the box office is recorded by the sale and refund paths.
#include "storagefixture.h"

#include "services/adminservice.h"
#include "services/authservice.h"
#include "services/clock.h"
#include "services/holdservice.h"
#include "services/passwordhasher.h"
#include "services/paymentgateway.h"
#include "services/reportservice.h"
#include "services/salesservice.h"
#include "services/serviceerror.h"
#include "shared/utctime.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace mq;
using namespace mq::services;

#define EXPECT_SERVICE_ERROR(expr, wantCode, wantReason, wantField)                                \
    do {                                                                                           \
        bool thrown = false;                                                                       \
        try {                                                                                      \
            expr;                                                                                  \
        } catch (const ServiceError &e) {                                                          \
            thrown = true;                                                                         \
            QCOMPARE(e.error().code, wantCode);                                                    \
            QCOMPARE(e.error().reason, QLatin1String(wantReason));                                 \
            QCOMPARE(e.error().data.value(u"field"_s).toString(), QLatin1String(wantField));       \
        }                                                                                          \
        QVERIFY2(thrown, "expected a ServiceError from " #expr);                                   \
    } while (false)

namespace {

QDateTime at(const QString &wire)
{
    return *parseWireTime(wire);
}

qint64 num(const QJsonValue &v)
{
    return v.toInteger(-1);
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void salesPerDayInUtc();
    void salesPerHourOfAPerformance();
    void salesPerDayInShanghai();
    void hoursStartAtHalfPastInKolkata();
    void berlinSpringForwardDayHas23Hours();
    void salesWithoutARangeStartAtTheFirstSale();
    void salesByTicketType();
    void salesOfEverything();
    void occupancyPerPerformance();
    void shiftTakingsPerClerkAndMethod();
    void shiftOfOneClerkAndOneDay();
    void saleAndRefundPathsRecordTheClerk();
    void validation();

private:
    Caller caller(const QString &name, Role role);
    Id buy(const Caller &who, Id ticketTypeId, int quantity, const QString &provider,
           const QString &time);
    void refund(const Caller &who, Id orderId, const QString &time);
    QJsonObject sales(Id eventId, Id performanceId, const QString &from, const QString &to,
                      const QString &bucket = u"day"_s, const QString &zone = u"UTC"_s);
    static QJsonObject point(const QJsonObject &report, int index)
    {
        return report.value(u"points"_s).toArray().at(index).toObject();
    }
    static void checkPoint(const QJsonObject &p, const QString &at, qint64 tickets, qint64 revenue,
                           qint64 refundedTickets, qint64 refundedCents);

    StorageFixture m_fixture;
    PasswordHasher m_hasher{2};
    PaymentGateway m_gateway;
    Caller m_admin, m_alice, m_anna, m_ben;
    Id m_gala = 0, m_other = 0;
    Id m_p1 = 0, m_p2 = 0, m_p3 = 0;
    Id m_standard = 0, m_vip = 0, m_p2standard = 0, m_otherType = 0;
    Id m_o1 = 0, m_o2 = 0, m_o3 = 0, m_o4 = 0, m_o5 = 0, m_o6 = 0, m_o7 = 0;
};

Caller TestReports::caller(const QString &name, Role role)
{
    AuthService auth(m_fixture.db(), m_hasher);
    const User user = auth.registerUser(name, u"password-"_s + name, name.toUpper(), role);
    return Caller{user, 0};
}

Id TestReports::buy(const Caller &who, Id ticketTypeId, int quantity, const QString &provider,
                    const QString &time)
{
    SalesService sales(m_fixture.db(), m_gateway);
    const SaleResult sale = sales.purchase(who, ticketTypeId, quantity, {provider, u"tok_ok"_s});
    m_fixture.db().exec(u"UPDATE orders SET created_at = ? WHERE id = ?"_s,
                        {toStorageTime(at(time)), sale.order.id});
    return sale.order.id;
}

void TestReports::refund(const Caller &who, Id orderId, const QString &time)
{
    SalesService(m_fixture.db(), m_gateway).cancel(who, orderId);
    m_fixture.db().exec(u"UPDATE orders SET cancelled_at = ? WHERE id = ?"_s,
                        {toStorageTime(at(time)), orderId});
}

// The seeded sales (times UTC). The Gala has P1 (Standard 50.00 × 100, VIP 120.00 × 10) and P2
// (Standard 40.00 × 50); the Other event one type at 30.00.
//   o1 alice card  P1 Standard ×2  Jan 5 09:15   100.00
//   o2 alice card  P1 VIP ×1       Jan 5 09:45   120.00   refunded by alice Jan 5 20:00
//   o3 anna  cash  P1 Standard ×3  Jan 5 11:05   150.00   refunded by ben   Jan 6 03:00
//   o7 anna  card  P1 Standard ×1  Jan 5 12:00    50.00
//   o6 alice card  Other ×1        Jan 5 10:00    30.00
//   o4 ben   cash  P1 Standard ×1  Jan 6 02:30    50.00
//   o5 alice card  P2 Standard ×4  Jan 6 10:00   160.00
void TestReports::init()
{
    QVERIFY(m_fixture.open(u"reports"_s));
    Clock::setOffsetForTesting(0);
    m_admin = caller(u"boss"_s, Role::Admin);
    m_alice = caller(u"alice"_s, Role::Customer);
    m_anna = caller(u"anna"_s, Role::Clerk);
    m_ben = caller(u"ben"_s, Role::Clerk);
    AdminService admin(m_fixture.db());
    m_gala = admin.createEvent(m_admin, u"Gala"_s, u"concert"_s, u"desc"_s).id;
    m_p1 = admin.createPerformance(m_admin, m_gala, Clock::now().addDays(10), u"Hall"_s,
                                   SeatingGeneral).id;
    m_p2 = admin.createPerformance(m_admin, m_gala, Clock::now().addDays(11), u"Hall"_s,
                                   SeatingGeneral).id;
    m_standard = admin.createTicketType(m_admin, m_p1, u"Standard"_s, 5000, 100).value.id;
    m_vip = admin.createTicketType(m_admin, m_p1, u"VIP"_s, 12000, 10).value.id;
    m_p2standard = admin.createTicketType(m_admin, m_p2, u"Standard"_s, 4000, 50).value.id;
    m_other = admin.createEvent(m_admin, u"Other"_s, u"concert"_s, u"desc"_s).id;
    m_p3 = admin.createPerformance(m_admin, m_other, Clock::now().addDays(12), u"Club"_s,
                                   SeatingGeneral).id;
    m_otherType = admin.createTicketType(m_admin, m_p3, u"Door"_s, 3000, 20).value.id;

    m_o1 = buy(m_alice, m_standard, 2, u"sandbox"_s, u"2026-01-05T09:15:00Z"_s);
    m_o2 = buy(m_alice, m_vip, 1, u"sandbox"_s, u"2026-01-05T09:45:00Z"_s);
    m_o3 = buy(m_anna, m_standard, 3, u"cash"_s, u"2026-01-05T11:05:00Z"_s);
    m_o7 = buy(m_anna, m_standard, 1, u"sandbox"_s, u"2026-01-05T12:00:00Z"_s);
    m_o6 = buy(m_alice, m_otherType, 1, u"sandbox"_s, u"2026-01-05T10:00:00Z"_s);
    m_o4 = buy(m_ben, m_standard, 1, u"cash"_s, u"2026-01-06T02:30:00Z"_s);
    m_o5 = buy(m_alice, m_p2standard, 4, u"sandbox"_s, u"2026-01-06T10:00:00Z"_s);
    refund(m_alice, m_o2, u"2026-01-05T20:00:00Z"_s);
    refund(m_ben, m_o3, u"2026-01-06T03:00:00Z"_s);
}

void TestReports::cleanup()
{
    Clock::setOffsetForTesting(0);
    m_fixture.close();
}

QJsonObject TestReports::sales(Id eventId, Id performanceId, const QString &from,
                               const QString &to, const QString &bucket, const QString &zone)
{
    SalesReportQuery q;
    q.eventId = eventId;
    q.performanceId = performanceId;
    if (!from.isEmpty())
        q.from = at(from);
    if (!to.isEmpty())
        q.to = at(to);
    q.bucket = bucket;
    q.timeZone = zone;
    return ReportService(m_fixture.db()).sales(q);
}

void TestReports::checkPoint(const QJsonObject &p, const QString &when, qint64 tickets,
                             qint64 revenue, qint64 refundedTickets, qint64 refundedCents)
{
    QCOMPARE(p.value(u"at"_s).toString(), when);
    QCOMPARE(num(p.value(u"tickets"_s)), tickets);
    QCOMPARE(num(p.value(u"revenueCents"_s)), revenue);
    QCOMPARE(num(p.value(u"refundedTickets"_s)), refundedTickets);
    QCOMPARE(num(p.value(u"refundedCents"_s)), refundedCents);
    QCOMPARE(num(p.value(u"netCents"_s)), revenue - refundedCents);
}

void TestReports::salesPerDayInUtc()
{
    const QJsonObject r = sales(m_gala, 0, u"2026-01-05T00:00:00Z"_s, u"2026-01-07T00:00:00Z"_s);
    QCOMPARE(r.value(u"points"_s).toArray().size(), 2);
    // Jan 5: o1, o2, o3, o7 (7 tickets, 420.00); o2 refunded that evening.
    checkPoint(point(r, 0), u"2026-01-05T00:00:00Z"_s, 7, 42000, 1, 12000);
    // Jan 6: o4, o5 (5 tickets, 210.00); o3 refunded at 03:00.
    checkPoint(point(r, 1), u"2026-01-06T00:00:00Z"_s, 5, 21000, 3, 15000);
    QCOMPARE(num(point(r, 0).value(u"orders"_s)), 4);
    QCOMPARE(num(point(r, 1).value(u"refunds"_s)), 1);
    const QJsonObject totals = r.value(u"totals"_s).toObject();
    QCOMPARE(num(totals.value(u"orders"_s)), 6);
    QCOMPARE(num(totals.value(u"tickets"_s)), 12);
    QCOMPARE(num(totals.value(u"revenueCents"_s)), 63000);
    QCOMPARE(num(totals.value(u"refunds"_s)), 2);
    QCOMPARE(num(totals.value(u"refundedTickets"_s)), 4);
    QCOMPARE(num(totals.value(u"refundedCents"_s)), 27000);
    QCOMPARE(num(totals.value(u"netCents"_s)), 36000);
    QCOMPARE(r.value(u"bucket"_s).toString(), u"day"_s);
    QCOMPARE(r.value(u"timeZone"_s).toString(), u"UTC"_s);
    QCOMPARE(r.value(u"from"_s).toString(), u"2026-01-05T00:00:00Z"_s);
    QCOMPARE(num(r.value(u"eventId"_s)), m_gala);
    QVERIFY(r.value(u"performanceId"_s).isNull());

    // A range of one day leaves the other out, refunds included.
    const QJsonObject day2 = sales(m_gala, 0, u"2026-01-06T00:00:00Z"_s, u"2026-01-07T00:00:00Z"_s);
    QCOMPARE(day2.value(u"points"_s).toArray().size(), 1);
    QCOMPARE(num(day2.value(u"totals"_s).toObject().value(u"revenueCents"_s)), 21000);
    QCOMPARE(num(day2.value(u"totals"_s).toObject().value(u"refundedCents"_s)), 15000);
}

void TestReports::salesPerHourOfAPerformance()
{
    const QJsonObject r =
        sales(0, m_p1, u"2026-01-05T09:00:00Z"_s, u"2026-01-05T13:00:00Z"_s, u"hour"_s);
    const QJsonArray points = r.value(u"points"_s).toArray();
    QCOMPARE(points.size(), 4); // empty hours too: one point per hour of the range
    checkPoint(point(r, 0), u"2026-01-05T09:00:00Z"_s, 3, 22000, 0, 0);
    checkPoint(point(r, 1), u"2026-01-05T10:00:00Z"_s, 0, 0, 0, 0); // o6 is another event's
    checkPoint(point(r, 2), u"2026-01-05T11:00:00Z"_s, 3, 15000, 0, 0);
    checkPoint(point(r, 3), u"2026-01-05T12:00:00Z"_s, 1, 5000, 0, 0);
    // A range that starts mid-hour starts at that hour, and counts from the start given.
    const QJsonObject mid =
        sales(0, m_p1, u"2026-01-05T09:30:00Z"_s, u"2026-01-05T11:30:00Z"_s, u"hour"_s);
    QCOMPARE(mid.value(u"points"_s).toArray().size(), 3);
    checkPoint(point(mid, 0), u"2026-01-05T09:00:00Z"_s, 1, 12000, 0, 0);
    checkPoint(point(mid, 2), u"2026-01-05T11:00:00Z"_s, 3, 15000, 0, 0);
}

void TestReports::salesPerDayInShanghai()
{
    // Local days Jan 5 and Jan 6 (+08:00).
    const QJsonObject r = sales(m_gala, 0, u"2026-01-05T00:00:00+08:00"_s,
                                u"2026-01-07T00:00:00+08:00"_s, u"day"_s, u"Asia/Shanghai"_s);
    QCOMPARE(r.value(u"points"_s).toArray().size(), 2);
    checkPoint(point(r, 0), u"2026-01-04T16:00:00Z"_s, 7, 42000, 0, 0);
    // o4 (10:30 local) and o5; both refunds (o2 at 04:00 local, o3 at 11:00 local).
    checkPoint(point(r, 1), u"2026-01-05T16:00:00Z"_s, 5, 21000, 4, 27000);
}

void TestReports::hoursStartAtHalfPastInKolkata()
{
    const QJsonObject r = sales(0, m_p1, u"2026-01-05T08:30:00Z"_s, u"2026-01-05T10:30:00Z"_s,
                                u"hour"_s, u"Asia/Kolkata"_s);
    QCOMPARE(r.value(u"points"_s).toArray().size(), 2);
    checkPoint(point(r, 0), u"2026-01-05T08:30:00Z"_s, 2, 10000, 0, 0); // o1, 14:45 local
    checkPoint(point(r, 1), u"2026-01-05T09:30:00Z"_s, 1, 12000, 0, 0); // o2, 15:15 local
}

void TestReports::berlinSpringForwardDayHas23Hours()
{
    // Berlin moves to summer time on 2026-03-29 at 01:00 UTC: that local day has 23 hours.
    m_fixture.db().exec(u"UPDATE orders SET created_at = ? WHERE id = ?"_s,
                        {toStorageTime(at(u"2026-03-28T23:30:00Z"_s)), m_o1}); // Mar 29 00:30 CET
    m_fixture.db().exec(u"UPDATE orders SET created_at = ? WHERE id = ?"_s,
                        {toStorageTime(at(u"2026-03-29T21:59:00Z"_s)), m_o7}); // Mar 29 23:59 CEST
    m_fixture.db().exec(u"UPDATE orders SET created_at = ? WHERE id = ?"_s,
                        {toStorageTime(at(u"2026-03-29T22:30:00Z"_s)), m_o4}); // Mar 30 00:30 CEST
    const QJsonObject r = sales(0, m_p1, u"2026-03-29T00:00:00+01:00"_s,
                                u"2026-03-31T00:00:00+02:00"_s, u"day"_s, u"Europe/Berlin"_s);
    QCOMPARE(r.value(u"points"_s).toArray().size(), 2);
    checkPoint(point(r, 0), u"2026-03-28T23:00:00Z"_s, 3, 15000, 0, 0);
    checkPoint(point(r, 1), u"2026-03-29T22:00:00Z"_s, 1, 5000, 0, 0);
    // Hour by hour through the night: 00:00 and 01:00 CET, then 03:00 CEST.
    const QJsonObject night = sales(0, m_p1, u"2026-03-28T23:00:00Z"_s, u"2026-03-29T02:00:00Z"_s,
                                    u"hour"_s, u"Europe/Berlin"_s);
    QCOMPARE(night.value(u"points"_s).toArray().size(), 3);
    checkPoint(point(night, 0), u"2026-03-28T23:00:00Z"_s, 2, 10000, 0, 0);
    QCOMPARE(point(night, 1).value(u"at"_s).toString(), u"2026-03-29T00:00:00Z"_s);
    QCOMPARE(point(night, 2).value(u"at"_s).toString(), u"2026-03-29T01:00:00Z"_s);
}

void TestReports::salesWithoutARangeStartAtTheFirstSale()
{
    // From the first sale of P2 (Jan 6 10:00) to now: the first point is that day.
    const QJsonObject r = sales(0, m_p2, {}, {});
    QCOMPARE(r.value(u"from"_s).toString(), u"2026-01-06T10:00:00Z"_s);
    QCOMPARE(point(r, 0).value(u"at"_s).toString(), u"2026-01-06T00:00:00Z"_s);
    const qint64 days = QDate(2026, 1, 6).daysTo(Clock::now().toUTC().date()) + 1;
    QCOMPARE(r.value(u"points"_s).toArray().size(), days);
    QCOMPARE(num(r.value(u"totals"_s).toObject().value(u"tickets"_s)), 4);
    // Nothing sold: no points, zero totals, the ticket types still listed.
    AdminService admin(m_fixture.db());
    const Id empty = admin.createPerformance(m_admin, m_gala, Clock::now().addDays(20), u"Hall"_s,
                                             SeatingGeneral).id;
    admin.createTicketType(m_admin, empty, u"Standard"_s, 100, 5);
    const QJsonObject none = sales(0, empty, {}, {});
    QCOMPARE(none.value(u"points"_s).toArray().size(), 0);
    QCOMPARE(num(none.value(u"totals"_s).toObject().value(u"tickets"_s)), 0);
    QCOMPARE(none.value(u"byTicketType"_s).toArray().size(), 1);
}

void TestReports::salesByTicketType()
{
    const QJsonObject r = sales(m_gala, 0, u"2026-01-05T00:00:00Z"_s, u"2026-01-07T00:00:00Z"_s);
    const QJsonArray types = r.value(u"byTicketType"_s).toArray();
    QCOMPARE(types.size(), 3);
    QHash<qint64, QJsonObject> byId;
    for (const QJsonValue &v : types)
        byId.insert(num(v.toObject().value(u"ticketTypeId"_s)), v.toObject());
    const QJsonObject standard = byId.value(m_standard);
    QCOMPARE(standard.value(u"name"_s).toString(), u"Standard"_s);
    QCOMPARE(num(standard.value(u"performanceId"_s)), m_p1);
    QCOMPARE(num(standard.value(u"capacity"_s)), 100);
    QCOMPARE(num(standard.value(u"sold"_s)), 7); // o1 2, o3 3, o7 1, o4 1
    QCOMPARE(num(standard.value(u"revenueCents"_s)), 35000);
    QCOMPARE(num(standard.value(u"refundedTickets"_s)), 3);
    QCOMPARE(num(standard.value(u"refundedCents"_s)), 15000);
    QCOMPARE(num(standard.value(u"netCents"_s)), 20000);
    const QJsonObject vip = byId.value(m_vip);
    QCOMPARE(num(vip.value(u"capacity"_s)), 10);
    QCOMPARE(num(vip.value(u"sold"_s)), 1);
    QCOMPARE(num(vip.value(u"refundedCents"_s)), 12000);
    const QJsonObject p2 = byId.value(m_p2standard);
    QCOMPARE(num(p2.value(u"performanceId"_s)), m_p2);
    QCOMPARE(num(p2.value(u"sold"_s)), 4);
    QCOMPARE(num(p2.value(u"revenueCents"_s)), 16000);
    // P1's types come first (by start), each performance's by id.
    QCOMPARE(num(types.at(0).toObject().value(u"ticketTypeId"_s)), m_standard);
    QCOMPARE(num(types.at(2).toObject().value(u"ticketTypeId"_s)), m_p2standard);
    // A type deleted since keeps its sales under the name its orders kept.
    AdminService admin(m_fixture.db());
    m_fixture.db().exec(u"UPDATE ticket_types SET sold = 0 WHERE id = ?"_s, {m_vip});
    admin.deleteTicketType(m_admin, m_vip);
    const QJsonObject after = sales(m_gala, 0, u"2026-01-05T00:00:00Z"_s, u"2026-01-07T00:00:00Z"_s);
    bool found = false;
    for (const QJsonValue &v : after.value(u"byTicketType"_s).toArray()) {
        if (num(v.toObject().value(u"ticketTypeId"_s)) == m_vip) {
            found = true;
            QCOMPARE(v.toObject().value(u"name"_s).toString(), u"VIP"_s);
            QVERIFY(v.toObject().value(u"capacity"_s).isNull());
            QCOMPARE(num(v.toObject().value(u"revenueCents"_s)), 12000);
        }
    }
    QVERIFY(found);
}

void TestReports::salesOfEverything()
{
    const QJsonObject r = sales(0, 0, u"2026-01-05T00:00:00Z"_s, u"2026-01-07T00:00:00Z"_s);
    checkPoint(point(r, 0), u"2026-01-05T00:00:00Z"_s, 8, 45000, 1, 12000); // o6 included
    QCOMPARE(num(r.value(u"totals"_s).toObject().value(u"orders"_s)), 7);
    QCOMPARE(r.value(u"byTicketType"_s).toArray().size(), 4);
}

void TestReports::occupancyPerPerformance()
{
    // Two of o1's tickets are admitted at the door, and a hold of 2 VIP is open.
    m_fixture.db().exec(u"UPDATE tickets SET admitted_at = ? WHERE order_id = ?"_s,
                        {toStorageTime(Clock::now()), m_o1});
    HoldService(m_fixture.db(), m_gateway, 600).holdQuantity(m_alice, m_vip, 2);
    const QJsonObject r = ReportService(m_fixture.db()).occupancy(m_gala, 0);
    const QJsonArray rows = r.value(u"performances"_s).toArray();
    QCOMPARE(rows.size(), 2);
    const QJsonObject p1 = rows.at(0).toObject();
    QCOMPARE(num(p1.value(u"performanceId"_s)), m_p1);
    QCOMPARE(p1.value(u"eventTitle"_s).toString(), u"Gala"_s);
    QCOMPARE(p1.value(u"venue"_s).toString(), u"Hall"_s);
    QCOMPARE(num(p1.value(u"capacity"_s)), 110);
    QCOMPARE(num(p1.value(u"sold"_s)), 4); // o1 2, o7 1, o4 1 (o2 and o3 refunded)
    QCOMPARE(num(p1.value(u"held"_s)), 2);
    QCOMPARE(num(p1.value(u"available"_s)), 104);
    QCOMPARE(num(p1.value(u"admitted"_s)), 2);
    QCOMPARE(p1.value(u"soldPercent"_s).toDouble(), 3.6);
    QCOMPARE(p1.value(u"admittedPercent"_s).toDouble(), 1.8);
    const QJsonObject p2 = rows.at(1).toObject();
    QCOMPARE(num(p2.value(u"sold"_s)), 4);
    QCOMPARE(num(p2.value(u"admitted"_s)), 0);
    QCOMPARE(p2.value(u"soldPercent"_s).toDouble(), 8.0);
    const QJsonObject totals = r.value(u"totals"_s).toObject();
    QCOMPARE(num(totals.value(u"capacity"_s)), 160);
    QCOMPARE(num(totals.value(u"sold"_s)), 8);
    QCOMPARE(num(totals.value(u"admitted"_s)), 2);
    QCOMPARE(totals.value(u"soldPercent"_s).toDouble(), 5.0);
    // One performance.
    const QJsonObject one = ReportService(m_fixture.db()).occupancy(0, m_p2);
    QCOMPARE(one.value(u"performances"_s).toArray().size(), 1);
    QCOMPARE(num(one.value(u"totals"_s).toObject().value(u"capacity"_s)), 50);
}

void TestReports::shiftTakingsPerClerkAndMethod()
{
    const QJsonObject r = ReportService(m_fixture.db())
                              .shift(at(u"2026-01-05T00:00:00Z"_s), at(u"2026-01-07T00:00:00Z"_s), 0);
    // anna: cash o3 150.00, card o7 50.00; ben: cash o4 50.00, refunded o3 (cash) 150.00.
    // alice's online orders and her own refund are not the box office's.
    const QJsonArray rows = r.value(u"rows"_s).toArray();
    QCOMPARE(rows.size(), 3);
    const QJsonObject annaCash = rows.at(0).toObject();
    QCOMPARE(annaCash.value(u"username"_s).toString(), u"anna"_s);
    QCOMPARE(annaCash.value(u"displayName"_s).toString(), u"ANNA"_s);
    QCOMPARE(num(annaCash.value(u"clerkId"_s)), m_anna.user.id);
    QCOMPARE(annaCash.value(u"provider"_s).toString(), u"cash"_s);
    QCOMPARE(num(annaCash.value(u"sales"_s)), 1);
    QCOMPARE(num(annaCash.value(u"tickets"_s)), 3);
    QCOMPARE(num(annaCash.value(u"takenCents"_s)), 15000);
    QCOMPARE(num(annaCash.value(u"refundedCents"_s)), 0);
    const QJsonObject annaCard = rows.at(1).toObject();
    QCOMPARE(annaCard.value(u"provider"_s).toString(), u"sandbox"_s);
    QCOMPARE(num(annaCard.value(u"takenCents"_s)), 5000);
    const QJsonObject benCash = rows.at(2).toObject();
    QCOMPARE(benCash.value(u"username"_s).toString(), u"ben"_s);
    QCOMPARE(num(benCash.value(u"sales"_s)), 1);
    QCOMPARE(num(benCash.value(u"takenCents"_s)), 5000);
    QCOMPARE(num(benCash.value(u"refunds"_s)), 1);
    QCOMPARE(num(benCash.value(u"refundedTickets"_s)), 3);
    QCOMPARE(num(benCash.value(u"refundedCents"_s)), 15000);
    QCOMPARE(num(benCash.value(u"netCents"_s)), -10000);

    const QJsonArray clerks = r.value(u"clerks"_s).toArray();
    QCOMPARE(clerks.size(), 2);
    QCOMPARE(num(clerks.at(0).toObject().value(u"takenCents"_s)), 20000);
    QCOMPARE(num(clerks.at(0).toObject().value(u"cashExpectedCents"_s)), 15000);
    QCOMPARE(num(clerks.at(1).toObject().value(u"cashTakenCents"_s)), 5000);
    QCOMPARE(num(clerks.at(1).toObject().value(u"cashRefundedCents"_s)), 15000);
    QCOMPARE(num(clerks.at(1).toObject().value(u"cashExpectedCents"_s)), -10000);

    const QJsonArray methods = r.value(u"methods"_s).toArray();
    QCOMPARE(methods.size(), 2);
    QCOMPARE(methods.at(0).toObject().value(u"provider"_s).toString(), u"cash"_s);
    QCOMPARE(num(methods.at(0).toObject().value(u"takenCents"_s)), 20000);
    QCOMPARE(num(methods.at(0).toObject().value(u"refundedCents"_s)), 15000);
    QCOMPARE(num(methods.at(1).toObject().value(u"takenCents"_s)), 5000);

    const QJsonObject totals = r.value(u"totals"_s).toObject();
    QCOMPARE(num(totals.value(u"sales"_s)), 3);
    QCOMPARE(num(totals.value(u"tickets"_s)), 5);
    QCOMPARE(num(totals.value(u"takenCents"_s)), 25000);
    QCOMPARE(num(totals.value(u"refunds"_s)), 1);
    QCOMPARE(num(totals.value(u"refundedCents"_s)), 15000);
    QCOMPARE(num(totals.value(u"netCents"_s)), 10000);
    QCOMPARE(num(totals.value(u"cashTakenCents"_s)), 20000);
    QCOMPARE(num(totals.value(u"cashRefundedCents"_s)), 15000);
    QCOMPARE(num(totals.value(u"cashExpectedCents"_s)), 5000);
}

void TestReports::shiftOfOneClerkAndOneDay()
{
    ReportService reports(m_fixture.db());
    const QJsonObject anna = reports.shift(at(u"2026-01-05T00:00:00Z"_s),
                                           at(u"2026-01-07T00:00:00Z"_s), m_anna.user.id);
    QCOMPARE(anna.value(u"clerks"_s).toArray().size(), 1);
    QCOMPARE(num(anna.value(u"totals"_s).toObject().value(u"cashExpectedCents"_s)), 15000);
    QCOMPARE(num(anna.value(u"clerkId"_s)), m_anna.user.id);
    // Jan 6 only: anna sold nothing; ben's sale and refund.
    const QJsonObject day2 =
        reports.shift(at(u"2026-01-06T00:00:00Z"_s), at(u"2026-01-07T00:00:00Z"_s), 0);
    const QJsonArray clerks = day2.value(u"clerks"_s).toArray();
    QCOMPARE(clerks.size(), 1);
    QCOMPARE(clerks.at(0).toObject().value(u"username"_s).toString(), u"ben"_s);
    QCOMPARE(num(day2.value(u"totals"_s).toObject().value(u"cashExpectedCents"_s)), -10000);
    // A shift with nothing in it.
    const QJsonObject quiet =
        reports.shift(at(u"2026-02-01T00:00:00Z"_s), at(u"2026-02-01T08:00:00Z"_s), 0);
    QCOMPARE(quiet.value(u"rows"_s).toArray().size(), 0);
    QCOMPARE(num(quiet.value(u"totals"_s).toObject().value(u"cashExpectedCents"_s)), 0);
}

void TestReports::saleAndRefundPathsRecordTheClerk()
{
    const auto soldBy = [&](Id order) {
        return m_fixture.db().scalar(u"SELECT COALESCE(sold_by, 0) FROM orders WHERE id = ?"_s, {order});
    };
    const auto refundedBy = [&](Id order) {
        return m_fixture.db().scalar(u"SELECT COALESCE(refunded_by, 0) FROM orders WHERE id = ?"_s,
                                     {order});
    };
    QCOMPARE(soldBy(m_o1), 0);              // online
    QCOMPARE(soldBy(m_o3), m_anna.user.id); // cash at the box office
    QCOMPARE(soldBy(m_o7), m_anna.user.id); // card at the box office
    QCOMPARE(refundedBy(m_o2), 0);          // the customer's own cancellation
    QCOMPARE(refundedBy(m_o3), m_ben.user.id);
    // A hold checked out at the box office (seated sales go this way).
    HoldService holds(m_fixture.db(), m_gateway, 600);
    const HoldOutcome hold = holds.holdQuantity(m_ben, m_vip, 2);
    const Order order = holds.checkout(m_ben, hold.hold.id, {u"cash"_s, {}}).order;
    QCOMPARE(soldBy(order.id), m_ben.user.id);
    const HoldOutcome online = holds.holdQuantity(m_alice, m_vip, 1);
    QCOMPARE(soldBy(holds.checkout(m_alice, online.hold.id, {u"sandbox"_s, u"tok_ok"_s}).order.id), 0);
}

void TestReports::validation()
{
    ReportService reports(m_fixture.db());
    EXPECT_SERVICE_ERROR(sales(m_gala, m_p1, {}, {}), 422, "validation", "performanceId");
    EXPECT_SERVICE_ERROR(sales(m_gala, 0, {}, {}, u"week"_s), 422, "validation", "bucket");
    EXPECT_SERVICE_ERROR(sales(m_gala, 0, {}, {}, u"day"_s, u"Mars/Olympus"_s), 422, "validation",
                         "timeZone");
    EXPECT_SERVICE_ERROR(sales(m_gala, 0, u"2026-01-05T00:00:00Z"_s, u"2026-01-05T00:00:00Z"_s), 422,
                         "validation", "to");
    // 366 days of hours are fine, 367 are not; days go much further.
    QCOMPARE(sales(m_gala, 0, u"2025-01-01T00:00:00Z"_s, u"2026-01-02T00:00:00Z"_s, u"hour"_s)
                 .value(u"points"_s).toArray().size(), 366 * 24);
    EXPECT_SERVICE_ERROR(sales(m_gala, 0, u"2025-01-01T00:00:00Z"_s, u"2026-01-03T00:00:00Z"_s,
                               u"hour"_s),
                         422, "validation", "from");
    QCOMPARE(sales(m_gala, 0, u"2020-01-01T00:00:00Z"_s, u"2026-01-01T00:00:00Z"_s)
                 .value(u"points"_s).toArray().size(), 2192);
    EXPECT_SERVICE_ERROR(sales(m_gala, 0, u"2000-01-01T00:00:00Z"_s, u"2026-01-01T00:00:00Z"_s), 422,
                         "validation", "from");
    EXPECT_SERVICE_ERROR(sales(999999, 0, {}, {}), 404, "not_found", "");
    EXPECT_SERVICE_ERROR(sales(0, 999999, {}, {}), 404, "not_found", "");
    EXPECT_SERVICE_ERROR(reports.occupancy(0, 0), 422, "validation", "eventId");
    EXPECT_SERVICE_ERROR(reports.occupancy(m_gala, m_p1), 422, "validation", "performanceId");
    EXPECT_SERVICE_ERROR(reports.occupancy(999999, 0), 404, "not_found", "");
    EXPECT_SERVICE_ERROR(reports.shift(at(u"2026-01-05T00:00:00Z"_s), at(u"2026-01-04T00:00:00Z"_s), 0),
                         422, "validation", "to");
    EXPECT_SERVICE_ERROR(reports.shift(at(u"2025-01-01T00:00:00Z"_s), at(u"2026-01-03T00:00:00Z"_s), 0),
                         422, "validation", "to");
    EXPECT_SERVICE_ERROR(reports.shift(at(u"2026-01-05T00:00:00Z"_s), at(u"2026-01-06T00:00:00Z"_s),
                                       999999),
                         404, "not_found", "");
}

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
