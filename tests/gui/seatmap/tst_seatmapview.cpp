// The seat map on its own, offscreen, without a server: layouts, selection by click, rectangle
// and keyboard, states and live changes, hit tests, the level-of-detail switch, and the
// 50,000-seat stadium (load and first paint are printed, never asserted).
// With MARQUEE_SCREENSHOT_DIR set, every sample venue is saved there as a PNG for review.
#include "seatmap/seatmapview.h"
#include "seatmap/seatstate.h"
#include "seatmap/venuelayout.h"
#include "seatmap/venueshape.h"
#include "widgets/theme.h"

#include <QAccessible>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMouseEvent>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QtTest>

#include <numeric>

using namespace Qt::StringLiterals;
using namespace mq;
using namespace mq::client;

namespace {

// rows × seats, 1 unit apart, an aisle after seat 4 of every row; ids 101… in seat order.
QJsonObject smallHall(int rows = 4, int seats = 8)
{
    QJsonArray rowsJson;
    Id id = 101;
    for (int r = 0; r < rows; ++r) {
        QJsonArray seatsJson;
        for (int s = 0; s < seats; ++s) {
            QJsonObject seat{{u"id"_s, id++},
                             {u"label"_s, QString::number(s + 1)},
                             {u"x"_s, s + (s >= 4 ? 1.0 : 0.0)},
                             {u"y"_s, 2.0 + r * 1.1}};
            if (s == 3)
                seat.insert(u"aisleAfter"_s, true);
            if (r == 0 && s == 0)
                seat.insert(u"accessible"_s, true);
            if (r == 0 && s == 1)
                seat.insert(u"companion"_s, true);
            if (r == rows - 1 && s == seats - 1) {
                seat.insert(u"restrictedView"_s, true);
                seat.insert(u"note"_s, u"Behind a pillar"_s);
            }
            seatsJson.append(seat);
        }
        rowsJson.append(
            QJsonObject{{u"label"_s, QString(QChar(u'A' + r))}, {u"seats"_s, seatsJson}});
    }
    return {
        {u"id"_s, 7},
        {u"name"_s, u"Studio"_s},
        {u"seatCount"_s, rows * seats},
        {u"focus"_s, QJsonObject{{u"x"_s, 4}, {u"y"_s, 0}}},
        {u"sections"_s, QJsonArray{QJsonObject{{u"name"_s, u"Stalls"_s}, {u"rows"_s, rowsJson}}}}};
}

QJsonObject readVenueFile(const QString &name)
{
    QFile file(QStringLiteral(MARQUEE_VENUES_DIR) + u"/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void sendMouse(QWidget *viewport, QEvent::Type type, const QPoint &pos, Qt::MouseButton button,
               Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QMouseEvent event(type, pos, viewport->mapToGlobal(pos), button, buttons, modifiers);
    QApplication::sendEvent(viewport, &event);
}

} // namespace

class TestSeatMapView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parsesVenuesAndBareLayouts();
    void rejectsBrokenLayouts();
    void sampleVenuesLoadWithTheirShapes_data();
    void sampleVenuesLoadWithTheirShapes();
    void clickSelectsAndDeselects();
    void rubberBandSelectsTheSeatsInside();
    void selectionLimit();
    void keyboardMovesSelectsAndActivates();
    void statesDecideWhatCanBeSelected();
    void liveChangesUpdateStatesAndSelection();
    void hitTests();
    void zoomedOutShowsBlocks();
    void venueWithoutPerformanceCountsSeats();
    void touchStartShowsBigSeatsNearTheStage_data();
    void touchStartShowsBigSeatsNearTheStage();
    void rubberBandSelectsZoomedOut_data();
    void rubberBandSelectsZoomedOut();
    void fiftyThousandSeats();
    void screenshots();

private:
    std::unique_ptr<SeatMapView> showView(const QJsonObject &venue, QSize size = QSize(900, 640));
};

void TestSeatMapView::initTestCase()
{
    Theme::apply(*qApp);
}

std::unique_ptr<SeatMapView> TestSeatMapView::showView(const QJsonObject &venue, QSize size)
{
    auto view = std::make_unique<SeatMapView>();
    view->resize(size);
    const auto layout = VenueLayout::fromJson(venue);
    if (!layout)
        return view;
    view->setVenueLayout(*layout);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get()))
        qWarning("seat map window not exposed");
    view->fitToView();
    return view;
}

