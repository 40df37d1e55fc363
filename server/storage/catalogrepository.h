#pragma once

#include "shared/domain.h"

#include <QDateTime>
#include <QHash>
#include <optional>

namespace mq::storage {

class Database;

// A ticket type with what a sale needs to know about its performance and event.
struct TicketTypeContext
{
    TicketType ticketType;
    QDateTime startsAt;
    QString venue;
    QString seating;
    Id eventId = 0;
    QString eventTitle;
    QString timeZone; // the performance's
};

class CatalogRepository
{
public:
    explicit CatalogRepository(Database &db) : m_db(db) {}

    // Performances starting within [from, to] (either bound optional), by start time, with
    // their ticket types; and the events they belong to.
    QList<Performance> performances(const std::optional<QDateTime> &from,
                                    const std::optional<QDateTime> &to);
    QList<Event> events();
    std::optional<Event> event(Id id);
    std::optional<Performance> performance(Id id);
    std::optional<TicketType> ticketType(Id id);
    // Locks the row against concurrent sales (SELECT … FOR UPDATE on PostgreSQL).
    std::optional<TicketTypeContext> lockTicketType(Id id);
    // The same without the lock (a reservation that takes the row only at its end).
    std::optional<TicketTypeContext> ticketTypeContext(Id id);
    QList<TicketType> ticketTypesOf(Id performanceId);

    void addSold(Id ticketTypeId, qint64 delta);
    void addCounts(Id ticketTypeId, qint64 soldDelta, qint64 heldDelta);
    // The same, answering the row as it is now (one statement, for the end of a transaction).
    std::optional<TicketType> changeCounts(Id ticketTypeId, qint64 soldDelta, qint64 heldDelta);
    // Holds `heldDelta` more only if that many are still there and the type is on sale; nullopt
    // (nothing changed) otherwise.
    std::optional<TicketType> holdIfAvailable(Id ticketTypeId, qint64 heldDelta);

    Event createEvent(const Event &event, const QDateTime &now);
    void updateEvent(const Event &event);
    void deleteEvent(Id id);
    // Tickets sold or held across an event or performance: deletes are refused while non-zero.
    // Row locks on every ticket type of the event / performance, in id order as purchases take
    // them, so "nothing sold" stays true until the deletion commits.
    void lockTicketTypesOfEvent(Id eventId);
    void lockTicketTypesOfPerformance(Id performanceId);
    qint64 committedStockOfEvent(Id eventId);
    qint64 committedStockOfPerformance(Id performanceId);

    Performance createPerformance(const Performance &performance);
    void updatePerformance(const Performance &performance);
    void deletePerformance(Id id);
    std::optional<Performance> lockPerformance(Id id);

    TicketType createTicketType(const TicketType &ticketType);
    void updateTicketType(const TicketType &ticketType);
    void deleteTicketType(Id id);

private:
    QList<TicketType> readTicketTypes(const QString &where, const QVariantList &args);
    Database &m_db;
};

} // namespace mq::storage
