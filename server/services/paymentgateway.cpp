#include "services/paymentgateway.h"

#include "services/clock.h"
#include "services/randomcodes.h"
#include "storage/database.h"
#include "storage/sandboxledger.h"

using namespace Qt::StringLiterals;

namespace mq::services {

QList<PaymentOutcome> PaymentGateway::chargeAll(storage::Database &db,
                                                const QList<ChargeRequest> &requests)
{
    QList<PaymentOutcome> outcomes(requests.size());
    QList<storage::LedgerEntry> entries;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const ChargeRequest &r = requests.at(i);
        if (r.method.provider == u"cash"_s) {
            // Cash changes hands at the counter: nothing to ask anyone.
            outcomes[i] = {r.amount >= 0, RandomCodes::paymentReference(u"cash"_s)};
            continue;
        }
        const bool approved = r.amount >= 0 && r.method.provider == u"sandbox"_s
                              && r.method.token == u"tok_ok"_s;
        entries.append({r.idempotencyKey, r.amount, approved ? u"approved"_s : u"declined"_s,
                        approved ? RandomCodes::paymentReference(u"ch"_s) : QString()});
    }
    if (entries.isEmpty())
        return outcomes;
    const auto record = [&] {
        return db.write([&] { return storage::SandboxLedger(db).record(entries, Clock::now()); });
    };
    QHash<QString, storage::LedgerEntry> ledger;
    try {
        ledger = record();
    } catch (const storage::StorageError &e) {
        // Lost on the way: asking again under the same keys is safe, it never charges twice.
        if (e.kind() != storage::StorageError::Kind::Unavailable)
            throw;
        ledger = record();
    }
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const ChargeRequest &r = requests.at(i);
        if (r.method.provider == u"cash"_s)
            continue;
        const storage::LedgerEntry e = ledger.value(r.idempotencyKey);
        // A key already used for another amount is refused, as a real provider refuses it.
        outcomes[i] = {e.status == u"approved"_s && e.amountCents == r.amount, e.reference};
    }
    return outcomes;
}

PaymentOutcome PaymentGateway::settle(storage::Database &db, const QString &provider, Cents amount,
                                      const QString &idempotencyKey)
{
    if (provider == u"cash"_s)
        return {}; // no answer reached the counter, so no cash was kept
    const auto ledger = db.write([&] {
        return storage::SandboxLedger(db).record({{idempotencyKey, amount, u"voided"_s, QString()}},
                                                 Clock::now());
    });
    const storage::LedgerEntry e = ledger.value(idempotencyKey);
    return {e.status == u"approved"_s, e.reference};
}

PaymentOutcome PaymentGateway::refund(const QString &provider, Cents amount,
                                      const QString &idempotencyKey)
{
    Q_UNUSED(amount);
    Q_UNUSED(idempotencyKey);
    return {true, RandomCodes::paymentReference(provider == u"cash"_s ? u"cashrf"_s : u"re"_s)};
}

} // namespace mq::services
