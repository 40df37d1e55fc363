#pragma once

#include "storage/databaseurl.h"
#include "storage/dialect.h"
#include "storage/storageerror.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>
#include <utility>

namespace mq::storage {

// One database connection, owned by and used from exactly one thread. Queries are prepared once
// and cached per connection. Every failure is thrown as a StorageError.
class Database
{
public:
    Database(const DatabaseUrl &url, const QString &connectionName);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const Dialect &dialect() const { return m_dialect; }
    const DatabaseUrl &url() const { return m_url; }
    // The driver of this connection (PostgreSQL notifications are subscribed through it).
    QSqlDriver *driver() const;

    // Runs a prepared statement with positional `?` arguments. The returned query is valid until
    // the next exec() of the same SQL on this connection.
    QSqlQuery &exec(const QString &sql, const QVariantList &args = {});
    // Runs one statement without preparing it (DDL, transaction control).
    void execDirect(const QString &sql);
    // A single integer from the first column of the first row, or `fallback` when no row.
    qint64 scalar(const QString &sql, const QVariantList &args = {}, qint64 fallback = 0);

    void begin(bool write);
    void commit();
    void rollback();
    bool inTransaction() const { return m_inTransaction; }

    // Runs `work` in a transaction and commits; rolls back on any exception. Serialization
    // failures, deadlocks and busy errors run the whole of `work` again, a bounded number of times.
    template<typename Work>
    auto write(Work &&work) -> decltype(work())
    {
        return run(true, std::forward<Work>(work));
    }
    template<typename Work>
    auto read(Work &&work) -> decltype(work())
    {
        return run(false, std::forward<Work>(work));
    }

    // Tests only: the connection is lost at this thread's `skip`-th next COMMIT (0: the next
    // one), either before the database committed or after it did, with the answer lost. Both
    // look the same to the caller: an unknown outcome, as when a network dies mid-COMMIT.
    enum class CommitFault { None, LostBeforeCommit, LostAfterCommit };
    static void injectCommitFault(CommitFault fault, int skip = 0);
    static bool commitFaultPending();

    static constexpr int MaxAttempts = 8;
    // Lock waits and retries together never pin a worker longer than this; then the caller is
    // answered 503 and may try again.
    static constexpr qint64 RetryBudgetMs = 15'000;

private:
    template<typename Work>
    auto run(bool writeMode, Work &&work) -> decltype(work())
    {
        QElapsedTimer spent;
        spent.start();
        for (int attempt = 1;; ++attempt) {
            begin(writeMode);
            try {
                if constexpr (std::is_void_v<decltype(work())>) {
                    work();
                    commit();
                    return;
                } else {
                    auto result = work();
                    commit();
                    return result;
                }
            } catch (const StorageError &e) {
                rollback();
                if (!e.retryable() || attempt >= MaxAttempts || spent.elapsed() > RetryBudgetMs)
                    throw;
                backoff(attempt);
            } catch (...) {
                rollback();
                throw;
            }
        }
    }
    void open();
    void backoff(int attempt);
    [[noreturn]] void fail(const QSqlError &error, const QString &sql);

    DatabaseUrl m_url;
    Dialect m_dialect;
    QString m_name;
    QHash<QString, QSqlQuery> m_prepared;
    bool m_inTransaction = false;
    // SQLite has one writer at a time. Writers of this process queue on this gate (one per
    // database file) and wake the moment it is free, instead of SQLite's busy handler, which
    // polls with sleeps of up to 100 ms and turns a rush into waiting.
    std::shared_ptr<QMutex> m_writerGate;
    bool m_holdsGate = false;
    void releaseGate();
    void rollbackNow();
};

// A NULL of integer type, for nullable id columns.
QVariant nullId();
QVariant idOrNull(qint64 id);

} // namespace mq::storage
