#include "rpc/purchasebatcher.h"

#include "rpc/broadcaster.h"
#include "rpc/serverenv.h"
#include "rpc/workerpool.h"
#include "services/salesservice.h"
#include "services/serviceerror.h"
#include "shared/jsonfields.h"
#include "storage/database.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcBatcher, "marquee.rpc.batcher")

namespace mq::rpc {

PurchaseBatcher::PurchaseBatcher(WorkerPool &pool, ServerEnv &env, Broadcaster &broadcaster,
                                 int maxBatch, std::function<void(int)> finished)
    : m_pool(pool),
      m_env(env),
      m_broadcaster(broadcaster),
      m_maxBatch(qMax(1, maxBatch)),
      m_finished(std::move(finished))
{
}

void PurchaseBatcher::add(Item item)
{
    const bool basket = item.params.contains(u"items"_s) && !item.params.value(u"items"_s).isNull();
    const bool single = item.params.contains(u"ticketTypeId"_s) && !item.params.value(u"ticketTypeId"_s).isNull();
    std::optional<RpcError> invalid;
    if (basket && (single || (item.params.contains(u"quantity"_s) && !item.params.value(u"quantity"_s).isNull())))
        invalid = RpcError::validation(u"items"_s, u"Give either items or ticketTypeId and quantity"_s);
    else if (!basket && !single)
        invalid = RpcError::validation(u"ticketTypeId"_s, u"ticketTypeId is required"_s);
    else if (!basket && (!item.params.contains(u"quantity"_s) || item.params.value(u"quantity"_s).isNull()))
        invalid = RpcError::validation(u"quantity"_s, u"quantity is required"_s);
    if (invalid) {
        item.sink->deliver(item.id, Reply::fail(*invalid));
        m_finished(1);
        return;
    }
    if (basket) {
        m_pool.submit([this, item](storage::Database *db) { runBasket(item, db); });
        return;
    }
    const Id ticketTypeId = jsonInteger(item.params.value(u"ticketTypeId"_s)).value_or(0);
    QMutexLocker lock(&m_mutex);
    auto open = m_open.constFind(ticketTypeId);
    if (open != m_open.constEnd() && (*open)->items.size() < m_maxBatch) {
        (*open)->items.append(std::move(item));
        return;
    }
    auto batch = std::make_shared<Batch>();
    batch->ticketTypeId = ticketTypeId;
    batch->items.append(std::move(item));
    m_open.insert(ticketTypeId, batch);
    lock.unlock();
    m_pool.submit([this, batch](storage::Database *db) { run(batch, db); });
}

void PurchaseBatcher::run(const std::shared_ptr<Batch> &batch, storage::Database *db)
{
    {
        // From here on the batch is closed: later buyers start the next one.
        QMutexLocker lock(&m_mutex);
        const auto it = m_open.constFind(batch->ticketTypeId);
        if (it != m_open.constEnd() && *it == batch)
            m_open.erase(it);
    }
    const QList<Item> items = batch->items;
    QList<services::PurchaseRequest> requests;
    QList<std::optional<RpcError>> refused(items.size());
    QList<qsizetype> requestIndex(items.size(), -1);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Item &item = items.at(i);
        const QJsonObject payment = item.params.value(u"payment"_s).toObject();
        const services::PaymentMethod method{payment.value(u"provider"_s).toString(),
                                             payment.value(u"token"_s).toString()};
        if (method.provider == u"sandbox"_s && method.token.isEmpty()) {
            refused[i] = RpcError::validation(u"payment.token"_s,
                                              u"A sandbox payment needs the gateway's token"_s);
            continue;
        }
        requestIndex[i] = requests.size();
        requests.append(services::PurchaseRequest{
            item.caller, batch->ticketTypeId,
            int(jsonInteger(item.params.value(u"quantity"_s)).value_or(0)), method});
    }
    services::BatchResult result;
    std::optional<RpcError> failure;
    if (requests.isEmpty()) {
        // nothing to run
    } else if (!db) {
        failure = RpcError::make(ErrorCode::Unavailable, Reason::Unavailable,
                                 u"The database is unavailable; please try again"_s);
    } else {
        try {
            result = services::SalesService(*db, m_env.gateway).purchaseBatch(batch->ticketTypeId, requests);
        } catch (const storage::StorageError &e) {
            qCWarning(lcBatcher) << "purchase batch failed:" << e.what();
            failure = e.kind() == storage::StorageError::Kind::Query
                          ? RpcError::internal()
                          : RpcError::make(ErrorCode::Unavailable, Reason::Unavailable,
                                           u"The server is busy or the database is unavailable;"
                                           u" please try again"_s);
        } catch (const std::exception &e) {
            qCWarning(lcBatcher) << "purchase batch failed:" << e.what();
            failure = RpcError::internal();
        }
    }
    qCDebug(lcBatcher) << "batch of" << items.size() << "for ticket type" << batch->ticketTypeId;
    if (result.change)
        m_broadcaster.publish(*result.change);
    for (qsizetype i = 0; i < items.size(); ++i) {
        Reply reply;
        if (refused.at(i)) {
            reply.error = refused.at(i);
        } else if (failure) {
            reply.error = failure;
        } else {
            const services::PurchaseOutcome &outcome = result.outcomes.at(requestIndex.at(i));
            if (outcome.error)
                reply.error = outcome.error;
            else
                reply.result = {{u"order"_s, outcome.order->toJson()}};
        }
        items.at(i).sink->deliver(items.at(i).id, std::move(reply));
    }
    m_finished(int(items.size()));
}

void PurchaseBatcher::runBasket(const Item &item, storage::Database *db)
{
    Reply reply;
    const QJsonObject payment = item.params.value(u"payment"_s).toObject();
    const services::PaymentMethod method{payment.value(u"provider"_s).toString(),
                                         payment.value(u"token"_s).toString()};
    QList<services::BasketLine> lines;
    for (const QJsonValue &v : item.params.value(u"items"_s).toArray()) {
        const QJsonObject o = v.toObject();
        lines.append({jsonInteger(o.value(u"ticketTypeId"_s)).value_or(0),
                      int(jsonInteger(o.value(u"quantity"_s)).value_or(0))});
    }
    if (!db) {
        reply.error = RpcError::make(ErrorCode::Unavailable, Reason::Unavailable,
                                     u"The database is unavailable; please try again"_s);
    } else {
        try {
            const services::SaleResult sale =
                services::SalesService(*db, m_env.gateway).purchaseBasket(item.caller, lines, method);
            reply.result = {{u"order"_s, sale.order.toJson()}};
            m_broadcaster.publish(sale.change);
        } catch (const services::ServiceError &e) {
            reply.error = e.error();
        } catch (const storage::StorageError &e) {
            qCWarning(lcBatcher) << "basket purchase failed:" << e.what();
            reply.error = e.kind() == storage::StorageError::Kind::Query
                              ? RpcError::internal()
                              : RpcError::make(ErrorCode::Unavailable, Reason::Unavailable,
                                               u"The server is busy or the database is unavailable;"
                                               u" please try again"_s);
        } catch (const std::exception &e) {
            qCWarning(lcBatcher) << "basket purchase failed:" << e.what();
            reply.error = RpcError::internal();
        }
    }
    item.sink->deliver(item.id, std::move(reply));
    m_finished(1);
}

} // namespace mq::rpc
