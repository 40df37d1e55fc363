#include "net/connectionquota.h"

namespace mq::net {

ConnectionQuota::ConnectionQuota(int maxTotal, int maxPerSource, SourceNetworks trusted)
    : m_maxTotal(maxTotal), m_maxPerSource(maxPerSource), m_trusted(std::move(trusted))
{
}

ConnectionQuota::Verdict ConnectionQuota::acquire(const QHostAddress &source)
{
    const QHostAddress key = normalizedSource(source);
    const bool trusted = m_trusted.contains(key);
    QMutexLocker lock(&m_mutex);
    if (m_total >= m_maxTotal)
        return Verdict::TotalFull;
    int &ofSource = m_perSource[key];
    if (!trusted && ofSource >= m_maxPerSource) {
        if (ofSource == 0)
            m_perSource.remove(key);
        return Verdict::SourceFull;
    }
    ++ofSource;
    ++m_total;
    return Verdict::Admitted;
}

void ConnectionQuota::release(const QHostAddress &source)
{
    const QHostAddress key = normalizedSource(source);
    QMutexLocker lock(&m_mutex);
    const auto it = m_perSource.find(key);
    if (it == m_perSource.end())
        return;
    --m_total;
    if (--*it <= 0)
        m_perSource.erase(it);
}

int ConnectionQuota::total() const
{
    QMutexLocker lock(&m_mutex);
    return m_total;
}

int ConnectionQuota::ofSource(const QHostAddress &source) const
{
    QMutexLocker lock(&m_mutex);
    return m_perSource.value(normalizedSource(source));
}

} // namespace mq::net
