// Reserved seating over the wire, judged by the contract (PROTOCOL.md "Reserved seating" and the
// project's extensions): venues, reserved performances, price categories by seat, blocked
// seats, seat maps and their versions, seats.changed, holds, best available, checkout, expiry,
// the single-seat rule and the staff frame limit.
#include "seatingkit.h"

#include "support/catalogseed.h"
#include "support/rpcassert.h"
#include "support/serverfixture.h"

#include "shared/envelope.h"
#include "shared/frame.h"
#include "shared/utctime.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QScopeGuard>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QtEndian>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace seating;

namespace {

constexpr int ShortHoldSeconds = 2;

QSet<QString> keysOf(const QJsonObject &o)
{
    const QStringList keys = o.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

QString keyList(const QSet<QString> &keys)
{
    QStringList list(keys.begin(), keys.end());
    list.sort();
    return list.join(u", "_s);
}

// Replaces (or, with an undefined value, removes) the value at a path of keys and array
// indexes, e.g. {"layout", "sections", "0", "rows", "2", "label"}.
QJsonValue setPath(const QJsonValue &root, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString head = path.takeFirst();
    bool isIndex = false;
    const int index = head.toInt(&isIndex);
    if (isIndex && root.isArray()) {
        QJsonArray array = root.toArray();
        if (path.isEmpty() && value.isUndefined())
            array.removeAt(index);
        else if (index == array.size())
            array.append(setPath(QJsonValue(), path, value));
        else
            array.replace(index, setPath(array.at(index), path, value));
        return array;
    }
    QJsonObject object = root.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(head);
    else
        object.insert(head, setPath(object.value(head), path, value));
    return object;
}

QByteArray frameHeader(quint32 length)
{
    QByteArray h(4, Qt::Uninitialized);
    qToBigEndian<quint32>(length, h.data());
    return h;
}

// A layout of `rows` rows of `perRow` seats with short labels, for the seat-count limits.
QJsonObject countLayout(int rows, int perRow, int extraSeats)
{
    QJsonArray rowArray;
    for (int r = 0; r < rows + (extraSeats > 0 ? 1 : 0); ++r) {
        const int n = r < rows ? perRow : extraSeats;
        QJsonArray seats;
        for (int s = 0; s < n; ++s)
            seats.append(
                QJsonObject{{u"label"_s, QString::number(s + 1)}, {u"x"_s, s}, {u"y"_s, r}});
        rowArray.append(QJsonObject{{u"label"_s, QString::number(r + 1)}, {u"seats"_s, seats}});
    }
    return {{u"sections"_s,
             QJsonArray{QJsonObject{{u"name"_s, u"Everything"_s}, {u"rows"_s, rowArray}}}}};
}

QDateTime wireTimeOf(const QJsonValue &v)
{
    return mq::parseWireTime(v.toString()).value_or(QDateTime());
}

QList<qint64> orderItemSeatsOf(const QJsonObject &order)
{
    QList<qint64> ids;
    for (const QJsonValue &item : order.value(u"items"_s).toArray())
        ids += idList(item.toObject().value(u"seatIds"_s));
    return sortedIds(ids);
}

} // namespace

class TestE2eSeating : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void createVenueValidation_data();
    void createVenueValidation();
    void nonFiniteCoordinateIsRefused();
    void tooManySeatsIsRefused();
    void venueShapeAndSeatIds();
    void defaultFocus();
    void venuesAreForManagers();
    void deleteVenueWhileUsed();
    void reservedPerformance();
    void ticketTypesBySeat();
    void assignAndBlockGuards();
    void versionsAndPushes();
    void holdCreateValidation();
    void holdSeatTakenIsAllOrNone();
    void holdShapeNumbersAndCheckout();
    void generalAdmissionHold();
    void generalAdmissionBasketHold();
    void holdLimitForCustomersOnly();
    void bestAvailableRules();
    void bestAvailableTiesWheelchairsCategories();
    void bestAvailableRestrictedViewLast();
    void bestAvailableValidation();
    void holdsArePrivate();
    void releaseAndListMine();
    void declinedCheckoutKeepsTheHold();
    void purchaseOnReservedNeedsSeats();
    void cancelPutsExactlyThoseSeatsBack();
    void noSingleSeats();
    void salesCloseAtStart();
    void bigLayoutFromManagerSmallFramesForCustomers();
    void bestAvailableTieTolerance();
    void seatIdsAreUniqueAcrossVenues();
    void ticketsCarryTheirSeats();
    void deletingCategoriesAndEvents();
    void quantityHoldOnReservedIsRefused();
    void racingCheckoutsChargeOnce();
    void sampleVenuesAreValid();
    void bestAvailableStrandsNobodyUnderTheRule();
    void partlyNoOpChangesPushOnlyWhatChanged();
    void seatedOrderAfterTheStartStaysSold();
    void checkoutErrorsComeInTheContractsOrder();
    // --hold-seconds 2 server
    void expiryPushesSeatsBack();
    void generalAdmissionHoldExpires();
    void manyHoldsExpireOnTime();
    void checkoutJustAfterExpiryIsGone();
    void checkoutsRacingTheirExpiry();
    void holdOutlivesARestartAndExpiresOnTime();
    void holdExpiringWhileServerIsDown(); // restarts the short-hold server: keep it last

private:
    struct Show
    {
        Venue venue;
        qint64 event = 0;
        qint64 perf = 0;
        bool isValid() const { return venue.isValid() && perf > 0; }
    };
    Show makeShow(TestClient &manager, const QString &title, const QJsonObject &layout,
                  bool noSingleSeats = false);
    // An order through hold.create + order.checkout; the order or an empty object.
    QJsonObject buySeats(TestClient &client, qint64 perf, const QList<qint64> &seatIds,
                         const QJsonObject &payment = seed::sandboxPayment());
    // Empty when the next seats.changed for perf has that version, lists every expected seat
    // with its status and ticket type, and agrees with the current map on every seat it lists.
    QString checkSeatsChanged(TestClient &subscriber, const Show &show, qint64 version,
                              const QMap<qint64, QPair<QString, qint64>> &expected,
                              TestClient *mapReader = nullptr, int timeoutMs = 5000);
    int orderCount(TestClient &client);

    ServerFixture m_fixture{QStringLiteral(MARQUEE_SERVER_BINARY)};
    ServerFixture m_short{QStringLiteral(MARQUEE_SERVER_BINARY)};
    std::unique_ptr<TestClient> m_manager;
    std::unique_ptr<TestClient> m_clerk;
    std::unique_ptr<TestClient> m_alice;
    std::unique_ptr<TestClient> m_bob;
    int m_shows = 0;
};

void TestE2eSeating::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    QVERIFY2(m_short.start({u"--hold-seconds"_s, QString::number(ShortHoldSeconds)}),
             qPrintable(m_short.errorString()));
    m_manager = m_fixture.loginAs(u"manager"_s);
    QVERIFY(m_manager);
    m_clerk = m_fixture.loginAs(u"clerk"_s);
    QVERIFY(m_clerk);
    m_alice = m_fixture.newCustomer(u"alice"_s);
    QVERIFY(m_alice);
    m_bob = m_fixture.newCustomer(u"bob"_s);
    QVERIFY(m_bob);
}

void TestE2eSeating::cleanup()
{
    if (QTest::currentTestFailed()) {
        m_fixture.server().printDiagnostics();
        m_short.server().printDiagnostics();
    }
}

void TestE2eSeating::cleanupTestCase()
{
    QVERIFY2(m_fixture.server().isRunning(), "the server died during the tests");
    QCOMPARE(m_fixture.server().stop(), 0);
    QVERIFY2(m_short.server().isRunning(), "the short-hold server died during the tests");
    QCOMPARE(m_short.server().stop(), 0);
}

TestE2eSeating::Show TestE2eSeating::makeShow(TestClient &manager, const QString &title,
                                              const QJsonObject &layout, bool noSingleSeats)
{
    Show show;
    show.venue = createVenue(manager, title + u" venue"_s, layout);
    if (!show.venue.isValid())
        return show;
    show.event = seed::createEvent(manager, title, u"concert"_s, u"Reserved seating"_s);
    if (!show.event)
        return show;
    show.perf = createReservedPerformance(manager, show.event, show.venue.id,
                                          seed::daysFromNow(40, ++m_shows), noSingleSeats);
    return show;
}

QJsonObject TestE2eSeating::buySeats(TestClient &client, qint64 perf, const QList<qint64> &seatIds,
                                     const QJsonObject &payment)
{
    const TestClient::Response hold = holdSeats(client, perf, seatIds);
    if (!hold.ok) {
        qWarning("hold.create %s: %s", qPrintable(idText(seatIds)), qPrintable(hold.toString()));
        return {};
    }
    const TestClient::Response order =
        client.call(u"order.checkout"_s, {{u"holdId"_s, holdId(hold)}, {u"payment"_s, payment}});
    if (!order.ok) {
        qWarning("order.checkout: %s", qPrintable(order.toString()));
        return {};
    }
    return order.result.value(u"order"_s).toObject();
}

QString TestE2eSeating::checkSeatsChanged(TestClient &subscriber, const Show &show, qint64 version,
                                          const QMap<qint64, QPair<QString, qint64>> &expected,
                                          TestClient *mapReader, int timeoutMs)
{
    const QJsonObject push = nextSeatsChanged(subscriber, show.perf, timeoutMs);
    if (push.isEmpty())
        return u"no seats.changed within %1 ms (expected version %2)"_s.arg(timeoutMs).arg(version);
    if (push.value(u"version"_s).toInteger() != version)
        return u"seats.changed version %1, expected %2: %3"_s
            .arg(push.value(u"version"_s).toInteger())
            .arg(version)
            .arg(compact(push));
    const auto seats = pushedSeats(push);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!seats.contains(it.key()))
            return u"seats.changed lacks seat %1: %2"_s.arg(it.key()).arg(compact(push));
        if (seats.value(it.key()) != it.value())
            return u"seats.changed says seat %1 is %2/%3, expected %4/%5: %6"_s.arg(it.key())
                .arg(seats.value(it.key()).first)
                .arg(seats.value(it.key()).second)
                .arg(it.value().first)
                .arg(it.value().second)
                .arg(compact(push));
    }
    const SeatMap map = getMap(mapReader ? *mapReader : *m_manager, show.perf);
    if (!map.ok)
        return map.error;
    for (auto it = seats.cbegin(); it != seats.cend(); ++it) {
        if (map.version == version &&
            (QString(map.statusOf(show.venue, it.key())) != it.value().first ||
             map.categoryOf(show.venue, it.key()) != it.value().second))
            return u"seats.changed says seat %1 is %2/%3, the map of the same version says %4/%5"_s
                .arg(it.key())
                .arg(it.value().first)
                .arg(it.value().second)
                .arg(map.statusOf(show.venue, it.key()))
                .arg(map.categoryOf(show.venue, it.key()));
    }
    return {};
}

int TestE2eSeating::orderCount(TestClient &client)
{
    const TestClient::Response r = client.call(u"order.listMine"_s);
    return r.ok ? int(r.result.value(u"orders"_s).toArray().size()) : -1;
}

// --- Venues -----------------------------------------------------------------------------------

void TestE2eSeating::createVenueValidation_data()
{
    QTest::addColumn<QJsonObject>("params");
    QTest::addColumn<QString>("field"); // alternatives separated by '|'

    // Rows A (3 seats), B (3 seats), C (6 seats), so rows[2].seats[5] exists.
    LayoutBuilder builder;
    builder.focus(3, 0)
        .section(u"Stalls"_s)
        .row(u"A"_s, u"ooo"_s, 1)
        .row(u"B"_s, u"ooo"_s, 2)
        .row(u"C"_s, u"oooooo"_s, 3);
    const QJsonObject base = builder.params(u"Validation Hall"_s);
    const auto with = [&base](const QStringList &path, const QJsonValue &value) {
        return setPath(base, path, value).toObject();
    };
    const QStringList seat5 = {u"layout"_s, u"sections"_s, u"0"_s, u"rows"_s,
                               u"2"_s,      u"seats"_s,    u"5"_s};
    const QString seat5Field = u"layout.sections[0].rows[2].seats[5]"_s;

    QTest::newRow("no name") << with({u"name"_s}, QJsonValue::Undefined) << u"name"_s;
    QTest::newRow("name not a string") << with({u"name"_s}, 5) << u"name"_s;
    QTest::newRow("no layout") << with({u"layout"_s}, QJsonValue::Undefined) << u"layout"_s;
    QTest::newRow("layout not an object") << with({u"layout"_s}, QJsonArray()) << u"layout"_s;
    QTest::newRow("no sections") << with({u"layout"_s, u"sections"_s}, QJsonValue::Undefined)
                                 << u"layout.sections"_s;
    QTest::newRow("sections not an array")
        << with({u"layout"_s, u"sections"_s}, u"Stalls"_s) << u"layout.sections"_s;
    QTest::newRow("no seats at all")
        << with({u"layout"_s, u"sections"_s}, QJsonArray()) << u"layout.sections|layout"_s;
    QTest::newRow("section without a name")
        << with({u"layout"_s, u"sections"_s, u"0"_s, u"name"_s}, QJsonValue::Undefined)
        << u"layout.sections[0].name"_s;
    QTest::newRow("section without rows")
        << with({u"layout"_s, u"sections"_s, u"0"_s, u"rows"_s}, QJsonArray())
        << u"layout.sections[0].rows"_s;
    QTest::newRow("row without seats")
        << with({u"layout"_s, u"sections"_s, u"0"_s, u"rows"_s, u"2"_s, u"seats"_s}, QJsonArray())
        << u"layout.sections[0].rows[2].seats"_s;
    QTest::newRow("row seats missing")
        << with({u"layout"_s, u"sections"_s, u"0"_s, u"rows"_s, u"1"_s, u"seats"_s},
                QJsonValue::Undefined)
        << u"layout.sections[0].rows[1].seats"_s;
    QTest::newRow("duplicate row label")
        << with({u"layout"_s, u"sections"_s, u"0"_s, u"rows"_s, u"1"_s, u"label"_s}, u"A"_s)
        << u"layout.sections[0].rows[1].label"_s;
    QTest::newRow("empty row label")
        << with({u"layout"_s, u"sections"_s, u"0"_s, u"rows"_s, u"1"_s, u"label"_s}, u""_s)
        << u"layout.sections[0].rows[1].label"_s;
    QTest::newRow("duplicate seat label")
        << with(seat5 + QStringList{u"label"_s}, u"2"_s) << seat5Field + u".label"_s;
    QTest::newRow("empty seat label")
        << with(seat5 + QStringList{u"label"_s}, u""_s) << seat5Field + u".label"_s;
    QTest::newRow("seat label not a string")
        << with(seat5 + QStringList{u"label"_s}, 6) << seat5Field + u".label"_s;
    QTest::newRow("seat without x")
        << with(seat5 + QStringList{u"x"_s}, QJsonValue::Undefined) << seat5Field + u".x"_s;
    QTest::newRow("seat y not a number")
        << with(seat5 + QStringList{u"y"_s}, u"3"_s) << seat5Field + u".y"_s;
    QTest::newRow("seat y null") << with(seat5 + QStringList{u"y"_s}, QJsonValue::Null)
                                 << seat5Field + u".y"_s;
    QTest::newRow("accessible not a bool")
        << with(seat5 + QStringList{u"accessible"_s}, u"yes"_s) << seat5Field + u".accessible"_s;
    QTest::newRow("aisleAfter not a bool")
        << with(seat5 + QStringList{u"aisleAfter"_s}, 1) << seat5Field + u".aisleAfter"_s;
    QTest::newRow("note of 201 characters")
        << with(seat5 + QStringList{u"note"_s}, QString(201, u'n')) << seat5Field + u".note"_s;
    QTest::newRow("focus x not a number")
        << with({u"layout"_s, u"focus"_s, u"x"_s}, u"left"_s) << u"layout.focus.x"_s;
    QTest::newRow("second section's duplicate")
        << with({u"layout"_s, u"sections"_s, u"1"_s},
                QJsonObject{
                    {u"name"_s, u"Balcony"_s},
                    {u"rows"_s,
                     QJsonArray{QJsonObject{
                         {u"label"_s, u"A"_s},
                         {u"seats"_s,
                          QJsonArray{
                              QJsonObject{{u"label"_s, u"1"_s}, {u"x"_s, 0}, {u"y"_s, 9}},
                              QJsonObject{{u"label"_s, u"1"_s}, {u"x"_s, 1}, {u"y"_s, 9}}}}}}}})
        << u"layout.sections[1].rows[0].seats[1].label"_s;
}

void TestE2eSeating::createVenueValidation()
{
    QFETCH(QJsonObject, params);
    QFETCH(QString, field);
    const TestClient::Response r = m_manager->call(u"admin.createVenue"_s, params);
    const QStringList fields = field.split(u'|');
    QVERIFY2(
        !r.ok && r.error.code == 422 && r.error.reason == u"validation"_s &&
            fields.contains(r.error.data.value(u"field"_s).toString()),
        qPrintable(u"expected 422 validation with field %1, got %2"_s.arg(field, r.toString())));
    // Nothing was created.
    const auto list = m_manager->call(u"admin.listVenues"_s);
    MQ_VERIFY_OK(list);
    for (const QJsonValue &v : list.result.value(u"venues"_s).toArray())
        QVERIFY(v.toObject().value(u"name"_s).toString() != u"Validation Hall"_s);
}

void TestE2eSeating::nonFiniteCoordinateIsRefused()
{
    // JSON has no infinity, but 1e999 is valid JSON text for a number too large to hold:
    // either the parser refuses it (-32700) or validation does (422 naming the coordinate).
    auto manager = m_fixture.loginAs(u"manager"_s);
    QVERIFY(manager);
    const QByteArray payload =
        R"({"jsonrpc":"2.0","id":"inf","method":"admin.createVenue","params":{"name":"Infinite Hall","layout":{"sections":[{"name":"S","rows":[{"label":"A","seats":[{"label":"1","x":1e999,"y":1}]}]}]}}})";
    manager->sendRaw(mq::encodeFrame(payload));
    const QJsonObject answer = manager->readMessage(10000);
    QVERIFY2(!answer.isEmpty(), "no answer to a layout with x = 1e999");
    const QJsonObject error = answer.value(u"error"_s).toObject();
    const int code = error.value(u"code"_s).toInt();
    const QString field = error.value(u"data"_s).toObject().value(u"field"_s).toString();
    QVERIFY2(code == -32700 || (code == 422 && field == u"layout.sections[0].rows[0].seats[0].x"_s),
             qPrintable(compact(answer)));
    const auto list = m_manager->call(u"admin.listVenues"_s);
    for (const QJsonValue &v : list.result.value(u"venues"_s).toArray())
        QVERIFY(v.toObject().value(u"name"_s).toString() != u"Infinite Hall"_s);
}

void TestE2eSeating::tooManySeatsIsRefused()
{
    // 100,001 seats (about 3 MB, a staff frame): refused, naming the layout.
    const QJsonObject layout = countLayout(100, 1000, 1);
    QElapsedTimer clock;
    clock.start();
    const TestClient::Response r = m_manager->call(
        u"admin.createVenue"_s, {{u"name"_s, u"Too Big Arena"_s}, {u"layout"_s, layout}}, 120000);
    QVERIFY2(!r.ok && r.error.code == 422 && r.error.reason == u"validation"_s &&
                 r.error.data.value(u"field"_s).toString().startsWith(u"layout"_s),
             qPrintable(r.toString()));
    qInfo("100,001 seats refused in %lld ms", clock.elapsed());
    QVERIFY(m_manager->isConnected());
}

