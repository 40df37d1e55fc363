#pragma once

#include "shared/domain.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace mq::client {

// A ticket's signed QR payload, `MQ1.<performanceId>.<ticketCode>.<signature>`: the server's
// Ed25519 signature (base64url, no padding) over `MQ1.<performanceId>.<ticketCode>`. Lets a door
// without a network tell a genuine ticket from a made-up one (docs/protocol.md, offline door).
class SignedCode
{
public:
    // Nullopt when `text` is not of that shape (a bare ticket code, a typo).
    static std::optional<SignedCode> parse(const QString &text);
    // Whether `text` looks like a signed payload at all (starts with "MQ1.").
    static bool looksSigned(const QString &text);

    Id performanceId() const { return m_performanceId; }
    QString ticketCode() const { return m_ticketCode; }
    QByteArray signedBytes() const { return m_message; }
    QByteArray signature() const { return m_signature; }

    // True when the signature is the one the holder of the key pair made for these bytes.
    bool verify(const QByteArray &publicKey) const;

private:
    Id m_performanceId = 0;
    QString m_ticketCode;
    QByteArray m_message;
    QByteArray m_signature;
};

} // namespace mq::client
