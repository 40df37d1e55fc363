#include "services/adminservice.h"

#include "services/clock.h"
#include "services/serviceerror.h"
#include "services/seatchangewriter.h"
#include "services/seatingservice.h"
#include "services/timezones.h"
#include "storage/catalogrepository.h"
#include "storage/database.h"
#include "storage/seatrepository.h"
#include "storage/venuerepository.h"

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

QDateTime AdminService::checkedStart(const QDateTime &startsAt)
{
    if (startsAt <= Clock::now())
        throw ServiceError(RpcError::validation(u"startsAt"_s, u"The start must be in the future"_s));
    return startsAt;
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
        0, Clock::now(), caller.user.id, caller.user.username, action, entity, entityId, before, after, {}});
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
        // Locked first: a purchase committing between the check and the delete would otherwise
        // be deleted with the event.
        catalog.lockTicketTypesOfEvent(id);
        if (catalog.committedStockOfEvent(id) > 0)
            throw hasSales(u"event"_s);
        catalog.deleteEvent(id);
        audit(caller, u"event.delete"_s, u"event"_s, id, event->toJson(), {});
    });
}

Performance AdminService::createPerformance(const Caller &caller, const NewPerformance &n)
{
    Performance p;
    p.eventId = n.eventId;
    p.startsAt = checkedStart(n.startsAt);
    if (n.seating != SeatingGeneral && n.seating != SeatingReserved)
        throw ServiceError(
            RpcError::validation(u"seating"_s, u"Seating must be \"general\" or \"reserved\""_s));
    p.seating = n.seating;
    const bool reserved = n.seating == SeatingReserved;
    if (!reserved || !n.venue.trimmed().isEmpty())
        p.venue = checkedTitle(n.venue, u"venue"_s);
    if (reserved && !n.venueId)
        throw ServiceError(RpcError::validation(u"venueId"_s, u"A reserved performance needs a venueId"_s));
    if (reserved) {
        p.venueId = n.venueId;
        p.noSingleSeats = n.noSingleSeats;
    }
    const QString zone = n.timeZone.isEmpty() ? QString() : TimeZones::checked(n.timeZone, u"timeZone"_s);
    p.timeZone = zone.isEmpty() ? TimeZones::defaultZone() : zone;
    return m_db.write([&] {
        storage::CatalogRepository catalog(m_db);
        if (!catalog.event(n.eventId))
            throw ServiceError(RpcError::notFound(u"Event"_s));
        if (reserved) {
            const auto venue = storage::VenueRepository(m_db).findSummary(*n.venueId);
            if (!venue)
                throw ServiceError(RpcError::notFound(u"Venue"_s));
            if (p.venue.isEmpty())
                p.venue = venue->name;
            // A seated performance is where its venue is.
            if (!zone.isEmpty() && zone != venue->timeZone)
                throw ServiceError(RpcError::validation(
                    u"timeZone"_s, u"A reserved performance takes its venue's time zone (%1)"_s.arg(venue->timeZone)));
            p.timeZone = venue->timeZone;
        }
        const Performance created = catalog.createPerformance(p);
        if (reserved)
            storage::SeatRepository(m_db).createForPerformance(created.id, *n.venueId);
        audit(caller, u"performance.create"_s, u"performance"_s, created.id, {},
              withoutChildren(created.toJson(), u"ticketTypes"_s));
        return created;
    });
}

Performance AdminService::createPerformance(const Caller &caller, Id eventId,
                                            const QDateTime &startsAt, const QString &venue,
                                            const QString &seating)
{
    return createPerformance(caller, NewPerformance{eventId, startsAt, venue, seating, std::nullopt, false, {}});
}

Performance AdminService::updatePerformance(const Caller &caller, Id id,
                                            const PerformanceChanges &changes)
{
    const std::optional<QString> venue =
        changes.venue ? std::optional(checkedTitle(*changes.venue, u"venue"_s)) : std::nullopt;
    const std::optional<QString> zone =
        changes.timeZone ? std::optional(TimeZones::checked(*changes.timeZone, u"timeZone"_s)) : std::nullopt;
    return m_db.write([&] {
        storage::CatalogRepository catalog(m_db);
        auto p = catalog.lockPerformance(id);
        if (!p)
            throw ServiceError(RpcError::notFound(u"Performance"_s));
        const QJsonObject before = withoutChildren(p->toJson(), u"ticketTypes"_s);
        // Moving a performance into the past is refused; leaving its time alone is not.
        if (changes.startsAt && *changes.startsAt != p->startsAt)
            p->startsAt = checkedStart(*changes.startsAt);
        p->venue = venue.value_or(p->venue);
        if (changes.noSingleSeats && p->seating == SeatingReserved)
            p->noSingleSeats = *changes.noSingleSeats;
        if (zone && *zone != p->timeZone) {
            // A seated performance moves zone with its venue (admin.updateVenue).
            if (p->seating == SeatingReserved)
                throw ServiceError(RpcError::validation(
                    u"timeZone"_s, u"A reserved performance takes its venue's time zone (%1)"_s.arg(p->timeZone)));
            p->timeZone = *zone;
        }
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
        catalog.lockTicketTypesOfPerformance(id);
        if (catalog.committedStockOfPerformance(id) > 0)
            throw hasSales(u"performance"_s);
        catalog.deletePerformance(id);
        audit(caller, u"performance.delete"_s, u"performance"_s, id, p->toJson(), {});
    });
}

