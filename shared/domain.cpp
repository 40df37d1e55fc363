#include "shared/domain.h"

#include "shared/utctime.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace mq {

namespace {

qint64 int64Of(const QJsonObject &o, const QString &key)
{
    return qint64(o.value(key).toDouble());
}

QDateTime timeOf(const QJsonObject &o, const QString &key)
{
    return parseWireTime(o.value(key).toString()).value_or(QDateTime());
}

template<typename T>
QList<T> listOf(const QJsonObject &o, const QString &key)
{
    QList<T> list;
    const QJsonArray a = o.value(key).toArray();
    list.reserve(a.size());
    for (const QJsonValue &v : a)
        list.append(T::fromJson(v.toObject()));
    return list;
}

} // namespace

QJsonArray idsToJson(const QList<Id> &ids)
{
    QJsonArray a;
    for (Id id : ids)
        a.append(id);
    return a;
}

QList<Id> idsFromJson(const QJsonArray &array)
{
    QList<Id> ids;
    ids.reserve(array.size());
    for (const QJsonValue &v : array)
        ids.append(qint64(v.toDouble()));
    return ids;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Customer:
        return u"customer"_s;
    case Role::Clerk:
        return u"clerk"_s;
    case Role::Manager:
        return u"manager"_s;
    case Role::Admin:
        return u"admin"_s;
    }
    return u"customer"_s;
}

std::optional<Role> roleFromName(const QString &name)
{
    for (Role r : {Role::Customer, Role::Clerk, Role::Manager, Role::Admin}) {
        if (roleName(r) == name)
            return r;
    }
    return std::nullopt;
}

QStringList categoryNames()
{
    return {u"movie"_s, u"concert"_s, u"exhibition"_s, u"flight"_s, u"train"_s, u"other"_s};
}

bool isCategory(const QString &name)
{
    return categoryNames().contains(name);
}

QJsonObject User::toJson() const
{
    return {{u"id"_s, id},
            {u"username"_s, username},
            {u"displayName"_s, displayName},
            {u"role"_s, roleName(role)}};
}

User User::fromJson(const QJsonObject &o)
{
    User u;
    u.id = int64Of(o, u"id"_s);
    u.username = o.value(u"username"_s).toString();
    u.displayName = o.value(u"displayName"_s).toString();
    u.role = roleFromName(o.value(u"role"_s).toString()).value_or(Role::Customer);
    return u;
}

QJsonObject TicketType::toJson() const
{
    return {{u"id"_s, id},
            {u"performanceId"_s, performanceId},
            {u"name"_s, name},
            {u"priceCents"_s, priceCents},
            {u"capacity"_s, capacity},
            {u"sold"_s, sold},
            {u"held"_s, held},
            {u"remaining"_s, remaining()},
            {u"onSale"_s, onSale},
            {u"version"_s, version}};
}

TicketType TicketType::fromJson(const QJsonObject &o)
{
    TicketType t;
    t.id = int64Of(o, u"id"_s);
    t.performanceId = int64Of(o, u"performanceId"_s);
    t.name = o.value(u"name"_s).toString();
    t.priceCents = int64Of(o, u"priceCents"_s);
    t.capacity = int64Of(o, u"capacity"_s);
    t.sold = int64Of(o, u"sold"_s);
    t.held = int64Of(o, u"held"_s);
    t.onSale = o.value(u"onSale"_s).toBool(true);
    t.version = int64Of(o, u"version"_s);
    return t;
}

QJsonObject Performance::toJson() const
{
    return {{u"id"_s, id},
            {u"eventId"_s, eventId},
            {u"startsAt"_s, toWireTime(startsAt)},
            {u"venue"_s, venue},
            {u"seating"_s, seating},
            {u"venueId"_s, venueId ? QJsonValue(*venueId) : QJsonValue(QJsonValue::Null)},
            {u"noSingleSeats"_s, noSingleSeats},
            {u"timeZone"_s, timeZone},
            {u"ticketTypes"_s, toJsonArray(ticketTypes)}};
}

Performance Performance::fromJson(const QJsonObject &o)
{
    Performance p;
    p.id = int64Of(o, u"id"_s);
    p.eventId = int64Of(o, u"eventId"_s);
    p.startsAt = timeOf(o, u"startsAt"_s);
    p.venue = o.value(u"venue"_s).toString();
    p.seating = o.value(u"seating"_s).toString(SeatingGeneral);
    if (o.value(u"venueId"_s).isDouble())
        p.venueId = int64Of(o, u"venueId"_s);
    p.noSingleSeats = o.value(u"noSingleSeats"_s).toBool();
    p.timeZone = o.value(u"timeZone"_s).toString();
    p.ticketTypes = listOf<TicketType>(o, u"ticketTypes"_s);
    return p;
}

QJsonObject Event::toJson() const
{
    return {{u"id"_s, id},
            {u"title"_s, title},
            {u"category"_s, category},
            {u"description"_s, description},
            {u"performances"_s, toJsonArray(performances)}};
}

