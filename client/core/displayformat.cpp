#include "core/displayformat.h"

#include <QLocale>

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
    return symbol() + formatCents(cents, QLocale().decimalPoint().at(0));
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

} // namespace mq::client
