#include "app/demoseeder.h"

#include "services/clock.h"
#include "services/venueservice.h"
#include "storage/catalogrepository.h"
#include "storage/database.h"
#include "storage/seatrepository.h"
#include "storage/venuerepository.h"

#include <QFile>
#include <QJsonDocument>
#include <QTimeZone>

#include <functional>

using namespace Qt::StringLiterals;

namespace mq::app {

namespace {

struct TypeSeed
{
    QString name;
    Cents price;
    qint64 capacity; // general admission
};

// Where a seat is, as a price category rule sees it.
struct SeatSpot
{
    const VenueSection &section;
    int row;      // index of the row in its section
    int rowCount; // rows in the section
    const VenueSeat &seat;
};

// A price category of a reserved performance: the seats for which `takes` is true and that no
// earlier category took. The last category takes what is left.
struct CategorySeed
{
    QString name;
    Cents price;
    std::function<bool(const SeatSpot &)> takes;
};

struct EventSeed
{
    QString title;
    QString category;
    QString description;
    QString venue;
    // Days from today and local (Asia/Shanghai) times of the performances.
    QList<int> days;
    QList<QTime> times;
    QList<TypeSeed> types;           // general admission
    QString venueFile = {};          // reserved seating: a sample venue in :/venues
    QList<CategorySeed> categories = {};
    bool noSingleSeats = false;
};

// Every demo venue is in Shanghai (or leaves from it): its times read the same on any computer.
const QString DemoTimeZone = u"Asia/Shanghai"_s;

bool always(const SeatSpot &)
{
    return true;
}

QList<EventSeed> seeds()
{
    auto rowsBefore = [](int n) { return [n](const SeatSpot &s) { return s.row < n; }; };
    auto section = [](const QString &name) { return [name](const SeatSpot &s) { return s.section.name == name; }; };
    return {
        {u"Interstellar Voyage (IMAX re-release)"_s, u"movie"_s,
         u"Christopher Nolan's space epic back on the giant screen, in English with Chinese subtitles."_s,
         {}, {1, 2, 3, 5}, {QTime(14, 30), QTime(19, 30)}, {}, u"cinema-hall.json"_s,
         {{u"Front rows"_s, 4500, rowsBefore(3)},
          {u"VIP recliner"_s, 12000, [](const SeatSpot &s) { return s.row >= s.rowCount - 3; }},
          {u"Standard"_s, 6500, always}},
         true},
        {u"Little Forest"_s, u"movie"_s,
         u"A quiet film about seasons, cooking and coming home."_s,
         u"Skyline Cinema, Hall 3"_s, {1, 4}, {QTime(16, 0), QTime(21, 0)},
         {{u"Standard"_s, 4500, 120}, {u"Child (under 12)"_s, 3000, 40}}},
        {u"Shanghai Symphony: New Year Concert"_s, u"concert"_s,
         u"Strauss waltzes, Dvořák's New World Symphony and a Chinese premiere, conducted by Long Yu."_s,
         {}, {30, 31}, {QTime(19, 30)}, {}, u"concert-hall.json"_s,
         {{u"Premium stalls"_s, 58000, [](const SeatSpot &s) { return s.section.name == u"Stalls"_s && s.row < 8; }},
          {u"Stalls"_s, 38000, section(u"Stalls"_s)},
          {u"Balcony"_s, 22000, always}}},
        {u"Mayday: Fly to 2027 World Tour"_s, u"concert"_s,
         u"Taiwan's biggest band brings its stadium show to Shanghai: two and a half hours, every hit."_s,
         {}, {45}, {QTime(19, 0)}, {}, u"stadium.json"_s,
         {{u"Lower tier"_s, 128000, rowsBefore(12)},
          {u"Middle tier"_s, 88000, rowsBefore(26)},
          {u"Upper tier"_s, 48000, always}}},
        {u"Jazz at the Bund"_s, u"concert"_s,
         u"A late-night quartet session with standards and new arrangements."_s,
         u"Peace Hotel Jazz Bar"_s, {6, 13}, {QTime(21, 30)},
         {{u"Table seat"_s, 28000, 60}, {u"Standing"_s, 15000, 80}}},
        {u"Treasures of the Silk Road"_s, u"exhibition"_s,
         u"Two hundred objects from Dunhuang to Samarkand. Entry by timed slot."_s,
         u"Shanghai Museum, East Wing"_s, {1, 2, 3}, {QTime(9, 0), QTime(11, 0), QTime(13, 0), QTime(15, 0)},
         {{u"Adult"_s, 5000, 150}, {u"Concession"_s, 2500, 80}, {u"Family (2+2)"_s, 12000, 20}}},
        {u"MU5101 Shanghai Hongqiao → Beijing Capital"_s, u"flight"_s,
         u"China Eastern, Airbus A320. Checked bag 23 kg included in Economy Flex and above."_s,
         u"SHA Terminal 2 → PEK Terminal 3"_s, {3, 4, 7}, {QTime(8, 0), QTime(18, 0)}, {}, u"a320.json"_s,
         {{u"Business"_s, 268000, section(u"Business"_s)},
          {u"Economy Flex"_s, 98000, rowsBefore(7)},
          {u"Economy Saver"_s, 68000, always}}},
        {u"G7 Beijing South → Shanghai Hongqiao"_s, u"train"_s,
         u"Fuxing high-speed train, 4 h 28 min non-stop."_s,
         u"Beijing South Railway Station"_s, {2, 3, 4}, {QTime(9, 0), QTime(14, 0)}, {}, u"train-car.json"_s,
         {{u"Second class, table seat"_s, 58300, [](const SeatSpot &s) { return s.row == 0 || s.row == s.rowCount - 1; }},
          {u"Second class"_s, 55300, always}}},
    };
}

// Sample venues ship in the server's resources, as the params of admin.createVenue.
Venue loadVenue(const QString &file)
{
    QFile f(u":/venues/"_s + file);
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error("missing sample venue " + file.toStdString());
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    return services::VenueService::parseLayout(o.value(u"name"_s).toString(), o.value(u"layout"_s).toObject());
}

void seedCategories(storage::Database &db, const Venue &venue, const Performance &p,
                    const QList<CategorySeed> &categories)
{
    QList<QList<Id>> seatsOf(categories.size());
    for (const VenueSection &section : venue.sections) {
        for (int r = 0; r < section.rows.size(); ++r) {
            for (const VenueSeat &seat : section.rows.at(r).seats) {
                const SeatSpot spot{section, r, int(section.rows.size()), seat};
                for (qsizetype c = 0; c < categories.size(); ++c) {
                    if (c == categories.size() - 1 || categories.at(c).takes(spot)) {
                        seatsOf[c].append(seat.id);
                        break;
                    }
                }
            }
        }
    }
    storage::CatalogRepository catalog(db);
    storage::SeatRepository seats(db);
    QList<Id> typeIds;
    for (qsizetype c = 0; c < categories.size(); ++c) {
        TicketType type;
        type.performanceId = p.id;
        type.name = categories.at(c).name;
        type.priceCents = categories.at(c).price;
        const TicketType created = catalog.createTicketType(type);
        seats.setCategory(p.id, seatsOf.at(c), created.id);
        typeIds.append(created.id);
    }
    seats.recount(typeIds);
}

} // namespace

bool DemoSeeder::seed(storage::Database &db)
{
    return db.write([&] {
        storage::CatalogRepository catalog(db);
        if (!catalog.events().isEmpty())
            return false;
        const QDateTime now = services::Clock::now();
        const QTimeZone zone(DemoTimeZone.toLatin1());
        const QDate today = now.toTimeZone(zone.isValid() ? zone : QTimeZone::utc()).date();
        QHash<QString, Venue> venues;
        for (const EventSeed &s : seeds()) {
            const Event event = catalog.createEvent(Event{0, s.title, s.category, s.description, {}}, now);
            const bool reserved = !s.venueFile.isEmpty();
            if (reserved && !venues.contains(s.venueFile)) {
                Venue venue = loadVenue(s.venueFile);
                venue.timeZone = DemoTimeZone;
                storage::VenueRepository(db).insert(venue, now);
                venues.insert(s.venueFile, venue);
            }
            for (int day : s.days) {
                for (const QTime &time : s.times) {
                    Performance p;
                    p.eventId = event.id;
                    p.startsAt = QDateTime(today.addDays(day), time, zone.isValid() ? zone : QTimeZone::utc())
                                     .toUTC();
                    p.venue = s.venue;
                    p.timeZone = DemoTimeZone;
                    p.seating = reserved ? SeatingReserved : SeatingGeneral;
                    if (reserved) {
                        const Venue &venue = venues.value(s.venueFile);
                        p.venueId = venue.id;
                        p.noSingleSeats = s.noSingleSeats;
                        if (p.venue.isEmpty())
                            p.venue = venue.name;
                    }
                    const Performance created = catalog.createPerformance(p);
                    if (reserved) {
                        storage::SeatRepository(db).createForPerformance(created.id, *p.venueId);
                        seedCategories(db, venues.value(s.venueFile), created, s.categories);
                        continue;
                    }
                    for (const TypeSeed &t : s.types) {
                        TicketType type;
                        type.performanceId = created.id;
                        type.name = t.name;
                        type.priceCents = t.price;
                        type.capacity = t.capacity;
                        catalog.createTicketType(type);
                    }
                }
            }
        }
        return true;
    });
}

} // namespace mq::app
