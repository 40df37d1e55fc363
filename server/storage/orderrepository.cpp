#include "storage/orderrepository.h"

#include "shared/utctime.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace mq::storage {

namespace {

const QString OrderColumns =
    u"SELECT id, code, user_id, status, total_cents, created_at, payment_provider FROM orders "_s;

Order readOrder(const QSqlQuery &q)
{
    Order o;
    o.id = q.value(0).toLongLong();
    o.code = q.value(1).toString();
    o.userId = q.value(2).toLongLong();
    o.status = q.value(3).toString();
    o.totalCents = q.value(4).toLongLong();
    o.createdAt = fromStorageTime(q.value(5).toLongLong());
    o.paymentProvider = q.value(6).toString();
    return o;
}

} // namespace

void OrderRepository::insert(Order &order)
{
    {
        QSqlQuery &q = m_db.exec(u"INSERT INTO orders (code, user_id, status, total_cents,"
                                 " payment_provider, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s,
                                 {order.code, order.userId, order.status, order.totalCents,
                                  order.paymentProvider, toStorageTime(order.createdAt)});
        q.next();
        order.id = q.value(0).toLongLong();
    }
    for (const OrderItem &item : std::as_const(order.items)) {
        m_db.exec(u"INSERT INTO order_items (order_id, ticket_type_id, quantity, unit_price_cents,"
                  " ticket_type_name, performance_id, event_title, starts_at, venue)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                  {order.id, item.ticketTypeId, item.quantity, item.unitPriceCents,
                   item.ticketTypeName, item.performanceId, item.eventTitle,
                   toStorageTime(item.startsAt), item.venue});
    }
    for (Ticket &ticket : order.tickets) {
        QSqlQuery &q = m_db.exec(u"INSERT INTO tickets (order_id, ticket_type_id, code, status)"
                                 " VALUES (?, ?, ?, ?) RETURNING id"_s,
                                 {order.id, ticket.ticketTypeId, ticket.code, ticket.status});
        q.next();
        ticket.id = q.value(0).toLongLong();
    }
}

std::optional<Order> OrderRepository::load(const QString &where, const QVariant &key)
{
    QSqlQuery &q = m_db.exec(OrderColumns + where, {key});
    if (!q.next())
        return std::nullopt;
    Order order = readOrder(q);
    q.finish();
    loadLines(order);
    return order;
}

void OrderRepository::loadLines(Order &order)
{
    QSqlQuery &items = m_db.exec(u"SELECT ticket_type_id, quantity, unit_price_cents, ticket_type_name,"
                                 " performance_id, event_title, starts_at, venue FROM order_items"
                                 " WHERE order_id = ? ORDER BY id"_s,
                                 {order.id});
    while (items.next()) {
        OrderItem item;
        item.ticketTypeId = items.value(0).toLongLong();
        item.quantity = items.value(1).toLongLong();
        item.unitPriceCents = items.value(2).toLongLong();
        item.ticketTypeName = items.value(3).toString();
        item.performanceId = items.value(4).toLongLong();
        item.eventTitle = items.value(5).toString();
        item.startsAt = fromStorageTime(items.value(6).toLongLong());
        item.venue = items.value(7).toString();
        order.items.append(item);
    }
    QSqlQuery &tickets = m_db.exec(
        u"SELECT id, code, ticket_type_id, status FROM tickets WHERE order_id = ? ORDER BY id"_s,
        {order.id});
    while (tickets.next()) {
        order.tickets.append(Ticket{tickets.value(0).toLongLong(), tickets.value(1).toString(),
                                    tickets.value(2).toLongLong(), tickets.value(3).toString()});
    }
}

std::optional<Order> OrderRepository::find(Id id)
{
    return load(u"WHERE id = ?"_s, qlonglong(id));
}

std::optional<Order> OrderRepository::findByCode(const QString &code)
{
    return load(u"WHERE code = ?"_s, code.toUpper());
}

std::optional<Order> OrderRepository::lock(Id id)
{
    return load(u"WHERE id = ?"_s + m_db.dialect().forUpdate(), qlonglong(id));
}

QList<Order> OrderRepository::listByUser(Id userId, int limit)
{
    QList<Order> orders;
    {
        QSqlQuery &q = m_db.exec(OrderColumns + u"WHERE user_id = ? ORDER BY created_at DESC, id DESC"
                                                u" LIMIT ?"_s,
                                 {userId, limit});
        while (q.next())
            orders.append(readOrder(q));
    }
    for (Order &order : orders)
        loadLines(order);
    return orders;
}

void OrderRepository::markRefunded(Id orderId, const QDateTime &now)
{
    m_db.exec(u"UPDATE orders SET status = ?, cancelled_at = ? WHERE id = ?"_s,
              {OrderRefunded, toStorageTime(now), orderId});
    m_db.exec(u"UPDATE tickets SET status = ? WHERE order_id = ?"_s, {TicketCancelled, orderId});
}

} // namespace mq::storage
