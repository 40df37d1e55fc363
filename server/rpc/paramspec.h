#pragma once

#include "shared/rpcerror.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <limits>
#include <optional>

namespace mq::rpc {

// IdList: an array of distinct positive ids, between `min` and `max` of them. ObjectList: an
// array of `min` to `max` objects, each checked against `fields` (named "items[2].quantity").
enum class FieldType { Integer, Id, String, Object, Time, Boolean, IdList, ObjectList };

// One declared parameter of a method. The dispatcher checks every declared field before the
// handler runs, so handlers read values that are present and of the right type and range.
struct Field
{
    QString name;
    FieldType type = FieldType::String;
    bool required = true;
    qint64 min = std::numeric_limits<qint64>::min(); // Integer: smallest value
    qint64 max = std::numeric_limits<qint64>::max(); // Integer: largest; String: most characters
    QStringList allowed = {};                        // String: the only values accepted
    QList<Field> fields = {};                        // Object: its own fields
};

inline Field required(const QString &name, FieldType type) { return Field{name, type, true}; }
inline Field optional(const QString &name, FieldType type) { return Field{name, type, false}; }
inline Field requiredInt(const QString &name, qint64 min, qint64 max)
{
    return Field{name, FieldType::Integer, true, min, max};
}
inline Field idList(const QString &name, bool isRequired, qint64 minCount, qint64 maxCount)
{
    return Field{name, FieldType::IdList, isRequired, minCount, maxCount};
}
inline Field text(const QString &name, bool isRequired, qint64 maxLength)
{
    return Field{name, FieldType::String, isRequired, 0, maxLength};
}

// Returns the first problem as a 422 naming the field (dotted for nested objects).
std::optional<RpcError> validateParams(const QJsonObject &params, const QList<Field> &spec,
                                       const QString &prefix = {});

// Typed access to validated params.
class Params
{
public:
    explicit Params(const QJsonObject &object) : m_object(object) {}

    bool has(const QString &name) const;
    qint64 integer(const QString &name) const;
    QString string(const QString &name) const;
    QDateTime time(const QString &name) const;
    QJsonObject object(const QString &name) const;
    std::optional<qint64> optInteger(const QString &name) const;
    std::optional<QString> optString(const QString &name) const;
    std::optional<QDateTime> optTime(const QString &name) const;
    bool boolean(const QString &name) const;
    std::optional<bool> optBoolean(const QString &name) const;
    QList<qint64> ids(const QString &name) const;
    QJsonArray array(const QString &name) const;
    std::optional<QList<qint64>> optIds(const QString &name) const;

private:
    QJsonObject m_object;
};

} // namespace mq::rpc
