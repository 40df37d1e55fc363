#include "storage/reportrepository.h"

#include "shared/utctime.h"
#include "storage/database.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace mq::storage {

namespace {

// The scope as a condition on order items `i`, and its one argument (if any).
QString scopeCondition(const ReportScope &scope, QVariantList &args)
{
    if (scope.performanceId > 0) {
        args.append(scope.performanceId);
        return u"i.performance_id = ?"_s;
    }
    if (scope.eventId > 0) {
        args.append(scope.eventId);
        return u"i.performance_id IN (SELECT id FROM performances WHERE event_id = ?)"_s;
    }
    return u"1 = 1"_s;
}

// PostgreSQL sums BIGINT as NUMERIC; both backends answer BIGINT with the cast.
QString sum(const QString &expression)
{
    return u"CAST(COALESCE(SUM("_s + expression + u"), 0) AS BIGINT)"_s;
}

} // namespace

bool ReportRepository::eventExists(Id eventId)
{
    return m_db.scalar(u"SELECT COUNT(*) FROM events WHERE id = ?"_s, {eventId}) > 0;
}

bool ReportRepository::performanceExists(Id performanceId)
{
    return m_db.scalar(u"SELECT COUNT(*) FROM performances WHERE id = ?"_s, {performanceId}) > 0;
}

bool ReportRepository::userExists(Id userId)
{
    return m_db.scalar(u"SELECT COUNT(*) FROM users WHERE id = ?"_s, {userId}) > 0;
}

std::optional<qint64> ReportRepository::firstSaleAt(const ReportScope &scope)
{
    QVariantList args;
    const QString where = scopeCondition(scope, args);
    QSqlQuery &q = m_db.exec(u"SELECT MIN(o.created_at) FROM orders o JOIN order_items i"
                             " ON i.order_id = o.id WHERE "_s + where,
                             args);
    if (!q.next() || q.value(0).isNull())
        return std::nullopt;
    return q.value(0).toLongLong();
}

QList<SalesGranule> ReportRepository::salesByGranule(const ReportScope &scope, qint64 from,
                                                     qint64 to, qint64 granuleMs, bool refunds)
{
    // The granule is a whole number computed by the server, never a client's text.
    const QString at = refunds ? u"o.cancelled_at"_s : u"o.created_at"_s;
    const QString bucket = at + u" / "_s + QString::number(granuleMs);
    QVariantList args{from, to};
    QString where = at + u" >= ? AND "_s + at + u" < ?"_s;
    where += u" AND "_s + scopeCondition(scope, args);
    QSqlQuery &q = m_db.exec(u"SELECT "_s + bucket + u", COUNT(DISTINCT o.id), "_s
                                 + sum(u"i.quantity"_s) + u", "_s
                                 + sum(u"i.quantity * i.unit_price_cents"_s)
                                 + u" FROM orders o JOIN order_items i ON i.order_id = o.id WHERE "_s
                                 + where + u" GROUP BY "_s + bucket + u" ORDER BY 1"_s,
                             args);
    QList<SalesGranule> list;
    while (q.next()) {
        list.append(SalesGranule{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                 q.value(2).toLongLong(), q.value(3).toLongLong()});
    }
    return list;
}

