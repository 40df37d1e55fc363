#pragma once

#include "shared/domain.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QSet>

#include <optional>

namespace mq::rpc {

// Answers of catalog.listEvents and catalog.getPerformance, served on the connection's own
// thread without a database worker, so browsing during a sale rush never queues behind it.
// Every committed change of a performance drops the answers that show it (on every instance:
// the change feed relays changes), every change of the catalog itself drops them all, and
// answers live two seconds at most (what is "upcoming" moves with the clock). An answer read
// while a change of what it shows committed is not kept. Thread-safe.
class CatalogCache
{
public:
    static constexpr qint64 MaxAgeMs = 2000;
    static constexpr int MaxEntries = 512;

    CatalogCache() { m_clock.start(); }

    std::optional<QJsonObject> find(const QString &key);
    // Taken before reading: store() keeps the answer only if nothing it shows changed since.
    quint64 beginRead();
    void store(const QString &key, const QJsonObject &answer, quint64 readStartedAt,
               const QSet<Id> &performanceIds);
    void invalidate(Id performanceId); // 0: everything
    qsizetype size() const;

private:
    struct Entry
    {
        QJsonObject answer;
        QSet<Id> performanceIds;
        qint64 storedAtMs = 0;
    };

    mutable QMutex m_mutex;
    QElapsedTimer m_clock;
    QHash<QString, Entry> m_entries;
    QHash<Id, quint64> m_changedAt; // performance → sequence of its last change
    quint64 m_sequence = 0;
    quint64 m_everythingChangedAt = 0;
};

} // namespace mq::rpc
