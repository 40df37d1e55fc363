#pragma once

#include "shared/money.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace mq::storage {

class Database;

struct LedgerEntry
{
    QString idempotencyKey;
    Cents amountCents = 0;
    QString status; // "approved", "declined" or "voided"
    QString reference;
};

// The sandbox payment gateway's own record, as a real provider keeps one on its side: one entry
// per idempotency key, written in the gateway's own transaction, never changed. A retried charge
// finds its first outcome; a charge whose key was voided (a reservation reconciled after a crash)
// is refused.
class SandboxLedger
{
public:
    explicit SandboxLedger(Database &db) : m_db(db) {}

    // Records each entry whose key is new and answers what the ledger holds for every key.
    QHash<QString, LedgerEntry> record(const QList<LedgerEntry> &entries, const QDateTime &now);

private:
    Database &m_db;
};

} // namespace mq::storage
