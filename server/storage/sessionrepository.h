#pragma once

#include "shared/domain.h"

#include <QDateTime>
#include <optional>

namespace mq::storage {

class Database;

struct SessionRecord
{
    Id sessionId = 0;
    User user;
    QDateTime expiresAt;
};

// Login sessions. Only a hash of each token is stored.
class SessionRepository
{
public:
    explicit SessionRepository(Database &db) : m_db(db) {}

    Id create(Id userId, const QString &tokenHash, const QDateTime &now, const QDateTime &expires);
    std::optional<SessionRecord> findValid(const QString &tokenHash, const QDateTime &now);
    bool isValid(Id sessionId, const QDateTime &now);
    void revoke(Id sessionId, const QDateTime &now);
    // Revokes every live session of the user except one; returns the ids it revoked.
    QList<Id> revokeOthers(Id userId, Id keepSessionId, const QDateTime &now);
    // Sessions that expired or were revoked before `before`; how many went.
    int purgeEnded(const QDateTime &before);

private:
    Database &m_db;
};

} // namespace mq::storage
