#pragma once

#include "shared/seating.h"

#include <QDateTime>
#include <optional>

namespace mq::storage {

class Database;

// One seat of a venue with what seat selection needs: where it is and which row it is in.
struct SeatRecord
{
    Id id = 0;
    int sectionNo = 0;
    int rowNo = 0; // unique across the venue
    double x = 0;
    double y = 0;
    bool accessible = false;
    bool aisleAfter = false;
    bool restrictedView = false;
};

class VenueRepository
{
public:
    explicit VenueRepository(Database &db) : m_db(db) {}

    // Writes the venue and its seats in layout order, so seat ids increase in that order;
    // fills in every id.
    void insert(Venue &venue, const QDateTime &now);
    std::optional<Venue> find(Id id);              // with its whole layout
    std::optional<Venue> findSummary(Id id);       // without the layout
    QList<Venue> list();                           // summaries, by name
    std::optional<Venue> lockSummary(Id id);       // findSummary, row locked for an update
    // Name and time zone; the venue's performances take the zone too.
    void update(const Venue &venue);
    // A performance uses it, or a ticket (of any order, even refunded) sits on one of its seats.
    bool isUsed(Id id);
    void remove(Id id);
    // Every seat of the venue, by id.
    QList<SeatRecord> seats(Id venueId);
    // Where these seats are, as a ticket shows it.
    QHash<Id, SeatPlace> places(const QList<Id> &seatIds);

private:
    Database &m_db;
};

} // namespace mq::storage
