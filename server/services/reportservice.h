#pragma once

#include "shared/domain.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace mq::storage {
class Database;
}

namespace mq::services {

// What report.sales is asked for (docs/protocol.md, "Reports").
struct SalesReportQuery
{
    Id eventId = 0;
    Id performanceId = 0;
    std::optional<QDateTime> from;
    std::optional<QDateTime> to;
    QString bucket = QStringLiteral("day"); // "hour" or "day"
    QString timeZone = QStringLiteral("UTC");
};

// The managers' reports (report.sales, report.occupancy, report.shift). Every figure is summed
// by the database; the answers are the wire results, documented in docs/protocol.md.
class ReportService
{
public:
    static constexpr int MaxHourlyBuckets = 366 * 24;
    static constexpr int MaxDailyBuckets = 3660;
    static constexpr qint64 MaxShiftDays = 366;

    explicit ReportService(storage::Database &db) : m_db(db) {}

    // Tickets sold and revenue per hour or day of an IANA time zone, by ticket type, refunds.
    QJsonObject sales(const SalesReportQuery &query);
    // Capacity, sold, held and admitted per performance of an event, or of one performance.
    QJsonObject occupancy(Id eventId, Id performanceId);
    // Box office takings in [from, to) per member of staff and payment method, refunds, and the
    // cash that should be in the drawer.
    QJsonObject shift(const QDateTime &from, const QDateTime &to, Id clerkId);

private:
    storage::Database &m_db;
};

} // namespace mq::services