AdminResult<TicketType> AdminService::createTicketType(const Caller &caller, const NewTicketType &n)
{
    TicketType t;
    t.performanceId = n.performanceId;
    t.name = checkedTitle(n.name, u"name"_s);
    checkPrice(n.priceCents);
    t.priceCents = n.priceCents;
    return m_db.write([&] {
        storage::CatalogRepository catalog(m_db);
        const auto p = catalog.performance(n.performanceId);
        if (!p)
            throw ServiceError(RpcError::notFound(u"Performance"_s));
        if (p->seating != SeatingReserved) {
            if (n.seatIds)
                throw ServiceError(RpcError::make(ErrorCode::Conflict, Reason::NotReserved,
                                                  u"This performance has general admission, not seats"_s));
            if (!n.capacity)
                throw ServiceError(RpcError::validation(u"capacity"_s, u"capacity is required"_s));
            checkCapacity(*n.capacity);
            t.capacity = *n.capacity;
            const TicketType created = catalog.createTicketType(t);
            audit(caller, u"ticket_type.create"_s, u"ticket_type"_s, created.id, {}, created.toJson());
            Changes changes;
            changes.inventory.append(InventoryChange{n.performanceId, {created}});
            return AdminResult<TicketType>{created, changes};
        }
        // A price category: its capacity is its seats that are not blocked.
        if (n.capacity)
            throw ServiceError(RpcError::validation(
                u"capacity"_s, u"A reserved ticket type's capacity is the number of its seats"_s));
        if (!n.seatIds || n.seatIds->isEmpty())
            throw ServiceError(RpcError::validation(u"seatIds"_s, u"Choose the seats of this price category"_s));
        const QList<storage::SeatState> seats = SeatingService::lockFree(m_db, *p, *n.seatIds);
        t.capacity = 0;
        const TicketType created = catalog.createTicketType(t);
        QList<Id> types{created.id};
        QList<Id> seatIds;
        for (const storage::SeatState &s : seats) {
            seatIds.append(s.seatId);
            if (s.ticketTypeId > 0 && !types.contains(s.ticketTypeId))
                types.append(s.ticketTypeId);
        }
        storage::SeatRepository seatRows(m_db);
        seatRows.setCategory(p->id, seatIds, created.id);
        std::sort(types.begin(), types.end());
        seatRows.recount(types);
        const TicketType counted = catalog.ticketType(created.id).value_or(created);
        audit(caller, u"ticket_type.create"_s, u"ticket_type"_s, created.id, {}, counted.toJson());
        return AdminResult<TicketType>{counted, finishSeatChange(m_db, p->id, seatIds, types)};
    });
}

AdminResult<TicketType> AdminService::createTicketType(const Caller &caller, Id performanceId,
                                                       const QString &name, Cents priceCents,
                                                       qint64 capacity)
{
    return createTicketType(caller, NewTicketType{performanceId, name, priceCents, capacity, std::nullopt});
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
        if (changes.capacity && locked->seating == SeatingReserved)
            throw ServiceError(RpcError::validation(
                u"capacity"_s, u"A reserved ticket type's capacity is the number of its seats"_s));
        if (changes.capacity && *changes.capacity < t.sold + t.held)
            throw ServiceError(RpcError::make(
                ErrorCode::Conflict, Reason::CapacityBelowSold,
                u"Capacity cannot be below the %1 tickets already sold or held"_s.arg(t.sold + t.held),
                {{u"field"_s, u"capacity"_s}, {u"committed"_s, t.sold + t.held}}));
        t.name = name.value_or(t.name);
        t.priceCents = changes.priceCents.value_or(t.priceCents);
        t.capacity = changes.capacity.value_or(t.capacity);
        t.onSale = changes.onSale.value_or(t.onSale);
        catalog.updateTicketType(t);
        ++t.version; // as the UPDATE left the row
        audit(caller, u"ticket_type.update"_s, u"ticket_type"_s, id, before, t.toJson());
        Changes inventory;
        inventory.inventory.append(InventoryChange{t.performanceId, {t}});
        return AdminResult<TicketType>{t, inventory};
    });
}

