#pragma once

#include <QElapsedTimer>
#include <QThreadPool>
#include <QString>

#include <atomic>
#include <chrono>
#include <functional>

namespace mq::services {

// Argon2id through libsodium. Each hash costs ~80 ms of a core and 64 MiB, so only a few run
// at once; a login storm waits here instead of starving sales or exhausting memory.
class PasswordHasher
{
public:
    // `parallel`: hashes computed at once (callers beyond it wait their turn).
    explicit PasswordHasher(int parallel = 2);
    ~PasswordHasher();
    PasswordHasher(const PasswordHasher &) = delete;
    PasswordHasher &operator=(const PasswordHasher &) = delete;

    QString hash(const QString &password);
    bool verify(const QString &hash, const QString &password);
    // Whether a stored hash was made with other parameters than hash() uses now.
    static bool needsRehash(const QString &hash);
    // Spends the same time as verify() for a user that does not exist.
    void verifyDummy(const QString &password);
    // While `busy` says so (a sale rush is being served), a hash waits before it starts, but
    // never longer than PauseAtMost after the previous one started: sign-ins go on at a few a
    // second and at full speed once the rush is over. Set before the hasher is shared.
    void setPauseWhile(std::function<bool()> busy) { m_busy = std::move(busy); }
    static constexpr std::chrono::milliseconds PauseAtMost{500};

private:
    template<typename Work>
    auto onHashThread(Work work) -> decltype(work());

    void pauseForBusy();

    QThreadPool m_pool;
    std::function<bool()> m_busy;
    QElapsedTimer m_clock;
    std::atomic<qint64> m_lastHashStartedMs{-1}; // on m_clock
    QString m_dummyHash;
};

} // namespace mq::services
