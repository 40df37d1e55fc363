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
    // A guest account's name: "guest-7K3M9Q2X" (40 random bits). Registration refuses the
    // prefix, so a guest's name is never someone's chosen one.
    static constexpr QLatin1StringView GuestPrefix{"guest-"};
    static QString guestUsername();
    static QString paymentReference(const QString &prefix);

private:
    static QString base32(int characters);
};

} // namespace mq::services
