#pragma once

#include "door/scanoutcome.h"
#include "shared/domain.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <optional>

namespace mq::client {

// What a gate needs to admit by itself (checkin.offlineKit): the server's public key, the
// performance's cancelled tickets and those already admitted, and the names of its ticket types
// and seats. A signed QR code proves a genuine ticket of this performance — sold before or after
// the download alike — and names its type and seat; the lists refuse the cancelled ones and
// second entries.
class OfflineKit
{
public:
    struct Admission
    {
        QString gate;
        QDateTime admittedAt; // UTC
    };

    static OfflineKit fromJson(const QJsonObject &o);
    QJsonObject toJson() const;

    bool isValid() const { return m_performanceId > 0 && m_publicKey.size() == 32; }
    Id performanceId() const { return m_performanceId; }
    qint64 sold() const { return m_sold; }
    qint64 capacity() const { return m_capacity; }
    qint64 admittedCount() const { return m_admittedCount; }
    QDateTime issuedAt() const { return m_issuedAt; }

    // The kit's verdict on a scanned text, before the gate's own earlier scans are considered:
    // Admitted (genuine, neither cancelled nor admitted), or why not. ticketCode is filled in,
    // and the ticket type and seat where the payload names them.
    ScanOutcome check(const QString &scanned) const;
    // Where and when the kit says the ticket went in, if it did.
    std::optional<Admission> admission(const QString &ticketCode) const;
    // Online admissions and undos made here since the download, so that a gate going offline
    // still refuses a ticket it admitted a minute ago.
    void noteAdmitted(const QString &ticketCode, const QString &gate, const QDateTime &at);
    void noteUndone(const QString &ticketCode);
    // The server's latest numbers (checkin.stats), kept with the kit for a restart offline.
    void setCounts(qint64 sold, qint64 admitted);

    // Ticket codes compare as the server compares them: case, dashes and spaces ignored.
    static QString normalized(const QString &code);

private:
    Id m_performanceId = 0;
    QByteArray m_publicKey;
    qint64 m_sold = 0;
    qint64 m_capacity = 0;
    qint64 m_admittedCount = 0;
    QSet<QString> m_cancelled;
    QHash<QString, Admission> m_admitted;
    QHash<Id, QString> m_ticketTypes; // id → name
    QHash<Id, SeatPlace> m_seats;
    QDateTime m_issuedAt;
};

} // namespace mq::client
