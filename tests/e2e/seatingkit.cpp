#include "seatingkit.h"

#include "support/catalogseed.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QSet>
#include <QtDebug>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace seating {

namespace {

QString placeKey(const QString &section, const QString &row, const QString &label)
{
    return section + u'/' + row + u'/' + label;
}

qint64 idOf(const TestClient::Response &r, const char *method, const QString &key)
{
    const qint64 id = r.result.value(key).toObject().value(u"id"_s).toInteger();
    if (!r.ok || id <= 0) {
        qWarning("%s failed: %s", method, qPrintable(r.toString()));
        return 0;
    }
    return id;
}

} // namespace

// --- LayoutBuilder ------------------------------------------------------------------------

LayoutBuilder &LayoutBuilder::focus(double x, double y)
{
    m_focus = QJsonObject{{u"x"_s, x}, {u"y"_s, y}};
    return *this;
}

LayoutBuilder &LayoutBuilder::section(const QString &name)
{
    m_sections.append(QJsonObject{{u"name"_s, name}, {u"rows"_s, QJsonArray()}});
    return *this;
}

LayoutBuilder &LayoutBuilder::row(const QString &label, const QString &pattern, double y)
{
    if (m_sections.isEmpty())
        section(u"Main"_s);
    QJsonArray seats;
    double x = 0;
    for (const QChar c : pattern) {
        if (c == u'|') {
            if (!seats.isEmpty()) {
                QJsonObject last = seats.last().toObject();
                last.insert(u"aisleAfter"_s, true);
                seats.replace(seats.size() - 1, last);
            }
            x += 1;
            continue;
        }
        QJsonObject seat{{u"label"_s, QString::number(seats.size() + 1)}, {u"x"_s, x}, {u"y"_s, y}};
        if (c == u'w')
            seat.insert(u"accessible"_s, true);
        else if (c == u'c')
            seat.insert(u"companion"_s, true);
        else if (c == u'r')
            seat.insert(u"restrictedView"_s, true);
        seats.append(seat);
        x += 1;
    }
    QJsonObject section = m_sections.last().toObject();
    QJsonArray rows = section.value(u"rows"_s).toArray();
    rows.append(QJsonObject{{u"label"_s, label}, {u"seats"_s, seats}});
    section.insert(u"rows"_s, rows);
    m_sections.replace(m_sections.size() - 1, section);
    return *this;
}

LayoutBuilder &LayoutBuilder::grid(const QString &sectionName, int rows, int seats, double y0)
{
    section(sectionName);
    for (int r = 0; r < rows; ++r)
        row(rowLabel(r), QString(seats, u'o'), y0 + r);
    return *this;
}

QJsonObject LayoutBuilder::layout() const
{
    QJsonObject layout{{u"sections"_s, m_sections}};
    if (m_focus)
        layout.insert(u"focus"_s, *m_focus);
    return layout;
}

QJsonObject LayoutBuilder::params(const QString &name) const
{
    return {{u"name"_s, name}, {u"layout"_s, layout()}};
}

QString rowLabel(int index)
{
    if (index < 26)
        return QString(QChar(u'A' + index));
    return QString(QChar(u'A' + index / 26 - 1)) + QChar(u'A' + index % 26);
}

// --- Venue --------------------------------------------------------------------------------

qint64 Venue::seatId(const QString &section, const QString &row, const QString &label) const
{
    const auto it = indexByPlace.constFind(placeKey(section, row, label));
    if (it == indexByPlace.cend()) {
        qWarning("no seat %s in venue %lld", qPrintable(placeKey(section, row, label)), id);
        return 0;
    }
    return seats.at(*it).id;
}

QList<qint64> Venue::seatIds(const QString &section, const QString &row,
                             const QStringList &labels) const
{
    QList<qint64> ids;
    for (const QString &label : labels)
        ids.append(seatId(section, row, label));
    return ids;
}

QList<qint64> Venue::rowIds(const QString &section, const QString &row) const
{
    QList<qint64> ids;
    for (const Seat &s : seats) {
        if (s.section == section && s.row == row)
            ids.append(s.id);
    }
    return ids;
}

