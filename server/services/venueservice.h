#pragma once

#include "services/caller.h"
#include "shared/seating.h"

#include <QJsonObject>

namespace mq::storage {
class Database;
}

namespace mq::services {

// Venues and their seat layouts. A layout never changes once saved: a new layout is a new venue.
class VenueService
{
public:
    static constexpr qint64 MaxSeats = 100'000;

    explicit VenueService(storage::Database &db) : m_db(db) {}

    // Checks a layout as PROTOCOL.md describes it; throws 422 naming the offending place
    // (e.g. "layout.sections[0].rows[2].seats[5].label").
    static Venue parseLayout(const QString &name, const QJsonObject &layout);

    Venue create(const Caller &caller, const QString &name, const QJsonObject &layout);
    Venue get(Id id);
    // The venue as catalog.getVenue answers it. Layouts never change, so the JSON of each is
    // built once per server and only its existence is read again.
    QJsonObject getJson(Id id);
    QList<Venue> list();
    void remove(const Caller &caller, Id id);

private:
    storage::Database &m_db;
};

} // namespace mq::services
