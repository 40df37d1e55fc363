#pragma once

#include "shared/money.h"

#include <QDateTime>
#include <QString>

namespace mq::client {

// How amounts and times look to people: money in the configured currency, times in local time.
class DisplayFormat
{
public:
    static QString money(Cents cents);
    static QString dateTime(const QDateTime &utc);  // "Sat 12/12/26  7:30 PM", local time and format
    static QString date(const QDateTime &utc);
    static QString time(const QDateTime &utc);
    static QString currencySymbol();
    static void setCurrencySymbol(const QString &symbol);
};

} // namespace mq::client
