#include "seatmap/venuebackdropitem.h"

#include "seatmap/seatmapdata.h"
#include "seatmap/seatmapstyle.h"

#include <QLinearGradient>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace mq::client {

namespace {
constexpr double P = SeatMapData::Pitch;

// A frame whose x runs across the layout (centred on the focus) and whose v runs from the front
// row (v = 0) backwards, away from the focus; negative v lies towards the stage or the nose.
struct Frame
{
    QTransform toScene;
    double across = 0; // half the seats' extent across the axis
    double length = 0; // front row to back row
};

Frame frameOf(const SeatMapData &d, bool centreOnSeats)
{
    QRectF b;
    for (const QPointF &p : d.pos)
        b |= QRectF(p, QSizeF(1e-9, 1e-9));
    const QPointF f = d.focusPoint;
    const QPointF c = b.center();
    // The axis is the one the focus lies off; for cabins, the long one.
    const double dx = b.width() > 0 ? std::abs(f.x() - c.x()) / b.width() : 0;
    const double dy = b.height() > 0 ? std::abs(f.y() - c.y()) / b.height() : 0;
    bool vertical = dy >= dx;
    if (centreOnSeats)
        vertical = b.height() >= b.width();
    Frame fr;
    if (vertical) {
        const bool front = f.y() <= c.y(); // focus above the seats
        const double x0 = centreOnSeats ? c.x() : f.x();
        const double sign = front ? 1 : -1;
        fr.toScene = QTransform(sign, 0, 0, sign, x0, front ? b.top() : b.bottom());
        fr.across = b.width() / 2;
        fr.length = b.height();
    } else {
        const bool front = f.x() <= c.x(); // focus left of the seats
        const double y0 = centreOnSeats ? c.y() : f.y();
        const double sign = front ? 1 : -1;
        // x (across) → scene −y·sign, v → scene +x·sign
        fr.toScene = QTransform(0, -sign, sign, 0, front ? b.left() : b.right(), y0);
        fr.across = b.height() / 2;
        fr.length = b.width();
    }
    return fr;
}

QPainterPath mirrored(const QPainterPath &path)
{
    return QTransform::fromScale(-1, 1).map(path);
}

} // namespace

VenueBackdropItem::VenueBackdropItem(const SeatMapData *data, QGraphicsItem *parent)
    : QGraphicsItem(parent), m_data(data)
{
    setZValue(-10);
    setAcceptedMouseButtons(Qt::NoButton);
}

QString VenueBackdropItem::focusText() const
{
    if (!m_data->focusLabel.isEmpty())
        return m_data->focusLabel;
    switch (m_data->shape) {
    case VenueShape::Cinema:
        return tr("Screen");
    case VenueShape::Stadium:
        return tr("Field");
    case VenueShape::Train:
        return tr("Front");
    case VenueShape::Aircraft:
        return {};
    case VenueShape::Auto:
    case VenueShape::Hall:
        break;
    }
    return tr("Stage");
}

void VenueBackdropItem::rebuild()
{
    prepareGeometryChange();
    m_body = m_wings = m_engines = m_details = m_stage = m_screenLine = m_beam = QPainterPath();
    m_fieldLines.clear();
    m_labelPos = {};
    m_labelHeight = 0;
    m_essential = m_data->seatBounds;
    if (m_data->pos.isEmpty()) {
        m_bounds = {};
        return;
    }
    const bool cabin = VenueShapes::isCabin(m_data->shape);
    const Frame frame = frameOf(*m_data, cabin);
    switch (m_data->shape) {
    case VenueShape::Aircraft:
        buildAircraft(frame.toScene, frame.across, frame.length);
        break;
    case VenueShape::Train:
        buildTrain(frame.toScene, frame.across, frame.length);
        break;
    case VenueShape::Cinema:
        buildScreen(frame.toScene, frame.across);
        break;
    case VenueShape::Stadium:
        buildField();
        break;
    case VenueShape::Auto:
    case VenueShape::Hall:
        buildStage(frame.toScene, frame.across);
        break;
    }
    m_bounds = m_data->seatBounds | m_body.boundingRect() | m_wings.boundingRect() |
               m_engines.boundingRect() | m_stage.boundingRect() | m_beam.boundingRect() |
               m_screenLine.boundingRect();
    if (m_labelHeight > 0)
        m_bounds |=
            QRectF(m_labelPos - QPointF(P * 8, m_labelHeight), QSizeF(P * 16, m_labelHeight * 2));
    m_bounds.adjust(-P * 2, -P * 2, P * 2, P * 2);
}

