#include "seatmap/seatmapdata.h"

#include "core/displayformat.h"
#include "seatmap/seatmapstyle.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace mq::client {

namespace {

QPointF unit(const QPointF &v)
{
    const double len = std::hypot(v.x(), v.y());
    return len > 0 ? v / len : QPointF(0, -1);
}

double dot(const QPointF &a, const QPointF &b)
{
    return a.x() * b.x() + a.y() * b.y();
}

} // namespace

void SeatMapData::setLayout(const VenueLayout &venue, VenueShape requested,
                            const QString &eventCategory)
{
    layout = venue;
    shape = requested == VenueShape::Auto ? VenueShapes::detect(venue, eventCategory) : requested;
    const qsizetype n = venue.seatCount();
    scale = Pitch / std::max(1e-9, venue.pitch());
    const QPointF origin = venue.bounds().topLeft();
    pos.resize(n);
    for (qsizetype i = 0; i < n; ++i)
        pos[i] = (venue.seat(int(i)).pos - origin) * scale;
    focusPoint = (venue.focus() - origin) * scale;
    state.fill(SeatState::Available, n);
    hasStates = false;
    category.fill(0, n);
    flags.fill(0, n);
    focus = hover = -1;

    grid.build(pos, Pitch * 2);
    const double nearest = grid.medianNearestDistance();
    seatSize = 0.8 * std::min(Pitch, nearest > 0 ? nearest : Pitch);
    seatBounds = QRectF(QPointF(0, 0), venue.bounds().size() * scale)
                     .adjusted(-seatSize / 2, -seatSize / 2, seatSize / 2, seatSize / 2);

    // Which way each seat faces: across its row, towards the focus.
    facing.resize(n);
    sections.clear();
    sections.reserve(venue.sections().size());
    for (const VenueLayout::Section &vs : venue.sections()) {
        Section section;
        QPointF centroid;
        for (int i = vs.firstSeat; i < vs.firstSeat + vs.seatCount; ++i)
            centroid += pos.at(i);
        centroid /= std::max(1, vs.seatCount);
        for (const VenueLayout::Row &row : vs.rows) {
            const int first = row.firstSeat;
            const int last = row.firstSeat + row.seatCount - 1;
            for (int i = first; i <= last; ++i) {
                QPointF normal;
                if (first == last) {
                    normal = unit(focusPoint - pos.at(i));
                } else {
                    const QPointF t =
                        unit(pos.at(std::min(i + 1, last)) - pos.at(std::max(i - 1, first)));
                    normal = QPointF(-t.y(), t.x());
                    if (dot(normal, focusPoint - pos.at(i)) < 0)
                        normal = -normal;
                }
                facing[i] = float(std::atan2(normal.x(), -normal.y()) * 180.0 / std::numbers::pi);
            }
            RowLabel label;
            label.text = row.label;
            const QPointF along =
                first == last ? QPointF(1, 0) : unit(pos.at(first + 1) - pos.at(first));
            const QPointF alongEnd =
                first == last ? QPointF(1, 0) : unit(pos.at(last) - pos.at(last - 1));
            label.at.append(pos.at(first) - along * Pitch * 1.05);
            // In every aisle wide enough for it too: curved rows put a row's ends well above
            // its middle, so the letter next to each block of seats keeps rows easy to follow.
            for (int i = first; i < last; ++i) {
                if (!venue.seat(i).aisleAfter)
                    continue;
                const QPointF gap = pos.at(i + 1) - pos.at(i);
                if (std::hypot(gap.x(), gap.y()) >= Pitch * 1.9)
                    label.at.append((pos.at(i) + pos.at(i + 1)) / 2);
            }
            label.at.append(pos.at(last) + alongEnd * Pitch * 1.05);
            section.rows.append(label);
        }
        section.centre = centroid;
        // The outline: along the first row, down the row ends, back along the last row, up the
        // row starts. Drawn thick and filled, it is the section's shape when zoomed out.
        const QList<VenueLayout::Row> &rows = vs.rows;
        for (int i = rows.first().firstSeat; i < rows.first().firstSeat + rows.first().seatCount;
             ++i)
            section.outline.append(pos.at(i));
        if (rows.size() > 1) {
            for (qsizetype r = 1; r + 1 < rows.size(); ++r)
                section.outline.append(pos.at(rows.at(r).firstSeat + rows.at(r).seatCount - 1));
            for (int i = rows.last().firstSeat + rows.last().seatCount - 1;
                 i >= rows.last().firstSeat; --i)
                section.outline.append(pos.at(i));
            for (qsizetype r = rows.size() - 2; r >= 1; --r)
                section.outline.append(pos.at(rows.at(r).firstSeat));
        }
        QRectF box;
        for (int i = vs.firstSeat; i < vs.firstSeat + vs.seatCount; ++i)
            box |= seatRect(i);
        section.bounds = box.adjusted(-Pitch * 2.2, -Pitch * 2.2, Pitch * 2.2, Pitch * 2.2);
        sections.append(section);
    }
    if (VenueShapes::isCabin(shape)) {
        double across = 0;
        for (const QPointF &p : std::as_const(pos))
            across =
                std::max(across, std::abs(p.x() - (seatBounds.left() + seatBounds.right()) / 2));
        cabinHalfWidth = across + seatSize / 2 + Pitch * 2.0;
    } else {
        cabinHalfWidth = 0;
    }
    placeLabels();
    recountAll();
}

