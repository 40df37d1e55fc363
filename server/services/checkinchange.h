#pragma once

#include "shared/domain.h"

namespace mq::services {

// Admissions of a performance changed (a scan, an undo, an upload): becomes a checkin.changed push.
struct CheckinChange
{
    Id performanceId = 0;
    qint64 admitted = 0; // the performance's admitted tickets after the change
};

} // namespace mq::services
