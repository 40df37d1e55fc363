#include "rpc/dispatcher.h"

#include "rpc/broadcaster.h"
#include "rpc/workerpool.h"
#include "services/serviceerror.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDispatch, "marquee.rpc.dispatch")

namespace mq::rpc {

namespace {
// Gives a request's place in its lane back as its answer leaves, before the client can send the
// next one.
class AdmittedSink final : public ReplySink
{
public:
    AdmittedSink(std::shared_ptr<ReplySink> inner, LaneAdmission &admission, Lane lane, QString key)
        : m_inner(std::move(inner)), m_admission(admission), m_lane(lane), m_key(std::move(key))
    {}
    void deliver(const QJsonValue &id, Reply reply) override
    {
        m_admission.release(m_lane, m_key);
        m_inner->deliver(id, std::move(reply));
    }
    void push(const QByteArray &frame) override { m_inner->push(frame); }
    bool closed() const override { return m_inner->closed(); }

private:
    std::shared_ptr<ReplySink> m_inner;
    LaneAdmission &m_admission;
    Lane m_lane;
    QString m_key;
};

// The performances an answer of catalog.getPerformance or catalog.listEvents shows.
QSet<Id> performancesIn(const QJsonObject &answer)
{
    QSet<Id> ids;
    const auto addPerformance = [&ids](const QJsonValue &p) {
        ids.insert(p.toObject().value(u"id"_s).toInteger());
    };
    if (answer.contains(u"performance"_s))
        addPerformance(answer.value(u"performance"_s));
    for (const QJsonValue &event : answer.value(u"events"_s).toArray()) {
        for (const QJsonValue &p : event.toObject().value(u"performances"_s).toArray())
            addPerformance(p);
    }
    return ids;
}

qint64 drainEstimateMs(const WorkerPool &pool)
{
    return pool.queued() * pool.averageJobMicros() / 1000 / qMax(1, pool.threadCount());
}
} // namespace

Dispatcher::Dispatcher(WorkerPool &mainPool, WorkerPool &authPool, ServerEnv &env,
                       Broadcaster &broadcaster, PipelineLimits pipelineLimits,
                       LaneLimits mainLimits, LaneLimits authLimits, LaneLimits purchaseLimits)
    : m_mainPool(mainPool),
      m_authPool(authPool),
      m_env(env),
      m_broadcaster(broadcaster),
      m_admission(mainLimits, authLimits, purchaseLimits),
      m_purchases(mainPool, env, broadcaster, pipelineLimits, [this](int done) { m_inFlight -= done; })
{
}

void Dispatcher::dispatch(const Message &request, const services::Caller &caller,
                          const std::shared_ptr<ReplySink> &sink)
{
    const auto method = methodFromName(request.method);
    if (!method) {
        sink->deliver(request.id, Reply::fail(RpcError::make(
                                      ErrorCode::MethodNotFound, Reason::MethodNotFound,
                                      u"Unknown method: %1"_s.arg(request.method.left(100)))));
        return;
    }
    const MethodSpec &spec = methodSpec(*method);
    if (spec.leastRole) {
        if (!caller.isAuthenticated()) {
            sink->deliver(request.id, Reply::fail(RpcError::make(ErrorCode::NotAuthenticated,
                                                                 Reason::NotAuthenticated,
                                                                 u"Please sign in first"_s)));
            return;
        }
        if (!caller.hasRole(*spec.leastRole)) {
            sink->deliver(request.id,
                          Reply::fail(RpcError::make(ErrorCode::Forbidden, Reason::Forbidden,
                                                     u"Your account may not do this"_s)));
            return;
        }
    }
    if (!request.params.isUndefined() && !request.params.isObject()) {
        sink->deliver(request.id,
                      Reply::fail(RpcError::make(ErrorCode::InvalidParams, Reason::InvalidParams,
                                                 u"params must be an object"_s)));
        return;
    }
    const QJsonObject params = request.params.toObject();
    if (auto invalid = validateParams(params, spec.params)) {
        sink->deliver(request.id, Reply::fail(*invalid));
        return;
    }
    CacheSlot cache;
    if (*method == Method::CatalogListEvents || *method == Method::CatalogGetPerformance) {
        cache.key = request.method + u' ' + QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact));
        if (auto hit = m_cache.find(cache.key)) {
            Reply reply;
            reply.result = *hit;
            sink->deliver(request.id, std::move(reply));
            return;
        }
        cache.readStartedAt = m_cache.beginRead();
    }
    const Lane lane = spec.lane;
    WorkerPool &pool = lane == Lane::Auth ? m_authPool : m_mainPool;
    if (auto refused = m_admission.admit(lane, caller, drainEstimateMs(pool))) {
        sink->deliver(request.id, Reply::fail(*refused));
        return;
    }
    auto admitted = std::make_shared<AdmittedSink>(sink, m_admission, lane, caller.clientKey);
    ++m_inFlight;
    if (spec.lane == Lane::PurchaseBatch) {
        m_purchases.add({request.id, caller, params, admitted});
        return;
    }
    pool.submit(caller.clientKey,
                [this, &spec, id = request.id, params, caller, admitted, cache](storage::Database *db) {
                    execute(spec, spec.handler, id, params, caller, admitted, db, cache);
                });
}

