#include "services/salesservice.h"

#include "services/clock.h"
#include "services/randomcodes.h"
#include "services/serviceerror.h"
#include "storage/auditrepository.h"
#include "storage/catalogrepository.h"
#include "storage/database.h"
#include "storage/orderrepository.h"
#include "storage/paymentrepository.h"

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
    if (payment.provider == u"cash"_s && !caller.hasRole(Role::Clerk))
        throw ServiceError(RpcError::make(ErrorCode::Forbidden, Reason::Forbidden,
                                          u"Only box office staff can take cash"_s));
    return m_db.write([&] {
        const QDateTime now = Clock::now();
        storage::CatalogRepository catalog(m_db);
        const auto locked = catalog.lockTicketType(ticketTypeId);
        if (!locked)
            throw ServiceError(RpcError::notFound(u"Ticket type"_s));
        const TicketType &type = locked->ticketType;
        if (locked->seating == SeatingReserved)
            throw ServiceError(RpcError::make(ErrorCode::Conflict, Reason::SeatsRequired,
                                              u"Choose seats for this performance"_s));
        if (locked->startsAt <= now)
            throw ServiceError(RpcError::make(ErrorCode::Conflict, Reason::SalesClosed,
                                              u"Sales have closed: the performance has started"_s));
        if (type.remaining() < quantity) {
            const qint64 left = qMax<qint64>(0, type.remaining());
            throw ServiceError(RpcError::make(
                ErrorCode::Conflict, Reason::SoldOut,
                left == 0 ? u"Sold out"_s : u"Only %1 left"_s.arg(left),
                {{u"remaining"_s, left}}));
        }
        Cents total = 0;
        if (!multiplyCents(type.priceCents, quantity, &total))
            throw ServiceError(RpcError::validation(u"quantity"_s, u"Order total too large"_s));

        Order order;
        order.code = RandomCodes::orderCode();
        order.userId = caller.user.id;
        order.status = OrderPaid;
        order.totalCents = total;
        order.createdAt = now;
        order.paymentProvider = payment.provider;
        const PaymentOutcome charged =
            m_gateway.charge(payment, total, order.code + u":charge"_s);
        if (!charged.approved)
            throw ServiceError(RpcError::make(ErrorCode::PaymentDeclined, Reason::PaymentDeclined,
                                              u"The payment was declined"_s));
        order.items.append(OrderItem{type.id, quantity, type.priceCents, type.name,
                                     type.performanceId, locked->eventTitle, locked->startsAt,
                                     locked->venue});
        for (int i = 0; i < quantity; ++i)
            order.tickets.append(Ticket{0, RandomCodes::ticketCode(), type.id, TicketValid});

        catalog.addSold(type.id, quantity);
        storage::OrderRepository(m_db).insert(order);
        storage::PaymentRepository(m_db).record({order.id, u"charge"_s, payment.provider, total,
                                                 u"succeeded"_s, order.code + u":charge"_s,
                                                 charged.reference, now});
        if (payment.provider == u"cash"_s) {
            storage::AuditEntry audit = auditOf(caller, u"order.cash_sale"_s, order, now);
            audit.after = order.toJson();
            storage::AuditRepository(m_db).append(audit);
        }
        TicketType after = type;
        after.sold += quantity;
        return SaleResult{order, InventoryChange{type.performanceId, {after}}};
    });
}

QList<Order> SalesService::listMine(const Caller &caller)
{
    return m_db.read([&] { return storage::OrderRepository(m_db).listByUser(caller.user.id, 500); });
}

Order SalesService::find(const Caller &caller, Id orderId, const QString &code)
{
    const auto order = m_db.read([&] {
        storage::OrderRepository orders(m_db);
        return orderId > 0 ? orders.find(orderId) : orders.findByCode(code);
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
        storage::CatalogRepository catalog(m_db);
        // Lock in ticket-type id order, as purchases do, so the two never deadlock.
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
                change.performanceId = after.performanceId;
                change.ticketTypes.append(after);
            }
        }
        const QString key = order->code + u":refund"_s;
        const PaymentOutcome refunded =
            m_gateway.refund(order->paymentProvider, order->totalCents, key);
        storage::PaymentRepository(m_db).record({order->id, u"refund"_s, order->paymentProvider,
                                                 order->totalCents, u"succeeded"_s, key,
                                                 refunded.reference, now});
        const QJsonObject before = order->toJson();
        orders.markRefunded(order->id, now);
        order->status = OrderRefunded;
        for (Ticket &t : order->tickets)
            t.status = TicketCancelled;
        storage::AuditEntry audit = auditOf(caller, u"order.refund"_s, *order, now);
        audit.before = before;
        audit.after = order->toJson();
        storage::AuditRepository(m_db).append(audit);
        return SaleResult{*order, change};
    });
}

} // namespace mq::services
