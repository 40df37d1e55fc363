#pragma once

#include "storage/databaseurl.h"

#include <QMutex>
#include <QString>
#include <QWaitCondition>

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
// never shared. Jobs run in submission order on whichever worker is free, so a slow lock wait
// blocks one worker, never the network.
class WorkerPool
{
public:
    // The database is null when it cannot be reached; the job must answer "unavailable".
    using Job = std::function<void(storage::Database *db)>;

    WorkerPool(const storage::DatabaseUrl &url, int threads, const QString &name);
    ~WorkerPool();
    WorkerPool(const WorkerPool &) = delete;
    WorkerPool &operator=(const WorkerPool &) = delete;

    void submit(Job job);
    // Runs every job already queued, then joins the threads.
    void stop();
    qsizetype queued() const;

private:
    void run(int index);

    storage::DatabaseUrl m_url;
    QString m_name;
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<Job> m_jobs;
    bool m_stopping = false;
    std::vector<std::unique_ptr<QThread>> m_threads;
};

} // namespace mq::rpc
