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
                  " ticket_type_name, performance_id, event_title, starts_at, venue, time_zone)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                  {order.id, item.ticketTypeId, item.quantity, item.unitPriceCents,
                   item.ticketTypeName, item.performanceId, item.eventTitle,
                   toStorageTime(item.startsAt), item.venue, item.timeZone});
    }
    QHash<Id, Id> performanceOf;
    for (const OrderItem &item : std::as_const(order.items))
        performanceOf.insert(item.ticketTypeId, item.performanceId);
    for (Ticket &ticket : order.tickets) {
        ticket.id = m_db.scalar(u"INSERT INTO tickets (order_id, ticket_type_id, code, status, seat_id,"
                                " performance_id) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s,
                                {order.id, ticket.ticketTypeId, ticket.code, ticket.status,
                                 idOrNull(ticket.seatId), performanceOf.value(ticket.ticketTypeId)});
    }
}

void OrderRepository::setRequestKey(Id orderId, const QString &requestKey)
{
    m_db.exec(u"UPDATE orders SET request_key = ? WHERE id = ?"_s, {requestKey, orderId});
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
    QList<Order> one{order};
    loadLines(one);
    order = one.first();
}

void OrderRepository::loadLines(QList<Order> &orders)
{
    if (orders.isEmpty())
        return;
    // Two statements for any number of orders (the ids are one bound parameter), not two per
    // order: a customer's history costs the same with one order or a hundred.
    QHash<Id, qsizetype> index;
    QList<qint64> ids;
    for (qsizetype i = 0; i < orders.size(); ++i) {
        index.insert(orders.at(i).id, i);
        ids.append(orders.at(i).id);
    }
    const QVariant idList = m_db.dialect().idList(ids);
    QSqlQuery &items = m_db.exec(u"SELECT order_id, ticket_type_id, quantity, unit_price_cents,"
                                 " ticket_type_name, performance_id, event_title, starts_at, venue,"
                                 " time_zone FROM order_items WHERE "_s
                                     + m_db.dialect().inIdList(u"order_id"_s) + u" ORDER BY id"_s,
                                 {idList});
    while (items.next()) {
        OrderItem item;
        item.ticketTypeId = items.value(1).toLongLong();
        item.quantity = items.value(2).toLongLong();
        item.unitPriceCents = items.value(3).toLongLong();
        item.ticketTypeName = items.value(4).toString();
        item.performanceId = items.value(5).toLongLong();
        item.eventTitle = items.value(6).toString();
        item.startsAt = fromStorageTime(items.value(7).toLongLong());
        item.venue = items.value(8).toString();
        item.timeZone = items.value(9).toString();
        orders[index.value(items.value(0).toLongLong())].items.append(item);
    }
    QSqlQuery &tickets = m_db.exec(
        u"SELECT t.order_id, t.id, t.code, t.ticket_type_id, t.status, t.seat_id, s.section,"
        " s.row_label, s.label, s.accessible, s.companion, s.restricted_view, s.note FROM tickets t"
        " LEFT JOIN seats s ON s.id = t.seat_id WHERE "_s
            + m_db.dialect().inIdList(u"t.order_id"_s) + u" ORDER BY t.id"_s,
        {idList});
    while (tickets.next()) {
        Order &order = orders[index.value(tickets.value(0).toLongLong())];
        Ticket t{tickets.value(1).toLongLong(), tickets.value(2).toString(),
                 tickets.value(3).toLongLong(), tickets.value(4).toString(), 0, {}, {}};
        if (!tickets.value(5).isNull()) {
            t.seatId = tickets.value(5).toLongLong();
            t.seat = SeatPlace{tickets.value(6).toString(), tickets.value(7).toString(),
                               tickets.value(8).toString(), tickets.value(9).toInt() != 0,
                               tickets.value(10).toInt() != 0, tickets.value(11).toInt() != 0,
                               tickets.value(12).toString()};
            for (OrderItem &item : order.items) {
                if (item.ticketTypeId == t.ticketTypeId) {
                    item.seatIds.append(t.seatId);
                    break;
                }
            }
        }
        order.tickets.append(t);
    }
    for (Order &order : orders) {
        for (OrderItem &item : order.items)
            std::sort(item.seatIds.begin(), item.seatIds.end());
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
    loadLines(orders);
    return orders;
}

void OrderRepository::markRefunded(Id orderId, const QDateTime &now)
{
    m_db.exec(u"UPDATE orders SET status = ?, cancelled_at = ? WHERE id = ?"_s,
              {OrderRefunded, toStorageTime(now), orderId});
    m_db.exec(u"UPDATE tickets SET status = ? WHERE order_id = ?"_s, {TicketCancelled, orderId});
}

} // namespace mq::storage
