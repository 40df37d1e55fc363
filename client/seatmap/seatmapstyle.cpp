#include "seatmap/seatmapstyle.h"

#include <QPainter>
#include <QPainterPath>

#include <array>

namespace mq::client {

namespace {

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

bool isDark(const QColor &c)
{
    // Relative luminance, roughly: white text on darker fills, dark text on light ones.
    return 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF() < 0.55;
}

QPointF at(const QRectF &sq, double fx, double fy)
{
    return QPointF(sq.left() + fx * sq.width(), sq.top() + fy * sq.height());
}

void paintTick(QPainter *p, const QRectF &sq, const QColor &color)
{
    const double s = sq.width();
    QPen pen(color, s * 0.13, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    QPainterPath tick;
    tick.moveTo(at(sq, 0.27, 0.5));
    tick.lineTo(at(sq, 0.44, 0.66));
    tick.lineTo(at(sq, 0.74, 0.33));
    p->drawPath(tick);
}

} // namespace

QColor SeatMapStyle::categoryColor(int index)
{
    // Distinct, calm colours that keep white text readable; blue is kept for "selected".
    static const std::array<QColor, 10> palette = {
        QColor(0x7b, 0x4d, 0xc9), // violet
        QColor(0xe0, 0x6c, 0x3c), // coral
        QColor(0x17, 0x9a, 0x8b), // teal
        QColor(0xc9, 0x93, 0x12), // amber
        QColor(0xcc, 0x4b, 0x82), // rose
        QColor(0x4a, 0x9a, 0x3f), // green
        QColor(0x8c, 0x63, 0x45), // brown
        QColor(0x2f, 0x8f, 0xc2), // sky
        QColor(0x96, 0x9a, 0x1f), // olive
        QColor(0xb8, 0x3a, 0x3a), // brick
    };
    if (index < 0)
        return neutralColor();
    return palette.at(size_t(index) % palette.size());
}

QColor SeatMapStyle::neutralColor()
{
    return QColor(0x7d, 0x89, 0x9c);
}

QColor SeatMapStyle::accentColor()
{
    return QColor(0x33, 0x58, 0xd4);
}

QColor SeatMapStyle::soldColor()
{
    return QColor(0xc9, 0xce, 0xd6);
}

QColor SeatMapStyle::blockedColor()
{
    return QColor(0x46, 0x4e, 0x5c);
}

QColor SeatMapStyle::notOnSaleColor()
{
    return QColor(0xee, 0xf0, 0xf3);
}

QColor SeatMapStyle::textColor()
{
    return QColor(0x1d, 0x23, 0x30);
}

QColor SeatMapStyle::mutedTextColor()
{
    return QColor(0x6b, 0x76, 0x86);
}

QColor SeatMapStyle::backgroundColor()
{
    return QColor(0xf7, 0xf8, 0xfa);
}

QColor SeatMapStyle::plainFill(SeatState state, const QColor &category, unsigned marks)
{
    if (marks & Mine)
        return QColor(0x10, 0x1c, 0x4d);
    if (marks & Selected)
        return accentColor();
    switch (state) {
    case SeatState::Available:
        return category;
    case SeatState::Held:
        return mix(category, Qt::white, 0.62);
    case SeatState::Sold:
        return soldColor();
    case SeatState::Blocked:
        return blockedColor();
    case SeatState::NotOnSale:
        break;
    }
    return notOnSaleColor();
}

void SeatMapStyle::paintWheelchair(QPainter *p, const QRectF &sq, const QColor &color)
{
    const double s = sq.width();
    p->setPen(Qt::NoPen);
    p->setBrush(color);
    p->drawEllipse(at(sq, 0.50, 0.19), s * 0.085, s * 0.085);
    QPen pen(color, s * 0.085, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    QPainterPath body;
    body.moveTo(at(sq, 0.47, 0.33));
    body.lineTo(at(sq, 0.47, 0.56));
    body.lineTo(at(sq, 0.68, 0.56));
    body.lineTo(at(sq, 0.77, 0.78));
    body.moveTo(at(sq, 0.47, 0.44));
    body.lineTo(at(sq, 0.64, 0.44));
    p->drawPath(body);
    // The wheel: most of a circle, open where the body meets it.
    const QRectF wheel(at(sq, 0.22, 0.47), at(sq, 0.64, 0.89));
    p->drawArc(wheel, 75 * 16, 250 * 16);
}

void SeatMapStyle::paintSeat(QPainter *p, const QRectF &square, SeatState state,
                             const QColor &category, unsigned marks, const QString &label)
{
    const double s = square.width();
    const QRectF body = square.adjusted(s * 0.04, s * 0.04, -s * 0.04, -s * 0.04);
    const double radius = s * 0.24;
    const QRectF back(body.left() + s * 0.1, body.bottom() - s * 0.22, body.width() - s * 0.2,
                      s * 0.13);
    const bool selected = marks & Selected;
    const bool mine = marks & Mine;
    const bool open = state == SeatState::Available || selected || mine;
    QColor labelColor;
    p->setPen(Qt::NoPen);

    if (mine) {
        p->setBrush(accentColor());
        p->drawRoundedRect(body, radius, radius);
        paintTick(p, body, Qt::white);
    } else if (selected) {
        const double w = s * 0.13;
        p->setBrush(Qt::white);
        p->setPen(QPen(accentColor(), w));
        p->drawRoundedRect(body.adjusted(w / 2, w / 2, -w / 2, -w / 2), radius, radius);
        paintTick(p, body, accentColor());
    } else {
        switch (state) {
        case SeatState::Available: {
            p->setBrush(category);
            p->drawRoundedRect(body, radius, radius);
            p->setBrush(category.darker(128));
            p->drawRoundedRect(back, s * 0.06, s * 0.06);
            labelColor = isDark(category) ? QColor(Qt::white) : textColor();
            if (marks & Accessible) {
                paintWheelchair(p, body.adjusted(s * 0.08, s * 0.02, -s * 0.08, -s * 0.14),
                                labelColor);
                labelColor = QColor();
            }
            break;
        }
        case SeatState::Held: {
            const double w = s * 0.09;
            QPen pen(category.darker(110), w, Qt::DashLine, Qt::FlatCap);
            pen.setDashPattern({1.6, 1.1});
            p->setPen(pen);
            p->setBrush(mix(category, Qt::white, 0.85));
            p->drawRoundedRect(body.adjusted(w / 2, w / 2, -w / 2, -w / 2), radius, radius);
            // A clock: "someone is paying for this one now".
            const QPointF c = body.center();
            const QColor ink(0x4a, 0x55, 0x66);
            p->setPen(QPen(ink, s * 0.07));
            p->setBrush(Qt::white);
            p->drawEllipse(c, s * 0.22, s * 0.22);
            p->setPen(QPen(ink, s * 0.06, Qt::SolidLine, Qt::RoundCap));
            p->drawLine(c, c + QPointF(0, -s * 0.14));
            p->drawLine(c, c + QPointF(s * 0.1, 0));
            break;
        }
        case SeatState::Sold: {
            p->setBrush(soldColor());
            p->drawRoundedRect(body, radius, radius);
            p->setPen(QPen(Qt::white, s * 0.1, Qt::SolidLine, Qt::RoundCap));
            const double k = s * 0.2;
            const QPointF c = body.center();
            p->drawLine(c + QPointF(-k, -k), c + QPointF(k, k));
            p->drawLine(c + QPointF(-k, k), c + QPointF(k, -k));
            break;
        }
        case SeatState::Blocked: {
            p->setBrush(blockedColor());
            p->drawRoundedRect(body, radius, radius);
            p->setBrush(Qt::white);
            const QPointF c = body.center();
            p->drawRoundedRect(QRectF(c.x() - s * 0.26, c.y() - s * 0.065, s * 0.52, s * 0.13),
                               s * 0.05, s * 0.05);
            break;
        }
        case SeatState::NotOnSale: {
            const double w = s * 0.05;
            p->setPen(QPen(QColor(0xd5, 0xda, 0xe1), w));
            p->setBrush(notOnSaleColor());
            p->drawRoundedRect(body.adjusted(w / 2, w / 2, -w / 2, -w / 2), radius, radius);
            if (marks & Accessible)
                paintWheelchair(p, body.adjusted(s * 0.1, s * 0.05, -s * 0.1, -s * 0.1),
                                QColor(0xb4, 0xbb, 0xc6));
            break;
        }
        }
    }

    if (open && !label.isEmpty() && labelColor.isValid()) {
        QFont font = p->font();
        font.setPixelSize(std::max(1, int(s * 0.4)));
        font.setBold(true);
        p->setFont(font);
        p->setPen(labelColor);
        p->drawText(body.adjusted(0, -s * 0.08, 0, -s * 0.08), Qt::AlignCenter, label);
    }
    if ((marks & Companion) && open) {
        // A small figure badge in the corner: "a companion of a wheelchair user sits here".
        const QPointF c(body.right() - s * 0.06, body.top() + s * 0.06);
        p->setPen(QPen(Qt::white, s * 0.05));
        p->setBrush(textColor());
        p->drawEllipse(c, s * 0.17, s * 0.17);
        p->setPen(Qt::NoPen);
        p->setBrush(Qt::white);
        p->drawEllipse(c + QPointF(0, -s * 0.055), s * 0.045, s * 0.045);
        p->drawChord(QRectF(c.x() - s * 0.09, c.y() - s * 0.0, s * 0.18, s * 0.16), 0, 180 * 16);
    }
    if (marks & Restricted) {
        // A small warning corner: the view of the stage is partly blocked.
        const QPointF c(body.left() + s * 0.04, body.top() + s * 0.04);
        QPainterPath tri;
        tri.moveTo(c + QPointF(s * 0.0, s * 0.3));
        tri.lineTo(c + QPointF(s * 0.17, 0));
        tri.lineTo(c + QPointF(s * 0.34, s * 0.3));
        tri.closeSubpath();
        p->setPen(QPen(Qt::white, s * 0.04));
        p->setBrush(QColor(0xe8, 0xa3, 0x17));
        p->drawPath(tri);
        p->setPen(QPen(textColor(), s * 0.045, Qt::SolidLine, Qt::RoundCap));
        p->drawLine(c + QPointF(s * 0.17, s * 0.1), c + QPointF(s * 0.17, s * 0.19));
        p->drawPoint(c + QPointF(s * 0.17, s * 0.25));
    }
}

} // namespace mq::client
