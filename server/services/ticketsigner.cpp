#include "services/ticketsigner.h"

#include "services/clock.h"
#include "shared/utctime.h"
#include "storage/database.h"

#include <QHash>
#include <QLoggingCategory>

#include <sodium.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSigner, "marquee.services.signer")

namespace mq::services {

namespace {

constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

void TicketSigner::load(storage::Database &db)
{
    if (isLoaded())
        return;
    QMutexLocker lock(&m_loading);
    if (isLoaded())
        return;
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium cannot be initialised");
    if (db.inTransaction())
        readOrCreate(db);
    else
        db.write([&] { readOrCreate(db); });
    m_loaded.store(true, std::memory_order_release);
}

void TicketSigner::readOrCreate(storage::Database &db)
{
    // Several instances may start at once: each offers a pair, the first one stays, and all of
    // them use the one stored.
    QByteArray pk(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    QByteArray sk(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pk.data()),
                        reinterpret_cast<unsigned char *>(sk.data()));
    db.exec(u"INSERT INTO server_keys (id, public_key, secret_key, created_at) VALUES (1, ?, ?, ?)"
            " ON CONFLICT (id) DO NOTHING"_s,
            {QString::fromLatin1(pk.toBase64()), QString::fromLatin1(sk.toBase64()),
             toStorageTime(Clock::now())});
    sodium_memzero(sk.data(), size_t(sk.size()));
    QSqlQuery &q = db.exec(u"SELECT public_key, secret_key FROM server_keys WHERE id = 1"_s);
    if (!q.next())
        throw std::runtime_error("the server key pair is missing");
    const QByteArray storedPublic = QByteArray::fromBase64(q.value(0).toString().toLatin1());
    const QByteArray storedSecret = QByteArray::fromBase64(q.value(1).toString().toLatin1());
    q.finish();
    if (storedPublic.size() != crypto_sign_PUBLICKEYBYTES || storedSecret.size() != crypto_sign_SECRETKEYBYTES)
        throw std::runtime_error("the stored server key pair is damaged");
    m_public = storedPublic;
    m_secret = storedSecret;
}

QString TicketSigner::payload(Id performanceId, const Ticket &ticket) const
{
    Q_ASSERT(isLoaded());
    const QByteArray message =
        SignedPayload::messageOf(performanceId, ticket.code, ticket.ticketTypeId, ticket.seatId);
    unsigned char signature[crypto_sign_BYTES];
    crypto_sign_detached(signature, nullptr, reinterpret_cast<const unsigned char *>(message.constData()),
                         size_t(message.size()),
                         reinterpret_cast<const unsigned char *>(m_secret.constData()));
    const QByteArray encoded =
        QByteArray::fromRawData(reinterpret_cast<const char *>(signature), crypto_sign_BYTES).toBase64(Base64Url);
    return QString::fromLatin1(message + '.' + encoded);
}

void TicketSigner::sign(storage::Database &db, Order &order)
{
    if (order.tickets.isEmpty())
        return;
    if (!isLoaded()) {
        try {
            load(db);
        } catch (const std::exception &e) {
            // The sale stands; its tickets print their bare codes, which a door online accepts.
            qCWarning(lcSigner) << "cannot read the signing key:" << e.what();
            return;
        }
    }
    QHash<Id, Id> performanceOf;
    for (const OrderItem &item : std::as_const(order.items))
        performanceOf.insert(item.ticketTypeId, item.performanceId);
    for (Ticket &t : order.tickets) {
        const Id performanceId = performanceOf.value(t.ticketTypeId);
        if (performanceId > 0 && !t.code.isEmpty())
            t.qr = payload(performanceId, t);
    }
}

bool TicketSigner::looksSigned(const QString &text)
{
    return SignedPayload::looksSigned(text);
}

std::optional<SignedPayload> TicketSigner::verify(const QString &payload) const
{
    Q_ASSERT(isLoaded());
    const auto parsed = SignedPayload::parse(payload);
    if (!parsed
        || crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(parsed->signature.constData()),
                                       reinterpret_cast<const unsigned char *>(parsed->message.constData()),
                                       size_t(parsed->message.size()),
                                       reinterpret_cast<const unsigned char *>(m_public.constData()))
               != 0)
        return std::nullopt;
    return parsed;
}

QByteArray TicketSigner::publicKey() const
{
    Q_ASSERT(isLoaded());
    return m_public;
}

} // namespace mq::services
