#pragma once

#include "services/seatchange.h"

namespace mq::storage {
class Database;
}

namespace mq::services {

// Ends a change of a performance's seats inside its transaction: counts it (seat version + 1)
// and describes it — the seats' new states and the ticket types' new numbers — for the pushes
// sent once it commits. The version is bumped last, so the performance row is locked only for
// the end of the transaction.
Changes finishSeatChange(storage::Database &db, Id performanceId, QList<Id> seatIds,
                         QList<Id> ticketTypeIds);

} // namespace mq::services
