#include "services/clock.h"

#include <QFile>
#include <QMutex>

#include <atomic>

namespace mq::services {

namespace {
std::atomic<qint64> offset{0};
std::atomic<bool> fromFile{false};
QMutex fileMutex;
QString offsetFile;

qint64 fileOffset()
{
    QMutexLocker lock(&fileMutex);
    QFile f(offsetFile);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return f.readAll().trimmed().toLongLong();
}
} // namespace

QDateTime Clock::now()
{
    const qint64 ms = fromFile.load() ? fileOffset() : offset.load();
    return QDateTime::currentDateTimeUtc().addMSecs(ms);
}

void Clock::setOffsetFileForTesting(const QString &path)
{
    QMutexLocker lock(&fileMutex);
    offsetFile = path;
    fromFile = !path.isEmpty();
}

void Clock::setOffsetForTesting(qint64 msecs)
{
    offset.store(msecs);
}

} // namespace mq::services
