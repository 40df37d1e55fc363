#pragma once

#include "shared/domain.h"
#include "shared/money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace mq::client {

// How amounts and times look to people: money in the configured currency, times in local time.
class DisplayFormat
{
    Q_DECLARE_TR_FUNCTIONS(mq::client::DisplayFormat)
public:
    static QString money(Cents cents);
    static QString dateTime(const QDateTime &utc);  // "Sat 12/12/26  7:30 PM", local time and format
    static QString date(const QDateTime &utc);
    static QString time(const QDateTime &utc);

    // A performance's time as the venue's clock reads it, with the zone's abbreviation ("CST",
    // "GMT+8") when this computer's clock would read another time: "Sat 12/12/26  7:30 PM CST".
    // `timeZone` is the IANA id the server sends; empty or unknown, local time.
    static QString showTime(const QDateTime &utc, const QString &timeZone);
    static QString showDate(const QDateTime &utc, const QString &timeZone); // the venue's date
    // showTime with the computer's zone given (tests set it; the views use the system's).
    static QString showTime(const QDateTime &utc, const QString &timeZone, const QTimeZone &computer);
    // The venue's date and time of `utc` (local time for an empty or unknown zone).
    static QDateTime inZone(const QDateTime &utc, const QString &timeZone);
    // The zone as people know it: "CST", else "GMT+8".
    static QString zoneAbbreviation(const QDateTime &utc, const QTimeZone &zone);
    // "Asia/Shanghai (CST)": for forms that take times in a venue's zone.
    static QString zoneName(const QString &timeZone);
    static QString currencySymbol();
    static void setCurrencySymbol(const QString &symbol);

    // A seated ticket's place in one line: "Stalls · Row F · Seat 12".
    static QString seatPlace(const SeatPlace &seat);
    // Several seats, one row at a time: "Stalls · Row F · Seats 12, 13; Balcony · Row A · Seat 3".
    static QString seatPlaces(const QList<SeatPlace> &seats);
    // What else the holder should know about the seat, in words: "Wheelchair place",
    // "Companion seat", "Restricted view" (the free note is not included).
    static QStringList seatNotes(const SeatPlace &seat);
    // The seat's free note, unless it only repeats one of seatNotes() ("Wheelchair place").
    static QString seatNote(const SeatPlace &seat);
    // seatNotes() and then seatNote(), for one line.
    static QStringList seatDetails(const SeatPlace &seat);
};

} // namespace mq::client
