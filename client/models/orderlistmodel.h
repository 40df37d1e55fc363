#pragma once

#include "shared/domain.h"

#include <QAbstractTableModel>

namespace mq::client {

// A customer's orders, newest first.
class OrderListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CodeColumn, EventColumn, WhenColumn, TicketsColumn, TotalColumn, StatusColumn, ColumnCount };

    explicit OrderListModel(QObject *parent = nullptr);

    void setOrders(const QList<Order> &orders);
    void updateOrder(const Order &order);
    const Order *order(int row) const;
    int rowOf(Id orderId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusLabel(const QString &status);
    // What was bought: "Stalls" for one ticket type, "2 × Adult, 1 × Child" for a mixed basket.
    static QString itemsText(const Order &order);
    // The seats of a seated order's tickets, in ticket order (empty for general admission).
    static QList<SeatPlace> seatsOf(const Order &order);

private:
    QList<Order> m_orders;
};

} // namespace mq::client