void TestSeatMapView::parsesVenuesAndBareLayouts()
{
    const auto venue = VenueLayout::fromJson(smallHall());
    QVERIFY(venue);
    QCOMPARE(venue->id(), 7);
    QCOMPARE(venue->name(), u"Studio"_s);
    QCOMPARE(venue->seats().size(), 32);
    QCOMPARE(venue->seats().first().id, 101);
    QCOMPARE(venue->indexOf(101), 0);
    QCOMPARE(venue->indexOf(132), 31);
    QCOMPARE(venue->indexOf(133), -1);
    QCOMPARE(venue->seats().at(9).rowLabel, u"B"_s);
    QCOMPARE(venue->seats().at(9).label, u"2"_s);
    QCOMPARE(venue->seats().at(9).sectionName, u"Stalls"_s);
    QVERIFY(venue->seats().at(0).accessible);
    QVERIFY(venue->seats().at(1).companion);
    QVERIFY(venue->seats().at(3).aisleAfter);
    QCOMPARE(venue->seats().at(31).note, u"Behind a pillar"_s);
    QVERIFY(venue->seats().at(31).restrictedView);
    QCOMPARE(venue->focus(), QPointF(4, 0));
    QCOMPARE(venue->bounds(), QRectF(QPointF(0, 2), QPointF(8, 2 + 3 * 1.1)));
    QCOMPARE(venue->pitch(), 1.0);

    // A bare layout (what admin.createVenue takes): ids 1..n, focus from the bounding box.
    QJsonObject bare = smallHall(2, 3);
    bare.remove(u"focus"_s);
    QJsonArray sections = bare.value(u"sections"_s).toArray();
    QJsonObject section = sections.first().toObject();
    QJsonArray rows = section.value(u"rows"_s).toArray();
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QJsonObject row = rows.at(r).toObject();
        QJsonArray seats = row.value(u"seats"_s).toArray();
        for (qsizetype s = 0; s < seats.size(); ++s) {
            QJsonObject seat = seats.at(s).toObject();
            seat.remove(u"id"_s);
            seats[s] = seat;
        }
        row[u"seats"_s] = seats;
        rows[r] = row;
    }
    section[u"rows"_s] = rows;
    sections[0] = section;
    const auto layout = VenueLayout::fromJson({{u"sections"_s, sections}});
    QVERIFY(layout);
    QCOMPARE(layout->seats().size(), 6);
    QCOMPARE(layout->seats().at(0).id, 1);
    QCOMPARE(layout->seats().at(5).id, 6);
    QCOMPARE(layout->focus(), QPointF(1, 2)); // middle of the smallest-y edge
    // And a sample venue file, {name, layout}.
    const auto file = VenueLayout::fromJson(
        {{u"name"_s, u"File"_s}, {u"layout"_s, QJsonObject{{u"sections"_s, sections}}}});
    QVERIFY(file);
    QCOMPARE(file->name(), u"File"_s);
    QCOMPARE(file->seats().size(), 6);
}

void TestSeatMapView::rejectsBrokenLayouts()
{
    QString error;
    QVERIFY(!VenueLayout::fromJson({}, &error));
    QVERIFY(!error.isEmpty());
    const QJsonObject noSeats{
        {u"sections"_s, QJsonArray{QJsonObject{
                            {u"name"_s, u"A"_s},
                            {u"rows"_s, QJsonArray{QJsonObject{{u"label"_s, u"1"_s},
                                                               {u"seats"_s, QJsonArray{}}}}}}}}};
    QVERIFY(!VenueLayout::fromJson(noSeats, &error));
    QVERIFY(error.contains(u"no seats"_s));
    const QJsonObject noPosition{
        {u"sections"_s,
         QJsonArray{QJsonObject{
             {u"name"_s, u"A"_s},
             {u"rows"_s, QJsonArray{QJsonObject{
                             {u"label"_s, u"1"_s},
                             {u"seats"_s, QJsonArray{QJsonObject{{u"label"_s, u"1"_s}}}}}}}}}}};
    QVERIFY(!VenueLayout::fromJson(noPosition, &error));
}

void TestSeatMapView::sampleVenuesLoadWithTheirShapes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("shape");
    QTest::addColumn<int>("minSeats");
    QTest::newRow("cinema") << u"cinema-hall.json"_s << int(VenueShape::Cinema) << 100;
    QTest::newRow("concert") << u"concert-hall.json"_s << int(VenueShape::Hall) << 1500;
    QTest::newRow("stadium") << u"stadium.json"_s << int(VenueShape::Stadium) << 40000;
    QTest::newRow("a320") << u"a320.json"_s << int(VenueShape::Aircraft) << 150;
    QTest::newRow("train") << u"train-car.json"_s << int(VenueShape::Train) << 50;
}

