#include "seatmap/seatgrid.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace mq::client {

void SeatGrid::clear()
{
    m_points.clear();
    m_cellStart.clear();
    m_items.clear();
    m_cols = m_rows = 0;
}

void SeatGrid::build(const QList<QPointF> &points, double cellSize)
{
    clear();
    m_points = points;
    if (points.isEmpty())
        return;
    double minX = points.first().x(), maxX = minX, minY = points.first().y(), maxY = minY;
    for (const QPointF &p : points) {
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    }
    m_bounds = QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
    m_cell = cellSize > 0 ? cellSize : 1;
    // Keep the table reasonable whatever the spread of the points.
    const double area = std::max(1.0, m_bounds.width()) * std::max(1.0, m_bounds.height());
    const double maxCells = std::max<double>(1024, points.size() * 2.0);
    if (area / (m_cell * m_cell) > maxCells)
        m_cell = std::sqrt(area / maxCells);
    m_cols = std::max(1, int(m_bounds.width() / m_cell) + 1);
    m_rows = std::max(1, int(m_bounds.height() / m_cell) + 1);
    m_cellStart.fill(0, qsizetype(m_cols) * m_rows + 1);
    QList<int> cellOf(points.size());
    for (qsizetype i = 0; i < points.size(); ++i) {
        const int c = cellY(points.at(i).y()) * m_cols + cellX(points.at(i).x());
        cellOf[i] = c;
        ++m_cellStart[c + 1];
    }
    for (qsizetype c = 0; c + 1 < m_cellStart.size(); ++c)
        m_cellStart[c + 1] += m_cellStart[c];
    m_items.resize(points.size());
    QList<int> fill = m_cellStart;
    for (qsizetype i = 0; i < points.size(); ++i)
        m_items[fill[cellOf.at(i)]++] = int(i);
}

int SeatGrid::cellX(double x) const
{
    // Clamp before converting: a far-away point must not overflow an int.
    return int(std::clamp((x - m_bounds.left()) / m_cell, 0.0, double(m_cols - 1)));
}

int SeatGrid::cellY(double y) const
{
    return int(std::clamp((y - m_bounds.top()) / m_cell, 0.0, double(m_rows - 1)));
}

template <typename F> void SeatGrid::forCells(const QRectF &r, F &&f) const
{
    if (m_points.isEmpty() || r.right() < m_bounds.left() - m_cell ||
        r.left() > m_bounds.right() + m_cell || r.bottom() < m_bounds.top() - m_cell ||
        r.top() > m_bounds.bottom() + m_cell)
        return;
    const int x0 = cellX(r.left()), x1 = cellX(r.right());
    const int y0 = cellY(r.top()), y1 = cellY(r.bottom());
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x) {
            const int c = y * m_cols + x;
            for (int k = m_cellStart.at(c); k < m_cellStart.at(c + 1); ++k)
                f(m_items.at(k));
        }
    }
}

int SeatGrid::nearest(const QPointF &p, double maxDistance,
                      const std::function<bool(int)> &accept) const
{
    int best = -1;
    double bestD2 = maxDistance * maxDistance;
    forCells(QRectF(p.x() - maxDistance, p.y() - maxDistance, 2 * maxDistance, 2 * maxDistance),
             [&](int i) {
                 const QPointF d = m_points.at(i) - p;
                 const double d2 = d.x() * d.x() + d.y() * d.y();
                 if (d2 <= bestD2 && (!accept || accept(i))) {
                     bestD2 = d2;
                     best = i;
                 }
             });
    return best;
}

QList<int> SeatGrid::inRect(const QRectF &r) const
{
    QList<int> found;
    const QRectF n = r.normalized();
    forCells(n, [&](int i) {
        if (n.contains(m_points.at(i)))
            found.append(i);
    });
    std::sort(found.begin(), found.end());
    return found;
}

int SeatGrid::neighbour(int from, const QPointF &direction) const
{
    if (from < 0 || from >= m_points.size())
        return -1;
    const double len = std::hypot(direction.x(), direction.y());
    if (len <= 0)
        return -1;
    const QPointF u = direction / len;
    const QPointF origin = m_points.at(from);
    const double span = std::max({m_bounds.width(), m_bounds.height(), m_cell});
    // Look close by first; widen until something lies in that direction.
    for (double radius = m_cell * 2;; radius *= 3) {
        int best = -1;
        double bestScore = std::numeric_limits<double>::max();
        forCells(QRectF(origin.x() - radius, origin.y() - radius, 2 * radius, 2 * radius),
                 [&](int i) {
                     if (i == from)
                         return;
                     const QPointF d = m_points.at(i) - origin;
                     const double along = d.x() * u.x() + d.y() * u.y();
                     const double across = std::abs(d.x() * u.y() - d.y() * u.x());
                     if (along <= 1e-9 || across > along * 1.8)
                         return;
                     const double score = along + 2.5 * across;
                     if (score < bestScore) {
                         bestScore = score;
                         best = i;
                     }
                 });
        if (best >= 0 && bestScore <= radius)
            return best;
        if (radius > span * 2)
            return best;
    }
}

double SeatGrid::medianNearestDistance() const
{
    if (m_points.size() < 2)
        return 0;
    QList<double> distances;
    distances.reserve(m_points.size());
    // A sample is enough for a median; every point would cost a while on a stadium.
    const qsizetype step = std::max<qsizetype>(1, m_points.size() / 4000);
    for (qsizetype i = 0; i < m_points.size(); i += step) {
        const QPointF p = m_points.at(i);
        double best = std::numeric_limits<double>::max();
        for (double radius = m_cell; best == std::numeric_limits<double>::max(); radius *= 2) {
            forCells(QRectF(p.x() - radius, p.y() - radius, 2 * radius, 2 * radius), [&](int j) {
                if (j == int(i))
                    return;
                const QPointF d = m_points.at(j) - p;
                const double dist = std::hypot(d.x(), d.y());
                if (dist > 0 && dist < best)
                    best = dist;
            });
            if (radius > std::max(m_bounds.width(), m_bounds.height()) * 2 + m_cell)
                break;
        }
        if (best < std::numeric_limits<double>::max())
            distances.append(best);
    }
    if (distances.isEmpty())
        return 0;
    const auto middle = distances.begin() + distances.size() / 2;
    std::nth_element(distances.begin(), middle, distances.end());
    return *middle;
}

} // namespace mq::client
