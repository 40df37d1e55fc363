// Buying seats through the real widgets against a real server: a customer picks seats on the
// map of a small hall, holds them (the countdown runs), a declined card keeps the hold, a good
// card pays — and a second client's map shows the seats held, then sold, from pushes. Best
// available and release; the accessible seat list; the box office selling the best seats in one
// keystroke for cash, and seats picked on the map with the keyboard. What the widgets claim is
// checked on the server.
#include "boxoffice/boxofficewindow.h"
#include "core/displayformat.h"
#include "core/serverconnection.h"
#include "customer/customerwindow.h"
#include "customer/seatedbuydialog.h"
#include "kiosk/kioskwindow.h"
#include "models/tickettypemodel.h"
#include "seatingkit.h"
#include "seatmap/holdcountdown.h"
#include "seatmap/seatlistmodel.h"
#include "seatmap/seatmapview.h"
#include "seatmap/seatpicker.h"
#include "seatmap/serverclock.h"
#include "seatmap/venuecache.h"
#include "support/catalogseed.h"
#include "support/serverfixture.h"
#include "uicheck.h"
#include "widgets/theme.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGraphicsView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace mq;
using namespace mq::client;

namespace {
const QString ShowTitle = u"Seat Map Sonata"_s;
} // namespace

class TestGuiSeatMap : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void customerPicksHoldsAndPays();
    void bestAvailableThenRelease();
    void seatListSelectsLikeTheMap();
    void boxOfficeBestAvailableForCash();
    void boxOfficePicksSeatsByKeyboard();
    void versionGapRefetchesTheMap();
    void outOfOrderPushesWaitForTheMissingOne();
    void holdSurvivesAReconnect();
    void holdRunsOut();
    void holdCountdownSurvivesAWrongClock();
    void kioskSeatsFitTheScreen_data();
    void kioskSeatsFitTheScreen();
    void seatPaymentFitsTheScreen_data();
    void seatPaymentFitsTheScreen();

private:
    bool signIn(ServerConnection &connection, const QString &username, const QString &password);
    Performance performance();
    int seatIndex(const QString &row, const QString &label) const;
    Id seatId(const QString &row, const QString &label) const;
    QChar serverStatus(Id seatId);
    SeatedBuyDialog *openDialog(CustomerWindow &window);
    QStringList unnamedControls(QWidget *root) const;
    void snapshot(QWidget *widget, const QString &name);
    static void fillCard(QWidget *dialog, const QString &number);
    // The concert hall of resources/venues with two price categories, one with a long name.
    bool createConcertHall();

    QTemporaryDir m_settingsDir;
    ServerFixture m_fixture{QStringLiteral(MARQUEE_SERVER_BINARY)};
    std::unique_ptr<TestClient> m_manager;
    seating::Venue m_venue;
    qint64 m_performanceId = 0;
    qint64 m_frontId = 0;
    qint64 m_backId = 0;
    qint64 m_hallPerformanceId = 0; // in the concert hall
    seating::Venue m_hallVenue;
    std::unique_ptr<ServerConnection> m_mia;   // the customer buying
    std::unique_ptr<ServerConnection> m_noah;  // another customer, watching the same map
    std::unique_ptr<ServerConnection> m_clerk; // the box office
};

bool TestGuiSeatMap::signIn(ServerConnection &connection, const QString &username,
                            const QString &password)
{
    connection.setServer(ServerAddress{u"127.0.0.1"_s, m_fixture.port(), false});
    connection.open();
    bool answered = false;
    RpcResult result;
    connection.login(username, password, &connection, [&](const RpcResult &r) {
        result = r;
        answered = true;
    });
    if (!QTest::qWaitFor([&] { return answered; }, 15000) || !result.ok()) {
        qWarning("sign-in as %s failed: %s", qPrintable(username), qPrintable(result.message()));
        return false;
    }
    return true;
}

void TestGuiSeatMap::initTestCase()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QStandardPaths::setTestModeEnabled(true);
    QSettings().setValue(u"boxoffice/printTickets"_s, false); // no print dialog in tests
    Theme::apply(*qApp);
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    m_manager = m_fixture.loginAs(u"manager"_s);
    QVERIFY(m_manager);

    // A small hall: rows A–E of ten seats, an aisle after seat 5; wheelchair places in row E.
    seating::LayoutBuilder layout;
    layout.focus(5, 0).section(u"Stalls"_s);
    for (int r = 0; r < 5; ++r)
        layout.row(seating::rowLabel(r), r == 4 ? u"wcooo|ooocw"_s : u"ooooo|ooooo"_s, 2.0 + r);
    m_venue = seating::createVenue(*m_manager, u"Studio Hall"_s, layout.layout());
    QVERIFY(m_venue.isValid());
    const qint64 eventId =
        seed::createEvent(*m_manager, ShowTitle, u"concert"_s, u"Chamber music in the round."_s);
    m_performanceId =
        seating::createReservedPerformance(*m_manager, eventId, m_venue.id, seed::daysFromNow(5));
    QVERIFY(m_performanceId);
    QList<qint64> front = m_venue.rowIds(u"Stalls"_s, u"A"_s) + m_venue.rowIds(u"Stalls"_s, u"B"_s);
    QList<qint64> back;
    for (const QString &row : {u"C"_s, u"D"_s, u"E"_s})
        back += m_venue.rowIds(u"Stalls"_s, row);
    m_frontId = seating::createSeatedType(*m_manager, m_performanceId, u"Front"_s, 6000, front);
    m_backId = seating::createSeatedType(*m_manager, m_performanceId, u"Back"_s, 3500, back);
    QVERIFY(m_frontId && m_backId);

    QVERIFY(m_fixture.newCustomer(u"mia"_s));
    QVERIFY(m_fixture.newCustomer(u"noah"_s));
    m_mia = std::make_unique<ServerConnection>();
    m_noah = std::make_unique<ServerConnection>();
    m_clerk = std::make_unique<ServerConnection>();
    QVERIFY(signIn(*m_mia, u"mia"_s, ServerFixture::staffPassword()));
    QVERIFY(signIn(*m_noah, u"noah"_s, ServerFixture::staffPassword()));
    QVERIFY(signIn(*m_clerk, u"clerk"_s, ServerFixture::staffPassword()));
}

void TestGuiSeatMap::cleanup()
{
    if (QTest::currentTestFailed())
        m_fixture.server().printDiagnostics();
}

void TestGuiSeatMap::cleanupTestCase()
{
    m_mia.reset();
    m_noah.reset();
    m_clerk.reset();
    QVERIFY2(m_fixture.server().isRunning(), "the server died during the tests");
    QCOMPARE(m_fixture.server().stop(), 0);
}

