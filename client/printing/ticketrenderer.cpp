#include "printing/ticketrenderer.h"

#include "core/displayformat.h"
#include "printing/qrcode.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace mq::client {

namespace {

// The ticket is designed on a 1000 × 454 grid ("units"); Layout maps units to device pixels.
constexpr qreal GridWidth = 1000.0;
constexpr qreal GridHeight = GridWidth / TicketRenderer::AspectRatio;
constexpr qreal StubX = 715.0;     // the perforation
constexpr qreal Margin = 40.0;     // inner margin of the main part
constexpr qreal NotchRadius = 16.0;
constexpr qreal CornerRadius = 20.0;

// Printed matter has its own palette: it must read well in black and white too.
const QColor Ink(0x1c, 0x1d, 0x22);
const QColor Muted(0x62, 0x66, 0x70);
const QColor Rule(0xc9, 0xcc, 0xd3);
const QColor Accent(0x24, 0x2f, 0x5c);
const QColor OnAccent(0xff, 0xff, 0xff);
const QColor OnAccentMuted(0xff, 0xff, 0xff, 0xbb);
const QColor StubTint(0xf3, 0xf4, 0xf7);
const QColor Stamp(0xc6, 0x28, 0x28);
const QColor SeatTint(0xe9, 0xec, 0xf6);

class Layout
{
public:
    Layout(QPainter *painter, const QRectF &rect) : m_painter(painter), m_rect(rect)
    {
        m_unit = rect.width() / GridWidth;
    }

    qreal u(qreal units) const { return units * m_unit; }
    QPointF pt(qreal x, qreal y) const { return m_rect.topLeft() + QPointF(u(x), u(y)); }
    QRectF rect(qreal x, qreal y, qreal w, qreal h) const { return {pt(x, y), QSizeF(u(w), u(h))}; }

    QFont font(qreal pixels, QFont::Weight weight = QFont::Normal, bool mono = false,
               qreal letterSpacing = 0) const
    {
        QFont f = mono ? QFontDatabase::systemFont(QFontDatabase::FixedFont) : QFont();
        if (mono)
            f.setStyleHint(QFont::Monospace);
        f.setPixelSize(qMax(1, qRound(u(pixels))));
        f.setWeight(weight);
        if (letterSpacing != 0)
            f.setLetterSpacing(QFont::AbsoluteSpacing, u(letterSpacing));
        return f;
    }

    // One line of text in a box of the grid, elided to fit.
    void text(const QRectF &unitsBox, const QString &text, const QFont &spacedFont, const QColor &colour,
              Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter) const
    {
        const QRectF box = rect(unitsBox.x(), unitsBox.y(), unitsBox.width(), unitsBox.height());
        // Letter spacing suits Latin capitals; Chinese characters spaced out read as separate words.
        QFont font = spacedFont;
        if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.script() == QChar::Script_Han; }))
            font.setLetterSpacing(QFont::AbsoluteSpacing, 0);
        m_painter->setFont(font);
        m_painter->setPen(colour);
        const QFontMetricsF metrics(font, m_painter->device());
        m_painter->drawText(box, int(alignment) | Qt::TextSingleLine,
                            metrics.elidedText(text, Qt::ElideRight, box.width()));
    }

    // The largest font of at most `pixels` (down to `minimum`) that fits `text` into `width` units.
    QFont fitted(const QString &text, qreal width, qreal pixels, qreal minimum,
                 QFont::Weight weight, bool mono = false) const
    {
        for (qreal size = pixels; size > minimum; size -= 2) {
            const QFont f = font(size, weight, mono);
            if (QFontMetricsF(f, m_painter->device()).horizontalAdvance(text) <= u(width))
                return f;
        }
        return font(minimum, weight, mono);
    }

private:
    QPainter *m_painter;
    QRectF m_rect;
    qreal m_unit = 1;
};

QString upper(const QString &text)
{
    return QLocale().toUpper(text);
}

const OrderItem *itemFor(const Order &order, const Ticket &ticket)
{
    for (const OrderItem &item : order.items) {
        if (item.ticketTypeId == ticket.ticketTypeId)
            return &item;
    }
    return order.items.isEmpty() ? nullptr : &order.items.first();
}

