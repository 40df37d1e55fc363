#pragma once

#include <QFile>
#include <QList>

#include <sys/resource.h>

// What this process has used so far, for the figures a benchmark program prints.
namespace procstats {

// Resident set now (VmRSS) or at its peak (VmHWM), in KiB; -1 when unknown.
inline qint64 statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    // A /proc file has no size, so read it whole rather than testing atEnd().
    const QList<QByteArray> lines = status.readAll().split('\n');
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : lines) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

inline qint64 peakRssKiB()
{
    return statusKiB("VmHWM");
}

inline qint64 rssKiB()
{
    return statusKiB("VmRSS");
}

inline double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &tv) {
        return double(tv.tv_sec) + double(tv.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

} // namespace procstats
