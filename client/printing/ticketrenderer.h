#pragma once

#include "shared/domain.h"

#include <QCoreApplication>
#include <QRectF>

class QPainter;

namespace mq::client {

// How one ticket looks: a main part with the event, time, venue, type, price (and for a seated
// ticket its section, row and seat, large, with what to know about the seat) and the ticket code,
// a perforation, and a tear-off stub with the QR code of the ticket code. Resolution-independent:
// everything is laid out in fractions of the rectangle, so it paints the same on a 300 dpi PDF
// page, a printer or an on-screen preview.
class TicketRenderer
{
    Q_DECLARE_TR_FUNCTIONS(mq::client::TicketRenderer)
public:
    // Width : height of a ticket. Layouts size their slots with it; paint() uses the largest
    // rectangle of this shape that fits the one it is given, centred.
    static constexpr qreal AspectRatio = 2.2;

    // Paints ticket `ticketIndex` of `order`. Cancelled tickets get a "CANCELLED" overlay.
    static void paint(QPainter *painter, const QRectF &rect, const Order &order, int ticketIndex);

    // The largest ticket-shaped rectangle inside `bounds`, centred in it.
    static QRectF fit(const QRectF &bounds);

    // "Valid", "Checked in", "Cancelled" in the user's language.
    static QString statusText(const QString &ticketStatus);
};

} // namespace mq::client
