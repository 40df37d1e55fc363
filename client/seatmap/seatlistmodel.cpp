#include "seatmap/seatlistmodel.h"

#include "core/displayformat.h"
#include "seatmap/seatmapview.h"

#include <QColor>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mq::client {

SeatListModel::SeatListModel(SeatMapView *map, QObject *parent)
    : QAbstractTableModel(parent), m_map(map)
{
    connect(map, &SeatMapView::layoutChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(map, &SeatMapView::seatStatesChanged, this, &SeatListModel::seatsChanged);
    connect(map, &SeatMapView::selectionChanged, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, SeatColumn), index(rowCount() - 1, SeatColumn),
                               {Qt::CheckStateRole});
    });
}

void SeatListModel::seatsChanged(const QList<int> &indexes)
{
    if (rowCount() == 0)
        return;
    if (indexes.isEmpty() || indexes.size() > 64) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    for (int i : indexes)
        Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
}

int SeatListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_map->seatCount();
}

int SeatListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags SeatListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == SeatColumn &&
        m_map->selectionMode() != SeatMapView::SelectionMode::None &&
        (m_map->isSelectable(index.row()) || m_map->isSeatSelected(index.row())))
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant SeatListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_map->seatCount())
        return {};
    const int i = index.row();
    const VenueLayout::Seat &seat = m_map->venueLayout().seat(i);
    if (role == SeatIndexRole)
        return i;
    if (role == StateLetterRole)
        return QString(SeatStates::letter(m_map->seatState(i)));
    if (role == Qt::CheckStateRole && index.column() == SeatColumn &&
        m_map->selectionMode() != SeatMapView::SelectionMode::None)
        return m_map->isSeatSelected(i) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::AccessibleTextRole && index.column() == SeatColumn)
        return m_map->seatDescription(i);
    if (role == Qt::ToolTipRole)
        return m_map->seatDescription(i);
    if (role == Qt::DecorationRole && index.column() == PriceColumn && m_map->seatCategory(i))
        return m_map->categoryColor(m_map->seatCategory(i));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SeatColumn:
        return seat.label;
    case SectionColumn:
        return seat.sectionName;
    case RowColumn:
        return seat.rowLabel;
    case PriceColumn: {
        const Id category = m_map->seatCategory(i);
        for (const TicketType &t : m_map->categories()) {
            if (t.id == category)
                return tr("%1 · %2").arg(t.name, DisplayFormat::money(t.priceCents));
        }
        return QString();
    }
    case StatusColumn:
        if (m_map->isSeatHighlighted(i))
            return tr("Held for you");
        if (m_map->isSeatSelected(i))
            return tr("Selected");
        return SeatStates::name(m_map->seatState(i));
    case NotesColumn: {
        QStringList notes;
        if (seat.accessible)
            notes << tr("Wheelchair place");
        if (seat.companion)
            notes << tr("Companion seat");
        if (seat.restrictedView)
            notes << tr("Restricted view");
        if (!seat.note.isEmpty())
            notes << seat.note;
        return notes.join(u"; "_s);
    }
    default:
        return {};
    }
}

bool SeatListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != SeatColumn || role != Qt::CheckStateRole)
        return false;
    const bool select = Qt::CheckState(value.toInt()) == Qt::Checked;
    return m_map->setSeatSelected(index.row(), select);
}

QVariant SeatListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeatColumn:
        return tr("Seat");
    case SectionColumn:
        return tr("Section");
    case RowColumn:
        return tr("Row");
    case PriceColumn:
        return tr("Price");
    case StatusColumn:
        return tr("Status");
    case NotesColumn:
        return tr("Notes");
    default:
        return {};
    }
}

} // namespace mq::client
