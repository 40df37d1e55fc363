#pragma once

#include "shared/domain.h"

#include <QDateTime>
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
    };

    Kind kind = Kind::Unknown;
    QString scanned;      // what was scanned or typed, as sent
    QString ticketCode;   // the bare code, where known
    QString ticketTypeName;
    QString seat;         // "Stalls · Row F · Seat 12", empty for general admission
    QString gate;
    QDateTime admittedAt; // UTC
    Id otherPerformanceId = 0;
    QString nonce;        // an offline admission's scan
    bool offline = false;
    quint64 sequence = 0; // which scan this answers: a later detail (the other show's title) follows it
    QString message;

    bool admitted() const { return kind == Kind::Admitted; }
};

} // namespace mq::client
