#include "services/salesservice.h"

#include "services/clock.h"
#include "services/randomcodes.h"
#include "services/seatchangewriter.h"
#include "services/serviceerror.h"
#include "storage/auditrepository.h"
#include "storage/catalogrepository.h"
#include "storage/database.h"
#include "storage/orderrepository.h"
#include "storage/paymentrepository.h"
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
    return SaleResult{*outcome.order, *batch.change, std::nullopt};
}

BatchResult SalesService::purchaseBatch(Id ticketTypeId, const QList<PurchaseRequest> &requests)
{
    BatchResult result;
    result.outcomes.resize(requests.size());
    // Refusals that need no database: nothing of theirs is locked or written.
    QList<qsizetype> pending;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const PurchaseRequest &r = requests.at(i);
        if (r.payment.provider == u"cash"_s && !r.caller.hasRole(Role::Clerk))
            result.outcomes[i].error = RpcError::make(ErrorCode::Forbidden, Reason::Forbidden,
                                                      u"Only box office staff can take cash"_s);
        else
            pending.append(i);
    }
    if (pending.isEmpty())
        return result;

    auto written = m_db.write([&] {
        // Rebuilt on every attempt: a retried transaction starts from nothing.
        QList<PurchaseOutcome> outcomes(requests.size());
        const QDateTime now = Clock::now();
        storage::CatalogRepository catalog(m_db);
        const auto locked = catalog.lockTicketType(ticketTypeId);
        TicketType type = locked ? locked->ticketType : TicketType{};
        qint64 soldHere = 0;
        for (qsizetype i : std::as_const(pending)) {
            const PurchaseRequest &r = requests.at(i);
            try {
                if (!locked)
                    throw ServiceError(RpcError::notFound(u"Ticket type"_s));
                if (locked->seating == SeatingReserved)
                    throw ServiceError(RpcError::make(ErrorCode::Conflict, Reason::SeatsRequired,
                                                      u"Choose seats for this performance"_s));
                if (locked->startsAt <= now)
                    throw ServiceError(RpcError::make(ErrorCode::Conflict, Reason::SalesClosed,
                                                      u"Sales have closed: the performance has started"_s));
                if (!type.onSale)
                    throw ServiceError(RpcError::make(ErrorCode::Conflict, Reason::SalesClosed,
                                                      u"Sales of %1 have stopped"_s.arg(type.name)));
                if (type.remaining() < r.quantity) {
                    const qint64 left = qMax<qint64>(0, type.remaining());
                    throw ServiceError(RpcError::make(
                        ErrorCode::Conflict, Reason::SoldOut,
                        left == 0 ? u"Sold out"_s : u"Only %1 left"_s.arg(left),
                        {{u"remaining"_s, left}}));
                }
                Cents total = 0;
                if (!multiplyCents(type.priceCents, r.quantity, &total))
                    throw ServiceError(
                        RpcError::validation(u"quantity"_s, u"Order total too large"_s));
                Order order;
                order.code = RandomCodes::orderCode();
                order.userId = r.caller.user.id;
                order.status = OrderPaid;
                order.totalCents = total;
                order.createdAt = now;
                order.paymentProvider = r.payment.provider;
                const QString chargeKey = order.code + u":charge"_s;
                const PaymentOutcome charged = m_gateway.charge(r.payment, total, chargeKey);
                if (!charged.approved)
                    throw ServiceError(RpcError::make(ErrorCode::PaymentDeclined,
                                                      Reason::PaymentDeclined,
                                                      u"The payment was declined"_s));
                order.items.append(OrderItem{type.id, r.quantity, type.priceCents, type.name,
                                             type.performanceId, locked->eventTitle,
                                             locked->startsAt, locked->venue, {}});
                for (int t = 0; t < r.quantity; ++t)
                    order.tickets.append(Ticket{0, RandomCodes::ticketCode(), type.id, TicketValid, 0, {}});
                storage::OrderRepository(m_db).insert(order);
                storage::PaymentRepository(m_db).record({order.id, u"charge"_s, r.payment.provider,
                                                         total, u"succeeded"_s, chargeKey,
                                                         charged.reference, now});
                if (r.payment.provider == u"cash"_s) {
                    storage::AuditEntry audit = auditOf(r.caller, u"order.cash_sale"_s, order, now);
                    audit.after = order.toJson();
                    storage::AuditRepository(m_db).append(audit);
                }
                type.sold += r.quantity;
                soldHere += r.quantity;
                outcomes[i].order = order;
            } catch (const ServiceError &e) {
                outcomes[i].error = e.error();
            }
        }
        if (soldHere > 0) {
            catalog.addSold(type.id, soldHere);
            ++type.version; // as the UPDATE left the row
        }
        return std::make_pair(outcomes, soldHere > 0 ? std::optional(type) : std::nullopt);
    });
    for (qsizetype i : std::as_const(pending))
        result.outcomes[i] = written.first.at(i);
    if (written.second)
        result.change = InventoryChange{written.second->performanceId, {*written.second}};
    return result;
}

