#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace mq {

// Wire times: ISO 8601 with a Z or an explicit offset on input, always UTC with Z on output.
std::optional<QDateTime> parseWireTime(const QString &text);
QString toWireTime(const QDateTime &time);

// Storage keeps times as UTC milliseconds since the epoch, the same on every backend.
inline qint64 toStorageTime(const QDateTime &time) { return time.toMSecsSinceEpoch(); }
inline QDateTime fromStorageTime(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

} // namespace mq
