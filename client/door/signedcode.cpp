#include "door/signedcode.h"

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace mq::client {

bool SignedCode::looksSigned(const QString &text)
{
    return text.trimmed().startsWith(u"MQ1."_s, Qt::CaseInsensitive);
}

std::optional<SignedCode> SignedCode::parse(const QString &text)
{
    // Scanners may add whitespace; the payload itself never has any.
    const QString payload = text.trimmed();
    const QStringList parts = payload.split(u'.');
    if (parts.size() != 4 || parts.at(0) != u"MQ1"_s)
        return std::nullopt;
    bool ok = false;
    const Id performanceId = parts.at(1).toLongLong(&ok);
    if (!ok || performanceId <= 0 || parts.at(2).isEmpty())
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        parts.at(3).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals |
                                    QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != crypto_sign_BYTES)
        return std::nullopt;
    SignedCode code;
    code.m_performanceId = performanceId;
    code.m_ticketCode = parts.at(2);
    code.m_message = (parts.at(0) + u'.' + parts.at(1) + u'.' + parts.at(2)).toUtf8();
    code.m_signature = decoded.decoded;
    return code;
}

bool SignedCode::verify(const QByteArray &publicKey) const
{
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES || m_signature.size() != crypto_sign_BYTES)
        return false;
    if (sodium_init() < 0)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(m_signature.constData()),
                                       reinterpret_cast<const unsigned char *>(m_message.constData()),
                                       quint64(m_message.size()),
                                       reinterpret_cast<const unsigned char *>(publicKey.constData())) == 0;
}

} // namespace mq::client
