#include "app/purchasereconciler.h"

#include "rpc/broadcaster.h"
#include "rpc/serverenv.h"
#include "rpc/workerpool.h"
#include "services/purchaseflow.h"
#include "storage/database.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcReconciler, "marquee.app.reconciler")

namespace mq::app {

PurchaseReconciler::PurchaseReconciler(rpc::WorkerPool &pool, rpc::ServerEnv &env,
                                       rpc::Broadcaster &broadcaster, QObject *parent)
    : QObject(parent), m_pool(pool), m_env(env), m_broadcaster(broadcaster), m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &PurchaseReconciler::sweep);
}

void PurchaseReconciler::start(int intervalMs)
{
    m_timer->start(intervalMs);
}

qint64 PurchaseReconciler::ownTimeoutMs() const
{
    return 120'000 + 2 * qint64(m_env.gateway.latencyMs());
}

void PurchaseReconciler::sweep()
{
    if (m_running.exchange(true))
        return;
    const qint64 timeout = ownTimeoutMs();
    m_pool.submit([this, timeout](storage::Database *db) {
        if (db) {
            try {
                const QList<services::InventoryChange> changes =
                    services::PurchaseFlow(*db, m_env.gateway, services::PurchaseFlow::thisProcess())
                        .reconcileOrphans(timeout);
                for (const services::InventoryChange &change : changes)
                    m_broadcaster.publish(change);
            } catch (const std::exception &e) {
                qCWarning(lcReconciler) << "reconciling purchases failed:" << e.what();
            }
        }
        m_running = false;
    });
}

} // namespace mq::app