// The outline: a rounded rectangle with a half-circle bitten out above and below the perforation.
QPainterPath outline(const Layout &l)
{
    QPainterPath shape;
    shape.addRoundedRect(l.rect(0, 0, GridWidth, GridHeight), l.u(CornerRadius), l.u(CornerRadius));
    QPainterPath notches;
    notches.addEllipse(l.pt(StubX, 0), l.u(NotchRadius), l.u(NotchRadius));
    notches.addEllipse(l.pt(StubX, GridHeight), l.u(NotchRadius), l.u(NotchRadius));
    return shape.subtracted(notches);
}

} // namespace

QRectF TicketRenderer::fit(const QRectF &bounds)
{
    QSizeF size(bounds.width(), bounds.width() / AspectRatio);
    if (size.height() > bounds.height())
        size = QSizeF(bounds.height() * AspectRatio, bounds.height());
    return {bounds.center() - QPointF(size.width() / 2, size.height() / 2), size};
}

QString TicketRenderer::statusText(const QString &ticketStatus)
{
    if (ticketStatus == TicketCheckedIn)
        return tr("Checked in");
    if (ticketStatus == TicketCancelled)
        return tr("Cancelled");
    return tr("Valid");
}

void TicketRenderer::paint(QPainter *painter, const QRectF &bounds, const Order &order,
                           int ticketIndex)
{
    if (ticketIndex < 0 || ticketIndex >= order.tickets.size())
        return;
    const Ticket &ticket = order.tickets.at(ticketIndex);
    const OrderItem *item = itemFor(order, ticket);
    const QString title = item ? item->eventTitle : QString();
    const QString when = item && item->startsAt.isValid() ? DisplayFormat::showTime(item->startsAt, item->timeZone)
                                                         : QString();
    const QString venue = item ? item->venue : QString();
    const QString type = item ? item->ticketTypeName : QString();
    const QString price = item ? DisplayFormat::money(item->unitPriceCents) : QString();
    const bool cancelled = ticket.status == TicketCancelled || order.status == OrderCancelled
                           || order.status == OrderRefunded;

    const Layout l(painter, fit(bounds));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);

    // Paper, header band and stub tint, all clipped to the ticket's outline.
    const QPainterPath shape = outline(l);
    painter->fillPath(shape, Qt::white);
    painter->save();
    painter->setClipPath(shape);
    painter->fillRect(l.rect(0, 0, StubX, 122), Accent);
    painter->fillRect(l.rect(StubX, 0, GridWidth - StubX, GridHeight), StubTint);
    painter->restore();

    // Header: brand line, status and the event title.
    l.text({Margin, 20, 420, 30}, upper(tr("Marquee · Admit one")),
           l.font(15, QFont::DemiBold, false, 1.6), OnAccentMuted);
    const QString status = upper(statusText(ticket.status));
    const QFont statusFont = l.font(14, QFont::Bold, false, 1.0);
    const qreal statusWidth =
        QFontMetricsF(statusFont, painter->device()).horizontalAdvance(status) / l.u(1) + 28;
    const QRectF pill = l.rect(StubX - Margin - statusWidth, 18, statusWidth, 30);
    painter->setPen(QPen(OnAccent, l.u(1.5)));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    l.text({StubX - Margin - statusWidth, 18, statusWidth, 30}, status, statusFont, OnAccent,
           Qt::AlignCenter);
    l.text({Margin, 54, StubX - 2 * Margin, 56}, title,
           l.fitted(title, StubX - 2 * Margin, 42, 28, QFont::Bold), OnAccent);

    const qreal titleWidth = StubX - 2 * Margin;
    const bool seated = ticket.seatId > 0;
    qreal codeTop = 318; // where the ticket code block starts
    if (!seated) {
        // Fields: two columns of label over value.
        const qreal column = (StubX - 2 * Margin - 30) / 2;
        const auto field = [&](qreal x, qreal y, const QString &label, const QString &value) {
            l.text({x, y, column, 22}, upper(label), l.font(14, QFont::DemiBold, false, 0.9), Muted);
            l.text({x, y + 24, column, 38}, value, l.fitted(value, column, 27, 19, QFont::DemiBold), Ink);
        };
        field(Margin, 146, tr("Date and time"), when);
        field(Margin + column + 30, 146, tr("Venue"), venue);
        field(Margin, 222, tr("Ticket type"), type);
        field(Margin + column + 30, 222, tr("Price"), price);
        painter->setPen(QPen(Rule, l.u(1.5)));
        painter->drawLine(l.pt(Margin, 304), l.pt(StubX - Margin, 304));
    } else {
        // A seated ticket: when and where, then the seat itself as large as it fits, then what
        // the holder should know about it.
        const qreal column = (StubX - 2 * Margin - 30) / 2;
        const auto field = [&](qreal x, qreal y, const QString &label, const QString &value) {
            l.text({x, y, column, 20}, upper(label), l.font(13, QFont::DemiBold, false, 0.9), Muted);
            l.text({x, y + 21, column, 34}, value, l.fitted(value, column, 25, 18, QFont::DemiBold), Ink);
        };
        field(Margin, 134, tr("Date and time"), when);
        field(Margin + column + 30, 134, tr("Venue"), venue);

        const QRectF panel = l.rect(Margin, 198, titleWidth, 92);
        painter->setPen(Qt::NoPen);
        painter->setBrush(SeatTint);
        painter->drawRoundedRect(panel, l.u(12), l.u(12));
        painter->setBrush(Accent);
        painter->drawRoundedRect(l.rect(Margin, 198, 8, 92), l.u(4), l.u(4));
        const SeatPlace &seat = ticket.seat;
        struct Part
        {
            QString label;
            QString value;
            qreal width;
        };
        const qreal inner = titleWidth - 28;
        const QList<Part> parts = {{tr("Section"), seat.section, inner * 0.48},
                                   {tr("Row"), seat.row, inner * 0.24},
                                   {tr("Seat"), seat.label, inner * 0.28}};
        qreal x = Margin + 26;
        for (const Part &part : parts) {
            const qreal w = part.width - 12;
            l.text({x, 206, w, 20}, upper(part.label), l.font(13, QFont::DemiBold, false, 0.9),
                   Muted);
            l.text({x, 226, w, 58}, part.value, l.fitted(part.value, w, 50, 20, QFont::Bold), Ink);
            x += part.width;
        }

        // Type and price on the left; the seat's particulars beside them, then its note.
        const QString typeAndPrice = type.isEmpty() ? price : tr("%1 · %2").arg(type, price);
        const QFont typeFont = l.font(19, QFont::DemiBold);
        const qreal typeWidth = qMin<qreal>(
            titleWidth * 0.55,
            QFontMetricsF(typeFont, painter->device()).horizontalAdvance(typeAndPrice) / l.u(1) + 4);
        l.text({Margin, 296, typeWidth, 28}, typeAndPrice, typeFont, Ink);
        const QString notes = DisplayFormat::seatNotes(seat).join(u" · "_s);
        if (!notes.isEmpty())
            l.text({Margin + typeWidth + 16, 296, titleWidth - typeWidth - 16, 28}, notes,
                   l.font(17, QFont::Bold), Accent, Qt::AlignRight | Qt::AlignVCenter);
        if (const QString note = DisplayFormat::seatNote(seat); !note.isEmpty())
            l.text({Margin, 322, titleWidth, 22}, note, l.font(15), Muted);
        painter->setPen(QPen(Rule, l.u(1.5)));
        painter->drawLine(l.pt(Margin, 350), l.pt(StubX - Margin, 350));
        codeTop = 356;
    }

    // The ticket code: what the door reads out when the QR code will not scan.
    if (!seated) {
        l.text({Margin, codeTop, titleWidth, 22}, upper(tr("Ticket code")),
               l.font(14, QFont::DemiBold, false, 0.9), Muted);
        l.text({Margin, codeTop + 22, titleWidth, 52}, ticket.code,
               l.fitted(ticket.code, titleWidth, 44, 24, QFont::Bold, true), Ink);
    } else {
        // Less room: the label beside the code rather than above it.
        const QFont labelFont = l.font(13, QFont::DemiBold, false, 0.9);
        const QString label = upper(tr("Ticket code"));
        const qreal labelWidth =
            QFontMetricsF(labelFont, painter->device()).horizontalAdvance(label) / l.u(1) + 16;
        l.text({Margin, codeTop, labelWidth, 44}, label, labelFont, Muted);
        l.text({Margin + labelWidth, codeTop, titleWidth - labelWidth, 44}, ticket.code,
               l.fitted(ticket.code, titleWidth - labelWidth, 34, 20, QFont::Bold, true), Ink);
    }
    l.text({Margin, seated ? 404.0 : 400.0, titleWidth, 28},
           tr("Order %1 · Ticket %2 of %3")
               .arg(order.code)
               .arg(ticketIndex + 1)
               .arg(order.tickets.size()),
           l.font(17), Muted);

    // Perforation between the main part and the stub.
    QPen perforation(Rule, l.u(2), Qt::CustomDashLine, Qt::RoundCap);
    perforation.setDashPattern({2.0, 4.0});
    painter->setPen(perforation);
    painter->drawLine(l.pt(StubX, NotchRadius + 8), l.pt(StubX, GridHeight - NotchRadius - 8));

    // Stub: the QR code on a white square with its quiet zone, the code, type and date.
    const qreal stubCentre = StubX + (GridWidth - StubX) / 2;
    const qreal qrSide = 196;
    const QRectF quiet = l.rect(stubCentre - qrSide / 2 - 22, 26, qrSide + 44, qrSide + 44);
    painter->setPen(Qt::NoPen);
    painter->setBrush(Qt::white);
    painter->drawRoundedRect(quiet, l.u(10), l.u(10));
    const QRectF qrArea = l.rect(stubCentre - qrSide / 2, 48, qrSide, qrSide);
    if (!cancelled) {
        QrCode::paint(painter, qrArea, QrCode::ticketText(ticket));
    } else {
        // No code to scan on a cancelled ticket, not even a washed-out one: a crossed-out box.
        painter->setPen(QPen(Rule, l.u(4)));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(qrArea);
        painter->drawLine(qrArea.topLeft(), qrArea.bottomRight());
        painter->drawLine(qrArea.topRight(), qrArea.bottomLeft());
    }
    const qreal stubWidth = GridWidth - StubX - 36;
    l.text({StubX + 18, 282, stubWidth, 26}, ticket.code,
           l.fitted(ticket.code, stubWidth, 19, 12, QFont::DemiBold, true), Ink, Qt::AlignCenter);
    if (!seated) {
        l.text({StubX + 18, 318, stubWidth, 30}, type,
               l.fitted(type, stubWidth, 22, 15, QFont::Bold), Ink, Qt::AlignCenter);
        l.text({StubX + 18, 350, stubWidth, 26}, when,
               l.fitted(when, stubWidth, 17, 12, QFont::Normal), Muted, Qt::AlignCenter);
        l.text({StubX + 18, 396, stubWidth, 24}, tr("Scan at the entrance"), l.font(14), Muted,
               Qt::AlignCenter);
    } else {
        // The stub is what ushers read: the seat first.
        const QString rowSeat = ticket.seat.row.isEmpty()
                                    ? tr("Seat %1").arg(ticket.seat.label)
                                    : tr("Row %1 · Seat %2").arg(ticket.seat.row, ticket.seat.label);
        l.text({StubX + 18, 314, stubWidth, 34}, rowSeat,
               l.fitted(rowSeat, stubWidth, 26, 14, QFont::Bold), Ink, Qt::AlignCenter);
        l.text({StubX + 18, 348, stubWidth, 26}, ticket.seat.section,
               l.fitted(ticket.seat.section, stubWidth, 19, 13, QFont::DemiBold), Ink,
               Qt::AlignCenter);
        l.text({StubX + 18, 378, stubWidth, 24}, when,
               l.fitted(when, stubWidth, 16, 12, QFont::Normal), Muted, Qt::AlignCenter);
        l.text({StubX + 18, 404, stubWidth, 24}, type, l.fitted(type, stubWidth, 15, 11, QFont::Normal),
               Muted, Qt::AlignCenter);
    }

    // Outline last, over the fills.
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(Rule, l.u(2)));
    painter->drawPath(shape);

    if (cancelled) {
        // Wash the ticket out and stamp it, so nobody mistakes it for a valid one.
        painter->fillPath(shape, QColor(255, 255, 255, 150));
        const QString stamp = upper(tr("Cancelled"));
        const QFont stampFont = l.fitted(stamp, 640, 110, 40, QFont::Black);
        const QFontMetricsF metrics(stampFont, painter->device());
        const qreal width = metrics.horizontalAdvance(stamp) + l.u(60);
        const qreal height = metrics.height() + l.u(24);
        painter->translate(l.pt(GridWidth / 2, GridHeight / 2));
        painter->rotate(-14);
        const QRectF box(-width / 2, -height / 2, width, height);
        painter->setPen(QPen(Stamp, l.u(8)));
        painter->setBrush(QColor(255, 255, 255, 170));
        painter->drawRoundedRect(box, l.u(14), l.u(14));
        painter->setFont(stampFont);
        painter->drawText(box, Qt::AlignCenter, stamp);
    }
    painter->restore();
}

} // namespace mq::client
