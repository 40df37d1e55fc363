#pragma once

#include "rpc/replysink.h"
#include "services/caller.h"

#include <QHash>
#include <QJsonObject>
#include <QMutex>

#include <functional>
#include <memory>

namespace mq::storage {
class Database;
}

namespace mq::rpc {

class Broadcaster;
class WorkerPool;
struct ServerEnv;

// Gathers purchases of the same ticket type that wait for a worker into one batch, run as one
// transaction (SalesService::purchaseBatch). When workers are idle a batch holds one purchase and
// costs nothing extra; in a rush, buyers queued behind a busy worker share one lock and one commit.
class PurchaseBatcher
{
public:

    struct Item
    {
        QJsonValue id;
        services::Caller caller;
        QJsonObject params;
        std::shared_ptr<ReplySink> sink;
    };

    // maxBatch 1 turns batching off: one transaction per purchase.
    PurchaseBatcher(WorkerPool &pool, ServerEnv &env, Broadcaster &broadcaster, int maxBatch,
                    std::function<void(int)> finished);

    void add(Item item);

private:
    struct Batch
    {
        Id ticketTypeId = 0;
        QList<Item> items;
    };
    void run(const std::shared_ptr<Batch> &batch, storage::Database *db);
    // A mixed basket (several ticket types, one order) runs on its own, all or nothing.
    void runBasket(const Item &item, storage::Database *db);

    WorkerPool &m_pool;
    ServerEnv &m_env;
    Broadcaster &m_broadcaster;
    int m_maxBatch;
    std::function<void(int)> m_finished;
    QMutex m_mutex;
    QHash<Id, std::shared_ptr<Batch>> m_open; // batches queued but not yet started
};

} // namespace mq::rpc
