#include "admin/catalogtickettypemodel.h"

#include "core/displayformat.h"

#include <QColor>

namespace mq::client {

CatalogTicketTypeModel::CatalogTicketTypeModel(QObject *parent) : QAbstractTableModel(parent) {}

void CatalogTicketTypeModel::setTicketTypes(const QList<TicketType> &ticketTypes)
{
    const auto sameIds = [&] {
        if (ticketTypes.size() != m_ticketTypes.size())
            return false;
        for (qsizetype i = 0; i < ticketTypes.size(); ++i) {
            if (ticketTypes.at(i).id != m_ticketTypes.at(i).id)
                return false;
        }
        return true;
    };
    if (sameIds()) {
        m_ticketTypes = ticketTypes;
        if (!m_ticketTypes.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_ticketTypes = ticketTypes;
    endResetModel();
}

const TicketType *CatalogTicketTypeModel::ticketType(int row) const
{
    if (row < 0 || row >= m_ticketTypes.size())
        return nullptr;
    return &m_ticketTypes.at(row);
}

int CatalogTicketTypeModel::rowOf(Id ticketTypeId) const
{
    if (ticketTypeId <= 0)
        return -1;
    for (int i = 0; i < m_ticketTypes.size(); ++i) {
        if (m_ticketTypes.at(i).id == ticketTypeId)
            return i;
    }
    return -1;
}

int CatalogTicketTypeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ticketTypes.size());
}

int CatalogTicketTypeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CatalogTicketTypeModel::data(const QModelIndex &index, int role) const
{
    const TicketType *t = ticketType(index.row());
    if (!index.isValid() || !t)
        return {};
    if (role == IdRole)
        return t->id;
    if (role == Qt::ForegroundRole && !t->onSale)
        return QColor(0x5f, 0x6b, 0x7a); // stopped: greyed like muted text
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NameColumn:
            if (!t->onSale)
                return tr("%1 — Sales stopped").arg(t->name);
            return t->name;
        case PriceColumn:
            return DisplayFormat::money(t->priceCents);
        case CapacityColumn:
            return t->capacity;
        case SoldColumn:
            return t->sold;
        case HeldColumn:
            return t->held;
        case RemainingColumn:
            return t->remaining();
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant CatalogTicketTypeModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case PriceColumn:
        return tr("Price");
    case CapacityColumn:
        return tr("Capacity");
    case SoldColumn:
        return tr("Sold");
    case HeldColumn:
        return tr("Held");
    case RemainingColumn:
        return tr("Left");
    }
    return {};
}

} // namespace mq::client
