#include "storage/purchaserepository.h"

#include "shared/utctime.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace mq::storage {

namespace {

QString compact(const QJsonArray &rows)
{
    return QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact));
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QString textList(const QStringList &values)
{
    return compact(QJsonArray::fromStringList(values));
}

// "column IN (the strings of one JSON array parameter)"
QString inTextList(const Database &db, const QString &column)
{
    return db.dialect().isPostgres()
               ? column + u" IN (SELECT json_array_elements_text(CAST(? AS json)))"_s
               : column + u" IN (SELECT value FROM json_each(?))"_s;
}

QHash<QString, Id> pairs(QSqlQuery &q)
{
    QHash<QString, Id> found;
    while (q.next())
        found.insert(q.value(0).toString(), q.value(1).toLongLong());
    return found;
}

// The rows of an order's tables, as JSON objects for jsonRows(). `link` names the order: its
// id once written, or its code while it is written in the same statement.
using Link = std::pair<QString, QJsonValue>;

QJsonObject orderRow(const Order &o, const QString &requestKey)
{
    return {{u"code"_s, o.code},
            {u"user_id"_s, o.userId},
            {u"status"_s, o.status},
            {u"total_cents"_s, o.totalCents},
            {u"payment_provider"_s, o.paymentProvider},
            {u"created_at"_s, toStorageTime(o.createdAt)},
            {u"request_key"_s, textOrNull(requestKey)}};
}

// Appends the order's items and tickets.
void appendLines(const Order &o, const Link &link, QJsonArray *items, QJsonArray *tickets)
{
    QHash<Id, Id> performanceOf;
    for (const OrderItem &item : o.items) {
        performanceOf.insert(item.ticketTypeId, item.performanceId);
        items->append(QJsonObject{{link.first, link.second},
                                  {u"ticket_type_id"_s, item.ticketTypeId},
                                  {u"quantity"_s, item.quantity},
                                  {u"unit_price_cents"_s, item.unitPriceCents},
                                  {u"ticket_type_name"_s, item.ticketTypeName},
                                  {u"performance_id"_s, item.performanceId},
                                  {u"event_title"_s, item.eventTitle},
                                  {u"starts_at"_s, toStorageTime(item.startsAt)},
                                  {u"venue"_s, item.venue},
                                  {u"time_zone"_s, item.timeZone}});
    }
    for (const Ticket &t : o.tickets) {
        tickets->append(QJsonObject{{link.first, link.second},
                                    {u"ticket_type_id"_s, t.ticketTypeId},
                                    {u"code"_s, t.code},
                                    {u"status"_s, t.status},
                                    {u"seat_id"_s, t.seatId > 0 ? QJsonValue(t.seatId) : QJsonValue()},
                                    {u"performance_id"_s, performanceOf.value(t.ticketTypeId)}});
    }
}

QJsonObject paymentRow(const PaymentRecord &p, const Link &link)
{
    return {{link.first, link.second},
            {u"kind"_s, p.kind},
            {u"provider"_s, p.provider},
            {u"amount_cents"_s, p.amountCents},
            {u"status"_s, p.status},
            {u"idempotency_key"_s, p.idempotencyKey},
            {u"provider_reference"_s, p.providerReference},
            {u"created_at"_s, toStorageTime(p.at)}};
}

} // namespace

void PurchaseRepository::insertIntents(QList<PurchaseIntent> &intents)
{
    if (intents.isEmpty())
        return;
    QJsonArray rows;
    for (const PurchaseIntent &i : std::as_const(intents)) {
        QJsonArray lines;
        for (const OrderItem &line : i.lines)
            lines.append(line.toJson());
        rows.append(QJsonObject{{u"owner"_s, i.owner},
                                {u"user_id"_s, i.userId},
                                {u"order_code"_s, i.orderCode},
                                {u"request_key"_s, textOrNull(i.requestKey)},
                                {u"payment_provider"_s, i.paymentProvider},
                                {u"total_cents"_s, i.totalCents},
                                {u"lines"_s, compact(lines)},
                                {u"created_at"_s, toStorageTime(i.createdAt)}});
    }
    QSqlQuery &q = m_db.exec(
        u"INSERT INTO purchase_intents (owner, user_id, order_code, request_key, payment_provider,"
        " total_cents, lines, created_at) SELECT x.owner, x.user_id, x.order_code, x.request_key,"
        " x.payment_provider, x.total_cents, x.lines, x.created_at FROM "_s
            + m_db.dialect().jsonRows({u"owner BIGINT"_s, u"user_id BIGINT"_s, u"order_code TEXT"_s,
                                       u"request_key TEXT"_s, u"payment_provider TEXT"_s,
                                       u"total_cents BIGINT"_s, u"lines TEXT"_s, u"created_at BIGINT"_s})
            + u" RETURNING order_code, id"_s,
        {compact(rows)});
    const QHash<QString, Id> ids = pairs(q);
    for (PurchaseIntent &i : intents)
        i.id = ids.value(i.orderCode);
}

