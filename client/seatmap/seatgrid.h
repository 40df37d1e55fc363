#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>

#include <functional>

namespace mq::client {

// A uniform grid over points (seat centres) for hit tests, rectangle queries and "the nearest
// seat in that direction", so nothing walks all 50,000 seats on a mouse move.
class SeatGrid
{
public:
    void build(const QList<QPointF> &points, double cellSize);
    void clear();
    bool isEmpty() const { return m_points.isEmpty(); }

    // The point nearest to p within maxDistance that `accept` lets through, or -1.
    int nearest(const QPointF &p, double maxDistance,
                const std::function<bool(int)> &accept = {}) const;
    // Indexes of the points inside r, in ascending order.
    QList<int> inRect(const QRectF &r) const;
    // The best point to move to from `from` in direction (dx, dy) (arrow keys): ahead of it,
    // within about 60° of the direction, near and close to the line; -1 if there is none.
    int neighbour(int from, const QPointF &direction) const;
    // The median distance from each point to its nearest other point (0 for fewer than two).
    double medianNearestDistance() const;

private:
    int cellX(double x) const;
    int cellY(double y) const;
    template <typename F> void forCells(const QRectF &r, F &&f) const;

    QList<QPointF> m_points;
    QRectF m_bounds;
    double m_cell = 1;
    int m_cols = 0;
    int m_rows = 0;
    QList<int> m_cellStart; // CSR: points of cell c are m_items[m_cellStart[c] .. m_cellStart[c+1])
    QList<int> m_items;
};

} // namespace mq::client
