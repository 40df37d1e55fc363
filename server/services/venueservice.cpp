#include "services/venueservice.h"

#include "services/adminservice.h"
#include "services/clock.h"
#include "services/serviceerror.h"
#include "services/timezones.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/venuerepository.h"

#include <QJsonArray>
#include <QMutex>
#include <QSet>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace mq::services {

namespace {

constexpr qsizetype MaxLabel = 64;
constexpr qsizetype MaxNote = 200;

[[noreturn]] void invalid(const QString &field, const QString &message)
{
    throw ServiceError(RpcError::validation(field, message));
}

QString label(const QJsonObject &o, const QString &key, const QString &field)
{
    const QJsonValue v = o.value(key);
    if (!v.isString() || v.toString().isEmpty())
        invalid(field, u"%1 must be a non-empty string"_s.arg(field));
    const QString s = v.toString();
    if (s.size() > MaxLabel || s.contains(QChar(u'\0')))
        invalid(field, u"%1 must be at most %2 characters"_s.arg(field).arg(MaxLabel));
    return s;
}

double coordinate(const QJsonObject &o, const QString &key, const QString &field)
{
    const QJsonValue v = o.value(key);
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        invalid(field, u"%1 must be a finite number"_s.arg(field));
    return v.toDouble();
}

bool flag(const QJsonObject &o, const QString &key, const QString &field)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return false;
    if (!v.isBool())
        invalid(field, u"%1 must be true or false"_s.arg(field));
    return v.toBool();
}

QJsonArray array(const QJsonObject &o, const QString &key, const QString &field)
{
    const QJsonValue v = o.value(key);
    if (!v.isArray() || v.toArray().isEmpty())
        invalid(field, u"%1 must be a non-empty array"_s.arg(field));
    return v.toArray();
}

QJsonObject object(const QJsonValue &v, const QString &field)
{
    if (!v.isObject())
        invalid(field, u"%1 must be an object"_s.arg(field));
    return v.toObject();
}

} // namespace

Venue VenueService::parseLayout(const QString &name, const QJsonObject &layout)
{
    Venue venue;
    venue.name = AdminService::checkedTitle(name, u"name"_s);
    const QJsonArray sections = array(layout, u"sections"_s, u"layout.sections"_s);
    double minX = std::numeric_limits<double>::infinity();
    double maxX = -minX;
    double minY = minX;
    for (qsizetype s = 0; s < sections.size(); ++s) {
        const QString sField = u"layout.sections[%1]"_s.arg(s);
        const QJsonObject sectionJson = object(sections.at(s), sField);
        VenueSection section;
        section.name = label(sectionJson, u"name"_s, sField + u".name"_s);
        const QJsonArray rows = array(sectionJson, u"rows"_s, sField + u".rows"_s);
        QSet<QString> rowLabels;
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const QString rField = sField + u".rows[%1]"_s.arg(r);
            const QJsonObject rowJson = object(rows.at(r), rField);
            VenueRow row;
            row.label = label(rowJson, u"label"_s, rField + u".label"_s);
            if (rowLabels.contains(row.label))
                invalid(rField + u".label"_s, u"Row %1 appears twice in section %2"_s.arg(row.label, section.name));
            rowLabels.insert(row.label);
            const QJsonArray seats = array(rowJson, u"seats"_s, rField + u".seats"_s);
            if (venue.seatCount + seats.size() > MaxSeats)
                invalid(u"layout.sections"_s, u"A layout has at most %1 seats"_s.arg(MaxSeats));
            QSet<QString> seatLabels;
            for (qsizetype k = 0; k < seats.size(); ++k) {
                const QString kField = rField + u".seats[%1]"_s.arg(k);
                const QJsonObject seatJson = object(seats.at(k), kField);
                VenueSeat seat;
                seat.label = label(seatJson, u"label"_s, kField + u".label"_s);
                if (seatLabels.contains(seat.label))
                    invalid(kField + u".label"_s, u"Seat %1 appears twice in row %2"_s.arg(seat.label, row.label));
                seatLabels.insert(seat.label);
                seat.x = coordinate(seatJson, u"x"_s, kField + u".x"_s);
                seat.y = coordinate(seatJson, u"y"_s, kField + u".y"_s);
                seat.accessible = flag(seatJson, u"accessible"_s, kField + u".accessible"_s);
                seat.aisleAfter = flag(seatJson, u"aisleAfter"_s, kField + u".aisleAfter"_s);
                seat.companion = flag(seatJson, u"companion"_s, kField + u".companion"_s);
                seat.restrictedView = flag(seatJson, u"restrictedView"_s, kField + u".restrictedView"_s);
                const QJsonValue note = seatJson.value(u"note"_s);
                if (!note.isUndefined() && !note.isNull()) {
                    if (!note.isString() || note.toString().size() > MaxNote
                        || note.toString().contains(QChar(u'\0')))
                        invalid(kField + u".note"_s,
                                u"%1 must be a string of at most %2 characters"_s.arg(kField + u".note"_s).arg(MaxNote));
                    seat.note = note.toString().trimmed();
                }
                minX = std::min(minX, seat.x);
                maxX = std::max(maxX, seat.x);
                minY = std::min(minY, seat.y);
                row.seats.append(seat);
                ++venue.seatCount;
            }
            section.rows.append(row);
        }
        venue.sections.append(section);
    }
    const QJsonValue focus = layout.value(u"focus"_s);
    if (focus.isUndefined() || focus.isNull()) {
        // The middle of the layout's smallest-y edge: where a stage or screen usually is.
        venue.focusX = (minX + maxX) / 2;
        venue.focusY = minY;
    } else {
        const QJsonObject f = object(focus, u"layout.focus"_s);
        venue.focusX = coordinate(f, u"x"_s, u"layout.focus.x"_s);
        venue.focusY = coordinate(f, u"y"_s, u"layout.focus.y"_s);
    }
    return venue;
}

