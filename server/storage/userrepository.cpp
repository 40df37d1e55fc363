#include "storage/userrepository.h"

#include "shared/utctime.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace mq::storage {

namespace {

const QString UserColumns = u"id, username, display_name, role, password_hash, guest"_s;

UserRecord readUser(const QSqlQuery &q)
{
    UserRecord r;
    r.user.id = q.value(0).toLongLong();
    r.user.username = q.value(1).toString();
    r.user.displayName = q.value(2).toString();
    r.user.role = roleFromName(q.value(3).toString()).value_or(Role::Customer);
    r.passwordHash = q.value(4).toString();
    r.guest = q.value(5).toInt() != 0;
    return r;
}

} // namespace

User UserRepository::create(const QString &username, const QString &displayName, Role role,
                            const QString &passwordHash, const QDateTime &now, bool guest)
{
    // Only a guest names the guest column (migration 4); everyone else takes its default, so an
    // account is created the same way in a schema from before guests (the upgrade test has one).
    QSqlQuery &q = m_db.exec(
        u"INSERT INTO users (username, username_key, display_name, role, password_hash, created_at"_s
            + (guest ? u", guest) VALUES (?, ?, ?, ?, ?, ?, 1)"_s : u") VALUES (?, ?, ?, ?, ?, ?)"_s)
            + u" RETURNING id"_s,
        {username, key(username), displayName, roleName(role), passwordHash, toStorageTime(now)});
    q.next();
    return User{q.value(0).toLongLong(), username, displayName, role};
}

std::optional<UserRecord> UserRepository::findByName(const QString &username)
{
    QSqlQuery &q = m_db.exec(u"SELECT "_s + UserColumns + u" FROM users WHERE username_key = ?"_s,
                             {key(username)});
    if (!q.next())
        return std::nullopt;
    return readUser(q);
}

std::optional<UserRecord> UserRepository::findById(Id id)
{
    QSqlQuery &q = m_db.exec(u"SELECT "_s + UserColumns + u" FROM users WHERE id = ?"_s, {id});
    if (!q.next())
        return std::nullopt;
    return readUser(q);
}

bool UserRepository::nameExists(const QString &username)
{
    return m_db.scalar(u"SELECT COUNT(*) FROM users WHERE username_key = ?"_s, {key(username)}) > 0;
}

void UserRepository::setPasswordHash(Id userId, const QString &hash)
{
    m_db.exec(u"UPDATE users SET password_hash = ? WHERE id = ?"_s, {hash, userId});
}

void UserRepository::setRole(Id userId, Role role)
{
    m_db.exec(u"UPDATE users SET role = ? WHERE id = ?"_s, {roleName(role), userId});
}

QList<User> UserRepository::list()
{
    QList<User> users;
    QSqlQuery &q = m_db.exec(u"SELECT "_s + UserColumns + u" FROM users ORDER BY username_key"_s);
    while (q.next())
        users.append(readUser(q).user);
    return users;
}

QList<Id> UserRepository::lockAdmins()
{
    // Under READ COMMITTED a waiting transaction re-reads each locked row when it gets it, so a
    // concurrent demotion is seen and two admins cannot demote each other at once.
    QList<Id> ids;
    QSqlQuery &q = m_db.exec(u"SELECT id FROM users WHERE role = ? ORDER BY id"_s
                                 + m_db.dialect().forUpdate(),
                             {roleName(Role::Admin)});
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

std::optional<UserRecord> UserRepository::lockById(Id id)
{
    QSqlQuery &q = m_db.exec(u"SELECT "_s + UserColumns + u" FROM users WHERE id = ?"_s
                                 + m_db.dialect().forUpdate(),
                             {id});
    if (!q.next())
        return std::nullopt;
    return readUser(q);
}

} // namespace mq::storage
