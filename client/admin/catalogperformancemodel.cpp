#include "admin/catalogperformancemodel.h"

#include "core/displayformat.h"

namespace mq::client {

CatalogPerformanceModel::CatalogPerformanceModel(QObject *parent) : QAbstractTableModel(parent) {}

void CatalogPerformanceModel::setPerformances(const QList<Performance> &performances)
{
    const auto sameIds = [&] {
        if (performances.size() != m_performances.size())
            return false;
        for (qsizetype i = 0; i < performances.size(); ++i) {
            if (performances.at(i).id != m_performances.at(i).id)
                return false;
        }
        return true;
    };
    if (sameIds()) {
        m_performances = performances;
        if (!m_performances.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_performances = performances;
    endResetModel();
}

const Performance *CatalogPerformanceModel::performance(int row) const
{
    if (row < 0 || row >= m_performances.size())
        return nullptr;
    return &m_performances.at(row);
}

int CatalogPerformanceModel::rowOf(Id performanceId) const
{
    if (performanceId <= 0)
        return -1;
    for (int i = 0; i < m_performances.size(); ++i) {
        if (m_performances.at(i).id == performanceId)
            return i;
    }
    return -1;
}

int CatalogPerformanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_performances.size());
}

int CatalogPerformanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CatalogPerformanceModel::data(const QModelIndex &index, int role) const
{
    const Performance *p = performance(index.row());
    if (!index.isValid() || !p)
        return {};
    if (role == IdRole)
        return p->id;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case StartsColumn:
            return DisplayFormat::showTime(p->startsAt, p->timeZone);
        case VenueColumn:
            if (role == Qt::ToolTipRole && p->seating == SeatingReserved)
                return tr("%1 — reserved seating").arg(p->venue);
            return p->venue;
        case TicketTypesColumn:
            return p->ticketTypes.size();
        case SoldColumn: {
            qint64 sold = 0;
            qint64 capacity = 0;
            for (const TicketType &t : p->ticketTypes) {
                sold += t.sold;
                capacity += t.capacity;
            }
            return tr("%L1 of %L2").arg(sold).arg(capacity);
        }
        }
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == TicketTypesColumn || index.column() == SoldColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant CatalogPerformanceModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == TicketTypesColumn)
        return tr("Ticket types");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StartsColumn:
        return tr("Starts");
    case VenueColumn:
        return tr("Venue");
    case TicketTypesColumn:
        return tr("Types");
    case SoldColumn:
        return tr("Sold");
    }
    return {};
}

} // namespace mq::client
