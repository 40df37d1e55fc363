#include "storage/database.h"

#include <algorithm>

#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDatabase, "marquee.storage.database")

namespace mq::storage {

namespace {
std::shared_ptr<QMutex> writerGateOf(const QString &path)
{
    static QMutex guard;
    static QHash<QString, std::weak_ptr<QMutex>> gates;
    QMutexLocker lock(&guard);
    std::shared_ptr<QMutex> gate = gates.value(path).lock();
    if (!gate) {
        gate = std::make_shared<QMutex>();
        gates.insert(path, gate);
    }
    return gate;
}
} // namespace

Database::Database(const DatabaseUrl &url, const QString &connectionName)
    : m_url(url), m_dialect(url.backend), m_name(connectionName)
{
    if (!m_dialect.isPostgres())
        m_writerGate = writerGateOf(QFileInfo(m_url.sqlitePath).absoluteFilePath());
    open();
}

void Database::releaseGate()
{
    if (m_holdsGate) {
        m_holdsGate = false;
        m_writerGate->unlock();
    }
}

Database::~Database()
{
    m_prepared.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen()) {
            if (m_inTransaction)
                db.exec(u"ROLLBACK"_s);
            db.close();
        }
    }
    releaseGate();
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDriver *Database::driver() const
{
    return QSqlDatabase::database(m_name, false).driver();
}

void Database::open()
{
    m_prepared.clear();
    m_inTransaction = false;
    QSqlDatabase db = QSqlDatabase::contains(m_name) ? QSqlDatabase::database(m_name, false)
                      : QSqlDatabase::addDatabase(m_dialect.isPostgres() ? u"QPSQL"_s : u"QSQLITE"_s,
                                                  m_name);
    if (db.isOpen())
        db.close();
    if (m_dialect.isPostgres()) {
        db.setHostName(m_url.host);
        db.setPort(m_url.port);
        db.setUserName(m_url.user);
        db.setPassword(m_url.password);
        db.setDatabaseName(m_url.databaseName);
        // Keepalives: a half-dead connection (a cable pulled, a VM frozen) is noticed in about a
        // minute instead of holding a hot row's lock for hours. Options from the URL win.
        QStringList options{u"connect_timeout=5"_s, u"application_name=marquee-server"_s,
                            u"keepalives=1"_s, u"keepalives_idle=30"_s,
                            u"keepalives_interval=10"_s, u"keepalives_count=3"_s};
        for (const auto &option : m_url.options) {
            const QString prefix = option.first + u'=';
            options.erase(std::remove_if(options.begin(), options.end(),
                                         [&](const QString &o) { return o.startsWith(prefix); }),
                          options.end());
            options.append(prefix + option.second);
        }
        db.setConnectOptions(options.join(u';'));
    } else {
        db.setDatabaseName(m_url.sqlitePath);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=15000"_s);
    }
    if (!db.open()) {
        qCWarning(lcDatabase) << "cannot open" << m_url.displayName() << db.lastError().text();
        throw StorageError(StorageError::Kind::Unavailable, db.lastError().text());
    }
    if (m_dialect.isPostgres()) {
        execDirect(u"SET TIME ZONE 'UTC'"_s);
        execDirect(u"SET lock_timeout = '5s'"_s);
        // No transaction of ours waits on anything outside the database; one left idle is a
        // server that died or hung mid-transaction, holding locks everyone else needs.
        execDirect(u"SET idle_in_transaction_session_timeout = '30s'"_s);
        execDirect(u"SET client_min_messages = warning"_s);
    } else {
        execDirect(u"PRAGMA journal_mode=WAL"_s);
        // FULL: a sale answered is on disk even if the machine loses power (SQLite is the system
        // of record on a small site); `?synchronous=normal` trades that for speed.
        execDirect(m_url.sqliteSynchronous == u"normal"_s ? u"PRAGMA synchronous=NORMAL"_s
                                                         : u"PRAGMA synchronous=FULL"_s);
        execDirect(u"PRAGMA foreign_keys=ON"_s);
        // Every worker has its own connection, whose page cache is dropped whenever another one
        // commits; mapped pages make those re-reads cheap instead of a read() copy each.
        execDirect(u"PRAGMA mmap_size=268435456"_s);
    }
}

QSqlQuery &Database::exec(const QString &sql, const QVariantList &args)
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            fail(query.lastError(), sql);
        it = m_prepared.insert(sql, std::move(query));
    }
    QSqlQuery &query = *it;
    query.finish();
    for (int i = 0; i < args.size(); ++i) {
        const QVariant &arg = args.at(i);
        // An empty text is not a missing one: a null QString would bind as SQL NULL.
        if (arg.typeId() == QMetaType::QString && !arg.isNull() && arg.toString().isNull())
            query.bindValue(i, QString(u""_s));
        else
            query.bindValue(i, arg);
    }
    if (!query.exec())
        fail(query.lastError(), sql);
    return query;
}

