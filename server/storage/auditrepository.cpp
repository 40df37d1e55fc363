#include "storage/auditrepository.h"

#include "shared/utctime.h"
#include "storage/database.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace mq::storage {

namespace {

QVariant jsonOrNull(const QJsonObject &o)
{
    if (o.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parseJson(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

} // namespace

void AuditRepository::append(const AuditEntry &e)
{
    m_db.exec(u"INSERT INTO audit_log (at, user_id, username, action, entity, entity_id, before_json,"
              " after_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
              {toStorageTime(e.at), idOrNull(e.userId), e.username, e.action, e.entity,
               idOrNull(e.entityId), jsonOrNull(e.before), jsonOrNull(e.after)});
}

QList<AuditEntry> AuditRepository::list(int limit, int offset, const AuditFilter &filter)
{
    QList<AuditEntry> list;
    QString where;
    QVariantList args;
    auto add = [&](const QString &condition, const QVariant &arg) {
        where += (where.isEmpty() ? u" WHERE "_s : u" AND "_s) + condition;
        args.append(arg);
    };
    if (filter.userId > 0)
        add(u"user_id = ?"_s, filter.userId);
    if (filter.action.endsWith(u'.'))
        add(u"substr(action, 1, ?) = ?"_s, filter.action.size()), args.append(filter.action);
    else if (!filter.action.isEmpty())
        add(u"action = ?"_s, filter.action);
    if (filter.from)
        add(u"at >= ?"_s, toStorageTime(*filter.from));
    if (filter.to)
        add(u"at <= ?"_s, toStorageTime(*filter.to));
    args << limit << offset;
    QSqlQuery &q = m_db.exec(u"SELECT id, at, user_id, username, action, entity, entity_id,"
                             " before_json, after_json FROM audit_log"_s
                                 + where + u" ORDER BY id DESC LIMIT ? OFFSET ?"_s,
                             args);
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = fromStorageTime(q.value(1).toLongLong());
        e.userId = q.value(2).toLongLong();
        e.username = q.value(3).toString();
        e.action = q.value(4).toString();
        e.entity = q.value(5).toString();
        e.entityId = q.value(6).toLongLong();
        e.before = parseJson(q.value(7));
        e.after = parseJson(q.value(8));
        list.append(e);
    }
    return list;
}

} // namespace mq::storage