void TestE2eSeating::venueShapeAndSeatIds()
{
    // Flags only when true, notes only when non-empty; labels compared exactly ("A" and "a"
    // are two rows); row labels may repeat across sections.
    const auto seatObj = [](const QString &label, double x, double y,
                            const QJsonObject &extra = {}) {
        QJsonObject s{{u"label"_s, label}, {u"x"_s, x}, {u"y"_s, y}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            s.insert(it.key(), it.value());
        return s;
    };
    const QJsonArray stallsRows{
        QJsonObject{{u"label"_s, u"A"_s},
                    {u"seats"_s,
                     QJsonArray{seatObj(u"1"_s, 1, 2, {{u"accessible"_s, false}}),
                                seatObj(u"2"_s, 2, 2, {{u"aisleAfter"_s, true}}),
                                seatObj(u"3"_s, 4, 2,
                                        {{u"accessible"_s, true}, {u"note"_s, u"Wheelchair"_s}}),
                                seatObj(u"4"_s, 5.5, 2, {{u"companion"_s, true}})}}},
        QJsonObject{{u"label"_s, u"a"_s},
                    {u"seats"_s,
                     QJsonArray{seatObj(u"1"_s, 1, 3.25,
                                        {{u"restrictedView"_s, true}, {u"note"_s, u"Pillar"_s}}),
                                seatObj(u"01"_s, 2, 3.25, {{u"note"_s, u""_s}})}}}};
    const QJsonArray balconyRows{
        QJsonObject{{u"label"_s, u"A"_s},
                    {u"seats"_s, QJsonArray{seatObj(u"1"_s, -3, 10), seatObj(u"2"_s, -2, 10)}}}};
    const QJsonObject layout{
        {u"focus"_s, QJsonObject{{u"x"_s, 3.5}, {u"y"_s, -1}}},
        {u"sections"_s,
         QJsonArray{QJsonObject{{u"name"_s, u"Stalls"_s}, {u"rows"_s, stallsRows}},
                    QJsonObject{{u"name"_s, u"Balcony"_s}, {u"rows"_s, balconyRows}}}}};
    const auto created = m_manager->call(u"admin.createVenue"_s,
                                         {{u"name"_s, u"Shape Hall"_s}, {u"layout"_s, layout}});
    MQ_VERIFY_OK(created);
    const QJsonObject venue = created.result.value(u"venue"_s).toObject();
    const QSet<QString> venueKeys{u"id"_s, u"name"_s, u"seatCount"_s, u"focus"_s, u"sections"_s};
    QVERIFY2(keysOf(venue).contains(venueKeys), qPrintable(keyList(keysOf(venue))));
    QVERIFY(venue.value(u"id"_s).toInteger() > 0);
    QCOMPARE(venue.value(u"name"_s).toString(), u"Shape Hall"_s);
    QCOMPARE(venue.value(u"seatCount"_s).toInteger(), 8);
    QCOMPARE(venue.value(u"focus"_s).toObject().value(u"x"_s).toDouble(), 3.5);
    QCOMPARE(venue.value(u"focus"_s).toObject().value(u"y"_s).toDouble(), -1.0);

    // Everything comes back as given, in order, with increasing ids and nothing extra.
    const QJsonArray sections = venue.value(u"sections"_s).toArray();
    QCOMPARE(sections.size(), 2);
    qint64 lastId = 0;
    const QJsonArray givenSections = layout.value(u"sections"_s).toArray();
    for (qsizetype si = 0; si < sections.size(); ++si) {
        const QJsonObject section = sections.at(si).toObject();
        const QJsonObject given = givenSections.at(si).toObject();
        QVERIFY(keysOf(section).contains({u"name"_s, u"rows"_s}));
        QCOMPARE(section.value(u"name"_s), given.value(u"name"_s));
        const QJsonArray rows = section.value(u"rows"_s).toArray();
        const QJsonArray givenRows = given.value(u"rows"_s).toArray();
        QCOMPARE(rows.size(), givenRows.size());
        for (qsizetype ri = 0; ri < rows.size(); ++ri) {
            const QJsonObject row = rows.at(ri).toObject();
            QVERIFY(keysOf(row).contains({u"label"_s, u"seats"_s}));
            QCOMPARE(row.value(u"label"_s), givenRows.at(ri).toObject().value(u"label"_s));
            const QJsonArray seats = row.value(u"seats"_s).toArray();
            const QJsonArray givenSeats = givenRows.at(ri).toObject().value(u"seats"_s).toArray();
            QCOMPARE(seats.size(), givenSeats.size());
            for (qsizetype k = 0; k < seats.size(); ++k) {
                QJsonObject seat = seats.at(k).toObject();
                const qint64 id = seat.take(u"id"_s).toInteger();
                QVERIFY2(id > lastId, qPrintable(u"seat ids %1 then %2"_s.arg(lastId).arg(id)));
                lastId = id;
                // Expected: what was given, without false flags and empty notes.
                QJsonObject expected = givenSeats.at(k).toObject();
                for (const QString &flag :
                     {u"accessible"_s, u"aisleAfter"_s, u"companion"_s, u"restrictedView"_s}) {
                    if (expected.contains(flag) && !expected.value(flag).toBool())
                        expected.remove(flag);
                }
                if (expected.value(u"note"_s).toString().isEmpty())
                    expected.remove(u"note"_s);
                // The attributes as given, false flags and empty notes left out.
                bool same = true;
                for (const QString &key :
                     {u"label"_s, u"x"_s, u"y"_s, u"accessible"_s, u"aisleAfter"_s, u"companion"_s,
                      u"restrictedView"_s, u"note"_s})
                    same = same && seat.value(key) == expected.value(key);
                QVERIFY2(same, qPrintable(u"seat %1: %2, given %3"_s.arg(id).arg(
                                   compact(seat), compact(expected))));
            }
        }
    }

    // Anyone signed in reads the same venue; staff list it.
    const qint64 venueId = venue.value(u"id"_s).toInteger();
    const auto read = m_alice->call(u"catalog.getVenue"_s, {{u"venueId"_s, venueId}});
    MQ_VERIFY_OK(read);
    QVERIFY2(read.result.value(u"venue"_s).toObject() == venue,
             qPrintable(compact(read.result.value(u"venue"_s).toObject())));
    const auto list = m_manager->call(u"admin.listVenues"_s);
    MQ_VERIFY_OK(list);
    bool listed = false;
    for (const QJsonValue &v : list.result.value(u"venues"_s).toArray()) {
        const QJsonObject summary = v.toObject();
        if (summary.value(u"id"_s).toInteger() != venueId)
            continue;
        listed = true;
        QCOMPARE(summary.value(u"name"_s).toString(), u"Shape Hall"_s);
        QCOMPARE(summary.value(u"seatCount"_s).toInteger(), 8);
    }
    QVERIFY(listed);
}

void TestE2eSeating::defaultFocus()
{
    // Without focus: the middle of the smallest-y edge of the seats' bounding box.
    LayoutBuilder positive;
    positive.section(u"S"_s).row(u"A"_s, u"ooooooooo"_s, 5).row(u"B"_s, u"o"_s, 9);
    QJsonObject layout = positive.layout();
    // Shift the seats: x from 2 to 10, y from 5 to 9.
    layout =
        setPath(layout, {u"sections"_s, u"0"_s, u"rows"_s, u"1"_s, u"seats"_s, u"0"_s, u"x"_s}, 4)
            .toObject();
    for (int k = 0; k < 9; ++k)
        layout = setPath(layout,
                         {u"sections"_s, u"0"_s, u"rows"_s, u"0"_s, u"seats"_s, QString::number(k),
                          u"x"_s},
                         2 + k)
                     .toObject();
    Venue v = createVenue(*m_manager, u"Default Focus Hall"_s, layout);
    QVERIFY(v.isValid());
    QCOMPARE(v.focusX, 6.0);
    QCOMPARE(v.focusY, 5.0);

    // Negative coordinates are coordinates too.
    const QJsonObject negative{
        {u"sections"_s,
         QJsonArray{QJsonObject{
             {u"name"_s, u"S"_s},
             {u"rows"_s,
              QJsonArray{QJsonObject{
                  {u"label"_s, u"A"_s},
                  {u"seats"_s,
                   QJsonArray{QJsonObject{{u"label"_s, u"1"_s}, {u"x"_s, -4}, {u"y"_s, 1}},
                              QJsonObject{{u"label"_s, u"2"_s}, {u"x"_s, 2}, {u"y"_s, -3}}}}}}}}}}};
    v = createVenue(*m_manager, u"Negative Hall"_s, negative);
    QVERIFY(v.isValid());
    QCOMPARE(v.focusX, -1.0);
    QCOMPARE(v.focusY, -3.0);
    const auto read = m_bob->call(u"catalog.getVenue"_s, {{u"venueId"_s, v.id}});
    const QJsonObject readFocus =
        read.result.value(u"venue"_s).toObject().value(u"focus"_s).toObject();
    QCOMPARE(readFocus.value(u"x"_s).toDouble(), -1.0);
    QCOMPARE(readFocus.value(u"y"_s).toDouble(), -3.0);
}

void TestE2eSeating::venuesAreForManagers()
{
    LayoutBuilder b;
    b.grid(u"S"_s, 1, 3);
    const QJsonObject params = b.params(u"Role Hall"_s);
    auto customer = m_fixture.loginAs(u"customer"_s);
    QVERIFY(customer);
    for (TestClient *c : {customer.get(), m_clerk.get()}) {
        MQ_VERIFY_ERROR(c->call(u"admin.createVenue"_s, params), 403, "forbidden");
        MQ_VERIFY_ERROR(c->call(u"admin.listVenues"_s), 403, "forbidden");
        MQ_VERIFY_ERROR(c->call(u"admin.deleteVenue"_s, {{u"id"_s, 1}}), 403, "forbidden");
    }
    auto admin = m_fixture.loginAs(u"admin"_s);
    QVERIFY(admin);
    const Venue v = createVenue(*admin, u"Admin Hall"_s, b.layout());
    QVERIFY(v.isValid());
    MQ_VERIFY_OK(customer->call(u"catalog.getVenue"_s, {{u"venueId"_s, v.id}}));
    MQ_VERIFY_ERROR(customer->call(u"catalog.getVenue"_s, {{u"venueId"_s, 987654321}}), 404,
                    "not_found");
    MQ_VERIFY_FIELD(customer->call(u"catalog.getVenue"_s, {}), "venueId");
    auto anonymous = m_fixture.connect();
    QVERIFY(anonymous);
    MQ_VERIFY_ERROR(anonymous->call(u"catalog.getVenue"_s, {{u"venueId"_s, v.id}}), 401,
                    "not_authenticated");
}

void TestE2eSeating::deleteVenueWhileUsed()
{
    LayoutBuilder b;
    b.grid(u"S"_s, 2, 4);
    const Venue unused = createVenue(*m_manager, u"Unused Hall"_s, b.layout());
    QVERIFY(unused.isValid());
    const auto deleted = m_manager->call(u"admin.deleteVenue"_s, {{u"id"_s, unused.id}});
    MQ_VERIFY_OK(deleted);
    QVERIFY(deleted.result.isEmpty());
    MQ_VERIFY_ERROR(m_manager->call(u"catalog.getVenue"_s, {{u"venueId"_s, unused.id}}), 404,
                    "not_found");
    MQ_VERIFY_ERROR(m_manager->call(u"admin.deleteVenue"_s, {{u"id"_s, unused.id}}), 404,
                    "not_found");

    const Show show = makeShow(*m_manager, u"Used Venue Show"_s, b.layout());
    QVERIFY(show.isValid());
    MQ_VERIFY_CODE(m_manager->call(u"admin.deleteVenue"_s, {{u"id"_s, show.venue.id}}), 409);
    MQ_VERIFY_OK(m_manager->call(u"catalog.getVenue"_s, {{u"venueId"_s, show.venue.id}}));
    // Once nothing uses it, it can go.
    MQ_VERIFY_OK(m_manager->call(u"admin.deletePerformance"_s, {{u"id"_s, show.perf}}));
    MQ_VERIFY_OK(m_manager->call(u"admin.deleteVenue"_s, {{u"id"_s, show.venue.id}}));
}

// --- Reserved performances and categories -----------------------------------------------------

void TestE2eSeating::reservedPerformance()
{
    LayoutBuilder b;
    b.grid(u"S"_s, 3, 5);
    const Venue venue = createVenue(*m_manager, u"Performance Hall"_s, b.layout());
    QVERIFY(venue.isValid());
    QCOMPARE(venue.seats.size(), 15);
    const qint64 event = seed::createEvent(*m_manager, u"Reserved Performance Show"_s);
    QVERIFY(event);
    const QString startsAt = seed::wireTime(seed::daysFromNow(50));

    MQ_VERIFY_FIELD(m_manager->call(u"admin.createPerformance"_s, {{u"eventId"_s, event},
                                                                   {u"startsAt"_s, startsAt},
                                                                   {u"seating"_s, u"reserved"_s}}),
                    "venueId");
    MQ_VERIFY_ERROR(m_manager->call(u"admin.createPerformance"_s, {{u"eventId"_s, event},
                                                                   {u"startsAt"_s, startsAt},
                                                                   {u"seating"_s, u"reserved"_s},
                                                                   {u"venueId"_s, 987654321}}),
                    404, "not_found");

    // `venue` defaults to the venue's name.
    const auto created =
        m_manager->call(u"admin.createPerformance"_s, {{u"eventId"_s, event},
                                                       {u"startsAt"_s, startsAt},
                                                       {u"seating"_s, u"reserved"_s},
                                                       {u"venueId"_s, venue.id}});
    MQ_VERIFY_OK(created);
    const QJsonObject perf = created.result.value(u"performance"_s).toObject();
    const qint64 perfId = perf.value(u"id"_s).toInteger();
    QVERIFY(perfId > 0);
    QCOMPARE(perf.value(u"seating"_s).toString(), u"reserved"_s);
    QCOMPARE(perf.value(u"venueId"_s).toInteger(), venue.id);
    QCOMPARE(perf.value(u"venue"_s).toString(), u"Performance Hall"_s);
    QVERIFY2(perf.value(u"noSingleSeats"_s).isBool() && !perf.value(u"noSingleSeats"_s).toBool(),
             qPrintable(compact(perf)));
    QCOMPARE(perf.value(u"ticketTypes"_s).toArray().size(), 0);

    // An explicit venue text is kept.
    const auto named = m_manager->call(u"admin.createPerformance"_s,
                                       {{u"eventId"_s, event},
                                        {u"startsAt"_s, seed::wireTime(seed::daysFromNow(51))},
                                        {u"seating"_s, u"reserved"_s},
                                        {u"venueId"_s, venue.id},
                                        {u"venue"_s, u"Performance Hall, upstairs"_s}});
    MQ_VERIFY_OK(named);
    QCOMPARE(named.result.value(u"performance"_s).toObject().value(u"venue"_s).toString(),
             u"Performance Hall, upstairs"_s);

    // General admission: venueId null.
    const qint64 general = seed::createPerformance(*m_manager, event, seed::daysFromNow(52));
    QVERIFY(general);
    const auto g = m_alice->call(u"catalog.getPerformance"_s, {{u"performanceId"_s, general}});
    MQ_VERIFY_OK(g);
    const QJsonObject gp = g.result.value(u"performance"_s).toObject();
    QVERIFY2(gp.contains(u"venueId"_s) && gp.value(u"venueId"_s).isNull(), qPrintable(compact(gp)));
    QCOMPARE(gp.value(u"seating"_s).toString(), u"general"_s);

    const auto r = m_alice->call(u"catalog.getPerformance"_s, {{u"performanceId"_s, perfId}});
    MQ_VERIFY_OK(r);
    QCOMPARE(r.result.value(u"performance"_s).toObject().value(u"venueId"_s).toInteger(), venue.id);

    // Every seat has an inventory row, none on sale yet.
    const auto mapAnswer = m_alice->call(u"seats.getMap"_s, {{u"performanceId"_s, perfId}});
    MQ_VERIFY_OK(mapAnswer);
    QVERIFY2(keysOf(mapAnswer.result)
                 .contains({u"categories"_s, u"performanceId"_s, u"status"_s, u"venueId"_s,
                            u"version"_s}),
             qPrintable(keyList(keysOf(mapAnswer.result))));
    const SeatMap map = getMap(*m_alice, perfId);
    QCOMPARE(map.performanceId, perfId);
    QCOMPARE(map.venueId, venue.id);
    QCOMPARE(map.version, 1);
    QCOMPARE(map.status, QString(15, u'x'));
    QCOMPARE(map.categories, QList<qint64>(15, 0));

    MQ_VERIFY_ERROR(m_alice->call(u"seats.getMap"_s, {{u"performanceId"_s, general}}), 409,
                    "not_reserved");
    MQ_VERIFY_ERROR(m_alice->call(u"seats.getMap"_s, {{u"performanceId"_s, 987654321}}), 404,
                    "not_found");
    MQ_VERIFY_FIELD(m_alice->call(u"seats.getMap"_s, {}), "performanceId");
}

void TestE2eSeating::ticketTypesBySeat()
{
    LayoutBuilder b;
    b.grid(u"S"_s, 3, 6);
    const Show show = makeShow(*m_manager, u"Categories Show"_s, b.layout());
    QVERIFY(show.isValid());
    LayoutBuilder other;
    other.grid(u"S"_s, 1, 2);
    const Venue otherVenue = createVenue(*m_manager, u"Other Categories Hall"_s, other.layout());
    QVERIFY(otherVenue.isValid());
    const Venue &v = show.venue;
    const QList<qint64> rowA = v.rowIds(u"S"_s, u"A"_s);
    const QList<qint64> rowB = v.rowIds(u"S"_s, u"B"_s);
    const QList<qint64> rowC = v.rowIds(u"S"_s, u"C"_s);

    const auto create = [&](const QJsonObject &extra) {
        QJsonObject params{
            {u"performanceId"_s, show.perf}, {u"name"_s, u"Front"_s}, {u"priceCents"_s, 5000}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            params.insert(it.key(), it.value());
        return m_manager->call(u"admin.createTicketType"_s, params);
    };
    MQ_VERIFY_FIELD(create({{u"seatIds"_s, idArray(rowA)}, {u"capacity"_s, 6}}), "capacity");
    MQ_VERIFY_FIELD(create({}), "seatIds");
    MQ_VERIFY_FIELD(create({{u"seatIds"_s, QJsonArray()}}), "seatIds");
    MQ_VERIFY_FIELD(create({{u"seatIds"_s, idArray({rowA[0], rowA[1], rowA[0]})}}), "seatIds");
    MQ_VERIFY_FIELD(create({{u"seatIds"_s, idArray({rowA[0], otherVenue.seats[0].id})}}),
                    "seatIds");
    MQ_VERIFY_FIELD(create({{u"seatIds"_s, idArray({rowA[0], 987654321})}}), "seatIds");
    MQ_VERIFY_FIELD(create({{u"seatIds"_s, u"1,2"_s}}), "seatIds");
    SeatMap map = getMap(*m_manager, show.perf);
    QCOMPARE(map.version, 1);
    QCOMPARE(map.status, QString(18, u'x'));

    // A category of row A: capacity is its seat count, all of them on sale.
    const auto front = create({{u"seatIds"_s, idArray(rowA)}});
    MQ_VERIFY_OK(front);
    const QJsonObject frontType = front.result.value(u"ticketType"_s).toObject();
    const qint64 frontId = frontType.value(u"id"_s).toInteger();
    QVERIFY(frontId > 0);
    QCOMPARE(frontType.value(u"capacity"_s).toInteger(), 6);
    QCOMPARE(frontType.value(u"sold"_s).toInteger(), 0);
    QCOMPARE(frontType.value(u"held"_s).toInteger(), 0);
    QCOMPARE(frontType.value(u"remaining"_s).toInteger(), 6);
    map = getMap(*m_manager, show.perf);
    QCOMPARE(map.status, QString(6, u'a') + QString(12, u'x'));
    for (int i = 0; i < 18; ++i)
        QCOMPARE(map.categories.at(i), i < 6 ? frontId : 0);

    // A second category takes rows B, C and two seats of A, moved from Front.
    const qint64 backId = createSeatedType(*m_manager, show.perf, u"Back"_s, 3000,
                                           rowB + rowC + QList<qint64>{rowA[0], rowA[5]});
    QVERIFY(backId);
    QCOMPARE(ticketTypeNumbers(*m_manager, show.perf, frontId).value(u"capacity"_s).toInteger(), 4);
    QCOMPARE(ticketTypeNumbers(*m_manager, show.perf, backId).value(u"capacity"_s).toInteger(), 14);
    map = getMap(*m_manager, show.perf);
    QCOMPARE(map.categoryOf(v, rowA[0]), backId);
    QCOMPARE(map.categoryOf(v, rowA[1]), frontId);
    QCOMPARE(map.status, QString(18, u'a'));

    // assignSeats moves seats between categories.
    const auto assigned =
        m_manager->call(u"admin.assignSeats"_s, {{u"ticketTypeId"_s, frontId},
                                                 {u"seatIds"_s, idArray({rowA[0], rowB[2]})}});
    MQ_VERIFY_OK(assigned);
    QVERIFY(assigned.result.isEmpty());
    QCOMPARE(ticketTypeNumbers(*m_manager, show.perf, frontId).value(u"capacity"_s).toInteger(), 6);
    QCOMPARE(ticketTypeNumbers(*m_manager, show.perf, backId).value(u"remaining"_s).toInteger(),
             12);
    map = getMap(*m_manager, show.perf);
    QCOMPARE(map.categoryOf(v, rowB[2]), frontId);

    // assignSeats' own guards.
    const auto assign = [&](qint64 type, const QJsonValue &seats) {
        QJsonObject params{{u"ticketTypeId"_s, type}};
        if (!seats.isUndefined())
            params.insert(u"seatIds"_s, seats);
        return m_manager->call(u"admin.assignSeats"_s, params);
    };
    MQ_VERIFY_FIELD(assign(frontId, QJsonArray()), "seatIds");
    MQ_VERIFY_FIELD(assign(frontId, QJsonValue::Undefined), "seatIds");
    MQ_VERIFY_FIELD(assign(frontId, idArray({rowC[0], rowC[0]})), "seatIds");
    MQ_VERIFY_FIELD(assign(frontId, idArray({otherVenue.seats[1].id})), "seatIds");
    MQ_VERIFY_ERROR(assign(987654321, idArray({rowC[0]})), 404, "not_found");
    MQ_VERIFY_ERROR(m_alice->call(u"admin.assignSeats"_s, {{u"ticketTypeId"_s, frontId},
                                                           {u"seatIds"_s, idArray({rowC[0]})}}),
                    403, "forbidden");
    const qint64 generalEvent = seed::createEvent(*m_manager, u"General Categories Show"_s);
    const qint64 generalPerf =
        seed::createPerformance(*m_manager, generalEvent, seed::daysFromNow(41));
    const qint64 generalType =
        seed::createTicketType(*m_manager, generalPerf, u"Standing"_s, 1000, 100);
    QVERIFY(generalType);
    MQ_VERIFY_ERROR(assign(generalType, idArray({rowC[0]})), 409, "not_reserved");

    // Capacity is read only on reserved types.
    MQ_VERIFY_FIELD(
        m_manager->call(u"admin.updateTicketType"_s, {{u"id"_s, frontId}, {u"capacity"_s, 50}}),
        "capacity");
    const auto renamed = m_manager->call(u"admin.updateTicketType"_s,
                                         {{u"id"_s, frontId}, {u"name"_s, u"Front stalls"_s}});
    MQ_VERIFY_OK(renamed);
    QCOMPARE(renamed.result.value(u"ticketType"_s).toObject().value(u"capacity"_s).toInteger(), 6);
    QString problems = numbersAgainstMap(*m_manager, show.perf, v);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));

    // Deleting a reserved type leaves its seats not on sale.
    MQ_VERIFY_OK(m_manager->call(u"admin.deleteTicketType"_s, {{u"id"_s, backId}}));
    map = getMap(*m_manager, show.perf);
    for (const qint64 id : rowC) {
        QCOMPARE(map.statusOf(v, id), QChar(u'x'));
        QCOMPARE(map.categoryOf(v, id), 0);
    }
    QCOMPARE(map.statusOf(v, rowA[0]), QChar(u'a'));
    problems = numbersAgainstMap(*m_manager, show.perf, v);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestE2eSeating::assignAndBlockGuards()
{
    LayoutBuilder b;
    b.grid(u"S"_s, 2, 6);
    const Show show = makeShow(*m_manager, u"Guards Show"_s, b.layout());
    QVERIFY(show.isValid());
    const Venue &v = show.venue;
    const QList<qint64> a = v.rowIds(u"S"_s, u"A"_s);
    const QList<qint64> bRow = v.rowIds(u"S"_s, u"B"_s);
    const qint64 type = createSeatedType(*m_manager, show.perf, u"All"_s, 2000,
                                         a + bRow.mid(0, 5)); // B6: not on sale
    QVERIFY(type);
    const qint64 other = createSeatedType(*m_manager, show.perf, u"Other"_s, 1000, {bRow[4]});
    QVERIFY(other);

    MQ_VERIFY_OK(holdSeats(*m_alice, show.perf, {a[0], a[1]}));
    QVERIFY(!buySeats(*m_clerk, show.perf, {bRow[0]}, seed::cashPayment()).isEmpty());
    const SeatMap before = getMap(*m_manager, show.perf);

    // Held and sold seats stay where they are.
    MQ_VERIFY_ERROR(m_manager->call(u"admin.assignSeats"_s,
                                    {{u"ticketTypeId"_s, other}, {u"seatIds"_s, idArray({a[0]})}}),
                    409, "seat_taken");
    MQ_VERIFY_ERROR(
        m_manager->call(u"admin.assignSeats"_s,
                        {{u"ticketTypeId"_s, other}, {u"seatIds"_s, idArray({a[3], bRow[0]})}}),
        409, "seat_taken");
    MQ_VERIFY_ERROR(
        m_manager->call(u"admin.createTicketType"_s, {{u"performanceId"_s, show.perf},
                                                      {u"name"_s, u"Grab"_s},
                                                      {u"priceCents"_s, 10},
                                                      {u"seatIds"_s, idArray({a[1], a[2]})}}),
        409, "seat_taken");
    // And they are never blocked.
    const auto block = [&](const QList<qint64> &ids, const QJsonValue &blocked) {
        QJsonObject params{{u"performanceId"_s, show.perf}, {u"seatIds"_s, idArray(ids)}};
        if (!blocked.isUndefined())
            params.insert(u"blocked"_s, blocked);
        return m_manager->call(u"admin.setSeatsBlocked"_s, params);
    };
    MQ_VERIFY_ERROR(block({a[0]}, true), 409, "seat_taken");
    MQ_VERIFY_ERROR(block({a[4], bRow[0]}, true), 409, "seat_taken");
    SeatMap after = getMap(*m_manager, show.perf);
    QCOMPARE(after.version, before.version); // all or none: nothing moved, nothing blocked
    QCOMPARE(after.status, before.status);
    QCOMPARE(after.categories, before.categories);

    // setSeatsBlocked' own guards.
    MQ_VERIFY_FIELD(block({}, true), "seatIds");
    MQ_VERIFY_FIELD(block({a[4]}, QJsonValue::Undefined), "blocked");
    MQ_VERIFY_FIELD(block({a[4]}, u"yes"_s), "blocked");
    MQ_VERIFY_FIELD(block({a[4], a[4]}, true), "seatIds");
    MQ_VERIFY_ERROR(m_manager->call(u"admin.setSeatsBlocked"_s, {{u"performanceId"_s, 987654321},
                                                                 {u"seatIds"_s, idArray({a[4]})},
                                                                 {u"blocked"_s, true}}),
                    404, "not_found");
    MQ_VERIFY_ERROR(m_clerk->call(u"admin.setSeatsBlocked"_s, {{u"performanceId"_s, show.perf},
                                                               {u"seatIds"_s, idArray({a[4]})},
                                                               {u"blocked"_s, true}}),
                    403, "forbidden");
    const qint64 generalEvent = seed::createEvent(*m_manager, u"General Block Show"_s);
    const qint64 generalPerf =
        seed::createPerformance(*m_manager, generalEvent, seed::daysFromNow(42));
    QVERIFY(generalPerf);
    MQ_VERIFY_ERROR(m_manager->call(u"admin.setSeatsBlocked"_s, {{u"performanceId"_s, generalPerf},
                                                                 {u"seatIds"_s, idArray({a[4]})},
                                                                 {u"blocked"_s, true}}),
                    409, "not_reserved");

    // Blocking: 'b' wins over "not on sale"; capacity counts unblocked seats only; blocked
    // seats are never held.
    MQ_VERIFY_OK(block({a[4], a[5], bRow[5]}, true));
    after = getMap(*m_manager, show.perf);
    QCOMPARE(after.statusOf(v, a[4]), QChar(u'b'));
    QCOMPARE(after.statusOf(v, bRow[5]), QChar(u'b'));
    QCOMPARE(after.categoryOf(v, a[4]), type);
    QCOMPARE(after.categoryOf(v, bRow[5]), 0);
    const QJsonObject numbers = ticketTypeNumbers(*m_manager, show.perf, type);
    QCOMPARE(numbers.value(u"capacity"_s).toInteger(), 8); // 10 seats, 2 blocked
    QCOMPARE(numbers.value(u"held"_s).toInteger(), 2);
    QCOMPARE(numbers.value(u"sold"_s).toInteger(), 1);
    QCOMPARE(numbers.value(u"remaining"_s).toInteger(), 5);
    const auto taken = holdSeats(*m_bob, show.perf, {a[4]});
    MQ_VERIFY_ERROR(taken, 409, "seat_taken");
    QCOMPARE(idList(taken.error.data.value(u"seatIds"_s)), QList<qint64>{a[4]});
    QString problems = numbersAgainstMap(*m_manager, show.perf, v);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));

    MQ_VERIFY_OK(block({a[4], bRow[5]}, false));
    after = getMap(*m_manager, show.perf);
    QCOMPARE(after.statusOf(v, a[4]), QChar(u'a'));
    QCOMPARE(after.statusOf(v, a[5]), QChar(u'b'));
    QCOMPARE(after.statusOf(v, bRow[5]), QChar(u'x'));
    problems = numbersAgainstMap(*m_manager, show.perf, v);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    MQ_VERIFY_OK(holdSeats(*m_bob, show.perf, {a[4]}));
}