void SeatMapData::placeLabels()
{
    const bool verticalCabin =
        VenueShapes::isCabin(shape) && seatBounds.height() >= seatBounds.width();
    const auto isFree = [this](const QRectF &r) { return grid.inRect(r).isEmpty(); };
    for (qsizetype s = 0; s < sections.size(); ++s) {
        Section &section = sections[s];
        const VenueLayout::Section &vs = layout.sections().at(s);
        section.columns.clear();
        section.labelHeight = 0;
        if (verticalCabin) {
            // Beside the cabin, level with the section's first row; seat letters above that row.
            const VenueLayout::Row &first = vs.rows.first();
            double top = pos.at(first.firstSeat).y();
            for (int i = first.firstSeat; i < first.firstSeat + first.seatCount; ++i) {
                top = std::min(top, pos.at(i).y());
                const QPointF at(pos.at(i).x(), pos.at(i).y() - Pitch * 0.95);
                if (isFree(QRectF(at.x() - Pitch * 0.2, at.y() - Pitch * 0.2, Pitch * 0.4,
                                  Pitch * 0.4)))
                    section.columns.append({at, layout.seat(i).label});
            }
            const double middle = (seatBounds.left() + seatBounds.right()) / 2;
            section.labelPos = QPointF(middle - cabinHalfWidth - Pitch * 0.8, top);
            section.labelHeight = Pitch * 0.8;
            section.labelRight = true;
        } else if (sections.size() > 1) {
            // In front of the section (towards the stage), else behind it, where no seat is.
            const double h = Pitch * 0.95;
            const double w = (vs.name.size() * 0.72 + 1.0) * h;
            const QPointF towards = unit(focusPoint - section.centre);
            bool placed = false;
            for (const QPointF &dir : {towards, -towards}) {
                const QPointF across(-dir.y(), dir.x());
                double end = 0;
                bool any = false;
                for (int i = vs.firstSeat; i < vs.firstSeat + vs.seatCount; ++i) {
                    const QPointF d = pos.at(i) - section.centre;
                    if (std::abs(dot(d, across)) > std::max(Pitch * 3, w / 2))
                        continue;
                    end = any ? std::max(end, dot(d, dir)) : dot(d, dir);
                    any = true;
                }
                const QPointF at = section.centre + dir * (end + Pitch * 1.15);
                if (isFree(QRectF(at.x() - w / 2, at.y() - h * 0.6, w, h * 1.2))) {
                    section.labelPos = at;
                    placed = true;
                    break;
                }
            }
            if (placed) {
                section.labelHeight = h;
                section.labelRight = false;
            }
        }
        if (section.labelHeight > 0) {
            const double w = (vs.name.size() * 0.72 + 1.0) * section.labelHeight;
            const QRectF text =
                section.labelRight
                    ? QRectF(section.labelPos.x() - w, section.labelPos.y() - section.labelHeight,
                             w, section.labelHeight * 2)
                    : QRectF(section.labelPos.x() - w / 2,
                             section.labelPos.y() - section.labelHeight, w,
                             section.labelHeight * 2);
            section.bounds |= text;
        }
    }
}

QPolygonF SeatMapData::outlineOf(int section, int firstRow, int lastRow) const
{
    // Along the first row, down the row ends, back along the last row, up the row starts.
    const QList<VenueLayout::Row> &rows = layout.sections().at(section).rows;
    QPolygonF outline;
    const VenueLayout::Row &top = rows.at(firstRow);
    for (int i = top.firstSeat; i < top.firstSeat + top.seatCount; ++i)
        outline.append(pos.at(i));
    if (lastRow == firstRow)
        return outline;
    for (int r = firstRow + 1; r < lastRow; ++r)
        outline.append(pos.at(rows.at(r).firstSeat + rows.at(r).seatCount - 1));
    const VenueLayout::Row &bottom = rows.at(lastRow);
    for (int i = bottom.firstSeat + bottom.seatCount - 1; i >= bottom.firstSeat; --i)
        outline.append(pos.at(i));
    for (int r = lastRow - 1; r > firstRow; --r)
        outline.append(pos.at(rows.at(r).firstSeat));
    return outline;
}