QList<qint64> Venue::allIds() const
{
    QList<qint64> ids;
    for (const Seat &s : seats)
        ids.append(s.id);
    return ids;
}

Venue parseVenue(const QJsonObject &venue)
{
    Venue v;
    v.id = venue.value(u"id"_s).toInteger();
    v.name = venue.value(u"name"_s).toString();
    v.seatCount = venue.value(u"seatCount"_s).toInteger();
    const QJsonObject focus = venue.value(u"focus"_s).toObject();
    v.focusX = focus.value(u"x"_s).toDouble(std::numeric_limits<double>::quiet_NaN());
    v.focusY = focus.value(u"y"_s).toDouble(std::numeric_limits<double>::quiet_NaN());
    for (const QJsonValue &sv : venue.value(u"sections"_s).toArray()) {
        const QJsonObject section = sv.toObject();
        const QString sectionName = section.value(u"name"_s).toString();
        for (const QJsonValue &rv : section.value(u"rows"_s).toArray()) {
            const QJsonObject row = rv.toObject();
            const QString rowLabel = row.value(u"label"_s).toString();
            QList<int> rowIndexes;
            for (const QJsonValue &seatValue : row.value(u"seats"_s).toArray()) {
                const QJsonObject o = seatValue.toObject();
                Seat s;
                s.id = o.value(u"id"_s).toInteger();
                s.index = int(v.seats.size());
                s.section = sectionName;
                s.row = rowLabel;
                s.label = o.value(u"label"_s).toString();
                s.x = o.value(u"x"_s).toDouble(std::numeric_limits<double>::quiet_NaN());
                s.y = o.value(u"y"_s).toDouble(std::numeric_limits<double>::quiet_NaN());
                s.accessible = o.value(u"accessible"_s).toBool();
                s.aisleAfter = o.value(u"aisleAfter"_s).toBool();
                s.companion = o.value(u"companion"_s).toBool();
                s.restrictedView = o.value(u"restrictedView"_s).toBool();
                s.note = o.value(u"note"_s).toString();
                v.indexByPlace.insert(placeKey(sectionName, rowLabel, s.label), s.index);
                v.indexById.insert(s.id, s.index);
                rowIndexes.append(s.index);
                v.seats.append(s);
            }
            v.rows.append(rowIndexes);
        }
    }
    return v;
}

// --- Seat maps ----------------------------------------------------------------------------

QChar SeatMap::statusOf(const Venue &venue, qint64 seatId) const
{
    const int index = venue.indexById.value(seatId, -1);
    return index >= 0 && index < status.size() ? status.at(index) : u'?';
}

qint64 SeatMap::categoryOf(const Venue &venue, qint64 seatId) const
{
    const int index = venue.indexById.value(seatId, -1);
    return index >= 0 && index < categories.size() ? categories.at(index) : -1;
}

SeatMap getMap(TestClient &client, qint64 performanceId)
{
    SeatMap map;
    const TestClient::Response r =
        client.call(u"seats.getMap"_s, {{u"performanceId"_s, performanceId}}, 30000);
    if (!r.ok) {
        map.error = u"seats.getMap: "_s + r.toString();
        return map;
    }
    map.ok = true;
    map.performanceId = r.result.value(u"performanceId"_s).toInteger();
    map.venueId = r.result.value(u"venueId"_s).toInteger();
    map.version = r.result.value(u"version"_s).toInteger();
    map.status = r.result.value(u"status"_s).toString();
    for (const QJsonValue &v : r.result.value(u"categories"_s).toArray())
        map.categories.append(v.toInteger(-1));
    return map;
}

// --- Creating records ----------------------------------------------------------------------

Venue createVenue(TestClient &manager, const QString &name, const QJsonObject &layout)
{
    const TestClient::Response r =
        manager.call(u"admin.createVenue"_s, {{u"name"_s, name}, {u"layout"_s, layout}}, 120000);
    if (!r.ok) {
        qWarning("admin.createVenue %s: %s", qPrintable(name), qPrintable(r.toString()));
        return {};
    }
    return parseVenue(r.result.value(u"venue"_s).toObject());
}

