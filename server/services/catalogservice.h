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

// What is on sale: events, their performances and ticket types with live numbers.
class CatalogService
{
public:
    explicit CatalogService(storage::Database &db) : m_db(db) {}

    QList<Event> listEvents(const EventFilter &filter);
    Performance performance(Id id);

private:
    storage::Database &m_db;
};

} // namespace mq::services
