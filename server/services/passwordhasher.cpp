#include "services/passwordhasher.h"

#include <QSemaphoreReleaser>

#include <sodium.h>

#include <stdexcept>

namespace mq::services {

PasswordHasher::PasswordHasher(int parallel) : m_slots(parallel)
{
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium failed to initialise");
    m_dummyHash = hash(QStringLiteral("marquee-dummy-password"));
}

QString PasswordHasher::hash(const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    m_slots.acquire();
    const QSemaphoreReleaser release(m_slots);
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        throw std::runtime_error("out of memory while hashing a password");
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &hash, const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    const QByteArray stored = hash.toLatin1();
    m_slots.acquire();
    const QSemaphoreReleaser release(m_slots);
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

bool PasswordHasher::needsRehash(const QString &hash)
{
    const QByteArray stored = hash.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
           != 0;
}

void PasswordHasher::verifyDummy(const QString &password)
{
    verify(m_dummyHash, password);
}

} // namespace mq::services