qint64 createReservedPerformance(TestClient &manager, qint64 eventId, qint64 venueId,
                                 const QDateTime &startsAt, bool noSingleSeats)
{
    QJsonObject params{{u"eventId"_s, eventId},
                       {u"startsAt"_s, seed::wireTime(startsAt)},
                       {u"seating"_s, u"reserved"_s},
                       {u"venueId"_s, venueId}};
    if (noSingleSeats)
        params.insert(u"noSingleSeats"_s, true);
    return idOf(manager.call(u"admin.createPerformance"_s, params, 60000),
                "admin.createPerformance", u"performance"_s);
}

qint64 createSeatedType(TestClient &manager, qint64 performanceId, const QString &name,
                        qint64 priceCents, const QList<qint64> &seatIds)
{
    return idOf(manager.call(u"admin.createTicketType"_s,
                             {{u"performanceId"_s, performanceId},
                              {u"name"_s, name},
                              {u"priceCents"_s, priceCents},
                              {u"seatIds"_s, idArray(seatIds)}},
                             60000),
                "admin.createTicketType", u"ticketType"_s);
}

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return array;
}

QList<qint64> idList(const QJsonValue &array)
{
    QList<qint64> ids;
    for (const QJsonValue &v : array.toArray())
        ids.append(v.toInteger());
    return ids;
}

