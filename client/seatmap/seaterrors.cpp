#include "seatmap/seaterrors.h"

#include "seatmap/venuelayout.h"
#include "shared/domain.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace mq::client {

QString SeatErrors::seatNames(const QList<Id> &seatIds, const VenueLayout *layout)
{
    QStringList names;
    for (Id id : seatIds) {
        const int i = layout ? layout->indexOf(id) : -1;
        if (i < 0)
            continue;
        const VenueLayout::Seat &seat = layout->seat(i);
        names << tr("%1, row %2, seat %3").arg(seat.sectionName, seat.rowLabel, seat.label);
        if (names.size() == 4 && seatIds.size() > 4) {
            names << tr("and %n more", nullptr, int(seatIds.size() - 4));
            break;
        }
    }
    return names.join(u"; "_s);
}

QString SeatErrors::message(const RpcResult &r, const VenueLayout *layout)
{
    if (r.kind != RpcResult::Kind::Error)
        return r.message();
    const QString reason = r.error.reason;
    const QList<Id> ids = idsFromJson(r.error.data.value(u"seatIds"_s).toArray());
    const QString names = seatNames(ids, layout);
    if (reason == u"seat_taken"_s) {
        if (names.isEmpty())
            return tr("Someone else has just taken some of these seats. Please choose others.");
        return tr("Someone else has just taken %1. Please choose other seats.").arg(names);
    }
    if (reason == u"single_seat"_s) {
        if (names.isEmpty())
            return tr("This choice would leave a single seat free on its own. Please choose seats "
                      "without a gap.");
        return tr("This choice would leave %1 free on its own. Please choose seats without a "
                  "single-seat gap.")
            .arg(names);
    }
    if (reason == u"hold_limit"_s)
        return tr("You can hold at most 20 seats for one performance.");
    if (reason == u"no_adjacent_seats"_s)
        return tr("There are not that many seats together in this price category any more. Try "
                  "fewer seats or "
                  "another category.");
    if (reason == u"hold_expired"_s)
        return tr("Your hold has ended and the seats are back on sale. Nothing was charged.");
    if (reason == u"checkout_in_progress"_s)
        return tr("A payment for these seats is already in progress. Please wait a moment.");
    if (reason == u"not_reserved"_s)
        return tr("This performance has no reserved seats.");
    if (reason == u"seats_required"_s)
        return tr("This performance has reserved seats: choose them on the seat map.");
    return r.message();
}

} // namespace mq::client
