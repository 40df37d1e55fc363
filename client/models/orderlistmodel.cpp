#include "models/orderlistmodel.h"

#include "core/displayformat.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace mq::client {

OrderListModel::OrderListModel(QObject *parent) : QAbstractTableModel(parent) {}

void OrderListModel::setOrders(const QList<Order> &orders)
{
    beginResetModel();
    m_orders = orders;
    endResetModel();
}

void OrderListModel::updateOrder(const Order &order)
{
    const int row = rowOf(order.id);
    if (row < 0) {
        beginInsertRows({}, 0, 0);
        m_orders.prepend(order);
        endInsertRows();
        return;
    }
    m_orders[row] = order;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const Order *OrderListModel::order(int row) const
{
    if (row < 0 || row >= m_orders.size())
        return nullptr;
    return &m_orders.at(row);
}

int OrderListModel::rowOf(Id orderId) const
{
    for (int i = 0; i < m_orders.size(); ++i) {
        if (m_orders.at(i).id == orderId)
            return i;
    }
    return -1;
}

int OrderListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_orders.size());
}

int OrderListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OrderListModel::statusLabel(const QString &status)
{
    if (status == OrderPaid)
        return tr("Paid");
    if (status == OrderRefunded)
        return tr("Refunded");
    if (status == OrderCancelled)
        return tr("Cancelled");
    if (status == TicketValid)
        return tr("Valid");
    if (status == TicketCheckedIn)
        return tr("Checked in");
    return status;
}

QString OrderListModel::itemsText(const Order &order)
{
    if (order.items.size() == 1)
        return order.items.first().ticketTypeName;
    QStringList parts;
    for (const OrderItem &item : order.items)
        parts << tr("%L1 × %2").arg(item.quantity).arg(item.ticketTypeName);
    return parts.join(u", "_s);
}

QList<SeatPlace> OrderListModel::seatsOf(const Order &order)
{
    QList<SeatPlace> seats;
    for (const Ticket &ticket : order.tickets) {
        if (ticket.seatId > 0)
            seats.append(ticket.seat);
    }
    return seats;
}

QVariant OrderListModel::data(const QModelIndex &index, int role) const
{
    const Order *o = order(index.row());
    if (!o)
        return {};
    const OrderItem item = o->items.isEmpty() ? OrderItem{} : o->items.first();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case CodeColumn:
            return o->code;
        case EventColumn: {
            QString text = item.ticketTypeName.isEmpty()
                               ? item.eventTitle
                               : item.eventTitle + u" — "_s + itemsText(*o);
            const QList<SeatPlace> seats = seatsOf(*o);
            if (!seats.isEmpty())
                text += u" · "_s + DisplayFormat::seatPlaces(seats);
            return text;
        }
        case WhenColumn:
            return DisplayFormat::showTime(item.startsAt, item.timeZone);
        case TicketsColumn:
            return QLocale().toString(o->tickets.size());
        case TotalColumn:
            return DisplayFormat::money(o->totalCents);
        case StatusColumn:
            return statusLabel(o->status);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == EventColumn) {
        // Every seat on its own line, in full.
        QStringList lines;
        for (const Ticket &ticket : o->tickets) {
            if (ticket.seatId > 0)
                lines << DisplayFormat::seatPlace(ticket.seat);
        }
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
    }
    if (role == Qt::TextAlignmentRole && (index.column() == TicketsColumn || index.column() == TotalColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole)
        return o->id;
    return {};
}

QVariant OrderListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Order");
    case EventColumn:
        return tr("Event");
    case WhenColumn:
        return tr("When");
    case TicketsColumn:
        return tr("Tickets");
    case TotalColumn:
        return tr("Total");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace mq::client
