#pragma once

#include <QObject>

#include <atomic>

class QTimer;

namespace mq::rpc {
class Broadcaster;
class WorkerPool;
struct ServerEnv;
} // namespace mq::rpc

namespace mq::app {

// Every few seconds a worker looks for purchases left half done (reserved, maybe paid, never
// confirmed) by a server that died or by this one's failures, and settles them with the
// payment gateway's record: paid ones become their orders, the rest are voided and their
// tickets go back on sale.
class PurchaseReconciler : public QObject
{
    Q_OBJECT
public:
    PurchaseReconciler(rpc::WorkerPool &pool, rpc::ServerEnv &env, rpc::Broadcaster &broadcaster,
                       QObject *parent = nullptr);
    void start(int intervalMs = 5000);
    // How long this server's own purchases may stay between reserve and confirm before they
    // count as abandoned (their buyers were answered 503 long ago).
    qint64 ownTimeoutMs() const;

private:
    void sweep();

    rpc::WorkerPool &m_pool;
    rpc::ServerEnv &m_env;
    rpc::Broadcaster &m_broadcaster;
    QTimer *m_timer;
    std::atomic<bool> m_running{false};
};

} // namespace mq::app
