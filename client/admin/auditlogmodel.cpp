#include "admin/auditlogmodel.h"

#include "admin/usertablemodel.h"
#include "core/displayformat.h"
#include "widgets/categories.h"
#include "shared/jsonfields.h"
#include "shared/utctime.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
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
    e.subject = o.value(u"subject"_s).toObject();
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
        {QStringLiteral("venue.create"), QT_TR_NOOP("Venue created")},
        {QStringLiteral("venue.delete"), QT_TR_NOOP("Venue deleted")},
        {QStringLiteral("seats.assign"), QT_TR_NOOP("Seats moved to a category")},
        {QStringLiteral("seats.block"), QT_TR_NOOP("Seats blocked")},
        {QStringLiteral("seats.unblock"), QT_TR_NOOP("Seats unblocked")},
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
        {QStringLiteral("venue"), QT_TR_NOOP("Venue")},
    };
    const auto it = labels.constFind(entity);
    return it == labels.constEnd() ? entity : tr(*it);
}

namespace {

// "15 Jan 19:30", with the year when it is not this one: short enough for a list. A show's
// start reads in its venue's zone, labelled where this computer's clock differs.
QString shortDateTime(const QDateTime &utc, const QString &timeZone)
{
    const QDateTime local = DisplayFormat::inZone(utc, timeZone);
    const QLocale locale;
    const QString format = local.date().year() == QDate::currentDate().year()
                               ? AuditLogModel::tr("d MMM", "a date in the audit log")
                               : AuditLogModel::tr("d MMM yyyy", "a date in the audit log");
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(u":ss"_s).remove(u".ss"_s);
    QString text = locale.toString(local.date(), format) + u' ' + locale.toString(local.time(), timeFormat);
    const QTimeZone zone(timeZone.toLatin1());
    if (zone.isValid() && zone.offsetFromUtc(utc) != QTimeZone::systemTimeZone().offsetFromUtc(utc))
        text += u' ' + DisplayFormat::zoneAbbreviation(utc, zone);
    return text;
}

bool isTimeKey(const QString &key)
{
    return key == u"at"_s || key.endsWith(u"At"_s);
}

// Keys that identify rather than describe: the subject already says which record it is.
bool isIdKey(const QString &key)
{
    return key == u"id"_s || key.endsWith(u"Id"_s) || key == u"version"_s;
}

// The order fields are shown in: the ones people look for first.
int keyRank(const QString &key)
{
    static const QStringList first = {
        u"code"_s,  u"title"_s,    u"name"_s,     u"username"_s, u"displayName"_s,
        u"role"_s,  u"startsAt"_s, u"venue"_s,    u"seating"_s,  u"priceCents"_s,
        u"capacity"_s, u"onSale"_s, u"status"_s,  u"totalCents"_s};
    const qsizetype i = first.indexOf(key);
    return i < 0 ? int(first.size()) : int(i);
}

QStringList orderedKeys(const QJsonObject &a, const QJsonObject &b)
{
    QStringList keys = a.keys();
    for (const QString &k : b.keys()) {
        if (!keys.contains(k))
            keys.append(k);
    }
    std::stable_sort(keys.begin(), keys.end(), [](const QString &x, const QString &y) {
        return keyRank(x) < keyRank(y);
    });
    return keys;
}

} // namespace

QString AuditLogModel::subjectText(const Entry &e)
{
    const QString code = e.subject.value(u"code"_s).toString();
    if (!code.isEmpty())
        return code;
    const QString name = e.subject.value(u"name"_s).toString();
    const QString eventTitle = e.subject.value(u"eventTitle"_s).toString();
    const auto startsAt = parseWireTime(e.subject.value(u"startsAt"_s).toString());
    const QString timeZone = e.subject.value(u"timeZone"_s).toString();
    QString performance;
    if (!eventTitle.isEmpty() && startsAt)
        performance = tr("%1, %2", "event title, start").arg(eventTitle, shortDateTime(*startsAt, timeZone));
    else if (!eventTitle.isEmpty())
        performance = eventTitle;
    else if (startsAt)
        performance = shortDateTime(*startsAt, timeZone);
    if (e.entity == u"performance"_s && !performance.isEmpty())
        return name.isEmpty() ? performance : tr("%1 · %2", "performance, venue").arg(performance, name);
    if (!name.isEmpty() && !performance.isEmpty())
        return tr("%1 — %2", "ticket type — performance").arg(name, performance);
    if (!name.isEmpty())
        return name;
    if (!performance.isEmpty())
        return performance;
    return e.entityId > 0 ? tr("%1 %2").arg(entityLabel(e.entity)).arg(e.entityId)
                          : entityLabel(e.entity);
}

