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

// Releases expired holds on time: twice a second a worker looks for holds past their expiry
// (stored in the database, so holds that expired while the server was down go first) and
// pushes their seats back on sale. Several instances may sweep one database; each hold is
// released once, under its row lock.
class HoldSweeper : public QObject
{
    Q_OBJECT
public:
    HoldSweeper(rpc::WorkerPool &pool, rpc::ServerEnv &env, rpc::Broadcaster &broadcaster,
                QObject *parent = nullptr);
    void start(int intervalMs = 500);
    void stop();
    bool isSweeping() const { return m_running.load(); }

private:
    void sweep();

    rpc::WorkerPool &m_pool;
    rpc::ServerEnv &m_env;
    rpc::Broadcaster &m_broadcaster;
    QTimer *m_timer;
    std::atomic<bool> m_running{false};
};

} // namespace mq::app
