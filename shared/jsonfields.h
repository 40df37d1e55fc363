#pragma once

#include <QJsonValue>
#include <QtGlobal>

#include <optional>

namespace mq {

// A JSON number that is a whole number within ±2^53 (the range JSON doubles hold exactly).
std::optional<qint64> jsonInteger(const QJsonValue &value);

} // namespace mq