void TestSeatMapView::sampleVenuesLoadWithTheirShapes()
{
    QFETCH(QString, file);
    QFETCH(int, shape);
    QFETCH(int, minSeats);
    const QJsonObject json = readVenueFile(file);
    if (json.isEmpty())
        QSKIP("sample venue not there yet");
    QString error;
    const auto layout = VenueLayout::fromJson(json, &error);
    QVERIFY2(layout, qPrintable(error));
    QVERIFY(layout->seats().size() >= minSeats);
    QCOMPARE(int(VenueShapes::detect(*layout)), shape);
}

void TestSeatMapView::clickSelectsAndDeselects()
{
    auto view = showView(smallHall());
    QSignalSpy changed(view.get(), &SeatMapView::selectionChanged);
    const int seat = 10; // row B, seat 3
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->seatViewportPos(seat));
    QCOMPARE(view->selectedSeatIds(), QList<Id>{111});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(view->cursorSeat(), seat);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->seatViewportPos(seat));
    QVERIFY(view->selectedSeatIds().isEmpty());
    QCOMPARE(changed.count(), 2);
    // Nothing happens with selection switched off.
    view->setSelectionMode(SeatMapView::SelectionMode::None);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->seatViewportPos(seat));
    QVERIFY(view->selectedSeatIds().isEmpty());
}

void TestSeatMapView::rubberBandSelectsTheSeatsInside()
{
    auto view = showView(smallHall());
    QWidget *vp = view->viewport();
    // From just above-left of row A seat 2 to just below-right of row B seat 3: four seats.
    const QPoint a = view->seatViewportPos(1) - QPoint(6, 6);
    const QPoint b = view->seatViewportPos(10) + QPoint(6, 6);
    sendMouse(vp, QEvent::MouseButtonPress, a, Qt::LeftButton, Qt::LeftButton);
    sendMouse(vp, QEvent::MouseMove, (a + b) / 2, Qt::NoButton, Qt::LeftButton);
    sendMouse(vp, QEvent::MouseMove, b, Qt::NoButton, Qt::LeftButton);
    sendMouse(vp, QEvent::MouseButtonRelease, b, Qt::LeftButton, Qt::NoButton);
    QCOMPARE(view->selectedSeatIds(), (QList<Id>{102, 103, 110, 111}));
    // A plain drag replaces the selection; with Ctrl it adds.
    const QPoint c = view->seatViewportPos(31) - QPoint(6, 6);
    const QPoint d = view->seatViewportPos(31) + QPoint(6, 6);
    sendMouse(vp, QEvent::MouseButtonPress, c, Qt::LeftButton, Qt::LeftButton, Qt::ControlModifier);
    sendMouse(vp, QEvent::MouseMove, d, Qt::NoButton, Qt::LeftButton, Qt::ControlModifier);
    sendMouse(vp, QEvent::MouseButtonRelease, d, Qt::LeftButton, Qt::NoButton, Qt::ControlModifier);
    QCOMPARE(view->selectedSeatIds(), (QList<Id>{102, 103, 110, 111, 132}));
    sendMouse(vp, QEvent::MouseButtonPress, c, Qt::LeftButton, Qt::LeftButton);
    sendMouse(vp, QEvent::MouseMove, d, Qt::NoButton, Qt::LeftButton);
    sendMouse(vp, QEvent::MouseButtonRelease, d, Qt::LeftButton, Qt::NoButton);
    QCOMPARE(view->selectedSeatIds(), QList<Id>{132});
}

void TestSeatMapView::selectionLimit()
{
    auto view = showView(smallHall());
    view->setMaxSelection(2);
    QSignalSpy limit(view.get(), &SeatMapView::selectionLimitReached);
    for (int seat : {0, 1, 2})
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->seatViewportPos(seat));
    QCOMPARE(view->selectedSeatIds(), (QList<Id>{101, 102}));
    QCOMPARE(limit.count(), 1);
    QCOMPARE(limit.first().first().toInt(), 2);
    view->setSelectedSeatIds({101, 102, 103, 104});
    QCOMPARE(view->selectedSeatIds().size(), 2);
}

