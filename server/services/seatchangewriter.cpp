#include "services/seatchangewriter.h"

#include "storage/catalogrepository.h"
#include "storage/database.h"
#include "storage/seatrepository.h"

namespace mq::services {

Changes finishSeatChange(storage::Database &db, Id performanceId, QList<Id> seatIds,
                         QList<Id> ticketTypeIds)
{
    std::sort(seatIds.begin(), seatIds.end());
    seatIds.erase(std::unique(seatIds.begin(), seatIds.end()), seatIds.end());
    std::sort(ticketTypeIds.begin(), ticketTypeIds.end());
    ticketTypeIds.erase(std::unique(ticketTypeIds.begin(), ticketTypeIds.end()), ticketTypeIds.end());

    storage::SeatRepository seats(db);
    SeatChange seatChange{performanceId, 0, {}};
    for (const storage::SeatState &s : seats.lock(performanceId, seatIds))
        seatChange.seats.append(SeatUpdate{s.seatId, s.wireStatus(), s.ticketTypeId});
    InventoryChange inventory{performanceId, {}};
    storage::CatalogRepository catalog(db);
    for (Id id : std::as_const(ticketTypeIds)) {
        if (id > 0) {
            if (const auto type = catalog.ticketType(id))
                inventory.ticketTypes.append(*type);
        }
    }
    seatChange.version = seats.bumpVersion(performanceId);
    Changes changes;
    changes.seats.append(seatChange);
    if (!inventory.ticketTypes.isEmpty())
        changes.inventory.append(inventory);
    return changes;
}

} // namespace mq::services
