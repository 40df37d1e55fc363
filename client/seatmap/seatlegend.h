#pragma once

#include <QWidget>

namespace mq::client {

class FlowLayout;
class SeatMapView;

// What the seat map's colours and marks mean: one entry per price category (with its price),
// then the states and seat kinds that occur on this map (selected, yours, held, sold, blocked,
// not on sale, wheelchair, companion, restricted view). Follows the map.
class SeatLegend : public QWidget
{
    Q_OBJECT
public:
    explicit SeatLegend(SeatMapView *map, QWidget *parent = nullptr);

    void refresh();
    // The texts of the entries, in order (tests, screen readers).
    QStringList entries() const;

private:
    void addEntry(const QPixmap &icon, const QString &text);

    SeatMapView *m_map;
    FlowLayout *m_flow;
    QStringList m_entries;
    QString m_signature; // what the legend shows now; unchanged maps are not rebuilt
};

} // namespace mq::client
