#pragma once

#include <QObject>

#include <atomic>

class QTimer;

namespace mq::rpc {
class WorkerPool;
struct ServerEnv;
} // namespace mq::rpc

namespace mq::app {

// Keeps the tables that grow with traffic from growing for ever: every few minutes a worker
// deletes failed sign-ins whose window and lock are over, and sessions that ended a day ago.
class Housekeeper : public QObject
{
    Q_OBJECT
public:
    Housekeeper(rpc::WorkerPool &pool, rpc::ServerEnv &env, QObject *parent = nullptr);
    void start(int intervalMs = 5 * 60 * 1000);
    void stop();

private:
    void sweep();

    rpc::WorkerPool &m_pool;
    rpc::ServerEnv &m_env;
    QTimer *m_timer;
    std::atomic<bool> m_running{false};
};

} // namespace mq::app
