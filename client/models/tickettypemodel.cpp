#include "models/tickettypemodel.h"

#include "core/displayformat.h"
#include "shared/jsonfields.h"

#include <QJsonObject>
#include <QLocale>

#include <climits>

using namespace Qt::StringLiterals;

namespace mq::client {

TicketTypeModel::TicketTypeModel(QObject *parent) : QAbstractTableModel(parent) {}

void TicketTypeModel::setPerformance(const Performance &performance)
{
    beginResetModel();
    m_performance = performance;
    endResetModel();
}

const TicketType *TicketTypeModel::ticketType(int row) const
{
    if (row < 0 || row >= m_performance.ticketTypes.size())
        return nullptr;
    return &m_performance.ticketTypes.at(row);
}

const TicketType *TicketTypeModel::ticketTypeById(Id id) const
{
    return ticketType(rowOf(id));
}

int TicketTypeModel::rowOf(Id ticketTypeId) const
{
    for (int i = 0; i < m_performance.ticketTypes.size(); ++i) {
        if (m_performance.ticketTypes.at(i).id == ticketTypeId)
            return i;
    }
    return -1;
}

void TicketTypeModel::applyInventory(Id performanceId, const QJsonArray &ticketTypes)
{
    if (performanceId != m_performance.id)
        return;
    for (const QJsonValue &v : ticketTypes) {
        const QJsonObject o = v.toObject();
        const Id id = jsonInteger(o.value(u"id"_s)).value_or(0);
        const int row = rowOf(id);
        if (row < 0)
            continue;
        // A push older than what this row already shows (a fetch overtook it) changes nothing.
        const qint64 version = jsonInteger(o.value(u"version"_s)).value_or(0);
        if (version > 0 && version < m_performance.ticketTypes.at(row).version)
            continue;
        applyNumbers(m_performance.ticketTypes[row], o);
        if (version > 0)
            m_performance.ticketTypes[row].version = version;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        Q_EMIT numbersChanged(id);
    }
}

void TicketTypeModel::applyNumbers(TicketType &t, const QJsonObject &o)
{
    if (o.contains(u"capacity"_s))
        t.capacity = jsonInteger(o.value(u"capacity"_s)).value_or(t.capacity);
    if (o.contains(u"sold"_s))
        t.sold = jsonInteger(o.value(u"sold"_s)).value_or(t.sold);
    if (o.contains(u"held"_s))
        t.held = jsonInteger(o.value(u"held"_s)).value_or(t.held);
    if (o.contains(u"priceCents"_s))
        t.priceCents = jsonInteger(o.value(u"priceCents"_s)).value_or(t.priceCents);
    if (o.contains(u"name"_s))
        t.name = o.value(u"name"_s).toString();
    if (o.contains(u"onSale"_s))
        t.onSale = o.value(u"onSale"_s).toBool(true);
    // Only "remaining" given: keep the other numbers consistent with it.
    if (!o.contains(u"sold"_s) && o.contains(u"remaining"_s))
        t.sold = t.capacity - t.held - jsonInteger(o.value(u"remaining"_s)).value_or(0);
}

QString TicketTypeModel::availability(const TicketType &t)
{
    if (!t.onSale)
        return tr("Not on sale");
    if (t.remaining() <= 0)
        return tr("Sold out");
    return tr("%Ln left", nullptr, int(qMin<qint64>(t.remaining(), INT_MAX)));
}

int TicketTypeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_performance.ticketTypes.size());
}

int TicketTypeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TicketTypeModel::data(const QModelIndex &index, int role) const
{
    const TicketType *t = ticketType(index.row());
    if (!t)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return t->name;
        case PriceColumn:
            return DisplayFormat::money(t->priceCents);
        case RemainingColumn:
            if (!t->onSale)
                return tr("Not on sale");
            return t->remaining() > 0 ? QLocale().toString(t->remaining()) : tr("Sold out");
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != NameColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::AccessibleTextRole:
        return tr("%1, %2, %3").arg(t->name, DisplayFormat::money(t->priceCents), availability(*t));
    case IdRole:
        return t->id;
    case PriceCentsRole:
        return t->priceCents;
    case RemainingRole:
        return t->remaining();
    }
    return {};
}

QVariant TicketTypeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Ticket type");
    case PriceColumn:
        return tr("Price");
    case RemainingColumn:
        return tr("Left");
    }
    return {};
}

} // namespace mq::client