QList<TicketTypeSales> ReportRepository::salesByTicketType(const ReportScope &scope, qint64 from,
                                                           qint64 to)
{
    const QString sold = u"o.created_at >= ? AND o.created_at < ?"_s;
    const QString refunded = u"o.cancelled_at >= ? AND o.cancelled_at < ?"_s;
    QVariantList args{from, to, from, to, from, to, from, to, from, to, from, to};
    const QString where = scopeCondition(scope, args);
    QSqlQuery &q = m_db.exec(
        u"SELECT i.ticket_type_id, MAX(i.ticket_type_name), MAX(i.performance_id), MAX(i.starts_at), "_s
            + sum(u"CASE WHEN "_s + sold + u" THEN i.quantity ELSE 0 END"_s) + u", "_s
            + sum(u"CASE WHEN "_s + sold + u" THEN i.quantity * i.unit_price_cents ELSE 0 END"_s)
            + u", "_s + sum(u"CASE WHEN "_s + refunded + u" THEN i.quantity ELSE 0 END"_s) + u", "_s
            + sum(u"CASE WHEN "_s + refunded
                  + u" THEN i.quantity * i.unit_price_cents ELSE 0 END"_s)
            + u" FROM orders o JOIN order_items i ON i.order_id = o.id WHERE (("_s + sold
            + u") OR ("_s + refunded + u")) AND "_s + where + u" GROUP BY i.ticket_type_id"_s,
        args);
    QList<TicketTypeSales> list;
    QHash<Id, qsizetype> index;
    while (q.next()) {
        TicketTypeSales t;
        t.ticketTypeId = q.value(0).toLongLong();
        t.name = q.value(1).toString();
        t.performanceId = q.value(2).toLongLong();
        t.startsAt = fromStorageTime(q.value(3).toLongLong());
        t.sold = q.value(4).toLongLong();
        t.revenueCents = q.value(5).toLongLong();
        t.refundedTickets = q.value(6).toLongLong();
        t.refundedCents = q.value(7).toLongLong();
        index.insert(t.ticketTypeId, list.size());
        list.append(t);
    }
    // The live ticket types: today's names and capacities, and the ones nothing was sold of.
    QVariantList liveArgs;
    QString liveWhere;
    if (scope.performanceId > 0) {
        liveWhere = u"t.performance_id = ?"_s;
        liveArgs.append(scope.performanceId);
    } else if (scope.eventId > 0) {
        liveWhere = u"p.event_id = ?"_s;
        liveArgs.append(scope.eventId);
    } else {
        liveWhere = m_db.dialect().inIdList(u"t.id"_s);
        liveArgs.append(m_db.dialect().idList(index.keys()));
    }
    QSqlQuery &live = m_db.exec(u"SELECT t.id, t.name, t.performance_id, p.starts_at, t.capacity"
                                " FROM ticket_types t JOIN performances p ON p.id = t.performance_id"
                                " WHERE "_s + liveWhere,
                                liveArgs);
    while (live.next()) {
        const Id id = live.value(0).toLongLong();
        auto found = index.constFind(id);
        if (found == index.constEnd()) {
            TicketTypeSales t;
            t.ticketTypeId = id;
            index.insert(id, list.size());
            list.append(t);
            found = index.constFind(id);
        }
        TicketTypeSales &t = list[*found];
        t.name = live.value(1).toString();
        t.performanceId = live.value(2).toLongLong();
        t.startsAt = fromStorageTime(live.value(3).toLongLong());
        t.capacity = live.value(4).toLongLong();
    }
    std::sort(list.begin(), list.end(), [](const TicketTypeSales &a, const TicketTypeSales &b) {
        if (a.startsAt != b.startsAt)
            return a.startsAt < b.startsAt;
        return a.ticketTypeId < b.ticketTypeId;
    });
    return list;
}

