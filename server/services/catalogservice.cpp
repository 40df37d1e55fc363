#include "services/catalogservice.h"

#include "services/serviceerror.h"
#include "storage/catalogrepository.h"
#include "storage/database.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mq::services {

namespace {

bool matches(const Event &event, const QString &query)
{
    if (event.title.contains(query, Qt::CaseInsensitive)
        || event.description.contains(query, Qt::CaseInsensitive))
        return true;
    return std::any_of(event.performances.cbegin(), event.performances.cend(),
                       [&](const Performance &p) { return p.venue.contains(query, Qt::CaseInsensitive); });
}

} // namespace

QList<Event> CatalogService::listEvents(const EventFilter &filter)
{
    const auto [events, performances] = m_db.read([&] {
        storage::CatalogRepository catalog(m_db);
        return std::make_pair(catalog.events(), catalog.performances(filter.from, filter.to));
    });
    QHash<Id, qsizetype> index;
    QList<Event> all = events;
    for (qsizetype i = 0; i < all.size(); ++i)
        index.insert(all.at(i).id, i);
    // Performances arrive in start order, so each event's list is already sorted.
    for (const Performance &p : performances) {
        const auto it = index.constFind(p.eventId);
        if (it != index.constEnd())
            all[*it].performances.append(p);
    }
    const bool ranged = filter.from || filter.to;
    const QString query = filter.query.trimmed();
    QList<Event> result;
    for (const Event &e : std::as_const(all)) {
        if (ranged && e.performances.isEmpty())
            continue;
        if (!filter.category.isEmpty() && e.category != filter.category)
            continue;
        if (!query.isEmpty() && !matches(e, query))
            continue;
        result.append(e);
    }
    // Events by their earliest listed performance; events with none listed come last.
    std::stable_sort(result.begin(), result.end(), [](const Event &a, const Event &b) {
        if (a.performances.isEmpty() != b.performances.isEmpty())
            return b.performances.isEmpty();
        if (a.performances.isEmpty())
            return a.id < b.id;
        const QDateTime &sa = a.performances.first().startsAt;
        const QDateTime &sb = b.performances.first().startsAt;
        return sa != sb ? sa < sb : a.id < b.id;
    });
    return result;
}

Performance CatalogService::performance(Id id)
{
    const auto found = m_db.read([&] { return storage::CatalogRepository(m_db).performance(id); });
    if (!found)
        throw ServiceError(RpcError::notFound(u"Performance"_s));
    return *found;
}

} // namespace mq::services
