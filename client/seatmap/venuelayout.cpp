#include "seatmap/venuelayout.h"

#include "seatmap/seatmaplog.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace mq::client {

namespace {

bool finiteNumber(const QJsonValue &v)
{
    return v.isDouble() && std::isfinite(v.toDouble());
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

std::optional<VenueLayout> VenueLayout::fromJson(const QJsonObject &venueOrLayout, QString *error)
{
    QJsonObject layout = venueOrLayout;
    VenueLayout v;
    if (venueOrLayout.value(u"layout"_s).isObject()) // a sample venue file: {name, layout}
        layout = venueOrLayout.value(u"layout"_s).toObject();
    v.m_name = venueOrLayout.value(u"name"_s).toString();
    v.m_id = venueOrLayout.value(u"id"_s).toInteger();

    const QJsonArray sections = layout.value(u"sections"_s).toArray();
    if (sections.isEmpty()) {
        fail(error, tr("The layout has no sections."));
        return std::nullopt;
    }
    bool allHaveIds = true;
    QList<Id> givenIds;
    for (qsizetype s = 0; s < sections.size(); ++s) {
        const QJsonObject sectionJson = sections.at(s).toObject();
        Section section;
        section.name = sectionJson.value(u"name"_s).toString();
        section.firstSeat = int(v.m_seats.size());
        const QJsonArray rows = sectionJson.value(u"rows"_s).toArray();
        if (rows.isEmpty()) {
            fail(error, tr("Section %1 has no rows.")
                            .arg(section.name.isEmpty() ? QString::number(s + 1) : section.name));
            return std::nullopt;
        }
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const QJsonObject rowJson = rows.at(r).toObject();
            Row row;
            row.label = rowJson.value(u"label"_s).toString();
            row.firstSeat = int(v.m_seats.size());
            const QJsonArray seats = rowJson.value(u"seats"_s).toArray();
            if (seats.isEmpty()) {
                fail(error, tr("Row %1 of section %2 has no seats.").arg(row.label, section.name));
                return std::nullopt;
            }
            for (const QJsonValue &seatValue : seats) {
                const QJsonObject o = seatValue.toObject();
                if (!finiteNumber(o.value(u"x"_s)) || !finiteNumber(o.value(u"y"_s))) {
                    fail(error, tr("A seat in row %1 of section %2 has no valid position.")
                                    .arg(row.label, section.name));
                    return std::nullopt;
                }
                Seat seat;
                seat.section = int(v.m_sections.size());
                seat.row = int(section.rows.size());
                seat.sectionName = section.name;
                seat.rowLabel = row.label;
                seat.label = o.value(u"label"_s).toString();
                seat.pos = QPointF(o.value(u"x"_s).toDouble(), o.value(u"y"_s).toDouble());
                seat.accessible = o.value(u"accessible"_s).toBool();
                seat.aisleAfter = o.value(u"aisleAfter"_s).toBool();
                seat.companion = o.value(u"companion"_s).toBool();
                seat.restrictedView = o.value(u"restrictedView"_s).toBool();
                seat.note = o.value(u"note"_s).toString();
                const Id id = o.value(u"id"_s).toInteger();
                allHaveIds = allHaveIds && id > 0;
                givenIds.append(id);
                v.m_seats.append(seat);
            }
            row.seatCount = int(v.m_seats.size()) - row.firstSeat;
            section.rows.append(row);
        }
        section.seatCount = int(v.m_seats.size()) - section.firstSeat;
        v.m_sections.append(section);
    }
    for (qsizetype i = 0; i < v.m_seats.size(); ++i)
        v.m_seats[i].id = allHaveIds ? givenIds.at(i) : Id(i + 1);

    const QJsonObject focus = layout.value(u"focus"_s).toObject();
    const bool hasFocus = finiteNumber(focus.value(u"x"_s)) && finiteNumber(focus.value(u"y"_s));
    if (hasFocus)
        v.m_focus = QPointF(focus.value(u"x"_s).toDouble(), focus.value(u"y"_s).toDouble());
    v.finish(hasFocus);
    if (error)
        error->clear();
    return v;
}

void VenueLayout::finish(bool hasFocus)
{
    double minX = 0, minY = 0, maxX = 0, maxY = 0;
    for (qsizetype i = 0; i < m_seats.size(); ++i) {
        const QPointF p = m_seats.at(i).pos;
        if (i == 0) {
            minX = maxX = p.x();
            minY = maxY = p.y();
            continue;
        }
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    }
    m_bounds = QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
    if (!hasFocus) // PROTOCOL.md: the middle of the smallest-y edge
        m_focus = QPointF((minX + maxX) / 2, minY);

    // The usual seat spacing: the median distance between neighbours in a row.
    QList<double> gaps;
    gaps.reserve(m_seats.size());
    m_widestRow = 0;
    for (const Section &section : std::as_const(m_sections)) {
        for (const Row &row : section.rows) {
            m_widestRow = std::max(m_widestRow, row.seatCount);
            for (int i = row.firstSeat; i + 1 < row.firstSeat + row.seatCount; ++i) {
                const QPointF d = m_seats.at(i + 1).pos - m_seats.at(i).pos;
                const double gap = std::hypot(d.x(), d.y());
                if (gap > 0)
                    gaps.append(gap);
            }
        }
    }
    if (!gaps.isEmpty()) {
        const auto middle = gaps.begin() + gaps.size() / 2;
        std::nth_element(gaps.begin(), middle, gaps.end());
        m_pitch = *middle;
    } else {
        m_pitch = std::max({1e-6, m_bounds.width(), m_bounds.height()}) / 10;
    }

    // Server ids are ascending in seat order; usually contiguous, then no table is needed.
    m_firstId = m_seats.isEmpty() ? 0 : m_seats.first().id;
    bool contiguous = true;
    for (qsizetype i = 0; i < m_seats.size() && contiguous; ++i)
        contiguous = m_seats.at(i).id == m_firstId + i;
    m_index.clear();
    if (!contiguous) {
        m_index.reserve(m_seats.size());
        for (qsizetype i = 0; i < m_seats.size(); ++i)
            m_index.insert(m_seats.at(i).id, int(i));
    }
    qCDebug(lcSeatMap) << "layout" << m_name << m_seats.size() << "seats," << m_sections.size()
                       << "sections, pitch" << m_pitch;
}

int VenueLayout::indexOf(Id seatId) const
{
    if (m_index.isEmpty()) {
        const Id i = seatId - m_firstId;
        return i >= 0 && i < m_seats.size() ? int(i) : -1;
    }
    return m_index.value(seatId, -1);
}

} // namespace mq::client
