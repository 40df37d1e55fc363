#include "services/salesservice.h"

#include "services/clock.h"
#include "services/purchaseflow.h"
#include "services/randomcodes.h"
#include "services/seatchangewriter.h"
#include "services/serviceerror.h"
#include "shared/utctime.h"
#include "storage/auditrepository.h"
#include "storage/catalogrepository.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "storage/orderrepository.h"
#include "storage/paymentrepository.h"
#include "storage/reportrepository.h"
#include "storage/seatrepository.h"

using namespace Qt::StringLiterals;

namespace mq::services {

namespace {

ServiceError orderNotFound()
{
    return ServiceError(RpcError::notFound(u"Order"_s));
}

storage::AuditEntry auditOf(const Caller &caller, const QString &action, const Order &order,
                            const QDateTime &now)
{
    storage::AuditEntry e;
    e.at = now;
    e.userId = caller.user.id;
    e.username = caller.user.username;
    e.action = action;
    e.entity = u"order"_s;
    e.entityId = order.id;
    return e;
}

} // namespace

SaleResult SalesService::purchase(const Caller &caller, Id ticketTypeId, int quantity,
                                  const PaymentMethod &payment)
{
    const BatchResult batch =
        purchaseBatch(ticketTypeId, {PurchaseRequest{caller, ticketTypeId, quantity, payment}});
    const PurchaseOutcome &outcome = batch.outcomes.first();
    if (outcome.error)
        throw ServiceError(*outcome.error);
    return SaleResult{*outcome.order, batch.change.value_or(InventoryChange{}), std::nullopt};
}

BatchResult SalesService::purchaseBatch(Id ticketTypeId, const QList<PurchaseRequest> &requests)
{
    QList<PurchaseRequest> batch = requests;
    for (PurchaseRequest &r : batch)
        r.ticketTypeId = ticketTypeId;
    QList<InventoryChange> changes;
    const QList<ConfirmOutcome> done =
        PurchaseFlow(m_db, m_gateway, PurchaseFlow::thisProcess()).purchase(batch, &changes);
    BatchResult result;
    for (const ConfirmOutcome &o : done)
        result.outcomes.append(PurchaseOutcome{o.order, o.error});
    // The last change of the type holds its final numbers.
    if (!changes.isEmpty())
        result.change = changes.last();
    return result;
}

SaleResult SalesService::purchaseBasket(const Caller &caller, const QList<BasketLine> &lines,
                                       const PaymentMethod &payment)
{
    QList<InventoryChange> changes;
    const QList<ConfirmOutcome> done = PurchaseFlow(m_db, m_gateway, PurchaseFlow::thisProcess())
                                           .purchase({PurchaseRequest{caller, lines, payment}}, &changes);
    if (done.first().error)
        throw ServiceError(*done.first().error);
    return SaleResult{*done.first().order, changes.value(changes.size() - 1), std::nullopt};
}

QList<Order> SalesService::listMine(const Caller &caller)
{
    return m_db.read([&] { return storage::OrderRepository(m_db).listByUser(caller.user.id, 500); });
}

Order SalesService::find(const Caller &caller, Id orderId, const QString &code)
{
    const auto order = m_db.read([&] {
        storage::OrderRepository orders(m_db);
        if (orderId > 0)
            return orders.find(orderId);
        const QString normalized = RandomCodes::normalizedOrderCode(code);
        return normalized.isEmpty() ? std::optional<Order>() : orders.findByCode(normalized);
    });
    // Another customer's order is not revealed to exist.
    if (!order || (order->userId != caller.user.id && !caller.hasRole(Role::Clerk)))
        throw orderNotFound();
    return *order;
}

SaleResult SalesService::cancel(const Caller &caller, Id orderId)
{
    return m_db.write([&] {
        const QDateTime now = Clock::now();
        storage::OrderRepository orders(m_db);
        auto order = orders.lock(orderId);
        if (!order || (order->userId != caller.user.id && !caller.hasRole(Role::Clerk)))
            throw orderNotFound();
        if (order->status != OrderPaid)
            throw ServiceError(RpcError::make(ErrorCode::Conflict, Reason::AlreadyCancelled,
                                              u"This order is already cancelled"_s));
        // Someone came in on it: no refund. Its tickets stay locked, so no door admits one
        // while it is being cancelled.
        if (const auto admitted = storage::CheckinRepository(m_db).lockAdmittedOf(order->id))
            throw ServiceError(RpcError::make(
                ErrorCode::Conflict, Reason::AlreadyAdmitted, u"A ticket of this order was already admitted"_s,
                {{u"admittedAt"_s, toWireTime(admitted->admittedAt.value_or(QDateTime()))},
                 {u"gate"_s, admitted->admittedGate}}));
        storage::CatalogRepository catalog(m_db);
        // Seats before ticket types, as holds take them; then ticket types in id order, as
        // purchases do, so none of them deadlock.
        storage::SeatRepository seats(m_db);
        const QList<storage::SeatState> seated = seats.lockSoldTo(order->id);
        QList<OrderItem> items = order->items;
        std::sort(items.begin(), items.end(),
                  [](const OrderItem &a, const OrderItem &b) { return a.ticketTypeId < b.ticketTypeId; });
        InventoryChange change;
        for (const OrderItem &item : std::as_const(items)) {
            const auto locked = catalog.lockTicketType(item.ticketTypeId);
            const QDateTime startsAt = locked ? locked->startsAt : item.startsAt;
            if (startsAt <= now)
                throw ServiceError(RpcError::make(ErrorCode::Conflict, Reason::PerformanceStarted,
                                                  u"The performance has already started"_s));
            if (locked) {
                catalog.addSold(item.ticketTypeId, -item.quantity);
                TicketType after = locked->ticketType;
                after.sold -= item.quantity;
                ++after.version;
                change.performanceId = after.performanceId;
                change.ticketTypes.append(after);
            }
        }
        std::optional<SeatChange> seatChange;
        if (!seated.isEmpty()) {
            QList<Id> seatIds;
            for (const storage::SeatState &st : seated)
                seatIds.append(st.seatId);
            seats.release(change.performanceId, seatIds);
            Changes done = finishSeatChange(m_db, change.performanceId, seatIds, {});
            seatChange = done.seats.value(0);
        }
        const QString key = order->code + u":refund"_s;
        const PaymentOutcome refunded =
            m_gateway.refund(order->paymentProvider, order->totalCents, key);
        storage::PaymentRepository(m_db).record({order->id, u"refund"_s, order->paymentProvider,
                                                 order->totalCents, u"succeeded"_s, key,
                                                 refunded.reference, now});
        const QJsonObject before = order->toJson();
        orders.markRefunded(order->id, now);
        if (caller.hasRole(Role::Clerk)) // refunded at the box office (reports: the cash drawer)
            storage::ReportRepository(m_db).markRefundedByStaff(order->id, caller.user.id);
        order->status = OrderRefunded;
        for (Ticket &t : order->tickets)
            t.status = TicketCancelled;
        storage::AuditEntry audit = auditOf(caller, u"order.refund"_s, *order, now);
        audit.before = before;
        audit.after = order->toJson();
        storage::AuditRepository(m_db).append(audit);
        return SaleResult{*order, change, seatChange};
    });
}

} // namespace mq::services