void SeatMapData::recount(int index)
{
    if (index < 0 || index >= sections.size())
        return;
    Section &section = sections[index];
    const VenueLayout::Section &vs = layout.sections().at(index);
    // Bands: runs of rows whose seats are mostly in the same category.
    section.bands.clear();
    for (int r = 0; r < vs.rows.size(); ++r) {
        const VenueLayout::Row &row = vs.rows.at(r);
        QHash<Id, int> perCategory;
        int free = 0, onSale = 0;
        for (int i = row.firstSeat; i < row.firstSeat + row.seatCount; ++i) {
            ++perCategory[category.at(i)];
            free += state.at(i) == SeatState::Available;
            onSale += state.at(i) == SeatState::Available || state.at(i) == SeatState::Held ||
                      state.at(i) == SeatState::Sold;
        }
        Id rowCategory = 0;
        int most = -1;
        for (auto it = perCategory.cbegin(); it != perCategory.cend(); ++it) {
            if (it.value() > most || (it.value() == most && it.key() < rowCategory)) {
                most = it.value();
                rowCategory = it.key();
            }
        }
        if (section.bands.isEmpty() || section.bands.last().category != rowCategory) {
            Band band;
            band.category = rowCategory;
            band.outline =
                QPolygonF{QPointF(r, r)}; // rows first..last, turned into the outline below
            section.bands.append(band);
        }
        Band &band = section.bands.last();
        band.outline.last().setY(r);
        band.free += free;
        band.onSale += onSale;
    }
    for (Band &band : section.bands) {
        const int firstRow = int(band.outline.first().x());
        const int lastRow = int(band.outline.first().y());
        band.outline = outlineOf(index, firstRow, lastRow);
        band.singleRow = firstRow == lastRow;
    }
    section.free = 0;
    section.onSale = 0;
    QHash<Id, int> perCategory;
    for (int i = vs.firstSeat; i < vs.firstSeat + vs.seatCount; ++i) {
        const SeatState s = state.at(i);
        if (s == SeatState::Available)
            ++section.free;
        if (s == SeatState::Available || s == SeatState::Held || s == SeatState::Sold)
            ++section.onSale;
        if (category.at(i))
            ++perCategory[category.at(i)];
    }
    section.dominant = 0;
    int most = 0;
    for (auto it = perCategory.cbegin(); it != perCategory.cend(); ++it) {
        if (it.value() > most || (it.value() == most && it.key() < section.dominant)) {
            most = it.value();
            section.dominant = it.key();
        }
    }
}

void SeatMapData::recountAll()
{
    for (int i = 0; i < sections.size(); ++i)
        recount(i);
}

const TicketType *SeatMapData::typeOf(int i) const
{
    const auto it = typeIndex.constFind(category.at(i));
    return it == typeIndex.cend() ? nullptr : &types.at(*it);
}

QColor SeatMapData::colourOf(Id ticketTypeId) const
{
    const auto it = typeIndex.constFind(ticketTypeId);
    return it == typeIndex.cend() ? SeatMapStyle::neutralColor() : SeatMapStyle::categoryColor(*it);
}

QString SeatMapData::describe(int i, bool withState) const
{
    const VenueLayout::Seat &seat = layout.seat(i);
    QString text = tr("%1, row %2, seat %3").arg(seat.sectionName, seat.rowLabel, seat.label);
    if (const TicketType *type = typeOf(i))
        text += u", "_s + tr("%1 %2").arg(type->name, DisplayFormat::money(type->priceCents));
    if (withState) {
        if (mine(i))
            text += u", "_s + tr("held for you");
        else if (hasStates) // a venue on its own: its seats are neither free nor sold
            text += u", "_s + SeatStates::name(state.at(i)).toLower();
        if (selected(i))
            text += u", "_s + tr("selected");
    }
    if (seat.accessible)
        text += u", "_s + tr("wheelchair place");
    if (seat.companion)
        text += u", "_s + tr("companion seat");
    if (seat.restrictedView)
        text += u", "_s + tr("restricted view");
    if (!seat.note.isEmpty())
        text += u", "_s + seat.note;
    return text;
}

} // namespace mq::client
