#include "services/adminservice.h"

#include "services/clock.h"
#include "services/serviceerror.h"
#include "storage/catalogrepository.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace mq::services {

namespace {

ServiceError hasSales(const QString &what)
{
    return ServiceError(RpcError::make(
        ErrorCode::Conflict, Reason::HasSales,
        u"This %1 has tickets sold or held; cancel those orders first"_s.arg(what)));
}

QJsonObject withoutChildren(QJsonObject o, const QString &key)
{
    o.remove(key);
    return o;
}

} // namespace

QString AdminService::checkedTitle(const QString &title, const QString &field)
{
    const QString trimmed = title.trimmed();
    if (trimmed.isEmpty())
        throw ServiceError(RpcError::validation(field, u"This field must not be empty"_s));
    if (trimmed.size() > 200)
        throw ServiceError(RpcError::validation(field, u"At most 200 characters"_s));
    return trimmed;
}

void AdminService::checkCategory(const QString &category)
{
    if (!isCategory(category))
        throw ServiceError(RpcError::validation(
            u"category"_s, u"Category must be one of: "_s + categoryNames().join(u", "_s)));
}

void AdminService::checkPrice(Cents priceCents)
{
    if (priceCents < 0 || priceCents > MaxPriceCents)
        throw ServiceError(RpcError::validation(u"priceCents"_s,
                                                u"Price must be between 0 and %1 cents"_s.arg(MaxPriceCents)));
}

void AdminService::checkCapacity(qint64 capacity)
{
    if (capacity < 0 || capacity > MaxCapacity)
        throw ServiceError(RpcError::validation(
            u"capacity"_s, u"Capacity must be between 0 and %1"_s.arg(MaxCapacity)));
}

void AdminService::audit(const Caller &caller, const QString &action, const QString &entity,
                         Id entityId, const QJsonObject &before, const QJsonObject &after)
{
    storage::AuditRepository(m_db).append(storage::AuditEntry{
        0, Clock::now(), caller.user.id, caller.user.username, action, entity, entityId, before, after});
}

Event AdminService::createEvent(const Caller &caller, const QString &title,
                                const QString &category, const QString &description)
{
    Event e;
    e.title = checkedTitle(title, u"title"_s);
    checkCategory(category);
    e.category = category;
    if (description.size() > 10000)
        throw ServiceError(RpcError::validation(u"description"_s, u"At most 10000 characters"_s));
    e.description = description;
    return m_db.write([&] {
        const Event created = storage::CatalogRepository(m_db).createEvent(e, Clock::now());
        audit(caller, u"event.create"_s, u"event"_s, created.id, {}, created.toJson());
        return created;
    });
}

Event AdminService::updateEvent(const Caller &caller, Id id, const EventChanges &changes)
{
    const std::optional<QString> title =
        changes.title ? std::optional(checkedTitle(*changes.title, u"title"_s)) : std::nullopt;
    if (changes.category)
        checkCategory(*changes.category);
    if (changes.description && changes.description->size() > 10000)
        throw ServiceError(RpcError::validation(u"description"_s, u"At most 10000 characters"_s));
    return m_db.write([&] {
        storage::CatalogRepository catalog(m_db);
        auto event = catalog.event(id);
        if (!event)
            throw ServiceError(RpcError::notFound(u"Event"_s));
        const QJsonObject before = withoutChildren(event->toJson(), u"performances"_s);
        event->title = title.value_or(event->title);
        event->category = changes.category.value_or(event->category);
        event->description = changes.description.value_or(event->description);
        catalog.updateEvent(*event);
        audit(caller, u"event.update"_s, u"event"_s, id, before,
              withoutChildren(event->toJson(), u"performances"_s));
        return *event;
    });
}

void AdminService::deleteEvent(const Caller &caller, Id id)
{
    m_db.write([&] {
        storage::CatalogRepository catalog(m_db);
        const auto event = catalog.event(id);
        if (!event)
            throw ServiceError(RpcError::notFound(u"Event"_s));
        if (catalog.committedStockOfEvent(id) > 0)
            throw hasSales(u"event"_s);
        catalog.deleteEvent(id);
        audit(caller, u"event.delete"_s, u"event"_s, id, event->toJson(), {});
    });
}

Performance AdminService::createPerformance(const Caller &caller, Id eventId,
                                            const QDateTime &startsAt, const QString &venue,
                                            const QString &seating)
{
    Performance p;
    p.eventId = eventId;
    p.startsAt = startsAt;
    p.venue = checkedTitle(venue, u"venue"_s);
    if (seating != SeatingGeneral && seating != SeatingReserved)
        throw ServiceError(
            RpcError::validation(u"seating"_s, u"Seating must be \"general\" or \"reserved\""_s));
    if (seating == SeatingReserved)
        throw ServiceError(RpcError::validation(
            u"seating"_s, u"Reserved seating is not available on this server yet"_s));
    p.seating = seating;
    return m_db.write([&] {
        storage::CatalogRepository catalog(m_db);
        if (!catalog.event(eventId))
            throw ServiceError(RpcError::notFound(u"Event"_s));
        const Performance created = catalog.createPerformance(p);
        audit(caller, u"performance.create"_s, u"performance"_s, created.id, {},
              withoutChildren(created.toJson(), u"ticketTypes"_s));
        return created;
    });
}

