#pragma once

#include <QString>

namespace mq::services {

// Unguessable identifiers from libsodium's CSPRNG.
class RandomCodes
{
public:
    // 256-bit session token, base64url.
    static QString sessionToken();
    // What the database keeps instead of the token.
    static QString tokenHash(const QString &token);
    // "MQ-7F3K-92QX-4T": 50 random bits, Crockford base32 (no I, L, O, U).
    static QString orderCode();
    // An order code as people type it — any case, with or without "MQ" and dashes, O for 0 and
    // I or L for 1 (Crockford) — in its printed form, or empty when it cannot be one.
    static QString normalizedOrderCode(const QString &typed);
    // 80 random bits in four groups: "K3VQ-8M2D-XW4R-7PZA".
    static QString ticketCode();
    static QString paymentReference(const QString &prefix);

private:
    static QString base32(int characters);
};

} // namespace mq::services
