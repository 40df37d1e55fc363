#pragma once

#include "shared/domain.h"
#include "shared/signedpayload.h"

#include <QByteArray>
#include <QMutex>
#include <QString>

#include <atomic>
#include <optional>

namespace mq::storage {
class Database;
}

namespace mq::services {

// Signs ticket codes with the server's Ed25519 key pair, so a door that lost the network can
// tell a real ticket from a forged one with the public key alone. The pair is one database row
// shared by every server instance, created the first time any of them needs it. The key is read
// once and kept; thread-safe.
class TicketSigner
{
public:

    // Reads (or creates) the key pair. Outside any transaction of `db`, or inside a write one.
    void load(storage::Database &db);
    bool isLoaded() const { return m_loaded.load(std::memory_order_acquire); }

    // "MQ2.<performanceId>.<code>.<ticketTypeId>.<seatId>.<signature>" (seat 0 for general
    // admission): a door offline names the ticket type and seat of what it admits. Needs load().
    QString payload(Id performanceId, const Ticket &ticket) const;
    // Fills `qr` of every ticket of the order (the performance comes from the ticket's item).
    // Loads the key first if needed; if it cannot, the tickets keep the bare code only.
    void sign(storage::Database &db, Order &order);
    // Starts like a signed payload ("MQ2." or the first tickets' "MQ1.").
    static bool looksSigned(const QString &text);
    // What a payload names, if its signature is good (MQ2, and MQ1 of tickets signed before it);
    // needs load().
    std::optional<SignedPayload> verify(const QString &payload) const;
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
