#include "services/authservice.h"

#include "services/clock.h"
#include "services/passwordhasher.h"
#include "services/randomcodes.h"
#include "services/serviceerror.h"
#include "storage/database.h"
#include "storage/loginthrottlerepository.h"
#include "storage/userrepository.h"

#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcAuth, "marquee.services.auth")

using namespace Qt::StringLiterals;

namespace mq::services {

namespace {

// Stored as a guest's password hash: not a hash at all, so no password can ever match it (the
// guest flag is checked first anyway).
const QString NoPassword = u"!guest"_s;

ServiceError invalidCredentials()
{
    return ServiceError(RpcError::make(ErrorCode::NotAuthenticated, Reason::InvalidCredentials,
                                       u"Wrong username or password"_s));
}

} // namespace

void AuthService::checkUsername(const QString &username)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9._-]{3,32}$"_s);
    if (!pattern.match(username).hasMatch())
        throw ServiceError(RpcError::validation(
            u"username"_s,
            u"Username must be 3 to 32 characters: letters, digits, '.', '_' or '-'"_s));
}

void AuthService::checkPassword(const QString &password, const QString &field)
{
    const qsizetype codePoints = password.toUcs4().size();
    if (codePoints < 8 || codePoints > 256)
        throw ServiceError(
            RpcError::validation(field, u"Password must be 8 to 256 characters long"_s));
}

User AuthService::registerUser(const QString &username, const QString &password,
                               const QString &displayName, Role role)
{
    checkUsername(username);
    if (username.startsWith(RandomCodes::GuestPrefix, Qt::CaseInsensitive))
        throw ServiceError(RpcError::validation(
            u"username"_s, u"Usernames starting with 'guest-' are kept for guest purchases"_s));
    checkPassword(password, u"password"_s);
    const QString shownName = displayName.trimmed().isEmpty() ? username : displayName.trimmed();
    if (shownName.size() > 64)
        throw ServiceError(
            RpcError::validation(u"displayName"_s, u"Display name is at most 64 characters"_s));
    const auto taken = [] {
        return ServiceError(RpcError::make(ErrorCode::Conflict, Reason::UsernameTaken,
                                           u"That username is taken"_s));
    };
    // Check first so a taken name costs no hashing; the unique index settles races.
    if (m_db.read([&] { return storage::UserRepository(m_db).nameExists(username); }))
        throw taken();
    const QString hash = m_hasher.hash(password);
    try {
        return m_db.write([&] {
            return storage::UserRepository(m_db).create(username, shownName, role, hash,
                                                        Clock::now());
        });
    } catch (const storage::StorageError &e) {
        if (e.kind() == storage::StorageError::Kind::UniqueViolation)
            throw taken();
        throw;
    }
}

void AuthService::throwIfLocked(const QString &key, const QString &source, const QDateTime &now)
{
    const QDateTime lockedUntil =
        m_db.read([&] { return storage::LoginThrottleRepository(m_db).lockedUntil(key, source); });
    if (lockedUntil > now) {
        throw ServiceError(RpcError::make(
            ErrorCode::RateLimited, Reason::LockedOut,
            u"Too many failed attempts; try again in a few minutes"_s,
            {{u"retryAfterSeconds"_s, qMax<qint64>(1, now.secsTo(lockedUntil))},
             {u"retryAfterMs"_s, qMax<qint64>(1000, now.msecsTo(lockedUntil))}}));
    }
}

void AuthService::countFailure(const QString &key, const QString &source, const QDateTime &now,
                               int maxFromSource, int maxFromAll)
{
    m_db.write([&] {
        storage::LoginThrottleRepository throttle(m_db);
        const auto counts =
            throttle.addFailure(key, source, now, now.addSecs(-FailureWindowSeconds));
        if (counts.fromSource >= maxFromSource)
            throttle.lockSource(key, source, now.addSecs(LockSeconds));
        if (counts.fromAll >= maxFromAll)
            throttle.lockAll(key, now.addSecs(LockSeconds));
    });
}

