#include "door/checkinconflict.h"

#include "core/displayformat.h"
#include "shared/domain.h"
#include "shared/utctime.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace mq::client {

CheckinConflict CheckinConflict::fromJson(const QJsonObject &o)
{
    CheckinConflict c;
    c.code = o.value(u"code"_s).toString();
    c.ticketTypeName = o.value(u"ticketTypeName"_s).toString();
    if (const QJsonValue seat = o.value(u"seat"_s); seat.isObject())
        c.seat = DisplayFormat::seatPlace(SeatPlace::fromJson(seat.toObject()));
    c.gate = o.value(u"gate"_s).toString();
    c.admittedAt = parseWireTime(o.value(u"admittedAt"_s).toString()).value_or(QDateTime());
    for (const QJsonValue &v : o.value(u"otherScans"_s).toArray()) {
        const QJsonObject s = v.toObject();
        c.otherScans.append({s.value(u"gate"_s).toString(),
                             parseWireTime(s.value(u"scannedAt"_s).toString()).value_or(QDateTime())});
    }
    return c;
}

} // namespace mq::client
