#pragma once

#include <QThreadPool>
#include <QString>

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

private:
    template<typename Work>
    auto onHashThread(Work work) -> decltype(work());

    QThreadPool m_pool;
    QString m_dummyHash;
};

} // namespace mq::services
