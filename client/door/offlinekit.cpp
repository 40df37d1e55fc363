#include "door/offlinekit.h"

#include "door/signedcode.h"
#include "shared/utctime.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace mq::client {

QString OfflineKit::normalized(const QString &code)
{
    QString out;
    out.reserve(code.size());
    for (const QChar c : code) {
        if (c != u'-' && !c.isSpace())
            out += c.toUpper();
    }
    return out;
}

OfflineKit OfflineKit::fromJson(const QJsonObject &o)
{
    OfflineKit kit;
    kit.m_performanceId = o.value(u"performanceId"_s).toInteger();
    kit.m_publicKey = QByteArray::fromBase64(o.value(u"publicKey"_s).toString().toLatin1());
    kit.m_sold = o.value(u"sold"_s).toInteger();
    kit.m_capacity = o.value(u"capacity"_s).toInteger();
    kit.m_admittedCount = o.value(u"admitted"_s).toInteger();
    kit.m_issuedAt = parseWireTime(o.value(u"issuedAt"_s).toString()).value_or(QDateTime());
    for (const QJsonValue &v : o.value(u"cancelled"_s).toArray())
        kit.m_cancelled.insert(normalized(v.toString()));
    for (const QJsonValue &v : o.value(u"admittedCodes"_s).toArray()) {
        const QJsonObject a = v.toObject();
        kit.m_admitted.insert(normalized(a.value(u"code"_s).toString()),
                              {a.value(u"gate"_s).toString(),
                               parseWireTime(a.value(u"admittedAt"_s).toString()).value_or(QDateTime())});
    }
    for (const QJsonValue &v : o.value(u"ticketTypes"_s).toArray()) {
        const QJsonObject t = v.toObject();
        kit.m_ticketTypes.insert(t.value(u"id"_s).toInteger(), t.value(u"name"_s).toString());
    }
    for (const QJsonValue &v : o.value(u"seats"_s).toArray()) {
        const QJsonObject seat = v.toObject();
        kit.m_seats.insert(seat.value(u"id"_s).toInteger(), SeatPlace::fromJson(seat));
    }
    return kit;
}

QJsonObject OfflineKit::toJson() const
{
    QJsonArray cancelled;
    for (const QString &c : m_cancelled)
        cancelled.append(c);
    QJsonArray admitted;
    for (auto it = m_admitted.cbegin(); it != m_admitted.cend(); ++it)
        admitted.append(QJsonObject{{u"code"_s, it.key()},
                                    {u"gate"_s, it->gate},
                                    {u"admittedAt"_s, toWireTime(it->admittedAt)}});
    QJsonArray types;
    for (auto it = m_ticketTypes.cbegin(); it != m_ticketTypes.cend(); ++it)
        types.append(QJsonObject{{u"id"_s, it.key()}, {u"name"_s, it.value()}});
    QJsonArray seats;
    for (auto it = m_seats.cbegin(); it != m_seats.cend(); ++it) {
        QJsonObject seat = it->toJson();
        seat.insert(u"id"_s, it.key());
        seats.append(seat);
    }
    return {{u"performanceId"_s, m_performanceId},
            {u"publicKey"_s, QString::fromLatin1(m_publicKey.toBase64())},
            {u"ticketTypes"_s, types},
            {u"seats"_s, seats},
            {u"sold"_s, m_sold},
            {u"capacity"_s, m_capacity},
            {u"admitted"_s, m_admittedCount},
            {u"cancelled"_s, cancelled},
            {u"admittedCodes"_s, admitted},
            {u"issuedAt"_s, toWireTime(m_issuedAt)}};
}

ScanOutcome OfflineKit::check(const QString &scanned) const
{
    ScanOutcome outcome;
    outcome.scanned = scanned;
    outcome.offline = true;
    if (!isValid()) {
        outcome.kind = ScanOutcome::Kind::NoKit;
        return outcome;
    }
    const auto code = SignedCode::parse(scanned);
    if (!code) {
        // A printed code typed in, or an old ticket without a signed QR code: cannot be checked.
        outcome.kind = SignedCode::looksSigned(scanned) ? ScanOutcome::Kind::Unknown
                                                        : ScanOutcome::Kind::NeedsQr;
        return outcome;
    }
    if (!code->verify(m_publicKey)) {
        outcome.kind = ScanOutcome::Kind::Unknown;
        return outcome;
    }
    outcome.ticketCode = code->ticketCode();
    if (code->performanceId() != m_performanceId) {
        outcome.kind = ScanOutcome::Kind::WrongShow;
        outcome.otherPerformanceId = code->performanceId();
        return outcome;
    }
    outcome.ticketTypeName = m_ticketTypes.value(code->ticketTypeId());
    if (const auto seat = m_seats.constFind(code->seatId()); seat != m_seats.cend())
        outcome.seat = DisplayFormat::seatPlace(*seat);
    const QString key = normalized(code->ticketCode());
    if (m_cancelled.contains(key)) {
        outcome.kind = ScanOutcome::Kind::Cancelled;
        return outcome;
    }
    if (const auto it = m_admitted.constFind(key); it != m_admitted.cend()) {
        outcome.kind = ScanOutcome::Kind::AlreadyAdmitted;
        outcome.gate = it->gate;
        outcome.admittedAt = it->admittedAt;
        return outcome;
    }
    outcome.kind = ScanOutcome::Kind::Admitted;
    return outcome;
}

std::optional<OfflineKit::Admission> OfflineKit::admission(const QString &ticketCode) const
{
    if (const auto it = m_admitted.constFind(normalized(ticketCode)); it != m_admitted.cend())
        return *it;
    return std::nullopt;
}

void OfflineKit::noteAdmitted(const QString &ticketCode, const QString &gate, const QDateTime &at)
{
    const QString key = normalized(ticketCode);
    if (!m_admitted.contains(key)) {
        m_admitted.insert(key, {gate, at});
        ++m_admittedCount;
    }
}

void OfflineKit::noteUndone(const QString &ticketCode)
{
    if (m_admitted.remove(normalized(ticketCode)) > 0)
        m_admittedCount = qMax<qint64>(0, m_admittedCount - 1);
}

void OfflineKit::setCounts(qint64 sold, qint64 admitted)
{
    m_sold = sold;
    m_admittedCount = admitted;
}

} // namespace mq::client
