#include "storage/loginthrottlerepository.h"

#include "shared/utctime.h"
#include "storage/database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mq::storage {

QDateTime LoginThrottleRepository::lockedUntil(const QString &key, const QString &source)
{
    const qint64 forSource = m_db.scalar(u"SELECT locked_until FROM login_source_throttle"
                                         " WHERE username_key = ? AND source = ?"_s,
                                         {key, source});
    const qint64 forAll =
        m_db.scalar(u"SELECT locked_until FROM login_throttle WHERE username_key = ?"_s, {key});
    return fromStorageTime(qMax(forSource, forAll));
}

LoginThrottleRepository::Counts LoginThrottleRepository::addFailure(const QString &key,
                                                                     const QString &source,
                                                                     const QDateTime &now,
                                                                     const QDateTime &windowStart)
{
    const qint64 at = toStorageTime(now);
    const qint64 start = toStorageTime(windowStart);
    // One statement each, so concurrent failures are all counted.
    QSqlQuery &own = m_db.exec(
        u"INSERT INTO login_source_throttle (username_key, source, failures, first_failure_at,"
        " locked_until) VALUES (?, ?, 1, ?, 0) ON CONFLICT (username_key, source) DO UPDATE SET"
        " failures = CASE WHEN login_source_throttle.first_failure_at < ? THEN 1"
        "   ELSE login_source_throttle.failures + 1 END,"
        " first_failure_at = CASE WHEN login_source_throttle.first_failure_at < ? THEN ?"
        "   ELSE login_source_throttle.first_failure_at END"
        " RETURNING failures"_s,
        {key, source, at, start, start, at});
    Counts counts;
    if (own.next())
        counts.fromSource = own.value(0).toInt();
    QSqlQuery &all = m_db.exec(
        u"INSERT INTO login_throttle (username_key, failures, locked_until, first_failure_at)"
        " VALUES (?, 1, 0, ?) ON CONFLICT (username_key) DO UPDATE SET"
        " failures = CASE WHEN login_throttle.first_failure_at < ? THEN 1"
        "   ELSE login_throttle.failures + 1 END,"
        " first_failure_at = CASE WHEN login_throttle.first_failure_at < ? THEN ?"
        "   ELSE login_throttle.first_failure_at END"
        " RETURNING failures"_s,
        {key, at, start, start, at});
    if (all.next())
        counts.fromAll = all.value(0).toInt();
    return counts;
}

void LoginThrottleRepository::lockSource(const QString &key, const QString &source,
                                         const QDateTime &until)
{
    m_db.exec(u"UPDATE login_source_throttle SET failures = 0, locked_until = ?"
              " WHERE username_key = ? AND source = ?"_s,
              {toStorageTime(until), key, source});
}

void LoginThrottleRepository::lockAll(const QString &key, const QDateTime &until)
{
    m_db.exec(u"UPDATE login_throttle SET failures = 0, locked_until = ? WHERE username_key = ?"_s,
              {toStorageTime(until), key});
}

void LoginThrottleRepository::clearSource(const QString &key, const QString &source)
{
    m_db.exec(u"DELETE FROM login_source_throttle WHERE username_key = ? AND source = ?"_s,
              {key, source});
}

void LoginThrottleRepository::clearAll(const QString &key)
{
    m_db.exec(u"DELETE FROM login_source_throttle WHERE username_key = ?"_s, {key});
    m_db.exec(u"DELETE FROM login_throttle WHERE username_key = ?"_s, {key});
}

int LoginThrottleRepository::purge(const QDateTime &now, const QDateTime &windowStart)
{
    const qint64 at = toStorageTime(now);
    const qint64 start = toStorageTime(windowStart);
    int gone = m_db.exec(u"DELETE FROM login_source_throttle WHERE first_failure_at < ?"
                         " AND locked_until < ?"_s,
                         {start, at})
                   .numRowsAffected();
    gone += m_db.exec(u"DELETE FROM login_throttle WHERE first_failure_at < ? AND locked_until < ?"_s,
                      {start, at})
                .numRowsAffected();
    return gone;
}

} // namespace mq::storage
