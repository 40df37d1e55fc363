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

void SeatMapData::setLayout(const VenueLayout &venue, VenueShape requested, const QString &eventCategory)
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
                    const QPointF t = unit(pos.at(std::min(i + 1, last)) - pos.at(std::max(i - 1, first)));
                    normal = QPointF(-t.y(), t.x());
                    if (dot(normal, focusPoint - pos.at(i)) < 0)
                        normal = -normal;
                }
                facing[i] = float(std::atan2(normal.x(), -normal.y()) * 180.0 / std::numbers::pi);
            }
            RowLabel label;
            label.text = row.label;
            const QPointF along = first == last ? QPointF(1, 0) : unit(pos.at(first + 1) - pos.at(first));
            const QPointF alongEnd = first == last ? QPointF(1, 0) : unit(pos.at(last) - pos.at(last - 1));
            label.start = pos.at(first) - along * Pitch * 1.05;
            label.end = pos.at(last) + alongEnd * Pitch * 1.05;
            section.rows.append(label);
            QPolygonF line;
            line.reserve(row.seatCount);
            for (int i = first; i <= last; ++i)
                line.append(pos.at(i));
            section.lines.append(line);
        }
        // The name goes in front of the section, on the line from its middle towards the focus.
        const QPointF towards = unit(focusPoint - centroid);
        double reach = 0;
        QRectF box;
        for (int i = vs.firstSeat; i < vs.firstSeat + vs.seatCount; ++i) {
            reach = std::max(reach, dot(pos.at(i) - centroid, towards));
            box |= seatRect(i);
        }
        section.labelPos = centroid + towards * (reach + Pitch * 1.35);
        section.bounds = box.adjusted(-Pitch * 1.6, -Pitch * 1.6, Pitch * 1.6, Pitch * 1.6);
        section.bounds |= QRectF(section.labelPos - QPointF(Pitch * 6, Pitch), QSizeF(Pitch * 12, Pitch * 2));
        sections.append(section);
    }
    recountAll();
}

void SeatMapData::recount(int index)
{
    if (index < 0 || index >= sections.size())
        return;
    Section &section = sections[index];
    const VenueLayout::Section &vs = layout.sections().at(index);
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
        else
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
