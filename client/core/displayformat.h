#pragma once

#include "shared/domain.h"
#include "shared/money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

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
