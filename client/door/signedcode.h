#pragma once

#include "shared/domain.h"
#include "shared/signedpayload.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace mq::client {

// A ticket's signed QR payload (shared/signedpayload.h: MQ2 with the ticket type and seat, or
// the first tickets' MQ1) and its check against the server's public key. Lets a door without a
// network tell a genuine ticket from a made-up one, and say which type and seat it is
// (docs/protocol.md, offline door).
class SignedCode
{
public:
    // Nullopt when `text` is not of that shape (a bare ticket code, a typo).
    static std::optional<SignedCode> parse(const QString &text);
    // Whether `text` looks like a signed payload at all (starts with "MQ2." or "MQ1.").
    static bool looksSigned(const QString &text) { return SignedPayload::looksSigned(text); }

    Id performanceId() const { return m_payload.performanceId; }
    QString ticketCode() const { return m_payload.code; }
    Id ticketTypeId() const { return m_payload.ticketTypeId; } // 0 in an MQ1 payload
    Id seatId() const { return m_payload.seatId; }             // 0: general admission, or MQ1

    // True when the signature is the one the holder of the key pair made for these bytes.
    bool verify(const QByteArray &publicKey) const;

private:
    explicit SignedCode(SignedPayload payload) : m_payload(std::move(payload)) {}

    SignedPayload m_payload;
};

} // namespace mq::client
