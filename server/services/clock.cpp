#include "services/clock.h"

#include <atomic>

namespace mq::services {

namespace {
std::atomic<qint64> offset{0};
}

QDateTime Clock::now()
{
    return QDateTime::currentDateTimeUtc().addMSecs(offset.load());
}

void Clock::setOffsetForTesting(qint64 msecs)
{
    offset.store(msecs);
}

} // namespace mq::services
