#include "services/randomcodes.h"

#include <QCryptographicHash>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace mq::services {

QString RandomCodes::base32(int characters)
{
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    QString out;
    out.reserve(characters);
    for (int i = 0; i < characters; ++i)
        out.append(QLatin1Char(alphabet[randombytes_uniform(32)]));
    return out;
}

QString RandomCodes::sessionToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString RandomCodes::tokenHash(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString RandomCodes::orderCode()
{
    const QString r = base32(10);
    return u"MQ-"_s + r.left(4) + u'-' + r.mid(4, 4) + u'-' + r.mid(8);
}

QString RandomCodes::normalizedOrderCode(const QString &typed)
{
    QString chars;
    for (QChar c : typed) {
        if (c.isLetterOrNumber())
            chars.append(c.toUpper());
    }
    if (chars.size() == 12 && chars.startsWith(u"MQ"_s))
        chars = chars.mid(2);
    if (chars.size() != 10)
        return {};
    for (QChar &c : chars) {
        if (c == u'O')
            c = u'0';
        else if (c == u'I' || c == u'L')
            c = u'1';
        else if (c == u'U' || c.unicode() > 127)
            return {};
    }
    return u"MQ-"_s + chars.left(4) + u'-' + chars.mid(4, 4) + u'-' + chars.mid(8);
}

QString RandomCodes::ticketCode()
{
    const QString r = base32(16);
    return r.left(4) + u'-' + r.mid(4, 4) + u'-' + r.mid(8, 4) + u'-' + r.mid(12);
}

QString RandomCodes::guestUsername()
{
    return GuestPrefix + base32(8);
}

QString RandomCodes::paymentReference(const QString &prefix)
{
    return prefix + u'_' + base32(20).toLower();
}

} // namespace mq::services
