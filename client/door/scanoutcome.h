#pragma once

#include "core/displayformat.h"
#include "shared/domain.h"

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace mq::client {

// What the door says about one scan, online (the server's answer) or offline (the kit's).
struct ScanOutcome
{
    enum class Kind {
        Admitted,
        AlreadyAdmitted, // gate and admittedAt: the admission that stands
        WrongShow,       // otherPerformanceId: the ticket's performance
        Cancelled,
        Unknown,
        NeedsQr,         // offline, a bare code: only a signed QR code can be checked
        NoKit,           // offline before the list was downloaded
        Failed,          // the server could not answer (message says why)
        Undone,          // the last admission was taken back
        NotUndone,       // the last admission could not be taken back (message says why)
    };

    Kind kind = Kind::Unknown;
    QString scanned;      // what was scanned or typed, as sent
    QString ticketCode;   // the bare code, where known
    QString ticketTypeName;
    QString seat;         // "Stalls · Row F · Seat 12", empty for general admission
    QString gate;
    QDateTime admittedAt; // UTC
    QString timeZone;     // the performance's IANA zone: admittedAt is shown as the venue reads it
    Id otherPerformanceId = 0;
    QString nonce;        // an offline admission's scan
    bool offline = false;
    quint64 sequence = 0; // which scan this answers: a later detail (the other show's title) follows it
    QString message;

    bool admitted() const { return kind == Kind::Admitted; }

    // A time of day as the venue's clock reads it (hours and minutes, this locale's way): the
    // door's staff and guests go by the clock on the wall, not by this computer's zone.
    static QString venueTime(const QDateTime &utc, const QString &timeZone)
    {
        QString format = QLocale().timeFormat(QLocale::ShortFormat);
        format.remove(QStringLiteral(":ss")).remove(QStringLiteral(".ss"));
        return QLocale().toString(DisplayFormat::inZone(utc, timeZone).time(), format);
    }
};

} // namespace mq::client
