#pragma once

#include "shared/domain.h"
#include "shared/money.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace mq::storage {

class Database;

// What a sales report covers: one performance, every performance of one event, or (both 0)
// everything sold.
struct ReportScope
{
    Id eventId = 0;
    Id performanceId = 0;
};

// Sales (or refunds) of one stretch of `granuleMs` milliseconds: [granule × granuleMs, +granuleMs).
struct SalesGranule
{
    qint64 granule = 0;
    qint64 orders = 0;
    qint64 tickets = 0;
    Cents cents = 0;
};

// One ticket type's sales and refunds within a range. `capacity` is -1 when the type was deleted
// since (its name is then the one its orders kept).
struct TicketTypeSales
{
    Id ticketTypeId = 0;
    Id performanceId = 0;
    QDateTime startsAt;
    QString name;
    qint64 capacity = -1;
    qint64 sold = 0;
    Cents revenueCents = 0;
    qint64 refundedTickets = 0;
    Cents refundedCents = 0;
};

// One performance's live numbers.
struct OccupancyRow
{
    Id performanceId = 0;
    Id eventId = 0;
    QString eventTitle;
    QDateTime startsAt;
    QString venue;
    qint64 capacity = 0;
    qint64 sold = 0;
    qint64 held = 0;
    qint64 admitted = 0;
};

// Orders sold (or refunded) by one member of staff with one payment provider.
struct ShiftRow
{
    Id userId = 0;
    QString provider;
    qint64 orders = 0;
    qint64 tickets = 0;
    Cents cents = 0;
};

struct StaffName
{
    QString username;
    QString displayName;
};

// Aggregates for the report.* methods: every figure is summed by the database (GROUP BY, SUM,
// COUNT); no order is loaded one by one. Times are storage milliseconds, ranges [from, to).
class ReportRepository
{
public:
    explicit ReportRepository(Database &db) : m_db(db) {}

    bool eventExists(Id eventId);
    bool performanceExists(Id performanceId);
    bool userExists(Id userId);

    // When the first order in the scope was sold, if any.
    std::optional<qint64> firstSaleAt(const ReportScope &scope);
    // Tickets and revenue of the orders sold in [from, to), grouped by created_at / granuleMs;
    // with `refunds`, those refunded in [from, to), grouped by the time of the refund.
    QList<SalesGranule> salesByGranule(const ReportScope &scope, qint64 from, qint64 to,
                                       qint64 granuleMs, bool refunds);
    // Per ticket type of the scope: what was sold and refunded in [from, to); every live ticket
    // type of a scoped report is listed, sold or not.
    QList<TicketTypeSales> salesByTicketType(const ReportScope &scope, qint64 from, qint64 to);
    // Per performance of the event (or the one performance), by start time.
    QList<OccupancyRow> occupancy(const ReportScope &scope);
    // Box office takings: orders sold by staff in [from, to) (refunds: refunded by staff in it),
    // per member of staff and payment provider; `userId` 0 for everyone.
    QList<ShiftRow> shift(qint64 from, qint64 to, Id userId, bool refunds);
    QHash<Id, StaffName> names(const QList<Id> &userIds);

    // The sale and refund paths record who served at the box office: these orders were sold by
    // the member of staff who is their buyer; this one was refunded by that member of staff.
    void markSoldByStaff(const QList<Id> &orderIds);
    void markRefundedByStaff(Id orderId, Id userId);

private:
    Database &m_db;
};

} // namespace mq::storage
