#pragma once

#include "services/caller.h"

#include <QList>
#include <QString>

namespace mq::storage {
class Database;
}

namespace mq::services {

struct RoleChange
{
    User user;
    QList<Id> endedSessions; // the user's sessions, ended so the new role applies at once
};

// Administrators' view of the accounts: list them and change their roles.
class UserService
{
public:
    explicit UserService(storage::Database &db) : m_db(db) {}

    // Every user, ordered by username; `query` keeps those whose username or display name
    // contains it, ignoring case.
    QList<User> listUsers(const QString &query);
    // 422 for an unknown role, 404 for an unknown user, 409 last_admin when no admin would be
    // left. Audited in the same transaction; a role that does not change changes nothing.
    RoleChange setRole(const Caller &caller, Id userId, const QString &role);
    // admin.unlockUser: forgets the user's failed sign-ins from every source (the lock for one
    // source and the lock for everyone); 404 for an unknown user; audited.
    void unlock(const Caller &caller, Id userId);

private:
    storage::Database &m_db;
};

} // namespace mq::services
