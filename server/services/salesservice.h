#pragma once

#include "services/caller.h"
#include "services/inventorychange.h"
#include "services/paymentgateway.h"

namespace mq::storage {
class Database;
}

namespace mq::services {

struct SaleResult
{
    Order order;
    InventoryChange change;
};

// Selling, listing and cancelling general-admission orders. Every inventory change is one
// transaction that locks the ticket-type row, checks, charges, writes and commits.
class SalesService
{
public:
    static constexpr int MaxQuantity = 20;

    SalesService(storage::Database &db, PaymentGateway &gateway) : m_db(db), m_gateway(gateway) {}

    SaleResult purchase(const Caller &caller, Id ticketTypeId, int quantity,
                        const PaymentMethod &payment);
    QList<Order> listMine(const Caller &caller);
    Order find(const Caller &caller, Id orderId, const QString &code);
    SaleResult cancel(const Caller &caller, Id orderId);

private:
    storage::Database &m_db;
    PaymentGateway &m_gateway;
};

} // namespace mq::services
