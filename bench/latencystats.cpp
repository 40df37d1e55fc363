#include "latencystats.h"

#include <algorithm>
#include <cmath>
#include <numeric>

void LatencyStats::finish()
{
    std::sort(m_samples.begin(), m_samples.end());
    m_sorted = true;
}

double LatencyStats::percentileMs(double p) const
{
    Q_ASSERT(m_sorted);
    if (m_samples.isEmpty())
        return 0.0;
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(m_samples.size())));
    const qsizetype index = qBound<qsizetype>(0, rank - 1, m_samples.size() - 1);
    return double(m_samples.at(index)) / 1e6;
}

double LatencyStats::maxMs() const
{
    Q_ASSERT(m_sorted);
    return m_samples.isEmpty() ? 0.0 : double(m_samples.constLast()) / 1e6;
}

double LatencyStats::meanMs() const
{
    if (m_samples.isEmpty())
        return 0.0;
    const double sum = std::accumulate(m_samples.cbegin(), m_samples.cend(), 0.0);
    return sum / double(m_samples.size()) / 1e6;
}