QList<qint64> sortedIds(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

TestClient::Response holdSeats(TestClient &client, qint64 performanceId,
                               const QList<qint64> &seatIds, int timeoutMs)
{
    return client.call(u"hold.create"_s,
                       {{u"performanceId"_s, performanceId}, {u"seatIds"_s, idArray(seatIds)}},
                       timeoutMs);
}

QList<qint64> holdSeatIds(const QJsonObject &hold)
{
    QList<qint64> ids;
    for (const QJsonValue &item : hold.value(u"items"_s).toArray())
        ids += idList(item.toObject().value(u"seatIds"_s));
    return sortedIds(ids);
}

qint64 holdId(const TestClient::Response &r)
{
    return r.result.value(u"hold"_s).toObject().value(u"id"_s).toInteger();
}

QJsonObject ticketTypeNumbers(TestClient &client, qint64 performanceId, qint64 ticketTypeId)
{
    const TestClient::Response r =
        client.call(u"catalog.getPerformance"_s, {{u"performanceId"_s, performanceId}}, 30000);
    for (const QJsonValue &v :
         r.result.value(u"performance"_s).toObject().value(u"ticketTypes"_s).toArray()) {
        if (v.toObject().value(u"id"_s).toInteger() == ticketTypeId)
            return v.toObject();
    }
    qWarning("ticket type %lld not in performance %lld: %s", ticketTypeId, performanceId,
             qPrintable(r.toString()));
    return {};
}

QString numbersAgainstMap(TestClient &client, qint64 performanceId, const Venue &venue)
{
    const SeatMap map = getMap(client, performanceId);
    if (!map.ok)
        return map.error;
    if (map.status.size() != venue.seats.size() || map.categories.size() != venue.seats.size())
        return u"map of %1 statuses and %2 categories for %3 seats"_s.arg(map.status.size())
            .arg(map.categories.size())
            .arg(venue.seats.size());
    const TestClient::Response r =
        client.call(u"catalog.getPerformance"_s, {{u"performanceId"_s, performanceId}}, 30000);
    if (!r.ok)
        return u"catalog.getPerformance: "_s + r.toString();
    QStringList problems;
    QSet<qint64> types;
    for (const QJsonValue &v :
         r.result.value(u"performance"_s).toObject().value(u"ticketTypes"_s).toArray()) {
        const QJsonObject t = v.toObject();
        const qint64 id = t.value(u"id"_s).toInteger();
        types.insert(id);
        qint64 capacity = 0, sold = 0, held = 0, available = 0;
        for (qsizetype i = 0; i < map.categories.size(); ++i) {
            if (map.categories.at(i) != id)
                continue;
            const QChar s = map.status.at(i);
            capacity += s == u'b' ? 0 : 1;
            sold += s == u's' ? 1 : 0;
            held += s == u'h' ? 1 : 0;
            available += s == u'a' ? 1 : 0;
        }
        const auto check = [&](const char *field, qint64 expected) {
            const qint64 actual = t.value(QLatin1StringView(field)).toInteger(-1);
            if (actual != expected)
                problems.append(u"type %1 %2 = %3, the map says %4"_s.arg(id)
                                    .arg(QLatin1StringView(field))
                                    .arg(actual)
                                    .arg(expected));
        };
        check("capacity", capacity);
        check("sold", sold);
        check("held", held);
        check("remaining", available);
    }
    for (qsizetype i = 0; i < map.categories.size(); ++i) {
        const qint64 c = map.categories.at(i);
        const QChar s = map.status.at(i);
        if (c != 0 && !types.contains(c))
            problems.append(u"seat %1 in unknown category %2"_s.arg(venue.seats.at(i).id).arg(c));
        if (c == 0 && s != u'x' && s != u'b')
            problems.append(
                u"seat %1 without category has status %2"_s.arg(venue.seats.at(i).id).arg(s));
        if (c != 0 && s == u'x')
            problems.append(u"seat %1 of category %2 is 'x'"_s.arg(venue.seats.at(i).id).arg(c));
    }
    return problems.join(u"; "_s);
}

// --- Best available -------------------------------------------------------------------------

QList<qint64> referenceBestAvailable(const Venue &venue, const SeatMap &map, qint64 ticketTypeId,
                                     int quantity)
{
    struct Block
    {
        QList<qint64> ids;
        double sum = 0;
        bool restricted = false;
    };
    QList<Block> blocks;
    for (const QList<int> &row : venue.rows) {
        for (qsizetype start = 0; start + quantity <= row.size(); ++start) {
            Block b;
            bool ok = true;
            for (int k = 0; k < quantity && ok; ++k) {
                const int index = row.at(start + k);
                const Seat &s = venue.seats.at(index);
                ok = map.status.at(index) == u'a' && map.categories.at(index) == ticketTypeId &&
                     !s.accessible && (k == quantity - 1 || !s.aisleAfter);
                b.ids.append(s.id);
                b.sum += std::hypot(s.x - venue.focusX, s.y - venue.focusY);
                b.restricted = b.restricted || s.restrictedView;
            }
            if (ok)
                blocks.append(b);
        }
    }
    const bool anyClear =
        std::any_of(blocks.cbegin(), blocks.cend(), [](const Block &b) { return !b.restricted; });
    double best = std::numeric_limits<double>::infinity();
    for (const Block &b : std::as_const(blocks)) {
        if (!(anyClear && b.restricted))
            best = std::min(best, b.sum);
    }
    const Block *winner = nullptr;
    for (const Block &b : std::as_const(blocks)) {
        if ((anyClear && b.restricted) || b.sum > best + 1e-6)
            continue;
        if (!winner || b.ids.first() < winner->ids.first())
            winner = &b;
    }
    return winner ? winner->ids : QList<qint64>();
}

// --- Pushes -------------------------------------------------------------------------------

QJsonObject nextSeatsChanged(TestClient &subscriber, qint64 performanceId, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QJsonObject params;
        if (!subscriber.waitForPush(u"seats.changed"_s, &params,
                                    int(qMax<qint64>(1, deadline.remainingTime()))))
            return {};
        if (params.value(u"performanceId"_s).toInteger() == performanceId)
            return params;
    }
    return {};
}

QMap<qint64, QPair<QString, qint64>> pushedSeats(const QJsonObject &push)
{
    QMap<qint64, QPair<QString, qint64>> seats;
    for (const QJsonValue &v : push.value(u"seats"_s).toArray()) {
        const QJsonObject s = v.toObject();
        seats.insert(s.value(u"id"_s).toInteger(),
                     {s.value(u"status"_s).toString(), s.value(u"ticketTypeId"_s).toInteger(-1)});
    }
    return seats;
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact).left(3000));
}

QString compact(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact).left(3000));
}

QString idText(const QList<qint64> &ids)
{
    QStringList parts;
    for (const qint64 id : ids)
        parts.append(QString::number(id));
    return u"["_s + parts.join(u","_s) + u"]"_s;
}

} // namespace seating
