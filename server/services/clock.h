#pragma once

#include <QDateTime>

namespace mq::services {

// The one place services read the time, so tests can move it.
class Clock
{
public:
    static QDateTime now();
    static void setOffsetForTesting(qint64 msecs);
};

} // namespace mq::services
