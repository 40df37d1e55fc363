#include "models/eventlistmodel.h"

#include "core/displayformat.h"
#include "models/tickettypemodel.h"
#include "shared/jsonfields.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mq::client {

EventListModel::EventListModel(QObject *parent) : QAbstractListModel(parent) {}

void EventListModel::setEvents(const QList<Event> &events)
{
    beginResetModel();
    m_events = events;
    endResetModel();
}

const Event *EventListModel::event(int row) const
{
    if (row < 0 || row >= m_events.size())
        return nullptr;
    return &m_events.at(row);
}

int EventListModel::rowOf(Id eventId) const
{
    for (int i = 0; i < m_events.size(); ++i) {
        if (m_events.at(i).id == eventId)
            return i;
    }
    return -1;
}

Performance *EventListModel::findPerformance(Id performanceId, int *row)
{
    for (int i = 0; i < m_events.size(); ++i) {
        for (Performance &p : m_events[i].performances) {
            if (p.id == performanceId) {
                *row = i;
                return &p;
            }
        }
    }
    return nullptr;
}

void EventListModel::applyInventory(Id performanceId, const QJsonArray &ticketTypes)
{
    int row = -1;
    Performance *p = findPerformance(performanceId, &row);
    if (!p)
        return;
    bool changed = false;
    for (const QJsonValue &v : ticketTypes) {
        const QJsonObject o = v.toObject();
        const Id id = jsonInteger(o.value(u"id"_s)).value_or(0);
        for (TicketType &t : p->ticketTypes) {
            if (t.id == id) {
                TicketTypeModel::applyNumbers(t, o);
                changed = true;
            }
        }
    }
    if (!changed)
        return;
    Q_EMIT dataChanged(index(row, 0), index(row, 0));
    Q_EMIT performanceChanged(m_events.at(row).id, performanceId);
}

void EventListModel::updatePerformance(const Performance &performance)
{
    int row = -1;
    Performance *p = findPerformance(performance.id, &row);
    if (!p)
        return;
    *p = performance;
    Q_EMIT dataChanged(index(row, 0), index(row, 0));
    Q_EMIT performanceChanged(m_events.at(row).id, performance.id);
}

int EventListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

Cents EventListModel::lowestPrice(const Event &event)
{
    Cents lowest = -1;
    for (const Performance &p : event.performances) {
        for (const TicketType &t : p.ticketTypes) {
            if (lowest < 0 || t.priceCents < lowest)
                lowest = t.priceCents;
        }
    }
    return lowest;
}

QVariant EventListModel::data(const QModelIndex &index, int role) const
{
    const Event *e = event(index.row());
    if (!e)
        return {};
    const QDateTime first = e->performances.isEmpty() ? QDateTime() : e->performances.first().startsAt;
    const QString firstZone = e->performances.isEmpty() ? QString() : e->performances.first().timeZone;
    auto summary = [&] {
        QStringList parts;
        if (first.isValid())
            parts << DisplayFormat::showTime(first, firstZone);
        if (!e->performances.isEmpty())
            parts << e->performances.first().venue;
        if (e->performances.size() > 1)
            parts << tr("%n dates", nullptr, int(e->performances.size()));
        const Cents lowest = lowestPrice(*e);
        if (lowest >= 0)
            parts << tr("from %1").arg(DisplayFormat::money(lowest));
        return parts.join(u"  ·  "_s);
    };
    switch (role) {
    case Qt::DisplayRole:
        return QString(e->title + u'\n' + summary());
    case Qt::ToolTipRole:
        return e->description;
    case Qt::AccessibleTextRole:
        return QString(e->title + u", "_s + summary());
    case IdRole:
        return e->id;
    case CategoryRole:
        return e->category;
    case FirstStartRole:
        return first;
    case SummaryRole:
        return summary();
    case WhenRole: {
        QStringList parts;
        if (first.isValid())
            parts << DisplayFormat::showTime(first, firstZone);
        if (e->performances.size() > 1)
            parts << tr("%n dates", nullptr, int(e->performances.size()));
        return parts.join(u"  ·  "_s);
    }
    case VenueRole:
        return e->performances.isEmpty() ? QString() : e->performances.first().venue;
    case FromPriceRole: {
        const Cents lowest = lowestPrice(*e);
        return lowest >= 0 ? tr("from %1").arg(DisplayFormat::money(lowest)) : QString();
    }
    case WhereRole: {
        QStringList parts;
        if (!e->performances.isEmpty())
            parts << e->performances.first().venue;
        const Cents lowest = lowestPrice(*e);
        if (lowest >= 0)
            parts << tr("from %1").arg(DisplayFormat::money(lowest));
        return parts.join(u"  ·  "_s);
    }
    }
    return {};
}

} // namespace mq::client
