#pragma once

#include <QDir>
#include <QFile>
#include <QList>

#include <sys/resource.h>
#include <unistd.h>

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

// Another process's state from /proc/PID/stat: its parent and its CPU time (all threads).
struct ProcessCpu
{
    qint64 parent = -1;
    double seconds = -1.0;
};

inline ProcessCpu processCpu(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray stat = file.readAll();
    // The command name may hold spaces and parentheses: the fields start after the last ')'.
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return {};
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    // fields[0] is field 3 (state): ppid is field 4, utime 14, stime 15.
    if (fields.size() < 13)
        return {};
    const double tick = double(sysconf(_SC_CLK_TCK));
    return {fields.at(1).toLongLong(),
            double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / tick};
}

// CPU seconds used so far by a process and its living children (PostgreSQL's backends are
// children of the postmaster); -1 when the process is gone.
inline double treeCpuSeconds(qint64 pid)
{
    const ProcessCpu self = processCpu(pid);
    if (self.seconds < 0)
        return -1.0;
    double total = self.seconds;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool numeric = false;
        const qint64 child = entry.toLongLong(&numeric);
        if (!numeric || child == pid)
            continue;
        const ProcessCpu c = processCpu(child);
        if (c.parent == pid && c.seconds > 0)
            total += c.seconds;
    }
    return total;
}

} // namespace procstats
