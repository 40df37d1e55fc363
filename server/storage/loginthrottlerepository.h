#pragma once

#include <QDateTime>
#include <QString>

namespace mq::storage {

class Database;

// Failed attempts at a secret (a sign-in name, a password change), whether or not the account
// exists: counted per key and source address, and per key over all sources, each within a
// window that starts at its first failure.
class LoginThrottleRepository
{
public:
    explicit LoginThrottleRepository(Database &db) : m_db(db) {}

    struct Counts
    {
        int fromSource = 0;
        int fromAll = 0;
    };

    // The later of the key's lock for this source and its lock for every source.
    QDateTime lockedUntil(const QString &key, const QString &source);
    // Counts one failure (a window older than `windowStart` starts again at one).
    Counts addFailure(const QString &key, const QString &source, const QDateTime &now,
                      const QDateTime &windowStart);
    void lockSource(const QString &key, const QString &source, const QDateTime &until);
    void lockAll(const QString &key, const QDateTime &until);
    // A success from this source forgets its failures (not the other sources').
    void clearSource(const QString &key, const QString &source);
    // Every failure and lock of the key, from every source (admin.unlockUser).
    void clearAll(const QString &key);
    // Rows whose window started before `windowStart` and whose lock is over; how many went.
    int purge(const QDateTime &now, const QDateTime &windowStart);

private:
    Database &m_db;
};

} // namespace mq::storage
