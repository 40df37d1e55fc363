#include "core/displayformat.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mq::client {

namespace {
QString &symbol()
{
    static QString s = u"¥"_s;
    return s;
}
} // namespace

QString DisplayFormat::money(Cents cents)
{
    // The locale's own currency pattern ("¥1,140.00", "1.140,00 ¥"); the C locale of a bare
    // test machine would drop the thousands separators people expect.
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    // Exact for every amount below 2^53 minor units, far beyond any order's total.
    return locale.toCurrencyString(static_cast<double>(cents) / 100.0, symbol(), 2);
}

QString DisplayFormat::dateTime(const QDateTime &utc)
{
    return date(utc) + u"  "_s + time(utc);
}

QString DisplayFormat::date(const QDateTime &utc)
{
    const QLocale locale;
    const QDate d = utc.toLocalTime().date();
    return locale.toString(d, u"ddd"_s) + u' ' + locale.toString(d, QLocale::ShortFormat);
}

QString DisplayFormat::time(const QDateTime &utc)
{
    // Hours and minutes: no timetable shows seconds.
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(u":ss"_s).remove(u".ss"_s);
    return QLocale().toString(utc.toLocalTime().time(), format);
}

QString DisplayFormat::currencySymbol()
{
    return symbol();
}

void DisplayFormat::setCurrencySymbol(const QString &s)
{
    symbol() = s;
}

QString DisplayFormat::seatPlace(const SeatPlace &seat)
{
    QStringList parts;
    if (!seat.section.isEmpty())
        parts << seat.section;
    if (!seat.row.isEmpty())
        parts << tr("Row %1").arg(seat.row);
    parts << tr("Seat %1").arg(seat.label);
    return parts.join(u" · "_s);
}

QString DisplayFormat::seatPlaces(const QList<SeatPlace> &seats)
{
    QStringList groups;
    for (qsizetype i = 0; i < seats.size();) {
        const SeatPlace &first = seats.at(i);
        QStringList labels{first.label};
        qsizetype j = i + 1;
        for (; j < seats.size() && seats.at(j).section == first.section
               && seats.at(j).row == first.row;
             ++j)
            labels << seats.at(j).label;
        if (labels.size() == 1) {
            groups << seatPlace(first);
        } else {
            QStringList parts;
            if (!first.section.isEmpty())
                parts << first.section;
            if (!first.row.isEmpty())
                parts << tr("Row %1").arg(first.row);
            parts << tr("Seats %1").arg(labels.join(u", "_s));
            groups << parts.join(u" · "_s);
        }
        i = j;
    }
    return groups.join(u"; "_s);
}

QStringList DisplayFormat::seatNotes(const SeatPlace &seat)
{
    QStringList notes;
    if (seat.accessible)
        notes << tr("Wheelchair place");
    if (seat.companion)
        notes << tr("Companion seat");
    if (seat.restrictedView)
        notes << tr("Restricted view");
    return notes;
}

QString DisplayFormat::seatNote(const SeatPlace &seat)
{
    const QString note = seat.note.trimmed();
    const QStringList notes = seatNotes(seat);
    const bool repeats = std::any_of(notes.cbegin(), notes.cend(), [&](const QString &n) {
        return n.compare(note, Qt::CaseInsensitive) == 0;
    });
    return repeats ? QString() : note;
}

QStringList DisplayFormat::seatDetails(const SeatPlace &seat)
{
    QStringList details = seatNotes(seat);
    if (const QString note = seatNote(seat); !note.isEmpty())
        details << note;
    return details;
}

} // namespace mq::client
