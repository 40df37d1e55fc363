#include "shared/signedpayload.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace mq {

namespace {
std::optional<Id> idOf(const QString &text, Id least)
{
    bool ok = false;
    const Id id = text.toLongLong(&ok);
    return ok && id >= least ? std::optional<Id>(id) : std::nullopt;
}
} // namespace

bool SignedPayload::looksSigned(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.startsWith(u"MQ2."_s, Qt::CaseInsensitive) || trimmed.startsWith(u"MQ1."_s, Qt::CaseInsensitive);
}

QByteArray SignedPayload::messageOf(Id performanceId, const QString &code, Id ticketTypeId, Id seatId)
{
    return "MQ2." + QByteArray::number(performanceId) + '.' + code.toUtf8() + '.'
           + QByteArray::number(ticketTypeId) + '.' + QByteArray::number(qMax<Id>(0, seatId));
}

std::optional<SignedPayload> SignedPayload::parse(const QString &text)
{
    const QString payload = text.trimmed();
    const QStringList parts = payload.split(u'.');
    const bool second = parts.at(0) == u"MQ2"_s;
    if (!(second && parts.size() == 6) && !(parts.at(0) == u"MQ1"_s && parts.size() == 4))
        return std::nullopt;
    const auto performanceId = idOf(parts.at(1), 1);
    if (!performanceId || parts.at(2).isEmpty())
        return std::nullopt;
    SignedPayload p;
    if (second) {
        const auto type = idOf(parts.at(3), 1);
        const auto seat = idOf(parts.at(4), 0);
        if (!type || !seat)
            return std::nullopt;
        p.ticketTypeId = *type;
        p.seatId = *seat;
    }
    const auto decoded = QByteArray::fromBase64Encoding(
        parts.constLast().toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
                                          | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != SignatureBytes)
        return std::nullopt;
    p.performanceId = *performanceId;
    p.code = parts.at(2);
    p.message = payload.left(payload.lastIndexOf(u'.')).toUtf8();
    p.signature = decoded.decoded;
    return p;
}

} // namespace mq
