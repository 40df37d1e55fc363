#include "seatmap/seatstate.h"

using namespace Qt::StringLiterals;

namespace mq::client {

SeatState SeatStates::fromLetter(QChar letter)
{
    switch (letter.unicode()) {
    case 'a':
        return SeatState::Available;
    case 'h':
        return SeatState::Held;
    case 's':
        return SeatState::Sold;
    case 'b':
        return SeatState::Blocked;
    default:
        return SeatState::NotOnSale;
    }
}

SeatState SeatStates::fromWire(const QString &status)
{
    if (status.size() == 1)
        return fromLetter(status.at(0));
    if (status == u"available"_s)
        return SeatState::Available;
    if (status == u"held"_s)
        return SeatState::Held;
    if (status == u"sold"_s)
        return SeatState::Sold;
    if (status == u"blocked"_s)
        return SeatState::Blocked;
    return SeatState::NotOnSale;
}

QChar SeatStates::letter(SeatState state)
{
    switch (state) {
    case SeatState::Available:
        return u'a';
    case SeatState::Held:
        return u'h';
    case SeatState::Sold:
        return u's';
    case SeatState::Blocked:
        return u'b';
    case SeatState::NotOnSale:
        break;
    }
    return u'x';
}

QString SeatStates::name(SeatState state)
{
    switch (state) {
    case SeatState::Available:
        return tr("Available");
    case SeatState::Held:
        return tr("Held");
    case SeatState::Sold:
        return tr("Sold");
    case SeatState::Blocked:
        return tr("Blocked");
    case SeatState::NotOnSale:
        break;
    }
    return tr("Not on sale");
}

} // namespace mq::client