QSet<QString> PurchaseRepository::takeIntents(const QList<Id> &ids)
{
    QSet<QString> taken;
    if (ids.isEmpty())
        return taken;
    QSqlQuery &q = m_db.exec(u"DELETE FROM purchase_intents WHERE "_s + m_db.dialect().inIdList(u"id"_s)
                                 + u" RETURNING order_code"_s,
                             {m_db.dialect().idList(ids)});
    while (q.next())
        taken.insert(q.value(0).toString());
    return taken;
}

QSet<QString> PurchaseRepository::confirmIntents(const QList<Id> &intentIds, QList<Order> &orders,
                                                 const QStringList &requestKeys,
                                                 QList<PaymentRecord> &payments)
{
    if (m_db.dialect().isPostgres())
        return confirmChain(intentIds, orders, requestKeys, payments);
    const QSet<QString> taken = takeIntents(intentIds);
    QList<Order> written;
    QStringList writtenKeys;
    for (qsizetype i = 0; i < orders.size(); ++i) {
        if (taken.contains(orders.at(i).code)) {
            written.append(orders.at(i));
            writtenKeys.append(requestKeys.value(i));
        }
    }
    insertOrders(written, writtenKeys);
    QHash<QString, const Order *> byCode;
    for (const Order &o : std::as_const(written))
        byCode.insert(o.code, &o);
    for (Order &o : orders) {
        if (const Order *w = byCode.value(o.code))
            o = *w;
    }
    QList<PaymentRecord> recorded;
    for (PaymentRecord &p : payments) {
        const QString code = p.idempotencyKey.section(u':', 0, 0);
        if (const Order *w = byCode.value(code)) {
            p.orderId = w->id;
            recorded.append(p);
        }
    }
    recordPayments(recorded);
    return taken;
}

QSet<QString> PurchaseRepository::confirmChain(const QList<Id> &intentIds, QList<Order> &orders,
                                               const QStringList &requestKeys,
                                               QList<PaymentRecord> &payments)
{
    QJsonArray orderRows;
    QJsonArray itemRows;
    QJsonArray ticketRows;
    for (qsizetype i = 0; i < orders.size(); ++i) {
        const Order &o = orders.at(i);
        orderRows.append(orderRow(o, requestKeys.value(i)));
        appendLines(o, {u"order_code"_s, o.code}, &itemRows, &ticketRows);
    }
    QJsonArray paymentRows;
    for (const PaymentRecord &p : std::as_const(payments))
        paymentRows.append(paymentRow(p, {u"order_code"_s, p.idempotencyKey.section(u':', 0, 0)}));
    const Dialect &d = m_db.dialect();
    QSqlQuery &q = m_db.exec(
        u"WITH taken AS (DELETE FROM purchase_intents WHERE "_s + d.inIdList(u"id"_s)
            + u" RETURNING order_code),"
              " o AS (INSERT INTO orders (code, user_id, status, total_cents, payment_provider,"
              " created_at, request_key) SELECT x.code, x.user_id, x.status, x.total_cents,"
              " x.payment_provider, x.created_at, x.request_key FROM "_s
            + d.jsonRows({u"code TEXT"_s, u"user_id BIGINT"_s, u"status TEXT"_s, u"total_cents BIGINT"_s,
                          u"payment_provider TEXT"_s, u"created_at BIGINT"_s, u"request_key TEXT"_s})
            + u" JOIN taken ON taken.order_code = x.code RETURNING id, code),"
              " i AS (INSERT INTO order_items (order_id, ticket_type_id, quantity, unit_price_cents,"
              " ticket_type_name, performance_id, event_title, starts_at, venue, time_zone) SELECT o.id,"
              " x.ticket_type_id, x.quantity, x.unit_price_cents, x.ticket_type_name, x.performance_id,"
              " x.event_title, x.starts_at, x.venue, x.time_zone FROM "_s
            + d.jsonRows({u"order_code TEXT"_s, u"ticket_type_id BIGINT"_s, u"quantity BIGINT"_s,
                          u"unit_price_cents BIGINT"_s, u"ticket_type_name TEXT"_s,
                          u"performance_id BIGINT"_s, u"event_title TEXT"_s, u"starts_at BIGINT"_s,
                          u"venue TEXT"_s, u"time_zone TEXT"_s})
            + u" JOIN o ON o.code = x.order_code),"
              " p AS (INSERT INTO payments (order_id, kind, provider, amount_cents, status,"
              " idempotency_key, provider_reference, created_at) SELECT o.id, x.kind, x.provider,"
              " x.amount_cents, x.status, x.idempotency_key, x.provider_reference, x.created_at FROM "_s
            + d.jsonRows({u"order_code TEXT"_s, u"kind TEXT"_s, u"provider TEXT"_s,
                          u"amount_cents BIGINT"_s, u"status TEXT"_s, u"idempotency_key TEXT"_s,
                          u"provider_reference TEXT"_s, u"created_at BIGINT"_s})
            + u" JOIN o ON o.code = x.order_code),"
              " t AS (INSERT INTO tickets (order_id, ticket_type_id, code, status, seat_id,"
              " performance_id) SELECT o.id, x.ticket_type_id, x.code, x.status, x.seat_id,"
              " x.performance_id FROM "_s
            + d.jsonRows({u"order_code TEXT"_s, u"ticket_type_id BIGINT"_s, u"code TEXT"_s,
                          u"status TEXT"_s, u"seat_id BIGINT"_s, u"performance_id BIGINT"_s})
            + u" JOIN o ON o.code = x.order_code RETURNING id, code)"
              " SELECT 'taken', order_code, 0 FROM taken UNION ALL SELECT 'order', code, id FROM o"
              " UNION ALL SELECT 'ticket', code, id FROM t"_s,
        {d.idList(intentIds), compact(orderRows), compact(itemRows), compact(paymentRows),
         compact(ticketRows)});
    QSet<QString> taken;
    QHash<QString, Id> orderIds;
    QHash<QString, Id> ticketIds;
    while (q.next()) {
        const QString kind = q.value(0).toString();
        if (kind == u"taken"_s)
            taken.insert(q.value(1).toString());
        else if (kind == u"order"_s)
            orderIds.insert(q.value(1).toString(), q.value(2).toLongLong());
        else
            ticketIds.insert(q.value(1).toString(), q.value(2).toLongLong());
    }
    for (Order &o : orders) {
        o.id = orderIds.value(o.code);
        for (Ticket &t : o.tickets)
            t.id = ticketIds.value(t.code);
    }
    for (PaymentRecord &p : payments)
        p.orderId = orderIds.value(p.idempotencyKey.section(u':', 0, 0));
    return taken;
}

