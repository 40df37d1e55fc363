#include "rpc/dispatcher.h"

#include "rpc/broadcaster.h"
#include "rpc/workerpool.h"
#include "services/serviceerror.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDispatch, "marquee.rpc.dispatch")

namespace mq::rpc {

Dispatcher::Dispatcher(WorkerPool &mainPool, WorkerPool &authPool, ServerEnv &env,
                       Broadcaster &broadcaster, int purchaseBatch)
    : m_mainPool(mainPool),
      m_authPool(authPool),
      m_env(env),
      m_broadcaster(broadcaster),
      m_purchases(mainPool, env, broadcaster, purchaseBatch, [this](int done) { m_inFlight -= done; })
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
    ++m_inFlight;
    if (spec.lane == Lane::PurchaseBatch) {
        m_purchases.add({request.id, caller, params, sink});
        return;
    }
    WorkerPool &pool = spec.lane == Lane::Auth ? m_authPool : m_mainPool;
    pool.submit([this, &spec, id = request.id, params, caller, sink](storage::Database *db) {
        execute(spec, id, params, caller, sink, db);
    });
}

void Dispatcher::execute(const MethodSpec &spec, const QJsonValue &id, const QJsonObject &params,
                         const services::Caller &caller, const std::shared_ptr<ReplySink> &sink,
                         storage::Database *db)
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
            reply = spec.handler(context);
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
    if (!reply.endedSessions.isEmpty())
        m_broadcaster.endSessions(reply.endedSessions);
    sink->deliver(id, std::move(reply));
    --m_inFlight;
}

} // namespace mq::rpc
