#pragma once

#include "services/caller.h"
#include "shared/seating.h"

#include <QJsonObject>

#include <optional>

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

    // `timeZone` empty: the server's default zone.
    Venue create(const Caller &caller, const QString &name, const QJsonObject &layout,
                 const QString &timeZone = {});
    // Renames a venue or moves it to another time zone (its performances follow: the same
    // instants, read in the new zone). The layout never changes.
    Venue update(const Caller &caller, Id id, const std::optional<QString> &name,
                 const std::optional<QString> &timeZone);
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