SaleResult SalesService::purchaseBasket(const Caller &caller, const QList<BasketLine> &lines,
                                       const PaymentMethod &payment)
{
    if (payment.provider == u"cash"_s && !caller.hasRole(Role::Clerk))
        throw ServiceError(RpcError::make(ErrorCode::Forbidden, Reason::Forbidden,
                                          u"Only box office staff can take cash"_s));
    if (payment.provider == u"sandbox"_s && payment.token.isEmpty())
        throw ServiceError(RpcError::validation(u"payment.token"_s,
                                                u"A sandbox payment needs the gateway's token"_s));
    QList<BasketLine> sorted = lines;
    std::sort(sorted.begin(), sorted.end(),
              [](const BasketLine &a, const BasketLine &b) { return a.ticketTypeId < b.ticketTypeId; });
    qint64 tickets = 0;
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        if (i > 0 && sorted.at(i).ticketTypeId == sorted.at(i - 1).ticketTypeId)
            throw ServiceError(RpcError::validation(u"items"_s, u"List each ticket type once"_s));
        tickets += sorted.at(i).quantity;
    }
    if (tickets > MaxQuantity)
        throw ServiceError(RpcError::validation(
            u"items"_s, u"At most %1 tickets in one order"_s.arg(MaxQuantity)));
    return m_db.write([&] {
        const QDateTime now = Clock::now();
        storage::CatalogRepository catalog(m_db);
        // Every ticket type locked in id order, as single purchases lock theirs.
        QList<storage::TicketTypeContext> locked;
        for (const BasketLine &line : std::as_const(sorted)) {
            const auto type = catalog.lockTicketType(line.ticketTypeId);
            if (!type)
                throw ServiceError(RpcError::notFound(u"Ticket type"_s));
            locked.append(*type);
        }
        const Id performanceId = locked.first().ticketType.performanceId;
        for (const storage::TicketTypeContext &c : std::as_const(locked)) {
            if (c.ticketType.performanceId != performanceId)
                throw ServiceError(RpcError::validation(
                    u"items"_s, u"Every ticket of one order must be for the same performance"_s));
        }
        const storage::TicketTypeContext &first = locked.first();
        if (first.seating == SeatingReserved)
            throw ServiceError(RpcError::make(ErrorCode::Conflict, Reason::SeatsRequired,
                                              u"Choose seats for this performance"_s));
        if (first.startsAt <= now)
            throw ServiceError(RpcError::make(ErrorCode::Conflict, Reason::SalesClosed,
                                              u"Sales have closed: the performance has started"_s));
        Order order;
        Cents total = 0;
        InventoryChange change{performanceId, {}};
        for (qsizetype i = 0; i < locked.size(); ++i) {
            TicketType type = locked.at(i).ticketType;
            const int quantity = sorted.at(i).quantity;
            if (!type.onSale)
                throw ServiceError(RpcError::make(ErrorCode::Conflict, Reason::SalesClosed,
                                                  u"Sales of %1 have stopped"_s.arg(type.name)));
            if (type.remaining() < quantity) {
                const qint64 left = qMax<qint64>(0, type.remaining());
                throw ServiceError(RpcError::make(
                    ErrorCode::Conflict, Reason::SoldOut,
                    left == 0 ? u"%1: sold out"_s.arg(type.name) : u"%1: only %2 left"_s.arg(type.name).arg(left),
                    {{u"remaining"_s, left}, {u"ticketTypeId"_s, type.id}}));
            }
            Cents line = 0;
            if (!multiplyCents(type.priceCents, quantity, &line) || total > MaxPriceCents * MaxQuantity)
                throw ServiceError(RpcError::validation(u"items"_s, u"Order total too large"_s));
            total += line;
            order.items.append(OrderItem{type.id, quantity, type.priceCents, type.name, performanceId,
                                         first.eventTitle, first.startsAt, first.venue, {}});
            for (int t = 0; t < quantity; ++t)
                order.tickets.append(Ticket{0, RandomCodes::ticketCode(), type.id, TicketValid, 0, {}});
            type.sold += quantity;
            ++type.version; // its row is updated once, below
            change.ticketTypes.append(type);
        }
        order.code = RandomCodes::orderCode();
        order.userId = caller.user.id;
        order.status = OrderPaid;
        order.totalCents = total;
        order.createdAt = now;
        order.paymentProvider = payment.provider;
        // Nothing is charged while a rule still refuses.
        const QString chargeKey = order.code + u":charge"_s;
        const PaymentOutcome charged = m_gateway.charge(payment, total, chargeKey);
        if (!charged.approved)
            throw ServiceError(RpcError::make(ErrorCode::PaymentDeclined, Reason::PaymentDeclined,
                                              u"The payment was declined"_s));
        storage::OrderRepository(m_db).insert(order);
        for (qsizetype i = 0; i < locked.size(); ++i)
            catalog.addSold(locked.at(i).ticketType.id, sorted.at(i).quantity);
        storage::PaymentRepository(m_db).record({order.id, u"charge"_s, payment.provider, total,
                                                 u"succeeded"_s, chargeKey, charged.reference, now});
        if (payment.provider == u"cash"_s) {
            storage::AuditEntry audit = auditOf(caller, u"order.cash_sale"_s, order, now);
            audit.after = order.toJson();
            storage::AuditRepository(m_db).append(audit);
        }
        return SaleResult{order, change, std::nullopt};
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
