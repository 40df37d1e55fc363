// Every window of the client the way a screen reader and a keyboard user meet it, in English and
// in Simplified Chinese: the sign-in dialog (both tabs), the customer window (browse, buying
// tickets and seats, my tickets, account), the box office (sale with and without seats, card
// payment, orders and refunds), the administration window (catalog, venues with an import
// preview, users, audit log, the seats-and-prices dialog and its price-category dialog) and
// every kiosk page. In each state reached, every visible input, button and list must have a
// name (QAccessible::Name, what a screen reader says), and no two labels, buttons, tabs or menus
// of one window may share a mnemonic key.
#include "admin/adminwindow.h"
#include "admin/auditlogpage.h"
#include "admin/catalogpage.h"
#include "admin/pricecategorydialog.h"
#include "admin/seatcategoriesdialog.h"
#include "admin/userspage.h"
#include "admin/venuespage.h"
#include "app/appcontroller.h"
#include "app/signindialog.h"
#include "boxoffice/boxofficewindow.h"
#include "core/serverconnection.h"
#include "customer/buydialog.h"
#include "customer/customerwindow.h"
#include "customer/seatedbuydialog.h"
#include "door/doorwindow.h"
#include "door/scanbanner.h"
#include "kiosk/kioskwindow.h"
#include "seatingkit.h"
#include "seatmap/seatmapview.h"
#include "seatmap/seatpicker.h"
#include "support/catalogseed.h"
#include "support/serverfixture.h"
#include "uicheck.h"
#include "widgets/theme.h"

#include <QAccessible>
#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace mq;
using namespace mq::client;

namespace {
const QString Exhibition = u"Access Gallery"_s;
const QString Concert = u"Access Sonata"_s;
} // namespace

class TestGuiAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void everyWindowNamesItsControls_data();
    void everyWindowNamesItsControls();

private:
    // Records what is wrong with `window` now, as `where` (checked at the end of the test).
    void check(QWidget *window, const QString &where);
    std::unique_ptr<AppController> signIn(const QString &username, SignInDialog **dialog = nullptr,
                                          bool door = false);
    template <typename T> T *visibleDialog();
    static bool selectRow(QAbstractItemView *view, const QString &text);

    void signInDialog();
    void customerWindow();
    void boxOffice();
    void administration();
    void kiosk();
    void door();

    QTemporaryDir m_settingsDir;
    ServerFixture m_fixture{QStringLiteral(MARQUEE_SERVER_BINARY)};
    std::unique_ptr<TestClient> m_manager;
    qint64 m_seatedPerformanceId = 0;
    QStringList m_problems;
    QTranslator *m_translator = nullptr;
};

void TestGuiAccessibility::initTestCase()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QStandardPaths::setTestModeEnabled(true);
    QSettings().setValue(u"boxoffice/printTickets"_s, false); // no print dialog in tests
    QApplication::setQuitOnLastWindowClosed(false);
    Theme::apply(*qApp);
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    m_manager = m_fixture.loginAs(u"manager"_s);
    QVERIFY(m_manager);
    // General admission: an exhibition with two ticket types.
    const qint64 gallery = seed::createEvent(*m_manager, Exhibition, u"exhibition"_s);
    const qint64 slot =
        seed::createPerformance(*m_manager, gallery, seed::daysFromNow(3), u"East Wing"_s);
    QVERIFY(seed::createTicketType(*m_manager, slot, u"Adult"_s, 5000, 40) > 0);
    QVERIFY(seed::createTicketType(*m_manager, slot, u"Student"_s, 2500, 40) > 0);
    // Reserved seating: a small hall, two price categories.
    seating::LayoutBuilder layout;
    layout.focus(5, 0).section(u"Stalls"_s);
    for (int r = 0; r < 4; ++r)
        layout.row(seating::rowLabel(r), r == 3 ? u"wcooo|ooocw"_s : u"ooooo|ooooo"_s, 2.0 + r);
    const seating::Venue hall = seating::createVenue(*m_manager, u"Access Hall"_s, layout.layout());
    QVERIFY(hall.isValid());
    const qint64 concert = seed::createEvent(*m_manager, Concert, u"concert"_s);
    m_seatedPerformanceId =
        seating::createReservedPerformance(*m_manager, concert, hall.id, seed::daysFromNow(4));
    QVERIFY(m_seatedPerformanceId);
    const QList<qint64> front = hall.rowIds(u"Stalls"_s, u"A"_s);
    QList<qint64> back;
    for (const QString &row : {u"B"_s, u"C"_s, u"D"_s})
        back += hall.rowIds(u"Stalls"_s, row);
    QVERIFY(seating::createSeatedType(*m_manager, m_seatedPerformanceId, u"Front"_s, 6000, front));
    QVERIFY(seating::createSeatedType(*m_manager, m_seatedPerformanceId, u"Back"_s, 3500, back));
    QVERIFY(m_fixture.newCustomer(u"lin"_s));
}