Performance TestGuiSeatMap::performance()
{
    const auto r =
        m_manager->call(u"catalog.getPerformance"_s, {{u"performanceId"_s, m_performanceId}});
    return Performance::fromJson(r.result.value(u"performance"_s).toObject());
}

int TestGuiSeatMap::seatIndex(const QString &row, const QString &label) const
{
    return m_venue.indexById.value(seatId(row, label), -1);
}

Id TestGuiSeatMap::seatId(const QString &row, const QString &label) const
{
    return m_venue.seatId(u"Stalls"_s, row, label);
}

QChar TestGuiSeatMap::serverStatus(Id id)
{
    return seating::getMap(*m_manager, m_performanceId).statusOf(m_venue, id);
}

void TestGuiSeatMap::fillCard(QWidget *dialog, const QString &number)
{
    for (auto [name, text] : {std::pair{u"cardHolderLineEdit"_s, u"Mia Chen"_s},
                              std::pair{u"cardNumberLineEdit"_s, number},
                              std::pair{u"cardExpiryLineEdit"_s, u"12/39"_s},
                              std::pair{u"cardCvcLineEdit"_s, u"123"_s}}) {
        auto *edit = dialog->findChild<QLineEdit *>(name);
        QVERIFY(edit);
        edit->clear();
        QTest::keyClicks(edit, text);
    }
}

void TestGuiSeatMap::snapshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("MARQUEE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    widget->grab().save(QDir(dir).filePath(name + u".png"_s));
}

QStringList TestGuiSeatMap::unnamedControls(QWidget *root) const
{
    // What a screen reader would announce without a name: every control the keyboard reaches.
    QStringList unnamed;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(root) || w->focusPolicy() == Qt::NoFocus)
            continue;
        if (qobject_cast<QAbstractSpinBox *>(w->parentWidget()) ||
            qobject_cast<QComboBox *>(w->parentWidget()))
            continue; // the line edit inside a spin box or combo box speaks for its parent
        const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) ||
                             qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w) ||
                             qobject_cast<QAbstractItemView *>(w) ||
                             qobject_cast<QGraphicsView *>(w);
        if (!control)
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName();
    }
    return unnamed;
}

SeatedBuyDialog *TestGuiSeatMap::openDialog(CustomerWindow &window)
{
    auto *buy = window.findChild<QPushButton *>(u"buyPushButton"_s);
    if (!buy || !QTest::qWaitFor([&] { return buy->isEnabled(); }, 10000))
        return nullptr;
    QTest::mouseClick(buy, Qt::LeftButton);
    SeatedBuyDialog *dialog = nullptr;
    const bool opened = QTest::qWaitFor(
        [&] {
            for (SeatedBuyDialog *d : window.findChildren<SeatedBuyDialog *>()) {
                if (d->isVisible())
                    dialog = d;
            }
            return dialog != nullptr;
        },
        5000);
    if (!opened || !QTest::qWaitFor([&] { return dialog->picker()->isLoaded(); }, 15000))
        return nullptr;
    return dialog;
}

void TestGuiSeatMap::customerPicksHoldsAndPays()
{
    CustomerWindow window(m_mia.get());
    window.show();
    QTest::keyClicks(window.findChild<QLineEdit *>(u"searchLineEdit"_s), u"sonata"_s);
    auto *title = window.findChild<QLabel *>(u"eventTitleLabel"_s);
    QTRY_COMPARE_WITH_TIMEOUT(title->text(), ShowTitle, 10000);
    auto *buy = window.findChild<QPushButton *>(u"buyPushButton"_s);
    QTRY_VERIFY(buy->text().contains(u"eats"_s)); // "Choose seats…" for a reserved performance

    // Noah watches the same performance in his own client.
    SeatPicker watcher(m_noah.get());
    watcher.resize(1000, 700);
    watcher.setPerformance(performance(), u"concert"_s);
    watcher.show();
    QTRY_VERIFY_WITH_TIMEOUT(watcher.isLoaded(), 15000);

    SeatedBuyDialog *dialog = openDialog(window);
    QVERIFY(dialog);
    SeatPicker *picker = dialog->picker();
    SeatMapView *map = picker->map();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(map->seatCount(), 50);
    QVERIFY(!map->showsBlocks());
    const QStringList unnamed = unnamedControls(dialog);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));

    // Two seats of row C, clicked on the map.
    const int c4 = seatIndex(u"C"_s, u"4"_s), c5 = seatIndex(u"C"_s, u"5"_s);
    QTest::mouseClick(map->viewport(), Qt::LeftButton, {}, map->seatViewportPos(c4));
    QTest::mouseClick(map->viewport(), Qt::LeftButton, {}, map->seatViewportPos(c5));
    QCOMPARE(map->selectedSeatIds(), (QList<Id>{seatId(u"C"_s, u"4"_s), seatId(u"C"_s, u"5"_s)}));
    auto *summary = dialog->findChild<QLabel *>(u"seatSummaryLabel"_s);
    QCOMPARE(summary->text(), u"Stalls · Row C · 4, 5"_s);
    QCOMPARE(dialog->findChild<QLabel *>(u"seatTotalLabel"_s)->text(), DisplayFormat::money(7000));

    // Hold them: the countdown runs, and Noah sees them held.
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"holdSeatsPushButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(picker->hold().has_value(), 15000);
    QCOMPARE(picker->hold()->seatIds(),
             (QList<Id>{seatId(u"C"_s, u"4"_s), seatId(u"C"_s, u"5"_s)}));
    auto *countdown = dialog->findChild<QLabel *>(u"holdCountdownLabel"_s);
    QVERIFY(countdown->isVisible());
    QVERIFY2(QRegularExpression(u"\\d\\d:\\d\\d"_s).match(countdown->text()).hasMatch(),
             qPrintable(countdown->text()));
    QVERIFY(!countdown->accessibleName().isEmpty());
    QVERIFY(map->isSeatHighlighted(c4) && map->isSeatHighlighted(c5));
    QTRY_COMPARE_WITH_TIMEOUT(watcher.map()->seatState(c4), SeatState::Held, 5000);
    QTRY_COMPARE(watcher.map()->seatState(c5), SeatState::Held);
    QCOMPARE(serverStatus(seatId(u"C"_s, u"4"_s)), u'h');
    snapshot(dialog, u"seat-1-held"_s);

    // Pay: a declined card keeps the hold; the next card pays.
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"checkoutPushButton"_s), Qt::LeftButton);
    auto *countdownOnPay = dialog->findChild<QLabel *>(u"payCountdownLabel"_s);
    QTRY_VERIFY(countdownOnPay->isVisible());
    QCOMPARE(dialog->findChild<QLabel *>(u"payTotalLabel"_s)->text(), DisplayFormat::money(7000));
    const QStringList unnamedOnPay = unnamedControls(dialog);
    QVERIFY2(unnamedOnPay.isEmpty(), qPrintable(unnamedOnPay.join(u", "_s)));
    fillCard(dialog, u"4000 0000 0000 0002"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"payPushButton"_s), Qt::LeftButton);
    auto *declined = dialog->findChild<QLabel *>(u"paymentDeclinedLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(declined->isVisible(), 15000);
    QVERIFY(picker->hold().has_value());
    QCOMPARE(serverStatus(seatId(u"C"_s, u"4"_s)), u'h');
    fillCard(dialog, u"4242 4242 4242 4242"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"payPushButton"_s), Qt::LeftButton);
    auto *code = dialog->findChild<QLabel *>(u"orderCodeLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(code->text().startsWith(u"MQ-"_s), 15000);
    QVERIFY(!picker->hold().has_value());
    QVERIFY(dialog->findChild<QLabel *>(u"doneSummaryLabel"_s)->text().contains(u"Row C"_s));
    const std::optional<Order> order = dialog->order();
    QVERIFY(order);
    QCOMPARE(order->totalCents, 7000);
    QCOMPARE(order->tickets.size(), 2);

    // Sold, on the server and on Noah's screen.
    QCOMPARE(serverStatus(seatId(u"C"_s, u"4"_s)), u's');
    QCOMPARE(serverStatus(seatId(u"C"_s, u"5"_s)), u's');
    QTRY_COMPARE_WITH_TIMEOUT(watcher.map()->seatState(c4), SeatState::Sold, 5000);
    QTRY_COMPARE(watcher.map()->seatState(c5), SeatState::Sold);
    // Noah cannot pick a sold seat.
    QTest::mouseClick(watcher.map()->viewport(), Qt::LeftButton, {},
                      watcher.map()->seatViewportPos(c4));
    QVERIFY(watcher.map()->selectedSeatIds().isEmpty());
    // The layout was fetched once per connection, and kept.
    QCOMPARE(VenueCache::of(m_mia.get())->fetchCount(), 1);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"closePushButton"_s), Qt::LeftButton);
}