Changes AdminService::deleteTicketType(const Caller &caller, Id id)
{
    return m_db.write([&] {
        storage::CatalogRepository catalog(m_db);
        const auto locked = catalog.lockTicketType(id);
        if (!locked)
            throw ServiceError(RpcError::notFound(u"Ticket type"_s));
        if (locked->ticketType.sold + locked->ticketType.held > 0)
            throw hasSales(u"ticket type"_s);
        TicketType gone = locked->ticketType;
        Changes changes;
        if (locked->seating == SeatingReserved) {
            // Its seats stay, no longer on sale.
            storage::SeatRepository seats(m_db);
            QList<Id> seatIds;
            for (const storage::SeatState &s : seats.ofCategory(id))
                seatIds.append(s.seatId);
            if (!seatIds.isEmpty()) {
                seats.lock(gone.performanceId, seatIds);
                seats.setCategory(gone.performanceId, seatIds, 0);
                changes = finishSeatChange(m_db, gone.performanceId, seatIds, {});
            }
        }
        catalog.deleteTicketType(id);
        audit(caller, u"ticket_type.delete"_s, u"ticket_type"_s, id, locked->ticketType.toJson(), {});
        gone.capacity = 0;
        ++gone.version; // later than anything pushed about it before
        changes.inventory.append(InventoryChange{gone.performanceId, {gone}});
        return changes;
    });
}

QList<storage::AuditEntry> AdminService::auditLog(int limit, int offset, const storage::AuditFilter &filter)
{
    return m_db.read([&] {
        QList<storage::AuditEntry> entries = storage::AuditRepository(m_db).list(limit, offset, filter);
        storage::CatalogRepository catalog(m_db);
        QHash<Id, std::optional<Performance>> performances;
        QHash<Id, QString> eventTitles;
        auto eventTitle = [&](Id eventId) {
            if (!eventTitles.contains(eventId)) {
                const auto e = catalog.event(eventId);
                eventTitles.insert(eventId, e ? e->title : QString());
            }
            return eventTitles.value(eventId);
        };
        auto describePerformance = [&](Id performanceId, QJsonObject &subject) {
            if (!performances.contains(performanceId))
                performances.insert(performanceId, catalog.performance(performanceId));
            if (const auto &p = performances.value(performanceId)) {
                subject.insert(u"eventTitle"_s, eventTitle(p->eventId));
                subject.insert(u"startsAt"_s, p->toJson().value(u"startsAt"_s));
                subject.insert(u"timeZone"_s, p->timeZone);
            }
        };
        for (storage::AuditEntry &e : entries) {
            // The record as it is after the change, or as it was before a deletion.
            const QJsonObject record = e.after.isEmpty() ? e.before : e.after;
            QJsonObject subject;
            if (e.entity == u"event"_s) {
                subject.insert(u"name"_s, record.value(u"title"_s));
            } else if (e.entity == u"performance"_s) {
                subject.insert(u"name"_s, record.value(u"venue"_s));
                if (record.contains(u"eventId"_s))
                    subject.insert(u"eventTitle"_s, eventTitle(record.value(u"eventId"_s).toInteger()));
                if (record.contains(u"startsAt"_s)) {
                    subject.insert(u"startsAt"_s, record.value(u"startsAt"_s));
                    // Entries from before time zones: the performance's zone if it still exists.
                    if (record.contains(u"timeZone"_s))
                        subject.insert(u"timeZone"_s, record.value(u"timeZone"_s));
                    else if (const auto p = catalog.performance(e.entityId))
                        subject.insert(u"timeZone"_s, p->timeZone);
                } else
                    describePerformance(e.entityId, subject);
            } else if (e.entity == u"ticket_type"_s) {
                subject.insert(u"name"_s, record.value(u"name"_s));
                describePerformance(record.value(u"performanceId"_s).toInteger(), subject);
            } else if (e.entity == u"order"_s) {
                subject.insert(u"code"_s, record.value(u"code"_s));
            } else if (e.entity == u"venue"_s) {
                subject.insert(u"name"_s, record.value(u"name"_s));
            } else if (e.entity == u"user"_s) {
                subject.insert(u"name"_s, record.value(u"username"_s));
            }
            for (auto it = subject.begin(); it != subject.end();) {
                if (it->isUndefined() || it->isNull() || (it->isString() && it->toString().isEmpty()))
                    it = subject.erase(it);
                else
                    ++it;
            }
            e.subject = subject;
        }
        return entries;
    });
}

} // namespace mq::services
