#include "services/seatingservice.h"

#include "services/clock.h"
#include "services/seatchangewriter.h"
#include "services/serviceerror.h"
#include "services/venuegeometry.h"
#include "storage/auditrepository.h"
#include "storage/catalogrepository.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace mq::services {

namespace {

Performance reservedPerformance(storage::Database &db, Id performanceId)
{
    const auto performance = storage::CatalogRepository(db).performance(performanceId);
    if (!performance)
        throw ServiceError(RpcError::notFound(u"Performance"_s));
    if (performance->seating != SeatingReserved || !performance->venueId)
        throw ServiceError(RpcError::make(ErrorCode::Conflict, Reason::NotReserved,
                                          u"This performance has general admission, not seats"_s));
    return *performance;
}

void audit(storage::Database &db, const Caller &caller, const QString &action, Id performanceId,
           const QJsonObject &after)
{
    storage::AuditRepository(db).append(storage::AuditEntry{0, Clock::now(), caller.user.id,
                                                            caller.user.username, action,
                                                            u"performance"_s, performanceId, {}, after, {}});
}

} // namespace

QList<storage::SeatState> SeatingService::lockFree(storage::Database &db, const Performance &performance,
                                                   QList<Id> seatIds)
{
    std::sort(seatIds.begin(), seatIds.end());
    const auto venue = VenueGeometry::of(db, *performance.venueId);
    for (Id id : std::as_const(seatIds)) {
        if (venue->indexOf(id) < 0)
            throw ServiceError(RpcError::validation(
                u"seatIds"_s, u"Seat %1 is not a seat of this performance's venue"_s.arg(id)));
    }
    const QList<storage::SeatState> locked = storage::SeatRepository(db).lock(performance.id, seatIds);
    QList<Id> taken;
    for (const storage::SeatState &s : locked) {
        if (s.status != SeatStatus::Available)
            taken.append(s.seatId);
    }
    if (!taken.isEmpty())
        throw ServiceError(RpcError::make(ErrorCode::Conflict, Reason::SeatTaken,
                                          u"Held or sold seats cannot change"_s,
                                          {{u"seatIds"_s, idsToJson(taken)}}));
    return locked;
}

SeatMap SeatingService::map(Id performanceId)
{
    return m_db.read([&] {
        const Performance performance = reservedPerformance(m_db, performanceId);
        storage::SeatRepository seats(m_db);
        SeatMap map{performanceId, *performance.venueId, seats.version(performanceId), {}, {}};
        const QList<storage::SeatState> states = seats.all(performanceId);
        QByteArray status;
        status.reserve(states.size());
        map.categories.reserve(states.size());
        for (const storage::SeatState &s : states) {
            status.append(s.wireStatus());
            map.categories.append(s.ticketTypeId);
        }
        map.status = QString::fromLatin1(status);
        return map;
    });
}

Changes SeatingService::assignSeats(const Caller &caller, Id ticketTypeId, const QList<Id> &seatIds)
{
    return m_db.write([&] {
        storage::CatalogRepository catalog(m_db);
        const auto type = catalog.ticketType(ticketTypeId);
        if (!type)
            throw ServiceError(RpcError::notFound(u"Ticket type"_s));
        const Performance performance = reservedPerformance(m_db, type->performanceId);
        QList<Id> moved;
        QList<Id> types{ticketTypeId};
        for (const storage::SeatState &s : lockFree(m_db, performance, seatIds)) {
            if (s.ticketTypeId != ticketTypeId) {
                moved.append(s.seatId);
                if (s.ticketTypeId > 0)
                    types.append(s.ticketTypeId);
            }
        }
        if (moved.isEmpty())
            return Changes{};
        storage::SeatRepository seats(m_db);
        seats.setCategory(performance.id, moved, ticketTypeId);
        std::sort(types.begin(), types.end());
        types.erase(std::unique(types.begin(), types.end()), types.end());
        seats.recount(types);
        audit(m_db, caller, u"seats.assign"_s, performance.id,
              {{u"ticketTypeId"_s, ticketTypeId}, {u"seatIds"_s, idsToJson(moved)}});
        return finishSeatChange(m_db, performance.id, moved, types);
    });
}

Changes SeatingService::setBlocked(const Caller &caller, Id performanceId, const QList<Id> &seatIds,
                                   bool blocked)
{
    return m_db.write([&] {
        const Performance performance = reservedPerformance(m_db, performanceId);
        QList<Id> changed;
        QList<Id> types;
        for (const storage::SeatState &s : lockFree(m_db, performance, seatIds)) {
            if (s.blocked != blocked) {
                changed.append(s.seatId);
                if (s.ticketTypeId > 0 && !types.contains(s.ticketTypeId))
                    types.append(s.ticketTypeId);
            }
        }
        if (changed.isEmpty())
            return Changes{};
        storage::SeatRepository seats(m_db);
        seats.setBlocked(performanceId, changed, blocked);
        std::sort(types.begin(), types.end());
        seats.recount(types);
        audit(m_db, caller, blocked ? u"seats.block"_s : u"seats.unblock"_s, performanceId,
              {{u"seatIds"_s, idsToJson(changed)}});
        return finishSeatChange(m_db, performanceId, changed, types);
    });
}

} // namespace mq::services
