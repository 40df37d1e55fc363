#include "storage/holdrepository.h"

#include "shared/utctime.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace mq::storage {

namespace {

const QString HoldColumns =
    u"SELECT id, performance_id, user_id, status, expires_at, paying_since FROM holds "_s;

Hold readHold(const QSqlQuery &q)
{
    Hold h;
    h.id = q.value(0).toLongLong();
    h.performanceId = q.value(1).toLongLong();
    h.userId = q.value(2).toLongLong();
    h.status = q.value(3).toString();
    h.expiresAt = fromStorageTime(q.value(4).toLongLong());
    if (!q.value(5).isNull())
        h.payingSince = fromStorageTime(q.value(5).toLongLong());
    return h;
}

} // namespace

void HoldRepository::insert(Hold &hold, const QDateTime &now)
{
    hold.id = m_db.scalar(u"INSERT INTO holds (user_id, performance_id, status, created_at, expires_at)"
                          " VALUES (?, ?, ?, ?, ?) RETURNING id"_s,
                          {hold.userId, hold.performanceId, hold.status, toStorageTime(now),
                           toStorageTime(hold.expiresAt)});
    for (const HoldItem &item : std::as_const(hold.items)) {
        m_db.exec(u"INSERT INTO hold_items (hold_id, ticket_type_id, quantity, unit_price_cents)"
                  " VALUES (?, ?, ?, ?)"_s,
                  {hold.id, item.ticketTypeId, item.quantity, item.unitPriceCents});
    }
}

std::optional<Hold> HoldRepository::load(const QString &where, const QVariantList &args, bool forUpdate)
{
    QSqlQuery &q = m_db.exec(HoldColumns + where + (forUpdate ? m_db.dialect().forUpdate() : QString()),
                             args);
    if (!q.next())
        return std::nullopt;
    Hold hold = readHold(q);
    q.finish();
    loadItems(hold);
    return hold;
}

void HoldRepository::loadItems(Hold &hold)
{
    {
        QSqlQuery &q = m_db.exec(u"SELECT ticket_type_id, quantity, unit_price_cents FROM hold_items"
                                 " WHERE hold_id = ? ORDER BY ticket_type_id, id"_s,
                                 {hold.id});
        while (q.next())
            hold.items.append(HoldItem{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                       q.value(2).toLongLong(), {}});
    }
    QSqlQuery &seats = m_db.exec(u"SELECT seat_id, ticket_type_id FROM performance_seats"
                                 " WHERE hold_id = ? ORDER BY seat_id"_s,
                                 {hold.id});
    while (seats.next()) {
        const Id typeId = seats.value(1).toLongLong();
        for (HoldItem &item : hold.items) {
            if (item.ticketTypeId == typeId) {
                item.seatIds.append(seats.value(0).toLongLong());
                break;
            }
        }
    }
}

std::optional<Hold> HoldRepository::lock(Id id)
{
    return load(u"WHERE id = ?"_s, {id}, true);
}

QList<Hold> HoldRepository::activeOf(Id userId, std::optional<Id> performanceId, const QDateTime &now)
{
    QList<Hold> holds;
    {
        QSqlQuery &q = performanceId
                           ? m_db.exec(HoldColumns + u"WHERE user_id = ? AND performance_id = ?"
                                                     u" AND status = 'active' AND expires_at > ? ORDER BY id"_s,
                                       {userId, *performanceId, toStorageTime(now)})
                           : m_db.exec(HoldColumns + u"WHERE user_id = ? AND status = 'active'"
                                                     u" AND expires_at > ? ORDER BY id"_s,
                                       {userId, toStorageTime(now)});
        while (q.next())
            holds.append(readHold(q));
    }
    for (Hold &hold : holds)
        loadItems(hold);
    return holds;
}

qint64 HoldRepository::heldBy(Id userId, Id performanceId, const QDateTime &now)
{
    return m_db.scalar(u"SELECT COALESCE(SUM(hi.quantity), 0) FROM holds h"
                       " JOIN hold_items hi ON hi.hold_id = h.id WHERE h.user_id = ?"
                       " AND h.performance_id = ? AND h.status = 'active' AND h.expires_at > ?"_s,
                       {userId, performanceId, toStorageTime(now)});
}

void HoldRepository::setStatus(Id id, const QString &status)
{
    m_db.exec(u"UPDATE holds SET status = ?, paying_since = NULL WHERE id = ?"_s, {status, id});
}

void HoldRepository::setPaying(Id id, const std::optional<QDateTime> &since)
{
    m_db.exec(u"UPDATE holds SET paying_since = ? WHERE id = ?"_s,
              {since ? QVariant(qlonglong(toStorageTime(*since))) : nullId(), id});
}

QList<Id> HoldRepository::overdue(const QDateTime &now, const QDateTime &payingBefore,
                                  std::optional<Id> performanceId, int limit)
{
    QList<Id> ids;
    const QString where = u"WHERE status = 'active' AND expires_at <= ?"
                          " AND (paying_since IS NULL OR paying_since < ?)"_s;
    QSqlQuery &q = performanceId
                       ? m_db.exec(u"SELECT id FROM holds "_s + where
                                       + u" AND performance_id = ? ORDER BY expires_at LIMIT ?"_s,
                                   {toStorageTime(now), toStorageTime(payingBefore), *performanceId, limit})
                       : m_db.exec(u"SELECT id FROM holds "_s + where + u" ORDER BY expires_at LIMIT ?"_s,
                                   {toStorageTime(now), toStorageTime(payingBefore), limit});
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

} // namespace mq::storage
