#pragma once

#include "shared/seating.h"

#include <optional>

namespace mq::storage {

class Database;

// One seat's inventory row for one performance.
struct SeatState
{
    Id seatId = 0;
    Id ticketTypeId = 0; // 0: not in a price category, not on sale
    char status = SeatStatus::Available; // 'a', 'h' or 's' as stored
    bool blocked = false;
    Id holdId = 0;
    Id orderId = 0;

    // What seats.getMap and seats.changed show: blocked wins over not on sale.
    char wireStatus() const;
    bool isSellable() const { return status == SeatStatus::Available && !blocked && ticketTypeId > 0; }
};

// performance_seats: the seat inventory of reserved performances, and their seat_version.
class SeatRepository
{
public:
    explicit SeatRepository(Database &db) : m_db(db) {}

    void createForPerformance(Id performanceId, Id venueId);
    // Locks these seats' rows in seat-id order (SELECT … FOR UPDATE on PostgreSQL; SQLite's
    // BEGIN IMMEDIATE already serializes writers). Returns the rows found, by seat id.
    QList<SeatState> lock(Id performanceId, const QList<Id> &sortedSeatIds);
    // The same without locks.
    QList<SeatState> read(Id performanceId, const QList<Id> &sortedSeatIds);
    QList<SeatState> lockHeldBy(Id holdId);
    QList<SeatState> lockSoldTo(Id orderId);
    // Every seat of the performance, by seat id (a read, no locks).
    QList<SeatState> all(Id performanceId);
    QList<SeatState> ofCategory(Id ticketTypeId);

    void hold(Id performanceId, const QList<Id> &seatIds, Id holdId);
    void release(Id performanceId, const QList<Id> &seatIds);
    void sell(Id performanceId, const QList<Id> &seatIds, Id orderId);
    void setCategory(Id performanceId, const QList<Id> &seatIds, Id ticketTypeId);
    void setBlocked(Id performanceId, const QList<Id> &seatIds, bool blocked);

    // capacity, sold and held of these (reserved) ticket types counted again from their seats.
    void recount(const QList<Id> &ticketTypeIds);
    // Counts every committed change of a performance's seats; returns the new version.
    qint64 bumpVersion(Id performanceId);
    qint64 version(Id performanceId);

private:
    QList<SeatState> pick(Id performanceId, const QList<Id> &sortedSeatIds, bool forUpdate);
    QList<SeatState> select(const QString &where, const QVariantList &args, bool forUpdate);
    void update(const QString &set, const QVariantList &setArgs, Id performanceId,
                const QList<Id> &seatIds);
    Database &m_db;
};

} // namespace mq::storage
