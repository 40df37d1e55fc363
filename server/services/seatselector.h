#pragma once

#include "services/venuegeometry.h"

#include <functional>
#include <vector>

namespace mq::services {

// The seat-choosing rules, with no database: best available blocks and the "no single seat"
// rule. `free[i]` tells whether the venue's i-th seat (by id) is available after the change.
namespace SeatSelector {

// The best `quantity` adjacent seats among `candidate` seats in one row, as venue indices:
// consecutive in the row, no aisle between them, the smallest sum of distances from the focus
// (sums within 1e-6 tie; then the block whose first seat has the lowest id). Blocks for which
// `acceptable` answers false are skipped. Empty when there is none.
QList<int> bestBlock(const VenueGeometry &venue, const std::vector<char> &candidate, int quantity,
                     const std::function<bool(const QList<int> &)> &acceptable = {});

// Free seats that taking `taken` would leave alone between taken seats, aisles or row ends,
// as seat ids, ascending. `free` must already count `taken` as not free.
QList<Id> strandedBy(const VenueGeometry &venue, const std::vector<char> &free,
                     const QList<int> &taken);

} // namespace SeatSelector

} // namespace mq::services
