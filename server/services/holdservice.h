#pragma once

#include "services/basketline.h"
#include "services/caller.h"
#include "services/paymentgateway.h"
#include "services/seatchange.h"
#include "shared/seating.h"

#include <optional>

namespace mq::storage {
class Database;
}

namespace mq::services {

struct HoldOutcome
{
    Hold hold;
    Changes changes;
};

struct CheckoutOutcome
{
    Order order;
    Changes changes;
};

// A checkout whose hold is marked as being paid for, waiting for the gateway.
struct PendingCheckout
{
    Caller caller;
    Id holdId = 0;
    PaymentMethod payment;
    QString requestKey;
    QString chargeKey; // one per payment attempt
    Cents total = 0;
};

// Either the checkout's answer already (a repeated requestId) or the checkout to finish.
struct CheckoutStart
{
    std::optional<CheckoutOutcome> done;
    std::optional<PendingCheckout> pending;
};

// Holds on seats (reserved seating) or quantities (general admission), their expiry, and
// checkout: hold → pay outside any transaction → turn the hold into an order.
class HoldService
{
public:
    static constexpr int MaxPerHold = 20;
    static constexpr int MaxHeldByCustomer = 20; // per performance, over all of a customer's holds
    // A checkout that has waited this long for the gateway is taken to have died with its
    // server: its hold may expire again.
    static constexpr qint64 PaymentGraceMs = 120'000;

    HoldService(storage::Database &db, PaymentGateway &gateway, int holdSeconds)
        : m_db(db), m_gateway(gateway), m_holdSeconds(holdSeconds)
    {}

    HoldOutcome holdSeats(const Caller &caller, Id performanceId, const QList<Id> &seatIds);
    HoldOutcome holdQuantity(const Caller &caller, Id ticketTypeId, int quantity);
    // General admission, several ticket types of one performance in one hold, all or nothing.
    HoldOutcome holdQuantities(const Caller &caller, const QList<BasketLine> &lines);
    HoldOutcome holdBestAvailable(const Caller &caller, Id performanceId, Id ticketTypeId, int quantity);
    Changes release(const Caller &caller, Id holdId);
    QList<Hold> listMine(const Caller &caller, std::optional<Id> performanceId);
    // A repeated `requestId` (see PurchaseRequest) answers the order it already bought.
    CheckoutOutcome checkout(const Caller &caller, Id holdId, const PaymentMethod &payment,
                             const QString &requestId = {});
    // checkout() in two steps, for callers that wait out the gateway's latency without a
    // thread: mark the hold as being paid for, then (later) charge and write the order.
    CheckoutStart startCheckout(const Caller &caller, Id holdId, const PaymentMethod &payment,
                                const QString &requestId);
    CheckoutOutcome finishCheckout(const PendingCheckout &pending);

    // Releases active holds past their expiry — of one performance, or any — each in its own
    // transaction; returns what changed.
    Changes expireOverdue(std::optional<Id> performanceId, int limit = 200);

private:
    // The rest of a hold on seats once they are chosen and locked, inside the transaction.
    HoldOutcome writeSeatHold(const Caller &caller, const Performance &performance,
                              const QList<Id> &sortedSeatIds, const QDateTime &now);
    Changes releaseLocked(const Hold &hold, const QString &status);
    void checkHoldLimit(const Caller &caller, Id performanceId, qint64 adding, const QDateTime &now);

    storage::Database &m_db;
    PaymentGateway &m_gateway;
    int m_holdSeconds;
};

} // namespace mq::services
