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
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

QString DisplayFormat::date(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime().date(), QLocale::ShortFormat);
}

QString DisplayFormat::time(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime().time(), QLocale::ShortFormat);
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