LoginResult AuthService::login(const QString &username, const QString &password,
                               const QString &source)
{
    const QDateTime now = Clock::now();
    const QString key = storage::UserRepository::key(username);
    throwIfLocked(key, source, now);
    // A password changed while this one was being checked is checked again: the old password
    // must not open a session after the change that ended all the others.
    for (int attempt = 0;; ++attempt) {
        const auto record =
            m_db.read([&] { return storage::UserRepository(m_db).findByName(username); });
        bool ok = false;
        if (record && !record->guest)
            ok = m_hasher.verify(record->passwordHash, password);
        else // the same cost as a real check: no user enumeration, and a guest looks like anyone
            m_hasher.verifyDummy(password);
        if (!ok) {
            qCInfo(lcAuth).noquote() << "failed sign-in for" << username.left(64) << "from" << source;
            countFailure(key, source, now, MaxFailures, MaxFailuresFromAll);
            throw invalidCredentials();
        }
        // Hashes made with older parameters are upgraded while the password is at hand.
        const QString newHash = PasswordHasher::needsRehash(record->passwordHash)
                                    ? m_hasher.hash(password)
                                    : QString();
        LoginResult result;
        result.token = RandomCodes::sessionToken();
        result.expiresAt = now.addDays(SessionDays);
        bool hashChanged = false;
        result.sessionId = m_db.write([&]() -> Id {
            // The user's row is locked and read again: a role change committing meanwhile either
            // comes first (and we answer with the new role) or ends this session after us; the
            // same for a password change, which must not come first unnoticed.
            storage::UserRepository users(m_db);
            const auto current = users.lockById(record->user.id);
            if (!current)
                throw invalidCredentials();
            hashChanged = current->passwordHash != record->passwordHash;
            if (hashChanged)
                return 0;
            result.user = current->user;
            storage::LoginThrottleRepository(m_db).clearSource(key, source);
            if (!newHash.isEmpty())
                users.setPasswordHash(record->user.id, newHash);
            return storage::SessionRepository(m_db).create(record->user.id,
                                                           RandomCodes::tokenHash(result.token),
                                                           now, result.expiresAt);
        });
        if (!hashChanged)
            return result;
        // Changed again and again while being checked: give up rather than loop.
        if (attempt >= 2)
            throw invalidCredentials();
    }
}

void AuthService::unlock(const QString &username)
{
    m_db.write([&] { storage::LoginThrottleRepository(m_db).clearAll(storage::UserRepository::key(username)); });
}

int AuthService::purgeExpired()
{
    const QDateTime now = Clock::now();
    return m_db.write([&] {
        const int throttle = storage::LoginThrottleRepository(m_db).purge(
            now, now.addSecs(-FailureWindowSeconds));
        return throttle + storage::SessionRepository(m_db).purgeEnded(now.addDays(-1));
    });
}

LoginResult AuthService::guest()
{
    const QDateTime now = Clock::now();
    // 40 random bits: a clash is rare, and then another name is drawn.
    for (int attempt = 0;; ++attempt) {
        try {
            return m_db.write([&] {
                LoginResult result;
                result.user = storage::UserRepository(m_db).create(
                    RandomCodes::guestUsername(), u"Guest"_s, Role::Customer, NoPassword, now, true);
                result.token = RandomCodes::sessionToken();
                result.expiresAt = now.addSecs(GuestSessionHours * 3600);
                result.sessionId = storage::SessionRepository(m_db).create(
                    result.user.id, RandomCodes::tokenHash(result.token), now, result.expiresAt);
                return result;
            });
        } catch (const storage::StorageError &e) {
            if (e.kind() != storage::StorageError::Kind::UniqueViolation || attempt >= 4)
                throw;
        }
    }
}

storage::SessionRecord AuthService::resume(const QString &token)
{
    const auto session = m_db.read([&] {
        return storage::SessionRepository(m_db).findValid(RandomCodes::tokenHash(token),
                                                          Clock::now());
    });
    if (!session)
        throw ServiceError(RpcError::make(ErrorCode::NotAuthenticated, Reason::InvalidToken,
                                          u"This session has ended; please sign in again"_s));
    return *session;
}

void AuthService::logout(const Caller &caller)
{
    m_db.write([&] { storage::SessionRepository(m_db).revoke(caller.sessionId, Clock::now()); });
}

QList<Id> AuthService::changePassword(const Caller &caller, const QString &oldPassword,
                                      const QString &newPassword)
{
    const auto record = m_db.read([&] { return storage::UserRepository(m_db).findById(caller.user.id); });
    if (record && record->guest)
        throw ServiceError(RpcError::make(ErrorCode::Forbidden, Reason::Forbidden,
                                          u"Guest accounts have no password to change"_s));
    checkPassword(newPassword, u"newPassword"_s);
    // Guessing the current password on a stolen session is throttled like signing in.
    const QString key = u"#password:%1"_s.arg(caller.user.id);
    const QString source = caller.source.toString();
    const QDateTime now = Clock::now();
    throwIfLocked(key, source, now);
    if (!record || !m_hasher.verify(record->passwordHash, oldPassword)) {
        countFailure(key, source, now, MaxPasswordChangeFailures, MaxFailures);
        throw ServiceError(RpcError::make(ErrorCode::Forbidden, Reason::WrongPassword,
                                          u"The current password is not correct"_s));
    }
    const QString hash = m_hasher.hash(newPassword);
    return m_db.write([&] {
        storage::UserRepository(m_db).setPasswordHash(caller.user.id, hash);
        return storage::SessionRepository(m_db).revokeOthers(caller.user.id, caller.sessionId,
                                                             Clock::now());
    });
}

} // namespace mq::services
