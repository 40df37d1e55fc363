#pragma once

#include "net/sourcenetworks.h"

#include <QHash>
#include <QHostAddress>
#include <QMutex>

namespace mq::net {

// How many connections may be open at once: in all, and from one source address (trusted
// networks exempt), so one host holding a thousand idle connections cannot lock everyone else
// out. Taken on accept, before the connection exists, so a burst cannot overshoot; given back
// when the connection is gone. Thread-safe.
class ConnectionQuota
{
public:
    ConnectionQuota(int maxTotal, int maxPerSource, SourceNetworks trusted);

    enum class Verdict { Admitted, TotalFull, SourceFull };
    Verdict acquire(const QHostAddress &source);
    void release(const QHostAddress &source);

    int total() const;
    int ofSource(const QHostAddress &source) const;
    bool isTrusted(const QHostAddress &source) const { return m_trusted.contains(source); }

private:
    const int m_maxTotal;
    const int m_maxPerSource;
    const SourceNetworks m_trusted;
    mutable QMutex m_mutex;
    int m_total = 0;
    QHash<QHostAddress, int> m_perSource;
};

} // namespace mq::net
