#pragma once

#include <QString>
#include <QtGlobal>

namespace mq {

// Money is always an integer number of minor units (cents). Never a float.
using Cents = qint64;

inline constexpr Cents MaxPriceCents = 100'000'000'00; // 100 million in major units

// Total of a line: unit price × quantity, refusing to overflow.
bool multiplyCents(Cents unit, qint64 quantity, Cents *total);

// "1234" -> "12.34", "-5" -> "-0.05"; the decimal separator is the caller's business.
QString formatCents(Cents cents, QChar decimalPoint = QLatin1Char('.'));

// Parses "12", "12.3", "12.34" (at most two decimals) into cents.
bool parseCents(const QString &text, Cents *cents);

} // namespace mq