QList<OccupancyRow> ReportRepository::occupancy(const ReportScope &scope)
{
    QVariantList args;
    const QString where = scope.performanceId > 0 ? u"p.id = ?"_s : u"p.event_id = ?"_s;
    args.append(scope.performanceId > 0 ? scope.performanceId : scope.eventId);
    QSqlQuery &q = m_db.exec(u"SELECT p.id, p.event_id, e.title, p.starts_at, p.venue, "_s
                                 + sum(u"t.capacity"_s) + u", "_s + sum(u"t.sold"_s) + u", "_s
                                 + sum(u"t.held"_s)
                                 + u" FROM performances p JOIN events e ON e.id = p.event_id"
                                   " LEFT JOIN ticket_types t ON t.performance_id = p.id WHERE "_s
                                 + where
                                 + u" GROUP BY p.id, p.event_id, e.title, p.starts_at, p.venue"
                                   " ORDER BY p.starts_at, p.id"_s,
                             args);
    QList<OccupancyRow> rows;
    QHash<Id, qsizetype> index;
    while (q.next()) {
        OccupancyRow r;
        r.performanceId = q.value(0).toLongLong();
        r.eventId = q.value(1).toLongLong();
        r.eventTitle = q.value(2).toString();
        r.startsAt = fromStorageTime(q.value(3).toLongLong());
        r.venue = q.value(4).toString();
        r.capacity = q.value(5).toLongLong();
        r.sold = q.value(6).toLongLong();
        r.held = q.value(7).toLongLong();
        index.insert(r.performanceId, rows.size());
        rows.append(r);
    }
    if (rows.isEmpty())
        return rows;
    // Admissions at the door (check-in): valid tickets with an admission time.
    QSqlQuery &a = m_db.exec(u"SELECT performance_id, COUNT(*) FROM tickets WHERE "_s
                                 + m_db.dialect().inIdList(u"performance_id"_s)
                                 + u" AND admitted_at IS NOT NULL AND status <> 'cancelled'"
                                   " GROUP BY performance_id"_s,
                             {m_db.dialect().idList(index.keys())});
    while (a.next())
        rows[index.value(a.value(0).toLongLong())].admitted = a.value(1).toLongLong();
    return rows;
}

QList<ShiftRow> ReportRepository::shift(qint64 from, qint64 to, Id userId, bool refunds)
{
    // Both conditions match the partial indexes on sold_by and refunded_by: only box office
    // orders are read.
    const QString who = refunds ? u"o.refunded_by"_s : u"o.sold_by"_s;
    const QString at = refunds ? u"o.cancelled_at"_s : u"o.created_at"_s;
    QVariantList args{from, to};
    QString where = who + u" IS NOT NULL AND "_s + at + u" >= ? AND "_s + at + u" < ?"_s;
    if (userId > 0) {
        where += u" AND "_s + who + u" = ?"_s;
        args.append(userId);
    }
    QSqlQuery &q = m_db.exec(
        u"SELECT s.who, s.payment_provider, COUNT(*), "_s + sum(u"s.tickets"_s) + u", "_s
            + sum(u"s.total_cents"_s) + u" FROM (SELECT "_s + who
            + u" AS who, o.payment_provider, o.total_cents, (SELECT SUM(i.quantity) FROM"
              " order_items i WHERE i.order_id = o.id) AS tickets FROM orders o WHERE "_s
            + where + u") s GROUP BY s.who, s.payment_provider ORDER BY s.who, s.payment_provider"_s,
        args);
    QList<ShiftRow> rows;
    while (q.next()) {
        rows.append(ShiftRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                             q.value(3).toLongLong(), q.value(4).toLongLong()});
    }
    return rows;
}

QHash<Id, StaffName> ReportRepository::names(const QList<Id> &userIds)
{
    QHash<Id, StaffName> found;
    if (userIds.isEmpty())
        return found;
    QSqlQuery &q = m_db.exec(u"SELECT id, username, display_name FROM users WHERE "_s
                                 + m_db.dialect().inIdList(u"id"_s),
                             {m_db.dialect().idList(userIds)});
    while (q.next())
        found.insert(q.value(0).toLongLong(), StaffName{q.value(1).toString(), q.value(2).toString()});
    return found;
}

void ReportRepository::markSoldByStaff(const QList<Id> &orderIds)
{
    if (orderIds.isEmpty())
        return;
    m_db.exec(u"UPDATE orders SET sold_by = user_id WHERE "_s + m_db.dialect().inIdList(u"id"_s),
              {m_db.dialect().idList(orderIds)});
}

void ReportRepository::markRefundedByStaff(Id orderId, Id userId)
{
    m_db.exec(u"UPDATE orders SET refunded_by = ? WHERE id = ?"_s, {userId, orderId});
}

} // namespace mq::storage
