#include "services/timezones.h"

#include "services/serviceerror.h"

#include <QMutex>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace mq::services {

namespace {

QMutex &mutex()
{
    static QMutex m;
    return m;
}

QString &current()
{
    static QString zone = TimeZones::systemZone();
    return zone;
}

} // namespace

QString TimeZones::defaultZone()
{
    const QMutexLocker lock(&mutex());
    return current();
}

void TimeZones::setDefaultZone(const QString &zone)
{
    const QMutexLocker lock(&mutex());
    current() = zone;
}

QString TimeZones::systemZone()
{
    const QByteArray id = QTimeZone::systemTimeZoneId();
    // A machine without an IANA id (or with a bare offset) gets UTC.
    if (id.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(id))
        return u"UTC"_s;
    return QString::fromLatin1(id);
}

bool TimeZones::isKnown(const QString &zone)
{
    // Ids are plain ASCII ("America/Argentina/Buenos_Aires", "Etc/GMT+8").
    if (zone.isEmpty() || zone.size() > 64)
        return false;
    for (const QChar c : zone) {
        if (c.unicode() > 127)
            return false;
    }
    return QTimeZone::isTimeZoneIdAvailable(zone.toLatin1());
}

QString TimeZones::checked(const QString &zone, const QString &field)
{
    const QString trimmed = zone.trimmed();
    if (!isKnown(trimmed))
        throw ServiceError(RpcError::validation(
            field, u"Unknown time zone \"%1\": give an IANA id such as Asia/Shanghai"_s.arg(trimmed.left(64))));
    return trimmed;
}

} // namespace mq::services
