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
    QDateTime expiresAt;
};

// Accounts and sessions: registration, login with lockout, guests, resume, logout, password
// change.
class AuthService
{
public:
    // PROTOCOL.md: at most 10 failures for a name from one source lock that name for that
    // source for 5 minutes; failures from all sources together lock it for everyone only at 50.
    static constexpr int MaxFailures = 10;
    static constexpr int MaxFailuresFromAll = 50;
    static constexpr int LockSeconds = 5 * 60;
    static constexpr int FailureWindowSeconds = 15 * 60;
    static constexpr int MaxPasswordChangeFailures = 5;
    static constexpr int SessionDays = 30;
    static constexpr int GuestSessionHours = 2;

    AuthService(storage::Database &db, PasswordHasher &hasher) : m_db(db), m_hasher(hasher) {}

    User registerUser(const QString &username, const QString &password, const QString &displayName,
                      Role role = Role::Customer);
    LoginResult login(const QString &username, const QString &password,
                      const QString &source = QString());
    // A new guest customer ("guest-7K3M9Q2X") and a short session for it: buying at a kiosk
    // without an account. The account has no password, so only this session can use it.
    LoginResult guest();
    storage::SessionRecord resume(const QString &token);
    void logout(const Caller &caller);
    // Returns the sessions it ended (every other session of the caller).
    QList<Id> changePassword(const Caller &caller, const QString &oldPassword,
                             const QString &newPassword);

    // admin.unlockUser: forgets every failed sign-in of the name, from every source.
    void unlock(const QString &username);
    // Throttle rows whose window and lock are over, and sessions ended a day ago; how many went.
    int purgeExpired();

    // Field checks shared by registration and the adduser command; throw 422.
    static void checkUsername(const QString &username);
    static void checkPassword(const QString &password, const QString &field);

private:
    // 429 locked_out while `key` is locked for `source` or for everyone.
    void throwIfLocked(const QString &key, const QString &source, const QDateTime &now);
    // Counts a failure and locks the key for the source (or for everyone) past the limits.
    void countFailure(const QString &key, const QString &source, const QDateTime &now,
                      int maxFromSource, int maxFromAll);

    storage::Database &m_db;
    PasswordHasher &m_hasher;
};

} // namespace mq::services