void Dispatcher::continueLater(const MethodSpec &spec, Reply reply, const QJsonValue &id,
                               const QJsonObject &params, const services::Caller &caller,
                               const std::shared_ptr<ReplySink> &sink)
{
    m_mainPool.submitAfter(reply.thenAfterMs, caller.clientKey,
                           [this, &spec, then = std::move(reply.then), id, params, caller,
                            sink](storage::Database *db) {
                               execute(spec, then, id, params, caller, sink, db, {});
                           });
}

void Dispatcher::execute(const MethodSpec &spec, const Handler &handler, const QJsonValue &id,
                         const QJsonObject &params, const services::Caller &caller,
                         const std::shared_ptr<ReplySink> &sink, storage::Database *db,
                         const CacheSlot &cache)
{
    QElapsedTimer timer;
    timer.start();
    Reply reply;
    if (!db) {
        reply = Reply::fail(RpcError::make(ErrorCode::Unavailable, Reason::Unavailable,
                                           u"The database is unavailable; please try again"_s));
    } else {
        try {
            const Params typed(params);
            HandlerContext context{*db, caller, typed, m_env};
            reply = handler(context);
            while (reply.then && !reply.error && reply.thenAfterMs <= 0) {
                const Handler then = std::move(reply.then);
                reply = then(context);
            }
        } catch (const services::ServiceError &e) {
            reply = Reply::fail(e.error());
        } catch (const storage::StorageError &e) {
            // Details go to the log only: SQL and paths never reach a client.
            qCWarning(lcDispatch) << methodName(spec.method) << "storage error:" << e.what();
            if (e.kind() == storage::StorageError::Kind::Unavailable
                || e.kind() == storage::StorageError::Kind::Retryable)
                reply = Reply::fail(RpcError::make(ErrorCode::Unavailable, Reason::Unavailable,
                                                   u"The server is busy or the database is unavailable;"
                                                   u" please try again"_s));
            else
                reply = Reply::fail(RpcError::internal());
        } catch (const std::exception &e) {
            qCWarning(lcDispatch) << methodName(spec.method) << "failed:" << e.what();
            reply = Reply::fail(RpcError::internal());
        }
    }
    qCDebug(lcDispatch) << methodName(spec.method) << "took" << timer.nsecsElapsed() / 1000 << "us";
    // Seats first: a client that redraws on inventory.changed already has the seats.
    for (const services::SeatChange &change : std::as_const(reply.seatChanges))
        m_broadcaster.publishSeats(change);
    for (const services::InventoryChange &change : std::as_const(reply.changes))
        m_broadcaster.publish(change);
    for (const services::CheckinChange &change : std::as_const(reply.checkinChanges))
        m_broadcaster.publishCheckin(change);
    if (!reply.endedSessions.isEmpty())
        m_broadcaster.endSessions(reply.endedSessions);
    if (reply.then && !reply.error) {
        continueLater(spec, std::move(reply), id, params, caller, sink); // still in flight
        return;
    }
    if (!reply.error) {
        const QString name = methodName(spec.method);
        if (!cache.key.isEmpty())
            m_cache.store(cache.key, reply.result, cache.readStartedAt, performancesIn(reply.result));
        else if (name.startsWith(u"admin."_s) && !name.startsWith(u"admin.list"_s))
            m_broadcaster.catalogChanged();
    }
    sink->deliver(id, std::move(reply));
    --m_inFlight;
}

} // namespace mq::rpc