void TestE2eSeating::versionsAndPushes()
{
    LayoutBuilder b;
    b.grid(u"S"_s, 2, 5);
    const Show show = makeShow(*m_manager, u"Versions Show"_s, b.layout());
    QVERIFY(show.isValid());
    const Venue &v = show.venue;
    const QList<qint64> a = v.rowIds(u"S"_s, u"A"_s);
    const QList<qint64> bRow = v.rowIds(u"S"_s, u"B"_s);
    auto watcher = m_fixture.newCustomer(u"watcher"_s);
    QVERIFY(watcher);
    MQ_VERIFY_OK(watcher->call(u"catalog.subscribe"_s, {{u"performanceId"_s, show.perf}}));
    QCOMPARE(getMap(*watcher, show.perf).version, 1);

    using Expected = QMap<qint64, QPair<QString, qint64>>;
    const auto all = [](const QList<qint64> &ids, const QString &status, qint64 type) {
        Expected e;
        for (const qint64 id : ids)
            e.insert(id, {status, type});
        return e;
    };
    qint64 version = 1;
    const auto expectPush = [&](const Expected &expected) {
        ++version;
        return checkSeatsChanged(*watcher, show, version, expected);
    };
    const auto expectQuiet = [&](const char *what) {
        const bool pushed = watcher->waitForPush(u"seats.changed"_s, nullptr, 300);
        const SeatMap map = getMap(*watcher, show.perf);
        if (pushed || map.version != version)
            return u"%1: pushed %2, version %3, expected no push and version %4"_s
                .arg(QLatin1StringView(what))
                .arg(pushed)
                .arg(map.version)
                .arg(version);
        return QString();
    };
    QString error;

    // A category's creation moves seats: one change, however many seats.
    const qint64 type = createSeatedType(*m_manager, show.perf, u"Stalls"_s, 4000, a);
    QVERIFY(type);
    error = expectPush(all(a, u"a"_s, type));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    MQ_VERIFY_OK(m_manager->call(u"admin.assignSeats"_s,
                                 {{u"ticketTypeId"_s, type}, {u"seatIds"_s, idArray(bRow)}}));
    error = expectPush(all(bRow, u"a"_s, type));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Already in that category: no change, no version, no push.
    MQ_VERIFY_OK(m_manager->call(u"admin.assignSeats"_s,
                                 {{u"ticketTypeId"_s, type}, {u"seatIds"_s, idArray(bRow)}}));
    error = expectQuiet("assignSeats into the same category");
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const auto block = [&](const QList<qint64> &ids, bool blocked) {
        return m_manager->call(u"admin.setSeatsBlocked"_s, {{u"performanceId"_s, show.perf},
                                                            {u"seatIds"_s, idArray(ids)},
                                                            {u"blocked"_s, blocked}});
    };
    MQ_VERIFY_OK(block({a[0]}, true));
    error = expectPush(all({a[0]}, u"b"_s, type));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    MQ_VERIFY_OK(block({a[0]}, true));
    error = expectQuiet("blocking a blocked seat");
    QVERIFY2(error.isEmpty(), qPrintable(error));
    MQ_VERIFY_OK(block({a[0]}, false));
    error = expectPush(all({a[0]}, u"a"_s, type));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    MQ_VERIFY_OK(block({a[0]}, false));
    error = expectQuiet("unblocking a seat that is not blocked");
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // Hold, release, hold, checkout, cancel: one version each.
    auto hold = holdSeats(*m_alice, show.perf, {a[2], a[1]});
    MQ_VERIFY_OK(hold);
    error = expectPush(all({a[1], a[2]}, u"h"_s, type));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The numbers are pushed too.
    QJsonObject inventory;
    bool sawHeld = false;
    while (!sawHeld && watcher->waitForPush(u"inventory.changed"_s, &inventory, 2000)) {
        for (const QJsonValue &t : inventory.value(u"ticketTypes"_s).toArray()) {
            if (t.toObject().value(u"id"_s).toInteger() == type &&
                t.toObject().value(u"held"_s).toInteger() == 2 &&
                t.toObject().value(u"remaining"_s).toInteger() == 8)
                sawHeld = true;
        }
    }
    QVERIFY2(sawHeld, "no inventory.changed with held 2, remaining 8 after the hold");
    MQ_VERIFY_OK(m_alice->call(u"hold.release"_s, {{u"holdId"_s, holdId(hold)}}));
    error = expectPush(all({a[1], a[2]}, u"a"_s, type));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    hold = holdSeats(*m_alice, show.perf, {bRow[3]});
    MQ_VERIFY_OK(hold);
    error = expectPush(all({bRow[3]}, u"h"_s, type));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto order = m_alice->call(
        u"order.checkout"_s, {{u"holdId"_s, holdId(hold)}, {u"payment"_s, seed::sandboxPayment()}});
    MQ_VERIFY_OK(order);
    error = expectPush(all({bRow[3]}, u"s"_s, type));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    MQ_VERIFY_OK(m_alice->call(
        u"order.cancel"_s,
        {{u"orderId"_s, order.result.value(u"order"_s).toObject().value(u"id"_s).toInteger()}}));
    error = expectPush(all({bRow[3]}, u"a"_s, type));
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // A refused request changes nothing either.
    MQ_VERIFY_OK(holdSeats(*m_bob, show.perf, {a[4]}));
    error = expectPush(all({a[4]}, u"h"_s, type));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    MQ_VERIFY_ERROR(holdSeats(*m_alice, show.perf, {a[3], a[4]}), 409, "seat_taken");
    error = expectQuiet("a refused hold");
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // A subscriber of another performance hears nothing; after unsubscribe, neither does ours.
    MQ_VERIFY_OK(watcher->call(u"catalog.unsubscribe"_s, {{u"performanceId"_s, show.perf}}));
    MQ_VERIFY_OK(holdSeats(*m_bob, show.perf, {a[3]}));
    QVERIFY2(!watcher->waitForPush(u"seats.changed"_s, nullptr, 500),
             "seats.changed after catalog.unsubscribe");
    QCOMPARE(getMap(*m_manager, show.perf).version, version + 1);
    // Only subscribers hear about seats: not the buyer who never subscribed.
    QVERIFY2(nextSeatsChanged(*m_alice, show.perf, 200).isEmpty(),
             "seats.changed to a connection that never subscribed");
}

// --- Holds ------------------------------------------------------------------------------------

void TestE2eSeating::holdCreateValidation()
{
    LayoutBuilder b;
    b.grid(u"S"_s, 3, 10);
    const Show show = makeShow(*m_manager, u"Hold Validation Show"_s, b.layout());
    QVERIFY(show.isValid());
    const QList<qint64> all = show.venue.allIds();
    const qint64 type = createSeatedType(*m_manager, show.perf, u"All"_s, 1500, all);
    QVERIFY(type);
    LayoutBuilder o;
    o.grid(u"S"_s, 1, 2);
    const Venue otherVenue = createVenue(*m_manager, u"Other Hold Hall"_s, o.layout());
    QVERIFY(otherVenue.isValid());

    const auto hold = [&](const QJsonValue &seatIds) {
        QJsonObject params{{u"performanceId"_s, show.perf}};
        if (!seatIds.isUndefined())
            params.insert(u"seatIds"_s, seatIds);
        return m_clerk->call(u"hold.create"_s, params);
    };
    MQ_VERIFY_FIELD(hold(QJsonArray()), "seatIds");
    MQ_VERIFY_FIELD(hold(idArray(all.mid(0, 21))), "seatIds");
    MQ_VERIFY_FIELD(hold(idArray({all[0], all[1], all[0]})), "seatIds");
    MQ_VERIFY_FIELD(hold(idArray({all[0], otherVenue.seats[0].id})), "seatIds");
    MQ_VERIFY_FIELD(hold(idArray({all[0], 987654321})), "seatIds");
    MQ_VERIFY_FIELD(hold(u"1,2"_s), "seatIds");
    MQ_VERIFY_FIELD(hold(QJsonArray{u"x"_s}), "seatIds");
    MQ_VERIFY_ERROR(m_clerk->call(u"hold.create"_s, {{u"performanceId"_s, 987654321},
                                                     {u"seatIds"_s, idArray({all[0]})}}),
                    404, "not_found");
    auto anonymous = m_fixture.connect();
    QVERIFY(anonymous);
    MQ_VERIFY_ERROR(anonymous->call(u"hold.create"_s, {{u"performanceId"_s, show.perf},
                                                       {u"seatIds"_s, idArray({all[0]})}}),
                    401, "not_authenticated");
    QCOMPARE(getMap(*m_manager, show.perf).version, 2); // only the category's creation

    // Seats on a general-admission performance: not reserved.
    const qint64 generalEvent = seed::createEvent(*m_manager, u"General Hold Show"_s);
    const qint64 generalPerf =
        seed::createPerformance(*m_manager, generalEvent, seed::daysFromNow(43));
    QVERIFY(generalPerf);
    MQ_VERIFY_ERROR(m_alice->call(u"hold.create"_s, {{u"performanceId"_s, generalPerf},
                                                     {u"seatIds"_s, idArray({all[0]})}}),
                    409, "not_reserved");

    // Twenty is allowed.
    const auto twenty = hold(idArray(all.mid(0, 20)));
    MQ_VERIFY_OK(twenty);
    QCOMPARE(holdSeatIds(twenty.result.value(u"hold"_s).toObject()), all.mid(0, 20));
}

