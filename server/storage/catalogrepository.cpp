#include "storage/catalogrepository.h"

#include "shared/utctime.h"
#include "storage/database.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace mq::storage {

namespace {

const QString PerformanceColumns =
    u"id, event_id, starts_at, venue, seating, venue_id, no_single_seats, time_zone"_s;
const QString TicketTypeColumns =
    u"tt.id, tt.performance_id, tt.name, tt.price_cents, tt.capacity, tt.sold, tt.held, tt.on_sale,"
    " tt.version"_s;
constexpr int TicketTypeColumnCount = 9;

Performance readPerformance(const QSqlQuery &q)
{
    Performance p;
    p.id = q.value(0).toLongLong();
    p.eventId = q.value(1).toLongLong();
    p.startsAt = fromStorageTime(q.value(2).toLongLong());
    p.venue = q.value(3).toString();
    p.seating = q.value(4).toString();
    if (!q.value(5).isNull())
        p.venueId = q.value(5).toLongLong();
    p.noSingleSeats = q.value(6).toInt() != 0;
    p.timeZone = q.value(7).toString();
    return p;
}

TicketType readTicketType(const QSqlQuery &q, int at = 0)
{
    TicketType t;
    t.id = q.value(at).toLongLong();
    t.performanceId = q.value(at + 1).toLongLong();
    t.name = q.value(at + 2).toString();
    t.priceCents = q.value(at + 3).toLongLong();
    t.capacity = q.value(at + 4).toLongLong();
    t.sold = q.value(at + 5).toLongLong();
    t.held = q.value(at + 6).toLongLong();
    t.onSale = q.value(at + 7).toInt() != 0;
    t.version = q.value(at + 8).toLongLong();
    return t;
}

Event readEvent(const QSqlQuery &q)
{
    Event e;
    e.id = q.value(0).toLongLong();
    e.title = q.value(1).toString();
    e.category = q.value(2).toString();
    e.description = q.value(3).toString();
    return e;
}

} // namespace

QList<TicketType> CatalogRepository::readTicketTypes(const QString &where, const QVariantList &args)
{
    QList<TicketType> list;
    QSqlQuery &q = m_db.exec(u"SELECT "_s + TicketTypeColumns + u" FROM ticket_types tt "_s + where
                                 + u" ORDER BY tt.performance_id, tt.id"_s,
                             args);
    while (q.next())
        list.append(readTicketType(q));
    return list;
}

QList<Performance> CatalogRepository::performances(const std::optional<QDateTime> &from,
                                                   const std::optional<QDateTime> &to)
{
    const qint64 lo = from ? toStorageTime(*from) : std::numeric_limits<qint64>::min();
    const qint64 hi = to ? toStorageTime(*to) : std::numeric_limits<qint64>::max();
    QList<Performance> list;
    QHash<Id, qsizetype> index;
    {
        QSqlQuery &q = m_db.exec(u"SELECT "_s + PerformanceColumns
                                     + u" FROM performances WHERE starts_at >= ? AND starts_at <= ?"
                                       " ORDER BY starts_at, id"_s,
                                 {lo, hi});
        while (q.next()) {
            index.insert(q.value(0).toLongLong(), list.size());
            list.append(readPerformance(q));
        }
    }
    const QList<TicketType> types = readTicketTypes(
        u"JOIN performances p ON p.id = tt.performance_id WHERE p.starts_at >= ? AND p.starts_at <= ?"_s,
        {lo, hi});
    for (const TicketType &t : types) {
        const auto it = index.constFind(t.performanceId);
        if (it != index.constEnd())
            list[*it].ticketTypes.append(t);
    }
    return list;
}

QList<Event> CatalogRepository::events()
{
    QList<Event> list;
    QSqlQuery &q = m_db.exec(u"SELECT id, title, category, description FROM events ORDER BY id"_s);
    while (q.next())
        list.append(readEvent(q));
    return list;
}

std::optional<Event> CatalogRepository::event(Id id)
{
    QSqlQuery &q =
        m_db.exec(u"SELECT id, title, category, description FROM events WHERE id = ?"_s, {id});
    if (!q.next())
        return std::nullopt;
    Event e = readEvent(q);
    QSqlQuery &pq = m_db.exec(u"SELECT "_s + PerformanceColumns
                                  + u" FROM performances WHERE event_id = ? ORDER BY starts_at, id"_s,
                              {id});
    while (pq.next())
        e.performances.append(readPerformance(pq));
    for (Performance &p : e.performances)
        p.ticketTypes = ticketTypesOf(p.id);
    return e;
}

