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

namespace {
// Where an event sorts in the list: its earliest listed start (events with none come last), then
// its id.
struct SortKey
{
    bool hasStart = false;
    qint64 startMs = 0;
    Id id = 0;

    static SortKey of(const Event &e)
    {
        if (e.performances.isEmpty())
            return {false, 0, e.id};
        return {true, e.performances.first().startsAt.toMSecsSinceEpoch(), e.id};
    }
    bool operator<(const SortKey &o) const
    {
        if (hasStart != o.hasStart)
            return hasStart;
        if (startMs != o.startMs)
            return startMs < o.startMs;
        return id < o.id;
    }
    QString toCursor() const
    {
        const QByteArray text = (hasStart ? "s" + QByteArray::number(startMs) : QByteArray("n"))
                                + ':' + QByteArray::number(id);
        return QString::fromLatin1(text.toBase64(QByteArray::Base64UrlEncoding
                                                 | QByteArray::OmitTrailingEquals));
    }
    static std::optional<SortKey> fromCursor(const QString &cursor)
    {
        const auto decoded = QByteArray::fromBase64Encoding(
            cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return std::nullopt;
        const QList<QByteArray> parts = decoded.decoded.split(':');
        if (parts.size() != 2 || parts.first().isEmpty())
            return std::nullopt;
        SortKey key;
        bool ok = true;
        key.id = parts.at(1).toLongLong(&ok);
        if (!ok || key.id <= 0)
            return std::nullopt;
        if (parts.first() == "n")
            return key;
        if (!parts.first().startsWith('s'))
            return std::nullopt;
        key.hasStart = true;
        key.startMs = parts.first().mid(1).toLongLong(&ok);
        return ok ? std::optional<SortKey>(key) : std::nullopt;
    }
};
} // namespace

EventPage CatalogService::listEvents(const EventFilter &filter, int limit, const QString &cursor)
{
    std::optional<SortKey> after;
    if (!cursor.isEmpty()) {
        after = SortKey::fromCursor(cursor);
        if (!after)
            throw ServiceError(RpcError::validation(
                u"cursor"_s, u"Not a cursor from an earlier page; start again without one"_s));
    }
    const QList<Event> all = listEvents(filter);
    EventPage page;
    for (const Event &e : all) {
        if (after && !(*after < SortKey::of(e)))
            continue;
        if (page.events.size() == limit) {
            page.nextCursor = SortKey::of(page.events.last()).toCursor();
            break;
        }
        page.events.append(e);
    }
    return page;
}

Performance CatalogService::performance(Id id)
{
    const auto found = m_db.read([&] { return storage::CatalogRepository(m_db).performance(id); });
    if (!found)
        throw ServiceError(RpcError::notFound(u"Performance"_s));
    return *found;
}

} // namespace mq::services
