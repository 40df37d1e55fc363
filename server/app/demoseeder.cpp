#include "app/demoseeder.h"

#include "services/clock.h"
#include "storage/catalogrepository.h"
#include "storage/database.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace mq::app {

namespace {

struct TypeSeed
{
    QString name;
    Cents price;
    qint64 capacity;
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
    QList<TypeSeed> types;
};

} // namespace

bool DemoSeeder::seed(storage::Database &db)
{
    const QList<EventSeed> seeds = {
        {u"Interstellar Voyage (IMAX re-release)"_s, u"movie"_s,
         u"Christopher Nolan's space epic back on the giant screen, in English with Chinese subtitles."_s,
         u"Skyline Cinema, Hall 1 (IMAX)"_s, {1, 2, 3, 5}, {QTime(14, 30), QTime(19, 30)},
         {{u"Standard"_s, 6500, 180}, {u"Student"_s, 4500, 60}, {u"VIP recliner"_s, 12000, 24}}},
        {u"Little Forest"_s, u"movie"_s,
         u"A quiet film about seasons, cooking and coming home."_s,
         u"Skyline Cinema, Hall 3"_s, {1, 4}, {QTime(16, 0), QTime(21, 0)},
         {{u"Standard"_s, 4500, 120}, {u"Child (under 12)"_s, 3000, 40}}},
        {u"Shanghai Symphony: New Year Concert"_s, u"concert"_s,
         u"Strauss waltzes, Dvořák's New World Symphony and a Chinese premiere, conducted by Long Yu."_s,
         u"Shanghai Symphony Hall"_s, {30, 31}, {QTime(19, 30)},
         {{u"Stalls"_s, 38000, 400}, {u"Balcony"_s, 22000, 300}, {u"Student rush"_s, 8000, 50}}},
        {u"Jazz at the Bund"_s, u"concert"_s,
         u"A late-night quartet session with standards and new arrangements."_s,
         u"Peace Hotel Jazz Bar"_s, {6, 13}, {QTime(21, 30)},
         {{u"Table seat"_s, 28000, 60}, {u"Standing"_s, 15000, 80}}},
        {u"Treasures of the Silk Road"_s, u"exhibition"_s,
         u"Two hundred objects from Dunhuang to Samarkand. Entry by timed slot."_s,
         u"Shanghai Museum, East Wing"_s, {1, 2, 3}, {QTime(9, 0), QTime(11, 0), QTime(13, 0), QTime(15, 0)},
         {{u"Adult"_s, 5000, 150}, {u"Concession"_s, 2500, 80}, {u"Family (2+2)"_s, 12000, 20}}},
        {u"MU5101 Shanghai Hongqiao → Beijing Capital"_s, u"flight"_s,
         u"China Eastern, Airbus A330. Checked bag 23 kg included in Economy Flex and above."_s,
         u"SHA Terminal 2 → PEK Terminal 2"_s, {3, 4, 7}, {QTime(8, 0), QTime(18, 0)},
         {{u"Economy Saver"_s, 68000, 180}, {u"Economy Flex"_s, 98000, 60}, {u"Business"_s, 268000, 30}}},
        {u"G7 Beijing South → Shanghai Hongqiao"_s, u"train"_s,
         u"Fuxing high-speed train, 4 h 28 min non-stop."_s,
         u"Beijing South Railway Station"_s, {2, 3, 4}, {QTime(9, 0), QTime(14, 0)},
         {{u"Second class"_s, 55300, 900}, {u"First class"_s, 93300, 150}, {u"Business class"_s, 174800, 20}}},
    };
    return db.write([&] {
        storage::CatalogRepository catalog(db);
        if (!catalog.events().isEmpty())
            return false;
        const QDateTime now = services::Clock::now();
        const QTimeZone zone(QByteArrayLiteral("Asia/Shanghai"));
        const QDate today = now.toTimeZone(zone.isValid() ? zone : QTimeZone::utc()).date();
        for (const EventSeed &s : seeds) {
            const Event event = catalog.createEvent(Event{0, s.title, s.category, s.description, {}}, now);
            for (int day : s.days) {
                for (const QTime &time : s.times) {
                    Performance p;
                    p.eventId = event.id;
                    p.startsAt = QDateTime(today.addDays(day), time, zone.isValid() ? zone : QTimeZone::utc())
                                     .toUTC();
                    p.venue = s.venue;
                    p.seating = SeatingGeneral;
                    const Performance created = catalog.createPerformance(p);
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
