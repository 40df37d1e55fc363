#include "services/reportservice.h"

#include "services/clock.h"
#include "services/serviceerror.h"
#include "services/timezones.h"
#include "shared/utctime.h"
#include "storage/database.h"
#include "storage/reportrepository.h"

#include <QJsonArray>
#include <QMap>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace mq::services {

namespace {

constexpr qint64 HourMs = 3'600'000;
constexpr qint64 DayMs = 24 * HourMs;

qint64 floorMod(qint64 a, qint64 b)
{
    const qint64 m = a % b;
    return m < 0 ? m + b : m;
}

QDateTime utcAt(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

// The start of the local hour or day holding `t`, as a UTC instant.
qint64 bucketStart(qint64 t, bool hourly, const QTimeZone &zone)
{
    const QDateTime at = utcAt(t);
    if (hourly)
        return t - floorMod(t + qint64(zone.offsetFromUtc(at)) * 1000, HourMs);
    return at.toTimeZone(zone).date().startOfDay(zone).toMSecsSinceEpoch();
}

qint64 nextBucket(qint64 start, bool hourly, const QTimeZone &zone)
{
    if (hourly) {
        const qint64 next = bucketStart(start + HourMs, true, zone);
        return next > start ? next : start + HourMs;
    }
    return utcAt(start).toTimeZone(zone).date().addDays(1).startOfDay(zone).toMSecsSinceEpoch();
}

// The database groups sales by stretches of this many milliseconds, counted from the epoch:
// the largest length that divides the bucket and every offset and transition of the zone in the
// range, so no stretch straddles two local hours or days (UTC days: the day itself; Shanghai
// days: 8 hours; Berlin days: 1 hour). The stretches are then added up into their buckets here.
qint64 granuleMs(const QTimeZone &zone, qint64 bucketMs, qint64 from, qint64 to)
{
    qint64 g = bucketMs;
    const auto divideBy = [&](qint64 v) { g = std::gcd(g, floorMod(v, bucketMs)); };
    const QDateTime a = utcAt(from - 2 * DayMs);
    const QDateTime b = utcAt(to + 2 * DayMs);
    divideBy(qint64(zone.offsetFromUtc(a)) * 1000);
    if (zone.hasTransitions()) {
        const QTimeZone::OffsetDataList transitions = zone.transitions(a, b);
        for (const QTimeZone::OffsetData &t : transitions) {
            divideBy(qint64(t.offsetFromUtc) * 1000);
            divideBy(t.atUtc.toMSecsSinceEpoch());
        }
    }
    return g;
}

double percentOf(qint64 part, qint64 whole)
{
    return whole > 0 ? std::round(1000.0 * double(part) / double(whole)) / 10.0 : 0.0;
}

QJsonValue idOrNull(Id id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

struct Figures
{
    qint64 orders = 0;
    qint64 tickets = 0;
    Cents cents = 0;
    qint64 refunds = 0;
    qint64 refundedTickets = 0;
    Cents refundedCents = 0;

    void addSold(const storage::SalesGranule &g)
    {
        orders += g.orders;
        tickets += g.tickets;
        cents += g.cents;
    }
    void addRefunded(const storage::SalesGranule &g)
    {
        refunds += g.orders;
        refundedTickets += g.tickets;
        refundedCents += g.cents;
    }
};

QJsonObject salesFigures(const Figures &f)
{
    return {{u"orders"_s, f.orders},
            {u"tickets"_s, f.tickets},
            {u"revenueCents"_s, f.cents},
            {u"refunds"_s, f.refunds},
            {u"refundedTickets"_s, f.refundedTickets},
            {u"refundedCents"_s, f.refundedCents},
            {u"netCents"_s, f.cents - f.refundedCents}};
}

struct Takings
{
    qint64 sales = 0;
    qint64 tickets = 0;
    Cents takenCents = 0;
    qint64 refunds = 0;
    qint64 refundedTickets = 0;
    Cents refundedCents = 0;
    Cents cashTakenCents = 0;
    Cents cashRefundedCents = 0;

    void add(const Takings &o)
    {
        sales += o.sales;
        tickets += o.tickets;
        takenCents += o.takenCents;
        refunds += o.refunds;
        refundedTickets += o.refundedTickets;
        refundedCents += o.refundedCents;
        cashTakenCents += o.cashTakenCents;
        cashRefundedCents += o.cashRefundedCents;
    }
};

QJsonObject takingsJson(const Takings &t, bool withCash)
{
    QJsonObject o{{u"sales"_s, t.sales},
                  {u"tickets"_s, t.tickets},
                  {u"takenCents"_s, t.takenCents},
                  {u"refunds"_s, t.refunds},
                  {u"refundedTickets"_s, t.refundedTickets},
                  {u"refundedCents"_s, t.refundedCents},
                  {u"netCents"_s, t.takenCents - t.refundedCents}};
    if (withCash) {
        o.insert(u"cashTakenCents"_s, t.cashTakenCents);
        o.insert(u"cashRefundedCents"_s, t.cashRefundedCents);
        o.insert(u"cashExpectedCents"_s, t.cashTakenCents - t.cashRefundedCents);
    }
    return o;
}

QJsonObject withStaff(QJsonObject o, Id userId, const storage::StaffName &name)
{
    o.insert(u"clerkId"_s, userId);
    o.insert(u"username"_s, name.username);
    o.insert(u"displayName"_s, name.displayName);
    return o;
}

ServiceError invalid(const QString &field, const QString &message)
{
    return ServiceError(RpcError::validation(field, message));
}

void checkScope(storage::ReportRepository &reports, Id eventId, Id performanceId)
{
    if (performanceId > 0 && !reports.performanceExists(performanceId))
        throw ServiceError(RpcError::notFound(u"Performance"_s));
    if (eventId > 0 && !reports.eventExists(eventId))
        throw ServiceError(RpcError::notFound(u"Event"_s));
}

} // namespace

QJsonObject ReportService::sales(const SalesReportQuery &query)
{
    if (query.eventId > 0 && query.performanceId > 0)
        throw invalid(u"performanceId"_s, u"Give an event or a performance, not both"_s);
    const bool hourly = query.bucket == u"hour"_s;
    if (!hourly && query.bucket != u"day"_s)
        throw invalid(u"bucket"_s, u"Bucket must be one of: hour, day"_s);
    const QTimeZone zone(TimeZones::checked(query.timeZone, u"timeZone"_s).toUtf8());
    if (query.from && query.to && *query.from >= *query.to)
        throw invalid(u"to"_s, u"The end must be after the start"_s);
    const storage::ReportScope scope{query.eventId, query.performanceId};

    return m_db.read([&] {
        storage::ReportRepository reports(m_db);
        checkScope(reports, query.eventId, query.performanceId);
        const qint64 to = toStorageTime(query.to.value_or(Clock::now()));
        qint64 from = to;
        if (query.from)
            from = toStorageTime(*query.from);
        else if (const auto first = reports.firstSaleAt(scope))
            from = std::min(*first, to);
        if (from > to)
            throw invalid(u"from"_s, u"The start must be before the end"_s);

        // Every bucket of the range, empty ones too, so a chart has one point per hour or day.
        const int limit = hourly ? MaxHourlyBuckets : MaxDailyBuckets;
        QList<qint64> starts;
        if (from < to) {
            for (qint64 s = bucketStart(from, hourly, zone); s < to; s = nextBucket(s, hourly, zone)) {
                if (starts.size() >= limit) {
                    throw invalid(u"from"_s, hourly ? u"Hourly figures cover at most 366 days; choose a "
                                                      "later start or daily figures"_s
                                                    : u"Daily figures cover at most 3,660 days; "
                                                      "choose a later start"_s);
                }
                starts.append(s);
            }
        }
        QList<Figures> buckets(starts.size());
        Figures totals;
        if (!starts.isEmpty()) {
            const qint64 g = granuleMs(zone, hourly ? HourMs : DayMs, starts.first(), to);
            const auto bucketOf = [&](qint64 granule) {
                const auto it = std::upper_bound(starts.cbegin(), starts.cend(), granule * g);
                return qMax<qsizetype>(0, (it - starts.cbegin()) - 1);
            };
            for (const storage::SalesGranule &s : reports.salesByGranule(scope, from, to, g, false)) {
                buckets[bucketOf(s.granule)].addSold(s);
                totals.addSold(s);
            }
            for (const storage::SalesGranule &s : reports.salesByGranule(scope, from, to, g, true)) {
                buckets[bucketOf(s.granule)].addRefunded(s);
                totals.addRefunded(s);
            }
        }
        QJsonArray points;
        for (qsizetype i = 0; i < starts.size(); ++i) {
            QJsonObject point = salesFigures(buckets.at(i));
            point.insert(u"at"_s, toWireTime(utcAt(starts.at(i))));
            points.append(point);
        }
        QJsonArray types;
        for (const storage::TicketTypeSales &t : reports.salesByTicketType(scope, from, to)) {
            types.append(QJsonObject{
                {u"ticketTypeId"_s, t.ticketTypeId},
                {u"performanceId"_s, t.performanceId},
                {u"startsAt"_s, toWireTime(t.startsAt)},
                {u"name"_s, t.name},
                {u"capacity"_s, t.capacity >= 0 ? QJsonValue(t.capacity) : QJsonValue(QJsonValue::Null)},
                {u"sold"_s, t.sold},
                {u"revenueCents"_s, t.revenueCents},
                {u"refundedTickets"_s, t.refundedTickets},
                {u"refundedCents"_s, t.refundedCents},
                {u"netCents"_s, t.revenueCents - t.refundedCents}});
        }
        return QJsonObject{{u"eventId"_s, idOrNull(query.eventId)},
                           {u"performanceId"_s, idOrNull(query.performanceId)},
                           {u"from"_s, toWireTime(utcAt(from))},
                           {u"to"_s, toWireTime(utcAt(to))},
                           {u"bucket"_s, hourly ? u"hour"_s : u"day"_s},
                           {u"timeZone"_s, query.timeZone},
                           {u"points"_s, points},
                           {u"byTicketType"_s, types},
                           {u"totals"_s, salesFigures(totals)}};
    });
}

QJsonObject ReportService::occupancy(Id eventId, Id performanceId)
{
    if (eventId > 0 && performanceId > 0)
        throw invalid(u"performanceId"_s, u"Give an event or a performance, not both"_s);
    if (eventId <= 0 && performanceId <= 0)
        throw invalid(u"eventId"_s, u"Choose an event or a performance"_s);
    return m_db.read([&] {
        storage::ReportRepository reports(m_db);
        checkScope(reports, eventId, performanceId);
        QJsonArray rows;
        storage::OccupancyRow totals;
        const auto figures = [](const storage::OccupancyRow &r) {
            const qint64 available = qMax<qint64>(0, r.capacity - r.sold - r.held);
            return QJsonObject{{u"capacity"_s, r.capacity},
                               {u"sold"_s, r.sold},
                               {u"held"_s, r.held},
                               {u"available"_s, available},
                               {u"admitted"_s, r.admitted},
                               {u"soldPercent"_s, percentOf(r.sold, r.capacity)},
                               {u"admittedPercent"_s, percentOf(r.admitted, r.capacity)}};
        };
        for (const storage::OccupancyRow &r : reports.occupancy({eventId, performanceId})) {
            QJsonObject row = figures(r);
            row.insert(u"performanceId"_s, r.performanceId);
            row.insert(u"eventId"_s, r.eventId);
            row.insert(u"eventTitle"_s, r.eventTitle);
            row.insert(u"startsAt"_s, toWireTime(r.startsAt));
            row.insert(u"venue"_s, r.venue);
            rows.append(row);
            totals.capacity += r.capacity;
            totals.sold += r.sold;
            totals.held += r.held;
            totals.admitted += r.admitted;
        }
        return QJsonObject{{u"performances"_s, rows}, {u"totals"_s, figures(totals)}};
    });
}

QJsonObject ReportService::shift(const QDateTime &from, const QDateTime &to, Id clerkId)
{
    if (from >= to)
        throw invalid(u"to"_s, u"The end must be after the start"_s);
    if (from.msecsTo(to) > MaxShiftDays * DayMs)
        throw invalid(u"to"_s, u"A box office report covers at most 366 days"_s);
    return m_db.read([&] {
        storage::ReportRepository reports(m_db);
        if (clerkId > 0 && !reports.userExists(clerkId))
            throw ServiceError(RpcError::notFound(u"User"_s));
        const qint64 start = toStorageTime(from);
        const qint64 end = toStorageTime(to);
        // (staff member, provider) → takings; QMap keeps them in a stable order.
        QMap<std::pair<Id, QString>, Takings> lines;
        for (const storage::ShiftRow &r : reports.shift(start, end, clerkId, false)) {
            Takings &t = lines[{r.userId, r.provider}];
            t.sales = r.orders;
            t.tickets = r.tickets;
            t.takenCents = r.cents;
            if (r.provider == u"cash"_s)
                t.cashTakenCents = r.cents;
        }
        for (const storage::ShiftRow &r : reports.shift(start, end, clerkId, true)) {
            Takings &t = lines[{r.userId, r.provider}];
            t.refunds = r.orders;
            t.refundedTickets = r.tickets;
            t.refundedCents = r.cents;
            if (r.provider == u"cash"_s)
                t.cashRefundedCents = r.cents;
        }
        QList<Id> staff;
        for (auto it = lines.cbegin(); it != lines.cend(); ++it) {
            if (!staff.contains(it.key().first))
                staff.append(it.key().first);
        }
        const QHash<Id, storage::StaffName> names = reports.names(staff);
        // By user name, as people look for themselves.
        std::sort(staff.begin(), staff.end(), [&](Id a, Id b) {
            const int c = QString::compare(names.value(a).username, names.value(b).username,
                                           Qt::CaseInsensitive);
            return c != 0 ? c < 0 : a < b;
        });
        QJsonArray rows;
        QJsonArray clerks;
        QMap<QString, Takings> byMethod;
        Takings totals;
        for (const Id id : std::as_const(staff)) {
            Takings clerk;
            for (auto it = lines.cbegin(); it != lines.cend(); ++it) {
                if (it.key().first != id)
                    continue;
                QJsonObject row = withStaff(takingsJson(it.value(), false), id, names.value(id));
                row.insert(u"provider"_s, it.key().second);
                rows.append(row);
                clerk.add(it.value());
                byMethod[it.key().second].add(it.value());
            }
            clerks.append(withStaff(takingsJson(clerk, true), id, names.value(id)));
            totals.add(clerk);
        }
        QJsonArray methods;
        for (auto it = byMethod.cbegin(); it != byMethod.cend(); ++it) {
            QJsonObject m = takingsJson(it.value(), false);
            m.insert(u"provider"_s, it.key());
            methods.append(m);
        }
        return QJsonObject{{u"from"_s, toWireTime(from)},
                           {u"to"_s, toWireTime(to)},
                           {u"clerkId"_s, idOrNull(clerkId)},
                           {u"rows"_s, rows},
                           {u"clerks"_s, clerks},
                           {u"methods"_s, methods},
                           {u"totals"_s, takingsJson(totals, true)}};
    });
}

} // namespace mq::services