void VenueBackdropItem::buildAircraft(const QTransform &t, double across, double length)
{
    const double s = m_data->seatSize;
    const double w = across + s / 2 + P * 2.0; // half the cabin's width, row numbers inside
    const double nose = 1.9 * w;
    const double tail = 3.0 * w;
    QPainterPath right;
    right.moveTo(0, -nose - P);
    right.cubicTo(w * 0.6, -nose - P, w, -nose * 0.55, w, -P * 0.8);
    right.lineTo(w, length + P);
    right.cubicTo(w, length + tail * 0.45, w * 0.42, length + tail * 0.86, w * 0.15, length + tail);
    right.lineTo(0, length + tail);
    QPainterPath body = right;
    body.connectPath(mirrored(right).toReversed());
    body.closeSubpath();
    m_body = t.map(body.simplified());

    // Swept wings a third of the way back, engines under them, and a tailplane.
    const double chord = 0.2 * length + 2.2 * w;
    const double root = 0.3 * length;
    const double span = 3.3 * w;
    const double sweep = (span - w) * 0.62;
    QPainterPath wing;
    wing.moveTo(w * 0.9, root);
    wing.lineTo(span, root + sweep);
    wing.lineTo(span, root + sweep + chord * 0.32);
    wing.lineTo(w * 0.9, root + chord);
    wing.closeSubpath();
    QPainterPath stab;
    const double stabRoot = length + tail * 0.52;
    const double stabSpan = 1.75 * w;
    stab.moveTo(w * 0.4, stabRoot);
    stab.lineTo(stabSpan, stabRoot + (stabSpan - w * 0.4) * 0.7);
    stab.lineTo(stabSpan, stabRoot + (stabSpan - w * 0.4) * 0.7 + tail * 0.12);
    stab.lineTo(w * 0.3, stabRoot + tail * 0.34);
    stab.closeSubpath();
    QPainterPath engine;
    const double ex = w + (span - w) * 0.38;
    engine.addRoundedRect(QRectF(ex - w * 0.3, root + sweep * 0.38 - w * 0.55, w * 0.6, w * 1.3),
                          w * 0.25, w * 0.25);
    QPainterPath wings = wing + mirrored(wing) + stab + mirrored(stab);
    m_wings = t.map(wings);
    m_engines = t.map(engine + mirrored(engine));

    // Cockpit glass.
    QPainterPath glass;
    const double gv = -nose * 0.62;
    glass.moveTo(-w * 0.42, gv);
    glass.quadTo(0, gv - w * 0.22, w * 0.42, gv);
    glass.lineTo(w * 0.36, gv + w * 0.24);
    glass.quadTo(0, gv + w * 0.08, -w * 0.36, gv + w * 0.24);
    glass.closeSubpath();
    m_details = t.map(glass);
    // The front of the fuselage is in view, so it reads as an aircraft at once.
    m_essential = m_data->seatBounds.adjusted(-P * 2.5, -P * 2.5, P * 2.5, P * 2.5) |
                  t.mapRect(QRectF(-w, -nose * 0.55, 2 * w, 1));
}

