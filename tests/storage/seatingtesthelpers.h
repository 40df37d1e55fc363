#pragma once

// Building venue layouts and finding their seats, for the reserved-seating tests.

#include "shared/seating.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <initializer_list>

namespace seating_test {

using mq::Id;

struct SeatSpec
{
    QString label;
    double x = 0;
    double y = 0;
    QJsonObject extra; // accessible, aisleAfter, companion, restrictedView, note
};

struct RowSpec
{
    QString label;
    QList<SeatSpec> seats;

    // Seat n (1-based) gets attribute `key` = true.
    RowSpec &flag(int n, const QString &key)
    {
        seats[n - 1].extra.insert(key, true);
        return *this;
    }
};

struct SectionSpec
{
    QString name;
    QList<RowSpec> rows;
};

// `count` seats labelled 1..count at x = x0, x0 + dx, … on the line y.
inline RowSpec straightRow(const QString &label, int count, double y, double x0 = 0, double dx = 1)
{
    RowSpec row{label, {}};
    for (int i = 0; i < count; ++i)
        row.seats.append(SeatSpec{QString::number(i + 1), x0 + i * dx, y, {}});
    return row;
}

inline QJsonObject toLayout(const QList<SectionSpec> &sections, const QJsonObject &focus = {})
{
    QJsonArray sectionsJson;
    for (const SectionSpec &section : sections) {
        QJsonArray rows;
        for (const RowSpec &row : section.rows) {
            QJsonArray seats;
            for (const SeatSpec &seat : row.seats) {
                QJsonObject s = seat.extra;
                s.insert(QStringLiteral("label"), seat.label);
                s.insert(QStringLiteral("x"), seat.x);
                s.insert(QStringLiteral("y"), seat.y);
                seats.append(s);
            }
            rows.append(QJsonObject{{QStringLiteral("label"), row.label}, {QStringLiteral("seats"), seats}});
        }
        sectionsJson.append(QJsonObject{{QStringLiteral("name"), section.name}, {QStringLiteral("rows"), rows}});
    }
    QJsonObject layout{{QStringLiteral("sections"), sectionsJson}};
    if (!focus.isEmpty())
        layout.insert(QStringLiteral("focus"), focus);
    return layout;
}

inline QJsonObject point(double x, double y)
{
    return QJsonObject{{QStringLiteral("x"), x}, {QStringLiteral("y"), y}};
}

// Every seat id of the venue, ascending: the order of seats.getMap.
inline QList<Id> allSeats(const mq::Venue &venue)
{
    QList<Id> ids;
    for (const mq::VenueSection &section : venue.sections) {
        for (const mq::VenueRow &row : section.rows) {
            for (const mq::VenueSeat &seat : row.seats)
                ids.append(seat.id);
        }
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

// The seats of row `rowLabel` (in any section; the first match), in row order.
inline QList<Id> rowSeats(const mq::Venue &venue, const QString &rowLabel)
{
    for (const mq::VenueSection &section : venue.sections) {
        for (const mq::VenueRow &row : section.rows) {
            if (row.label == rowLabel) {
                QList<Id> ids;
                for (const mq::VenueSeat &seat : row.seats)
                    ids.append(seat.id);
                return ids;
            }
        }
    }
    return {};
}

// Seats labelled n of row `rowLabel`, for each n given (1-based labels as straightRow makes them).
inline QList<Id> seats(const mq::Venue &venue, const QString &rowLabel, std::initializer_list<int> numbers)
{
    const QList<Id> row = rowSeats(venue, rowLabel);
    QList<Id> ids;
    for (int n : numbers)
        ids.append(row.value(n - 1));
    return ids;
}

inline Id seat(const mq::Venue &venue, const QString &rowLabel, int number)
{
    return rowSeats(venue, rowLabel).value(number - 1);
}

// Seats first..last (inclusive, 1-based) of a row.
inline QList<Id> seatRange(const mq::Venue &venue, const QString &rowLabel, int first, int last)
{
    const QList<Id> row = rowSeats(venue, rowLabel);
    return row.mid(first - 1, last - first + 1);
}

// In-process tests open a fresh database per test, whose ids start again at 1; VenueGeometry
// caches layouts by venue id for the whole process. Every test's venues therefore get ids no
// earlier test used.
inline void startVenueIdsAt(mq::storage::Database &db, qint64 firstId)
{
    db.write([&] {
        if (db.dialect().isPostgres()) {
            db.execDirect(QStringLiteral("ALTER TABLE venues ALTER COLUMN id RESTART WITH %1").arg(firstId));
        } else {
            db.exec(QStringLiteral("DELETE FROM sqlite_sequence WHERE name = 'venues'"));
            db.exec(QStringLiteral("INSERT INTO sqlite_sequence (name, seq) VALUES ('venues', ?)"),
                    {firstId - 1});
        }
    });
}

} // namespace seating_test