void TestSeatMapView::keyboardMovesSelectsAndActivates()
{
    auto view = showView(smallHall());
    view->setFocus();
    QSignalSpy activated(view.get(), &SeatMapView::seatActivated);
    QTest::keyClick(view.get(), Qt::Key_Home);
    QCOMPARE(view->cursorSeat(), 0);
    QTest::keyClick(view.get(), Qt::Key_Right);
    QCOMPARE(view->cursorSeat(), 1);
    QTest::keyClick(view.get(), Qt::Key_Right);
    QTest::keyClick(view.get(), Qt::Key_Right);
    QTest::keyClick(view.get(), Qt::Key_Right); // across the aisle
    QCOMPARE(view->cursorSeat(), 4);
    QTest::keyClick(view.get(), Qt::Key_Down);
    QCOMPARE(view->cursorSeat(), 12); // row B, the same place
    QTest::keyClick(view.get(), Qt::Key_Left);
    QCOMPARE(view->cursorSeat(), 11);
    QTest::keyClick(view.get(), Qt::Key_Up);
    QCOMPARE(view->cursorSeat(), 3);
    QTest::keyClick(view.get(), Qt::Key_Space);
    QCOMPARE(view->selectedSeatIds(), QList<Id>{104});
    // The seat under the cursor is what a screen reader hears.
    QVERIFY(view->accessibleDescription().contains(u"row A, seat 4"_s));
    QVERIFY(view->accessibleDescription().contains(u"selected"_s));
    QTest::keyClick(view.get(), Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().value<Id>(), 104);
    QTest::keyClick(view.get(), Qt::Key_Space);
    QVERIFY(view->selectedSeatIds().isEmpty());
    // Zoom keys.
    const double before = view->zoom();
    QTest::keyClick(view.get(), Qt::Key_Plus);
    QVERIFY(view->zoom() > before);
    QTest::keyClick(view.get(), Qt::Key_0);
    QCOMPARE(view->zoom(), before);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(view.get());
    QVERIFY(iface && !iface->text(QAccessible::Name).isEmpty());
}

void TestSeatMapView::statesDecideWhatCanBeSelected()
{
    auto view = showView(smallHall());
    // a h s b x, then the rest available; categories 5 and 6.
    QString status = u"ahsbx"_s + QString(27, u'a');
    QList<Id> categories(32, 5);
    categories[4] = 0;
    categories[20] = 6;
    view->setSeatStates(status, categories);
    view->setCategories({TicketType{5, 1, u"Standard"_s, 4500, 0, 0, 0},
                         TicketType{6, 1, u"Premium"_s, 9000, 0, 0, 0}});
    QCOMPARE(view->seatState(1), SeatState::Held);
    QCOMPARE(view->seatState(2), SeatState::Sold);
    QCOMPARE(view->seatState(3), SeatState::Blocked);
    QCOMPARE(view->seatState(4), SeatState::NotOnSale);
    QCOMPARE(view->seatCategory(20), 6);
    QVERIFY(view->categoryColor(5) != view->categoryColor(6));
    for (int seat = 1; seat <= 4; ++seat) {
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->seatViewportPos(seat));
        QVERIFY2(view->selectedSeatIds().isEmpty(),
                 "a seat that is not available cannot be picked");
    }
    QVERIFY(view->seatDescription(2).contains(u"sold"_s));
    QVERIFY(view->seatDescription(20).contains(u"Premium"_s));
    // Staff pick any seat.
    view->setSelectionMode(SeatMapView::SelectionMode::Any);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->seatViewportPos(2));
    QCOMPARE(view->selectedSeatIds(), QList<Id>{103});
    // Your own hold is drawn as yours and is not picked again.
    view->setSelectionMode(SeatMapView::SelectionMode::Available);
    QVERIFY(view->selectedSeatIds().isEmpty());
    view->setHighlightedSeats({102});
    QVERIFY(view->isSeatHighlighted(1));
    QCOMPARE(view->highlightedSeatIds(), QList<Id>{102});
    QVERIFY(view->seatDescription(1).contains(u"held for you"_s));
}

void TestSeatMapView::liveChangesUpdateStatesAndSelection()
{
    auto view = showView(smallHall());
    view->setSeatStates(QString(32, u'a'), QList<Id>(32, 5));
    view->setSelectedSeatIds({105, 106});
    QSignalSpy selection(view.get(), &SeatMapView::selectionChanged);
    QSignalSpy states(view.get(), &SeatMapView::seatStatesChanged);
    // Someone else takes seat 105: it leaves our selection; 120 is moved to category 6.
    view->applySeatChanges(
        QJsonArray{QJsonObject{{u"id"_s, 105}, {u"status"_s, u"h"_s}, {u"ticketTypeId"_s, 5}},
                   QJsonObject{{u"id"_s, 120}, {u"status"_s, u"a"_s}, {u"ticketTypeId"_s, 6}},
                   QJsonObject{{u"id"_s, 9999}, {u"status"_s, u"s"_s}, {u"ticketTypeId"_s, 5}}});
    QCOMPARE(view->seatState(4), SeatState::Held);
    QCOMPARE(view->seatCategory(19), 6);
    QCOMPARE(view->selectedSeatIds(), QList<Id>{106});
    QCOMPARE(selection.count(), 1);
    QCOMPARE(states.count(), 1);
    QCOMPARE(states.first().first().value<QList<int>>(), (QList<int>{4, 19}));
    view->applySeatChanges(
        QJsonArray{QJsonObject{{u"id"_s, 105}, {u"status"_s, u"a"_s}, {u"ticketTypeId"_s, 5}}});
    QCOMPARE(view->seatState(4), SeatState::Available);
}

