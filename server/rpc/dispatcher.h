#pragma once

#include "rpc/catalogcache.h"
#include "rpc/laneadmission.h"
#include "rpc/methodtable.h"
#include "rpc/purchasepipeline.h"
#include "rpc/replysink.h"
#include "shared/envelope.h"

#include <QJsonValue>

#include <atomic>
#include <memory>

namespace mq::rpc {

class Broadcaster;
class WorkerPool;
struct ServerEnv;

// Checks a request in the order PROTOCOL.md fixes — method, authentication, role, params —
// then runs its handler on a worker and hands the reply to the request's connection.
class Dispatcher
{
public:
    Dispatcher(WorkerPool &mainPool, WorkerPool &authPool, ServerEnv &env, Broadcaster &broadcaster,
               PipelineLimits pipelineLimits = {}, LaneLimits mainLimits = {},
               LaneLimits authLimits = {256, 64}, LaneLimits purchaseLimits = {20000, 1024});

    // Called on the connection's thread. The answer always arrives through `sink`, possibly
    // before this returns.
    void dispatch(const Message &request, const services::Caller &caller,
                  const std::shared_ptr<ReplySink> &sink);

    int inFlight() const { return m_inFlight.load(); }
    CatalogCache &catalogCache() { return m_cache; }

private:
    struct CacheSlot
    {
        QString key; // empty: not cached
        quint64 readStartedAt = 0;
    };
    using Handler = std::function<Reply(HandlerContext &)>;
    void execute(const MethodSpec &spec, const Handler &handler, const QJsonValue &id,
                 const QJsonObject &params, const services::Caller &caller,
                 const std::shared_ptr<ReplySink> &sink, storage::Database *db, const CacheSlot &cache);
    // Runs `reply.then` on a worker once `reply.thenAfterMs` have passed.
    void continueLater(const MethodSpec &spec, Reply reply, const QJsonValue &id,
                       const QJsonObject &params, const services::Caller &caller,
                       const std::shared_ptr<ReplySink> &sink);

    WorkerPool &m_mainPool;
    WorkerPool &m_authPool;
    ServerEnv &m_env;
    Broadcaster &m_broadcaster;
    std::atomic<int> m_inFlight{0};
    LaneAdmission m_admission;
    CatalogCache m_cache;
    PurchasePipeline m_purchases;
};

} // namespace mq::rpc
