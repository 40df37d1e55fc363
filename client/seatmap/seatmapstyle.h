#pragma once

#include "seatmap/seatstate.h"

#include <QColor>
#include <QRectF>

class QPainter;

namespace mq::client {

// How seats look, shared by the map, its legend and the seat list. States never rely on colour
// alone: sold seats are grey with a cross, held ones outlined with a clock, blocked ones dark
// with a bar, seats not on sale faint; selected seats carry a tick.
class SeatMapStyle
{
public:
    enum Mark : unsigned
    {
        NoMark = 0,
        Selected = 1,   // chosen here, not yet held
        Mine = 2,       // held by this user (their hold)
        Accessible = 4, // wheelchair place
        Companion = 8,  // next to a wheelchair place
        Restricted = 16,
    };

    // The colour of the n-th price category.
    static QColor categoryColor(int index);
    // Seats in no category (a venue preview).
    static QColor neutralColor();
    static QColor accentColor();
    static QColor soldColor();
    static QColor blockedColor();
    static QColor notOnSaleColor();
    static QColor textColor();
    static QColor mutedTextColor();
    static QColor backgroundColor();

    // One seat, detailed, facing up, centred in `square` (the painter may be rotated).
    // `showLabel` draws the seat's label inside it.
    static void paintSeat(QPainter *painter, const QRectF &square, SeatState state,
                          const QColor &category, unsigned marks, const QString &label = {});
    // The fill a seat gets when drawn as a small plain square (zoomed out).
    static QColor plainFill(SeatState state, const QColor &category, unsigned marks);
    static void paintWheelchair(QPainter *painter, const QRectF &square, const QColor &color);
};

} // namespace mq::client
