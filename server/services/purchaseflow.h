#pragma once

#include "services/basketline.h"
#include "services/caller.h"
#include "services/inventorychange.h"
#include "services/paymentgateway.h"
#include "shared/rpcerror.h"
#include "storage/purchaserepository.h"

#include <optional>

namespace mq::storage {
class Database;
}

namespace mq::services {

// One buyer's purchase: so many tickets of one type, or a mixed basket (`lines`) of one
// performance as one order. `requestId` (optional, from the client) makes a repeat find the first
// attempt instead of buying again.
struct PurchaseRequest
{
    PurchaseRequest() = default;
    PurchaseRequest(Caller caller, Id ticketTypeId, int quantity, PaymentMethod payment,
                    QString requestId = {})
        : caller(std::move(caller)),
          ticketTypeId(ticketTypeId),
          quantity(quantity),
          payment(std::move(payment)),
          requestId(std::move(requestId))
    {}
    PurchaseRequest(Caller caller, QList<BasketLine> lines, PaymentMethod payment, QString requestId = {})
        : caller(std::move(caller)),
          payment(std::move(payment)),
          requestId(std::move(requestId)),
          lines(std::move(lines))
    {}

    Caller caller;
    Id ticketTypeId = 0;
    int quantity = 0;
    PaymentMethod payment;
    QString requestId;
    QList<BasketLine> lines; // a basket when not empty (then ticketTypeId/quantity are unused)

    bool isBasket() const { return !lines.isEmpty(); }
    // "<user id>:<requestId>", or empty without a requestId.
    QString requestKey() const;
};

// A purchase between reserve and confirm: its stored intent and how it pays.
struct Reservation
{
    storage::PurchaseIntent intent;
    PaymentMethod payment;
    Caller caller;
};

struct ReserveOutcome
{
    std::optional<Reservation> reservation; // reserved: now pay
    std::optional<Order> existing;          // the requestId already bought this order
    bool inProgress = false;                // the requestId's first attempt is still running
    std::optional<RpcError> error;          // refused; nothing held
};

struct ReserveResult
{
    QList<ReserveOutcome> outcomes; // parallel to the requests
    QList<InventoryChange> changes;
};

struct ConfirmOutcome
{
    std::optional<Order> order;
    std::optional<RpcError> error;
};

struct ConfirmResult
{
    QList<ConfirmOutcome> outcomes; // parallel to the reservations
    QList<InventoryChange> changes;
};

// A purchase in three steps, so that no lock is held while a payment is in flight:
// reserve (one short transaction: checks, `held += n`, a stored intent per buyer), pay (the
// gateway, with the intent's order code as idempotency key), confirm (one short transaction:
// `held → sold` and the orders written, or `held −= n` for a declined payment). Each step takes a
// whole batch of buyers with a fixed number of statements. A COMMIT whose outcome is unknown is
// checked after reconnecting and answered truthfully. Intents left behind by a server that died
// are reconciled against the gateway's record: confirmed if paid, voided otherwise.
class PurchaseFlow
{
public:
    PurchaseFlow(storage::Database &db, PaymentGateway &gateway, qint64 owner)
        : m_db(db), m_gateway(gateway), m_owner(owner)
    {}

    // This server process, as the owner of the intents it stores: another server (or the next
    // start of this one) knows an intent is orphaned when its owner is gone.
    static qint64 thisProcess();

    // 422 unless empty or 1–64 of letters, digits, '-', '_', '.', ':'.
    static std::optional<RpcError> checkRequestId(const QString &requestId);
    // Refusals that need no database (cash by a customer, a sandbox payment without a token,
    // a malformed requestId).
    static std::optional<RpcError> precheck(const PurchaseRequest &request);

    ReserveResult reserve(const QList<PurchaseRequest> &requests);
    // Charges every reservation at once (the gateway's latency is the caller's to wait).
    QList<PaymentOutcome> charge(const QList<Reservation> &reservations);
    ConfirmResult confirm(const QList<Reservation> &reservations, const QList<PaymentOutcome> &payments);
    // All three steps in a row, blocking (tests, and callers that may block).
    QList<ConfirmOutcome> purchase(const QList<PurchaseRequest> &requests, QList<InventoryChange> *changes);

    // Intents of `owner` created before `before`: settled with the gateway (a key it never
    // charged is voided there) and confirmed or released. Answers the inventory changes.
    QList<InventoryChange> reconcile(qint64 owner, const QDateTime &before, int *settled = nullptr);
    // Every orphaned intent: those of servers that are gone (on PostgreSQL, whose presence lock
    // is free — see cluster::InstancePresence; on SQLite, whose one server is this one) and this
    // server's own that have waited longer than `ownTimeoutMs` (their buyers were answered 503).
    QList<InventoryChange> reconcileOrphans(qint64 ownTimeoutMs, int *settled = nullptr);
    // The advisory lock (key pair) that says "server `owner` is alive".
    static constexpr int PresenceLockSpace = 7427002;

private:
    storage::Database &m_db;
    PaymentGateway &m_gateway;
    qint64 m_owner;
};

} // namespace mq::services
