#pragma once

#include "storage/databaseurl.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QWaitCondition>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <vector>

class QThread;

namespace mq::storage {
class Database;
}

namespace mq::rpc {

// A fixed set of threads, each owning its own database connection, opened in that thread and
// never shared. Jobs are queued per client key (a source address, or a connection of a trusted
// network) and served round-robin across keys, in submission order within one, so a client
// queueing a thousand jobs delays everyone else by at most one job each; a slow lock wait blocks
// one worker, never the network.
class WorkerPool
{
public:
    // The database is null when it cannot be reached; the job must answer "unavailable".
    using Job = std::function<void(storage::Database *db)>;

    WorkerPool(const storage::DatabaseUrl &url, int threads, const QString &name);
    ~WorkerPool();
    WorkerPool(const WorkerPool &) = delete;
    WorkerPool &operator=(const WorkerPool &) = delete;

    // The server's own work (purchase batches) goes under the empty key.
    void submit(Job job) { submit(QString(), std::move(job)); }
    void submit(const QString &key, Job job);
    // Queues `job` once `ms` have passed, holding no thread meanwhile (what an outside party
    // such as the payment gateway takes is waited out on a timer of the pool's own thread).
    void submitAfter(int ms, const QString &key, Job job);
    // Runs every job already queued, then joins the threads.
    void stop();
    qsizetype queued() const;
    int threadCount() const { return int(m_threadCount); }
    // How long a job takes, on a moving average (for "retry after" estimates).
    qint64 averageJobMicros() const { return m_averageMicros.load(); }

private:
    void run(int index);

    storage::DatabaseUrl m_url;
    QString m_name;
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    QHash<QString, std::deque<Job>> m_jobs;
    std::deque<QString> m_turns; // keys with jobs waiting, in the order they are served
    qsizetype m_queued = 0;
    size_t m_threadCount = 0;
    std::atomic<qint64> m_averageMicros{1000};
    bool m_stopping = false;
    std::vector<std::unique_ptr<QThread>> m_threads;
    QObject m_timers; // submitAfter's timers, in the thread that made the pool
};

} // namespace mq::rpc
