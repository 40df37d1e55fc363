#pragma once

#include "services/caller.h"
#include "services/seatchange.h"
#include "storage/seatrepository.h"

namespace mq::storage {
class Database;
}

namespace mq::services {

struct SeatMap
{
    Id performanceId = 0;
    Id venueId = 0;
    qint64 version = 0;
    QString status;       // one letter per seat of the venue, in seat order
    QList<Id> categories; // each seat's ticket type, 0 for none
};

// A reserved performance's seat inventory as managers shape it: price categories and blocked
// seats; and the seat map everyone reads.
class SeatingService
{
public:
    explicit SeatingService(storage::Database &db) : m_db(db) {}

    SeatMap map(Id performanceId);
    Changes assignSeats(const Caller &caller, Id ticketTypeId, const QList<Id> &seatIds);
    Changes setBlocked(const Caller &caller, Id performanceId, const QList<Id> &seatIds, bool blocked);

    // Inside a transaction: checks that every seat is one of the performance venue's (422
    // seatIds), locks them in id order and refuses held or sold ones (409 seat_taken).
    static QList<storage::SeatState> lockFree(storage::Database &db, const Performance &performance,
                                              QList<Id> seatIds);

private:
    storage::Database &m_db;
};

} // namespace mq::services