Venue VenueService::create(const Caller &caller, const QString &name, const QJsonObject &layout,
                           const QString &timeZone)
{
    Venue venue = parseLayout(name, layout);
    venue.timeZone = timeZone.isEmpty() ? TimeZones::defaultZone()
                                        : TimeZones::checked(timeZone, u"timeZone"_s);
    m_db.write([&] {
        const QDateTime now = Clock::now();
        storage::VenueRepository(m_db).insert(venue, now);
        storage::AuditRepository(m_db).append(storage::AuditEntry{
            0, now, caller.user.id, caller.user.username, u"venue.create"_s, u"venue"_s, venue.id,
            {}, venue.summaryJson(), {}});
    });
    return venue;
}

Venue VenueService::update(const Caller &caller, Id id, const std::optional<QString> &name,
                           const std::optional<QString> &timeZone)
{
    const std::optional<QString> newName =
        name ? std::optional(AdminService::checkedTitle(*name, u"name"_s)) : std::nullopt;
    const std::optional<QString> newZone =
        timeZone ? std::optional(TimeZones::checked(*timeZone, u"timeZone"_s)) : std::nullopt;
    return m_db.write([&] {
        storage::VenueRepository venues(m_db);
        auto venue = venues.lockSummary(id);
        if (!venue)
            throw ServiceError(RpcError::notFound(u"Venue"_s));
        const QJsonObject before = venue->summaryJson();
        venue->name = newName.value_or(venue->name);
        venue->timeZone = newZone.value_or(venue->timeZone);
        venues.update(*venue);
        storage::AuditRepository(m_db).append(storage::AuditEntry{
            0, Clock::now(), caller.user.id, caller.user.username, u"venue.update"_s, u"venue"_s, id,
            before, venue->summaryJson(), {}});
        return *venue;
    });
}

Venue VenueService::get(Id id)
{
    const auto venue = m_db.read([&] { return storage::VenueRepository(m_db).find(id); });
    if (!venue)
        throw ServiceError(RpcError::notFound(u"Venue"_s));
    return *venue;
}

QJsonObject VenueService::getJson(Id id)
{
    static QMutex mutex;
    static QHash<std::pair<QString, Id>, QJsonObject> cache;
    const std::pair<QString, Id> key{m_db.url().displayName(), id};
    // The summary is read every time: name and time zone may change (on any instance), the
    // layout never does.
    const auto summary = m_db.read([&] { return storage::VenueRepository(m_db).findSummary(id); });
    QMutexLocker lock(&mutex);
    if (!summary) {
        cache.remove(key);
        throw ServiceError(RpcError::notFound(u"Venue"_s));
    }
    const auto current = [&](QJsonObject json) {
        json.insert(u"name"_s, summary->name);
        json.insert(u"timeZone"_s, summary->timeZone);
        return json;
    };
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return current(*it);
    lock.unlock();
    const QJsonObject json = get(id).toJson();
    lock.relock();
    if (cache.size() >= 64)
        cache.clear(); // venues are few; a crude bound keeps a long-running server's memory flat
    cache.insert(key, json);
    return json;
}

QList<Venue> VenueService::list()
{
    return m_db.read([&] { return storage::VenueRepository(m_db).list(); });
}

void VenueService::remove(const Caller &caller, Id id)
{
    m_db.write([&] {
        storage::VenueRepository venues(m_db);
        const auto venue = venues.findSummary(id);
        if (!venue)
            throw ServiceError(RpcError::notFound(u"Venue"_s));
        if (venues.isUsed(id))
            throw ServiceError(RpcError::make(
                ErrorCode::Conflict, Reason::VenueInUse,
                u"A performance or a ticket sold for one uses this venue; it stays for their history"_s));
        venues.remove(id);
        storage::AuditRepository(m_db).append(storage::AuditEntry{
            0, Clock::now(), caller.user.id, caller.user.username, u"venue.delete"_s, u"venue"_s, id,
            venue->summaryJson(), {}, {}});
    });
}

} // namespace mq::services
