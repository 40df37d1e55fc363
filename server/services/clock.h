#pragma once

#include <QDateTime>

namespace mq::services {

// The one place services read the time, so tests can move it.
class Clock
{
public:
    static QDateTime now();
    static void setOffsetForTesting(qint64 msecs);
    // End-to-end tests move a running server's clock: the offset (milliseconds, a whole number)
    // is read from this file at every use (`--test-clock FILE`). Never set in production.
    static void setOffsetFileForTesting(const QString &path);
};

} // namespace mq::services
