#pragma once

#include "shared/domain.h"

#include <QDateTime>
#include <QJsonObject>

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
};

// Who changed what, when, before and after. Written in the same transaction as the change.
class AuditRepository
{
public:
    explicit AuditRepository(Database &db) : m_db(db) {}
    void append(const AuditEntry &entry);
    QList<AuditEntry> list(int limit, int offset);

private:
    Database &m_db;
};

} // namespace mq::storage