void TestGuiAccessibility::init()
{
    m_problems.clear();
}

void TestGuiAccessibility::cleanup()
{
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator);
        delete m_translator;
        m_translator = nullptr;
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<QDialog *>(w); dialog && dialog->isVisible())
            dialog->reject();
    }
}

void TestGuiAccessibility::check(QWidget *window, const QString &where)
{
    QCoreApplication::processEvents();
    for (const QString &w : uicheck::unnamedInputs(window))
        m_problems << where + u": no name: "_s + w;
    for (const QString &d : uicheck::duplicateMnemonics(window))
        m_problems << where + u": one mnemonic twice: "_s + d;
}

std::unique_ptr<AppController> TestGuiAccessibility::signIn(const QString &username,
                                                            SignInDialog **shown, bool door)
{
    AppController::Options options;
    options.server = ServerAddress{u"127.0.0.1"_s, m_fixture.port(), false};
    options.door = door;
    auto app = std::make_unique<AppController>(options);
    app->start();
    if (!QTest::qWaitFor([&] { return app->signInDialog() && app->signInDialog()->isVisible(); },
                         10000))
        return nullptr;
    SignInDialog *dialog = app->signInDialog();
    if (shown)
        *shown = dialog;
    auto *user = dialog->findChild<QLineEdit *>(u"usernameLineEdit"_s);
    auto *password = dialog->findChild<QLineEdit *>(u"passwordLineEdit"_s);
    user->clear();
    QTest::keyClicks(user, username);
    QTest::keyClicks(password, ServerFixture::staffPassword());
    QTest::keyClick(password, Qt::Key_Return);
    if (!QTest::qWaitFor([&] { return app->currentWindow() && app->currentWindow()->isVisible(); },
                         15000))
        return nullptr;
    return app;
}

template <typename T> T *TestGuiAccessibility::visibleDialog()
{
    T *found = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *d = qobject_cast<T *>(w); d && d->isVisible())
                    found = d;
            }
            return found != nullptr;
        },
        5000);
    return found;
}

bool TestGuiAccessibility::selectRow(QAbstractItemView *view, const QString &text)
{
    return QTest::qWaitFor(
        [&] {
            QAbstractItemModel *model = view->model();
            for (int row = 0; model && row < model->rowCount(); ++row) {
                const QModelIndex index = model->index(row, 0);
                if (index.data().toString().contains(text) ||
                    index.data(Qt::AccessibleTextRole).toString().contains(text)) {
                    view->setCurrentIndex(index);
                    view->scrollTo(index);
                    return true;
                }
            }
            return false;
        },
        10000);
}

void TestGuiAccessibility::everyWindowNamesItsControls_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("Simplified Chinese") << u"zh_CN"_s;
}

void TestGuiAccessibility::everyWindowNamesItsControls()
{
    QFETCH(QString, language);
    if (language != u"en"_s) {
        QLocale::setDefault(QLocale(language));
        m_translator = new QTranslator;
        QVERIFY2(m_translator->load(QLocale(language), u"marquee"_s, u"_"_s,
                                    QStringLiteral(MARQUEE_QM_DIR)),
                 "build the marquee_lrelease target first");
        QCoreApplication::installTranslator(m_translator);
    }
    signInDialog();
    customerWindow();
    boxOffice();
    administration();
    kiosk();
    door();
    QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(u'\n')));
}

