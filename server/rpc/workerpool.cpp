#include "rpc/workerpool.h"

#include "storage/database.h"

#include <QLoggingCategory>
#include <QThread>

#include <optional>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcWorkers, "marquee.rpc.workers")

namespace mq::rpc {

WorkerPool::WorkerPool(const storage::DatabaseUrl &url, int threads, const QString &name)
    : m_url(url), m_name(name)
{
    for (int i = 0; i < threads; ++i) {
        std::unique_ptr<QThread> thread(QThread::create([this, i] { run(i); }));
        thread->setObjectName(u"%1-%2"_s.arg(name).arg(i));
        thread->start();
        m_threads.push_back(std::move(thread));
    }
}

WorkerPool::~WorkerPool()
{
    stop();
}

void WorkerPool::submit(Job job)
{
    QMutexLocker lock(&m_mutex);
    m_jobs.push_back(std::move(job));
    m_wake.wakeOne();
}

void WorkerPool::stop()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_wake.wakeAll();
    }
    for (auto &thread : m_threads)
        thread->wait();
    m_threads.clear();
}

qsizetype WorkerPool::queued() const
{
    QMutexLocker lock(&m_mutex);
    return qsizetype(m_jobs.size());
}

void WorkerPool::run(int index)
{
    std::optional<storage::Database> db;
    const QString connectionName = u"marquee-%1-%2"_s.arg(m_name).arg(index);
    for (;;) {
        Job job;
        {
            QMutexLocker lock(&m_mutex);
            while (m_jobs.empty() && !m_stopping)
                m_wake.wait(&m_mutex);
            if (m_jobs.empty())
                break;
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        if (!db) {
            try {
                db.emplace(m_url, connectionName);
            } catch (const storage::StorageError &e) {
                qCWarning(lcWorkers) << "database unavailable:" << e.what();
            }
        }
        job(db ? &*db : nullptr);
    }
}

} // namespace mq::rpc