std::optional<Performance> CatalogRepository::performance(Id id)
{
    QSqlQuery &q = m_db.exec(u"SELECT "_s + PerformanceColumns + u" FROM performances WHERE id = ?"_s,
                             {id});
    if (!q.next())
        return std::nullopt;
    Performance p = readPerformance(q);
    p.ticketTypes = ticketTypesOf(id);
    return p;
}

std::optional<Performance> CatalogRepository::lockPerformance(Id id)
{
    QSqlQuery &q = m_db.exec(u"SELECT "_s + PerformanceColumns + u" FROM performances WHERE id = ?"_s
                                 + m_db.dialect().forUpdate(),
                             {id});
    if (!q.next())
        return std::nullopt;
    return readPerformance(q);
}

QList<TicketType> CatalogRepository::ticketTypesOf(Id performanceId)
{
    return readTicketTypes(u"WHERE tt.performance_id = ?"_s, {performanceId});
}

std::optional<TicketType> CatalogRepository::ticketType(Id id)
{
    const QList<TicketType> list = readTicketTypes(u"WHERE tt.id = ?"_s, {id});
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

namespace {
std::optional<TicketTypeContext> readContext(Database &db, Id id, bool lock)
{
    QSqlQuery &q = db.exec(u"SELECT "_s + TicketTypeColumns
                               + u", p.starts_at, p.venue, p.seating, e.id, e.title, p.time_zone"
                                 " FROM ticket_types tt JOIN performances p ON p.id = tt.performance_id"
                                 " JOIN events e ON e.id = p.event_id WHERE tt.id = ?"_s
                               + (lock ? db.dialect().forUpdate(u"tt"_s) : QString()),
                           {id});
    if (!q.next())
        return std::nullopt;
    TicketTypeContext c;
    c.ticketType = readTicketType(q);
    c.startsAt = fromStorageTime(q.value(TicketTypeColumnCount + 0).toLongLong());
    c.venue = q.value(TicketTypeColumnCount + 1).toString();
    c.seating = q.value(TicketTypeColumnCount + 2).toString();
    c.eventId = q.value(TicketTypeColumnCount + 3).toLongLong();
    c.eventTitle = q.value(TicketTypeColumnCount + 4).toString();
    c.timeZone = q.value(TicketTypeColumnCount + 5).toString();
    q.finish();
    return c;
}
} // namespace

std::optional<TicketTypeContext> CatalogRepository::lockTicketType(Id id)
{
    return readContext(m_db, id, true);
}

std::optional<TicketTypeContext> CatalogRepository::ticketTypeContext(Id id)
{
    return readContext(m_db, id, false);
}

void CatalogRepository::addSold(Id ticketTypeId, qint64 delta)
{
    m_db.exec(u"UPDATE ticket_types SET sold = sold + ?, version = version + 1 WHERE id = ?"_s, {delta, ticketTypeId});
}

std::optional<TicketType> CatalogRepository::changeCounts(Id ticketTypeId, qint64 soldDelta,
                                                         qint64 heldDelta)
{
    QString columns = TicketTypeColumns;
    columns.remove(u"tt."_s);
    QSqlQuery &q = m_db.exec(u"UPDATE ticket_types SET sold = sold + ?, held = held + ?,"
                             " version = version + 1 WHERE id = ? RETURNING "_s + columns,
                             {soldDelta, heldDelta, ticketTypeId});
    if (!q.next())
        return std::nullopt;
    TicketType t = readTicketType(q);
    q.finish();
    return t;
}

std::optional<TicketType> CatalogRepository::holdIfAvailable(Id ticketTypeId, qint64 heldDelta)
{
    QString columns = TicketTypeColumns;
    columns.remove(u"tt."_s);
    QSqlQuery &q = m_db.exec(u"UPDATE ticket_types SET held = held + ?, version = version + 1"
                             " WHERE id = ? AND on_sale = 1 AND capacity - sold - held >= ? RETURNING "_s
                                 + columns,
                             {heldDelta, ticketTypeId, heldDelta});
    if (!q.next())
        return std::nullopt;
    TicketType t = readTicketType(q);
    q.finish();
    return t;
}

void CatalogRepository::addCounts(Id ticketTypeId, qint64 soldDelta, qint64 heldDelta)
{
    m_db.exec(u"UPDATE ticket_types SET sold = sold + ?, held = held + ?, version = version + 1 WHERE id = ?"_s,
              {soldDelta, heldDelta, ticketTypeId});
}

Event CatalogRepository::createEvent(const Event &event, const QDateTime &now)
{
    QSqlQuery &q = m_db.exec(u"INSERT INTO events (title, category, description, created_at)"
                             " VALUES (?, ?, ?, ?) RETURNING id"_s,
                             {event.title, event.category, event.description, toStorageTime(now)});
    q.next();
    Event created = event;
    created.id = q.value(0).toLongLong();
    return created;
}

void CatalogRepository::updateEvent(const Event &event)
{
    m_db.exec(u"UPDATE events SET title = ?, category = ?, description = ? WHERE id = ?"_s,
              {event.title, event.category, event.description, event.id});
}

void CatalogRepository::deleteEvent(Id id)
{
    m_db.exec(u"DELETE FROM events WHERE id = ?"_s, {id});
}

void CatalogRepository::lockTicketTypesOfEvent(Id eventId)
{
    QSqlQuery &q = m_db.exec(u"SELECT id FROM ticket_types WHERE performance_id IN"
                             " (SELECT id FROM performances WHERE event_id = ?) ORDER BY id"_s
                                 + m_db.dialect().forUpdate(),
                             {eventId});
    while (q.next()) {
    }
}

void CatalogRepository::lockTicketTypesOfPerformance(Id performanceId)
{
    QSqlQuery &q = m_db.exec(u"SELECT id FROM ticket_types WHERE performance_id = ? ORDER BY id"_s
                                 + m_db.dialect().forUpdate(),
                             {performanceId});
    while (q.next()) {
    }
}

qint64 CatalogRepository::committedStockOfEvent(Id eventId)
{
    return m_db.scalar(u"SELECT COALESCE(SUM(tt.sold + tt.held), 0) FROM ticket_types tt"
                       " JOIN performances p ON p.id = tt.performance_id WHERE p.event_id = ?"_s,
                       {eventId});
}

qint64 CatalogRepository::committedStockOfPerformance(Id performanceId)
{
    return m_db.scalar(u"SELECT COALESCE(SUM(sold + held), 0) FROM ticket_types"
                       " WHERE performance_id = ?"_s,
                       {performanceId});
}

Performance CatalogRepository::createPerformance(const Performance &p)
{
    QSqlQuery &q = m_db.exec(u"INSERT INTO performances (event_id, starts_at, venue, seating, venue_id,"
                             " no_single_seats, time_zone) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                             {p.eventId, toStorageTime(p.startsAt), p.venue, p.seating,
                              p.venueId ? QVariant(qlonglong(*p.venueId)) : nullId(),
                              int(p.noSingleSeats), p.timeZone});
    q.next();
    Performance created = p;
    created.id = q.value(0).toLongLong();
    return created;
}

