#include "services/passwordhasher.h"

#include <QThread>

#include <sodium.h>

#include <future>
#include <stdexcept>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace mq::services {

PasswordHasher::PasswordHasher(int parallel)
{
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium failed to initialise");
    // A password hash (tens of milliseconds of processor and 64 MiB of memory traffic) runs on
    // threads of their own at a lower priority (nice 10): during a sale rush it gets a tenth of
    // what the sale gets, with nothing else to do it runs at full speed. Not idle priority: on a
    // saturated machine that starves sign-ins for good. Those threads never touch the database,
    // so no lock is ever held by a slowed thread.
    m_clock.start();
    m_pool.setMaxThreadCount(qMax(1, parallel));
    m_pool.setExpiryTimeout(-1);
    m_dummyHash = hash(QStringLiteral("marquee-dummy-password"));
}

PasswordHasher::~PasswordHasher()
{
    m_pool.waitForDone();
}

template<typename Work>
auto PasswordHasher::onHashThread(Work work) -> decltype(work())
{
    std::packaged_task<decltype(work())()> task(std::move(work));
    auto result = task.get_future();
    m_pool.start([this, &task] {
#ifdef Q_OS_LINUX
        thread_local const bool lowered = setpriority(PRIO_PROCESS, pid_t(syscall(SYS_gettid)), 10) == 0;
        Q_UNUSED(lowered);
#endif
        pauseForBusy();
        task();
    });
    return result.get();
}

void PasswordHasher::pauseForBusy()
{
    // Even at a low priority a hash costs a sale rush dearly: its 64 MiB of memory traffic empty
    // the caches under the sale's threads (200 sign-ins cost a rush 14-46 %, docs/performance.md).
    const qint64 last = m_lastHashStartedMs.load();
    if (m_busy && last >= 0) {
        while (m_busy() && m_clock.elapsed() - last < PauseAtMost.count())
            QThread::msleep(10);
    }
    m_lastHashStartedMs.store(m_clock.elapsed());
}

QString PasswordHasher::hash(const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    return onHashThread([&utf8] {
        char out[crypto_pwhash_STRBYTES];
        if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
            != 0)
            throw std::runtime_error("out of memory while hashing a password");
        return QString::fromLatin1(out);
    });
}

bool PasswordHasher::verify(const QString &hash, const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    const QByteArray stored = hash.toLatin1();
    return onHashThread([&utf8, &stored] {
        return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
    });
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