Performance AdminService::updatePerformance(const Caller &caller, Id id,
                                            const PerformanceChanges &changes)
{
    const std::optional<QString> venue =
        changes.venue ? std::optional(checkedTitle(*changes.venue, u"venue"_s)) : std::nullopt;
    return m_db.write([&] {
        storage::CatalogRepository catalog(m_db);
        auto p = catalog.lockPerformance(id);
        if (!p)
            throw ServiceError(RpcError::notFound(u"Performance"_s));
        const QJsonObject before = withoutChildren(p->toJson(), u"ticketTypes"_s);
        p->startsAt = changes.startsAt.value_or(p->startsAt);
        p->venue = venue.value_or(p->venue);
        catalog.updatePerformance(*p);
        audit(caller, u"performance.update"_s, u"performance"_s, id, before,
              withoutChildren(p->toJson(), u"ticketTypes"_s));
        p->ticketTypes = catalog.ticketTypesOf(id);
        return *p;
    });
}

void AdminService::deletePerformance(const Caller &caller, Id id)
{
    m_db.write([&] {
        storage::CatalogRepository catalog(m_db);
        const auto p = catalog.performance(id);
        if (!p)
            throw ServiceError(RpcError::notFound(u"Performance"_s));
        if (catalog.committedStockOfPerformance(id) > 0)
            throw hasSales(u"performance"_s);
        catalog.deletePerformance(id);
        audit(caller, u"performance.delete"_s, u"performance"_s, id, p->toJson(), {});
    });
}

AdminResult<TicketType> AdminService::createTicketType(const Caller &caller, Id performanceId,
                                                       const QString &name, Cents priceCents,
                                                       qint64 capacity)
{
    TicketType t;
    t.performanceId = performanceId;
    t.name = checkedTitle(name, u"name"_s);
    checkPrice(priceCents);
    checkCapacity(capacity);
    t.priceCents = priceCents;
    t.capacity = capacity;
    return m_db.write([&] {
        storage::CatalogRepository catalog(m_db);
        const auto p = catalog.lockPerformance(performanceId);
        if (!p)
            throw ServiceError(RpcError::notFound(u"Performance"_s));
        const TicketType created = catalog.createTicketType(t);
        audit(caller, u"ticket_type.create"_s, u"ticket_type"_s, created.id, {}, created.toJson());
        return AdminResult<TicketType>{created, InventoryChange{performanceId, {created}}};
    });
}

AdminResult<TicketType> AdminService::updateTicketType(const Caller &caller, Id id,
                                                       const TicketTypeChanges &changes)
{
    const std::optional<QString> name =
        changes.name ? std::optional(checkedTitle(*changes.name, u"name"_s)) : std::nullopt;
    if (changes.priceCents)
        checkPrice(*changes.priceCents);
    if (changes.capacity)
        checkCapacity(*changes.capacity);
    return m_db.write([&] {
        storage::CatalogRepository catalog(m_db);
        const auto locked = catalog.lockTicketType(id);
        if (!locked)
            throw ServiceError(RpcError::notFound(u"Ticket type"_s));
        TicketType t = locked->ticketType;
        const QJsonObject before = t.toJson();
        if (changes.capacity && *changes.capacity < t.sold + t.held)
            throw ServiceError(RpcError::make(
                ErrorCode::Conflict, Reason::CapacityBelowSold,
                u"Capacity cannot be below the %1 tickets already sold or held"_s.arg(t.sold + t.held),
                {{u"field"_s, u"capacity"_s}, {u"committed"_s, t.sold + t.held}}));
        t.name = name.value_or(t.name);
        t.priceCents = changes.priceCents.value_or(t.priceCents);
        t.capacity = changes.capacity.value_or(t.capacity);
        catalog.updateTicketType(t);
        audit(caller, u"ticket_type.update"_s, u"ticket_type"_s, id, before, t.toJson());
        return AdminResult<TicketType>{t, InventoryChange{t.performanceId, {t}}};
    });
}

InventoryChange AdminService::deleteTicketType(const Caller &caller, Id id)
{
    return m_db.write([&] {
        storage::CatalogRepository catalog(m_db);
        const auto locked = catalog.lockTicketType(id);
        if (!locked)
            throw ServiceError(RpcError::notFound(u"Ticket type"_s));
        if (locked->ticketType.sold + locked->ticketType.held > 0)
            throw hasSales(u"ticket type"_s);
        catalog.deleteTicketType(id);
        audit(caller, u"ticket_type.delete"_s, u"ticket_type"_s, id, locked->ticketType.toJson(), {});
        TicketType gone = locked->ticketType;
        gone.capacity = 0;
        return InventoryChange{gone.performanceId, {gone}};
    });
}

QList<storage::AuditEntry> AdminService::auditLog(int limit, int offset)
{
    return m_db.read([&] { return storage::AuditRepository(m_db).list(limit, offset); });
}

} // namespace mq::services