void TestE2eSeating::holdSeatTakenIsAllOrNone()
{
    LayoutBuilder b;
    b.grid(u"S"_s, 2, 8);
    const Show show = makeShow(*m_manager, u"Seat Taken Show"_s, b.layout());
    QVERIFY(show.isValid());
    const Venue &v = show.venue;
    const QList<qint64> a = v.rowIds(u"S"_s, u"A"_s);
    const QList<qint64> bRow = v.rowIds(u"S"_s, u"B"_s);
    const qint64 type =
        createSeatedType(*m_manager, show.perf, u"All"_s, 2500, a + bRow.mid(0, 7)); // B8: 'x'
    QVERIFY(type);
    MQ_VERIFY_OK(m_manager->call(u"admin.setSeatsBlocked"_s, {{u"performanceId"_s, show.perf},
                                                              {u"seatIds"_s, idArray({bRow[6]})},
                                                              {u"blocked"_s, true}}));
    MQ_VERIFY_OK(holdSeats(*m_bob, show.perf, {a[0], a[1]}));
    QVERIFY(!buySeats(*m_clerk, show.perf, {a[2]}, seed::cashPayment()).isEmpty());
    const SeatMap before = getMap(*m_manager, show.perf);

    // Held, sold, blocked, not on sale: all named, ascending, whatever order they were asked in.
    const auto r = holdSeats(*m_alice, show.perf, {bRow[7], a[2], a[3], bRow[6], a[0]});
    MQ_VERIFY_ERROR(r, 409, "seat_taken");
    QCOMPARE(idText(idList(r.error.data.value(u"seatIds"_s))),
             idText(sortedIds({a[0], a[2], bRow[6], bRow[7]})));
    // None of it was held, not even the free seat.
    const SeatMap after = getMap(*m_manager, show.perf);
    QCOMPARE(after.version, before.version);
    QCOMPARE(after.status, before.status);
    QCOMPARE(after.statusOf(v, a[3]), QChar(u'a'));
    const auto mine = m_alice->call(u"hold.listMine"_s, {{u"performanceId"_s, show.perf}});
    MQ_VERIFY_OK(mine);
    QCOMPARE(mine.result.value(u"holds"_s).toArray().size(), 0);
    MQ_VERIFY_OK(holdSeats(*m_alice, show.perf, {a[3]}));
    const QString problems = numbersAgainstMap(*m_manager, show.perf, v);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestE2eSeating::holdShapeNumbersAndCheckout()
{
    LayoutBuilder b;
    b.section(u"Stalls"_s).row(u"A"_s, u"oooooooooo"_s, 1);
    const Show show = makeShow(*m_manager, u"Hold Shape Show"_s, b.layout());
    QVERIFY(show.isValid());
    const Venue &v = show.venue;
    const QList<qint64> a = v.rowIds(u"Stalls"_s, u"A"_s);
    const qint64 cheap = createSeatedType(*m_manager, show.perf, u"Cheap"_s, 1000, a.mid(0, 5));
    const qint64 dear = createSeatedType(*m_manager, show.perf, u"Dear"_s, 2500, a.mid(5, 5));
    QVERIFY(cheap && dear);
    auto buyer = m_fixture.newCustomer(u"shape_buyer"_s);
    QVERIFY(buyer);

    const QDateTime before = QDateTime::currentDateTimeUtc();
    const auto r = holdSeats(*buyer, show.perf, {a[5], a[3], a[4]});
    MQ_VERIFY_OK(r);
    const QJsonObject hold = r.result.value(u"hold"_s).toObject();
    QVERIFY2(keysOf(hold).contains(
                 {u"expiresAt"_s, u"id"_s, u"items"_s, u"performanceId"_s, u"totalCents"_s}),
             qPrintable(keyList(keysOf(hold))));
    QVERIFY(hold.value(u"id"_s).toInteger() > 0);
    QCOMPARE(hold.value(u"performanceId"_s).toInteger(), show.perf);
    const QDateTime expiresAt = wireTimeOf(hold.value(u"expiresAt"_s));
    QVERIFY2(expiresAt.isValid() && hold.value(u"expiresAt"_s).toString().endsWith(u'Z'),
             qPrintable(compact(hold)));
    // The default hold lasts 600 s.
    const qint64 lasts = before.secsTo(expiresAt);
    QVERIFY2(lasts >= 590 && lasts <= 610, qPrintable(u"hold lasts %1 s"_s.arg(lasts)));
    QCOMPARE(hold.value(u"totalCents"_s).toInteger(), 4500);
    const QJsonArray items = hold.value(u"items"_s).toArray();
    QCOMPARE(items.size(), 2);
    for (const QJsonValue &iv : items) {
        const QJsonObject item = iv.toObject();
        QVERIFY2(keysOf(item).contains(
                     {u"quantity"_s, u"seatIds"_s, u"ticketTypeId"_s, u"unitPriceCents"_s}),
                 qPrintable(keyList(keysOf(item))));
        const qint64 t = item.value(u"ticketTypeId"_s).toInteger();
        QVERIFY(t == cheap || t == dear);
        QCOMPARE(item.value(u"quantity"_s).toInteger(), t == cheap ? 2 : 1);
        QCOMPARE(item.value(u"unitPriceCents"_s).toInteger(), t == cheap ? 1000 : 2500);
        QCOMPARE(sortedIds(idList(item.value(u"seatIds"_s))),
                 t == cheap ? (QList<qint64>{a[3], a[4]}) : QList<qint64>{a[5]});
    }

    // The numbers and the map agree.
    QJsonObject n = ticketTypeNumbers(*m_alice, show.perf, cheap);
    QCOMPARE(n.value(u"held"_s).toInteger(), 2);
    QCOMPARE(n.value(u"remaining"_s).toInteger(), 3);
    QString problems = numbersAgainstMap(*m_manager, show.perf, v);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    const SeatMap map = getMap(*buyer, show.perf);
    QCOMPARE(map.status, u"aaahhhaaaa"_s);

    // listMine shows the same hold.
    const auto mine = buyer->call(u"hold.listMine"_s);
    MQ_VERIFY_OK(mine);
    const QJsonArray holds = mine.result.value(u"holds"_s).toArray();
    QCOMPARE(holds.size(), 1);
    QCOMPARE(holds.first().toObject().value(u"id"_s).toInteger(), hold.value(u"id"_s).toInteger());
    QCOMPARE(holdSeatIds(holds.first().toObject()), holdSeatIds(hold));
    QCOMPARE(holds.first().toObject().value(u"totalCents"_s).toInteger(), 4500);

    // A price change after the hold does not change what the hold costs.
    MQ_VERIFY_OK(
        m_manager->call(u"admin.updateTicketType"_s, {{u"id"_s, cheap}, {u"priceCents"_s, 9999}}));
    const auto checkout =
        buyer->call(u"order.checkout"_s,
                    {{u"holdId"_s, hold.value(u"id"_s)}, {u"payment"_s, seed::sandboxPayment()}});
    MQ_VERIFY_OK(checkout);
    const QJsonObject order = checkout.result.value(u"order"_s).toObject();
    QCOMPARE(order.value(u"status"_s).toString(), u"paid"_s);
    QCOMPARE(order.value(u"totalCents"_s).toInteger(), 4500);
    QCOMPARE(order.value(u"userId"_s).toInteger(), buyer->userId());
    QList<qint64> itemSeats;
    for (const QJsonValue &iv : order.value(u"items"_s).toArray()) {
        const QJsonObject item = iv.toObject();
        const qint64 t = item.value(u"ticketTypeId"_s).toInteger();
        QCOMPARE(item.value(u"unitPriceCents"_s).toInteger(), t == cheap ? 1000 : 2500);
        QCOMPARE(item.value(u"quantity"_s).toInteger(), idList(item.value(u"seatIds"_s)).size());
        itemSeats += idList(item.value(u"seatIds"_s));
    }
    QCOMPARE(sortedIds(itemSeats), sortedIds({a[3], a[4], a[5]}));
    const QJsonArray tickets = order.value(u"tickets"_s).toArray();
    QCOMPARE(tickets.size(), 3);
    QList<qint64> ticketSeats;
    for (const QJsonValue &tv : tickets) {
        const QJsonObject t = tv.toObject();
        const qint64 seatId = t.value(u"seatId"_s).toInteger();
        ticketSeats.append(seatId);
        QCOMPARE(t.value(u"status"_s).toString(), u"valid"_s);
        QCOMPARE(t.value(u"ticketTypeId"_s).toInteger(), seatId == a[5] ? dear : cheap);
        const QJsonObject place = t.value(u"seat"_s).toObject();
        QCOMPARE(place.value(u"section"_s).toString(), u"Stalls"_s);
        QCOMPARE(place.value(u"row"_s).toString(), u"A"_s);
        QCOMPARE(place.value(u"label"_s).toString(), v.seat(seatId).label);
    }
    QCOMPARE(sortedIds(ticketSeats), sortedIds({a[3], a[4], a[5]}));

    // Sold; the hold is gone; order.listMine keeps the seats.
    QCOMPARE(getMap(*buyer, show.perf).status, u"aaasssaaaa"_s);
    n = ticketTypeNumbers(*m_alice, show.perf, cheap);
    QCOMPARE(n.value(u"sold"_s).toInteger(), 2);
    QCOMPARE(n.value(u"held"_s).toInteger(), 0);
    QCOMPARE(n.value(u"remaining"_s).toInteger(), 3);
    problems = numbersAgainstMap(*m_manager, show.perf, v);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    QCOMPARE(buyer->call(u"hold.listMine"_s).result.value(u"holds"_s).toArray().size(), 0);
    MQ_VERIFY_ERROR(buyer->call(u"order.checkout"_s, {{u"holdId"_s, hold.value(u"id"_s)},
                                                      {u"payment"_s, seed::sandboxPayment()}}),
                    410, "hold_expired");
    const QJsonArray orders = buyer->call(u"order.listMine"_s).result.value(u"orders"_s).toArray();
    QCOMPARE(orders.size(), 1);
    QList<qint64> listedSeats;
    for (const QJsonValue &iv : orders.first().toObject().value(u"items"_s).toArray())
        listedSeats += idList(iv.toObject().value(u"seatIds"_s));
    QCOMPARE(sortedIds(listedSeats), sortedIds({a[3], a[4], a[5]}));

    // Cash is for staff; staff may check out with it.
    const auto customerHold = holdSeats(*buyer, show.perf, {a[0]});
    MQ_VERIFY_OK(customerHold);
    MQ_VERIFY_ERROR(buyer->call(u"order.checkout"_s, {{u"holdId"_s, holdId(customerHold)},
                                                      {u"payment"_s, seed::cashPayment()}}),
                    403, "forbidden");
    QCOMPARE(getMap(*buyer, show.perf).statusOf(v, a[0]), QChar(u'h'));
    const QJsonObject cashOrder = buySeats(*m_clerk, show.perf, {a[9]}, seed::cashPayment());
    QCOMPARE(cashOrder.value(u"totalCents"_s).toInteger(), 2500);
}

void TestE2eSeating::generalAdmissionHold()
{
    const qint64 event = seed::createEvent(*m_manager, u"General Hold Numbers"_s);
    const qint64 perf = seed::createPerformance(*m_manager, event, seed::daysFromNow(44));
    const qint64 type = seed::createTicketType(*m_manager, perf, u"Standing"_s, 700, 10);
    QVERIFY(type);
    auto buyer = m_fixture.newCustomer(u"ga_buyer"_s);
    QVERIFY(buyer);

    const auto gaHold = [](TestClient &c, qint64 t, const QJsonValue &q) {
        QJsonObject params{{u"ticketTypeId"_s, t}};
        if (!q.isUndefined())
            params.insert(u"quantity"_s, q);
        return c.call(u"hold.create"_s, params);
    };
    MQ_VERIFY_FIELD(gaHold(*buyer, type, 0), "quantity");
    MQ_VERIFY_FIELD(gaHold(*buyer, type, 21), "quantity");
    MQ_VERIFY_FIELD(gaHold(*buyer, type, u"2"_s), "quantity");
    MQ_VERIFY_ERROR(gaHold(*buyer, 987654321, 1), 404, "not_found");

    const auto r = gaHold(*buyer, type, 3);
    MQ_VERIFY_OK(r);
    const QJsonObject hold = r.result.value(u"hold"_s).toObject();
    QCOMPARE(hold.value(u"performanceId"_s).toInteger(), perf);
    QCOMPARE(hold.value(u"totalCents"_s).toInteger(), 2100);
    const QJsonArray items = hold.value(u"items"_s).toArray();
    QCOMPARE(items.size(), 1);
    const QJsonObject item = items.first().toObject();
    QCOMPARE(item.value(u"ticketTypeId"_s).toInteger(), type);
    QCOMPARE(item.value(u"quantity"_s).toInteger(), 3);
    QCOMPARE(item.value(u"unitPriceCents"_s).toInteger(), 700);
    QVERIFY2(!item.contains(u"seatIds"_s) || item.value(u"seatIds"_s).toArray().isEmpty(),
             qPrintable(compact(item)));

    QJsonObject n = ticketTypeNumbers(*m_alice, perf, type);
    QCOMPARE(n.value(u"capacity"_s).toInteger(), 10);
    QCOMPARE(n.value(u"sold"_s).toInteger(), 0);
    QCOMPARE(n.value(u"held"_s).toInteger(), 3);
    QCOMPARE(n.value(u"remaining"_s).toInteger(), 7);

    // What is held is not for sale to anyone else.
    const auto tooMany = gaHold(*m_bob, type, 8);
    MQ_VERIFY_ERROR(tooMany, 409, "sold_out");
    QCOMPARE(tooMany.error.data.value(u"remaining"_s).toInteger(-1), 7);
    const auto purchase = m_bob->call(
        u"order.purchase"_s,
        {{u"ticketTypeId"_s, type}, {u"quantity"_s, 8}, {u"payment"_s, seed::sandboxPayment()}});
    MQ_VERIFY_ERROR(purchase, 409, "sold_out");
    QCOMPARE(purchase.error.data.value(u"remaining"_s).toInteger(-1), 7);
    // Capacity cannot drop below sold + held.
    MQ_VERIFY_CODE(
        m_manager->call(u"admin.updateTicketType"_s, {{u"id"_s, type}, {u"capacity"_s, 2}}), 409);

    // Seat methods on general admission.
    MQ_VERIFY_ERROR(
        m_alice->call(u"hold.bestAvailable"_s,
                      {{u"performanceId"_s, perf}, {u"ticketTypeId"_s, type}, {u"quantity"_s, 2}}),
        409, "not_reserved");

    const auto order = buyer->call(u"order.checkout"_s, {{u"holdId"_s, hold.value(u"id"_s)},
                                                         {u"payment"_s, seed::sandboxPayment()}});
    MQ_VERIFY_OK(order);
    const QJsonObject o = order.result.value(u"order"_s).toObject();
    QCOMPARE(o.value(u"totalCents"_s).toInteger(), 2100);
    QCOMPARE(o.value(u"tickets"_s).toArray().size(), 3);
    for (const QJsonValue &t : o.value(u"tickets"_s).toArray())
        QVERIFY2(t.toObject().value(u"seatId"_s).isUndefined() ||
                     t.toObject().value(u"seatId"_s).isNull(),
                 qPrintable(compact(t.toObject())));
    n = ticketTypeNumbers(*m_alice, perf, type);
    QCOMPARE(n.value(u"sold"_s).toInteger(), 3);
    QCOMPARE(n.value(u"held"_s).toInteger(), 0);
    QCOMPARE(n.value(u"remaining"_s).toInteger(), 7);

    // A released quantity goes back.
    const auto again = gaHold(*buyer, type, 7);
    MQ_VERIFY_OK(again);
    QCOMPARE(ticketTypeNumbers(*m_alice, perf, type).value(u"remaining"_s).toInteger(), 0);
    MQ_VERIFY_OK(buyer->call(u"hold.release"_s, {{u"holdId"_s, holdId(again)}}));
    n = ticketTypeNumbers(*m_alice, perf, type);
    QCOMPARE(n.value(u"held"_s).toInteger(), 0);
    QCOMPARE(n.value(u"remaining"_s).toInteger(), 7);
}

void TestE2eSeating::generalAdmissionBasketHold()
{
    const qint64 event = seed::createEvent(*m_manager, u"Basket Hold Numbers"_s);
    const qint64 perf = seed::createPerformance(*m_manager, event, seed::daysFromNow(45));
    const qint64 adult = seed::createTicketType(*m_manager, perf, u"Adult"_s, 9000, 10);
    const qint64 child = seed::createTicketType(*m_manager, perf, u"Child"_s, 4500, 2);
    const qint64 otherPerf = seed::createPerformance(*m_manager, event, seed::daysFromNow(46));
    const qint64 elsewhere = seed::createTicketType(*m_manager, otherPerf, u"Adult"_s, 9000, 10);
    QVERIFY(adult && child && elsewhere);
    auto buyer = m_fixture.newCustomer(u"basket_holder"_s);
    QVERIFY(buyer);
    const auto line = [](qint64 type, qint64 quantity) {
        return QJsonObject{{u"ticketTypeId"_s, type}, {u"quantity"_s, quantity}};
    };
    const auto basketHold = [&](const QJsonArray &items) {
        return buyer->call(u"hold.create"_s, {{u"items"_s, items}});
    };

    // Each line is checked as the contract checks a field; a type listed twice or types of two
    // performances are refused; nothing is held by a refused basket.
    MQ_VERIFY_FIELD(basketHold(QJsonArray{}), "items");
    MQ_VERIFY_FIELD(basketHold(QJsonArray{line(adult, 0)}), "items[0].quantity");
    MQ_VERIFY_FIELD(basketHold(QJsonArray{line(adult, 1), line(adult, 2)}), "items");
    MQ_VERIFY_FIELD(basketHold(QJsonArray{line(adult, 1), line(elsewhere, 1)}), "items");
    MQ_VERIFY_FIELD(basketHold(QJsonArray{line(adult, 15), line(child, 6)}), "items");
    MQ_VERIFY_ERROR(basketHold(QJsonArray{line(adult, 1), line(987654321, 1)}), 404, "not_found");
    // All or nothing: the child line fails, so no adult is held either.
    const auto short_ = basketHold(QJsonArray{line(adult, 2), line(child, 3)});
    MQ_VERIFY_ERROR(short_, 409, "sold_out");
    QCOMPARE(short_.error.data.value(u"remaining"_s).toInteger(-1), 2);
    QCOMPARE(short_.error.data.value(u"ticketTypeId"_s).toInteger(-1), child);
    QCOMPARE(ticketTypeNumbers(*m_alice, perf, adult).value(u"held"_s).toInteger(), 0);
    QCOMPARE(ticketTypeNumbers(*m_alice, perf, child).value(u"held"_s).toInteger(), 0);

    // 2 adults + 1 child: one hold with two lines, then one order with one payment.
    const auto held = basketHold(QJsonArray{line(child, 1), line(adult, 2)});
    MQ_VERIFY_OK(held);
    const QJsonObject hold = held.result.value(u"hold"_s).toObject();
    QCOMPARE(hold.value(u"performanceId"_s).toInteger(), perf);
    QCOMPARE(hold.value(u"totalCents"_s).toInteger(), 2 * 9000 + 4500);
    const QJsonArray items = hold.value(u"items"_s).toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).toObject().value(u"ticketTypeId"_s).toInteger(), adult);
    QCOMPARE(items.at(0).toObject().value(u"quantity"_s).toInteger(), 2);
    QCOMPARE(items.at(1).toObject().value(u"ticketTypeId"_s).toInteger(), child);
    QCOMPARE(items.at(1).toObject().value(u"quantity"_s).toInteger(), 1);
    QCOMPARE(ticketTypeNumbers(*m_alice, perf, adult).value(u"held"_s).toInteger(), 2);
    QCOMPARE(ticketTypeNumbers(*m_alice, perf, child).value(u"remaining"_s).toInteger(), 1);

    const auto order = buyer->call(u"order.checkout"_s, {{u"holdId"_s, hold.value(u"id"_s)},
                                                         {u"payment"_s, seed::sandboxPayment()}});
    MQ_VERIFY_OK(order);
    const QJsonObject o = order.result.value(u"order"_s).toObject();
    QCOMPARE(o.value(u"totalCents"_s).toInteger(), 22500);
    QCOMPARE(o.value(u"items"_s).toArray().size(), 2);
    QCOMPARE(o.value(u"tickets"_s).toArray().size(), 3);
    QJsonObject n = ticketTypeNumbers(*m_alice, perf, adult);
    QCOMPARE(n.value(u"sold"_s).toInteger(), 2);
    QCOMPARE(n.value(u"held"_s).toInteger(), 0);
    n = ticketTypeNumbers(*m_alice, perf, child);
    QCOMPARE(n.value(u"sold"_s).toInteger(), 1);
    QCOMPARE(n.value(u"held"_s).toInteger(), 0);

    // A released basket gives every line back.
    const auto again = basketHold(QJsonArray{line(adult, 8), line(child, 1)});
    MQ_VERIFY_OK(again);
    QCOMPARE(ticketTypeNumbers(*m_alice, perf, adult).value(u"remaining"_s).toInteger(), 0);
    MQ_VERIFY_OK(buyer->call(u"hold.release"_s, {{u"holdId"_s, holdId(again)}}));
    QCOMPARE(ticketTypeNumbers(*m_alice, perf, adult).value(u"remaining"_s).toInteger(), 8);
    QCOMPARE(ticketTypeNumbers(*m_alice, perf, child).value(u"remaining"_s).toInteger(), 1);
}