void TestGuiAccessibility::signInDialog()
{
    AppController::Options options;
    options.server = ServerAddress{u"127.0.0.1"_s, m_fixture.port(), false};
    AppController app(options);
    app.start();
    QTRY_VERIFY_WITH_TIMEOUT(app.signInDialog() && app.signInDialog()->isVisible(), 10000);
    SignInDialog *dialog = app.signInDialog();
    check(dialog, u"sign-in"_s);
    // Named after their labels as a screen reader should say them: no mnemonic, no colon.
    for (const QString &name : {u"usernameLineEdit"_s, u"passwordLineEdit"_s}) {
        QAccessibleInterface *field =
            QAccessible::queryAccessibleInterface(dialog->findChild<QLineEdit *>(name));
        QVERIFY(field);
        const QString spoken = field->text(QAccessible::Name);
        QVERIFY2(!spoken.isEmpty() && !spoken.contains(u'&') && !spoken.contains(u':') &&
                     !spoken.contains(u'：') && !spoken.contains(u'('),
                 qPrintable(spoken));
        if (QLocale().language() == QLocale::English)
            QCOMPARE(spoken, name.startsWith(u"user"_s) ? u"Username"_s : u"Password"_s);
    }
    auto *tabs = dialog->findChild<QTabWidget *>(u"signInTabWidget"_s);
    QVERIFY(tabs);
    tabs->setCurrentIndex(1);
    check(dialog, u"sign-in, create account"_s);
    tabs->setCurrentIndex(0);
    // A wrong password shows its error under the field: still named.
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"usernameLineEdit"_s), u"lin"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"passwordLineEdit"_s), u"wrong-password"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"signInPushButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        !dialog->findChild<QLabel *>(u"signInMessageLabel"_s)->text().isEmpty(), 15000);
    check(dialog, u"sign-in, wrong password"_s);
    dialog->reject();
}

