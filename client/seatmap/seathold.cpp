#include "seatmap/seathold.h"

#include "shared/jsonfields.h"
#include "shared/utctime.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace mq::client {

Hold holdFromJson(const QJsonObject &o)
{
    Hold hold;
    hold.id = jsonInteger(o.value(u"id"_s)).value_or(0);
    hold.performanceId = jsonInteger(o.value(u"performanceId"_s)).value_or(0);
    hold.expiresAt = parseWireTime(o.value(u"expiresAt"_s).toString()).value_or(QDateTime());
    hold.status = o.value(u"status"_s).toString(HoldActive);
    const QJsonArray items = o.value(u"items"_s).toArray();
    for (const QJsonValue &v : items) {
        const QJsonObject item = v.toObject();
        HoldItem h;
        h.ticketTypeId = jsonInteger(item.value(u"ticketTypeId"_s)).value_or(0);
        h.quantity = jsonInteger(item.value(u"quantity"_s)).value_or(0);
        h.unitPriceCents = jsonInteger(item.value(u"unitPriceCents"_s)).value_or(0);
        h.seatIds = idsFromJson(item.value(u"seatIds"_s).toArray());
        hold.items.append(h);
    }
    return hold;
}

} // namespace mq::client
