#include "seatmap/sectionitem.h"

#include "seatmap/seatmapdata.h"
#include "seatmap/seatmapstyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace mq::client {

namespace {

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

QFont fontOfPixels(const QFont &base, double pixels, bool bold)
{
    QFont f = base;
    f.setPixelSize(std::max(1, int(std::lround(pixels))));
    f.setBold(bold);
    return f;
}

// Text whose size is fixed in scene units needs a font size in whole pixels: draw it at a
// comfortable size and scale the painter instead, so it stays crisp and sized at any zoom.
void drawScaledText(QPainter *p, const QPointF &centre, double sceneHeight, const QString &text,
                    const QFont &base, bool bold, const QColor &color)
{
    constexpr double Design = 32.0;
    const double k = sceneHeight / Design;
    p->save();
    p->translate(centre);
    p->scale(k, k);
    p->setFont(fontOfPixels(base, Design, bold));
    p->setPen(color);
    p->drawText(QRectF(-4000, -Design, 8000, 2 * Design), Qt::AlignCenter, text);
    p->restore();
}

} // namespace

SectionItem::SectionItem(const SeatMapData *data, int section, QGraphicsItem *parent)
    : QGraphicsItem(parent), m_data(data), m_section(section)
{
    setFlag(ItemUsesExtendedStyleOption);
}

QRectF SectionItem::boundingRect() const
{
    return m_data->sections.at(m_section).bounds;
}

unsigned SectionItem::marksOf(int i) const
{
    const VenueLayout::Seat &seat = m_data->layout.seat(i);
    unsigned marks = SeatMapStyle::NoMark;
    if (m_data->selected(i))
        marks |= SeatMapStyle::Selected;
    if (m_data->mine(i))
        marks |= SeatMapStyle::Mine;
    if (seat.accessible)
        marks |= SeatMapStyle::Accessible;
    if (seat.companion)
        marks |= SeatMapStyle::Companion;
    if (seat.restrictedView)
        marks |= SeatMapStyle::Restricted;
    return marks;
}

void SectionItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod =
        QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    const double seatPx = m_data->seatSize * lod;
    const double margin = m_data->seatSize;
    const QRectF exposed = option->exposedRect.adjusted(-margin, -margin, margin, margin);
    if (seatPx < BlockBelowPx) {
        paintBlock(painter, lod);
        return;
    }
    if (seatPx < DetailFromPx)
        paintPlain(painter, exposed, lod);
    else
        paintDetail(painter, exposed, lod);
    paintLabels(painter, lod);
    paintCursor(painter, lod);
}

QString SectionItem::caption() const
{
    const SeatMapData::Section &section = m_data->sections.at(m_section);
    // A venue on its own (no performance) has no free seats, only seats.
    if (!m_data->hasStates)
        return tr("%Ln seats", nullptr, m_data->layout.sections().at(m_section).seatCount);
    return section.onSale == 0 ? tr("not on sale") : tr("%Ln free", nullptr, section.free);
}

