#include "admin/auditlogmodel.h"

#include "core/displayformat.h"
#include "shared/jsonfields.h"
#include "shared/utctime.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace mq::client {

AuditLogModel::Entry AuditLogModel::Entry::fromJson(const QJsonObject &o)
{
    Entry e;
    e.id = jsonInteger(o.value(u"id"_s)).value_or(0);
    e.at = parseWireTime(o.value(u"at"_s).toString()).value_or(QDateTime());
    e.userId = jsonInteger(o.value(u"userId"_s)).value_or(0);
    e.username = o.value(u"username"_s).toString();
    e.action = o.value(u"action"_s).toString();
    e.entity = o.value(u"entity"_s).toString();
    e.entityId = jsonInteger(o.value(u"entityId"_s)).value_or(0);
    e.before = o.value(u"before"_s);
    e.after = o.value(u"after"_s);
    return e;
}

AuditLogModel::AuditLogModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditLogModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

void AuditLogModel::append(const QList<Entry> &entries)
{
    QSet<Id> known;
    for (const Entry &e : std::as_const(m_entries))
        known.insert(e.id);
    QList<Entry> fresh;
    for (const Entry &e : entries) {
        if (!known.contains(e.id))
            fresh.append(e);
    }
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, rowCount(), rowCount() + int(fresh.size()) - 1);
    m_entries.append(fresh);
    endInsertRows();
}

const AuditLogModel::Entry *AuditLogModel::entry(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return nullptr;
    return &m_entries.at(row);
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditLogModel::actionLabel(const QString &action)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("event.create"), QT_TR_NOOP("Event created")},
        {QStringLiteral("event.update"), QT_TR_NOOP("Event changed")},
        {QStringLiteral("event.delete"), QT_TR_NOOP("Event deleted")},
        {QStringLiteral("performance.create"), QT_TR_NOOP("Performance created")},
        {QStringLiteral("performance.update"), QT_TR_NOOP("Performance changed")},
        {QStringLiteral("performance.delete"), QT_TR_NOOP("Performance deleted")},
        {QStringLiteral("ticket_type.create"), QT_TR_NOOP("Ticket type created")},
        {QStringLiteral("ticket_type.update"), QT_TR_NOOP("Ticket type changed")},
        {QStringLiteral("ticket_type.delete"), QT_TR_NOOP("Ticket type deleted")},
        {QStringLiteral("order.cash_sale"), QT_TR_NOOP("Cash sale")},
        {QStringLiteral("order.refund"), QT_TR_NOOP("Refund")},
        {QStringLiteral("user.set_role"), QT_TR_NOOP("Role changed")},
    };
    const auto it = labels.constFind(action);
    return it == labels.constEnd() ? action : tr(*it); // a newer server's codes show as they are
}

QString AuditLogModel::entityLabel(const QString &entity)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("event"), QT_TR_NOOP("Event")},
        {QStringLiteral("performance"), QT_TR_NOOP("Performance")},
        {QStringLiteral("ticket_type"), QT_TR_NOOP("Ticket type")},
        {QStringLiteral("order"), QT_TR_NOOP("Order")},
        {QStringLiteral("user"), QT_TR_NOOP("User")},
    };
    const auto it = labels.constFind(entity);
    return it == labels.constEnd() ? entity : tr(*it);
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    const Entry *e = entry(index.row());
    if (!index.isValid() || !e)
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TimeColumn:
            return DisplayFormat::dateTime(e->at);
        case UserColumn:
            return e->username.isEmpty() ? tr("(system)") : e->username;
        case ActionColumn:
            return actionLabel(e->action);
        case EntityColumn:
            return entityLabel(e->entity);
        case EntityIdColumn:
            return e->entityId > 0 ? QVariant(e->entityId) : QVariant();
        }
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case ActionColumn:
        return tr("Action");
    case EntityColumn:
        return tr("Record");
    case EntityIdColumn:
        return tr("Id");
    }
    return {};
}

} // namespace mq::client
