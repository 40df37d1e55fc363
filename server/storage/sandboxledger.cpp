#include "storage/sandboxledger.h"

#include "shared/utctime.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mq::storage {

QHash<QString, LedgerEntry> SandboxLedger::record(const QList<LedgerEntry> &entries,
                                                  const QDateTime &now)
{
    QHash<QString, LedgerEntry> held;
    if (entries.isEmpty())
        return held;
    QJsonArray rows;
    QJsonArray keys;
    for (const LedgerEntry &e : entries) {
        rows.append(QJsonObject{{u"idempotency_key"_s, e.idempotencyKey},
                                {u"amount_cents"_s, e.amountCents},
                                {u"status"_s, e.status},
                                {u"reference"_s, e.reference},
                                {u"created_at"_s, toStorageTime(now)}});
        keys.append(e.idempotencyKey);
    }
    const Dialect &dialect = m_db.dialect();
    m_db.exec(u"INSERT INTO sandbox_ledger (idempotency_key, amount_cents, status, reference, created_at)"
              " SELECT x.idempotency_key, x.amount_cents, x.status, x.reference, x.created_at FROM "_s
                  + dialect.jsonRows({u"idempotency_key TEXT"_s, u"amount_cents BIGINT"_s,
                                      u"status TEXT"_s, u"reference TEXT"_s, u"created_at BIGINT"_s})
                  + (dialect.isPostgres() ? QString() : u" WHERE true"_s)
                  + u" ON CONFLICT (idempotency_key) DO NOTHING"_s,
              {QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact))});
    QSqlQuery &q = m_db.exec(
        u"SELECT idempotency_key, amount_cents, status, reference FROM sandbox_ledger WHERE idempotency_key IN "_s
            + (dialect.isPostgres() ? u"(SELECT json_array_elements_text(CAST(? AS json)))"_s
                                    : u"(SELECT value FROM json_each(?))"_s),
        {QString::fromUtf8(QJsonDocument(keys).toJson(QJsonDocument::Compact))});
    while (q.next()) {
        LedgerEntry e{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(),
                      q.value(3).toString()};
        held.insert(e.idempotencyKey, e);
    }
    return held;
}

} // namespace mq::storage