void CatalogRepository::updatePerformance(const Performance &p)
{
    m_db.exec(u"UPDATE performances SET starts_at = ?, venue = ?, no_single_seats = ?, time_zone = ?"
              " WHERE id = ?"_s,
              {toStorageTime(p.startsAt), p.venue, int(p.noSingleSeats), p.timeZone, p.id});
}

void CatalogRepository::deletePerformance(Id id)
{
    m_db.exec(u"DELETE FROM performances WHERE id = ?"_s, {id});
}

TicketType CatalogRepository::createTicketType(const TicketType &t)
{
    QSqlQuery &q = m_db.exec(u"INSERT INTO ticket_types (performance_id, name, price_cents, capacity)"
                             " VALUES (?, ?, ?, ?) RETURNING id"_s,
                             {t.performanceId, t.name, t.priceCents, t.capacity});
    q.next();
    TicketType created = t;
    created.id = q.value(0).toLongLong();
    created.sold = 0;
    created.held = 0;
    return created;
}

void CatalogRepository::updateTicketType(const TicketType &t)
{
    m_db.exec(u"UPDATE ticket_types SET name = ?, price_cents = ?, capacity = ?, on_sale = ?,"
              " version = version + 1 WHERE id = ?"_s,
              {t.name, t.priceCents, t.capacity, int(t.onSale), t.id});
}

void CatalogRepository::deleteTicketType(Id id)
{
    m_db.exec(u"DELETE FROM ticket_types WHERE id = ?"_s, {id});
}

} // namespace mq::storage
