#include "storage/sessionrepository.h"

#include "shared/utctime.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace mq::storage {

Id SessionRepository::create(Id userId, const QString &tokenHash, const QDateTime &now,
                             const QDateTime &expires)
{
    QSqlQuery &q = m_db.exec(u"INSERT INTO sessions (user_id, token_hash, created_at, expires_at)"
                             " VALUES (?, ?, ?, ?) RETURNING id"_s,
                             {userId, tokenHash, toStorageTime(now), toStorageTime(expires)});
    q.next();
    return q.value(0).toLongLong();
}

std::optional<SessionRecord> SessionRepository::findValid(const QString &tokenHash,
                                                          const QDateTime &now)
{
    QSqlQuery &q = m_db.exec(
        u"SELECT s.id, u.id, u.username, u.display_name, u.role, s.expires_at FROM sessions s"
        " JOIN users u ON u.id = s.user_id"
        " WHERE s.token_hash = ? AND s.revoked_at IS NULL AND s.expires_at > ?"_s,
        {tokenHash, toStorageTime(now)});
    if (!q.next())
        return std::nullopt;
    SessionRecord r;
    r.sessionId = q.value(0).toLongLong();
    r.user.id = q.value(1).toLongLong();
    r.user.username = q.value(2).toString();
    r.user.displayName = q.value(3).toString();
    r.user.role = roleFromName(q.value(4).toString()).value_or(Role::Customer);
    r.expiresAt = fromStorageTime(q.value(5).toLongLong());
    return r;
}

bool SessionRepository::isValid(Id sessionId, const QDateTime &now)
{
    return m_db.scalar(u"SELECT COUNT(*) FROM sessions WHERE id = ? AND revoked_at IS NULL"
                       " AND expires_at > ?"_s,
                       {sessionId, toStorageTime(now)})
           > 0;
}

void SessionRepository::revoke(Id sessionId, const QDateTime &now)
{
    m_db.exec(u"UPDATE sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"_s,
              {toStorageTime(now), sessionId});
}

QList<Id> SessionRepository::revokeOthers(Id userId, Id keepSessionId, const QDateTime &now)
{
    QList<Id> ids;
    QSqlQuery &q = m_db.exec(u"UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND id <> ?"
                             " AND revoked_at IS NULL RETURNING id"_s,
                             {toStorageTime(now), userId, keepSessionId});
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

int SessionRepository::purgeEnded(const QDateTime &before)
{
    const qint64 at = toStorageTime(before);
    return m_db.exec(u"DELETE FROM sessions WHERE expires_at < ? OR revoked_at < ?"_s, {at, at})
        .numRowsAffected();
}

} // namespace mq::storage
