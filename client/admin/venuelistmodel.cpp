#include "admin/venuelistmodel.h"

#include <QCollator>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mq::client {

VenueListModel::VenueListModel(QObject *parent) : QAbstractTableModel(parent) {}

void VenueListModel::setVenues(const QJsonArray &venues)
{
    QList<Venue> list;
    for (const QJsonValue &value : venues) {
        const QJsonObject o = value.toObject();
        list.append({o.value(u"id"_s).toInteger(), o.value(u"name"_s).toString(),
                     o.value(u"seatCount"_s).toInteger(), o.value(u"timeZone"_s).toString()});
    }
    // By name, as people look for them.
    QCollator collator;
    collator.setNumericMode(true);
    std::stable_sort(list.begin(), list.end(), [&](const Venue &a, const Venue &b) {
        return collator.compare(a.name, b.name) < 0;
    });
    beginResetModel();
    m_venues = list;
    m_loaded = true;
    endResetModel();
}

void VenueListModel::upsert(const Venue &venue)
{
    if (const int row = rowOf(venue.id); row >= 0) {
        m_venues[row] = venue;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    QCollator collator;
    collator.setNumericMode(true);
    const auto at = std::find_if(m_venues.cbegin(), m_venues.cend(), [&](const Venue &v) {
        return collator.compare(venue.name, v.name) < 0;
    });
    const int row = int(at - m_venues.cbegin());
    beginInsertRows({}, row, row);
    m_venues.insert(row, venue);
    endInsertRows();
}

void VenueListModel::remove(Id venueId)
{
    const int row = rowOf(venueId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_venues.removeAt(row);
    endRemoveRows();
}

const VenueListModel::Venue *VenueListModel::venue(int row) const
{
    return row >= 0 && row < m_venues.size() ? &m_venues.at(row) : nullptr;
}

const VenueListModel::Venue *VenueListModel::venueById(Id venueId) const
{
    return venue(rowOf(venueId));
}

int VenueListModel::rowOf(Id venueId) const
{
    for (int i = 0; i < m_venues.size(); ++i) {
        if (m_venues.at(i).id == venueId)
            return i;
    }
    return -1;
}

int VenueListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_venues.size());
}

int VenueListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VenueListModel::data(const QModelIndex &index, int role) const
{
    const Venue *v = venue(index.row());
    if (!v || !index.isValid())
        return {};
    if (role == IdRole)
        return v->id;
    if (role == Qt::DisplayRole) {
        if (index.column() == NameColumn)
            return v->name;
        if (index.column() == SeatsColumn)
            return QLocale().toString(v->seatCount);
    }
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return tr("%1 — %Ln seat(s)", nullptr, int(qMin<qint64>(v->seatCount, INT_MAX)))
            .arg(v->name);
    if (role == Qt::TextAlignmentRole && index.column() == SeatsColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant VenueListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == NameColumn)
        return tr("Venue");
    if (section == SeatsColumn)
        return tr("Seats");
    return {};
}

} // namespace mq::client
