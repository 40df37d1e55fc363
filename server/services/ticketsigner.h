#pragma once

#include "shared/domain.h"

#include <QByteArray>
#include <QMutex>
#include <QString>

#include <atomic>
#include <optional>

namespace mq::storage {
class Database;
}

namespace mq::services {

// What a verified signed payload names.
struct SignedCode
{
    Id performanceId = 0;
    QString code;
};

// Signs ticket codes with the server's Ed25519 key pair, so a door that lost the network can
// tell a real ticket from a forged one with the public key alone. The pair is one database row
// shared by every server instance, created the first time any of them needs it. The key is read
// once and kept; thread-safe.
class TicketSigner
{
public:
    static constexpr QLatin1StringView Prefix{"MQ1."};

    // Reads (or creates) the key pair. Outside any transaction of `db`, or inside a write one.
    void load(storage::Database &db);
    bool isLoaded() const { return m_loaded.load(std::memory_order_acquire); }

    // "MQ1.<performanceId>.<code>.<signature>"; needs load().
    QString payload(Id performanceId, const QString &code) const;
    // Fills `qr` of every ticket of the order (the performance comes from the ticket's item).
    // Loads the key first if needed; if it cannot, the tickets keep the bare code only.
    void sign(storage::Database &db, Order &order);
    static bool looksSigned(const QString &text);
    // The performance and code a payload names, if its signature is good; needs load().
    std::optional<SignedCode> verify(const QString &payload) const;
    // 32 bytes; needs load().
    QByteArray publicKey() const;

private:
    void readOrCreate(storage::Database &db);

    QMutex m_loading;
    std::atomic<bool> m_loaded{false};
    QByteArray m_public; // written once, before m_loaded becomes true
    QByteArray m_secret;
};

} // namespace mq::services
