#pragma once

#include "rpc/pipelinelimits.h"
#include "rpc/replysink.h"
#include "services/purchaseflow.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QRecursiveMutex>
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>

namespace mq::storage {
class Database;
}

namespace mq::rpc {

class Broadcaster;
class WorkerPool;
struct ServerEnv;

// Runs order.purchase as PurchaseFlow's reserve → pay → confirm with, per ticket type, at most
// one reserve and one confirm transaction at a time: buyers arriving meanwhile gather and the
// next transaction takes them all (a lone buyer starts at once). The other database workers
// stay free for everything else, and no worker waits on a payment: the gateway's latency is
// waited out on a timer. Beyond `maxBuyersPerType` in progress, buyers wait in arrival order
// and are told their place (queue.position). A repeated requestId joins its first attempt.
// Lives in the thread that creates it (for its timers); add() may be called from any thread.
class PurchasePipeline : public QObject
{
    Q_OBJECT

public:
    struct Item
    {
        QJsonValue id;
        services::Caller caller;
        QJsonObject params;
        std::shared_ptr<ReplySink> sink;
    };

    PurchasePipeline(WorkerPool &pool, ServerEnv &env, Broadcaster &broadcaster,
                     PipelineLimits limits, std::function<void(int)> finished);
    ~PurchasePipeline() override;

    void add(Item item);
    // Buyers waiting in line, all ticket types together.
    int waiting() const;

private:
    struct Buyer;
    using BuyerPtr = std::shared_ptr<Buyer>;
    struct Paid;
    struct Lane;

    void admitLocked(Id laneId, Lane &lane);
    void startReserveLocked(Id laneId, Lane &lane);
    void runReserve(Id laneId, const QList<BuyerPtr> &batch, storage::Database *db);
    void pay(Id laneId, const QList<Paid> &reserved, storage::Database *db);
    void chargeAndConfirm(Id laneId, QList<Paid> reserved, storage::Database *db);
    void addPaid(Id laneId, const QList<Paid> &paid, storage::Database *db);
    void runConfirm(Id laneId, const QList<Paid> &batch, storage::Database *db);
    void finishLocked(Id laneId, int buyers);
    // Their reservations are confirmed or gone; `released`: some tickets went back on sale.
    void releaseLocked(Id laneId, const QList<Paid> &done, bool released);
    void answer(const BuyerPtr &buyer, Reply reply);
    void pushPositions();
    void publish(const QList<services::InventoryChange> &changes);

    WorkerPool &m_pool;
    ServerEnv &m_env;
    Broadcaster &m_broadcaster;
    PipelineLimits m_limits;
    std::function<void(int)> m_finished;
    // Recursive: answering a buyer (which may happen with the lock held) updates the maps too.
    mutable QRecursiveMutex m_mutex;
    QHash<Id, std::shared_ptr<Lane>> m_lanes; // by ticket type (a basket: its first one)
    QHash<QString, BuyerPtr> m_byRequest;     // buyers in progress by request key
    int m_waiting = 0;
    QTimer m_positions;
    QElapsedTimer m_clock;
};

} // namespace mq::rpc
