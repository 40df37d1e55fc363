#pragma once

#include <QChar>
#include <QCoreApplication>
#include <QString>

namespace mq::client {

// What a seat of a performance is, as seats.getMap spells it (a h s b x).
enum class SeatState : quint8
{
    Available,
    Held,
    Sold,
    Blocked,
    NotOnSale
};

class SeatStates
{
    Q_DECLARE_TR_FUNCTIONS(mq::client::SeatStates)
public:
    static SeatState fromLetter(QChar letter);
    static SeatState fromWire(const QString &status); // "a" or a word
    static QChar letter(SeatState state);
    // In words, for the seat list, tooltips and screen readers: "Available", "Sold"…
    static QString name(SeatState state);
};

} // namespace mq::client
