#include "storage/venuerepository.h"

#include "shared/utctime.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace mq::storage {

namespace {

constexpr qsizetype SeatsPerInsert = 256;

QString seatInsertSql(qsizetype rows)
{
    QString sql = u"INSERT INTO seats (venue_id, section, row_label, label, x, y, accessible,"
                  " aisle_after, companion, restricted_view, note, section_no, row_no) VALUES "_s;
    const QString one = u"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
    for (qsizetype i = 0; i < rows; ++i)
        sql += (i ? u", "_s : QString()) + one;
    return sql;
}

const QString VenueSummaryColumns =
    u"SELECT id, name, seat_count, focus_x, focus_y, time_zone FROM venues "_s;

Venue readSummary(const QSqlQuery &q)
{
    Venue v;
    v.id = q.value(0).toLongLong();
    v.name = q.value(1).toString();
    v.seatCount = q.value(2).toLongLong();
    v.focusX = q.value(3).toDouble();
    v.focusY = q.value(4).toDouble();
    v.timeZone = q.value(5).toString();
    return v;
}

} // namespace

void VenueRepository::insert(Venue &venue, const QDateTime &now)
{
    {
        QSqlQuery &q = m_db.exec(u"INSERT INTO venues (name, seat_count, focus_x, focus_y, created_at,"
                                 " time_zone) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s,
                                 {venue.name, venue.seatCount, venue.focusX, venue.focusY,
                                  toStorageTime(now), venue.timeZone});
        q.next();
        venue.id = q.value(0).toLongLong();
    }
    // Seats go in as multi-row inserts of a fixed size (the last one padded out by a smaller
    // statement), in layout order.
    QVariantList args;
    qsizetype pending = 0;
    auto flush = [&] {
        if (pending == 0)
            return;
        m_db.exec(seatInsertSql(pending), args);
        args.clear();
        pending = 0;
    };
    int rowNo = 0;
    for (int s = 0; s < venue.sections.size(); ++s) {
        const VenueSection &section = venue.sections.at(s);
        for (const VenueRow &row : section.rows) {
            for (const VenueSeat &seat : row.seats) {
                args << venue.id << section.name << row.label << seat.label << seat.x << seat.y
                     << int(seat.accessible) << int(seat.aisleAfter) << int(seat.companion)
                     << int(seat.restrictedView) << seat.note << s << rowNo;
                if (++pending == SeatsPerInsert)
                    flush();
            }
            ++rowNo;
        }
    }
    flush();
    // Ids were handed out in insertion order; read them back in that order.
    QList<Id> ids;
    ids.reserve(venue.seatCount);
    QSqlQuery &q = m_db.exec(u"SELECT id FROM seats WHERE venue_id = ? ORDER BY id"_s, {venue.id});
    while (q.next())
        ids.append(q.value(0).toLongLong());
    qsizetype i = 0;
    for (VenueSection &section : venue.sections) {
        for (VenueRow &row : section.rows) {
            for (VenueSeat &seat : row.seats)
                seat.id = ids.value(i++);
        }
    }
}

std::optional<Venue> VenueRepository::findSummary(Id id)
{
    QSqlQuery &q = m_db.exec(VenueSummaryColumns + u"WHERE id = ?"_s, {id});
    if (!q.next())
        return std::nullopt;
    return readSummary(q);
}

std::optional<Venue> VenueRepository::find(Id id)
{
    auto venue = findSummary(id);
    if (!venue)
        return std::nullopt;
    QSqlQuery &q = m_db.exec(u"SELECT id, section, row_label, label, x, y, accessible, aisle_after,"
                             " companion, restricted_view, note, section_no, row_no FROM seats"
                             " WHERE venue_id = ? ORDER BY id"_s,
                             {id});
    int sectionNo = -1;
    int rowNo = -1;
    while (q.next()) {
        if (q.value(11).toInt() != sectionNo) {
            sectionNo = q.value(11).toInt();
            venue->sections.append(VenueSection{q.value(1).toString(), {}});
            rowNo = -1;
        }
        VenueSection &section = venue->sections.last();
        if (q.value(12).toInt() != rowNo) {
            rowNo = q.value(12).toInt();
            section.rows.append(VenueRow{q.value(2).toString(), {}});
        }
        VenueSeat seat;
        seat.id = q.value(0).toLongLong();
        seat.label = q.value(3).toString();
        seat.x = q.value(4).toDouble();
        seat.y = q.value(5).toDouble();
        seat.accessible = q.value(6).toInt() != 0;
        seat.aisleAfter = q.value(7).toInt() != 0;
        seat.companion = q.value(8).toInt() != 0;
        seat.restrictedView = q.value(9).toInt() != 0;
        seat.note = q.value(10).toString();
        section.rows.last().seats.append(seat);
    }
    return venue;
}

