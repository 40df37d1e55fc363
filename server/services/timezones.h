#pragma once

#include <QString>

namespace mq::services {

// Venues and performances carry an IANA time zone ("Asia/Shanghai"); times stay UTC in storage
// and on the wire, and clients show them in that zone.
class TimeZones
{
public:
    // The zone of venues and performances created without one, and of those that existed before
    // zones did (--default-time-zone; the machine's zone, else UTC).
    static QString defaultZone();
    // Set once at start, before any worker runs.
    static void setDefaultZone(const QString &zone);
    // This machine's zone as an IANA id, or "UTC" when it has none.
    static QString systemZone();
    static bool isKnown(const QString &zone);
    // The zone, trimmed, if the server knows it; else 422 naming `field`.
    static QString checked(const QString &zone, const QString &field);
};

} // namespace mq::services