std::pair<QHash<QString, Id>, QHash<QString, QString>>
PurchaseRepository::requestsSeen(const QStringList &requestKeys)
{
    std::pair<QHash<QString, Id>, QHash<QString, QString>> seen;
    if (requestKeys.isEmpty())
        return seen;
    const QString keys = textList(requestKeys);
    QSqlQuery &q = m_db.exec(u"SELECT request_key, id, NULL FROM orders WHERE "_s
                                 + inTextList(m_db, u"request_key"_s)
                                 + u" UNION ALL SELECT request_key, 0, order_code FROM purchase_intents WHERE "_s
                                 + inTextList(m_db, u"request_key"_s),
                             {keys, keys});
    while (q.next()) {
        if (const Id id = q.value(1).toLongLong())
            seen.first.insert(q.value(0).toString(), id);
        else
            seen.second.insert(q.value(0).toString(), q.value(2).toString());
    }
    return seen;
}

QHash<QString, Id> PurchaseRepository::ordersByRequest(const QStringList &requestKeys)
{
    if (requestKeys.isEmpty())
        return {};
    return pairs(m_db.exec(u"SELECT request_key, id FROM orders WHERE "_s
                               + inTextList(m_db, u"request_key"_s),
                           {textList(requestKeys)}));
}

QHash<QString, Id> PurchaseRepository::ordersByCode(const QStringList &codes)
{
    if (codes.isEmpty())
        return {};
    return pairs(m_db.exec(u"SELECT code, id FROM orders WHERE "_s + inTextList(m_db, u"code"_s),
                           {textList(codes)}));
}

QHash<QString, Id> PurchaseRepository::intentsByCode(const QStringList &codes)
{
    if (codes.isEmpty())
        return {};
    return pairs(m_db.exec(u"SELECT order_code, id FROM purchase_intents WHERE "_s
                               + inTextList(m_db, u"order_code"_s),
                           {textList(codes)}));
}

QList<qint64> PurchaseRepository::intentOwners()
{
    QList<qint64> owners;
    QSqlQuery &q = m_db.exec(u"SELECT DISTINCT owner FROM purchase_intents"_s);
    while (q.next())
        owners.append(q.value(0).toLongLong());
    return owners;
}