QString AuditLogModel::fieldLabel(const QString &key)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("category"), QT_TR_NOOP("Category")},
        {QStringLiteral("description"), QT_TR_NOOP("Description")},
        {QStringLiteral("startsAt"), QT_TR_NOOP("Starts")},
        {QStringLiteral("timeZone"), QT_TR_NOOP("Time zone")},
        {QStringLiteral("venue"), QT_TR_NOOP("Venue")},
        {QStringLiteral("seating"), QT_TR_NOOP("Seating")},
        {QStringLiteral("noSingleSeats"), QT_TR_NOOP("Leave no single seat")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("priceCents"), QT_TR_NOOP("Price")},
        {QStringLiteral("capacity"), QT_TR_NOOP("Capacity")},
        {QStringLiteral("sold"), QT_TR_NOOP("Sold")},
        {QStringLiteral("held"), QT_TR_NOOP("Held")},
        {QStringLiteral("remaining"), QT_TR_NOOP("Remaining")},
        {QStringLiteral("onSale"), QT_TR_NOOP("On sale")},
        {QStringLiteral("code"), QT_TR_NOOP("Order")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("totalCents"), QT_TR_NOOP("Total")},
        {QStringLiteral("paymentProvider"), QT_TR_NOOP("Payment")},
        {QStringLiteral("createdAt"), QT_TR_NOOP("Created")},
        {QStringLiteral("items"), QT_TR_NOOP("Items")},
        {QStringLiteral("tickets"), QT_TR_NOOP("Tickets")},
        {QStringLiteral("username"), QT_TR_NOOP("Username")},
        {QStringLiteral("displayName"), QT_TR_NOOP("Name")},
        {QStringLiteral("role"), QT_TR_NOOP("Role")},
        {QStringLiteral("seatIds"), QT_TR_NOOP("Seats")},
        {QStringLiteral("blocked"), QT_TR_NOOP("Blocked")},
        {QStringLiteral("seatCount"), QT_TR_NOOP("Seats")},
        {QStringLiteral("ticketTypes"), QT_TR_NOOP("Ticket types")},
        {QStringLiteral("performances"), QT_TR_NOOP("Performances")},
    };
    const auto it = labels.constFind(key);
    return it == labels.constEnd() ? key : tr(*it);
}

QString AuditLogModel::valueText(const QString &key, const QJsonValue &value, const QString &timeZone)
{
    const QLocale locale;
    if (value.isNull() || value.isUndefined())
        return tr("(none)");
    if (value.isBool())
        return value.toBool() ? tr("Yes") : tr("No");
    if (value.isDouble()) {
        const qint64 n = value.toInteger();
        if (key.endsWith(u"Cents"_s))
            return DisplayFormat::money(n);
        return locale.toString(n);
    }
    if (value.isArray()) {
        const int n = int(value.toArray().size());
        if (key == u"seatIds"_s)
            return tr("%Ln seat(s)", nullptr, n);
        if (key == u"tickets"_s)
            return tr("%Ln ticket(s)", nullptr, n);
        return tr("%Ln item(s)", nullptr, n);
    }
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    const QString text = value.toString();
    if (isTimeKey(key)) {
        if (const auto time = parseWireTime(text))
            return key == u"startsAt"_s ? DisplayFormat::showTime(*time, timeZone) : DisplayFormat::dateTime(*time);
    }
    if (key == u"seating"_s)
        return text == SeatingReserved ? tr("Reserved seating") : tr("General admission");
    if (key == u"role"_s) {
        if (const auto role = roleFromName(text))
            return UserTableModel::roleLabel(*role);
    }
    if (key == u"category"_s)
        return Categories::label(text);
    if (text.isEmpty())
        return tr("(empty)");
    // One line each: a long description is cut, with its start kept.
    QString line = text.simplified();
    if (line.size() > 80)
        line = line.left(79) + u'…';
    return u"“"_s + line + u"”"_s;
}

QStringList AuditLogModel::changeLines(const Entry &e)
{
    const QJsonObject before = e.before.toObject();
    const QJsonObject after = e.after.toObject();
    const bool both = e.before.isObject() && e.after.isObject();
    QStringList lines;
    for (const QString &key : orderedKeys(before, after)) {
        // Remaining is sold, held and capacity told again.
        if (isIdKey(key) || key == u"remaining"_s)
            continue;
        const QJsonValue old = before.value(key);
        const QJsonValue now = after.value(key);
        // Nothing sold or held is no news when a record is made or removed.
        if (!both && (key == u"sold"_s || key == u"held"_s) &&
            (e.after.isObject() ? now : old).toInteger() == 0)
            continue;
        if (both) {
            if (old == now)
                continue;
            lines << tr("%1: %2 → %3").arg(fieldLabel(key),
                                          valueText(key, old, before.value(u"timeZone"_s).toString()),
                                          valueText(key, now, after.value(u"timeZone"_s).toString()));
        } else {
            const QJsonObject &record = e.after.isObject() ? after : before;
            lines << tr("%1: %2").arg(fieldLabel(key), valueText(key, e.after.isObject() ? now : old,
                                                                 record.value(u"timeZone"_s).toString()));
        }
    }
    return lines;
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
        case SubjectColumn:
            return subjectText(*e);
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
    case SubjectColumn:
        return tr("What");
    }
    return {};
}

} // namespace mq::client
