#include "rpc/paramspec.h"

#include "shared/jsonfields.h"
#include "shared/utctime.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace mq::rpc {

std::optional<RpcError> validateParams(const QJsonObject &params, const QList<Field> &spec,
                                       const QString &prefix)
{
    for (const Field &field : spec) {
        const QString name = prefix + field.name;
        const QJsonValue value = params.value(field.name);
        if (value.isUndefined() || value.isNull()) {
            if (field.required)
                return RpcError::validation(name, u"%1 is required"_s.arg(name));
            continue;
        }
        switch (field.type) {
        case FieldType::Integer:
        case FieldType::Id: {
            const auto n = jsonInteger(value);
            const qint64 min = field.type == FieldType::Id ? 1 : field.min;
            if (!n)
                return RpcError::validation(name, u"%1 must be a whole number"_s.arg(name));
            if (*n < min || *n > field.max) {
                if (field.type == FieldType::Id)
                    return RpcError::validation(name, u"%1 must be a positive id"_s.arg(name));
                return RpcError::validation(
                    name, u"%1 must be between %2 and %3"_s.arg(name).arg(min).arg(field.max));
            }
            break;
        }
        case FieldType::String: {
            if (!value.isString())
                return RpcError::validation(name, u"%1 must be a string"_s.arg(name));
            const QString s = value.toString();
            // PostgreSQL text cannot hold NUL; refuse it everywhere so both backends agree.
            if (s.contains(QChar(u'\0')))
                return RpcError::validation(name, u"%1 must not contain NUL characters"_s.arg(name));
            if (s.size() > field.max)
                return RpcError::validation(
                    name, u"%1 is too long (at most %2 characters)"_s.arg(name).arg(field.max));
            if (!field.allowed.isEmpty() && !field.allowed.contains(s))
                return RpcError::validation(
                    name, u"%1 must be one of: %2"_s.arg(name, field.allowed.join(u", "_s)));
            break;
        }
        case FieldType::Time:
            if (!value.isString() || !parseWireTime(value.toString()))
                return RpcError::validation(
                    name, u"%1 must be an ISO 8601 time with a zone, e.g. 2026-12-31T19:30:00Z"_s.arg(name));
            break;
        case FieldType::Boolean:
            if (!value.isBool())
                return RpcError::validation(name, u"%1 must be true or false"_s.arg(name));
            break;
        case FieldType::IdList: {
            if (!value.isArray())
                return RpcError::validation(name, u"%1 must be an array of ids"_s.arg(name));
            const QJsonArray array = value.toArray();
            if (array.size() < field.min || array.size() > field.max)
                return RpcError::validation(
                    name, u"%1 must list %2 to %3 ids"_s.arg(name).arg(field.min).arg(field.max));
            QSet<qint64> seen;
            seen.reserve(array.size());
            for (const QJsonValue &item : array) {
                const auto id = jsonInteger(item);
                if (!id || *id < 1)
                    return RpcError::validation(name, u"%1 must hold positive ids only"_s.arg(name));
                if (seen.contains(*id))
                    return RpcError::validation(name, u"%1 lists %2 twice"_s.arg(name).arg(*id));
                seen.insert(*id);
            }
            break;
        }
        case FieldType::ObjectList: {
            if (!value.isArray())
                return RpcError::validation(name, u"%1 must be an array"_s.arg(name));
            const QJsonArray array = value.toArray();
            if (array.size() < field.min || array.size() > field.max)
                return RpcError::validation(
                    name, u"%1 must hold %2 to %3 entries"_s.arg(name).arg(field.min).arg(field.max));
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QString entry = u"%1[%2]"_s.arg(name).arg(i);
                if (!array.at(i).isObject())
                    return RpcError::validation(entry, u"%1 must be an object"_s.arg(entry));
                if (auto nested = validateParams(array.at(i).toObject(), field.fields, entry + u'.'))
                    return nested;
            }
            break;
        }
        case FieldType::Object:
            if (!value.isObject())
                return RpcError::validation(name, u"%1 must be an object"_s.arg(name));
            if (auto nested = validateParams(value.toObject(), field.fields, name + u'.'))
                return nested;
            break;
        }
    }
    return std::nullopt;
}

bool Params::has(const QString &name) const
{
    const QJsonValue v = m_object.value(name);
    return !v.isUndefined() && !v.isNull();
}

qint64 Params::integer(const QString &name) const
{
    return jsonInteger(m_object.value(name)).value_or(0);
}

QString Params::string(const QString &name) const
{
    return m_object.value(name).toString();
}

QDateTime Params::time(const QString &name) const
{
    return parseWireTime(m_object.value(name).toString()).value_or(QDateTime());
}

QJsonObject Params::object(const QString &name) const
{
    return m_object.value(name).toObject();
}

std::optional<qint64> Params::optInteger(const QString &name) const
{
    return has(name) ? std::optional(integer(name)) : std::nullopt;
}

std::optional<QString> Params::optString(const QString &name) const
{
    return has(name) ? std::optional(string(name)) : std::nullopt;
}

std::optional<QDateTime> Params::optTime(const QString &name) const
{
    return has(name) ? std::optional(time(name)) : std::nullopt;
}

bool Params::boolean(const QString &name) const
{
    return m_object.value(name).toBool();
}

std::optional<bool> Params::optBoolean(const QString &name) const
{
    return has(name) ? std::optional(boolean(name)) : std::nullopt;
}

QList<qint64> Params::ids(const QString &name) const
{
    QList<qint64> list;
    const QJsonArray array = m_object.value(name).toArray();
    list.reserve(array.size());
    for (const QJsonValue &v : array)
        list.append(jsonInteger(v).value_or(0));
    return list;
}

QJsonArray Params::array(const QString &name) const
{
    return m_object.value(name).toArray();
}

std::optional<QList<qint64>> Params::optIds(const QString &name) const
{
    return has(name) ? std::optional(ids(name)) : std::nullopt;
}

} // namespace mq::rpc
