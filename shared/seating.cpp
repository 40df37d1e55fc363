#include "shared/seating.h"

#include "shared/utctime.h"

using namespace Qt::StringLiterals;

namespace mq {

QJsonObject VenueSeat::toJson() const
{
    QJsonObject o{{u"id"_s, id}, {u"label"_s, label}, {u"x"_s, x}, {u"y"_s, y}};
    if (accessible)
        o.insert(u"accessible"_s, true);
    if (aisleAfter)
        o.insert(u"aisleAfter"_s, true);
    if (companion)
        o.insert(u"companion"_s, true);
    if (restrictedView)
        o.insert(u"restrictedView"_s, true);
    if (!note.isEmpty())
        o.insert(u"note"_s, note);
    return o;
}

QJsonObject Venue::toJson() const
{
    QJsonArray sectionsJson;
    for (const VenueSection &section : sections) {
        QJsonArray rowsJson;
        for (const VenueRow &row : section.rows)
            rowsJson.append(QJsonObject{{u"label"_s, row.label}, {u"seats"_s, toJsonArray(row.seats)}});
        sectionsJson.append(QJsonObject{{u"name"_s, section.name}, {u"rows"_s, rowsJson}});
    }
    return {{u"id"_s, id},
            {u"name"_s, name},
            {u"seatCount"_s, seatCount},
            {u"focus"_s, QJsonObject{{u"x"_s, focusX}, {u"y"_s, focusY}}},
            {u"timeZone"_s, timeZone},
            {u"sections"_s, sectionsJson}};
}

QJsonObject Venue::summaryJson() const
{
    return {{u"id"_s, id}, {u"name"_s, name}, {u"seatCount"_s, seatCount}, {u"timeZone"_s, timeZone}};
}

QJsonObject HoldItem::toJson() const
{
    QJsonObject o{{u"ticketTypeId"_s, ticketTypeId},
                  {u"quantity"_s, quantity},
                  {u"unitPriceCents"_s, unitPriceCents}};
    if (!seatIds.isEmpty())
        o.insert(u"seatIds"_s, idsToJson(seatIds));
    return o;
}

qint64 Hold::quantity() const
{
    qint64 n = 0;
    for (const HoldItem &item : items)
        n += item.quantity;
    return n;
}

Cents Hold::totalCents() const
{
    Cents total = 0;
    for (const HoldItem &item : items)
        total += item.unitPriceCents * item.quantity; // prices and quantities are bounded
    return total;
}

QList<Id> Hold::seatIds() const
{
    QList<Id> ids;
    for (const HoldItem &item : items)
        ids += item.seatIds;
    std::sort(ids.begin(), ids.end());
    return ids;
}

QJsonObject Hold::toJson() const
{
    return {{u"id"_s, id},
            {u"performanceId"_s, performanceId},
            {u"expiresAt"_s, toWireTime(expiresAt)},
            {u"items"_s, toJsonArray(items)},
            {u"totalCents"_s, totalCents()}};
}

} // namespace mq