void TestGuiSeatMap::bestAvailableThenRelease()
{
    CustomerWindow window(m_mia.get());
    window.show();
    QTest::keyClicks(window.findChild<QLineEdit *>(u"searchLineEdit"_s), u"sonata"_s);
    QTRY_COMPARE_WITH_TIMEOUT(window.findChild<QLabel *>(u"eventTitleLabel"_s)->text(), ShowTitle,
                              10000);
    SeatedBuyDialog *dialog = openDialog(window);
    QVERIFY(dialog);
    SeatPicker *picker = dialog->picker();
    QCOMPARE(VenueCache::of(m_mia.get())->fetchCount(), 1); // the cache served it

    auto *type = dialog->findChild<QComboBox *>(u"bestTypeComboBox"_s);
    type->setCurrentIndex(type->findData(m_frontId));
    QVERIFY(type->currentIndex() >= 0);
    dialog->findChild<QSpinBox *>(u"bestQuantitySpinBox"_s)->setValue(3);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"bestAvailablePushButton"_s),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(picker->hold().has_value(), 15000);
    // The best three together in front: the middle of row A, left of the aisle, nearest the stage.
    const QList<Id> held = picker->hold()->seatIds();
    QCOMPARE(held.size(), 3);
    for (Id id : held)
        QCOMPARE(m_venue.seat(id).row, u"A"_s);
    QCOMPARE(picker->hold()->totalCents(), 18000);
    for (Id id : held)
        QCOMPARE(serverStatus(id), u'h');

    // Release: back on sale at once.
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"releaseSeatsPushButton"_s),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!picker->hold().has_value(), 15000);
    for (Id id : held)
        QCOMPARE(serverStatus(id), u'a');
    QTRY_COMPARE(picker->map()->seatState(m_venue.indexById.value(held.first())),
                 SeatState::Available);

    // Holding again and closing the dialog without paying releases the seats too.
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"bestAvailablePushButton"_s),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(picker->hold().has_value(), 15000);
    const QList<Id> again = picker->hold()->seatIds();
    dialog->reject();
    QTRY_COMPARE_WITH_TIMEOUT(serverStatus(again.first()), u'a', 10000);
}

