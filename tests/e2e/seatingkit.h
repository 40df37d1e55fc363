#pragma once

#include "support/testclient.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

// What the reserved-seating black-box tests share: building layouts, reading venues and seat
// maps as PROTOCOL.md "Reserved seating" describes them, and a reference "best available"
// written from the contract's words, to judge the server's choice.
namespace seating {

// Builds admin.createVenue layouts from row patterns, one character a seat:
//   'o' a seat, 'w' a wheelchair place (accessible), 'c' a companion seat, 'r' restricted view;
//   '|' after a seat puts aisleAfter on it and leaves one pitch of space.
// Seats are labelled 1, 2, … from the left; x is the column, y the row's y.
class LayoutBuilder
{
public:
    LayoutBuilder &focus(double x, double y);
    LayoutBuilder &section(const QString &name);
    LayoutBuilder &row(const QString &label, const QString &pattern, double y);
    // A section of `rows` rows A, B, … of `seats` seats each, one pitch apart, starting at y0.
    LayoutBuilder &grid(const QString &sectionName, int rows, int seats, double y0 = 1.0);

    QJsonObject layout() const;
    // {name, layout}: the params of admin.createVenue.
    QJsonObject params(const QString &name) const;

private:
    std::optional<QJsonObject> m_focus;
    QJsonArray m_sections;
};

QString rowLabel(int index); // A … Z, then AA, AB, …

struct Seat
{
    qint64 id = 0;
    int index = 0; // position in the venue's seat order
    QString section;
    QString row;
    QString label;
    double x = 0;
    double y = 0;
    bool accessible = false;
    bool aisleAfter = false;
    bool companion = false;
    bool restrictedView = false;
    QString note;
};

struct Venue
{
    qint64 id = 0;
    QString name;
    qint64 seatCount = 0;
    double focusX = 0;
    double focusY = 0;
    QList<Seat> seats;                // in the venue's seat order
    QList<QList<int>> rows;           // seat indexes of every row, in row order
    QHash<QString, int> indexByPlace; // "section/row/label" -> index
    QHash<qint64, int> indexById;

    bool isValid() const { return id > 0 && !seats.isEmpty(); }
    qint64 seatId(const QString &section, const QString &row, const QString &label) const;
    // The ids of these seat labels of one row.
    QList<qint64> seatIds(const QString &section, const QString &row,
                          const QStringList &labels) const;
    QList<qint64> rowIds(const QString &section, const QString &row) const;
    QList<qint64> allIds() const;
    const Seat &seat(qint64 id) const { return seats.at(indexById.value(id)); }
};

// Parses a Venue object as catalog.getVenue answers it; an invalid Venue when it is not one.
Venue parseVenue(const QJsonObject &venue);

struct SeatMap
{
    bool ok = false;
    QString error;
    qint64 performanceId = 0;
    qint64 venueId = 0;
    qint64 version = 0;
    QString status;
    QList<qint64> categories;

    QChar statusOf(const Venue &venue, qint64 seatId) const;
    qint64 categoryOf(const Venue &venue, qint64 seatId) const;
    int count(QChar status) const { return int(this->status.count(status)); }
};

SeatMap getMap(TestClient &client, qint64 performanceId);

// admin.createVenue; the parsed venue, invalid on failure (the answer goes to qWarning).
Venue createVenue(TestClient &manager, const QString &name, const QJsonObject &layout);
// A reserved performance of that venue; 0 on failure.
qint64 createReservedPerformance(TestClient &manager, qint64 eventId, qint64 venueId,
                                 const QDateTime &startsAt, bool noSingleSeats = false);
// A price category of a reserved performance holding those seats; 0 on failure.
qint64 createSeatedType(TestClient &manager, qint64 performanceId, const QString &name,
                        qint64 priceCents, const QList<qint64> &seatIds);

QJsonArray idArray(const QList<qint64> &ids);
QList<qint64> idList(const QJsonValue &array); // as given
QList<qint64> sortedIds(QList<qint64> ids);

// hold.create {performanceId, seatIds}.
TestClient::Response holdSeats(TestClient &client, qint64 performanceId,
                               const QList<qint64> &seatIds, int timeoutMs = 10000);
// The hold's seat ids over all its items, ascending.
QList<qint64> holdSeatIds(const QJsonObject &hold);
qint64 holdId(const TestClient::Response &r);

// The ticket type's numbers as catalog.getPerformance shows them (empty when not found).
QJsonObject ticketTypeNumbers(TestClient &client, qint64 performanceId, qint64 ticketTypeId);

// Empty when every ticket type of the reserved performance has capacity/sold/held/remaining
// equal to the counts of its seats in the map; else what differs.
QString numbersAgainstMap(TestClient &client, qint64 performanceId, const Venue &venue);

// The contract's best available: `quantity` consecutive seats of a row, all available in the
// map and of that category, none a wheelchair place, no aisleAfter inside; restricted-view
// seats only when no block without them exists; smallest sum of distances from the focus;
// ties (within 1e-6) go to the block whose first seat has the lowest id. Empty when none.
QList<qint64> referenceBestAvailable(const Venue &venue, const SeatMap &map, qint64 ticketTypeId,
                                     int quantity);

// Waits for the next seats.changed push for that performance (others are skipped and
// dropped); an empty object on timeout.
QJsonObject nextSeatsChanged(TestClient &subscriber, qint64 performanceId, int timeoutMs = 5000);
// seat id -> {status letter, ticketTypeId} from a seats.changed push.
QMap<qint64, QPair<QString, qint64>> pushedSeats(const QJsonObject &push);

QString compact(const QJsonObject &o);
QString compact(const QJsonArray &a);
QString idText(const QList<qint64> &ids);

} // namespace seating