void TestSeatMapView::hitTests()
{
    auto view = showView(smallHall());
    for (int seat : {0, 7, 12, 31})
        QCOMPARE(view->seatAt(view->seatViewportPos(seat)), seat);
    // In the aisle between seats 4 and 5 of row A: nothing.
    const QPoint aisle = (view->seatViewportPos(3) + view->seatViewportPos(4)) / 2;
    QCOMPARE(view->seatAt(aisle), -1);
    QCOMPARE(view->seatAt(QPoint(2, 2)), -1);
}

void TestSeatMapView::zoomedOutShowsBlocks()
{
    const QJsonObject json = readVenueFile(u"stadium.json"_s);
    if (json.isEmpty())
        QSKIP("no stadium yet");
    auto view = showView(json);
    QVERIFY2(view->showsBlocks(), "a whole stadium shows its sections as blocks");
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->seatViewportPos(100));
    QVERIFY2(!view->showsBlocks(), "a click on a block zooms into its seats");
    QVERIFY(view->seatPixels() >= 10);
    view->fitToView();
    QVERIFY(view->showsBlocks());
    for (int i = 0; i < 12 && view->showsBlocks(); ++i)
        view->zoomIn();
    QVERIFY(!view->showsBlocks());
    QVERIFY(!view->grab().isNull());
}

void TestSeatMapView::venueWithoutPerformanceCountsSeats()
{
    const QJsonObject json = readVenueFile(u"stadium.json"_s);
    if (json.isEmpty())
        QSKIP("no stadium yet");
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    auto view = showView(json);
    // The admin's venue preview: no performance, so no seat is "free" or "available".
    QVERIFY(!view->hasSeatStates());
    QVERIFY(view->showsBlocks());
    const int seats = view->venueLayout().sections().first().seatCount;
    QVERIFY(seats >= 1000);
    QCOMPARE(view->sectionCaption(0), QLocale().toString(seats) + u" seats"_s);
    QVERIFY(!view->seatDescription(0).contains(u"available"_s));
    QVERIFY(!view->grab().isNull());

    // With a performance's states the block says how many are free.
    const int n = view->seatCount();
    QString status(n, u'a');
    status[0] = u's';
    view->setSeatStates(status, QList<Id>(n, 0));
    QVERIFY(view->hasSeatStates());
    QCOMPARE(view->sectionCaption(0), QLocale().toString(seats - 1) + u" free"_s);
    QVERIFY(view->seatDescription(1).contains(u"available"_s));
    status.fill(u'x');
    view->setSeatStates(status, QList<Id>(n, 0));
    QCOMPARE(view->sectionCaption(0), u"not on sale"_s);
    // A new venue starts without states again.
    view->setVenueLayout(*VenueLayout::fromJson(json));
    QVERIFY(!view->hasSeatStates());
    QVERIFY(view->sectionCaption(0).endsWith(u" seats"_s));
    QLocale::setDefault(before);
}

void TestSeatMapView::touchStartShowsBigSeatsNearTheStage_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QSize>("size");
    QTest::newRow("concert hall, 1360 kiosk") << u"concert-hall.json"_s << QSize(860, 540);
    QTest::newRow("concert hall, 1024 kiosk") << u"concert-hall.json"_s << QSize(520, 380);
    QTest::newRow("stadium") << u"stadium.json"_s << QSize(860, 540);
    QTest::newRow("a320") << u"a320.json"_s << QSize(520, 380);
    QTest::newRow("cinema") << u"cinema-hall.json"_s << QSize(860, 540);
}