void TestGuiSeatMap::seatListSelectsLikeTheMap()
{
    SeatPicker picker(m_mia.get());
    picker.resize(1100, 700);
    picker.setPerformance(performance(), u"concert"_s);
    picker.show();
    QTRY_VERIFY_WITH_TIMEOUT(picker.isLoaded(), 15000);
    auto *tabs = picker.findChild<QTabWidget *>(u"seatViewsTabWidget"_s);
    tabs->setCurrentIndex(1);
    auto *table = picker.findChild<QTableView *>(u"seatListTableView"_s);
    QVERIFY(table);
    // Only free seats by default: 50 less the two sold.
    QTRY_COMPARE(table->model()->rowCount(), 48);
    const QModelIndex first = table->model()->index(0, SeatListModel::SeatColumn);
    QCOMPARE(table->model()->index(0, SeatListModel::SectionColumn).data().toString(), u"Stalls"_s);
    QCOMPARE(table->model()->index(0, SeatListModel::RowColumn).data().toString(), u"A"_s);
    QVERIFY(table->model()
                ->index(0, SeatListModel::PriceColumn)
                .data()
                .toString()
                .contains(u"Front"_s));
    QCOMPARE(table->model()->index(0, SeatListModel::StatusColumn).data().toString(),
             u"Available"_s);
    QVERIFY(first.data(Qt::AccessibleTextRole).toString().contains(u"row A, seat 1"_s));
    // Space in the table selects the seat on the map.
    table->setFocus();
    table->setCurrentIndex(first);
    QTest::keyClick(table, Qt::Key_Space);
    QCOMPARE(picker.map()->selectedSeatIds(), QList<Id>{seatId(u"A"_s, u"1"_s)});
    QCOMPARE(first.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    // And a seat picked on the map is checked in the table.
    picker.map()->setSelectedSeatIds({seatId(u"B"_s, u"2"_s)});
    QCOMPARE(first.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    // Wheelchair places say so in words.
    auto *onlyFree = picker.findChild<QCheckBox *>(u"onlyFreeSeatsCheckBox"_s);
    onlyFree->setChecked(false);
    QCOMPARE(table->model()->rowCount(), 50);
    const int e1 = seatIndex(u"E"_s, u"1"_s);
    QVERIFY(table->model()
                ->index(e1, SeatListModel::NotesColumn)
                .data()
                .toString()
                .contains(u"Wheelchair"_s));
    QCOMPARE(table->model()
                 ->index(seatIndex(u"C"_s, u"4"_s), SeatListModel::StatusColumn)
                 .data()
                 .toString(),
             u"Sold"_s);
    const QStringList unnamed = unnamedControls(&picker);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
}

void TestGuiSeatMap::boxOfficeBestAvailableForCash()
{
    BoxOfficeWindow window(m_clerk.get());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *search = window.findChild<QLineEdit *>(u"searchLineEdit"_s);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, u"sonata"_s);
    QTest::keyClick(search, Qt::Key_Return);
    auto *table = window.findChild<QTableView *>(u"ticketTypeTableView"_s);
    QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QLabel *>(u"performanceTitleLabel"_s)->text() ==
                                     ShowTitle &&
                                 table->model()->rowCount() == 2 && table->hasFocus(),
                             10000);
    auto *seats = window.findChild<SeatPicker *>();
    QVERIFY(seats && seats->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(seats->isLoaded(), 15000);

    // The category by its digit, the quantity by +, then F7: the best three, held.
    int backRow = -1;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, TicketTypeModel::NameColumn).data().toString() == u"Back"_s)
            backRow = row;
    }
    QVERIFY(backRow >= 0);
    QTest::keyClick(table, Qt::Key(Qt::Key_1 + backRow));
    QTest::keyClick(table, Qt::Key_Plus);
    QTest::keyClick(table, Qt::Key_Plus);
    QCOMPARE(window.findChild<QSpinBox *>(u"quantitySpinBox"_s)->value(), 3);
    QTest::keyClick(&window, Qt::Key_F7);
    QTRY_VERIFY_WITH_TIMEOUT(seats->hold().has_value(), 15000);
    const QList<Id> held = seats->hold()->seatIds();
    QCOMPARE(held.size(), 3);
    for (Id id : held) {
        QCOMPARE(m_venue.seat(id).row, u"C"_s); // the front row of the Back category
        QVERIFY(seats->map()->isSeatHighlighted(m_venue.indexById.value(id)));
    }
    QCOMPARE(window.findChild<QLabel *>(u"totalLabel"_s)->text(), DisplayFormat::money(3 * 3500));
    QVERIFY(window.findChild<QLabel *>(u"totalDetailLabel"_s)->text().contains(u"Row C"_s));
    auto *given = window.findChild<QLineEdit *>(u"cashGivenLineEdit"_s);
    QTRY_VERIFY(given->hasFocus()); // straight on to the cash
    snapshot(&window, u"seat-2-boxoffice-held"_s);

    QTest::keyClicks(given, u"200"_s);
    QCOMPARE(window.findChild<QLabel *>(u"changeDueLabel"_s)->text(), DisplayFormat::money(9500));
    QTest::keyClick(given, Qt::Key_Return);
    auto *code = window.findChild<QLabel *>(u"orderCodeLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(code->isVisible() && code->text().startsWith(u"MQ-"_s), 15000);
    QCOMPARE(window.findChild<QLabel *>(u"saleChangeLabel"_s)->text(), DisplayFormat::money(9500));
    for (Id id : held)
        QCOMPARE(serverStatus(id), u's');
    const auto order = m_manager->call(u"order.get"_s, {{u"code"_s, code->text()}});
    QVERIFY(order.ok);
    QCOMPARE(order.result.value(u"order"_s).toObject().value(u"paymentProvider"_s).toString(),
             u"cash"_s);
    QCOMPARE(order.result.value(u"order"_s).toObject().value(u"totalCents"_s).toInteger(), 10500);
    QVERIFY(!seats->hold().has_value());
    // The box office's own map follows.
    QTRY_COMPARE(seats->map()->seatState(m_venue.indexById.value(held.first())), SeatState::Sold);
}

