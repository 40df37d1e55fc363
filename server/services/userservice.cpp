#include "services/userservice.h"

#include "services/clock.h"
#include "services/serviceerror.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/loginthrottlerepository.h"
#include "storage/sessionrepository.h"
#include "storage/userrepository.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace mq::services {

QList<User> UserService::listUsers(const QString &query)
{
    const QList<User> all = m_db.read([&] { return storage::UserRepository(m_db).list(); });
    const QString needle = query.trimmed();
    if (needle.isEmpty())
        return all;
    QList<User> matching;
    for (const User &user : all) {
        if (user.username.contains(needle, Qt::CaseInsensitive) ||
            user.displayName.contains(needle, Qt::CaseInsensitive))
            matching.append(user);
    }
    return matching;
}

RoleChange UserService::setRole(const Caller &caller, Id userId, const QString &role)
{
    const std::optional<Role> newRole = roleFromName(role);
    if (!newRole) {
        QStringList names;
        for (Role r : {Role::Customer, Role::Clerk, Role::Manager, Role::Admin})
            names.append(roleName(r));
        throw ServiceError(
            RpcError::validation(u"role"_s, u"Role must be one of: "_s + names.join(u", "_s)));
    }
    return m_db.write([&] {
        storage::UserRepository users(m_db);
        const QList<Id> admins = users.lockAdmins();
        const auto record = users.lockById(userId);
        if (!record)
            throw ServiceError(RpcError::notFound(u"User"_s));
        User user = record->user;
        if (user.role == *newRole)
            return RoleChange{user, {}};
        if (user.role == Role::Admin && admins.size() <= 1)
            throw ServiceError(RpcError::make(ErrorCode::Conflict, Reason::LastAdmin,
                                              u"At least one administrator must remain"_s));
        const QJsonObject before = user.toJson();
        user.role = *newRole;
        users.setRole(userId, *newRole);
        storage::AuditRepository(m_db).append(
            storage::AuditEntry{0, Clock::now(), caller.user.id, caller.user.username,
                                u"user.set_role"_s, u"user"_s, userId, before, user.toJson(), {}});
        // Connections keep the role they logged in with; ending them applies the new one.
        const QList<Id> ended =
            storage::SessionRepository(m_db).revokeOthers(userId, 0, Clock::now());
        return RoleChange{user, ended};
    });
}

void UserService::unlock(const Caller &caller, Id userId)
{
    m_db.write([&] {
        const auto record = storage::UserRepository(m_db).findById(userId);
        if (!record)
            throw ServiceError(RpcError::notFound(u"User"_s));
        storage::LoginThrottleRepository(m_db).clearAll(
            storage::UserRepository::key(record->user.username));
        storage::AuditRepository(m_db).append(
            storage::AuditEntry{0, Clock::now(), caller.user.id, caller.user.username,
                                u"user.unlock"_s, u"user"_s, userId, {}, record->user.toJson(), {}});
    });
}

} // namespace mq::services
