#pragma once

#include "rpc/methodtable.h"
#include "services/caller.h"
#include "shared/rpcerror.h"

#include <QHash>
#include <QMutex>

#include <optional>

namespace mq::rpc {

// How much work a lane may hold (queued or running), in all and per client.
struct LaneLimits
{
    int maxQueued = 4096;
    int maxPerClient = 1024;
};

// Admission to the worker lanes: a full lane answers 503 busy at once instead of queueing for
// minutes, and one client (a source address; each connection of a trusted network on its own)
// holding more than its share of a lane gets 429 rate_limited — a login storm from one place
// queues at most its share of password hashes. Both carry data.retryAfterMs. Thread-safe.
class LaneAdmission
{
public:
    LaneAdmission(LaneLimits main, LaneLimits auth, LaneLimits purchases);

    // nullopt when admitted (then release() exactly once when answered), else the refusal.
    // `retryAfterMs` is the caller's estimate of how long the lane needs to make room.
    std::optional<RpcError> admit(Lane lane, const services::Caller &caller, qint64 retryAfterMs);
    void release(Lane lane, const QString &clientKey);
    int inFlight(Lane lane) const;

private:
    struct State
    {
        LaneLimits limits;
        int total = 0;
        QHash<QString, int> perClient;
    };
    State &stateOf(Lane lane);
    const State &stateOf(Lane lane) const;

    mutable QMutex m_mutex;
    State m_main;
    State m_auth;
    // Purchases in progress or in the waiting room: a rush fills this, never the main lane, so
    // browsing and everything else go on.
    State m_purchases;
};

} // namespace mq::rpc