void SectionItem::paintBlock(QPainter *p, double lod) const
{
    const SeatMapData::Section &section = m_data->sections.at(m_section);
    const VenueLayout::Section &vs = m_data->layout.sections().at(m_section);
    // Each band (rows of one price category) drawn thick and filled: the section's shape, curves
    // and all, in the category's colour, greyer as it sells out.
    p->setRenderHint(QPainter::Antialiasing, true);
    const double width = std::max(m_data->seatSize * 1.3, 1.5 / lod);
    QColor fill; // of the section as a whole, for the text
    if (section.onSale == 0)
        fill = QColor(0xdf, 0xe3, 0xe9);
    else if (section.free == 0)
        fill = SeatMapStyle::soldColor();
    else
        fill = mix(m_data->colourOf(section.dominant), QColor(0xd4, 0xd8, 0xdf),
                   0.75 * (1.0 - double(section.free) / section.onSale));
    for (const SeatMapData::Band &band : section.bands) {
        QColor colour;
        if (band.onSale == 0)
            colour = QColor(0xdf, 0xe3, 0xe9);
        else if (band.free == 0)
            colour = SeatMapStyle::soldColor();
        else
            colour = mix(m_data->colourOf(band.category), QColor(0xd4, 0xd8, 0xdf),
                         0.75 * (1.0 - double(band.free) / band.onSale));
        p->setPen(QPen(colour, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        if (!band.singleRow) {
            p->setBrush(colour);
            p->drawPolygon(band.outline, Qt::WindingFill);
        } else {
            p->setBrush(Qt::NoBrush);
            p->drawPolyline(band.outline);
        }
    }
    // The buyer's own seats stay visible from afar.
    p->setPen(Qt::NoPen);
    p->setBrush(SeatMapStyle::accentColor());
    const double dot = std::max(m_data->seatSize * 0.7, 2.5 / lod);
    for (int i = vs.firstSeat; i < vs.firstSeat + vs.seatCount; ++i) {
        if (m_data->flags.at(i))
            p->drawEllipse(m_data->pos.at(i), dot, dot);
    }
    // Name and free seats, when the block is big enough on screen to hold them.
    const QRectF box = section.outline.boundingRect();
    const double wPx = box.width() * lod, hPx = box.height() * lod;
    constexpr double TextPx = 11;
    const QFontMetricsF bold(fontOfPixels(p->font(), TextPx, true));
    const QFontMetricsF plain(fontOfPixels(p->font(), TextPx, false));
    const QString free = caption();
    // Text fits when the corners of its box lie on the section, not over its neighbours.
    const auto onSection = [this, lod, &section](double widthPx, double heightPx) {
        const QRectF box(section.centre.x() - widthPx / 2 / lod,
                         section.centre.y() - heightPx / 2 / lod, widthPx / lod, heightPx / lod);
        const double reach = SeatMapData::Pitch * 1.2;
        for (const QPointF &corner :
             {box.topLeft(), box.topRight(), box.bottomLeft(), box.bottomRight()}) {
            const int near = m_data->grid.nearest(corner, reach, [this](int i) {
                return m_data->layout.seat(i).section == m_section;
            });
            if (near < 0)
                return false;
        }
        return true;
    };
    const double nameW = bold.horizontalAdvance(vs.name) + 4;
    const double freeW = plain.horizontalAdvance(free) + 4;
    const bool nameFits = nameW <= wPx && hPx >= TextPx + 4 && onSection(nameW, TextPx * 1.2);
    const bool freeFits = nameFits && freeW <= wPx && hPx >= 2.4 * TextPx + 4 &&
                          onSection(std::max(nameW, freeW), TextPx * 2.4);
    if (!nameFits)
        return;
    const bool dark = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF() < 0.6;
    const QColor ink = dark ? QColor(Qt::white) : SeatMapStyle::textColor();
    const double line = TextPx / lod;
    const QPointF centre = section.centre;
    if (freeFits) {
        drawScaledText(p, centre - QPointF(0, line * 0.6), line, vs.name, p->font(), true, ink);
        drawScaledText(p, centre + QPointF(0, line * 0.6), line * 0.92, free, p->font(), false,
                       ink);
    } else {
        drawScaledText(p, centre, line, vs.name, p->font(), true, ink);
    }
}

void SectionItem::paintPlain(QPainter *p, const QRectF &exposed, double) const
{
    const VenueLayout::Section &vs = m_data->layout.sections().at(m_section);
    struct Bucket
    {
        QRgb rgb;
        std::vector<QRectF> rects;
    };
    std::vector<Bucket> buckets;
    buckets.reserve(12);
    const double s = m_data->seatSize;
    for (int i = vs.firstSeat; i < vs.firstSeat + vs.seatCount; ++i) {
        const QPointF c = m_data->pos.at(i);
        if (!exposed.contains(c))
            continue;
        const unsigned marks = m_data->flags.at(i) ? marksOf(i) : SeatMapStyle::NoMark;
        const QRgb rgb = SeatMapStyle::plainFill(m_data->state.at(i),
                                                 m_data->colourOf(m_data->category.at(i)), marks)
                             .rgb();
        auto it = std::find_if(buckets.begin(), buckets.end(),
                               [rgb](const Bucket &b) { return b.rgb == rgb; });
        if (it == buckets.end()) {
            buckets.push_back({rgb, {}});
            it = buckets.end() - 1;
        }
        it->rects.emplace_back(c.x() - s / 2, c.y() - s / 2, s, s);
    }
    p->setRenderHint(QPainter::Antialiasing, false);
    p->setPen(Qt::NoPen);
    for (const Bucket &b : buckets) {
        p->setBrush(QColor::fromRgb(b.rgb));
        p->drawRects(b.rects.data(), int(b.rects.size()));
    }
}

void SectionItem::paintDetail(QPainter *p, const QRectF &exposed, double lod) const
{
    const VenueLayout::Section &vs = m_data->layout.sections().at(m_section);
    const double s = m_data->seatSize;
    const double seatPx = s * lod;
    const bool withLabels = seatPx >= 22;
    p->setRenderHint(QPainter::Antialiasing, true);
    const QTransform base = p->worldTransform();
    bool moved = false;
    for (int i = vs.firstSeat; i < vs.firstSeat + vs.seatCount; ++i) {
        const QPointF c = m_data->pos.at(i);
        if (!exposed.contains(c))
            continue;
        const float turn = m_data->facing.at(i);
        QRectF square;
        if (std::abs(turn) > 2.0f) {
            p->setWorldTransform(QTransform::fromTranslate(c.x(), c.y()).rotate(turn) * base);
            square = QRectF(-s / 2, -s / 2, s, s);
            moved = true;
        } else {
            if (moved) {
                p->setWorldTransform(base);
                moved = false;
            }
            square = QRectF(c.x() - s / 2, c.y() - s / 2, s, s);
        }
        const VenueLayout::Seat &seat = m_data->layout.seat(i);
        SeatMapStyle::paintSeat(p, square, m_data->state.at(i),
                                m_data->colourOf(m_data->category.at(i)), marksOf(i),
                                withLabels ? seat.label : QString());
        if (i == m_data->hover) {
            p->setPen(QPen(SeatMapStyle::textColor(), 1.5 / lod));
            p->setBrush(Qt::NoBrush);
            p->drawRoundedRect(square.adjusted(-s * 0.08, -s * 0.08, s * 0.08, s * 0.08), s * 0.3,
                               s * 0.3);
        }
    }
    if (moved)
        p->setWorldTransform(base);
}

void SectionItem::paintLabels(QPainter *p, double lod) const
{
    const SeatMapData::Section &section = m_data->sections.at(m_section);
    const VenueLayout::Section &vs = m_data->layout.sections().at(m_section);
    const double pitchPx = SeatMapData::Pitch * lod;
    p->setRenderHint(QPainter::Antialiasing, true);
    if (pitchPx >= 11) {
        const double h = SeatMapData::Pitch * 0.5;
        for (const SeatMapData::RowLabel &row : section.rows) {
            for (const QPointF &at : row.at)
                drawScaledText(p, at, h, row.text, p->font(), false,
                               SeatMapStyle::mutedTextColor());
        }
        for (const auto &column : section.columns)
            drawScaledText(p, column.first, h, column.second, p->font(), true,
                           SeatMapStyle::mutedTextColor());
    }
    if (section.labelHeight > 0 && section.labelHeight * lod >= 5) {
        const QColor ink(0x4a, 0x55, 0x66);
        // Readable when zoomed out, but never much bigger than the room it was given.
        const double height =
            std::min(std::max(section.labelHeight, 10.0 / lod), section.labelHeight * 1.5);
        if (!section.labelRight) {
            drawScaledText(p, section.labelPos, height, vs.name.toUpper(), p->font(), true, ink);
            return;
        }
        constexpr double Design = 32.0;
        const double k = height / Design;
        p->save();
        p->translate(section.labelPos);
        p->scale(k, k);
        p->setFont(fontOfPixels(p->font(), Design, true));
        p->setPen(ink);
        p->drawText(QRectF(-8000, -Design, 8000, 2 * Design), Qt::AlignRight | Qt::AlignVCenter,
                    vs.name);
        p->restore();
    }
}

void SectionItem::paintCursor(QPainter *p, double lod) const
{
    const VenueLayout::Section &vs = m_data->layout.sections().at(m_section);
    const int i = m_data->focus;
    if (i < vs.firstSeat || i >= vs.firstSeat + vs.seatCount)
        return;
    const double s = m_data->seatSize;
    const QRectF r = m_data->seatRect(i).adjusted(-s * 0.22, -s * 0.22, s * 0.22, s * 0.22);
    p->setRenderHint(QPainter::Antialiasing, true);
    p->setBrush(Qt::NoBrush);
    p->setPen(QPen(Qt::white, 4.0 / lod));
    p->drawRoundedRect(r, s * 0.3, s * 0.3);
    QPen pen(QColor(0x10, 0x1c, 0x4d), 2.0 / lod, Qt::DashLine);
    p->setPen(pen);
    p->drawRoundedRect(r, s * 0.3, s * 0.3);
}

} // namespace mq::client
