#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace mq::client {

// One ticket scanned at more than one gate (checkin.conflicts): the admission that stands and the
// scans that came second, for the door staff to look into.
struct CheckinConflict
{
    struct OtherScan
    {
        QString gate;
        QDateTime scannedAt; // UTC
    };

    QString code;
    QString ticketTypeName;
    QString seat; // one line, empty for general admission
    QString gate;
    QDateTime admittedAt; // UTC
    QList<OtherScan> otherScans;

    static CheckinConflict fromJson(const QJsonObject &o);
};

} // namespace mq::client
