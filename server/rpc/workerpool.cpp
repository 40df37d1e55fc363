#include "rpc/workerpool.h"

#include "storage/database.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QThread>
#include <QTimer>

#include <optional>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcWorkers, "marquee.rpc.workers")

namespace mq::rpc {

WorkerPool::WorkerPool(const storage::DatabaseUrl &url, int threads, const QString &name)
    : m_url(url), m_name(name), m_threadCount(size_t(qMax(0, threads)))
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

void WorkerPool::submit(const QString &key, Job job)
{
    QMutexLocker lock(&m_mutex);
    std::deque<Job> &queue = m_jobs[key];
    if (queue.empty())
        m_turns.push_back(key);
    queue.push_back(std::move(job));
    ++m_queued;
    m_wake.wakeOne();
}

void WorkerPool::submitAfter(int ms, const QString &key, Job job)
{
    if (ms <= 0) {
        submit(key, std::move(job));
        return;
    }
    QMetaObject::invokeMethod(
        &m_timers,
        [this, ms, key, job = std::move(job)] {
            QTimer::singleShot(ms, &m_timers, [this, key, job] { submit(key, job); });
        },
        Qt::QueuedConnection);
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
    return m_queued;
}

void WorkerPool::run(int index)
{
    std::optional<storage::Database> db;
    const QString connectionName = u"marquee-%1-%2"_s.arg(m_name).arg(index);
    for (;;) {
        Job job;
        {
            QMutexLocker lock(&m_mutex);
            while (m_turns.empty() && !m_stopping)
                m_wake.wait(&m_mutex);
            if (m_turns.empty())
                break;
            // The key whose turn it is gives one job and goes to the back of the line.
            const QString key = m_turns.front();
            m_turns.pop_front();
            auto queue = m_jobs.find(key);
            job = std::move(queue->front());
            queue->pop_front();
            --m_queued;
            if (queue->empty())
                m_jobs.erase(queue);
            else
                m_turns.push_back(key);
        }
        if (!db) {
            try {
                db.emplace(m_url, connectionName);
            } catch (const storage::StorageError &e) {
                qCWarning(lcWorkers) << "database unavailable:" << e.what();
            }
        }
        QElapsedTimer timer;
        timer.start();
        job(db ? &*db : nullptr);
        // A moving average over roughly the last 32 jobs.
        const qint64 micros = timer.nsecsElapsed() / 1000;
        const qint64 average = m_averageMicros.load();
        m_averageMicros.store(average + (micros - average) / 32);
    }
}

} // namespace mq::rpc