void TestGuiAccessibility::customerWindow()
{
    auto app = signIn(u"lin"_s);
    QVERIFY(app);
    auto *window = qobject_cast<CustomerWindow *>(app->currentWindow());
    QVERIFY(window);
    auto *tabs = window->findChild<QTabWidget *>(u"customerTabWidget"_s);
    auto *search = window->findChild<QLineEdit *>(u"searchLineEdit"_s);
    auto *title = window->findChild<QLabel *>(u"eventTitleLabel"_s);
    auto *buy = window->findChild<QPushButton *>(u"buyPushButton"_s);

    // Browse: general admission, then the ticket dialog and its payment page.
    QTest::keyClicks(search, Exhibition);
    QTRY_COMPARE_WITH_TIMEOUT(title->text(), Exhibition, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(buy->isEnabled(), 10000);
    check(window, u"customer, browse"_s);
    QTest::mouseClick(buy, Qt::LeftButton);
    auto *buyDialog = visibleDialog<BuyDialog>();
    QVERIFY(buyDialog);
    check(buyDialog, u"customer, buy tickets"_s);
    if (auto *next = buyDialog->findChild<QPushButton *>(u"continuePushButton"_s);
        next && next->isEnabled()) {
        QTest::mouseClick(next, Qt::LeftButton);
        check(buyDialog, u"customer, buy tickets, payment"_s);
    }
    buyDialog->reject();

    // Reserved seating: the map, the seat list, holding, paying, the confirmation.
    search->clear();
    QTest::keyClicks(search, Concert);
    QTRY_COMPARE_WITH_TIMEOUT(title->text(), Concert, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(buy->isEnabled(), 10000);
    QTest::mouseClick(buy, Qt::LeftButton);
    auto *seated = visibleDialog<SeatedBuyDialog>();
    QVERIFY(seated);
    SeatPicker *picker = seated->picker();
    QTRY_VERIFY_WITH_TIMEOUT(picker->isLoaded(), 15000);
    check(seated, u"customer, choose seats, map"_s);
    auto *views = seated->findChild<QTabWidget *>(u"seatViewsTabWidget"_s);
    views->setCurrentIndex(1);
    check(seated, u"customer, choose seats, seat list"_s);
    views->setCurrentIndex(0);
    picker->bestAvailable(picker->performance().ticketTypes.first().id, 2);
    QTRY_VERIFY_WITH_TIMEOUT(picker->hold().has_value() && !picker->isBusy(), 15000);
    check(seated, u"customer, choose seats, held"_s);
    QTest::mouseClick(seated->findChild<QPushButton *>(u"checkoutPushButton"_s), Qt::LeftButton);
    QTRY_VERIFY(seated->findChild<QLineEdit *>(u"cardHolderLineEdit"_s)->isVisible());
    check(seated, u"customer, pay for seats"_s);
    for (auto [name, text] : {std::pair{u"cardHolderLineEdit"_s, u"Lin Wei"_s},
                              std::pair{u"cardNumberLineEdit"_s, u"4242424242424242"_s},
                              std::pair{u"cardExpiryLineEdit"_s, u"12/39"_s},
                              std::pair{u"cardCvcLineEdit"_s, u"123"_s}})
        QTest::keyClicks(seated->findChild<QLineEdit *>(name), text);
    QTest::mouseClick(seated->findChild<QPushButton *>(u"payPushButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        seated->findChild<QLabel *>(u"orderCodeLabel"_s)->text().startsWith(u"MQ-"_s), 15000);
    check(seated, u"customer, seats booked"_s);
    seated->accept();

    // My tickets, with an order selected; the account page.
    tabs->setCurrentIndex(1);
    auto *orders = window->findChild<QTableView *>(u"ordersTableView"_s);
    QTRY_VERIFY_WITH_TIMEOUT(orders->model() && orders->model()->rowCount() > 0, 10000);
    orders->selectRow(0);
    check(window, u"customer, my tickets"_s);
    tabs->setCurrentIndex(2);
    check(window, u"customer, account"_s);
}

void TestGuiAccessibility::boxOffice()
{
    auto app = signIn(u"clerk"_s);
    QVERIFY(app);
    auto *window = qobject_cast<BoxOfficeWindow *>(app->currentWindow());
    QVERIFY(window);
    check(window, u"box office"_s);
    auto *search = window->findChild<QLineEdit *>(u"searchLineEdit"_s);
    auto *results = window->findChild<QListWidget *>(u"performanceListWidget"_s);
    const auto pick = [&](const QString &title) {
        search->clear();
        QTest::keyClicks(search, title);
        QTRY_VERIFY_WITH_TIMEOUT(results->count() > 0 && results->item(0)->text().contains(title),
                                 10000);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(
            window->findChild<QLabel *>(u"performanceTitleLabel"_s)->text().contains(title), 10000);
    };
    pick(Exhibition);
    check(window, u"box office, sale"_s);
    if (auto *card = window->findChild<QAbstractButton *>(u"cardRadioButton"_s)) {
        card->click();
        check(window, u"box office, sale by card"_s);
        window->findChild<QAbstractButton *>(u"cashRadioButton"_s)->click();
    }
    pick(Concert);
    QTest::qWait(200); // the seat map comes up under the ticket types
    if (auto *picker = window->findChild<SeatPicker *>())
        QTRY_VERIFY_WITH_TIMEOUT(picker->isLoaded(), 15000);
    check(window, u"box office, seats"_s);
    auto *tabs = window->findChild<QTabWidget *>(u"modeTabWidget"_s);
    tabs->setCurrentIndex(1);
    check(window, u"box office, orders and refunds"_s);
    auto *recent = window->findChild<QListWidget *>(u"recentOrdersListWidget"_s);
    if (recent && recent->count() > 0) {
        recent->setCurrentRow(0);
        QTest::keyClick(recent, Qt::Key_Return);
        QTest::qWait(300);
        check(window, u"box office, an order"_s);
    }
}

void TestGuiAccessibility::door()
{
    // `--door`: a clerk signs in straight to the door window.
    auto app = signIn(u"clerk"_s, nullptr, true);
    QVERIFY(app);
    auto *window = qobject_cast<DoorWindow *>(app->currentWindow());
    QVERIFY(window);
    check(window, u"door, choose"_s);
    auto *search = window->findChild<QLineEdit *>(u"searchLineEdit"_s);
    auto *results = window->findChild<QListWidget *>(u"performanceListWidget"_s);
    QTest::keyClicks(search, Exhibition);
    QTRY_VERIFY_WITH_TIMEOUT(results->count() > 0 && results->item(0)->text().contains(Exhibition), 10000);
    QTest::keyClick(search, Qt::Key_Return);
    auto *gate = window->findChild<QLineEdit *>(u"gateLineEdit"_s);
    QTRY_VERIFY(gate->hasFocus());
    gate->setText(u"Access gate"_s);
    QTest::keyClick(gate, Qt::Key_Return);
    QTRY_VERIFY(window->isScanning());
    check(window, u"door, scanning"_s);
    QTest::keyClicks(window->scanField(), u"NOT-A-TICKET"_s);
    QTest::keyClick(window->scanField(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(window->banner()->tone() != ScanBanner::Tone::Ready, 10000);
    check(window, u"door, an answer"_s);
}

void TestGuiAccessibility::administration()
{
    auto app = signIn(u"admin"_s);
    QVERIFY(app);
    auto *window = qobject_cast<AdminWindow *>(app->currentWindow());
    QVERIFY(window);
    auto *tabs = window->findChild<QTabWidget *>(u"adminTabWidget"_s);
    check(window, u"administration, catalog"_s);

    // An event, its reserved performance, a price category; then "New event".
    CatalogPage *catalog = window->catalogPage();
    auto *events = window->findChild<QTableView *>(u"eventsTableView"_s);
    QVERIFY(selectRow(events, Concert));
    QTest::qWait(300);
    check(window, u"administration, an event"_s);
    auto *performances = window->findChild<QTableView *>(u"performancesTableView"_s);
    QTRY_VERIFY_WITH_TIMEOUT(performances->model() && performances->model()->rowCount() > 0, 10000);
    {
        performances->setCurrentIndex(performances->model()->index(0, 0));
        QTest::qWait(300);
        check(window, u"administration, a reserved performance"_s);
        // Seats and prices, and its "New price category" dialog.
        catalog->openSeatCategories();
        SeatCategoriesDialog *seats = catalog->seatCategoriesDialog();
        QVERIFY(seats);
        QTRY_VERIFY_WITH_TIMEOUT(seats->isVisible() && seats->isLoaded(), 15000);
        check(seats, u"seats and prices"_s);
        seats->seatMap()->setSelectedSeatIds({seats->seatMap()->venueLayout().seat(0).id});
        QTest::mouseClick(seats->findChild<QPushButton *>(u"newCategoryPushButton"_s),
                          Qt::LeftButton);
        auto *ask = visibleDialog<PriceCategoryDialog>();
        QVERIFY(ask);
        check(ask, u"new price category"_s);
        ask->reject();
        seats->reject();
    }
    catalog->newEvent();
    check(window, u"administration, new event"_s);

    // Venues: a saved one, then a file's preview before it is saved.
    tabs->setCurrentWidget(window->venuesPage());
    auto *venues = window->findChild<QTableView *>(u"venuesTableView"_s);
    QVERIFY(selectRow(venues, u"Access Hall"_s));
    QTest::qWait(300);
    check(window, u"administration, a venue"_s);
    window->venuesPage()->importFile(QStringLiteral(MARQUEE_VENUES_DIR "/cinema-hall.json"));
    QTRY_VERIFY_WITH_TIMEOUT(
        window->findChild<QPushButton *>(u"saveVenuePushButton"_s)->isVisible(), 10000);
    check(window, u"administration, venue import preview"_s);
    window->venuesPage()->discardImport();

    // Users with one selected; the audit log with an entry open.
    tabs->setCurrentWidget(window->usersPage());
    auto *users = window->findChild<QTableView *>(u"usersTableView"_s);
    QVERIFY(selectRow(users, u"lin"_s));
    QTest::qWait(200);
    check(window, u"administration, users"_s);
    tabs->setCurrentWidget(window->auditLogPage());
    auto *audit = window->findChild<QTableView *>(u"auditTableView"_s);
    QTRY_VERIFY_WITH_TIMEOUT(audit->model() && audit->model()->rowCount() > 0, 10000);
    audit->setCurrentIndex(audit->model()->index(0, 0));
    QTest::qWait(200);
    check(window, u"administration, audit log"_s);
}

void TestGuiAccessibility::kiosk()
{
    ServerConnection connection;
    connection.setServer(ServerAddress{u"127.0.0.1"_s, m_fixture.port(), false});
    connection.open();
    KioskWindow kiosk(&connection, 600);
    kiosk.resize(1360, 860);
    kiosk.show();
    QVERIFY(QTest::qWaitForWindowExposed(&kiosk));
    check(&kiosk, u"kiosk, start"_s);
    QTest::keyClicks(kiosk.findChild<QLineEdit *>(u"usernameLineEdit"_s), u"lin"_s);
    auto *password = kiosk.findChild<QLineEdit *>(u"passwordLineEdit"_s);
    QTest::keyClicks(password, ServerFixture::staffPassword());
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.page(), KioskWindow::BrowsePage, 15000);
    auto *events = kiosk.findChild<QListWidget *>(u"kioskEventListWidget"_s);
    QTRY_VERIFY_WITH_TIMEOUT(events->count() >= 2, 10000);
    check(&kiosk, u"kiosk, browse"_s);
    const auto open = [&](const QString &title) {
        for (int i = 0; i < events->count(); ++i) {
            if (events->item(i)->text().startsWith(title)) {
                events->scrollToItem(events->item(i));
                QTest::mouseClick(events->viewport(), Qt::LeftButton, {},
                                  events->visualItemRect(events->item(i)).center());
                return true;
            }
        }
        return false;
    };
    auto *choose = kiosk.findChild<QPushButton *>(u"kioskChoosePushButton"_s);

    // General admission: event, quantity, payment.
    QVERIFY(open(Exhibition));
    QTRY_COMPARE(kiosk.page(), KioskWindow::EventPage);
    QTRY_VERIFY_WITH_TIMEOUT(choose->isEnabled(), 10000);
    check(&kiosk, u"kiosk, event"_s);
    QTest::mouseClick(choose, Qt::LeftButton);
    QCOMPARE(kiosk.page(), KioskWindow::QuantityPage);
    check(&kiosk, u"kiosk, how many"_s);
    QTest::mouseClick(kiosk.findChild<QPushButton *>(u"kioskToPaymentPushButton"_s),
                      Qt::LeftButton);
    QCOMPARE(kiosk.page(), KioskWindow::PayPage);
    check(&kiosk, u"kiosk, payment"_s);
    for (auto [name, text] :
         {std::pair{u"cardHolderLineEdit"_s, u"Lin Wei"_s},
          std::pair{u"cardNumberLineEdit"_s, u"4242424242424242"_s},
          std::pair{u"cardExpiryLineEdit"_s, u"1139"_s}, std::pair{u"cardCvcLineEdit"_s, u"321"_s}})
        QTest::keyClicks(kiosk.findChild<QLineEdit *>(name), text);
    QTest::mouseClick(kiosk.findChild<QPushButton *>(u"kioskPayPushButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.page(), KioskWindow::DonePage, 15000);
    check(&kiosk, u"kiosk, done"_s);
    QTest::mouseClick(kiosk.findChild<QPushButton *>(u"kioskFinishPushButton"_s), Qt::LeftButton);
    QTRY_COMPARE(kiosk.page(), KioskWindow::StartPage);
    QTRY_VERIFY_WITH_TIMEOUT(!connection.isAuthenticated(), 10000);

    // Reserved seating: the seats page, before and after holding.
    QTest::keyClicks(kiosk.findChild<QLineEdit *>(u"usernameLineEdit"_s), u"lin"_s);
    QTest::keyClicks(password, ServerFixture::staffPassword());
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.page(), KioskWindow::BrowsePage, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(open(Concert), 10000);
    QTRY_COMPARE(kiosk.page(), KioskWindow::EventPage);
    QTRY_VERIFY_WITH_TIMEOUT(choose->isEnabled(), 10000);
    QTest::mouseClick(choose, Qt::LeftButton);
    QCOMPARE(kiosk.page(), KioskWindow::SeatsPage);
    auto *picker = kiosk.findChild<SeatPicker *>();
    QTRY_VERIFY_WITH_TIMEOUT(picker->isLoaded(), 15000);
    check(&kiosk, u"kiosk, seats"_s);
    picker->bestAvailable(picker->performance().ticketTypes.first().id, 2);
    QTRY_VERIFY_WITH_TIMEOUT(picker->hold().has_value() && !picker->isBusy(), 15000);
    check(&kiosk, u"kiosk, seats held"_s);
    kiosk.reset();
}

QTEST_MAIN(TestGuiAccessibility)
#include "tst_gui_accessibility.moc"
