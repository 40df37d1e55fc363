#pragma once

#include "shared/domain.h"

#include <QAbstractTableModel>

namespace mq::client {

// The performances of the event being edited.
class CatalogPerformanceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        StartsColumn,
        VenueColumn,
        TicketTypesColumn,
        SoldColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1
    };

    explicit CatalogPerformanceModel(QObject *parent = nullptr);

    // Keeps the rows (and so the views' selection) when the same performances come back.
    void setPerformances(const QList<Performance> &performances);
    const Performance *performance(int row) const;
    int rowOf(Id performanceId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Performance> m_performances;
};

} // namespace mq::client
