#pragma once

#include "shared/money.h"

#include <QList>
#include <QString>

namespace mq::storage {
class Database;
}

namespace mq::services {

struct PaymentMethod
{
    QString provider; // "sandbox" or "cash"
    QString token;    // sandbox only: a gateway token, never a card number
};

struct PaymentOutcome
{
    bool approved = false;
    QString reference;
};

struct ChargeRequest
{
    PaymentMethod method;
    Cents amount = 0;
    QString idempotencyKey;
};

// The built-in online test gateway: "tok_ok" approves, every other token declines. Cash is
// taken at the counter and always succeeds. Like a real provider it keeps its own record of
// every idempotency key (storage::SandboxLedger, written in its own transaction, never inside a
// sale's): a repeated key gets its first answer and is never charged twice, and a key voided by
// reconciliation is never charged at all. `latencyMs` models a real provider's answer time;
// callers wait it out themselves without holding a thread (rpc::PurchasePipeline, and
// Reply::then for seated checkout).
class PaymentGateway
{
public:
    explicit PaymentGateway(int latencyMs = 0) : m_latencyMs(latencyMs) {}

    int latencyMs() const { return m_latencyMs; }
    void setLatencyMs(int ms) { m_latencyMs = ms; }

    // Charges without waiting (the caller already waited out the latency, on a timer rather
    // than a thread), all in one record transaction. Never call it inside a transaction.
    QList<PaymentOutcome> chargeAll(storage::Database &db, const QList<ChargeRequest> &requests);
    // What became of a key: approved if it was charged; otherwise it is voided here and now, so a
    // charge still on its way is refused. Used to reconcile reservations after a crash.
    PaymentOutcome settle(storage::Database &db, const QString &provider, Cents amount,
                          const QString &idempotencyKey);
    PaymentOutcome refund(const QString &provider, Cents amount, const QString &idempotencyKey);

private:
    int m_latencyMs = 0;
};

} // namespace mq::services