void VenueBackdropItem::buildTrain(const QTransform &t, double across, double length)
{
    const double s = m_data->seatSize;
    const double w = across + s / 2 + P * 2.0;
    const double end = P * 2.8;
    QPainterPath body;
    body.addRoundedRect(QRectF(-w, -end, 2 * w, length + 2 * end), w * 0.28, w * 0.28);
    m_body = t.map(body);
    // Gangways to the next cars.
    QPainterPath gangways;
    gangways.addRoundedRect(QRectF(-w * 0.42, -end - P * 0.9, w * 0.84, P * 1.2), P * 0.2, P * 0.2);
    gangways.addRoundedRect(QRectF(-w * 0.42, length + end - P * 0.3, w * 0.84, P * 1.2), P * 0.2,
                            P * 0.2);
    m_wings = t.map(gangways);
    // Windows along both walls, doors at both ends.
    QPainterPath details;
    const double wall = P * 0.22;
    for (double v = P * 0.1; v + P * 1.1 <= length + P * 0.4; v += P * 1.9) {
        details.addRoundedRect(QRectF(-w - wall / 2, v, wall, P * 1.3), wall / 2, wall / 2);
        details.addRoundedRect(QRectF(w - wall / 2, v, wall, P * 1.3), wall / 2, wall / 2);
    }
    m_details = t.map(details);
    QPainterPath doors;
    for (double v : {-end * 0.62, length + end * 0.38}) {
        doors.addRect(QRectF(-w - wall, v - P * 0.6, wall * 2, P * 1.2));
        doors.addRect(QRectF(w - wall, v - P * 0.6, wall * 2, P * 1.2));
    }
    m_stage = t.map(doors);
    m_labelPos = t.map(QPointF(0, -end - P * 2.1));
    m_labelHeight = P * 0.75;
    m_labelColor = SeatMapStyle::mutedTextColor();
    m_essential = m_body.boundingRect().adjusted(-P, -P * 3, P, P);
}

void VenueBackdropItem::buildStage(const QTransform &t, double across)
{
    const double width = std::max(P * 8, across * 2 * 0.55);
    const double gap = P * 1.9;
    const double depth = P * 3.4;
    QPainterPath stage;
    stage.moveTo(-width / 2, -gap);
    stage.lineTo(width / 2, -gap);
    stage.lineTo(width / 2 * 0.86, -gap - depth);
    stage.lineTo(-width / 2 * 0.86, -gap - depth);
    stage.closeSubpath();
    m_stage = t.map(stage);
    m_labelPos = t.map(QPointF(0, -gap - depth / 2));
    m_labelHeight = P * 1.1;
    m_labelColor = Qt::white;
    m_essential = m_data->seatBounds | m_stage.boundingRect();
}

void VenueBackdropItem::buildScreen(const QTransform &t, double across)
{
    const double width = std::max(P * 8, across * 2 * 0.86);
    const double gap = P * 3.0;
    QPainterPath line;
    line.moveTo(-width / 2, -gap);
    line.quadTo(0, -gap - P * 1.1, width / 2, -gap);
    m_screenLine = t.map(line);
    QPainterPath beam;
    beam.moveTo(-width / 2, -gap);
    beam.quadTo(0, -gap - P * 1.1, width / 2, -gap);
    beam.lineTo(width / 2 * 0.9, -P * 0.4);
    beam.lineTo(-width / 2 * 0.9, -P * 0.4);
    beam.closeSubpath();
    m_beam = t.map(beam);
    m_labelPos = t.map(QPointF(0, -gap + P * 0.95));
    m_labelHeight = P * 0.8;
    m_labelColor = SeatMapStyle::mutedTextColor();
    m_essential = m_data->seatBounds | m_screenLine.boundingRect().adjusted(0, -P, 0, P);
}

void VenueBackdropItem::buildField()
{
    const QPointF f = m_data->focusPoint;
    const int nearest = m_data->grid.nearest(f, 1e12);
    const double d = nearest >= 0 ? std::hypot(m_data->pos.at(nearest).x() - f.x(),
                                               m_data->pos.at(nearest).y() - f.y())
                                  : P * 10;
    // The largest pitch-shaped rectangle in the free circle around the focus.
    const bool wide = m_data->seatBounds.width() >= m_data->seatBounds.height();
    double hw = 0.8 * d, hh = 0.54 * d;
    if (!wide)
        std::swap(hw, hh);
    const QRectF field(f.x() - hw, f.y() - hh, 2 * hw, 2 * hh);
    m_stage.addRoundedRect(field.adjusted(-P, -P, P, P), P, P);
    const QRectF lines = field.adjusted(P * 1.5, P * 1.5, -P * 1.5, -P * 1.5);
    m_fieldLines = {QLineF(lines.topLeft(), lines.topRight()),
                    QLineF(lines.topRight(), lines.bottomRight()),
                    QLineF(lines.bottomRight(), lines.bottomLeft()),
                    QLineF(lines.bottomLeft(), lines.topLeft())};
    if (wide)
        m_fieldLines.append(QLineF(QPointF(f.x(), lines.top()), QPointF(f.x(), lines.bottom())));
    else
        m_fieldLines.append(QLineF(QPointF(lines.left(), f.y()), QPointF(lines.right(), f.y())));
    m_labelPos = f + QPointF(0, std::min(hw, hh) * 0.55);
    m_labelHeight = std::min(hw, hh) * 0.14;
    m_labelColor = QColor(255, 255, 255, 200);
    m_essential = m_data->seatBounds;
}

void VenueBackdropItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(p->worldTransform());
    p->setRenderHint(QPainter::Antialiasing, true);
    const QColor line(0xc5, 0xcb, 0xd5);
    if (!m_wings.isEmpty()) {
        p->setPen(QPen(line, 1.2 / lod));
        p->setBrush(QColor(0xe6, 0xe9, 0xef));
        p->drawPath(m_wings);
    }
    if (!m_engines.isEmpty()) {
        p->setPen(QPen(line, 1.2 / lod));
        p->setBrush(QColor(0xd3, 0xd8, 0xe1));
        p->drawPath(m_engines);
    }
    if (!m_body.isEmpty()) {
        p->setPen(QPen(line, 2.0 / lod));
        p->setBrush(Qt::white);
        p->drawPath(m_body);
    }
    if (!m_details.isEmpty()) {
        p->setPen(Qt::NoPen);
        p->setBrush(m_data->shape == VenueShape::Aircraft ? QColor(0x3b, 0x45, 0x57)
                                                          : QColor(0xbf, 0xdb, 0xf2));
        p->drawPath(m_details);
    }
    if (!m_beam.isEmpty()) {
        QLinearGradient light(m_beam.boundingRect().topLeft(), m_beam.boundingRect().bottomLeft());
        light.setColorAt(0, QColor(0x33, 0x58, 0xd4, 46));
        light.setColorAt(1, QColor(0x33, 0x58, 0xd4, 0));
        p->setPen(Qt::NoPen);
        p->setBrush(light);
        p->drawPath(m_beam);
        p->setPen(QPen(QColor(0x2b, 0x31, 0x40), P * 0.4, Qt::SolidLine, Qt::RoundCap));
        p->setBrush(Qt::NoBrush);
        p->drawPath(m_screenLine);
    }
    if (!m_stage.isEmpty()) {
        switch (m_data->shape) {
        case VenueShape::Stadium: {
            p->setPen(QPen(QColor(0x3f, 0x86, 0x3c), 1.5 / lod));
            p->setBrush(QColor(0x5c, 0xa8, 0x58));
            p->drawPath(m_stage);
            p->setPen(QPen(QColor(255, 255, 255, 190), std::max(P * 0.25, 1.0 / lod)));
            p->setBrush(Qt::NoBrush);
            p->drawLines(m_fieldLines);
            const QRectF b = m_stage.boundingRect();
            const double r = std::min(b.width(), b.height()) * 0.14;
            p->drawEllipse(m_data->focusPoint, r, r);
            break;
        }
        case VenueShape::Train:
            p->setPen(Qt::NoPen);
            p->setBrush(QColor(0x9a, 0xa4, 0xb3));
            p->drawPath(m_stage);
            break;
        default: {
            const QRectF b = m_stage.boundingRect();
            QLinearGradient g(b.topLeft(), b.bottomLeft());
            g.setColorAt(0, QColor(0x3a, 0x42, 0x55));
            g.setColorAt(1, QColor(0x23, 0x29, 0x36));
            p->setPen(Qt::NoPen);
            p->setBrush(g);
            p->drawPath(m_stage);
            break;
        }
        }
    }
    const QString text = focusText();
    if (m_labelHeight > 0 && !text.isEmpty() && m_labelHeight * lod >= 5) {
        constexpr double Design = 32.0;
        const double height = std::min(std::max(m_labelHeight, 11.0 / lod), m_labelHeight * 1.6);
        const double k = height / Design;
        p->save();
        p->translate(m_labelPos);
        p->scale(k, k);
        QFont font = p->font();
        font.setPixelSize(int(Design));
        font.setBold(true);
        font.setLetterSpacing(QFont::PercentageSpacing, 118);
        p->setFont(font);
        p->setPen(m_labelColor);
        p->drawText(QRectF(-3000, -Design, 6000, 2 * Design), Qt::AlignCenter, text.toUpper());
        p->restore();
    }
    Q_UNUSED(option);
}

} // namespace mq::client