void TestGuiSeatMap::boxOfficePicksSeatsByKeyboard()
{
    BoxOfficeWindow window(m_clerk.get());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *search = window.findChild<QLineEdit *>(u"searchLineEdit"_s);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, u"sonata"_s);
    QTest::keyClick(search, Qt::Key_Return);
    auto *seats = window.findChild<SeatPicker *>();
    QTRY_VERIFY_WITH_TIMEOUT(seats->isLoaded(), 15000);
    const QStringList unnamed = unnamedControls(&window);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));

    // F4: into the map; Home, then along row A with the arrows and Space.
    QTest::keyClick(&window, Qt::Key_F4);
    SeatMapView *map = seats->map();
    QTRY_VERIFY(map->hasFocus());
    QTest::keyClick(map, Qt::Key_Home);
    QCOMPARE(map->cursorSeat(), seatIndex(u"A"_s, u"1"_s));
    QTest::keyClick(map, Qt::Key_Space);
    QTest::keyClick(map, Qt::Key_Right);
    QTest::keyClick(map, Qt::Key_Space);
    QTest::keyClick(map, Qt::Key_Down);
    QCOMPARE(map->cursorSeat(), seatIndex(u"B"_s, u"2"_s));
    QCOMPARE(map->selectedSeatIds(), (QList<Id>{seatId(u"A"_s, u"1"_s), seatId(u"A"_s, u"2"_s)}));
    // Enter holds what is chosen.
    QTest::keyClick(map, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(seats->hold().has_value(), 15000);
    QCOMPARE(seats->hold()->seatIds().size(), 3); // B2 under the cursor came too
    QCOMPARE(window.findChild<QLabel *>(u"totalLabel"_s)->text(), DisplayFormat::money(3 * 6000));
    // F8 exact amount, F12 completes.
    QTest::keyClick(&window, Qt::Key_F8);
    QTest::keyClick(&window, Qt::Key_F12);
    auto *code = window.findChild<QLabel *>(u"orderCodeLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(code->isVisible() && code->text().startsWith(u"MQ-"_s), 15000);
    for (const auto &[row, label] :
         {std::pair{u"A"_s, u"1"_s}, std::pair{u"A"_s, u"2"_s}, std::pair{u"B"_s, u"2"_s}})
        QCOMPARE(serverStatus(seatId(row, label)), u's');

    // Next customer: a hold made and left unpaid goes back on sale.
    QTest::keyClick(&window, Qt::Key_Escape);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, u"sonata"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(seats->isLoaded(), 15000);
    QTest::keyClick(&window, Qt::Key_F7);
    QTRY_VERIFY_WITH_TIMEOUT(seats->hold().has_value(), 15000);
    const Id left = seats->hold()->seatIds().first();
    QCOMPARE(serverStatus(left), u'h');
    QTest::keyClick(&window, Qt::Key_Escape);
    QTRY_COMPARE_WITH_TIMEOUT(serverStatus(left), u'a', 10000);
}

void TestGuiSeatMap::versionGapRefetchesTheMap()
{
    SeatPicker picker(m_noah.get());
    picker.resize(900, 600);
    picker.setPerformance(performance(), u"concert"_s);
    picker.show();
    QTRY_VERIFY_WITH_TIMEOUT(picker.isLoaded(), 15000);
    const int fetches = picker.mapFetchCount();
    const int e3 = seatIndex(u"E"_s, u"3"_s);
    QCOMPARE(picker.map()->seatState(e3), SeatState::Available);

    // A real change arrives as a push and is applied in place, without a fetch.
    auto manager = m_fixture.loginAs(u"manager"_s);
    QVERIFY(manager);
    const auto held = seating::holdSeats(*manager, m_performanceId, {seatId(u"E"_s, u"3"_s)});
    QVERIFY2(held.ok, qPrintable(held.toString()));
    QTRY_COMPARE_WITH_TIMEOUT(picker.map()->seatState(e3), SeatState::Held, 5000);
    QCOMPARE(picker.mapFetchCount(), fetches);

    // A push from far ahead: versions missing in between, so the map is fetched again and the
    // server's truth wins over the push.
    const auto map = seating::getMap(*m_manager, m_performanceId);
    Q_EMIT m_noah->pushReceived(
        u"seats.changed"_s, {{u"performanceId"_s, m_performanceId},
                             {u"version"_s, map.version + 5},
                             {u"seats"_s, QJsonArray{QJsonObject{{u"id"_s, seatId(u"E"_s, u"4"_s)},
                                                                 {u"status"_s, u"s"_s},
                                                                 {u"ticketTypeId"_s, m_backId}}}}});
    QTRY_VERIFY_WITH_TIMEOUT(picker.mapFetchCount() > fetches, 5000);
    QCOMPARE(picker.map()->seatState(seatIndex(u"E"_s, u"4"_s)), SeatState::Available);
    QCOMPARE(picker.map()->seatState(e3), SeatState::Held);
    QVERIFY(seating::holdId(held) > 0);
    QVERIFY(manager->call(u"hold.release"_s, {{u"holdId"_s, seating::holdId(held)}}).ok);
    QTRY_COMPARE_WITH_TIMEOUT(picker.map()->seatState(e3), SeatState::Available, 5000);
}

void TestGuiSeatMap::outOfOrderPushesWaitForTheMissingOne()
{
    SeatPicker picker(m_noah.get());
    picker.resize(900, 600);
    picker.setPerformance(performance(), u"concert"_s);
    picker.show();
    QTRY_VERIFY_WITH_TIMEOUT(picker.isLoaded(), 15000);
    const int fetches = picker.mapFetchCount();
    const auto map = seating::getMap(*m_manager, m_performanceId);
    const auto push = [&](qint64 version, const QString &row, const QString &label, const QString &status) {
        Q_EMIT m_noah->pushReceived(
            u"seats.changed"_s, {{u"performanceId"_s, m_performanceId},
                                 {u"version"_s, version},
                                 {u"seats"_s, QJsonArray{QJsonObject{{u"id"_s, seatId(row, label)},
                                                                     {u"status"_s, status},
                                                                     {u"ticketTypeId"_s, m_backId}}}}});
    };
    // Two workers published in the opposite order of their commits: the later change waits for
    // the earlier one, both apply, and nothing is fetched.
    push(map.version + 2, u"D"_s, u"1"_s, u"s"_s);
    QTest::qWait(50);
    QCOMPARE(picker.map()->seatState(seatIndex(u"D"_s, u"1"_s)), SeatState::Available);
    push(map.version + 1, u"D"_s, u"2"_s, u"h"_s);
    QCOMPARE(picker.map()->seatState(seatIndex(u"D"_s, u"1"_s)), SeatState::Sold);
    QCOMPARE(picker.map()->seatState(seatIndex(u"D"_s, u"2"_s)), SeatState::Held);
    QTest::qWait(500);
    QCOMPARE(picker.mapFetchCount(), fetches);
}

void TestGuiSeatMap::holdSurvivesAReconnect()
{
    SeatPicker picker(m_mia.get());
    picker.resize(1000, 650);
    picker.setPerformance(performance(), u"concert"_s);
    picker.show();
    QTRY_VERIFY_WITH_TIMEOUT(picker.isLoaded(), 15000);
    picker.map()->setSelectedSeatIds({seatId(u"D"_s, u"7"_s), seatId(u"D"_s, u"8"_s)});
    picker.holdSelected();
    QTRY_VERIFY_WITH_TIMEOUT(picker.hold().has_value(), 15000);
    const Id holdId = picker.hold()->id;
    const int fetches = picker.mapFetchCount();

    // The server goes away and comes back: the client reconnects, resumes its session, fetches
    // the map again and finds its hold (stored by the server) with hold.listMine.
    QVERIFY2(m_fixture.restartOnSamePort(300), qPrintable(m_fixture.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(m_mia->isConnected() && m_mia->isAuthenticated(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(picker.mapFetchCount() > fetches, 15000);
    QVERIFY(picker.hold().has_value());
    QCOMPARE(picker.hold()->id, holdId);
    QVERIFY(picker.map()->isSeatHighlighted(seatIndex(u"D"_s, u"7"_s)));
    m_manager = m_fixture.loginAs(u"manager"_s); // the old connection went with the old server
    QVERIFY(m_manager);
    QCOMPARE(serverStatus(seatId(u"D"_s, u"7"_s)), u'h');
    {
        // A picker opened afresh (the window was reopened) finds the hold too.
        SeatPicker again(m_mia.get());
        again.setPerformance(performance(), u"concert"_s);
        QTRY_VERIFY_WITH_TIMEOUT(again.hold().has_value(), 15000);
        QCOMPARE(again.hold()->id, holdId);
        QVERIFY(again.findChild<QLabel *>(u"holdCountdownLabel"_s)->text().contains(u':'));
        again.forgetHold(); // the first picker releases it
    }
    picker.releaseHold();
    QTRY_VERIFY_WITH_TIMEOUT(!picker.hold().has_value(), 15000);
    QCOMPARE(serverStatus(seatId(u"D"_s, u"7"_s)), u'a');
}

void TestGuiSeatMap::holdRunsOut()
{
    // A server whose holds last four seconds.
    ServerFixture fast{QStringLiteral(MARQUEE_SERVER_BINARY)};
    QVERIFY2(fast.start({u"--hold-seconds"_s, u"4"_s}), qPrintable(fast.errorString()));
    auto manager = fast.loginAs(u"manager"_s);
    QVERIFY(manager);
    const seating::Venue venue =
        seating::createVenue(*manager, u"Quick Hall"_s,
                             seating::LayoutBuilder().focus(3, 0).grid(u"Stalls"_s, 2, 6).layout());
    QVERIFY(venue.isValid());
    const qint64 eventId = seed::createEvent(*manager, u"Quick Quartet"_s, u"concert"_s);
    const qint64 performanceId =
        seating::createReservedPerformance(*manager, eventId, venue.id, seed::daysFromNow(2));
    QVERIFY(seating::createSeatedType(*manager, performanceId, u"Any"_s, 2000, venue.allIds()));
    QVERIFY(fast.newCustomer(u"ivy"_s));
    ServerConnection ivy;
    ivy.setServer(ServerAddress{u"127.0.0.1"_s, fast.port(), false});
    ivy.open();
    bool answered = false;
    ivy.login(u"ivy"_s, ServerFixture::staffPassword(), &ivy,
              [&](const RpcResult &r) { answered = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 15000);

    SeatPicker picker(&ivy);
    picker.resize(1000, 650);
    const auto r =
        manager->call(u"catalog.getPerformance"_s, {{u"performanceId"_s, performanceId}});
    picker.setPerformance(Performance::fromJson(r.result.value(u"performance"_s).toObject()),
                          u"concert"_s);
    picker.show();
    QTRY_VERIFY_WITH_TIMEOUT(picker.isLoaded(), 15000);
    const Id seat = venue.seatId(u"Stalls"_s, u"A"_s, u"3"_s);
    picker.map()->setSelectedSeatIds({seat});
    picker.holdSelected();
    QTRY_VERIFY_WITH_TIMEOUT(picker.hold().has_value(), 15000);
    auto *countdown = picker.findChild<QLabel *>(u"holdCountdownLabel"_s);
    // Under a minute: the warning colour.
    QVERIFY(countdown->property("warning").toBool());
    QVERIFY(countdown->text().contains(u"00:0"_s));
    // At zero the hold is gone: said so, and the seat is free again on the map.
    QTRY_VERIFY_WITH_TIMEOUT(!picker.hold().has_value(), 10000);
    auto *message = picker.findChild<QLabel *>(u"seatMessageLabel"_s);
    QVERIFY2(message->text().contains(u"back on sale"_s), qPrintable(message->text()));
    QTRY_COMPARE_WITH_TIMEOUT(picker.map()->seatState(venue.indexById.value(seat)),
                              SeatState::Available, 10000);
    QCOMPARE(seating::getMap(*manager, performanceId).statusOf(venue, seat), u'a');
    QCOMPARE(fast.server().stop(), 0);
}

void TestGuiSeatMap::holdCountdownSurvivesAWrongClock()
{
    // A server whose holds last twelve seconds, and two customers whose computers are two hours
    // off: one ahead, one behind.
    ServerFixture server{QStringLiteral(MARQUEE_SERVER_BINARY)};
    QVERIFY2(server.start({u"--hold-seconds"_s, u"12"_s}), qPrintable(server.errorString()));
    auto manager = server.loginAs(u"manager"_s);
    QVERIFY(manager);
    const seating::Venue venue =
        seating::createVenue(*manager, u"Skew Hall"_s,
                             seating::LayoutBuilder().focus(3, 0).grid(u"Stalls"_s, 2, 6).layout());
    QVERIFY(venue.isValid());
    const qint64 eventId = seed::createEvent(*manager, u"Skew Serenade"_s, u"concert"_s);
    const qint64 performanceId =
        seating::createReservedPerformance(*manager, eventId, venue.id, seed::daysFromNow(2));
    QVERIFY(seating::createSeatedType(*manager, performanceId, u"Any"_s, 2000, venue.allIds()));
    const auto perf = [&] {
        const auto r =
            manager->call(u"catalog.getPerformance"_s, {{u"performanceId"_s, performanceId}});
        return Performance::fromJson(r.result.value(u"performance"_s).toObject());
    };
    const auto customer = [&](ServerConnection &c, const QString &name, qint64 skewSeconds) {
        if (!server.newCustomer(name))
            return false;
        c.setServer(ServerAddress{u"127.0.0.1"_s, server.port(), false});
        c.open();
        bool answered = false;
        c.login(name, ServerFixture::staffPassword(), &c,
                [&](const RpcResult &r) { answered = r.ok(); });
        ServerClock::of(&c)->setLocalClockForTesting(
            [skewSeconds] { return QDateTime::currentDateTimeUtc().addSecs(skewSeconds); });
        return QTest::qWaitFor([&] { return answered; }, 15000);
    };
    const auto hold = [&](SeatPicker &picker, const QString &label) {
        const Id seat = venue.seatId(u"Stalls"_s, u"A"_s, label);
        picker.map()->setSelectedSeatIds({seat});
        picker.holdSelected();
        return QTest::qWaitFor([&] { return picker.hold().has_value(); }, 15000);
    };

    // Ahead: on its own clock the hold is over at once, but the server still keeps it — and so
    // does the picker, asking the server rather than letting the seats go.
    ServerConnection ahead;
    QVERIFY(customer(ahead, u"ahead"_s, 2 * 3600));
    {
        SeatPicker picker(&ahead);
        picker.resize(1000, 650);
        picker.setPerformance(perf(), u"concert"_s);
        picker.show();
        QTRY_VERIFY_WITH_TIMEOUT(picker.isLoaded(), 15000);
        QVERIFY(hold(picker, u"1"_s));
        QTest::qWait(1500);
        QVERIFY2(picker.hold().has_value(), "a clock running ahead must not give up the seats");
        QCOMPARE(seating::getMap(*manager, performanceId)
                     .statusOf(venue, venue.seatId(u"Stalls"_s, u"A"_s, u"1"_s)),
                 u'h');
        auto *countdown = picker.findChild<QLabel *>(u"holdCountdownLabel"_s);
        QVERIFY2(countdown->isVisible() && !countdown->text().contains(u"ended"_s),
                 qPrintable(countdown->text()));
        picker.forgetHold(); // paid for below, in the dialog that finds it again
    }
    // Paying for it tells the client the server's time (the order's): two hours off, learned.
    Event event;
    event.title = u"Skew Serenade"_s;
    event.category = u"concert"_s;
    {
        SeatedBuyDialog dialog(&ahead, event, perf());
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.picker()->hold().has_value(), 15000);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"checkoutPushButton"_s), Qt::LeftButton);
        fillCard(&dialog, u"4242 4242 4242 4242"_s);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"payPushButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.order().has_value(), 15000);
    }
    ServerClock *clock = ServerClock::of(&ahead);
    QVERIFY(clock->isKnown());
    QVERIFY2(qAbs(clock->offsetMs() + 2 * 3600 * 1000) < 2000,
             qPrintable(QString::number(clock->offsetMs())));
    // The next hold counts down the server's twelve seconds, and ends when the server ends it.
    {
        SeatPicker picker(&ahead);
        picker.resize(1000, 650);
        picker.setPerformance(perf(), u"concert"_s);
        picker.show();
        QTRY_VERIFY_WITH_TIMEOUT(picker.isLoaded(), 15000);
        QVERIFY(hold(picker, u"2"_s));
        auto *countdown = picker.findChild<HoldCountdown *>(u"holdCountdownLabel"_s);
        QVERIFY2(countdown->secondsLeft() >= 8 && countdown->secondsLeft() <= 12,
                 qPrintable(QString::number(countdown->secondsLeft())));
        QVERIFY(countdown->text().contains(u"00:1"_s) || countdown->text().contains(u"00:0"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!picker.hold().has_value(), 20000);
    }

    // Behind: its countdown says two hours; the server's push that the seat is free again ends
    // the hold all the same.
    ServerConnection behind;
    QVERIFY(customer(behind, u"behind"_s, -2 * 3600));
    SeatPicker picker(&behind);
    picker.resize(1000, 650);
    picker.setPerformance(perf(), u"concert"_s);
    picker.show();
    QTRY_VERIFY_WITH_TIMEOUT(picker.isLoaded(), 15000);
    QVERIFY(hold(picker, u"3"_s));
    QVERIFY(picker.findChild<HoldCountdown *>(u"holdCountdownLabel"_s)->secondsLeft() > 3600);
    QTRY_VERIFY_WITH_TIMEOUT(!picker.hold().has_value(), 20000);
    auto *message = picker.findChild<QLabel *>(u"seatMessageLabel"_s);
    QVERIFY2(message->text().contains(u"back on sale"_s), qPrintable(message->text()));
    QCOMPARE(server.server().stop(), 0);
}

bool TestGuiSeatMap::createConcertHall()
{
    if (m_hallPerformanceId)
        return true;
    QFile file(QStringLiteral(MARQUEE_VENUES_DIR "/concert-hall.json"));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    const seating::Venue hall = seating::createVenue(*m_manager, u"Kiosk Concert Hall"_s,
                                                     json.value(u"layout"_s).toObject());
    if (!hall.isValid())
        return false;
    const qint64 eventId =
        seed::createEvent(*m_manager, u"Kiosk Gala"_s, u"concert"_s, u"A whole hall of seats."_s);
    const qint64 performanceId =
        seating::createReservedPerformance(*m_manager, eventId, hall.id, seed::daysFromNow(6));
    QList<qint64> stalls, balcony;
    for (const seating::Seat &seat : hall.seats)
        (seat.section == u"Stalls"_s ? stalls : balcony).append(seat.id);
    // A name as long as a train's ("Second class, table seat"): it must fit its box.
    if (!performanceId ||
        !seating::createSeatedType(*m_manager, performanceId, u"Stalls, unrestricted view"_s, 38000,
                                   stalls) ||
        !seating::createSeatedType(*m_manager, performanceId, u"Balcony"_s, 22000, balcony))
        return false;
    m_hallPerformanceId = performanceId;
    m_hallVenue = hall;
    return true;
}

void TestGuiSeatMap::kioskSeatsFitTheScreen_data()
{
    QTest::addColumn<QSize>("screen");
    QTest::newRow("1024 × 700") << QSize(1024, 700);
    QTest::newRow("1360 × 860") << QSize(1360, 860);
}

void TestGuiSeatMap::kioskSeatsFitTheScreen()
{
    QFETCH(QSize, screen);
    QVERIFY(createConcertHall());
    ServerConnection connection;
    connection.setServer(ServerAddress{u"127.0.0.1"_s, m_fixture.port(), false});
    connection.open();
    KioskWindow kiosk(&connection, 600);
    kiosk.resize(screen);
    kiosk.show();
    QVERIFY(QTest::qWaitForWindowExposed(&kiosk));
    // Its layout asks for no more than the screen: nothing is pushed off its edges.
    QCOMPARE(kiosk.size(), screen);
    QVERIFY2(uicheck::clippedWidgets(&kiosk).isEmpty(),
             qPrintable(uicheck::clippedWidgets(&kiosk).join(u"\n"_s)));

    QTest::keyClicks(kiosk.findChild<QLineEdit *>(u"usernameLineEdit"_s), u"mia"_s);
    auto *password = kiosk.findChild<QLineEdit *>(u"passwordLineEdit"_s);
    QTest::keyClicks(password, ServerFixture::staffPassword());
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.page(), KioskWindow::BrowsePage, 15000);
    auto *events = kiosk.findChild<QListWidget *>(u"kioskEventListWidget"_s);
    QListWidgetItem *gala = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int i = 0; i < events->count(); ++i) {
                if (events->item(i)->text().startsWith(u"Kiosk Gala"_s))
                    gala = events->item(i);
            }
            return gala != nullptr;
        }(),
        10000);
    // The header and its seven categories fit: "Sign out" is on screen.
    QCOMPARE(kiosk.size(), screen);
    QVERIFY2(uicheck::clippedWidgets(&kiosk).isEmpty(),
             qPrintable(uicheck::clippedWidgets(&kiosk).join(u"\n"_s)));
    auto *signOut = kiosk.findChild<QPushButton *>(u"kioskSignOutPushButton"_s);
    QVERIFY(kiosk.rect().contains(QRect(signOut->mapTo(&kiosk, QPoint()), signOut->size())));

    events->scrollToItem(gala);
    QTest::mouseClick(events->viewport(), Qt::LeftButton, {},
                      events->visualItemRect(gala).center());
    QTRY_COMPARE(kiosk.page(), KioskWindow::EventPage);
    auto *choose = kiosk.findChild<QPushButton *>(u"kioskChoosePushButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(choose->isEnabled() && choose->text().contains(u"seats"_s), 10000);
    QTest::mouseClick(choose, Qt::LeftButton);
    QCOMPARE(kiosk.page(), KioskWindow::SeatsPage);
    auto *picker = kiosk.findChild<SeatPicker *>();
    QTRY_VERIFY_WITH_TIMEOUT(picker->isLoaded(), 15000);
    SeatMapView *map = picker->map();
    QTest::qWait(50); // scroll bars come and go once the map is drawn

    // Touch-sized seats from the start, the free seats nearest the stage on screen.
    QVERIFY2(map->seatPixels() >= 28 - 0.01, qPrintable(QString::number(map->seatPixels())));
    QVERIFY(!map->showsBlocks());
    int onScreen = 0;
    for (int i = 0; i < map->seatCount(); ++i)
        onScreen += map->viewport()->rect().contains(map->seatViewportPos(i));
    QVERIFY2(onScreen >= 30, qPrintable(QString::number(onScreen)));
    QCOMPARE(kiosk.size(), screen);
    QVERIFY2(uicheck::clippedWidgets(&kiosk).isEmpty(),
             qPrintable(uicheck::clippedWidgets(&kiosk).join(u"\n"_s)));
    // The long category name is shortened in its box, its price never; the tooltip has it all.
    auto *type = kiosk.findChild<QComboBox *>(u"bestTypeComboBox"_s);
    QVERIFY(type->toolTip().startsWith(u"Stalls, unrestricted view · "_s));
    snapshot(&kiosk, u"kiosk-seats-%1"_s.arg(screen.width()));

    // Two seats on screen, held: the panel still fits, "Continue to payment" included.
    QList<int> chosen;
    for (int i = 0; i < map->seatCount() && chosen.size() < 2; ++i) {
        if (map->isSelectable(i) && map->viewport()->rect().contains(map->seatViewportPos(i)))
            chosen << i;
    }
    QCOMPARE(chosen.size(), 2);
    for (int i : chosen)
        QTest::mouseClick(map->viewport(), Qt::LeftButton, {}, map->seatViewportPos(i));
    QCOMPARE(map->selectedSeatIds().size(), 2);
    QTest::mouseClick(kiosk.findChild<QPushButton *>(u"holdSeatsPushButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(picker->hold().has_value(), 15000);
    auto *checkout = kiosk.findChild<QPushButton *>(u"checkoutPushButton"_s);
    QTRY_VERIFY(checkout->isVisible());
    QVERIFY2(uicheck::clippedWidgets(&kiosk).isEmpty(),
             qPrintable(uicheck::clippedWidgets(&kiosk).join(u"\n"_s)));
    // Two more chosen: "Add 2 seats" and "Clear" share the row, whole.
    int more = 0;
    for (int i = 0; i < map->seatCount() && more < 2; ++i) {
        if (map->isSelectable(i) && map->viewport()->rect().contains(map->seatViewportPos(i))) {
            map->setSeatSelected(i, true);
            ++more;
        }
    }
    QVERIFY(kiosk.findChild<QPushButton *>(u"holdSeatsPushButton"_s)->isVisible());
    QVERIFY2(uicheck::clippedWidgets(&kiosk).isEmpty(),
             qPrintable(uicheck::clippedWidgets(&kiosk).join(u"\n"_s)));
    map->clearSelection();

    // The card form: its hint and the total with the seats, whole.
    QTest::mouseClick(checkout, Qt::LeftButton);
    QCOMPARE(kiosk.page(), KioskWindow::PayPage);
    QCOMPARE(kiosk.size(), screen);
    QVERIFY2(uicheck::clippedWidgets(&kiosk).isEmpty(),
             qPrintable(uicheck::clippedWidgets(&kiosk).join(u"\n"_s)));
    snapshot(&kiosk, u"kiosk-pay-%1"_s.arg(screen.width()));
    const Id held = picker->hold()->seatIds().first();
    kiosk.reset(); // lets the seats go and signs out
    QTRY_VERIFY(!connection.isAuthenticated());
    QTRY_COMPARE_WITH_TIMEOUT(
        seating::getMap(*m_manager, m_hallPerformanceId).statusOf(m_hallVenue, held), u'a', 5000);
}

void TestGuiSeatMap::seatPaymentFitsTheScreen_data()
{
    QTest::addColumn<QSize>("size");
    // The seated buy dialog as it comes up on those screens (a window frame less).
    QTest::newRow("1024 × 700") << QSize(1008, 652);
    QTest::newRow("1360 × 860") << QSize(1203, 752);
}

void TestGuiSeatMap::seatPaymentFitsTheScreen()
{
    QFETCH(QSize, size);
    QVERIFY(createConcertHall());
    const auto r =
        m_manager->call(u"catalog.getPerformance"_s, {{u"performanceId"_s, m_hallPerformanceId}});
    const Performance hall = Performance::fromJson(r.result.value(u"performance"_s).toObject());
    Event event;
    event.title = u"Kiosk Gala"_s;
    event.category = u"concert"_s;
    SeatedBuyDialog dialog(m_mia.get(), event, hall);
    dialog.resize(size);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.size(), size);
    SeatPicker *picker = dialog.picker();
    QTRY_VERIFY_WITH_TIMEOUT(picker->isLoaded(), 15000);
    QVERIFY2(uicheck::clippedWidgets(&dialog).isEmpty(),
             qPrintable(uicheck::clippedWidgets(&dialog).join(u"\n"_s)));
    auto *type = dialog.findChild<QComboBox *>(u"bestTypeComboBox"_s);
    QVERIFY(type->toolTip().startsWith(u"Stalls, unrestricted view · "_s));

    QVERIFY(!picker->hold()); // nothing left over from the kiosk
    picker->bestAvailable(type->currentData().toLongLong(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(picker->hold().has_value() && !picker->isBusy(), 15000);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"checkoutPushButton"_s), Qt::LeftButton);
    QTRY_VERIFY(dialog.findChild<QLabel *>(u"payCountdownLabel"_s)->isVisible());
    QVERIFY2(uicheck::clippedWidgets(&dialog).isEmpty(),
             qPrintable(uicheck::clippedWidgets(&dialog).join(u"\n"_s)));
    // A declined card adds its message: still nothing cut off.
    fillCard(&dialog, u"4000 0000 0000 0002"_s);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"payPushButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.findChild<QLabel *>(u"paymentDeclinedLabel"_s)->isVisible(),
                             15000);
    QVERIFY2(uicheck::clippedWidgets(&dialog).isEmpty(),
             qPrintable(uicheck::clippedWidgets(&dialog).join(u"\n"_s)));
    snapshot(&dialog, u"seat-pay-%1"_s.arg(size.width()));
    picker->releaseHold();
    QTRY_VERIFY_WITH_TIMEOUT(!picker->hold().has_value(), 15000);
}

QTEST_MAIN(TestGuiSeatMap)
#include "tst_gui_seatmap.moc"
