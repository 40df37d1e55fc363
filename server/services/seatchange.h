#pragma once

#include "services/inventorychange.h"

namespace mq::services {

// One seat as a seats.changed push shows it.
struct SeatUpdate
{
    Id seatId = 0;
    char status = 'a';
    Id ticketTypeId = 0;
};

// One committed change of a performance's seats: becomes a seats.changed push.
struct SeatChange
{
    Id performanceId = 0;
    qint64 version = 0;
    QList<SeatUpdate> seats;
};

// Everything a committed transaction changed that subscribers must hear about.
struct Changes
{
    QList<InventoryChange> inventory;
    QList<SeatChange> seats;

    void append(const Changes &other)
    {
        inventory += other.inventory;
        seats += other.seats;
    }
};

} // namespace mq::services