Event Event::fromJson(const QJsonObject &o)
{
    Event e;
    e.id = int64Of(o, u"id"_s);
    e.title = o.value(u"title"_s).toString();
    e.category = o.value(u"category"_s).toString();
    e.description = o.value(u"description"_s).toString();
    e.performances = listOf<Performance>(o, u"performances"_s);
    return e;
}

QJsonObject OrderItem::toJson() const
{
    QJsonObject o{{u"ticketTypeId"_s, ticketTypeId},
                  {u"quantity"_s, quantity},
                  {u"unitPriceCents"_s, unitPriceCents},
                  {u"ticketTypeName"_s, ticketTypeName},
                  {u"performanceId"_s, performanceId},
                  {u"eventTitle"_s, eventTitle},
                  {u"startsAt"_s, toWireTime(startsAt)},
                  {u"venue"_s, venue},
                  {u"timeZone"_s, timeZone}};
    if (!seatIds.isEmpty())
        o.insert(u"seatIds"_s, idsToJson(seatIds));
    return o;
}

OrderItem OrderItem::fromJson(const QJsonObject &o)
{
    OrderItem i;
    i.ticketTypeId = int64Of(o, u"ticketTypeId"_s);
    i.quantity = int64Of(o, u"quantity"_s);
    i.unitPriceCents = int64Of(o, u"unitPriceCents"_s);
    i.ticketTypeName = o.value(u"ticketTypeName"_s).toString();
    i.performanceId = int64Of(o, u"performanceId"_s);
    i.eventTitle = o.value(u"eventTitle"_s).toString();
    i.startsAt = timeOf(o, u"startsAt"_s);
    i.venue = o.value(u"venue"_s).toString();
    i.seatIds = idsFromJson(o.value(u"seatIds"_s).toArray());
    i.timeZone = o.value(u"timeZone"_s).toString();
    return i;
}

QJsonObject SeatPlace::toJson() const
{
    QJsonObject o{{u"section"_s, section}, {u"row"_s, row}, {u"label"_s, label}};
    if (accessible)
        o.insert(u"accessible"_s, true);
    if (companion)
        o.insert(u"companion"_s, true);
    if (restrictedView)
        o.insert(u"restrictedView"_s, true);
    if (!note.isEmpty())
        o.insert(u"note"_s, note);
    return o;
}

SeatPlace SeatPlace::fromJson(const QJsonObject &o)
{
    SeatPlace s;
    s.section = o.value(u"section"_s).toString();
    s.row = o.value(u"row"_s).toString();
    s.label = o.value(u"label"_s).toString();
    s.accessible = o.value(u"accessible"_s).toBool();
    s.companion = o.value(u"companion"_s).toBool();
    s.restrictedView = o.value(u"restrictedView"_s).toBool();
    s.note = o.value(u"note"_s).toString();
    return s;
}

QJsonObject Ticket::toJson() const
{
    QJsonObject o{{u"id"_s, id},
                  {u"code"_s, code},
                  {u"ticketTypeId"_s, ticketTypeId},
                  {u"status"_s, status}};
    if (seatId > 0) {
        o.insert(u"seatId"_s, seatId);
        o.insert(u"seat"_s, seat.toJson());
    }
    if (!qr.isEmpty())
        o.insert(u"qr"_s, qr);
    return o;
}

Ticket Ticket::fromJson(const QJsonObject &o)
{
    Ticket t;
    t.id = int64Of(o, u"id"_s);
    t.code = o.value(u"code"_s).toString();
    t.ticketTypeId = int64Of(o, u"ticketTypeId"_s);
    t.status = o.value(u"status"_s).toString();
    t.seatId = int64Of(o, u"seatId"_s);
    if (t.seatId > 0)
        t.seat = SeatPlace::fromJson(o.value(u"seat"_s).toObject());
    t.qr = o.value(u"qr"_s).toString();
    return t;
}

QJsonObject Order::toJson() const
{
    return {{u"id"_s, id},
            {u"code"_s, code},
            {u"userId"_s, userId},
            {u"status"_s, status},
            {u"totalCents"_s, totalCents},
            {u"createdAt"_s, toWireTime(createdAt)},
            {u"paymentProvider"_s, paymentProvider},
            {u"items"_s, toJsonArray(items)},
            {u"tickets"_s, toJsonArray(tickets)}};
}

Order Order::fromJson(const QJsonObject &o)
{
    Order order;
    order.id = int64Of(o, u"id"_s);
    order.code = o.value(u"code"_s).toString();
    order.userId = int64Of(o, u"userId"_s);
    order.status = o.value(u"status"_s).toString();
    order.totalCents = int64Of(o, u"totalCents"_s);
    order.createdAt = timeOf(o, u"createdAt"_s);
    order.paymentProvider = o.value(u"paymentProvider"_s).toString();
    order.items = listOf<OrderItem>(o, u"items"_s);
    order.tickets = listOf<Ticket>(o, u"tickets"_s);
    return order;
}

} // namespace mq
