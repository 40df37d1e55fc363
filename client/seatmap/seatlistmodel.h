#pragma once

#include <QAbstractTableModel>

namespace mq::client {

class SeatMapView;

// The seat map as a table, for screen readers and keyboards: one row per seat (section, row,
// seat, price category, status in words, notes), the first column checkable to select the seat.
// Reads from and writes to the map, so both always agree.
class SeatListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        SeatColumn,
        SectionColumn,
        RowColumn,
        PriceColumn,
        StatusColumn,
        NotesColumn,
        ColumnCount
    };
    enum Role
    {
        SeatIndexRole = Qt::UserRole + 1,
        StateLetterRole
    };

    explicit SeatListModel(SeatMapView *map, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void seatsChanged(const QList<int> &indexes);

    SeatMapView *m_map;
};

} // namespace mq::client
