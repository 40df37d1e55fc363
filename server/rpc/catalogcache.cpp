#include "rpc/catalogcache.h"

namespace mq::rpc {

std::optional<QJsonObject> CatalogCache::find(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.constFind(key);
    if (it == m_entries.constEnd())
        return std::nullopt;
    if (m_clock.elapsed() - it->storedAtMs > MaxAgeMs) {
        m_entries.erase(it);
        return std::nullopt;
    }
    return it->answer;
}

quint64 CatalogCache::beginRead()
{
    QMutexLocker lock(&m_mutex);
    return ++m_sequence;
}

void CatalogCache::store(const QString &key, const QJsonObject &answer, quint64 readStartedAt,
                         const QSet<Id> &performanceIds)
{
    QMutexLocker lock(&m_mutex);
    if (m_everythingChangedAt >= readStartedAt)
        return;
    for (Id id : performanceIds) {
        if (m_changedAt.value(id) >= readStartedAt)
            return;
    }
    if (m_entries.size() >= MaxEntries)
        m_entries.clear(); // rare (many distinct searches): start afresh rather than track use
    m_entries.insert(key, Entry{answer, performanceIds, m_clock.elapsed()});
}

void CatalogCache::invalidate(Id performanceId)
{
    QMutexLocker lock(&m_mutex);
    const quint64 now = ++m_sequence;
    if (performanceId <= 0) {
        m_everythingChangedAt = now;
        m_changedAt.clear();
        m_entries.clear();
        return;
    }
    m_changedAt.insert(performanceId, now);
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->performanceIds.contains(performanceId))
            it = m_entries.erase(it);
        else
            ++it;
    }
}

qsizetype CatalogCache::size() const
{
    QMutexLocker lock(&m_mutex);
    return m_entries.size();
}

} // namespace mq::rpc
