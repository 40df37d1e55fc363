#pragma once

#include <QSemaphore>
#include <QString>

namespace mq::services {

// Argon2id through libsodium. Each hash costs ~80 ms of a core and 64 MiB, so only a few run
// at once; a login storm waits here instead of starving sales or exhausting memory.
class PasswordHasher
{
public:
    explicit PasswordHasher(int parallel = 2);

    QString hash(const QString &password);
    bool verify(const QString &hash, const QString &password);
    // Whether a stored hash was made with other parameters than hash() uses now.
    static bool needsRehash(const QString &hash);
    // Spends the same time as verify() for a user that does not exist.
    void verifyDummy(const QString &password);

private:
    QSemaphore m_slots;
    QString m_dummyHash;
};

} // namespace mq::services
