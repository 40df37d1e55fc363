#pragma once

#include "shared/domain.h"

namespace mq::services {

// Ticket types whose numbers a committed transaction changed; becomes an inventory.changed push.
struct InventoryChange
{
    Id performanceId = 0;
    QList<TicketType> ticketTypes;
};

} // namespace mq::services
