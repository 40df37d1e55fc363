#include "rpc/laneadmission.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mq::rpc {

LaneAdmission::LaneAdmission(LaneLimits main, LaneLimits auth, LaneLimits purchases)
{
    m_main.limits = main;
    m_auth.limits = auth;
    m_purchases.limits = purchases;
}

LaneAdmission::State &LaneAdmission::stateOf(Lane lane)
{
    return lane == Lane::Auth ? m_auth : lane == Lane::PurchaseBatch ? m_purchases : m_main;
}

const LaneAdmission::State &LaneAdmission::stateOf(Lane lane) const
{
    return lane == Lane::Auth ? m_auth : lane == Lane::PurchaseBatch ? m_purchases : m_main;
}

std::optional<RpcError> LaneAdmission::admit(Lane lane, const services::Caller &caller,
                                             qint64 retryAfterMs)
{
    const QJsonObject retry{{u"retryAfterMs"_s, std::clamp<qint64>(retryAfterMs, 100, 60'000)}};
    QMutexLocker lock(&m_mutex);
    State &state = stateOf(lane);
    if (state.total >= state.limits.maxQueued)
        return RpcError::make(ErrorCode::Unavailable, Reason::Busy,
                              u"The server is busy; please try again in a moment"_s, retry);
    int &mine = state.perClient[caller.clientKey];
    if (!caller.trustedSource && mine >= state.limits.maxPerClient)
        return RpcError::make(ErrorCode::RateLimited, Reason::RateLimited,
                              lane == Lane::Auth
                                  ? u"Too many sign-in attempts from your address; please wait a moment"_s
                                  : u"Too many requests from your address; please wait a moment"_s,
                              retry);
    ++mine;
    ++state.total;
    return std::nullopt;
}

void LaneAdmission::release(Lane lane, const QString &clientKey)
{
    QMutexLocker lock(&m_mutex);
    State &state = stateOf(lane);
    const auto it = state.perClient.find(clientKey);
    if (it == state.perClient.end())
        return;
    --state.total;
    if (--*it <= 0)
        state.perClient.erase(it);
}

int LaneAdmission::inFlight(Lane lane) const
{
    QMutexLocker lock(&m_mutex);
    return stateOf(lane).total;
}

} // namespace mq::rpc
