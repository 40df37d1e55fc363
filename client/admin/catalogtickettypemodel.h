#pragma once

#include "shared/domain.h"

#include <QAbstractTableModel>

namespace mq::client {

// The ticket types of the performance being edited, with their sold/held/remaining numbers.
class CatalogTicketTypeModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        PriceColumn,
        CapacityColumn,
        SoldColumn,
        HeldColumn,
        RemainingColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1
    };

    explicit CatalogTicketTypeModel(QObject *parent = nullptr);

    // Keeps the rows (and so the views' selection) when the same ticket types come back.
    void setTicketTypes(const QList<TicketType> &ticketTypes);
    const TicketType *ticketType(int row) const;
    int rowOf(Id ticketTypeId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<TicketType> m_ticketTypes;
};

} // namespace mq::client
