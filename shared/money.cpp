#include "shared/money.h"

#include <limits>

namespace mq {

bool multiplyCents(Cents unit, qint64 quantity, Cents *total)
{
    return !__builtin_mul_overflow(unit, quantity, total);
}

QString formatCents(Cents cents, QChar decimalPoint)
{
    const bool negative = cents < 0;
    // Work in unsigned so that the smallest qint64 does not overflow on negation.
    const quint64 magnitude = negative ? quint64(0) - quint64(cents) : quint64(cents);
    QString text = QString::number(magnitude / 100) + decimalPoint
                   + QString::number(magnitude % 100).rightJustified(2, QLatin1Char('0'));
    if (negative)
        text.prepend(QLatin1Char('-'));
    return text;
}

namespace {
bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}
} // namespace

bool parseCents(const QString &input, Cents *cents)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return false;
    qsizetype i = 0;
    const bool negative = text.at(0) == QLatin1Char('-');
    if (negative)
        ++i;
    quint64 whole = 0;
    int wholeDigits = 0;
    for (; i < text.size() && isAsciiDigit(text.at(i)); ++i) {
        whole = whole * 10 + quint64(text.at(i).digitValue());
        if (++wholeDigits > 15)
            return false;
    }
    quint64 fraction = 0;
    int fractionDigits = 0;
    if (i < text.size() && (text.at(i) == QLatin1Char('.') || text.at(i) == QLatin1Char(','))) {
        for (++i; i < text.size() && isAsciiDigit(text.at(i)); ++i) {
            if (++fractionDigits > 2)
                return false;
            fraction = fraction * 10 + quint64(text.at(i).digitValue());
        }
        if (fractionDigits == 1)
            fraction *= 10;
    }
    if (i != text.size() || (wholeDigits == 0 && fractionDigits == 0))
        return false;
    const qint64 value = qint64(whole * 100 + fraction);
    *cents = negative ? -value : value;
    return true;
}

} // namespace mq
