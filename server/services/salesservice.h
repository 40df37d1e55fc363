#pragma once

#include "services/basketline.h"
#include "services/caller.h"
#include "services/seatchange.h"
#include "services/paymentgateway.h"
#include "services/purchaseflow.h"
#include "shared/rpcerror.h"

#include <optional>

namespace mq::storage {
class Database;
}

namespace mq::services {

struct SaleResult
{
    Order order;
    InventoryChange change;
    std::optional<SeatChange> seatChange; // a seated order's seats back on sale
};

// One purchase of a batch: its order, or why it was refused.
struct PurchaseOutcome
{
    std::optional<Order> order;
    std::optional<RpcError> error;
};

struct BatchResult
{
    QList<PurchaseOutcome> outcomes;
    std::optional<InventoryChange> change;
};

// Selling, listing and cancelling general-admission orders. Purchases run as PurchaseFlow's
// reserve → pay → confirm; cancelling is one transaction on the order and its ticket types.
class SalesService
{
public:
    static constexpr int MaxQuantity = 20;

    SalesService(storage::Database &db, PaymentGateway &gateway) : m_db(db), m_gateway(gateway) {}

    SaleResult purchase(const Caller &caller, Id ticketTypeId, int quantity,
                        const PaymentMethod &payment);
    // Several purchases of one ticket type as one batch (one reserve and one confirm transaction
    // for all), each purchase still checked, charged and refused on its own. Blocking.
    BatchResult purchaseBatch(Id ticketTypeId, const QList<PurchaseRequest> &requests);
    // Several ticket types of one performance ("2 adults + 1 child") as one order with one
    // payment: every line is checked under its lock, and either all are sold or none.
    SaleResult purchaseBasket(const Caller &caller, const QList<BasketLine> &lines,
                              const PaymentMethod &payment);
    QList<Order> listMine(const Caller &caller);
    Order find(const Caller &caller, Id orderId, const QString &code);
    SaleResult cancel(const Caller &caller, Id orderId);

private:
    storage::Database &m_db;
    PaymentGateway &m_gateway;
};

} // namespace mq::services