void TestSeatMapView::touchStartShowsBigSeatsNearTheStage()
{
    QFETCH(QString, file);
    QFETCH(QSize, size);
    const QJsonObject json = readVenueFile(file);
    if (json.isEmpty())
        QSKIP("sample venue not there yet");
    auto view = std::make_unique<SeatMapView>();
    view->resize(size);
    view->setDragPans(true);
    view->setStartSeatPixels(28);
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    view->setVenueLayout(*VenueLayout::fromJson(json));
    // The seats nearest the stage sold out: the start view aims at the free ones nearest it.
    const int n = view->seatCount();
    const QPointF stage = view->venueLayout().focus();
    const auto distance = [&](int i) {
        const QPointF d = view->venueLayout().seat(i).pos - stage;
        return d.x() * d.x() + d.y() * d.y();
    };
    QList<int> byDistance(n);
    std::iota(byDistance.begin(), byDistance.end(), 0);
    std::sort(byDistance.begin(), byDistance.end(),
              [&](int a, int b) { return distance(a) < distance(b); });
    QString status(n, u'a');
    for (int k = 0; k < n / 10; ++k)
        status[byDistance.at(k)] = u's';
    const int nearest = byDistance.at(n / 10); // the free seat nearest the stage
    view->setSeatStates(status, QList<Id>(n, 0));
    QTest::qWait(20); // scroll bars come up after the event loop has run, and resize the view

    QVERIFY2(view->seatPixels() >= 28 - 0.01, qPrintable(QString::number(view->seatPixels())));
    QVERIFY(!view->showsBlocks());
    // The whole map would have smaller seats (except where it fits anyway, like a cinema).
    const double startPx = view->seatPixels();
    const QPointF startCentre = view->mapToScene(view->viewport()->rect().center());
    view->fitToView();
    const double fitPx = view->seatPixels();
    QVERIFY(fitPx <= startPx + 0.01);
    const bool zoomedIn = fitPx < 28;
    view->showStart();
    QCOMPARE(view->seatPixels(), startPx);
    // (Scroll bars come and go after the event loop has run: the same place once they have.)
    const auto centre = [&] { return view->mapToScene(view->viewport()->rect().center()); };
    QTRY_VERIFY2((centre() - startCentre).manhattanLength() < 1.0,
                 qPrintable(u"%1,%2"_s.arg(centre().x()).arg(centre().y())));

    // On screen: the free seat nearest the stage, and plenty of seats around it.
    const QRect visible = view->viewport()->rect();
    int onScreen = 0;
    for (int i = 0; i < n; ++i)
        onScreen += visible.contains(view->seatViewportPos(i));
    // (A stadium's field has free seats equally near on both sides: one of them will do.)
    const auto nearestOnScreen = [&] {
        for (int k = n / 10; k < n && distance(byDistance.at(k)) <= distance(nearest) * 1.04; ++k) {
            if (view->viewport()->rect().contains(view->seatViewportPos(byDistance.at(k))))
                return true;
        }
        return false;
    };
    QVERIFY2(nearestOnScreen(), qPrintable(view->seatDescription(nearest)));
    QVERIFY2(onScreen >= std::min(n, 20), qPrintable(QString::number(onScreen)));

    // It follows a resize (a kiosk's window coming up) until the customer moves the map.
    view->resize(size + QSize(80, 60));
    QTRY_VERIFY(view->seatPixels() >= 28 - 0.01);
    QVERIFY(nearestOnScreen());
    if (!zoomedIn)
        return; // the whole venue fits at touch size: nothing to pan
    // Still pannable: a finger's drag moves the map.
    QWidget *vp = view->viewport();
    const QPointF before = view->mapToScene(vp->rect().center());
    const QPoint from = vp->rect().center();
    const QPoint to = from + QPoint(120, 90);
    sendMouse(vp, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    sendMouse(vp, QEvent::MouseMove, (from + to) / 2, Qt::NoButton, Qt::LeftButton);
    sendMouse(vp, QEvent::MouseMove, to, Qt::NoButton, Qt::LeftButton);
    sendMouse(vp, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
    QVERIFY(view->selectedSeatIds().isEmpty());
    QVERIFY(view->mapToScene(vp->rect().center()) != before);
    // Panned: a resize now leaves the map where the customer put it.
    const QPointF panned = view->mapToScene(vp->rect().center());
    view->resize(size);
    QTest::qWait(20);
    QCOMPARE(view->seatPixels(), startPx);
    QVERIFY((view->mapToScene(vp->rect().center()) - panned).manhattanLength() < 200);
}

void TestSeatMapView::rubberBandSelectsZoomedOut_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("zoomSteps");
    QTest::addColumn<bool>("flick"); // released far away with no move in between
    using Mode = SeatMapView::SelectionMode;
    QTest::newRow("any, blocks") << int(Mode::Any) << 0 << false;
    QTest::newRow("any, blocks, flick") << int(Mode::Any) << 0 << true;
    QTest::newRow("any, plain squares") << int(Mode::Any) << 4 << false;
    QTest::newRow("any, seats") << int(Mode::Any) << 9 << false;
    QTest::newRow("available, blocks") << int(Mode::Available) << 0 << false;
    QTest::newRow("available, blocks, flick") << int(Mode::Available) << 0 << true;
    QTest::newRow("available, plain squares") << int(Mode::Available) << 4 << false;
}

void TestSeatMapView::rubberBandSelectsZoomedOut()
{
    QFETCH(int, mode);
    QFETCH(int, zoomSteps);
    QFETCH(bool, flick);
    const QJsonObject json = readVenueFile(u"stadium.json"_s);
    if (json.isEmpty())
        QSKIP("no stadium yet");
    auto view = showView(json);
    view->setSelectionMode(SeatMapView::SelectionMode(mode));
    // Every third seat sold, a few blocked: in Available mode the band leaves them out.
    const int n = view->seatCount();
    QString status(n, u'a');
    for (int i = 0; i < n; i += 3)
        status[i] = u's';
    for (int i = 1; i < n; i += 7)
        status[i] = u'b';
    view->setSeatStates(status, QList<Id>(n, 0));
    for (int i = 0; i < zoomSteps; ++i)
        view->zoomIn();
    QCOMPARE(view->showsBlocks(), zoomSteps == 0);
    view->centerOn(view->seatScenePos(100));
    const QSizeF before(view->zoom(), view->zoom());

    // A band around seat 100: 40 × 30 pixels, or a few seats each way when they are big.
    const QPoint centre = view->seatViewportPos(100);
    const QPoint half(std::max(20, int(view->seatPixels() * 3)),
                      std::max(15, int(view->seatPixels() * 3)));
    const QPoint a = centre - half;
    const QPoint b = centre + half;
    QWidget *vp = view->viewport();
    sendMouse(vp, QEvent::MouseButtonPress, a, Qt::LeftButton, Qt::LeftButton);
    if (!flick) {
        sendMouse(vp, QEvent::MouseMove, (a + b) / 2, Qt::NoButton, Qt::LeftButton);
        sendMouse(vp, QEvent::MouseMove, b, Qt::NoButton, Qt::LeftButton);
    }
    sendMouse(vp, QEvent::MouseButtonRelease, b, Qt::LeftButton, Qt::NoButton);

    QCOMPARE(QSizeF(view->zoom(), view->zoom()), before); // a rectangle, not a click on a block
    const QList<Id> selected = view->selectedSeatIds();
    QVERIFY2(!selected.isEmpty(), "a band selects the seats inside it at any level of detail");
    // Every selectable seat well inside the band is selected; nothing well outside it is.
    const QRectF inner = QRectF(QPointF(a), QPointF(b)).adjusted(1.5, 1.5, -1.5, -1.5);
    const QRectF outer = QRectF(QPointF(a), QPointF(b)).adjusted(-1.5, -1.5, 1.5, 1.5);
    int inside = 0;
    for (int i = 0; i < n; ++i) {
        const QPointF at = view->mapFromScene(view->seatScenePos(i));
        const bool isSelected = view->isSeatSelected(i);
        if (inner.contains(at) && view->isSelectable(i)) {
            ++inside;
            QVERIFY2(isSelected, qPrintable(view->seatDescription(i)));
        }
        if (isSelected) {
            QVERIFY2(outer.contains(at), qPrintable(view->seatDescription(i)));
            QVERIFY(view->isSelectable(i));
        }
    }
    QVERIFY(inside > 0);
    if (SeatMapView::SelectionMode(mode) == SeatMapView::SelectionMode::Available) {
        for (Id id : selected)
            QCOMPARE(view->seatState(view->venueLayout().indexOf(id)), SeatState::Available);
    } else {
        bool soldToo = false;
        for (Id id : selected)
            soldToo |= view->seatState(view->venueLayout().indexOf(id)) == SeatState::Sold;
        QVERIFY2(soldToo, "staff select sold seats too");
    }
}

void TestSeatMapView::fiftyThousandSeats()
{
    QJsonObject json = readVenueFile(u"stadium.json"_s);
    if (json.isEmpty())
        QSKIP("no stadium yet");
    // What the client really does: parse the bytes, build the layout, build the map, paint.
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Compact);
    QElapsedTimer timer;
    timer.start();
    const QJsonObject parsed = QJsonDocument::fromJson(bytes).object();
    const qint64 parseMs = timer.restart();
    const auto layout = VenueLayout::fromJson(parsed);
    QVERIFY(layout);
    const qint64 layoutMs = timer.restart();
    SeatMapView view;
    view.resize(1200, 800);
    view.setVenueLayout(*layout);
    const qint64 buildMs = timer.restart();
    QString status;
    status.reserve(layout->seatCount());
    QRandomGenerator random(42);
    for (qsizetype i = 0; i < layout->seatCount(); ++i)
        status.append(QChar(u"aaaaassshb"_s.at(random.bounded(10))));
    view.setSeatStates(status, QList<Id>(layout->seatCount(), 1));
    const qint64 statesMs = timer.restart();
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.fitToView();
    timer.restart();
    const QPixmap blocks = view.grab();
    const qint64 blocksMs = timer.restart();
    view.grab();
    const qint64 blocksAgainMs = timer.restart();
    for (int i = 0; i < 5; ++i)
        view.zoomIn();
    view.centerOn(view.seatScenePos(int(layout->seatCount() / 2)));
    timer.restart();
    const QPixmap seats = view.grab();
    const qint64 seatsMs = timer.restart();
    const double plainPx = view.seatPixels();
    while (view.seatPixels() < 20)
        view.zoomIn();
    view.centerOn(view.seatScenePos(int(layout->seatCount() / 2)));
    timer.restart();
    const QPixmap detail = view.grab();
    const qint64 detailMs = timer.restart();
    QJsonArray changes;
    for (int i = 0; i < 1000; ++i)
        changes.append(QJsonObject{{u"id"_s, layout->seats().at(i * 37).id},
                                   {u"status"_s, u"s"_s},
                                   {u"ticketTypeId"_s, 1}});
    view.applySeatChanges(changes);
    const qint64 changesMs = timer.restart();
    view.grab();
    const qint64 repaintMs = timer.restart();
    qInfo("stadium: %lld seats, %lld bytes of JSON", qint64(layout->seatCount()),
          qint64(bytes.size()));
    qInfo("  parse JSON %lld ms, layout %lld ms, seat map %lld ms, states %lld ms", parseMs,
          layoutMs, buildMs, statesMs);
    qInfo("  first paint of the whole stadium (section blocks) %lld ms, again %lld ms", blocksMs,
          blocksAgainMs);
    qInfo("  zoomed in: plain seats (%.1f px) %lld ms, detailed seats (%.1f px) %lld ms", plainPx,
          seatsMs, view.seatPixels(), detailMs);
    qInfo("  1,000 live seat changes %lld ms, repaint %lld ms", changesMs, repaintMs);
    QVERIFY(!blocks.isNull() && !seats.isNull() && !detail.isNull());
}

