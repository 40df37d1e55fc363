#pragma once

#include <QList>
#include <QtGlobal>

// Request latencies in nanoseconds; percentiles by nearest rank.
class LatencyStats
{
public:
    void add(qint64 nanoseconds) { m_samples.append(nanoseconds); }
    void merge(const LatencyStats &other) { m_samples.append(other.m_samples); }
    qsizetype count() const { return m_samples.size(); }

    // Sorts once; call after the last add().
    void finish();
    // p in (0, 100]; milliseconds. 0 when there are no samples.
    double percentileMs(double p) const;
    double maxMs() const;
    double meanMs() const;

private:
    QList<qint64> m_samples;
    bool m_sorted = false;
};
