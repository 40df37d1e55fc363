#include "admin/catalogeventmodel.h"

#include "core/displayformat.h"
#include "shared/jsonfields.h"
#include "widgets/categories.h"

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace mq::client {

namespace {

const Performance *firstPerformance(const Event &event)
{
    const Performance *first = nullptr;
    for (const Performance &p : event.performances) {
        if (!first || p.startsAt < first->startsAt)
            first = &p;
    }
    return first;
}

QDateTime nextStart(const Event &event)
{
    const Performance *first = firstPerformance(event);
    return first ? first->startsAt : QDateTime();
}

void sortByStart(QList<Performance> &performances)
{
    std::stable_sort(performances.begin(), performances.end(),
                     [](const Performance &a, const Performance &b) {
                         return a.startsAt != b.startsAt ? a.startsAt < b.startsAt : a.id < b.id;
                     });
}

QList<Id> idsOf(const QList<Event> &events)
{
    QList<Id> ids;
    ids.reserve(events.size());
    for (const Event &e : events)
        ids.append(e.id);
    return ids;
}

} // namespace

CatalogEventModel::CatalogEventModel(QObject *parent) : QAbstractTableModel(parent) {}

void CatalogEventModel::setEvents(const QList<Event> &events)
{
    // Same rows: only the contents changed, and views keep their selection.
    if (idsOf(events) == idsOf(m_events)) {
        m_events = events;
        if (!m_events.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_events = events;
    endResetModel();
}

const Event *CatalogEventModel::eventById(Id id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_events.at(row);
}

const Performance *CatalogEventModel::performanceById(Id id) const
{
    return const_cast<CatalogEventModel *>(this)->findPerformance(id);
}

int CatalogEventModel::rowOf(Id eventId) const
{
    if (eventId <= 0)
        return -1;
    for (int i = 0; i < m_events.size(); ++i) {
        if (m_events.at(i).id == eventId)
            return i;
    }
    return -1;
}

Performance *CatalogEventModel::findPerformance(Id performanceId, int *eventRow)
{
    for (int i = 0; i < m_events.size(); ++i) {
        for (Performance &p : m_events[i].performances) {
            if (p.id == performanceId) {
                if (eventRow)
                    *eventRow = i;
                return &p;
            }
        }
    }
    return nullptr;
}

void CatalogEventModel::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CatalogEventModel::upsertEvent(const Event &event)
{
    const int row = rowOf(event.id);
    if (row >= 0) {
        m_events[row] = event;
        sortByStart(m_events[row].performances);
        rowChanged(row);
        return;
    }
    beginInsertRows({}, rowCount(), rowCount());
    m_events.append(event);
    endInsertRows();
}

void CatalogEventModel::removeEvent(Id eventId)
{
    const int row = rowOf(eventId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_events.removeAt(row);
    endRemoveRows();
}

void CatalogEventModel::upsertPerformance(const Performance &performance)
{
    int row = -1;
    if (Performance *known = findPerformance(performance.id, &row)) {
        *known = performance;
    } else {
        row = rowOf(performance.eventId);
        if (row < 0)
            return;
        m_events[row].performances.append(performance);
    }
    sortByStart(m_events[row].performances);
    rowChanged(row);
}

void CatalogEventModel::removePerformance(Id performanceId)
{
    for (int row = 0; row < m_events.size(); ++row) {
        QList<Performance> &performances = m_events[row].performances;
        const auto removed = performances.removeIf(
            [performanceId](const Performance &p) { return p.id == performanceId; });
        if (removed > 0) {
            rowChanged(row);
            return;
        }
    }
}

void CatalogEventModel::upsertTicketType(const TicketType &ticketType)
{
    int row = -1;
    Performance *p = findPerformance(ticketType.performanceId, &row);
    if (!p)
        return;
    const auto it = std::find_if(p->ticketTypes.begin(), p->ticketTypes.end(),
                                 [&](const TicketType &t) { return t.id == ticketType.id; });
    if (it != p->ticketTypes.end())
        *it = ticketType;
    else
        p->ticketTypes.append(ticketType);
    rowChanged(row);
}

void CatalogEventModel::removeTicketType(Id ticketTypeId)
{
    for (int row = 0; row < m_events.size(); ++row) {
        for (Performance &p : m_events[row].performances) {
            const auto removed = p.ticketTypes.removeIf(
                [ticketTypeId](const TicketType &t) { return t.id == ticketTypeId; });
            if (removed > 0) {
                rowChanged(row);
                return;
            }
        }
    }
}

void CatalogEventModel::applyInventory(Id performanceId, const QJsonArray &ticketTypes)
{
    int row = -1;
    Performance *p = findPerformance(performanceId, &row);
    if (!p)
        return;
    for (const QJsonValue &v : ticketTypes) {
        const QJsonObject o = v.toObject();
        const Id id = jsonInteger(o.value(u"id"_s)).value_or(0);
        for (TicketType &t : p->ticketTypes) {
            if (t.id != id)
                continue;
            t.capacity = jsonInteger(o.value(u"capacity"_s)).value_or(t.capacity);
            t.sold = jsonInteger(o.value(u"sold"_s)).value_or(t.sold);
            t.held = jsonInteger(o.value(u"held"_s)).value_or(t.held);
            t.priceCents = jsonInteger(o.value(u"priceCents"_s)).value_or(t.priceCents);
            if (o.contains(u"name"_s))
                t.name = o.value(u"name"_s).toString();
            if (o.contains(u"onSale"_s))
                t.onSale = o.value(u"onSale"_s).toBool(true);
        }
    }
    rowChanged(row);
}

int CatalogEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int CatalogEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CatalogEventModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const Event &e = m_events.at(index.row());
    if (role == IdRole)
        return e.id;
    // The category's icon also leads the title, for views that leave the category column out.
    if (role == Qt::DecorationRole &&
        (index.column() == CategoryColumn || index.column() == TitleColumn))
        return Categories::icon(e.category);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TitleColumn:
            if (role == Qt::ToolTipRole)
                return tr("%1 (%2) · %Ln performance(s)", nullptr, int(e.performances.size()))
                    .arg(e.title, Categories::label(e.category));
            return e.title;
        case CategoryColumn:
            return Categories::label(e.category);
        case PerformancesColumn:
            return e.performances.size();
        case NextColumn: {
            const QDateTime next = nextStart(e);
            if (!next.isValid())
                return tr("None yet");
            const QString zone = firstPerformance(e)->timeZone;
            return role == Qt::ToolTipRole ? DisplayFormat::showTime(next, zone)
                                           : DisplayFormat::showDate(next, zone);
        }
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case TitleColumn:
            return e.title.toLower();
        case CategoryColumn:
            return Categories::label(e.category);
        case PerformancesColumn:
            return e.performances.size();
        case NextColumn: {
            const QDateTime next = nextStart(e);
            return next.isValid() ? next.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
        }
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == PerformancesColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant CatalogEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case CategoryColumn:
        return tr("Category");
    case PerformancesColumn:
        return tr("Shows");
    case NextColumn:
        return tr("First date");
    }
    return {};
}

} // namespace mq::client
