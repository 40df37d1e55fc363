#pragma once

#include "services/caller.h"
#include "services/seatchange.h"
#include "storage/auditrepository.h"

#include <QDateTime>
#include <optional>

namespace mq::storage {
class Database;
}

namespace mq::services {

struct EventChanges
{
    std::optional<QString> title;
    std::optional<QString> category;
    std::optional<QString> description;
};

struct PerformanceChanges
{
    std::optional<QDateTime> startsAt;
    std::optional<QString> venue;
    std::optional<bool> noSingleSeats;
    std::optional<QString> timeZone;
};

struct NewPerformance
{
    Id eventId = 0;
    QDateTime startsAt;
    QString venue;   // for reserved seating, empty means the venue's name
    QString seating = SeatingGeneral;
    std::optional<Id> venueId;
    bool noSingleSeats = false;
    // IANA id; empty: the venue's (reserved) or the server's default (general admission).
    QString timeZone = {};
};

struct NewTicketType
{
    Id performanceId = 0;
    QString name;
    Cents priceCents = 0;
    std::optional<qint64> capacity; // general admission
    std::optional<QList<Id>> seatIds; // reserved seating
};

struct TicketTypeChanges
{
    std::optional<QString> name;
    std::optional<Cents> priceCents;
    std::optional<qint64> capacity;
    std::optional<bool> onSale;
};

template<typename T>
struct AdminResult
{
    T value;
    Changes changes;
};

// Managers' changes to the catalog. Every change is validated, guarded and audited in the same
// transaction.
class AdminService
{
public:
    static constexpr qint64 MaxCapacity = 1'000'000;

    explicit AdminService(storage::Database &db) : m_db(db) {}

    Event createEvent(const Caller &caller, const QString &title, const QString &category,
                      const QString &description);
    Event updateEvent(const Caller &caller, Id id, const EventChanges &changes);
    void deleteEvent(const Caller &caller, Id id);

    Performance createPerformance(const Caller &caller, const NewPerformance &performance);
    // General admission shorthands.
    Performance createPerformance(const Caller &caller, Id eventId, const QDateTime &startsAt,
                                  const QString &venue, const QString &seating);
    Performance updatePerformance(const Caller &caller, Id id, const PerformanceChanges &changes);
    void deletePerformance(const Caller &caller, Id id);

    AdminResult<TicketType> createTicketType(const Caller &caller, const NewTicketType &type);
    AdminResult<TicketType> createTicketType(const Caller &caller, Id performanceId,
                                             const QString &name, Cents priceCents, qint64 capacity);
    AdminResult<TicketType> updateTicketType(const Caller &caller, Id id,
                                             const TicketTypeChanges &changes);
    Changes deleteTicketType(const Caller &caller, Id id);

    // Newest first; each entry says what it is about (subject), so a reader sees "VIP — Winter
    // Gala, 15 Jan 19:30" rather than "ticket type 116".
    QList<storage::AuditEntry> auditLog(int limit, int offset, const storage::AuditFilter &filter = {});

    // Field rules, exposed for the demo seeder; each throws 422 naming the field.
    static QString checkedTitle(const QString &title, const QString &field);
    static void checkCategory(const QString &category);
    static void checkPrice(Cents priceCents);
    static void checkCapacity(qint64 capacity);
    static QDateTime checkedStart(const QDateTime &startsAt);

private:
    void audit(const Caller &caller, const QString &action, const QString &entity, Id entityId,
               const QJsonObject &before, const QJsonObject &after);
    storage::Database &m_db;
};

} // namespace mq::services
