#pragma once

#include "shared/domain.h"

#include <QDateTime>
#include <optional>

namespace mq::storage {

class Database;

struct UserRecord
{
    User user;
    QString passwordHash;
    bool guest = false; // made by auth.guest: no password, never logs in
};

class UserRepository
{
public:
    explicit UserRepository(Database &db) : m_db(db) {}

    // Throws StorageError(UniqueViolation) when the name is taken.
    User create(const QString &username, const QString &displayName, Role role,
                const QString &passwordHash, const QDateTime &now, bool guest = false);
    std::optional<UserRecord> findByName(const QString &username);
    std::optional<UserRecord> findById(Id id);
    bool nameExists(const QString &username);
    void setPasswordHash(Id userId, const QString &hash);
    void setRole(Id userId, Role role);
    // Every user, ordered by username ignoring case.
    QList<User> list();
    // Row locks for a role change (PostgreSQL; SQLite's write transaction already excludes
    // others). Take lockAdmins() first, then lockById(), so two changes never deadlock.
    QList<Id> lockAdmins();
    std::optional<UserRecord> lockById(Id id);

    static QString key(const QString &username) { return username.toLower(); }

private:
    Database &m_db;
};

} // namespace mq::storage