void Database::execDirect(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    if (!query.exec(sql))
        fail(query.lastError(), sql);
}

qint64 Database::scalar(const QString &sql, const QVariantList &args, qint64 fallback)
{
    QSqlQuery &q = exec(sql, args);
    const qint64 value = q.next() ? q.value(0).toLongLong() : fallback;
    q.finish();
    return value;
}

void Database::begin(bool write)
{
    if (!QSqlDatabase::database(m_name, false).isOpen())
        open();
    if (write && m_writerGate && !m_holdsGate) {
        QElapsedTimer waited;
        waited.start();
        m_writerGate->lock();
        m_holdsGate = true;
        qCDebug(lcDatabase) << "writer gate after" << waited.nsecsElapsed() / 1000 << "us";
    }
    try {
        try {
            execDirect(write ? m_dialect.beginWrite() : m_dialect.beginRead());
        } catch (const StorageError &e) {
            // A connection that died while idle (the database restarted since) fails at BEGIN,
            // before anything ran: open a new one and begin again, once.
            if (e.kind() != StorageError::Kind::Unavailable)
                throw;
            open();
            execDirect(write ? m_dialect.beginWrite() : m_dialect.beginRead());
        }
    } catch (...) {
        releaseGate();
        throw;
    }
    m_inTransaction = true;
}

namespace {
thread_local Database::CommitFault t_commitFault = Database::CommitFault::None;
thread_local int t_commitFaultSkip = 0;
} // namespace

void Database::injectCommitFault(CommitFault fault, int skip)
{
    t_commitFault = fault;
    t_commitFaultSkip = skip;
}

bool Database::commitFaultPending()
{
    return t_commitFault != CommitFault::None;
}

void Database::commit()
{
    // Finished statements release SQLite's read cursors before the commit.
    for (QSqlQuery &q : m_prepared)
        q.finish();
    CommitFault fault = CommitFault::None;
    if (t_commitFault != CommitFault::None && t_commitFaultSkip-- == 0) {
        fault = t_commitFault;
        t_commitFault = CommitFault::None;
    }
    try {
        if (fault == CommitFault::LostBeforeCommit)
            execDirect(u"ROLLBACK"_s);
        else
            execDirect(u"COMMIT"_s);
        if (fault != CommitFault::None)
            throw StorageError(StorageError::Kind::Unavailable, u"connection lost during COMMIT (injected)"_s);
    } catch (const StorageError &e) {
        m_inTransaction = false;
        if (e.retryable()) {
            rollbackNow();
            throw;
        }
        releaseGate();
        // A COMMIT that failed otherwise (the connection died under it) has an unknown outcome:
        // the caller is told the database is unavailable, never that something internal broke.
        QSqlDatabase::database(m_name, false).close();
        m_prepared.clear();
        throw StorageError(StorageError::Kind::Unavailable, QString::fromUtf8(e.what()));
    }
    m_inTransaction = false;
    releaseGate();
}

void Database::rollback()
{
    if (!m_inTransaction) {
        releaseGate();
        return;
    }
    m_inTransaction = false;
    rollbackNow();
}

void Database::rollbackNow()
{
    for (QSqlQuery &q : m_prepared)
        q.finish();
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    if (db.isOpen()) {
        QSqlQuery query(db);
        if (!query.exec(u"ROLLBACK"_s))
            qCWarning(lcDatabase) << "rollback failed" << query.lastError().text();
    }
    releaseGate();
}

void Database::backoff(int attempt)
{
    // Randomised so that the transactions that collided do not collide again.
    const int ceiling = qMin(2 << attempt, 100);
    QThread::msleep(1 + QRandomGenerator::global()->bounded(ceiling));
}

void Database::fail(const QSqlError &error, const QString &sql)
{
    const StorageError::Kind kind = m_dialect.classify(error);
    if (kind != StorageError::Kind::Retryable && kind != StorageError::Kind::UniqueViolation)
        qCWarning(lcDatabase) << "query failed:" << error.text() << "code" << error.nativeErrorCode()
                              << "sql:" << sql.left(200);
    if (kind == StorageError::Kind::Unavailable) {
        // Reconnect on the next transaction; prepared statements died with the connection.
        m_inTransaction = false;
        m_prepared.clear();
        QSqlDatabase::database(m_name, false).close();
    }
    throw StorageError(kind, error.text());
}

QVariant nullId()
{
    return QVariant(QMetaType::fromType<qlonglong>());
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(qlonglong(id)) : nullId();
}

} // namespace mq::storage
