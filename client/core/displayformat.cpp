#include "core/displayformat.h"

#include <QLocale>

#include <algorithm>
#include <cstdlib>

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

namespace {

QTimeZone zoneOf(const QString &timeZone)
{
    if (timeZone.isEmpty())
        return QTimeZone();
    return QTimeZone(timeZone.toLatin1());
}

QString dateOf(const QDate &d)
{
    const QLocale locale;
    return locale.toString(d, u"ddd"_s) + u' ' + locale.toString(d, QLocale::ShortFormat);
}

QString timeOf(const QTime &t)
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(u":ss"_s).remove(u".ss"_s);
    return QLocale().toString(t, format);
}

} // namespace

QDateTime DisplayFormat::inZone(const QDateTime &utc, const QString &timeZone)
{
    const QTimeZone zone = zoneOf(timeZone);
    return zone.isValid() ? utc.toTimeZone(zone) : utc.toLocalTime();
}

QString DisplayFormat::zoneAbbreviation(const QDateTime &utc, const QTimeZone &zone)
{
    QString name = zone.displayName(utc, QTimeZone::ShortName);
    // tzdata spells some zones as bare offsets ("+08"): say whose offset it is.
    if (name.isEmpty() || name.front() == u'+' || name.front() == u'-') {
        const int seconds = zone.offsetFromUtc(utc);
        const int minutes = std::abs(seconds) / 60;
        name = u"GMT"_s;
        if (seconds != 0) {
            name += seconds < 0 ? u'-' : u'+';
            name += QString::number(minutes / 60);
            if (minutes % 60)
                name += u':' + QString::number(minutes % 60).rightJustified(2, u'0');
        }
    }
    return name;
}

QString DisplayFormat::showTime(const QDateTime &utc, const QString &timeZone)
{
    return showTime(utc, timeZone, QTimeZone::systemTimeZone());
}


QString DisplayFormat::showTime(const QDateTime &utc, const QString &timeZone, const QTimeZone &computer)
{
    const QTimeZone zone = zoneOf(timeZone);
    if (!zone.isValid() || !utc.isValid())
        return dateTime(utc);
    const QDateTime there = utc.toTimeZone(zone);
    QString text = dateOf(there.date()) + u"  "_s + timeOf(there.time());
    // Only when this computer's clock would read another time: a venue in the same zone (or one
    // at the same offset) needs no label.
    if (zone.offsetFromUtc(utc) != computer.offsetFromUtc(utc))
        text += u' ' + zoneAbbreviation(utc, zone);
    return text;
}

QString DisplayFormat::showDate(const QDateTime &utc, const QString &timeZone)
{
    const QTimeZone zone = zoneOf(timeZone);
    if (!zone.isValid() || !utc.isValid())
        return date(utc);
    return dateOf(utc.toTimeZone(zone).date());
}

QString DisplayFormat::zoneName(const QString &timeZone)
{
    const QTimeZone zone = zoneOf(timeZone);
    if (!zone.isValid())
        return tr("this computer's time zone");
    return tr("%1 (%2)").arg(timeZone, zoneAbbreviation(QDateTime::currentDateTimeUtc(), zone));
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
