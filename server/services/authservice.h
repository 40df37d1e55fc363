#pragma once

#include "services/caller.h"
#include "storage/sessionrepository.h"

#include <QString>

namespace mq::storage {
class Database;
}

namespace mq::services {

class PasswordHasher;

struct LoginResult
{
    QString token;
    User user;
    Id sessionId = 0;
};

// Accounts and sessions: registration, login with lockout, guests, resume, logout, password
// change.
class AuthService
{
public:
    static constexpr int MaxFailures = 10;
    static constexpr int LockSeconds = 5 * 60;
    static constexpr int SessionDays = 30;
    static constexpr int GuestSessionHours = 2;

    AuthService(storage::Database &db, PasswordHasher &hasher) : m_db(db), m_hasher(hasher) {}

    User registerUser(const QString &username, const QString &password, const QString &displayName,
                      Role role = Role::Customer);
    LoginResult login(const QString &username, const QString &password);
    // A new guest customer ("guest-7K3M9Q2X") and a short session for it: buying at a kiosk
    // without an account. The account has no password, so only this session can use it.
    LoginResult guest();
    storage::SessionRecord resume(const QString &token);
    void logout(const Caller &caller);
    // Returns the sessions it ended (every other session of the caller).
    QList<Id> changePassword(const Caller &caller, const QString &oldPassword,
                             const QString &newPassword);

    // Field checks shared by registration and the adduser command; throw 422.
    static void checkUsername(const QString &username);
    static void checkPassword(const QString &password, const QString &field);

private:
    storage::Database &m_db;
    PasswordHasher &m_hasher;
};

} // namespace mq::services
