#pragma once

#include "shared/domain.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace mq {

// What a ticket's QR code holds when the server signed it (docs/protocol.md, offline door):
// `MQ2.<performanceId>.<code>.<ticketTypeId>.<seatId>.<signature>` (seat 0 for general
// admission), or `MQ1.<performanceId>.<code>.<signature>` on tickets signed before the type and
// seat were. `signature` is the base64url (no padding) Ed25519 signature of everything before its
// dot. Parsing checks the shape only; whoever holds the public key checks the signature.
struct SignedPayload
{
    static constexpr qsizetype SignatureBytes = 64;

    Id performanceId = 0;
    QString code;
    Id ticketTypeId = 0; // 0 in an MQ1 payload
    Id seatId = 0;       // 0: general admission, or MQ1
    QByteArray message;   // the signed bytes
    QByteArray signature; // SignatureBytes

    // Surrounding whitespace (a scanner's) is ignored; nullopt when `text` is not of that shape.
    static std::optional<SignedPayload> parse(const QString &text);
    // Whether `text` starts like a signed payload at all ("MQ2." or "MQ1.", any case).
    static bool looksSigned(const QString &text);
    // The bytes an MQ2 payload signs.
    static QByteArray messageOf(Id performanceId, const QString &code, Id ticketTypeId, Id seatId);
};

} // namespace mq
