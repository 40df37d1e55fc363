#pragma once

#include "shared/domain.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace mq::storage {

class Database;

struct AuditEntry
{
    Id id = 0;
    QDateTime at;
    Id userId = 0;
    QString username;
    QString action; // e.g. "event.update", "order.refund", "order.cash_sale"
    QString entity;
    Id entityId = 0;
    QJsonObject before;
    QJsonObject after;
    // What the entry is about, in words people know, filled when read (not stored):
    // {name?, eventTitle?, startsAt?, code?}.
    QJsonObject subject;
};

// Which entries a reader wants; every field optional.
struct AuditFilter
{
    Id userId = 0;
    QString action;   // an exact action ("order.refund") or a prefix ending in "." ("order.")
    std::optional<QDateTime> from;
    std::optional<QDateTime> to;
};

// Who changed what, when, before and after. Written in the same transaction as the change.
class AuditRepository
{
public:
    explicit AuditRepository(Database &db) : m_db(db) {}
    void append(const AuditEntry &entry);
    QList<AuditEntry> list(int limit, int offset, const AuditFilter &filter = {});

private:
    Database &m_db;
};

} // namespace mq::storage
