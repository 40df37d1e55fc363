#pragma once

#include "shared/domain.h"

namespace mq::services {

// One line of a mixed basket (a purchase or a hold of general admission): so many tickets of one
// type.
struct BasketLine
{
    Id ticketTypeId = 0;
    int quantity = 0;
};

} // namespace mq::services