QList<Venue> VenueRepository::list()
{
    QList<Venue> venues;
    QSqlQuery &q = m_db.exec(VenueSummaryColumns + u"ORDER BY name, id"_s);
    while (q.next())
        venues.append(readSummary(q));
    return venues;
}

bool VenueRepository::isUsed(Id id)
{
    // Tickets keep pointing at their seats after their performance is gone (order history).
    return m_db.scalar(u"SELECT COUNT(*) FROM performances WHERE venue_id = ?"_s, {id}) > 0
           || m_db.scalar(u"SELECT COUNT(*) FROM tickets t JOIN seats s ON s.id = t.seat_id"
                          " WHERE s.venue_id = ?"_s,
                          {id})
                  > 0;
}

std::optional<Venue> VenueRepository::lockSummary(Id id)
{
    QSqlQuery &q = m_db.exec(VenueSummaryColumns + u"WHERE id = ?"_s + m_db.dialect().forUpdate(), {id});
    if (!q.next())
        return std::nullopt;
    Venue v = readSummary(q);
    q.finish();
    return v;
}

void VenueRepository::update(const Venue &venue)
{
    m_db.exec(u"UPDATE venues SET name = ?, time_zone = ? WHERE id = ?"_s,
              {venue.name, venue.timeZone, venue.id});
    // Its performances are where it is: they read their times in its zone.
    m_db.exec(u"UPDATE performances SET time_zone = ? WHERE venue_id = ?"_s, {venue.timeZone, venue.id});
}

void VenueRepository::remove(Id id)
{
    m_db.exec(u"DELETE FROM seats WHERE venue_id = ?"_s, {id});
    m_db.exec(u"DELETE FROM venues WHERE id = ?"_s, {id});
}

QList<SeatRecord> VenueRepository::seats(Id venueId)
{
    QList<SeatRecord> list;
    QSqlQuery &q = m_db.exec(u"SELECT id, section_no, row_no, x, y, accessible, aisle_after,"
                             " restricted_view FROM seats WHERE venue_id = ? ORDER BY id"_s,
                             {venueId});
    while (q.next()) {
        SeatRecord s;
        s.id = q.value(0).toLongLong();
        s.sectionNo = q.value(1).toInt();
        s.rowNo = q.value(2).toInt();
        s.x = q.value(3).toDouble();
        s.y = q.value(4).toDouble();
        s.accessible = q.value(5).toInt() != 0;
        s.aisleAfter = q.value(6).toInt() != 0;
        s.restrictedView = q.value(7).toInt() != 0;
        list.append(s);
    }
    return list;
}

QHash<Id, SeatPlace> VenueRepository::places(const QList<Id> &seatIds)
{
    QHash<Id, SeatPlace> places;
    if (seatIds.isEmpty())
        return places;
    {
        QSqlQuery &q = m_db.exec(u"SELECT id, section, row_label, label, accessible, companion,"
                                 " restricted_view, note FROM seats WHERE "_s
                                     + m_db.dialect().inIdList(u"id"_s),
                                 {m_db.dialect().idList(seatIds)});
        while (q.next()) {
            SeatPlace p;
            p.section = q.value(1).toString();
            p.row = q.value(2).toString();
            p.label = q.value(3).toString();
            p.accessible = q.value(4).toInt() != 0;
            p.companion = q.value(5).toInt() != 0;
            p.restrictedView = q.value(6).toInt() != 0;
            p.note = q.value(7).toString();
            places.insert(q.value(0).toLongLong(), p);
        }
    }
    return places;
}

} // namespace mq::storage
