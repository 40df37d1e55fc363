#include "storage/seatrepository.h"

#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace mq::storage {

namespace {

const QString SeatStateColumns =
    u"SELECT seat_id, ticket_type_id, status, blocked, hold_id, order_id FROM performance_seats "_s;

SeatState readState(const QSqlQuery &q)
{
    SeatState s;
    s.seatId = q.value(0).toLongLong();
    s.ticketTypeId = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
    const QString status = q.value(2).toString();
    s.status = status.isEmpty() ? SeatStatus::Available : char(status.at(0).unicode());
    s.blocked = q.value(3).toInt() != 0;
    s.holdId = q.value(4).isNull() ? 0 : q.value(4).toLongLong();
    s.orderId = q.value(5).isNull() ? 0 : q.value(5).toLongLong();
    return s;
}

} // namespace

char SeatState::wireStatus() const
{
    if (blocked)
        return SeatStatus::Blocked;
    if (status == SeatStatus::Available && ticketTypeId == 0)
        return SeatStatus::NotOnSale;
    return status;
}

void SeatRepository::createForPerformance(Id performanceId, Id venueId)
{
    m_db.exec(u"INSERT INTO performance_seats (performance_id, seat_id, status, blocked)"
              " SELECT ?, id, 'a', 0 FROM seats WHERE venue_id = ?"_s,
              {performanceId, venueId});
    m_db.exec(u"UPDATE performances SET seat_version = 1 WHERE id = ?"_s, {performanceId});
}

QList<SeatState> SeatRepository::select(const QString &where, const QVariantList &args, bool forUpdate)
{
    QList<SeatState> list;
    QSqlQuery &q = m_db.exec(SeatStateColumns + where + u" ORDER BY seat_id"_s
                                 + (forUpdate ? m_db.dialect().forUpdate() : QString()),
                             args);
    while (q.next())
        list.append(readState(q));
    return list;
}

QList<SeatState> SeatRepository::lock(Id performanceId, const QList<Id> &sortedSeatIds)
{
    return pick(performanceId, sortedSeatIds, true);
}

QList<SeatState> SeatRepository::read(Id performanceId, const QList<Id> &sortedSeatIds)
{
    return pick(performanceId, sortedSeatIds, false);
}

QList<SeatState> SeatRepository::pick(Id performanceId, const QList<Id> &sortedSeatIds, bool forUpdate)
{
    if (sortedSeatIds.isEmpty())
        return {};
    return select(u"WHERE performance_id = ? AND "_s + m_db.dialect().inIdList(u"seat_id"_s),
                  {performanceId, m_db.dialect().idList(sortedSeatIds)}, forUpdate);
}

QList<SeatState> SeatRepository::lockHeldBy(Id holdId)
{
    return select(u"WHERE hold_id = ?"_s, {holdId}, true);
}

QList<SeatState> SeatRepository::lockSoldTo(Id orderId)
{
    return select(u"WHERE order_id = ?"_s, {orderId}, true);
}

QList<SeatState> SeatRepository::all(Id performanceId)
{
    return select(u"WHERE performance_id = ?"_s, {performanceId}, false);
}

QList<SeatState> SeatRepository::ofCategory(Id ticketTypeId)
{
    return select(u"WHERE ticket_type_id = ?"_s, {ticketTypeId}, false);
}

void SeatRepository::update(const QString &set, const QVariantList &setArgs, Id performanceId,
                            const QList<Id> &seatIds)
{
    if (seatIds.isEmpty())
        return;
    QVariantList args = setArgs;
    args << performanceId << m_db.dialect().idList(seatIds);
    m_db.exec(u"UPDATE performance_seats SET "_s + set + u" WHERE performance_id = ? AND "_s
                  + m_db.dialect().inIdList(u"seat_id"_s),
              args);
}

void SeatRepository::hold(Id performanceId, const QList<Id> &seatIds, Id holdId)
{
    update(u"status = 'h', hold_id = ?"_s, {holdId}, performanceId, seatIds);
}

void SeatRepository::release(Id performanceId, const QList<Id> &seatIds)
{
    update(u"status = 'a', hold_id = NULL, order_id = NULL"_s, {}, performanceId, seatIds);
}

void SeatRepository::sell(Id performanceId, const QList<Id> &seatIds, Id orderId)
{
    update(u"status = 's', hold_id = NULL, order_id = ?"_s, {orderId}, performanceId, seatIds);
}

void SeatRepository::setCategory(Id performanceId, const QList<Id> &seatIds, Id ticketTypeId)
{
    update(u"ticket_type_id = ?"_s, {idOrNull(ticketTypeId)}, performanceId, seatIds);
}

void SeatRepository::setBlocked(Id performanceId, const QList<Id> &seatIds, bool blocked)
{
    update(u"blocked = ?"_s, {int(blocked)}, performanceId, seatIds);
}

void SeatRepository::recount(const QList<Id> &ticketTypeIds)
{
    for (Id id : ticketTypeIds) {
        // held and sold first go to 0 so the capacity CHECK holds while the counts change.
        m_db.exec(u"UPDATE ticket_types SET sold = 0, held = 0,"
                  " capacity = (SELECT COUNT(*) FROM performance_seats WHERE ticket_type_id = ?"
                  " AND blocked = 0) WHERE id = ?"_s,
                  {id, id});
        m_db.exec(u"UPDATE ticket_types SET"
                  " sold = (SELECT COUNT(*) FROM performance_seats WHERE ticket_type_id = ? AND status = 's'),"
                  " held = (SELECT COUNT(*) FROM performance_seats WHERE ticket_type_id = ? AND status = 'h'),"
                  " version = version + 1 WHERE id = ?"_s,
                  {id, id, id});
    }
}

qint64 SeatRepository::bumpVersion(Id performanceId)
{
    return m_db.scalar(u"UPDATE performances SET seat_version = seat_version + 1 WHERE id = ?"
                       " RETURNING seat_version"_s,
                       {performanceId});
}

qint64 SeatRepository::version(Id performanceId)
{
    return m_db.scalar(u"SELECT seat_version FROM performances WHERE id = ?"_s, {performanceId});
}

} // namespace mq::storage