QList<PurchaseIntent> PurchaseRepository::intentsOf(qint64 owner, const QDateTime &createdBefore)
{
    QList<PurchaseIntent> list;
    QSqlQuery &q = m_db.exec(u"SELECT id, owner, user_id, order_code, request_key, payment_provider,"
                             " total_cents, lines, created_at FROM purchase_intents"
                             " WHERE owner = ? AND created_at < ? ORDER BY id LIMIT 1000"_s,
                             {owner, toStorageTime(createdBefore)});
    while (q.next()) {
        PurchaseIntent i;
        i.id = q.value(0).toLongLong();
        i.owner = q.value(1).toLongLong();
        i.userId = q.value(2).toLongLong();
        i.orderCode = q.value(3).toString();
        i.requestKey = q.value(4).toString();
        i.paymentProvider = q.value(5).toString();
        i.totalCents = q.value(6).toLongLong();
        const QJsonArray lines = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).array();
        for (const QJsonValue &line : lines)
            i.lines.append(OrderItem::fromJson(line.toObject()));
        i.createdAt = fromStorageTime(q.value(8).toLongLong());
        list.append(i);
    }
    return list;
}

void PurchaseRepository::insertOrders(QList<Order> &orders, const QStringList &requestKeys)
{
    if (orders.isEmpty())
        return;
    const Dialect &dialect = m_db.dialect();
    QJsonArray orderRows;
    for (qsizetype i = 0; i < orders.size(); ++i)
        orderRows.append(orderRow(orders.at(i), requestKeys.value(i)));
    {
        QSqlQuery &q = m_db.exec(
            u"INSERT INTO orders (code, user_id, status, total_cents, payment_provider, created_at,"
            " request_key) SELECT x.code, x.user_id, x.status, x.total_cents, x.payment_provider,"
            " x.created_at, x.request_key FROM "_s
                + dialect.jsonRows({u"code TEXT"_s, u"user_id BIGINT"_s, u"status TEXT"_s,
                                    u"total_cents BIGINT"_s, u"payment_provider TEXT"_s,
                                    u"created_at BIGINT"_s, u"request_key TEXT"_s})
                + u" RETURNING code, id"_s,
            {compact(orderRows)});
        const QHash<QString, Id> ids = pairs(q);
        for (Order &o : orders)
            o.id = ids.value(o.code);
    }
    QJsonArray itemRows;
    QJsonArray ticketRows;
    for (const Order &o : std::as_const(orders))
        appendLines(o, {u"order_id"_s, o.id}, &itemRows, &ticketRows);
    m_db.exec(u"INSERT INTO order_items (order_id, ticket_type_id, quantity, unit_price_cents,"
              " ticket_type_name, performance_id, event_title, starts_at, venue, time_zone) SELECT x.order_id,"
              " x.ticket_type_id, x.quantity, x.unit_price_cents, x.ticket_type_name, x.performance_id,"
              " x.event_title, x.starts_at, x.venue, x.time_zone FROM "_s
                  + dialect.jsonRows({u"order_id BIGINT"_s, u"ticket_type_id BIGINT"_s,
                                      u"quantity BIGINT"_s, u"unit_price_cents BIGINT"_s,
                                      u"ticket_type_name TEXT"_s, u"performance_id BIGINT"_s,
                                      u"event_title TEXT"_s, u"starts_at BIGINT"_s, u"venue TEXT"_s,
                                      u"time_zone TEXT"_s}),
              {compact(itemRows)});
    if (ticketRows.isEmpty())
        return;
    QSqlQuery &q = m_db.exec(
        u"INSERT INTO tickets (order_id, ticket_type_id, code, status, seat_id, performance_id)"
        " SELECT x.order_id, x.ticket_type_id, x.code, x.status, x.seat_id, x.performance_id FROM "_s
            + dialect.jsonRows({u"order_id BIGINT"_s, u"ticket_type_id BIGINT"_s, u"code TEXT"_s,
                                u"status TEXT"_s, u"seat_id BIGINT"_s, u"performance_id BIGINT"_s})
            + u" RETURNING code, id"_s,
        {compact(ticketRows)});
    const QHash<QString, Id> ticketIds = pairs(q);
    for (Order &o : orders) {
        for (Ticket &t : o.tickets)
            t.id = ticketIds.value(t.code);
    }
}

void PurchaseRepository::recordPayments(const QList<PaymentRecord> &payments)
{
    if (payments.isEmpty())
        return;
    QJsonArray rows;
    for (const PaymentRecord &p : payments)
        rows.append(paymentRow(p, {u"order_id"_s, p.orderId}));
    m_db.exec(u"INSERT INTO payments (order_id, kind, provider, amount_cents, status, idempotency_key,"
              " provider_reference, created_at) SELECT x.order_id, x.kind, x.provider, x.amount_cents,"
              " x.status, x.idempotency_key, x.provider_reference, x.created_at FROM "_s
                  + m_db.dialect().jsonRows({u"order_id BIGINT"_s, u"kind TEXT"_s, u"provider TEXT"_s,
                                             u"amount_cents BIGINT"_s, u"status TEXT"_s,
                                             u"idempotency_key TEXT"_s, u"provider_reference TEXT"_s,
                                             u"created_at BIGINT"_s}),
              {compact(rows)});
}

} // namespace mq::storage