void TestSeatMapView::screenshots()
{
    const QString dir = qEnvironmentVariable("MARQUEE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set MARQUEE_SCREENSHOT_DIR to save the sample venues as pictures");
    QDir().mkpath(dir);
    struct Shot
    {
        QString file;
        QString name;
        int zoomSteps;
    };
    for (const Shot &shot :
         {Shot{u"cinema-hall.json"_s, u"cinema"_s, 0},
          Shot{u"concert-hall.json"_s, u"concert"_s, 0}, Shot{u"stadium.json"_s, u"stadium"_s, 0},
          Shot{u"stadium.json"_s, u"stadium-zoomed"_s, 7}, Shot{u"a320.json"_s, u"a320"_s, 0},
          Shot{u"train-car.json"_s, u"train"_s, 0}}) {
        const QJsonObject json = readVenueFile(shot.file);
        if (json.isEmpty())
            continue;
        auto view = showView(json, QSize(1000, 700));
        const auto layout = VenueLayout::fromJson(json);
        const qsizetype n = layout->seatCount();
        QString status;
        QList<Id> categories;
        QRandomGenerator random(7);
        for (qsizetype i = 0; i < n; ++i) {
            const int r = random.bounded(100);
            status.append(r < 60 ? u'a' : r < 85 ? u's' : r < 92 ? u'h' : r < 95 ? u'b' : u'a');
            categories.append(1 + qint64(layout->seat(int(i)).row % 3));
        }
        view->setSeatStates(status, categories);
        view->setCategories({TicketType{1, 1, u"Premium"_s, 12000, 0, 0, 0},
                             TicketType{2, 1, u"Standard"_s, 8000, 0, 0, 0},
                             TicketType{3, 1, u"Saver"_s, 4500, 0, 0, 0}});
        QList<Id> free;
        for (int i = int(n / 3); i < n && free.size() < 3; ++i) {
            if (view->seatState(i) == SeatState::Available)
                free.append(layout->seat(i).id);
        }
        view->setSelectedSeatIds(free.mid(0, 2));
        for (int i = 0; i < shot.zoomSteps; ++i)
            view->zoomIn();
        if (shot.zoomSteps)
            view->centerOn(view->seatScenePos(int(n / 3)));
        QVERIFY(view->grab().save(dir + u"/seatmap-"_s + shot.name + u".png"_s));
    }
}

QTEST_MAIN(TestSeatMapView)
#include "tst_seatmapview.moc"