void TestE2eSeating::holdLimitForCustomersOnly()
{
    LayoutBuilder b;
    b.grid(u"S"_s, 4, 10);
    const Show show = makeShow(*m_manager, u"Hold Limit Show"_s, b.layout());
    QVERIFY(show.isValid());
    const Venue &v = show.venue;
    const QList<qint64> all = v.allIds();
    const qint64 type = createSeatedType(*m_manager, show.perf, u"All"_s, 1000, all);
    QVERIFY(type);
    auto limited = m_fixture.newCustomer(u"limited"_s);
    QVERIFY(limited);

    const auto first = holdSeats(*limited, show.perf, all.mid(0, 10));
    MQ_VERIFY_OK(first);
    MQ_VERIFY_OK(holdSeats(*limited, show.perf, all.mid(10, 5)));
    MQ_VERIFY_ERROR(holdSeats(*limited, show.perf, all.mid(15, 6)), 409, "hold_limit");
    MQ_VERIFY_OK(holdSeats(*limited, show.perf, all.mid(15, 5))); // exactly 20
    MQ_VERIFY_ERROR(holdSeats(*limited, show.perf, {all[20]}), 409, "hold_limit");
    // hold_limit comes before availability.
    MQ_VERIFY_ERROR(holdSeats(*limited, show.perf, {all[0]}), 409, "hold_limit");
    MQ_VERIFY_ERROR(limited->call(u"hold.bestAvailable"_s, {{u"performanceId"_s, show.perf},
                                                            {u"ticketTypeId"_s, type},
                                                            {u"quantity"_s, 1}}),
                    409, "hold_limit");
    QCOMPARE(getMap(*m_manager, show.perf).count(u'h'), 20);

    // Another performance has its own limit, general admission counts tickets.
    const qint64 gaEvent = seed::createEvent(*m_manager, u"Hold Limit GA"_s);
    const qint64 gaPerf = seed::createPerformance(*m_manager, gaEvent, seed::daysFromNow(45));
    const qint64 gaType = seed::createTicketType(*m_manager, gaPerf, u"Standing"_s, 500, 100);
    QVERIFY(gaType);
    MQ_VERIFY_OK(
        limited->call(u"hold.create"_s, {{u"ticketTypeId"_s, gaType}, {u"quantity"_s, 15}}));
    MQ_VERIFY_ERROR(
        limited->call(u"hold.create"_s, {{u"ticketTypeId"_s, gaType}, {u"quantity"_s, 6}}), 409,
        "hold_limit");
    MQ_VERIFY_OK(
        limited->call(u"hold.create"_s, {{u"ticketTypeId"_s, gaType}, {u"quantity"_s, 5}}));

    // Releasing makes room again.
    MQ_VERIFY_OK(limited->call(u"hold.release"_s, {{u"holdId"_s, holdId(first)}}));
    MQ_VERIFY_OK(holdSeats(*limited, show.perf, all.mid(20, 10)));

    // Staff are not limited.
    MQ_VERIFY_OK(holdSeats(*m_clerk, show.perf, all.mid(30, 10)));
    MQ_VERIFY_OK(holdSeats(*m_clerk, show.perf, all.mid(0, 10)));
    MQ_VERIFY_OK(
        m_clerk->call(u"hold.create"_s, {{u"ticketTypeId"_s, gaType}, {u"quantity"_s, 20}}));
    MQ_VERIFY_OK(
        m_clerk->call(u"hold.create"_s, {{u"ticketTypeId"_s, gaType}, {u"quantity"_s, 20}}));
    QCOMPARE(getMap(*m_manager, show.perf).count(u'h'), 40);
    const QString problems = numbersAgainstMap(*m_manager, show.perf, v);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

// --- Best available -----------------------------------------------------------------------------

void TestE2eSeating::bestAvailableRules()
{
    // Focus (4.5, 0). Row A (y 1): restricted view. Row B (y 2): 4 seats, an aisle, 5 seats,
    // symmetric about the focus. Row C (y 3): wheelchair places in the middle. Row D (y 4).
    LayoutBuilder b;
    b.focus(4.5, 0)
        .section(u"Stalls"_s)
        .row(u"A"_s, u"rrrrrrrrrr"_s, 1)
        .row(u"B"_s, u"oooo|ooooo"_s, 2)
        .row(u"C"_s, u"oooowwoooo"_s, 3)
        .row(u"D"_s, u"oooooooooo"_s, 4);
    const Show show = makeShow(*m_manager, u"Best Available Show"_s, b.layout());
    QVERIFY(show.isValid());
    const Venue &v = show.venue;
    const qint64 type = createSeatedType(*m_manager, show.perf, u"All"_s, 3000, v.allIds());
    QVERIFY(type);
    auto buyer = m_fixture.newCustomer(u"best_buyer"_s);
    QVERIFY(buyer);

    const auto best = [&](TestClient &c, int quantity) {
        return c.call(u"hold.bestAvailable"_s, {{u"performanceId"_s, show.perf},
                                                {u"ticketTypeId"_s, type},
                                                {u"quantity"_s, quantity}});
    };
    const auto expectBest = [&](TestClient &c, int quantity, const QList<qint64> &handPicked) {
        const SeatMap map = getMap(*m_manager, show.perf);
        const QList<qint64> reference = referenceBestAvailable(v, map, type, quantity);
        if (!handPicked.isEmpty() && reference != handPicked)
            return u"the test's reference picks %1, by hand %2"_s.arg(idText(reference),
                                                                      idText(handPicked));
        const auto r = best(c, quantity);
        if (reference.isEmpty()) {
            if (!r.ok && r.error.code == 409 && r.error.reason == u"no_adjacent_seats"_s)
                return QString();
            return u"hold.bestAvailable %1: %2 (expected 409 no_adjacent_seats)"_s.arg(quantity)
                .arg(r.toString());
        }
        if (!r.ok)
            return u"hold.bestAvailable %1: %2 (expected %3)"_s.arg(quantity).arg(
                r.toString(), idText(reference));
        const QJsonObject hold = r.result.value(u"hold"_s).toObject();
        const QList<qint64> got = holdSeatIds(hold);
        if (got != sortedIds(reference))
            return u"hold.bestAvailable %1 held %2, the contract's best is %3"_s.arg(quantity).arg(
                idText(got), idText(reference));
        const QJsonArray items = hold.value(u"items"_s).toArray();
        if (items.size() != 1 ||
            items.first().toObject().value(u"ticketTypeId"_s).toInteger() != type ||
            items.first().toObject().value(u"quantity"_s).toInteger() != quantity ||
            hold.value(u"totalCents"_s).toInteger() != 3000 * quantity)
            return u"hold.bestAvailable answered %1"_s.arg(compact(hold));
        return QString();
    };
    QString error;
    // Two: B5 B6 right of the aisle. B4 B5 would tie with them and come first by id, but an
    // aisle runs between them; row A is nearer but restricted view while others remain.
    error = expectBest(*buyer, 2, v.seatIds(u"Stalls"_s, u"B"_s, {u"5"_s, u"6"_s}));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Then B3 B4 (left of the aisle).
    error = expectBest(*buyer, 2, v.seatIds(u"Stalls"_s, u"B"_s, {u"3"_s, u"4"_s}));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // One: B7 (3.20 from the focus) beats C4/C7 (3.35); the wheelchair places C5 C6 are skipped.
    error = expectBest(*buyer, 1, v.seatIds(u"Stalls"_s, u"B"_s, {u"7"_s}));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Four: D4–D7 (16.61) beat C1–C4 and C7–C10 (17.28 each), which straddle nothing but
    // lie further out.
    error = expectBest(*buyer, 4, v.seatIds(u"Stalls"_s, u"D"_s, {u"4"_s, u"5"_s, u"6"_s, u"7"_s}));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Blocked and sold seats are skipped too; then whatever the contract's rule gives, step by
    // step, down to "none".
    MQ_VERIFY_OK(m_manager->call(u"admin.setSeatsBlocked"_s,
                                 {{u"performanceId"_s, show.perf},
                                  {u"seatIds"_s, idArray(v.seatIds(u"Stalls"_s, u"D"_s, {u"2"_s}))},
                                  {u"blocked"_s, true}}));
    QVERIFY(!buySeats(*m_clerk, show.perf, v.seatIds(u"Stalls"_s, u"D"_s, {u"9"_s}),
                      seed::cashPayment())
                 .isEmpty());
    for (const int quantity : {4, 3, 2, 5, 1, 1, 6, 2, 3, 9}) {
        error = expectBest(*m_clerk, quantity, {});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    MQ_VERIFY_ERROR(best(*m_clerk, 11), 409, "no_adjacent_seats");
    const QString problems = numbersAgainstMap(*m_manager, show.perf, v);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestE2eSeating::bestAvailableTiesWheelchairsCategories()
{
    LayoutBuilder b;
    b.focus(4.5, 0)
        .section(u"Hall"_s)
        .row(u"A"_s, u"oooowwoooo"_s, 2)
        .row(u"B"_s, u"oooooooooo"_s, 3);
    const Show show = makeShow(*m_manager, u"Best Ties Show"_s, b.layout());
    QVERIFY(show.isValid());
    const Venue &v = show.venue;
    const qint64 rowA =
        createSeatedType(*m_manager, show.perf, u"Row A"_s, 1000, v.rowIds(u"Hall"_s, u"A"_s));
    const qint64 back = createSeatedType(*m_manager, show.perf, u"Back"_s, 800,
                                         v.seatIds(u"Hall"_s, u"B"_s, {u"8"_s, u"9"_s, u"10"_s}));
    QVERIFY(rowA && back);
    const auto best = [&](qint64 type, int quantity) {
        return m_clerk->call(u"hold.bestAvailable"_s, {{u"performanceId"_s, show.perf},
                                                       {u"ticketTypeId"_s, type},
                                                       {u"quantity"_s, quantity}});
    };
    // Only seats of that category: B8 B9 rather than B9 B10; the rest of row B is not on sale.
    auto r = best(back, 2);
    MQ_VERIFY_OK(r);
    QCOMPARE(holdSeatIds(r.result.value(u"hold"_s).toObject()),
             v.seatIds(u"Hall"_s, u"B"_s, {u"8"_s, u"9"_s}));
    MQ_VERIFY_ERROR(best(back, 2), 409, "no_adjacent_seats");
    // Five in row A would need a wheelchair place.
    MQ_VERIFY_ERROR(best(rowA, 5), 409, "no_adjacent_seats");
    // One: A4 and A7 tie (the wheelchair places between them are never chosen); A4 has the
    // lower id.
    r = best(rowA, 1);
    MQ_VERIFY_OK(r);
    QCOMPARE(holdSeatIds(r.result.value(u"hold"_s).toObject()),
             v.seatIds(u"Hall"_s, u"A"_s, {u"4"_s}));
    r = best(rowA, 1);
    MQ_VERIFY_OK(r);
    QCOMPARE(holdSeatIds(r.result.value(u"hold"_s).toObject()),
             v.seatIds(u"Hall"_s, u"A"_s, {u"7"_s}));
    r = best(rowA, 3);
    MQ_VERIFY_OK(r);
    QCOMPARE(holdSeatIds(r.result.value(u"hold"_s).toObject()),
             v.seatIds(u"Hall"_s, u"A"_s, {u"1"_s, u"2"_s, u"3"_s}));
    r = best(rowA, 3);
    MQ_VERIFY_OK(r);
    QCOMPARE(holdSeatIds(r.result.value(u"hold"_s).toObject()),
             v.seatIds(u"Hall"_s, u"A"_s, {u"8"_s, u"9"_s, u"10"_s}));
    MQ_VERIFY_ERROR(best(rowA, 1), 409, "no_adjacent_seats");
    const SeatMap map = getMap(*m_manager, show.perf);
    for (const qint64 id : v.seatIds(u"Hall"_s, u"A"_s, {u"5"_s, u"6"_s}))
        QCOMPARE(map.statusOf(v, id), QChar(u'a')); // the wheelchair places stay free
    // A wheelchair place can still be held by name.
    MQ_VERIFY_OK(holdSeats(*m_clerk, show.perf, v.seatIds(u"Hall"_s, u"A"_s, {u"5"_s})));
}

void TestE2eSeating::bestAvailableRestrictedViewLast()
{
    // Row A: restricted view, nearest the stage. Row B: eight plain seats.
    LayoutBuilder b;
    b.focus(3.5, 0).section(u"S"_s).row(u"A"_s, u"rrrrrrrr"_s, 1).row(u"B"_s, u"oooooooo"_s, 2);
    const Show show = makeShow(*m_manager, u"Restricted View Show"_s, b.layout());
    QVERIFY(show.isValid());
    const Venue &v = show.venue;
    const qint64 type = createSeatedType(*m_manager, show.perf, u"All"_s, 1200, v.allIds());
    QVERIFY(type);
    const auto best = [&](int quantity) {
        return m_clerk->call(u"hold.bestAvailable"_s, {{u"performanceId"_s, show.perf},
                                                       {u"ticketTypeId"_s, type},
                                                       {u"quantity"_s, quantity}});
    };
    auto r = best(2);
    MQ_VERIFY_OK(r);
    QCOMPARE(holdSeatIds(r.result.value(u"hold"_s).toObject()),
             v.seatIds(u"S"_s, u"B"_s, {u"4"_s, u"5"_s}));
    // B now has 3 + 3 free: a block of three is still clear of row A.
    r = best(3);
    MQ_VERIFY_OK(r);
    QCOMPARE(holdSeatIds(r.result.value(u"hold"_s).toObject()),
             v.seatIds(u"S"_s, u"B"_s, {u"1"_s, u"2"_s, u"3"_s}));
    // Four together are only left in row A: restricted view, as nothing else remains.
    r = best(4);
    MQ_VERIFY_OK(r);
    QCOMPARE(holdSeatIds(r.result.value(u"hold"_s).toObject()),
             v.seatIds(u"S"_s, u"A"_s, {u"3"_s, u"4"_s, u"5"_s, u"6"_s}));
    // One: B6 is clear (row B still has B6–B8), so no restricted seat.
    r = best(1);
    MQ_VERIFY_OK(r);
    QCOMPARE(holdSeatIds(r.result.value(u"hold"_s).toObject()),
             v.seatIds(u"S"_s, u"B"_s, {u"6"_s}));
}

void TestE2eSeating::bestAvailableValidation()
{
    LayoutBuilder b;
    b.grid(u"S"_s, 1, 4);
    const Show show = makeShow(*m_manager, u"Best Validation Show"_s, b.layout());
    const Show other = makeShow(*m_manager, u"Best Validation Other"_s, b.layout());
    QVERIFY(show.isValid() && other.isValid());
    const qint64 type = createSeatedType(*m_manager, show.perf, u"All"_s, 100, show.venue.allIds());
    const qint64 otherType =
        createSeatedType(*m_manager, other.perf, u"All"_s, 100, other.venue.allIds());
    QVERIFY(type && otherType);
    const auto best = [&](const QJsonObject &params) {
        return m_alice->call(u"hold.bestAvailable"_s, params);
    };
    MQ_VERIFY_FIELD(
        best({{u"performanceId"_s, show.perf}, {u"ticketTypeId"_s, type}, {u"quantity"_s, 0}}),
        "quantity");
    MQ_VERIFY_FIELD(
        best({{u"performanceId"_s, show.perf}, {u"ticketTypeId"_s, type}, {u"quantity"_s, 21}}),
        "quantity");
    MQ_VERIFY_FIELD(best({{u"performanceId"_s, show.perf}, {u"ticketTypeId"_s, type}}), "quantity");
    MQ_VERIFY_FIELD(best({{u"performanceId"_s, show.perf}, {u"quantity"_s, 1}}), "ticketTypeId");
    MQ_VERIFY_FIELD(
        best({{u"performanceId"_s, show.perf}, {u"ticketTypeId"_s, otherType}, {u"quantity"_s, 1}}),
        "ticketTypeId");
    MQ_VERIFY_ERROR(
        best({{u"performanceId"_s, 987654321}, {u"ticketTypeId"_s, type}, {u"quantity"_s, 1}}), 404,
        "not_found");
    MQ_VERIFY_ERROR(
        best({{u"performanceId"_s, show.perf}, {u"ticketTypeId"_s, type}, {u"quantity"_s, 5}}), 409,
        "no_adjacent_seats");
    QCOMPARE(getMap(*m_manager, show.perf).status, u"aaaa"_s);
}

// --- Privacy, release, checkout ----------------------------------------------------------------

void TestE2eSeating::holdsArePrivate()
{
    LayoutBuilder b;
    b.grid(u"S"_s, 1, 6);
    const Show show = makeShow(*m_manager, u"Private Holds Show"_s, b.layout());
    QVERIFY(show.isValid());
    QVERIFY(createSeatedType(*m_manager, show.perf, u"All"_s, 1000, show.venue.allIds()));
    const QList<qint64> a = show.venue.allIds();
    const auto hold = holdSeats(*m_alice, show.perf, {a[0], a[1]});
    MQ_VERIFY_OK(hold);
    const qint64 id = holdId(hold);
    const int bobOrders = orderCount(*m_bob);

    for (TestClient *other : {m_bob.get(), m_clerk.get()}) {
        MQ_VERIFY_ERROR(other->call(u"hold.release"_s, {{u"holdId"_s, id}}), 404, "not_found");
        MQ_VERIFY_ERROR(other->call(u"order.checkout"_s,
                                    {{u"holdId"_s, id}, {u"payment"_s, seed::sandboxPayment()}}),
                        404, "not_found");
        const auto mine = other->call(u"hold.listMine"_s, {{u"performanceId"_s, show.perf}});
        MQ_VERIFY_OK(mine);
        QCOMPARE(mine.result.value(u"holds"_s).toArray().size(), 0);
    }
    QCOMPARE(orderCount(*m_bob), bobOrders);
    QCOMPARE(getMap(*m_manager, show.perf).status, u"hhaaaa"_s);
    MQ_VERIFY_ERROR(m_alice->call(u"hold.release"_s, {{u"holdId"_s, 987654321}}), 404, "not_found");
    MQ_VERIFY_FIELD(m_alice->call(u"hold.release"_s, {}), "holdId");
    MQ_VERIFY_FIELD(m_alice->call(u"order.checkout"_s, {{u"payment"_s, seed::sandboxPayment()}}),
                    "holdId");
    MQ_VERIFY_OK(m_alice->call(u"hold.release"_s, {{u"holdId"_s, id}}));
    // Gone now, for its owner; still nobody else's business.
    MQ_VERIFY_ERROR(m_alice->call(u"hold.release"_s, {{u"holdId"_s, id}}), 410, "hold_expired");
    MQ_VERIFY_ERROR(m_bob->call(u"hold.release"_s, {{u"holdId"_s, id}}), 404, "not_found");
}

void TestE2eSeating::releaseAndListMine()
{
    LayoutBuilder b;
    b.grid(u"S"_s, 1, 6);
    const Show first = makeShow(*m_manager, u"List Mine One"_s, b.layout());
    const Show second = makeShow(*m_manager, u"List Mine Two"_s, b.layout());
    QVERIFY(first.isValid() && second.isValid());
    QVERIFY(createSeatedType(*m_manager, first.perf, u"All"_s, 1000, first.venue.allIds()));
    QVERIFY(createSeatedType(*m_manager, second.perf, u"All"_s, 1000, second.venue.allIds()));
    auto lister = m_fixture.newCustomer(u"lister"_s);
    QVERIFY(lister);
    const auto h1 = holdSeats(*lister, first.perf, {first.venue.seats[2].id});
    const auto h2 =
        holdSeats(*lister, second.perf, {second.venue.seats[0].id, second.venue.seats[1].id});
    MQ_VERIFY_OK(h1);
    MQ_VERIFY_OK(h2);

    auto listed = lister->call(u"hold.listMine"_s);
    MQ_VERIFY_OK(listed);
    QSet<qint64> ids;
    for (const QJsonValue &hv : listed.result.value(u"holds"_s).toArray())
        ids.insert(hv.toObject().value(u"id"_s).toInteger());
    QCOMPARE(ids, (QSet<qint64>{holdId(h1), holdId(h2)}));
    listed = lister->call(u"hold.listMine"_s, {{u"performanceId"_s, second.perf}});
    MQ_VERIFY_OK(listed);
    QCOMPARE(listed.result.value(u"holds"_s).toArray().size(), 1);
    const QJsonObject shown = listed.result.value(u"holds"_s).toArray().first().toObject();
    const QJsonObject created = h2.result.value(u"hold"_s).toObject();
    QCOMPARE(shown.value(u"id"_s).toInteger(), created.value(u"id"_s).toInteger());
    QCOMPARE(shown.value(u"performanceId"_s).toInteger(), second.perf);
    QCOMPARE(wireTimeOf(shown.value(u"expiresAt"_s)), wireTimeOf(created.value(u"expiresAt"_s)));
    QCOMPARE(shown.value(u"totalCents"_s).toInteger(), created.value(u"totalCents"_s).toInteger());
    QCOMPARE(holdSeatIds(shown), holdSeatIds(created));

    // Released: seats back, one version; gone for every later call; nothing charged.
    const qint64 versionBefore = getMap(*m_manager, first.perf).version;
    const int orders = orderCount(*lister);
    const auto released = lister->call(u"hold.release"_s, {{u"holdId"_s, holdId(h1)}});
    MQ_VERIFY_OK(released);
    QVERIFY(released.result.isEmpty());
    const SeatMap map = getMap(*m_manager, first.perf);
    QCOMPARE(map.version, versionBefore + 1);
    QCOMPARE(map.status, u"aaaaaa"_s);
    MQ_VERIFY_ERROR(lister->call(u"hold.release"_s, {{u"holdId"_s, holdId(h1)}}), 410,
                    "hold_expired");
    MQ_VERIFY_ERROR(lister->call(u"order.checkout"_s, {{u"holdId"_s, holdId(h1)},
                                                       {u"payment"_s, seed::sandboxPayment()}}),
                    410, "hold_expired");
    QCOMPARE(orderCount(*lister), orders);
    listed = lister->call(u"hold.listMine"_s);
    QCOMPARE(listed.result.value(u"holds"_s).toArray().size(), 1);
    QCOMPARE(
        listed.result.value(u"holds"_s).toArray().first().toObject().value(u"id"_s).toInteger(),
        holdId(h2));
    // An unknown performance: nothing of it is held (or it does not exist).
    listed = lister->call(u"hold.listMine"_s, {{u"performanceId"_s, 987654321}});
    QVERIFY2((listed.ok && listed.result.value(u"holds"_s).toArray().isEmpty()) ||
                 (listed.error.code == 404 && listed.error.reason == u"not_found"_s),
             qPrintable(listed.toString()));
}

void TestE2eSeating::declinedCheckoutKeepsTheHold()
{
    LayoutBuilder b;
    b.grid(u"S"_s, 1, 5);
    const Show show = makeShow(*m_manager, u"Declined Checkout Show"_s, b.layout());
    QVERIFY(show.isValid());
    const qint64 type =
        createSeatedType(*m_manager, show.perf, u"All"_s, 3300, show.venue.allIds());
    QVERIFY(type);
    auto payer = m_fixture.newCustomer(u"payer"_s);
    QVERIFY(payer);
    const auto hold =
        holdSeats(*payer, show.perf, {show.venue.seats[1].id, show.venue.seats[2].id});
    MQ_VERIFY_OK(hold);
    const SeatMap before = getMap(*m_manager, show.perf);
    const QJsonObject listedBefore =
        payer->call(u"hold.listMine"_s).result.value(u"holds"_s).toArray().first().toObject();

    for (const QString &token : {u"tok_declined"_s, u"tok_whatever"_s}) {
        MQ_VERIFY_ERROR(
            payer->call(u"order.checkout"_s,
                        {{u"holdId"_s, holdId(hold)}, {u"payment"_s, seed::sandboxPayment(token)}}),
            402, "payment_declined");
    }
    MQ_VERIFY_FIELD(payer->call(u"order.checkout"_s, {{u"holdId"_s, holdId(hold)}}), "payment");
    QCOMPARE(orderCount(*payer), 0);
    const SeatMap after = getMap(*m_manager, show.perf);
    QCOMPARE(after.version, before.version);
    QCOMPARE(after.status, u"ahhaa"_s);
    const QJsonArray listed = payer->call(u"hold.listMine"_s).result.value(u"holds"_s).toArray();
    QCOMPARE(listed.size(), 1);
    QVERIFY2(listed.first().toObject() == listedBefore,
             qPrintable(compact(listed.first().toObject()) + u" was "_s + compact(listedBefore)));
    QCOMPARE(ticketTypeNumbers(*m_manager, show.perf, type).value(u"held"_s).toInteger(), 2);

    const auto paid = payer->call(
        u"order.checkout"_s, {{u"holdId"_s, holdId(hold)}, {u"payment"_s, seed::sandboxPayment()}});
    MQ_VERIFY_OK(paid);
    QCOMPARE(paid.result.value(u"order"_s).toObject().value(u"totalCents"_s).toInteger(), 6600);
    QCOMPARE(getMap(*m_manager, show.perf).status, u"assaa"_s);
}

void TestE2eSeating::purchaseOnReservedNeedsSeats()
{
    LayoutBuilder b;
    b.grid(u"S"_s, 1, 5);
    const Show show = makeShow(*m_manager, u"Seats Required Show"_s, b.layout());
    QVERIFY(show.isValid());
    const qint64 type =
        createSeatedType(*m_manager, show.perf, u"All"_s, 1000, show.venue.allIds());
    QVERIFY(type);
    const int before = orderCount(*m_alice);
    MQ_VERIFY_ERROR(m_alice->call(u"order.purchase"_s, {{u"ticketTypeId"_s, type},
                                                        {u"quantity"_s, 1},
                                                        {u"payment"_s, seed::sandboxPayment()}}),
                    409, "seats_required");
    MQ_VERIFY_ERROR(m_clerk->call(u"order.purchase"_s, {{u"ticketTypeId"_s, type},
                                                        {u"quantity"_s, 2},
                                                        {u"payment"_s, seed::cashPayment()}}),
                    409, "seats_required");
    QCOMPARE(orderCount(*m_alice), before);
    QCOMPARE(getMap(*m_manager, show.perf).status, u"aaaaa"_s);
    QCOMPARE(ticketTypeNumbers(*m_manager, show.perf, type).value(u"sold"_s).toInteger(), 0);
}

void TestE2eSeating::cancelPutsExactlyThoseSeatsBack()
{
    LayoutBuilder b;
    b.grid(u"S"_s, 2, 6);
    const Show show = makeShow(*m_manager, u"Seated Cancel Show"_s, b.layout());
    QVERIFY(show.isValid());
    const Venue &v = show.venue;
    const QList<qint64> a = v.rowIds(u"S"_s, u"A"_s);
    const qint64 type = createSeatedType(*m_manager, show.perf, u"All"_s, 2000, v.allIds());
    QVERIFY(type);
    const QJsonObject aliceOrder = buySeats(*m_alice, show.perf, {a[2], a[3]});
    QVERIFY(!aliceOrder.isEmpty());
    QVERIFY(!buySeats(*m_bob, show.perf, {a[4]}).isEmpty());
    MQ_VERIFY_OK(holdSeats(*m_bob, show.perf, {a[5]}));
    auto watcher = m_fixture.loginAs(u"clerk"_s);
    QVERIFY(watcher);
    MQ_VERIFY_OK(watcher->call(u"catalog.subscribe"_s, {{u"performanceId"_s, show.perf}}));
    const SeatMap before = getMap(*m_manager, show.perf);
    QCOMPARE(before.status, u"aassshaaaaaa"_s);

    const auto cancelled =
        m_alice->call(u"order.cancel"_s, {{u"orderId"_s, aliceOrder.value(u"id"_s)}});
    MQ_VERIFY_OK(cancelled);
    const QJsonObject order = cancelled.result.value(u"order"_s).toObject();
    QCOMPARE(order.value(u"status"_s).toString(), u"refunded"_s);
    for (const QJsonValue &t : order.value(u"tickets"_s).toArray())
        QCOMPARE(t.toObject().value(u"status"_s).toString(), u"cancelled"_s);

    const SeatMap after = getMap(*m_manager, show.perf);
    QCOMPARE(after.version, before.version + 1);
    QString expected = before.status;
    expected[2] = u'a';
    expected[3] = u'a';
    QCOMPARE(after.status, expected);
    QCOMPARE(after.categories, before.categories);
    const QString error = checkSeatsChanged(*watcher, show, before.version + 1,
                                            {{a[2], {u"a"_s, type}}, {a[3], {u"a"_s, type}}});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString problems = numbersAgainstMap(*m_manager, show.perf, v);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    // Those seats are on sale again.
    QVERIFY(!buySeats(*m_bob, show.perf, {a[3]}).isEmpty());
}

void TestE2eSeating::noSingleSeats()
{
    LayoutBuilder b;
    b.section(u"S"_s).row(u"A"_s, u"oooooo"_s, 1).row(u"B"_s, u"ooo|ooo"_s, 2);
    const Show show = makeShow(*m_manager, u"No Single Seats Show"_s, b.layout(), true);
    QVERIFY(show.isValid());
    const Venue &v = show.venue;
    const auto perf = m_alice->call(u"catalog.getPerformance"_s, {{u"performanceId"_s, show.perf}});
    QVERIFY2(perf.result.value(u"performance"_s).toObject().value(u"noSingleSeats"_s).toBool(),
             qPrintable(perf.toString()));
    QVERIFY(createSeatedType(*m_manager, show.perf, u"All"_s, 1000, v.allIds()));
    const auto A = [&](const QStringList &labels) { return v.seatIds(u"S"_s, u"A"_s, labels); };
    const auto B = [&](const QStringList &labels) { return v.seatIds(u"S"_s, u"B"_s, labels); };

    // A2 A3 would leave A1 alone.
    auto r = holdSeats(*m_alice, show.perf, A({u"2"_s, u"3"_s}));
    MQ_VERIFY_ERROR(r, 409, "single_seat");
    QCOMPARE(idText(idList(r.error.data.value(u"seatIds"_s))), idText(A({u"1"_s})));
    MQ_VERIFY_OK(holdSeats(*m_alice, show.perf, A({u"1"_s, u"2"_s})));
    // A4 A5 would strand A3 (between held seats) and A6 (at the row's end).
    r = holdSeats(*m_bob, show.perf, A({u"5"_s, u"4"_s}));
    MQ_VERIFY_ERROR(r, 409, "single_seat");
    QCOMPARE(idText(idList(r.error.data.value(u"seatIds"_s))), idText(A({u"3"_s, u"6"_s})));
    MQ_VERIFY_OK(holdSeats(*m_bob, show.perf, A({u"3"_s, u"4"_s})));
    // An aisle ends a run of seats too: B1 B2 would leave B3 alone by the aisle.
    r = holdSeats(*m_bob, show.perf, B({u"1"_s, u"2"_s}));
    MQ_VERIFY_ERROR(r, 409, "single_seat");
    QCOMPARE(idText(idList(r.error.data.value(u"seatIds"_s))), idText(B({u"3"_s})));
    // Taking the whole block on either side of the aisle strands nobody.
    MQ_VERIFY_OK(holdSeats(*m_bob, show.perf, B({u"4"_s, u"5"_s, u"6"_s})));
    QCOMPARE(getMap(*m_manager, show.perf).status, u"hhhhaaaaahhh"_s);

    // The rule can be switched off.
    const auto updated = m_manager->call(u"admin.updatePerformance"_s,
                                         {{u"id"_s, show.perf}, {u"noSingleSeats"_s, false}});
    MQ_VERIFY_OK(updated);
    QVERIFY2(
        updated.result.value(u"performance"_s).toObject().value(u"noSingleSeats"_s).isBool() &&
            !updated.result.value(u"performance"_s).toObject().value(u"noSingleSeats"_s).toBool(),
        qPrintable(updated.toString()));
    MQ_VERIFY_OK(holdSeats(*m_bob, show.perf, B({u"1"_s, u"2"_s})));
    const QString problems = numbersAgainstMap(*m_manager, show.perf, v);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestE2eSeating::salesCloseAtStart()
{
    LayoutBuilder b;
    b.grid(u"S"_s, 1, 6);
    const Show show = makeShow(*m_manager, u"Closing Show"_s, b.layout());
    QVERIFY(show.isValid());
    const qint64 type =
        createSeatedType(*m_manager, show.perf, u"All"_s, 1000, show.venue.allIds());
    QVERIFY(type);
    auto late = m_fixture.newCustomer(u"late_buyer"_s);
    QVERIFY(late);
    const QList<qint64> a = show.venue.allIds();
    const auto hold = holdSeats(*late, show.perf, {a[0], a[1]});
    MQ_VERIFY_OK(hold);
    // A start cannot move into the past: the show moves to five minutes from now and the
    // server's clock six minutes on (holds last ten).
    MQ_VERIFY_OK(m_manager->call(
        u"admin.updatePerformance"_s,
        {{u"id"_s, show.perf},
         {u"startsAt"_s, seed::wireTime(QDateTime::currentDateTimeUtc().addSecs(300))}}));
    QVERIFY(m_fixture.setClockOffset(360 * 1000));
    const auto resetClock = qScopeGuard([this] { m_fixture.setClockOffset(0); });
    MQ_VERIFY_ERROR(holdSeats(*late, show.perf, {a[3]}), 409, "sales_closed");
    MQ_VERIFY_ERROR(late->call(u"hold.bestAvailable"_s, {{u"performanceId"_s, show.perf},
                                                         {u"ticketTypeId"_s, type},
                                                         {u"quantity"_s, 1}}),
                    409, "sales_closed");
    // Closed sales come before payment: nothing is charged, even with a good card.
    MQ_VERIFY_ERROR(late->call(u"order.checkout"_s, {{u"holdId"_s, holdId(hold)},
                                                     {u"payment"_s, seed::sandboxPayment()}}),
                    409, "sales_closed");
    QCOMPARE(orderCount(*late), 0);
    QCOMPARE(getMap(*m_manager, show.perf).count(u's'), 0);
}

// --- Frames --------------------------------------------------------------------------------

void TestE2eSeating::bigLayoutFromManagerSmallFramesForCustomers()
{
    // 100,000 seats, the most a venue may have, in one frame of several MiB from a manager.
    const QJsonObject layout = countLayout(100, 1000, 0);
    const QJsonObject request =
        mq::rpc::makeRequest(u"big"_s, u"admin.createVenue"_s,
                             {{u"name"_s, u"Hundred Thousand Arena"_s}, {u"layout"_s, layout}});
    const qsizetype bytes = mq::rpc::toPayload(request).size();
    QVERIFY2(bytes > 2 * mq::DefaultMaxFrameSize && bytes < mq::StaffMaxFrameSize,
             qPrintable(QString::number(bytes)));
    QElapsedTimer clock;
    clock.start();
    m_manager->sendObject(request);
    const TestClient::Response r = m_manager->waitForResponse(u"big"_s, 120000);
    MQ_VERIFY_OK(r);
    qInfo("a %lld-byte layout of 100,000 seats accepted in %lld ms", qint64(bytes),
          clock.elapsed());
    const QJsonObject venue = r.result.value(u"venue"_s).toObject();
    QCOMPARE(venue.value(u"seatCount"_s).toInteger(), 100000);
    // The answer to getVenue is larger than 1 MiB too; clients take up to 32 MiB.
    const auto read =
        m_alice->call(u"catalog.getVenue"_s, {{u"venueId"_s, venue.value(u"id"_s)}}, 120000);
    MQ_VERIFY_OK(read);
    const Venue v = parseVenue(read.result.value(u"venue"_s).toObject());
    QCOMPARE(v.seats.size(), 100000);
    for (qsizetype i = 1; i < v.seats.size(); ++i)
        QVERIFY2(v.seats.at(i).id > v.seats.at(i - 1).id, "seat ids do not increase");

    // A frame of nearly 32 MiB is still read and answered.
    auto manager = m_fixture.loginAs(u"manager"_s);
    QVERIFY(manager);
    const QJsonObject huge =
        mq::rpc::makeRequest(u"huge"_s, u"admin.listVenues"_s,
                             {{u"pad"_s, QString(mq::StaffMaxFrameSize - 1024 * 1024, u'p')}});
    QVERIFY(mq::rpc::toPayload(huge).size() > 30 * 1024 * 1024);
    manager->sendObject(huge);
    const TestClient::Response hugeAnswer = manager->waitForResponse(u"huge"_s, 60000);
    QVERIFY2(!hugeAnswer.timedOut && (hugeAnswer.ok || hugeAnswer.error.code == 422),
             qPrintable(hugeAnswer.toString()));
    QVERIFY(manager->isConnected());
    MQ_VERIFY_OK(manager->call(u"admin.listVenues"_s));

    // Staff frames stop at 32 MiB.
    manager->sendRaw(frameHeader(quint32(mq::StaffMaxFrameSize + 1)));
    QJsonObject answer = manager->readMessage(10000);
    QCOMPARE(answer.value(u"error"_s).toObject().value(u"code"_s).toInt(), -32600);
    QVERIFY(answer.value(u"id"_s).isNull());
    QVERIFY(manager->waitForDisconnected(5000));

    // A customer keeps the 1 MiB limit: a real request of 1 MiB + 1 KiB is refused unread.
    auto customer = m_fixture.newCustomer(u"big_framer"_s);
    QVERIFY(customer);
    QJsonObject big =
        mq::rpc::makeRequest(7, u"hold.create"_s,
                             {{u"performanceId"_s, 1},
                              {u"seatIds"_s, QJsonArray{1}},
                              {u"pad"_s, QString(mq::DefaultMaxFrameSize + 1024, u'p')}});
    customer->sendObject(big);
    answer = customer->readMessage(10000);
    QVERIFY2(answer.value(u"error"_s).toObject().value(u"code"_s).toInt() == -32600,
             qPrintable(compact(answer)));
    QVERIFY(answer.value(u"id"_s).isNull());
    QVERIFY(customer->waitForDisconnected(5000));
    // Nothing else is affected.
    MQ_VERIFY_OK(m_alice->call(u"catalog.listEvents"_s, {{u"query"_s, u"nothing-like-this"_s}}));
}

// --- More of the contract's corners -------------------------------------------------------------

void TestE2eSeating::bestAvailableTieTolerance()
{
    // "Every block within 1e-6 of the smallest sum ties; among them the block whose first seat
    // has the lowest id wins." Seat 1 is 5e-7 further from the focus than seat 2: a tie, and
    // seat 1 (lower id) wins. In the second row the difference is 2e-6: no tie.
    const auto seatAt = [](const QString &label, double x, double y) {
        return QJsonObject{{u"label"_s, label}, {u"x"_s, x}, {u"y"_s, y}};
    };
    const QJsonObject layout{
        {u"focus"_s, QJsonObject{{u"x"_s, 0}, {u"y"_s, 0}}},
        {u"sections"_s,
         QJsonArray{QJsonObject{
             {u"name"_s, u"S"_s},
             {u"rows"_s,
              QJsonArray{QJsonObject{{u"label"_s, u"A"_s},
                                     {u"seats"_s, QJsonArray{seatAt(u"1"_s, 10.0000005, 0),
                                                             seatAt(u"2"_s, -10, 0)}}},
                         QJsonObject{{u"label"_s, u"B"_s},
                                     {u"seats"_s, QJsonArray{seatAt(u"1"_s, 20.000002, 0),
                                                             seatAt(u"2"_s, -20, 0)}}}}}}}}};
    const Show show = makeShow(*m_manager, u"Tie Tolerance Show"_s, layout);
    QVERIFY(show.isValid());
    const Venue &v = show.venue;
    const qint64 front =
        createSeatedType(*m_manager, show.perf, u"Front"_s, 100, v.rowIds(u"S"_s, u"A"_s));
    const qint64 back =
        createSeatedType(*m_manager, show.perf, u"Back"_s, 100, v.rowIds(u"S"_s, u"B"_s));
    QVERIFY(front && back);
    const auto best = [&](qint64 type) {
        return m_clerk->call(
            u"hold.bestAvailable"_s,
            {{u"performanceId"_s, show.perf}, {u"ticketTypeId"_s, type}, {u"quantity"_s, 1}});
    };
    auto r = best(front);
    MQ_VERIFY_OK(r);
    QCOMPARE(holdSeatIds(r.result.value(u"hold"_s).toObject()),
             v.seatIds(u"S"_s, u"A"_s, {u"1"_s}));
    r = best(back);
    MQ_VERIFY_OK(r);
    QCOMPARE(holdSeatIds(r.result.value(u"hold"_s).toObject()),
             v.seatIds(u"S"_s, u"B"_s, {u"2"_s}));
}

void TestE2eSeating::seatIdsAreUniqueAcrossVenues()
{
    LayoutBuilder b;
    b.grid(u"S"_s, 2, 5);
    const Venue one = createVenue(*m_manager, u"Unique Ids One"_s, b.layout());
    const Venue two = createVenue(*m_manager, u"Unique Ids Two"_s, b.layout());
    QVERIFY(one.isValid() && two.isValid());
    QVERIFY(one.id != two.id);
    const QList<qint64> a = one.allIds();
    const QList<qint64> c = two.allIds();
    QSet<qint64> ids(a.begin(), a.end());
    for (const qint64 id : c)
        QVERIFY2(!ids.contains(id), qPrintable(u"seat id %1 in two venues"_s.arg(id)));
    for (const qint64 id : a + c)
        QVERIFY(id > 0);
}

void TestE2eSeating::ticketsCarryTheirSeats()
{
    // Tickets name their place, with the seat's attributes as the layout gave them.
    const QJsonObject layout{
        {u"sections"_s,
         QJsonArray{QJsonObject{
             {u"name"_s, u"Circle"_s},
             {u"rows"_s, QJsonArray{QJsonObject{
                             {u"label"_s, u"K"_s},
                             {u"seats"_s, QJsonArray{QJsonObject{{u"label"_s, u"11"_s},
                                                                 {u"x"_s, 0},
                                                                 {u"y"_s, 1},
                                                                 {u"accessible"_s, true}},
                                                     QJsonObject{{u"label"_s, u"12"_s},
                                                                 {u"x"_s, 1.5},
                                                                 {u"y"_s, 1},
                                                                 {u"companion"_s, true},
                                                                 {u"note"_s, u"Companion seat"_s}},
                                                     QJsonObject{{u"label"_s, u"14"_s},
                                                                 {u"x"_s, 2.5},
                                                                 {u"y"_s, 1},
                                                                 {u"restrictedView"_s, true},
                                                                 {u"note"_s, u"Pillar"_s}},
                                                     QJsonObject{{u"label"_s, u"15"_s},
                                                                 {u"x"_s, 3.5},
                                                                 {u"y"_s, 1}}}}}}}}}}};
    const Show show = makeShow(*m_manager, u"Ticket Places Show"_s, layout);
    QVERIFY(show.isValid());
    const Venue &v = show.venue;
    QVERIFY(createSeatedType(*m_manager, show.perf, u"Circle"_s, 4200, v.allIds()));
    const QJsonObject order = buySeats(*m_clerk, show.perf, v.allIds(), seed::cashPayment());
    QVERIFY(!order.isEmpty());
    const QJsonArray tickets = order.value(u"tickets"_s).toArray();
    QCOMPARE(tickets.size(), 4);
    for (const QJsonValue &tv : tickets) {
        const QJsonObject t = tv.toObject();
        const Seat &seat = v.seat(t.value(u"seatId"_s).toInteger());
        const QJsonObject place = t.value(u"seat"_s).toObject();
        const QString where = compact(t);
        QVERIFY2(place.value(u"section"_s).toString() == u"Circle"_s &&
                     place.value(u"row"_s).toString() == u"K"_s &&
                     place.value(u"label"_s).toString() == seat.label,
                 qPrintable(where));
        QVERIFY2(place.value(u"accessible"_s).toBool() == seat.accessible &&
                     place.value(u"companion"_s).toBool() == seat.companion &&
                     place.value(u"restrictedView"_s).toBool() == seat.restrictedView &&
                     place.value(u"note"_s).toString() == seat.note,
                 qPrintable(where));
    }
    // The same in order.listMine.
    bool found = false;
    for (const QJsonValue &ov :
         m_clerk->call(u"order.listMine"_s).result.value(u"orders"_s).toArray()) {
        const QJsonObject o = ov.toObject();
        if (o.value(u"id"_s) != order.value(u"id"_s))
            continue;
        found = true;
        for (const QJsonValue &tv : o.value(u"tickets"_s).toArray()) {
            const QJsonObject t = tv.toObject();
            const Seat &seat = v.seat(t.value(u"seatId"_s).toInteger());
            QCOMPARE(t.value(u"seat"_s).toObject().value(u"label"_s).toString(), seat.label);
            QCOMPARE(t.value(u"seat"_s).toObject().value(u"note"_s).toString(), seat.note);
        }
    }
    QVERIFY(found);
}

void TestE2eSeating::deletingCategoriesAndEvents()
{
    LayoutBuilder b;
    b.grid(u"S"_s, 1, 6);
    const Show show = makeShow(*m_manager, u"Deleting Categories Show"_s, b.layout());
    QVERIFY(show.isValid());
    const Venue &v = show.venue;
    const QList<qint64> a = v.allIds();
    const qint64 keep = createSeatedType(*m_manager, show.perf, u"Keep"_s, 1000, a.mid(0, 3));
    const qint64 drop = createSeatedType(*m_manager, show.perf, u"Drop"_s, 1000, a.mid(3, 3));
    QVERIFY(keep && drop);
    auto watcher = m_fixture.loginAs(u"clerk"_s);
    QVERIFY(watcher);
    MQ_VERIFY_OK(watcher->call(u"catalog.subscribe"_s, {{u"performanceId"_s, show.perf}}));
    auto holder = m_fixture.newCustomer(u"deleting_holder"_s);
    QVERIFY(holder);
    const auto hold = holdSeats(*holder, show.perf, {a[4]});
    MQ_VERIFY_OK(hold);
    qint64 version = getMap(*m_manager, show.perf).version;
    QString error = checkSeatsChanged(*watcher, show, version, {{a[4], {u"h"_s, drop}}});
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // A held category cannot go; nor can an event with active holds.
    MQ_VERIFY_CODE(m_manager->call(u"admin.deleteTicketType"_s, {{u"id"_s, drop}}), 409);
    MQ_VERIFY_CODE(m_manager->call(u"admin.deleteEvent"_s, {{u"id"_s, show.event}}), 409);
    QCOMPARE(getMap(*m_manager, show.perf).version, version);
    MQ_VERIFY_OK(holder->call(u"hold.release"_s, {{u"holdId"_s, holdId(hold)}}));
    error = checkSeatsChanged(*watcher, show, ++version, {{a[4], {u"a"_s, drop}}});
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // Deleting a category is one change of its seats: not on sale, ticket type 0.
    MQ_VERIFY_OK(m_manager->call(u"admin.deleteTicketType"_s, {{u"id"_s, drop}}));
    error = checkSeatsChanged(*watcher, show, ++version,
                              {{a[3], {u"x"_s, 0}}, {a[4], {u"x"_s, 0}}, {a[5], {u"x"_s, 0}}});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const SeatMap map = getMap(*m_manager, show.perf);
    QCOMPARE(map.status, u"aaaxxx"_s);
    QCOMPARE(map.categories, (QList<qint64>{keep, keep, keep, 0, 0, 0}));
    MQ_VERIFY_ERROR(holdSeats(*holder, show.perf, {a[3]}), 409, "seat_taken");

    // Without holds or sales the event goes, and its venue is free again.
    MQ_VERIFY_OK(m_manager->call(u"admin.deleteEvent"_s, {{u"id"_s, show.event}}));
    MQ_VERIFY_ERROR(m_manager->call(u"seats.getMap"_s, {{u"performanceId"_s, show.perf}}), 404,
                    "not_found");
    MQ_VERIFY_OK(m_manager->call(u"admin.deleteVenue"_s, {{u"id"_s, v.id}}));
}

void TestE2eSeating::quantityHoldOnReservedIsRefused()
{
    // A reserved category is sold by seat: a quantity hold on it must not take anything.
    LayoutBuilder b;
    b.grid(u"S"_s, 1, 5);
    const Show show = makeShow(*m_manager, u"Quantity On Reserved Show"_s, b.layout());
    QVERIFY(show.isValid());
    const qint64 type =
        createSeatedType(*m_manager, show.perf, u"All"_s, 1000, show.venue.allIds());
    QVERIFY(type);
    const auto r = m_alice->call(u"hold.create"_s, {{u"ticketTypeId"_s, type}, {u"quantity"_s, 2}});
    QVERIFY2(!r.ok && r.error.code == 409, qPrintable(r.toString()));
    qInfo("a quantity hold on a reserved category: %s", qPrintable(r.toString()));
    QCOMPARE(getMap(*m_manager, show.perf).status, u"aaaaa"_s);
    const QJsonObject n = ticketTypeNumbers(*m_manager, show.perf, type);
    QCOMPARE(n.value(u"held"_s).toInteger(), 0);
    QCOMPARE(n.value(u"remaining"_s).toInteger(), 5);
}

void TestE2eSeating::racingCheckoutsChargeOnce()
{
    // The same hold checked out twice at once (two connections of its owner), or checked out
    // and released at once: one of them wins, the other hears 410 or 409
    // checkout_in_progress; never two orders, never a sold seat that is also free.
    LayoutBuilder b;
    b.grid(u"S"_s, 1, 30);
    const Show show = makeShow(*m_manager, u"Racing Checkout Show"_s, b.layout());
    QVERIFY(show.isValid());
    const QList<qint64> a = show.venue.allIds();
    const qint64 type = createSeatedType(*m_manager, show.perf, u"All"_s, 1000, a);
    QVERIFY(type);
    auto one = m_fixture.newCustomer(u"racer"_s);
    QVERIFY(one);
    auto two = m_fixture.loginAs(u"racer"_s);
    QVERIFY(two);
    const auto lost = [](const TestClient::Response &r) {
        return !r.ok && ((r.error.code == 410 && r.error.reason == u"hold_expired"_s) ||
                         (r.error.code == 409 && r.error.reason == u"checkout_in_progress"_s));
    };
    int sold = 0;
    int released = 0;
    for (int i = 0; i < 24; ++i) {
        const auto hold = holdSeats(*one, show.perf, {a[i]});
        MQ_VERIFY_OK(hold);
        const QJsonObject checkout{{u"holdId"_s, holdId(hold)},
                                   {u"payment"_s, seed::sandboxPayment()}};
        const bool releaseRace = i % 2 == 1;
        const QJsonValue first = one->send(u"order.checkout"_s, checkout);
        const QJsonValue second = releaseRace
                                      ? two->send(u"hold.release"_s, {{u"holdId"_s, holdId(hold)}})
                                      : two->send(u"order.checkout"_s, checkout);
        const TestClient::Response r1 = one->waitForResponse(first, 30000);
        const TestClient::Response r2 = two->waitForResponse(second, 30000);
        const QString both = r1.toString() + u" / "_s + r2.toString();
        QVERIFY2(r1.ok != r2.ok, qPrintable(u"both or neither won: "_s + both));
        QVERIFY2(r1.ok ? lost(r2) : lost(r1), qPrintable(u"the loser's answer: "_s + both));
        const QChar status = getMap(*m_manager, show.perf).statusOf(show.venue, a[i]);
        if (r1.ok || !releaseRace) {
            ++sold;
            QVERIFY2(status == u's', qPrintable(both + u", seat '%1'"_s.arg(status)));
        } else {
            ++released;
            QVERIFY2(status == u'a', qPrintable(both + u", seat '%1'"_s.arg(status)));
        }
    }
    qInfo("%d sold, %d released in races", sold, released);
    QCOMPARE(orderCount(*one), sold);
    const QJsonObject n = ticketTypeNumbers(*m_manager, show.perf, type);
    QCOMPARE(n.value(u"sold"_s).toInteger(), sold);
    QCOMPARE(n.value(u"held"_s).toInteger(), 0);
    const QString problems = numbersAgainstMap(*m_manager, show.perf, show.venue);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestE2eSeating::sampleVenuesAreValid()
{
    // resources/venues/*.json are exactly admin.createVenue's params, and the server takes them.
    const QDir dir(QStringLiteral(MARQUEE_SOURCE_DIR "/resources/venues"));
    struct Expectation
    {
        QString file;
        qint64 minSeats;
        qint64 maxSeats;
    };
    const QList<Expectation> expected{{u"cinema-hall.json"_s, 120, 180},
                                      {u"concert-hall.json"_s, 1800, 2200},
                                      {u"stadium.json"_s, 48000, 52000},
                                      {u"a320.json"_s, 150, 186},
                                      {u"train-car.json"_s, 85, 85}};
    QHash<QString, Venue> venues;
    for (const Expectation &e : expected) {
        QFile file(dir.filePath(e.file));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        QVERIFY2(doc.isObject(), qPrintable(e.file + u": "_s + parseError.errorString()));
        QCOMPARE(keyList(keysOf(doc.object())), u"layout, name"_s);
        const auto r = m_manager->call(u"admin.createVenue"_s, doc.object(), 120000);
        QVERIFY2(r.ok, qPrintable(e.file + u": "_s + r.toString()));
        const Venue v = parseVenue(r.result.value(u"venue"_s).toObject());
        QVERIFY2(v.seatCount >= e.minSeats && v.seatCount <= e.maxSeats,
                 qPrintable(u"%1: %2 seats"_s.arg(e.file).arg(v.seatCount)));
        QCOMPARE(qint64(v.seats.size()), v.seatCount);
        const QJsonObject focus =
            doc.object().value(u"layout"_s).toObject().value(u"focus"_s).toObject();
        QCOMPARE(v.focusX, focus.value(u"x"_s).toDouble());
        QCOMPARE(v.focusY, focus.value(u"y"_s).toDouble());
        venues.insert(e.file, v);
    }

    // Cinema: wheelchair places in the back row, each with a companion seat beside it; the
    // front row's outer seats have a restricted view.
    const Venue &cinema = venues.value(u"cinema-hall.json"_s);
    int wheelchairs = 0;
    for (const QList<int> &row : cinema.rows) {
        for (qsizetype k = 0; k < row.size(); ++k) {
            const Seat &seat = cinema.seats.at(row.at(k));
            if (!seat.accessible)
                continue;
            ++wheelchairs;
            QCOMPARE(seat.row, u"L"_s);
            const bool companionBeside =
                (k > 0 && cinema.seats.at(row.at(k - 1)).companion) ||
                (k + 1 < row.size() && cinema.seats.at(row.at(k + 1)).companion);
            QVERIFY2(
                companionBeside,
                qPrintable(u"wheelchair place L%1 without a companion seat"_s.arg(seat.label)));
        }
    }
    QVERIFY(wheelchairs >= 2 && wheelchairs <= 4);
    const Seat &frontLeft = cinema.seats.at(cinema.rows.first().first());
    QVERIFY(frontLeft.restrictedView && !frontLeft.note.isEmpty());

    // Concert hall: stalls and balcony, pillars in the balcony.
    const Venue &hall = venues.value(u"concert-hall.json"_s);
    int stalls = 0, balcony = 0, pillars = 0, hallWheelchairs = 0;
    for (const Seat &seat : hall.seats) {
        (seat.section == u"Stalls"_s ? stalls : balcony) += 1;
        pillars += seat.section == u"Balcony"_s && seat.restrictedView && seat.note == u"Pillar"_s;
        hallWheelchairs += seat.section == u"Stalls"_s && seat.accessible;
    }
    QVERIFY2(stalls >= 1100 && stalls <= 1500 && balcony >= 550 && balcony <= 850,
             qPrintable(u"stalls %1, balcony %2"_s.arg(stalls).arg(balcony)));
    QVERIFY(pillars > 0 && hallWheelchairs > 0);

    // Stadium: many sections around the pitch.
    const Venue &stadium = venues.value(u"stadium.json"_s);
    QSet<QString> sections;
    for (const Seat &seat : stadium.seats)
        sections.insert(seat.section);
    QVERIFY2(sections.size() >= 30, qPrintable(QString::number(sections.size())));

    // A320: business rows 1–3 (A C D F), economy A–F, the aisle after C; best available in a
    // cabin keeps a party on one side of the aisle, as near the front as it can.
    const Venue &cabin = venues.value(u"a320.json"_s);
    for (const Seat &seat : cabin.seats) {
        const int row = seat.row.toInt();
        QVERIFY2(row >= 1 && row <= 30, qPrintable(seat.row));
        QCOMPARE(seat.section, row <= 3 ? u"Business"_s : u"Economy"_s);
        QVERIFY(row <= 3 ? QStringList({u"A"_s, u"C"_s, u"D"_s, u"F"_s}).contains(seat.label)
                         : QStringList({u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"E"_s, u"F"_s})
                               .contains(seat.label));
        QCOMPARE(seat.aisleAfter, seat.label == u"C"_s);
    }
    const qint64 event = seed::createEvent(*m_manager, u"Sample Flight"_s, u"flight"_s);
    QVERIFY(event);
    const qint64 flight =
        createReservedPerformance(*m_manager, event, cabin.id, seed::daysFromNow(60));
    QVERIFY(flight);
    QList<qint64> business, economy;
    for (const Seat &seat : cabin.seats)
        (seat.section == u"Business"_s ? business : economy).append(seat.id);
    const qint64 businessType =
        createSeatedType(*m_manager, flight, u"Business"_s, 90000, business);
    const qint64 economyType = createSeatedType(*m_manager, flight, u"Economy"_s, 25000, economy);
    QVERIFY(businessType && economyType);
    auto r = m_clerk->call(
        u"hold.bestAvailable"_s,
        {{u"performanceId"_s, flight}, {u"ticketTypeId"_s, economyType}, {u"quantity"_s, 3}});
    MQ_VERIFY_OK(r);
    QList<qint64> held = holdSeatIds(r.result.value(u"hold"_s).toObject());
    QCOMPARE(held, cabin.seatIds(u"Economy"_s, u"4"_s, {u"A"_s, u"B"_s, u"C"_s}));
    r = m_clerk->call(
        u"hold.bestAvailable"_s,
        {{u"performanceId"_s, flight}, {u"ticketTypeId"_s, economyType}, {u"quantity"_s, 4}});
    MQ_VERIFY_ERROR(r, 409, "no_adjacent_seats");
    r = m_clerk->call(
        u"hold.bestAvailable"_s,
        {{u"performanceId"_s, flight}, {u"ticketTypeId"_s, businessType}, {u"quantity"_s, 2}});
    MQ_VERIFY_OK(r);
    held = holdSeatIds(r.result.value(u"hold"_s).toObject());
    QCOMPARE(held, cabin.seatIds(u"Business"_s, u"1"_s, {u"A"_s, u"C"_s}));

    // Train car: 17 rows of A B C | D F.
    const Venue &car = venues.value(u"train-car.json"_s);
    QCOMPARE(car.rows.size(), 17);
    for (const QList<int> &row : car.rows) {
        QStringList labels;
        for (const int index : row)
            labels.append(car.seats.at(index).label);
        QCOMPARE(labels, (QStringList{u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"F"_s}));
        QVERIFY(car.seats.at(row.at(2)).aisleAfter);
    }
}

void TestE2eSeating::bestAvailableStrandsNobodyUnderTheRule()
{
    // "Leave no single seat" holds for every hold, best available's too: in a row of five with
    // the focus in the middle, the nearest pair (2 3 or 3 4) would strand seat 1 or 5.
    LayoutBuilder b;
    b.focus(2, 0).section(u"S"_s).row(u"A"_s, u"ooooo"_s, 1);
    const Show show = makeShow(*m_manager, u"Best Without Singles Show"_s, b.layout(), true);
    QVERIFY(show.isValid());
    const qint64 type =
        createSeatedType(*m_manager, show.perf, u"All"_s, 1000, show.venue.allIds());
    QVERIFY(type);
    const auto r = m_clerk->call(
        u"hold.bestAvailable"_s,
        {{u"performanceId"_s, show.perf}, {u"ticketTypeId"_s, type}, {u"quantity"_s, 2}});
    qInfo("best available 2 of 5 under the rule: %s", qPrintable(r.toString()));
    if (!r.ok) {
        QVERIFY2(r.error.code == 409 && (r.error.reason == u"single_seat"_s ||
                                         r.error.reason == u"no_adjacent_seats"_s),
                 qPrintable(r.toString()));
        QCOMPARE(getMap(*m_manager, show.perf).status, u"aaaaa"_s);
        return;
    }
    const QString status = getMap(*m_manager, show.perf).status;
    static const QRegularExpression lone(u"(^|h)a(h|$)"_s);
    QVERIFY2(!lone.match(status).hasMatch(), qPrintable(u"the map after it: "_s + status));
}

void TestE2eSeating::partlyNoOpChangesPushOnlyWhatChanged()
{
    // Blocking two seats of which one is blocked already, or moving two seats of which one is
    // in that category already: one change each.
    LayoutBuilder b;
    b.grid(u"S"_s, 1, 6);
    const Show show = makeShow(*m_manager, u"Partly No-op Show"_s, b.layout());
    QVERIFY(show.isValid());
    const QList<qint64> a = show.venue.allIds();
    const qint64 first = createSeatedType(*m_manager, show.perf, u"First"_s, 1000, a.mid(0, 3));
    const qint64 second = createSeatedType(*m_manager, show.perf, u"Second"_s, 1000, a.mid(3, 3));
    QVERIFY(first && second);
    auto watcher = m_fixture.loginAs(u"clerk"_s);
    QVERIFY(watcher);
    MQ_VERIFY_OK(watcher->call(u"catalog.subscribe"_s, {{u"performanceId"_s, show.perf}}));
    qint64 version = getMap(*m_manager, show.perf).version;
    const auto block = [&](const QList<qint64> &ids) {
        return m_manager->call(
            u"admin.setSeatsBlocked"_s,
            {{u"performanceId"_s, show.perf}, {u"seatIds"_s, idArray(ids)}, {u"blocked"_s, true}});
    };
    MQ_VERIFY_OK(block({a[0]}));
    QString error = checkSeatsChanged(*watcher, show, ++version, {{a[0], {u"b"_s, first}}});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    MQ_VERIFY_OK(block({a[0], a[1]}));
    error = checkSeatsChanged(*watcher, show, ++version, {{a[1], {u"b"_s, first}}});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    MQ_VERIFY_OK(m_manager->call(u"admin.assignSeats"_s, {{u"ticketTypeId"_s, second},
                                                          {u"seatIds"_s, idArray({a[2], a[3]})}}));
    error = checkSeatsChanged(*watcher, show, ++version, {{a[2], {u"a"_s, second}}});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(!watcher->waitForPush(u"seats.changed"_s, nullptr, 300),
             "a second push for one change");
    const SeatMap map = getMap(*m_manager, show.perf);
    QCOMPARE(map.version, version);
    QCOMPARE(map.status, u"bbaaaa"_s);
    QCOMPARE(map.categories, (QList<qint64>{first, first, second, second, second, second}));
    QCOMPARE(ticketTypeNumbers(*m_manager, show.perf, first).value(u"capacity"_s).toInteger(), 0);
    const QString problems = numbersAgainstMap(*m_manager, show.perf, show.venue);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestE2eSeating::seatedOrderAfterTheStartStaysSold()
{
    LayoutBuilder b;
    b.grid(u"S"_s, 1, 4);
    const Show show = makeShow(*m_manager, u"Started Seated Show"_s, b.layout());
    QVERIFY(show.isValid());
    const QList<qint64> a = show.venue.allIds();
    QVERIFY(createSeatedType(*m_manager, show.perf, u"All"_s, 1000, a));
    const QJsonObject order = buySeats(*m_bob, show.perf, {a[1], a[2]});
    QVERIFY(!order.isEmpty());
    // A start cannot move into the past: the show moves to five minutes from now and the
    // server's clock six minutes on (holds last ten).
    MQ_VERIFY_OK(m_manager->call(
        u"admin.updatePerformance"_s,
        {{u"id"_s, show.perf},
         {u"startsAt"_s, seed::wireTime(QDateTime::currentDateTimeUtc().addSecs(300))}}));
    QVERIFY(m_fixture.setClockOffset(360 * 1000));
    const auto resetClock = qScopeGuard([this] { m_fixture.setClockOffset(0); });
    const qint64 version = getMap(*m_manager, show.perf).version;
    MQ_VERIFY_ERROR(m_bob->call(u"order.cancel"_s, {{u"orderId"_s, order.value(u"id"_s)}}), 409,
                    "performance_started");
    MQ_VERIFY_ERROR(m_clerk->call(u"order.cancel"_s, {{u"orderId"_s, order.value(u"id"_s)}}), 409,
                    "performance_started");
    const SeatMap map = getMap(*m_manager, show.perf);
    QCOMPARE(map.status, u"assa"_s);
    QCOMPARE(map.version, version);
}

void TestE2eSeating::checkoutErrorsComeInTheContractsOrder()
{
    // Params (422) before existence (404); rules (410) before payment (402).
    LayoutBuilder b;
    b.grid(u"S"_s, 1, 4);
    const Show show = makeShow(*m_manager, u"Error Order Show"_s, b.layout());
    QVERIFY(show.isValid());
    const QList<qint64> a = show.venue.allIds();
    QVERIFY(createSeatedType(*m_manager, show.perf, u"All"_s, 1000, a));
    const auto hold = holdSeats(*m_alice, show.perf, {a[0]});
    MQ_VERIFY_OK(hold);
    MQ_VERIFY_FIELD(m_bob->call(u"order.checkout"_s, {{u"holdId"_s, holdId(hold)}}), "payment");
    MQ_VERIFY_FIELD(
        m_bob->call(u"order.checkout"_s, {{u"holdId"_s, holdId(hold)}, {u"payment"_s, u"card"_s}}),
        "payment");
    MQ_VERIFY_ERROR(m_bob->call(u"order.checkout"_s, {{u"holdId"_s, holdId(hold)},
                                                      {u"payment"_s, seed::sandboxPayment()}}),
                    404, "not_found");
    MQ_VERIFY_OK(m_alice->call(u"hold.release"_s, {{u"holdId"_s, holdId(hold)}}));
    const int orders = orderCount(*m_alice);
    MQ_VERIFY_ERROR(m_alice->call(u"order.checkout"_s,
                                  {{u"holdId"_s, holdId(hold)},
                                   {u"payment"_s, seed::sandboxPayment(u"tok_declined"_s)}}),
                    410, "hold_expired");
    QCOMPARE(orderCount(*m_alice), orders);
    MQ_VERIFY_ERROR(m_alice->call(u"hold.create"_s, {{u"performanceId"_s, show.perf},
                                                     {u"seatIds"_s, idArray({a[0], a[0]})}}),
                    422, "validation");
}

// --- Expiry (--hold-seconds 2) ----------------------------------------------------------------

void TestE2eSeating::expiryPushesSeatsBack()
{
    auto manager = m_short.loginAs(u"manager"_s);
    QVERIFY(manager);
    auto holder = m_short.newCustomer(u"short_holder"_s);
    QVERIFY(holder);
    auto watcher = m_short.loginAs(u"clerk"_s);
    QVERIFY(watcher);
    LayoutBuilder b;
    b.grid(u"S"_s, 1, 6);
    const Show show = makeShow(*manager, u"Expiry Show"_s, b.layout());
    QVERIFY(show.isValid());
    const QList<qint64> a = show.venue.allIds();
    const qint64 type = createSeatedType(*manager, show.perf, u"All"_s, 1000, a);
    QVERIFY(type);
    MQ_VERIFY_OK(watcher->call(u"catalog.subscribe"_s, {{u"performanceId"_s, show.perf}}));
    const qint64 version = getMap(*manager, show.perf).version;
    const int orders = orderCount(*holder);

    const QDateTime asked = QDateTime::currentDateTimeUtc();
    const auto hold = holdSeats(*holder, show.perf, {a[1], a[2]});
    MQ_VERIFY_OK(hold);
    const QDateTime expiresAt =
        wireTimeOf(hold.result.value(u"hold"_s).toObject().value(u"expiresAt"_s));
    const qint64 lastsMs = asked.msecsTo(expiresAt);
    QVERIFY2(lastsMs > 1000 && lastsMs < 3500,
             qPrintable(u"a 2 s hold lasts %1 ms"_s.arg(lastsMs)));
    // checkSeatsChanged compares with the map, so take the "held" push first.
    QString error =
        checkSeatsChanged(*watcher, show, version + 1,
                          {{a[1], {u"h"_s, type}}, {a[2], {u"h"_s, type}}}, manager.get());
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // Pushed back as available within 2 s of expiring (and not before it expires).
    const qint64 waitMs = QDateTime::currentDateTimeUtc().msecsTo(expiresAt) + 2000 + 250;
    const QJsonObject push = nextSeatsChanged(*watcher, show.perf, int(qMax<qint64>(waitMs, 1)));
    const QDateTime arrived = QDateTime::currentDateTimeUtc();
    QVERIFY2(!push.isEmpty(),
             qPrintable(u"no seats.changed within 2 s of the hold's expiry at %1"_s.arg(
                 expiresAt.toString(Qt::ISODateWithMs))));
    qInfo("expired seats pushed %lld ms after expiresAt", expiresAt.msecsTo(arrived));
    QVERIFY2(arrived >= expiresAt.addMSecs(-50),
             qPrintable(u"seats released %1 ms before the hold expired"_s.arg(
                 arrived.msecsTo(expiresAt))));
    QCOMPARE(push.value(u"version"_s).toInteger(), version + 2);
    const auto seats = pushedSeats(push);
    QCOMPARE(seats.value(a[1]), qMakePair(u"a"_s, type));
    QCOMPARE(seats.value(a[2]), qMakePair(u"a"_s, type));
    QCOMPARE(getMap(*manager, show.perf).status, u"aaaaaa"_s);

    // Gone for checkout (nothing charged) and release; no longer listed.
    MQ_VERIFY_ERROR(holder->call(u"order.checkout"_s, {{u"holdId"_s, holdId(hold)},
                                                       {u"payment"_s, seed::sandboxPayment()}}),
                    410, "hold_expired");
    MQ_VERIFY_ERROR(holder->call(u"hold.release"_s, {{u"holdId"_s, holdId(hold)}}), 410,
                    "hold_expired");
    QCOMPARE(orderCount(*holder), orders);
    QCOMPARE(holder->call(u"hold.listMine"_s).result.value(u"holds"_s).toArray().size(), 0);
    const QString problems = numbersAgainstMap(*manager, show.perf, show.venue);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    QCOMPARE(getMap(*manager, show.perf).version, version + 2); // expired once, not twice
}

void TestE2eSeating::generalAdmissionHoldExpires()
{
    auto manager = m_short.loginAs(u"manager"_s);
    QVERIFY(manager);
    auto holder = m_short.newCustomer(u"short_ga_holder"_s);
    QVERIFY(holder);
    auto watcher = m_short.loginAs(u"clerk"_s);
    QVERIFY(watcher);
    const qint64 event = seed::createEvent(*manager, u"Expiring Standing"_s);
    const qint64 perf = seed::createPerformance(*manager, event, seed::daysFromNow(46));
    const qint64 type = seed::createTicketType(*manager, perf, u"Standing"_s, 900, 5);
    QVERIFY(type);
    MQ_VERIFY_OK(watcher->call(u"catalog.subscribe"_s, {{u"performanceId"_s, perf}}));
    const auto hold =
        holder->call(u"hold.create"_s, {{u"ticketTypeId"_s, type}, {u"quantity"_s, 2}});
    MQ_VERIFY_OK(hold);
    const QDateTime expiresAt =
        wireTimeOf(hold.result.value(u"hold"_s).toObject().value(u"expiresAt"_s));
    QCOMPARE(ticketTypeNumbers(*manager, perf, type).value(u"remaining"_s).toInteger(), 3);

    // inventory.changed brings the quantity back within 2 s of expiry.
    const QDeadlineTimer deadline(QDateTime::currentDateTimeUtc().msecsTo(expiresAt) + 2250);
    bool back = false;
    QJsonObject params;
    while (!back && watcher->waitForPush(u"inventory.changed"_s, &params,
                                         int(qMax<qint64>(1, deadline.remainingTime())))) {
        for (const QJsonValue &t : params.value(u"ticketTypes"_s).toArray()) {
            const QJsonObject o = t.toObject();
            if (o.value(u"id"_s).toInteger() == type && o.value(u"remaining"_s).toInteger() == 5)
                back = true;
        }
    }
    QVERIFY2(back, "no inventory.changed with remaining 5 within 2 s of the hold's expiry");
    const QJsonObject n = ticketTypeNumbers(*manager, perf, type);
    QCOMPARE(n.value(u"held"_s).toInteger(), 0);
    QCOMPARE(n.value(u"remaining"_s).toInteger(), 5);
    MQ_VERIFY_ERROR(holder->call(u"order.checkout"_s, {{u"holdId"_s, holdId(hold)},
                                                       {u"payment"_s, seed::sandboxPayment()}}),
                    410, "hold_expired");
    QCOMPARE(ticketTypeNumbers(*manager, perf, type).value(u"sold"_s).toInteger(), 0);
}

void TestE2eSeating::manyHoldsExpireOnTime()
{
    // Thirty holds made one after another expire one after another: every seat is pushed back
    // within 2 s of its own hold's expiry, never before it, and the versions run without gaps.
    auto manager = m_short.loginAs(u"manager"_s);
    QVERIFY(manager);
    auto clerk = m_short.loginAs(u"clerk"_s);
    QVERIFY(clerk);
    auto watcher = m_short.loginAs(u"admin"_s);
    QVERIFY(watcher);
    LayoutBuilder b;
    b.grid(u"S"_s, 3, 20);
    const Show show = makeShow(*manager, u"Many Expiries Show"_s, b.layout());
    QVERIFY(show.isValid());
    const QList<qint64> all = show.venue.allIds();
    QVERIFY(createSeatedType(*manager, show.perf, u"All"_s, 1000, all));
    MQ_VERIFY_OK(watcher->call(u"catalog.subscribe"_s, {{u"performanceId"_s, show.perf}}));
    const qint64 version = getMap(*manager, show.perf).version;

    QMap<qint64, QDateTime> expiryOfSeat;
    QDateTime lastExpiry;
    constexpr int Holds = 30;
    for (int i = 0; i < Holds; ++i) {
        const QList<qint64> seats = i < 25 ? QList<qint64>{all[i]} : all.mid(25 + (i - 25) * 3, 3);
        const auto r = holdSeats(*clerk, show.perf, seats);
        MQ_VERIFY_OK(r);
        const QDateTime expiresAt =
            wireTimeOf(r.result.value(u"hold"_s).toObject().value(u"expiresAt"_s));
        QVERIFY(expiresAt.isValid());
        for (const qint64 id : seats)
            expiryOfSeat.insert(id, expiresAt);
        lastExpiry = expiresAt;
        QTest::qWait(20); // spread the expiries over about 0.6 s
    }
    QList<qint64> versions;
    QMap<qint64, QDateTime> freedAt;
    const QDeadlineTimer deadline(QDateTime::currentDateTimeUtc().msecsTo(lastExpiry) + 2250);
    while (freedAt.size() < expiryOfSeat.size() && !deadline.hasExpired()) {
        const QJsonObject push =
            nextSeatsChanged(*watcher, show.perf, int(qMax<qint64>(1, deadline.remainingTime())));
        if (push.isEmpty())
            break;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        versions.append(push.value(u"version"_s).toInteger());
        const auto seats = pushedSeats(push);
        for (auto it = seats.cbegin(); it != seats.cend(); ++it) {
            if (it.value().first == u"a"_s && !freedAt.contains(it.key()))
                freedAt.insert(it.key(), now);
        }
    }
    QStringList late;
    for (auto it = expiryOfSeat.cbegin(); it != expiryOfSeat.cend(); ++it) {
        if (!freedAt.contains(it.key())) {
            late.append(u"seat %1 not pushed back (expired %2)"_s.arg(it.key()).arg(
                it.value().toString(Qt::ISODateWithMs)));
            continue;
        }
        const qint64 after = it.value().msecsTo(freedAt.value(it.key()));
        if (after > 2250 || after < -50)
            late.append(u"seat %1 pushed back %2 ms after its expiry"_s.arg(it.key()).arg(after));
    }
    QVERIFY2(late.isEmpty(), qPrintable(late.join(u"; "_s)));
    // The holds' own pushes came first: versions version+1 … are contiguous.
    const SeatMap map = getMap(*manager, show.perf);
    QCOMPARE(map.status, QString(60, u'a'));
    QCOMPARE(versions.size() > Holds, true);
    QCOMPARE(versions.first(), version + 1);
    for (qsizetype i = 1; i < versions.size(); ++i)
        QVERIFY2(versions.at(i) == versions.at(i - 1) + 1,
                 qPrintable(u"versions %1"_s.arg(idText(versions))));
    QCOMPARE(versions.last(), map.version);
    qInfo("%d holds expired in %lld changes", Holds, qint64(versions.size() - Holds));
}

void TestE2eSeating::checkoutJustAfterExpiryIsGone()
{
    // Past its expiresAt a hold is gone, whether or not the server has swept it yet.
    auto manager = m_short.loginAs(u"manager"_s);
    QVERIFY(manager);
    auto holder = m_short.newCustomer(u"just_late"_s);
    QVERIFY(holder);
    LayoutBuilder b;
    b.grid(u"S"_s, 1, 4);
    const Show show = makeShow(*manager, u"Just Late Show"_s, b.layout());
    QVERIFY(show.isValid());
    const QList<qint64> a = show.venue.allIds();
    QVERIFY(createSeatedType(*manager, show.perf, u"All"_s, 1000, a));
    const auto hold = holdSeats(*holder, show.perf, {a[1]});
    MQ_VERIFY_OK(hold);
    const QDateTime expiresAt =
        wireTimeOf(hold.result.value(u"hold"_s).toObject().value(u"expiresAt"_s));
    // Waiting for a moment on the clock, not for an answer.
    const qint64 untilExpiry = QDateTime::currentDateTimeUtc().msecsTo(expiresAt) + 20;
    if (untilExpiry > 0)
        QTest::qWait(int(untilExpiry));
    MQ_VERIFY_ERROR(holder->call(u"order.checkout"_s, {{u"holdId"_s, holdId(hold)},
                                                       {u"payment"_s, seed::sandboxPayment()}}),
                    410, "hold_expired");
    QCOMPARE(orderCount(*holder), 0);
    QVERIFY(getMap(*manager, show.perf).statusOf(show.venue, a[1]) != u's');
}

void TestE2eSeating::checkoutsRacingTheirExpiry()
{
    // Checkouts sent a few milliseconds before or after their hold expires: each either sells
    // (and the seat stays sold) or answers 410 with nothing charged (and the seat comes back).
    auto manager = m_short.loginAs(u"manager"_s);
    QVERIFY(manager);
    auto clerk = m_short.loginAs(u"clerk"_s);
    QVERIFY(clerk);
    LayoutBuilder b;
    b.grid(u"S"_s, 1, 16);
    const Show show = makeShow(*manager, u"Racing Expiry Show"_s, b.layout());
    QVERIFY(show.isValid());
    const QList<qint64> a = show.venue.allIds();
    const qint64 type = createSeatedType(*manager, show.perf, u"All"_s, 1000, a);
    QVERIFY(type);
    const int ordersBefore = orderCount(*clerk);
    struct Race
    {
        qint64 seat = 0;
        qint64 hold = 0;
        QDateTime sendAt;
        QJsonValue requestId;
    };
    QList<Race> races;
    const int offsets[] = {-40, -20, -10, -5, 0, 5, 10, 20};
    for (int i = 0; i < 16; ++i) {
        const auto r = holdSeats(*clerk, show.perf, {a[i]});
        MQ_VERIFY_OK(r);
        const QDateTime expiresAt =
            wireTimeOf(r.result.value(u"hold"_s).toObject().value(u"expiresAt"_s));
        races.append({a[i], holdId(r), expiresAt.addMSecs(offsets[i % 8]), {}});
    }
    std::sort(races.begin(), races.end(),
              [](const Race &x, const Race &y) { return x.sendAt < y.sendAt; });
    for (Race &race : races) {
        const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(race.sendAt);
        if (wait > 0)
            QTest::qWait(int(wait)); // a moment on the clock, not an answer
        race.requestId = clerk->send(
            u"order.checkout"_s, {{u"holdId"_s, race.hold}, {u"payment"_s, seed::cashPayment()}});
    }
    QSet<qint64> sold;
    for (const Race &race : std::as_const(races)) {
        const TestClient::Response r = clerk->waitForResponse(race.requestId, 30000);
        if (r.ok) {
            sold.insert(race.seat);
            QCOMPARE(orderItemSeatsOf(r.result.value(u"order"_s).toObject()),
                     QList<qint64>{race.seat});
        } else {
            MQ_VERIFY_ERROR(r, 410, "hold_expired");
        }
    }
    qInfo("%lld of 16 checkouts at their hold's expiry sold", qint64(sold.size()));
    // Whatever is not sold is pushed back within 2 s; what is sold stays sold.
    const QDeadlineTimer deadline(2500);
    SeatMap map = getMap(*manager, show.perf);
    while (map.count(u'h') > 0 && !deadline.hasExpired()) {
        QTest::qWait(100);
        map = getMap(*manager, show.perf);
    }
    for (const qint64 seat : a)
        QCOMPARE(map.statusOf(show.venue, seat), sold.contains(seat) ? QChar(u's') : QChar(u'a'));
    QCOMPARE(orderCount(*clerk), ordersBefore + int(sold.size()));
    const QString problems = numbersAgainstMap(*manager, show.perf, show.venue);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestE2eSeating::holdOutlivesARestartAndExpiresOnTime()
{
    // A hold that has not expired when the server restarts keeps its expiry: still held after
    // the restart, pushed back within 2 s of expiring.
    ServerFixture fixture{QStringLiteral(MARQUEE_SERVER_BINARY)};
    QVERIFY2(fixture.start({u"--hold-seconds"_s, u"6"_s}), qPrintable(fixture.errorString()));
    auto manager = fixture.loginAs(u"manager"_s);
    QVERIFY(manager);
    auto holder = fixture.newCustomer(u"outliving_holder"_s);
    QVERIFY(holder);
    const QString token = holder->token();
    LayoutBuilder b;
    b.grid(u"S"_s, 1, 4);
    const Show show = makeShow(*manager, u"Outliving Show"_s, b.layout());
    QVERIFY(show.isValid());
    const QList<qint64> a = show.venue.allIds();
    const qint64 type = createSeatedType(*manager, show.perf, u"All"_s, 1000, a);
    QVERIFY(type);
    const auto hold = holdSeats(*holder, show.perf, {a[0], a[1]});
    MQ_VERIFY_OK(hold);
    const QDateTime expiresAt =
        wireTimeOf(hold.result.value(u"hold"_s).toObject().value(u"expiresAt"_s));

    QVERIFY2(fixture.restart(), qPrintable(fixture.errorString()));
    manager = fixture.loginAs(u"manager"_s);
    QVERIFY(manager);
    auto watcher = fixture.loginAs(u"clerk"_s);
    QVERIFY(watcher);
    MQ_VERIFY_OK(watcher->call(u"catalog.subscribe"_s, {{u"performanceId"_s, show.perf}}));
    const SeatMap map = getMap(*manager, show.perf);
    if (QDateTime::currentDateTimeUtc() >= expiresAt)
        QSKIP("the restart took longer than the hold lasts");
    QCOMPARE(map.status, u"hhaa"_s);
    auto resumed = fixture.connect();
    QVERIFY(resumed);
    MQ_VERIFY_OK(resumed->call(u"auth.resume"_s, {{u"token"_s, token}}));
    const QJsonArray holds = resumed->call(u"hold.listMine"_s).result.value(u"holds"_s).toArray();
    QCOMPARE(holds.size(), 1);
    QCOMPARE(wireTimeOf(holds.first().toObject().value(u"expiresAt"_s)), expiresAt);

    const qint64 waitMs = QDateTime::currentDateTimeUtc().msecsTo(expiresAt) + 2250;
    const QJsonObject push = nextSeatsChanged(*watcher, show.perf, int(qMax<qint64>(1, waitMs)));
    QVERIFY2(!push.isEmpty(), "the hold did not expire on time after the restart");
    const QDateTime arrived = QDateTime::currentDateTimeUtc();
    QVERIFY2(arrived >= expiresAt.addMSecs(-50),
             qPrintable(u"released %1 ms early"_s.arg(arrived.msecsTo(expiresAt))));
    QCOMPARE(pushedSeats(push).value(a[0]), qMakePair(u"a"_s, type));
    QCOMPARE(pushedSeats(push).value(a[1]), qMakePair(u"a"_s, type));
    QCOMPARE(push.value(u"version"_s).toInteger(), map.version + 1);
    QCOMPARE(fixture.server().stop(), 0);
}

void TestE2eSeating::holdExpiringWhileServerIsDown()
{
    auto manager = m_short.loginAs(u"manager"_s);
    QVERIFY(manager);
    auto holder = m_short.newCustomer(u"restart_holder"_s);
    QVERIFY(holder);
    LayoutBuilder b;
    b.grid(u"S"_s, 1, 6);
    const Show show = makeShow(*manager, u"Restart Expiry Show"_s, b.layout());
    QVERIFY(show.isValid());
    const QList<qint64> a = show.venue.allIds();
    QVERIFY(createSeatedType(*manager, show.perf, u"All"_s, 1000, a));
    const QString token = holder->token();

    const auto hold = holdSeats(*holder, show.perf, {a[2], a[3]});
    MQ_VERIFY_OK(hold);
    const QDateTime expiresAt =
        wireTimeOf(hold.result.value(u"hold"_s).toObject().value(u"expiresAt"_s));
    // Still held when the server goes down…
    QCOMPARE(holder->call(u"hold.listMine"_s).result.value(u"holds"_s).toArray().size(), 1);
    QVERIFY2(QDateTime::currentDateTimeUtc() < expiresAt,
             "the hold expired before the server could be stopped");
    // …and expired while it was down.
    QVERIFY2(m_short.restartOnSamePort(ShortHoldSeconds * 1000 + 500),
             qPrintable(m_short.errorString()));
    QVERIFY(QDateTime::currentDateTimeUtc() > expiresAt);

    manager = m_short.loginAs(u"manager"_s);
    QVERIFY(manager);
    // Free after the restart (within the 2 s the contract gives any expiry).
    const QDeadlineTimer deadline(2000);
    SeatMap map = getMap(*manager, show.perf);
    while (map.ok && map.status != u"aaaaaa"_s && !deadline.hasExpired()) {
        QTest::qWait(50);
        map = getMap(*manager, show.perf);
    }
    QVERIFY2(map.ok, qPrintable(map.error));
    QCOMPARE(map.status, u"aaaaaa"_s);
    auto resumed = m_short.connect();
    QVERIFY(resumed);
    MQ_VERIFY_OK(resumed->call(u"auth.resume"_s, {{u"token"_s, token}}));
    QCOMPARE(resumed->call(u"hold.listMine"_s).result.value(u"holds"_s).toArray().size(), 0);
    MQ_VERIFY_ERROR(resumed->call(u"order.checkout"_s, {{u"holdId"_s, holdId(hold)},
                                                        {u"payment"_s, seed::sandboxPayment()}}),
                    410, "hold_expired");
    auto other = m_short.newCustomer(u"restart_other"_s);
    QVERIFY(other);
    MQ_VERIFY_OK(holdSeats(*other, show.perf, {a[2], a[3]}));
    const QString problems = numbersAgainstMap(*manager, show.perf, show.venue);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

QTEST_GUILESS_MAIN(TestE2eSeating)
#include "tst_e2e_seating.moc"
