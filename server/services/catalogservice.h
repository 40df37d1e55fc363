#pragma once

#include "shared/domain.h"

#include <QDateTime>
#include <optional>

namespace mq::storage {
class Database;
}

namespace mq::services {

struct EventFilter
{
    QString category;
    std::optional<QDateTime> from;
    std::optional<QDateTime> to;
    QString query;
};

// One page of catalog.listEvents: the events after the cursor, and where the next page starts
// (empty on the last page).
struct EventPage
{
    QList<Event> events;
    QString nextCursor;
};

// What is on sale: events, their performances and ticket types with live numbers.
class CatalogService
{
public:
    explicit CatalogService(storage::Database &db) : m_db(db) {}

    static constexpr int DefaultPageSize = 100;
    static constexpr int MaxPageSize = 500;

    QList<Event> listEvents(const EventFilter &filter);
    // The same list in pages of `limit`, from after `cursor` (an opaque string from the previous
    // page; 422 field cursor when it is not one). Pages follow the list's order, so an event
    // added meanwhile is never listed twice.
    EventPage listEvents(const EventFilter &filter, int limit, const QString &cursor);
    Performance performance(Id id);

private:
    storage::Database &m_db;
};

} // namespace mq::services
