#include "door/signedcode.h"

#include <sodium.h>

namespace mq::client {

std::optional<SignedCode> SignedCode::parse(const QString &text)
{
    if (auto payload = SignedPayload::parse(text))
        return SignedCode(std::move(*payload));
    return std::nullopt;
}

bool SignedCode::verify(const QByteArray &publicKey) const
{
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES || m_payload.signature.size() != crypto_sign_BYTES)
        return false;
    if (sodium_init() < 0)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(m_payload.signature.constData()),
                                       reinterpret_cast<const unsigned char *>(m_payload.message.constData()),
                                       quint64(m_payload.message.size()),
                                       reinterpret_cast<const unsigned char *>(publicKey.constData())) == 0;
}

} // namespace mq::client
