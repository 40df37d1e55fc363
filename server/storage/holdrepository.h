#pragma once

#include "shared/seating.h"

#include <QDateTime>
#include <optional>

namespace mq::storage {

class Database;

class HoldRepository
{
public:
    explicit HoldRepository(Database &db) : m_db(db) {}

    // Writes the hold and its items; fills in the id. Seat ids live on the seats' rows.
    void insert(Hold &hold, const QDateTime &now);
    // Locks the hold's row (SELECT … FOR UPDATE on PostgreSQL); with items and held seats.
    std::optional<Hold> lock(Id id);
    // The user's active, unexpired holds, oldest first; of one performance if given.
    QList<Hold> activeOf(Id userId, std::optional<Id> performanceId, const QDateTime &now);
    // Seats or tickets the user holds for the performance now.
    qint64 heldBy(Id userId, Id performanceId, const QDateTime &now);
    void setStatus(Id id, const QString &status);
    void setPaying(Id id, const std::optional<QDateTime> &since);
    // Active holds past their expiry and not waiting for a payment that started after
    // `payingBefore` (a checkout that died with its server stops protecting the hold then).
    QList<Id> overdue(const QDateTime &now, const QDateTime &payingBefore,
                      std::optional<Id> performanceId, int limit);

private:
    std::optional<Hold> load(const QString &where, const QVariantList &args, bool forUpdate);
    void loadItems(Hold &hold);
    Database &m_db;
};

} // namespace mq::storage
