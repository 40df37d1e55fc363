// The customer at home, through the real widgets against a real server: signing in, a card
// payment (Enter pays; a declined card's message shown whole and gone once the card changes), a
// mixed basket ("2 Adult + 1 Child", one order) and a sold-out line that keeps the rest of the
// basket, live "left" in the list of dates after someone else buys, seats of two categories in
// one order, "My tickets" (a cancelled order shows no QR code and offers no reprint), plural
// forms, and the window at 1360 × 860 and 1024 × 700 with nothing cut off, unnamed or sharing a
// mnemonic. What the widgets claim is checked on the server.
#include "core/displayformat.h"
#include "core/serverconnection.h"
#include "customer/buydialog.h"
#include "customer/customerwindow.h"
#include "customer/orderspage.h"
#include "customer/seatedbuydialog.h"
#include "models/eventlistmodel.h"
#include "models/orderlistmodel.h"
#include "models/tickettypemodel.h"
#include "seatingkit.h"
#include "seatmap/seatmapview.h"
#include "seatmap/seatpicker.h"
#include "shared/methods.h"
#include "support/catalogseed.h"
#include "support/serverfixture.h"
#include "uicheck.h"
#include "widgets/signinform.h"
#include "widgets/theme.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace mq;
using namespace mq::client;

class TestGuiCustomer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void registerShowsValidationThenSignsIn();
    void wrongPasswordIsShownAtTheForm();
    void browseAndBuyWithCard();
    void declinedCardSellsNothing();
    void myTicketsShowsAndCancels();
    void changePasswordValidates();
    void orderCountInPlainEnglish();
    void mixedBasketIsOneOrder();
    void soldOutLineKeepsTheBasket();
    void declinedMessageShownWholeThenCleared();
    void liveCountInTheListOfDates();
    void saleBeforeSubscribingIsNotMissed();
    void enterGoesFromSearchToBuying();
    void seatsOfTwoCategoriesAreOneOrder();
    void windowFitsTheScreen_data();
    void windowFitsTheScreen();
    void cleanup();
    void cleanupTestCase();

private:
    qint64 sold();
    // sold of one ticket type, as the server says.
    qint64 soldOf(qint64 performanceId, qint64 ticketTypeId);
    // Types the search, waits for the event and its ticket types on screen.
    void openEvent(const QString &query, const QString &title);
    BuyDialog *openBuyDialog();
    void selectPerformance(int row);
    void snapshot(QWidget *widget, const QString &name);
    static void fillCard(QWidget *dialog, const QString &number);
    template<typename T>
    T *child(QWidget *root, const QString &name)
    {
        T *w = root->findChild<T *>(name);
        if (!w)
            qWarning() << "no widget" << name;
        return w;
    }

    QTemporaryDir m_settingsDir;
    ServerFixture m_fixture{QStringLiteral(MARQUEE_SERVER_BINARY)};
    std::unique_ptr<ServerConnection> m_connection;
    std::unique_ptr<CustomerWindow> m_window;
    std::unique_ptr<TestClient> m_manager;
    qint64 m_performanceId = 0;
    qint64 m_ticketTypeId = 0;
    // Riverside Family Day: two dates, each with Adult and Child tickets.
    qint64 m_familyFirst = 0;
    qint64 m_familySecond = 0;
    qint64 m_adultFirst = 0;
    qint64 m_childFirst = 0;
    qint64 m_adultSecond = 0;
    // A gala with a long title and a long, expensive ticket type (small screens).
    qint64 m_galaPerformance = 0;
    // A hall with stalls and a balcony, each its own price category.
    seating::Venue m_venue;
    qint64 m_seatedEvent = 0;
    qint64 m_seatedPerformance = 0;
    qint64 m_stallsId = 0;
    qint64 m_balconyId = 0;
    std::unique_ptr<TestClient> m_olivia; // another customer, buying elsewhere
    QTranslator m_english;
    QString m_orderCode;
};

namespace {
const QString FamilyTitle = u"Riverside Family Day"_s;
const QString GalaTitle = u"The Grand Winter Gala of the Shanghai Philharmonic Society and Friends"_s;
} // namespace

void TestGuiCustomer::initTestCase()
{
    // Settings of this run only: nothing left from another run or from a real user.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    Theme::apply(*qApp);
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    m_manager = m_fixture.loginAs(u"manager"_s);
    QVERIFY(m_manager);
    const qint64 eventId = seed::createEvent(*m_manager, u"Harbour Lights Concert"_s, u"concert"_s,
                                             u"An evening of film music by the sea."_s);
    m_performanceId = seed::createPerformance(*m_manager, eventId, seed::daysFromNow(6), u"Harbour Hall"_s);
    m_ticketTypeId = seed::createTicketType(*m_manager, m_performanceId, u"Stalls"_s, 4500, 10);
    QVERIFY(m_ticketTypeId > 0);

    const qint64 family = seed::createEvent(*m_manager, FamilyTitle, u"other"_s, u"Boats, kites and music."_s);
    m_familyFirst = seed::createPerformance(*m_manager, family, seed::daysFromNow(8), u"Riverside Park"_s);
    m_familySecond = seed::createPerformance(*m_manager, family, seed::daysFromNow(9), u"Riverside Park"_s);
    m_adultFirst = seed::createTicketType(*m_manager, m_familyFirst, u"Adult"_s, 3000, 40);
    m_childFirst = seed::createTicketType(*m_manager, m_familyFirst, u"Child"_s, 1500, 30);
    m_adultSecond = seed::createTicketType(*m_manager, m_familySecond, u"Adult"_s, 3000, 40);
    QVERIFY(seed::createTicketType(*m_manager, m_familySecond, u"Child"_s, 1500, 30));
    QVERIFY(m_adultFirst && m_childFirst && m_adultSecond);

    const qint64 gala = seed::createEvent(*m_manager, GalaTitle, u"concert"_s, u"Waltzes and polkas."_s);
    m_galaPerformance = seed::createPerformance(*m_manager, gala, seed::daysFromNow(12),
                                                u"Shanghai Grand Theatre, Main Auditorium"_s);
    QVERIFY(seed::createTicketType(*m_manager, m_galaPerformance,
                                   u"Premium box with champagne reception and programme"_s, 114000, 1500));
    QVERIFY(seed::createTicketType(*m_manager, m_galaPerformance, u"Gallery"_s, 18000, 2400));

    // Stalls in front, a balcony behind: one price category each.
    seating::LayoutBuilder layout;
    layout.focus(4, 0).section(u"Stalls"_s);
    layout.row(u"A"_s, u"oooooooo"_s, 2).row(u"B"_s, u"oooooooo"_s, 3);
    layout.section(u"Balcony"_s).row(u"A"_s, u"oooooooo"_s, 8);
    m_venue = seating::createVenue(*m_manager, u"Quayside Hall"_s, layout.layout());
    QVERIFY(m_venue.isValid());
    m_seatedEvent = seed::createEvent(*m_manager, u"Quayside Quartet"_s, u"concert"_s);
    m_seatedPerformance =
        seating::createReservedPerformance(*m_manager, m_seatedEvent, m_venue.id, seed::daysFromNow(7));
    QVERIFY(m_seatedPerformance);
    m_stallsId = seating::createSeatedType(*m_manager, m_seatedPerformance, u"Stalls"_s, 6000,
                                           m_venue.rowIds(u"Stalls"_s, u"A"_s) + m_venue.rowIds(u"Stalls"_s, u"B"_s));
    m_balconyId = seating::createSeatedType(*m_manager, m_seatedPerformance, u"Balcony"_s, 3500,
                                            m_venue.rowIds(u"Balcony"_s, u"A"_s));
    QVERIFY(m_stallsId && m_balconyId);

    m_olivia = m_fixture.newCustomer(u"olivia"_s);
    QVERIFY(m_olivia);

    // English plural forms ("1 order") come from the English translation, as in the application.
    QVERIFY2(m_english.load(u"marquee_en"_s, QStringLiteral(MARQUEE_QM_DIR)), "build the marquee_lrelease target first");
    QCoreApplication::installTranslator(&m_english);
    m_connection = std::make_unique<ServerConnection>();
    m_connection->setServer(ServerAddress{u"127.0.0.1"_s, m_fixture.port(), false});
    m_connection->open();
}

void TestGuiCustomer::cleanup()
{
    if (QTest::currentTestFailed())
        m_fixture.server().printDiagnostics();
}

void TestGuiCustomer::cleanupTestCase()
{
    m_window.reset();
    QCoreApplication::removeTranslator(&m_english);
}

qint64 TestGuiCustomer::soldOf(qint64 performanceId, qint64 ticketTypeId)
{
    const QJsonObject numbers = seating::ticketTypeNumbers(*m_manager, performanceId, ticketTypeId);
    return numbers.value(u"sold"_s).toInteger(-1);
}

void TestGuiCustomer::snapshot(QWidget *widget, const QString &name)
{
    uicheck::saveScreenshot(widget, name);
}

void TestGuiCustomer::openEvent(const QString &query, const QString &title)
{
    auto *tabs = child<QTabWidget>(m_window.get(), u"customerTabWidget"_s);
    tabs->setCurrentIndex(0);
    auto *search = child<QLineEdit>(m_window.get(), u"searchLineEdit"_s);
    search->clear();
    QTest::keyClicks(search, query);
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(m_window.get(), u"eventTitleLabel"_s)->text(), title, 10000);
    auto *types = child<QTableView>(m_window.get(), u"ticketTypeTableView"_s);
    QTRY_VERIFY_WITH_TIMEOUT(types->model()->rowCount() > 0, 10000);
}

void TestGuiCustomer::selectPerformance(int row)
{
    auto *dates = child<QAbstractItemView>(m_window.get(), u"performanceListView"_s);
    QTRY_VERIFY(dates->model()->rowCount() > row);
    dates->setCurrentIndex(dates->model()->index(row, 0));
}

BuyDialog *TestGuiCustomer::openBuyDialog()
{
    auto *buy = child<QPushButton>(m_window.get(), u"buyPushButton"_s);
    if (!QTest::qWaitFor([&] { return buy->isEnabled(); }, 10000))
        return nullptr;
    QTest::mouseClick(buy, Qt::LeftButton);
    BuyDialog *dialog = nullptr;
    const bool opened = QTest::qWaitFor([&] {
        for (BuyDialog *d : m_window->findChildren<BuyDialog *>()) {
            if (d->isVisible())
                dialog = d;
        }
        return dialog != nullptr;
    }, 5000);
    if (!opened || !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

qint64 TestGuiCustomer::sold()
{
    const auto r = m_manager->call(methodName(Method::CatalogGetPerformance), {{u"performanceId"_s, m_performanceId}});
    return r.result.value(u"performance"_s).toObject().value(u"ticketTypes"_s).toArray().first().toObject()
        .value(u"sold"_s).toInteger();
}

void TestGuiCustomer::registerShowsValidationThenSignsIn()
{
    SignInForm form(m_connection.get(), {});
    form.show();
    QSignalSpy signedIn(&form, &SignInForm::signedIn);
    auto *tabs = child<QTabWidget>(&form, u"signInTabWidget"_s);
    tabs->setCurrentIndex(1);
    auto *username = child<QLineEdit>(&form, u"newUsernameLineEdit"_s);
    auto *password = child<QLineEdit>(&form, u"newPasswordLineEdit"_s);
    auto *confirm = child<QLineEdit>(&form, u"confirmPasswordLineEdit"_s);
    QTest::keyClicks(username, u"zoe.li"_s);
    QTest::keyClicks(password, u"short"_s);
    QTest::keyClicks(confirm, u"short"_s);
    QTest::mouseClick(child<QPushButton>(&form, u"createAccountPushButton"_s), Qt::LeftButton);
    // The server's 422 names "password": the message appears under that field, which turns red.
    QTRY_VERIFY(password->property("error").toBool());
    const QList<QLabel *> labels = form.findChildren<QLabel *>();
    const bool shown = std::any_of(labels.cbegin(), labels.cend(), [](QLabel *l) {
        return l->isVisible() && l->property("role").toString() == u"error"_s && l->text().contains(u"8"_s);
    });
    QVERIFY2(shown, "the password rule is shown next to the field");
    QCOMPARE(signedIn.count(), 0);

    password->clear();
    confirm->clear();
    QTest::keyClicks(password, u"harbour-lights"_s);
    QTest::keyClicks(confirm, u"harbour-lights"_s);
    QTest::mouseClick(child<QPushButton>(&form, u"createAccountPushButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 15000);
    QVERIFY(!password->property("error").toBool());
    QCOMPARE(m_connection->user()->username, u"zoe.li"_s);
    QCOMPARE(m_connection->user()->role, Role::Customer);
}

void TestGuiCustomer::wrongPasswordIsShownAtTheForm()
{
    ServerConnection other;
    other.setServer(m_connection->server());
    other.open();
    SignInForm form(&other, {});
    form.show();
    auto *username = child<QLineEdit>(&form, u"usernameLineEdit"_s);
    username->clear();
    QTest::keyClicks(username, u"zoe.li"_s);
    QTest::keyClicks(child<QLineEdit>(&form, u"passwordLineEdit"_s), u"not-her-password"_s);
    QTest::keyClick(child<QLineEdit>(&form, u"passwordLineEdit"_s), Qt::Key_Return);
    auto *message = child<QLabel>(&form, u"signInMessageLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 15000);
    QVERIFY(message->text().contains(u"password"_s, Qt::CaseInsensitive));
    QVERIFY(!other.isAuthenticated());
}

void TestGuiCustomer::fillCard(QWidget *dialog, const QString &number)
{
    for (auto [name, text] : {std::pair{u"cardHolderLineEdit"_s, u"Zoe Li"_s}, std::pair{u"cardNumberLineEdit"_s, number},
                              std::pair{u"cardExpiryLineEdit"_s, u"12/39"_s}, std::pair{u"cardCvcLineEdit"_s, u"123"_s}}) {
        auto *edit = dialog->findChild<QLineEdit *>(name);
        QVERIFY2(edit, qPrintable(name));
        edit->clear();
        QTest::keyClicks(edit, text);
    }
}

void TestGuiCustomer::browseAndBuyWithCard()
{
    m_window = std::make_unique<CustomerWindow>(m_connection.get());
    m_window->show();
    auto *search = child<QLineEdit>(m_window.get(), u"searchLineEdit"_s);
    QTest::keyClicks(search, u"harbour"_s);
    auto *events = child<QAbstractItemView>(m_window.get(), u"eventListView"_s);
    QTRY_COMPARE_WITH_TIMEOUT(events->model()->rowCount(), 1, 10000);
    QTRY_VERIFY(events->currentIndex().isValid());
    auto *title = child<QLabel>(m_window.get(), u"eventTitleLabel"_s);
    QTRY_COMPARE(title->text(), u"Harbour Lights Concert"_s);
    auto *types = child<QTableView>(m_window.get(), u"ticketTypeTableView"_s);
    QTRY_COMPARE(types->model()->rowCount(), 1);
    QCOMPARE(types->model()->index(0, 1).data().toString(), u"¥45.00"_s);
    auto *buy = child<QPushButton>(m_window.get(), u"buyPushButton"_s);
    QTRY_VERIFY(buy->isEnabled());
    QTest::mouseClick(buy, Qt::LeftButton);

    BuyDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<BuyDialog *>()) != nullptr);
    auto *quantity = child<QSpinBox>(dialog, u"quantitySpinBox"_s);
    auto *total = child<QLabel>(dialog, u"totalLabel"_s);
    QCOMPARE(total->text(), u"¥45.00"_s);
    quantity->setValue(3);
    QCOMPARE(total->text(), u"¥135.00"_s); // price × quantity, as it changes
    QTest::mouseClick(child<QPushButton>(dialog, u"continuePushButton"_s), Qt::LeftButton);
    fillCard(dialog, u"4242 4242 4242 4242"_s);
    QTest::mouseClick(child<QPushButton>(dialog, u"payPushButton"_s), Qt::LeftButton);
    auto *code = child<QLabel>(dialog, u"orderCodeLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(code->text().startsWith(u"MQ-"_s), 15000);
    QCOMPARE(sold(), 3);
    // The live numbers in the window follow the sale.
    QTRY_COMPARE(types->model()->index(0, 2).data().toString(), u"7"_s);
    QTest::mouseClick(child<QPushButton>(dialog, u"closePushButton"_s), Qt::LeftButton);
    QTRY_VERIFY(m_window->findChild<BuyDialog *>() == nullptr || !dialog->isVisible());
}

void TestGuiCustomer::declinedCardSellsNothing()
{
    QTest::mouseClick(child<QPushButton>(m_window.get(), u"buyPushButton"_s), Qt::LeftButton);
    BuyDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = [this] {
        for (BuyDialog *d : m_window->findChildren<BuyDialog *>())
            if (d->isVisible())
                return d;
        return static_cast<BuyDialog *>(nullptr);
    }()) != nullptr);
    child<QSpinBox>(dialog, u"quantitySpinBox"_s)->setValue(2);
    QTest::mouseClick(child<QPushButton>(dialog, u"continuePushButton"_s), Qt::LeftButton);
    // A card number that fails the checksum never gets as far as the gateway.
    fillCard(dialog, u"4242 4242 4242 4241"_s);
    QTest::mouseClick(child<QPushButton>(dialog, u"payPushButton"_s), Qt::LeftButton);
    QVERIFY(child<QLineEdit>(dialog, u"cardNumberLineEdit"_s)->property("error").toBool());
    fillCard(dialog, u"4000 0000 0000 0002"_s);
    QTest::mouseClick(child<QPushButton>(dialog, u"payPushButton"_s), Qt::LeftButton);
    auto *declined = child<QLabel>(dialog, u"paymentDeclinedLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(declined->isVisible(), 15000);
    QVERIFY(declined->text().contains(u"declined"_s, Qt::CaseInsensitive));
    QCOMPARE(sold(), 3);
    dialog->reject();
}

void TestGuiCustomer::myTicketsShowsAndCancels()
{
    auto *tabs = child<QTabWidget>(m_window.get(), u"customerTabWidget"_s);
    tabs->setCurrentIndex(1);
    auto *orders = child<QTableView>(m_window.get(), u"ordersTableView"_s);
    QTRY_COMPARE_WITH_TIMEOUT(orders->model()->rowCount(), 1, 10000);
    QTRY_VERIFY(orders->currentIndex().isValid());
    QVERIFY(orders->model()->index(0, 0).data().toString().startsWith(u"MQ-"_s));
    const QList<QLabel *> tickets = m_window->findChildren<QLabel *>(u"ticketLabel"_s);
    QCOMPARE(tickets.size(), 3);
    // A paid order: a QR code per ticket, and its tickets can be printed again.
    QCOMPARE(m_window->findChildren<QLabel *>(u"ticketQrLabel"_s).size(), 3);
    QVERIFY(m_window->findChildren<QLabel *>(u"ticketCancelledLabel"_s).isEmpty());
    auto *print = child<QPushButton>(m_window.get(), u"printPushButton"_s);
    auto *save = child<QPushButton>(m_window.get(), u"savePdfPushButton"_s);
    QVERIFY(print->isEnabled() && save->isEnabled());
    auto *cancel = child<QPushButton>(m_window.get(), u"cancelOrderPushButton"_s);
    QVERIFY(cancel->isEnabled());
    QTimer::singleShot(0, this, [] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible())
                box->button(QMessageBox::Yes)->click();
        }
    });
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(orders->model()->index(0, 5).data().toString(), u"Refunded"_s, 10000);
    QCOMPARE(sold(), 0);
    QVERIFY(!cancel->isEnabled());
    // Cancelled means cancelled: no code a scanner would take, a plain mark instead, no reprint.
    QTRY_COMPARE(m_window->findChildren<QLabel *>(u"ticketCancelledLabel"_s).size(), 3);
    QVERIFY(m_window->findChildren<QLabel *>(u"ticketQrLabel"_s).isEmpty());
    for (QLabel *mark : m_window->findChildren<QLabel *>(u"ticketCancelledLabel"_s)) {
        QVERIFY(mark->pixmap().isNull());
        QCOMPARE(mark->text(), u"Cancelled"_s);
    }
    QVERIFY(!print->isEnabled());
    QVERIFY(!save->isEnabled());
    snapshot(m_window.get(), u"customer-cancelled"_s);
    // Chosen again (after a refresh too), it stays that way.
    QSignalSpy status(m_window->statusBar(), &QStatusBar::messageChanged);
    m_window->orders()->refresh();
    QTRY_VERIFY(status.count() >= 2);
    QTRY_COMPARE(m_window->findChildren<QLabel *>(u"ticketCancelledLabel"_s).size(), 3);
    QVERIFY(!print->isEnabled());
}

void TestGuiCustomer::changePasswordValidates()
{
    auto *tabs = child<QTabWidget>(m_window.get(), u"customerTabWidget"_s);
    tabs->setCurrentIndex(2);
    auto *old = child<QLineEdit>(m_window.get(), u"oldPasswordLineEdit"_s);
    auto *fresh = child<QLineEdit>(m_window.get(), u"newPasswordLineEdit"_s);
    auto *confirm = child<QLineEdit>(m_window.get(), u"confirmPasswordLineEdit"_s);
    auto *change = child<QPushButton>(m_window.get(), u"changePasswordPushButton"_s);
    QTest::keyClicks(old, u"wrong-password"_s);
    QTest::keyClicks(fresh, u"harbour-lights-2"_s);
    QTest::keyClicks(confirm, u"harbour-lights-2"_s);
    // Enter in any of the fields changes the password.
    QTest::keyClick(fresh, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(old->property("error").toBool(), 15000);
    const auto errorShown = [&] {
        const QList<QLabel *> labels = m_window->findChildren<QLabel *>();
        return std::any_of(labels.cbegin(), labels.cend(), [](QLabel *l) {
            return l->isVisible() && l->property("role").toString() == u"error"_s && !l->text().isEmpty();
        });
    };
    QVERIFY(errorShown());
    // Editing the field takes its error away at once: the user is fixing it.
    QTest::keyClick(old, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(old, Qt::Key_Backspace);
    QVERIFY(!old->property("error").toBool());
    QVERIFY(!errorShown());
    QTest::keyClicks(old, u"harbour-lights"_s);
    QTest::keyClick(old, Qt::Key_Enter);
    QVERIFY(!change->isEnabled()); // on its way; Enter again would not send it twice
    auto *result = child<QLabel>(m_window.get(), u"passwordResultLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"changed"_s), 15000);
    QVERIFY(m_connection->isAuthenticated());
    QVERIFY(m_fixture.loginAs(u"zoe.li"_s, u"harbour-lights-2"_s));
}

void TestGuiCustomer::orderCountInPlainEnglish()
{
    auto *tabs = child<QTabWidget>(m_window.get(), u"customerTabWidget"_s);
    tabs->setCurrentIndex(1);
    m_window->orders()->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->statusBar()->currentMessage(), u"1 order"_s, 10000);
    // And the catalog: "1 event on sale", "4 events on sale".
    openEvent(u"riverside"_s, FamilyTitle);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->statusBar()->currentMessage(), u"1 event on sale"_s, 10000);
    child<QLineEdit>(m_window.get(), u"searchLineEdit"_s)->clear();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->statusBar()->currentMessage(), u"4 events on sale"_s, 10000);
}

void TestGuiCustomer::mixedBasketIsOneOrder()
{
    openEvent(u"riverside"_s, FamilyTitle);
    selectPerformance(0);
    auto *types = child<QTableView>(m_window.get(), u"ticketTypeTableView"_s);
    QTRY_COMPARE(types->model()->rowCount(), 2);
    QTRY_COMPARE(types->model()->index(0, TicketTypeModel::NameColumn).data().toString(), u"Adult"_s);
    auto *dates = child<QAbstractItemView>(m_window.get(), u"performanceListView"_s);
    QTRY_VERIFY(dates->model()->index(0, 0).data().toString().contains(u"70 left"_s));

    BuyDialog *dialog = openBuyDialog();
    QVERIFY(dialog);
    QSpinBox *adult = dialog->quantityBox(m_adultFirst);
    QSpinBox *kids = dialog->quantityBox(m_childFirst);
    QVERIFY(adult && kids);
    // The type chosen in the window starts the basket; the keyboard starts on it.
    QCOMPARE(adult->value(), 1);
    QCOMPARE(kids->value(), 0);
    QTRY_VERIFY(adult->hasFocus());
    auto *total = child<QLabel>(dialog, u"totalLabel"_s);
    QCOMPARE(total->text(), DisplayFormat::money(3000));
    // 2 Adult + 1 Child, by keyboard; the total follows each change.
    QTest::keyClick(adult, Qt::Key_Up);
    QCOMPARE(total->text(), DisplayFormat::money(6000));
    QTest::keyClick(dialog, Qt::Key_Tab);
    QTRY_VERIFY(kids->hasFocus());
    QTest::keyClick(kids, Qt::Key_Up);
    QCOMPARE(adult->value(), 2);
    QCOMPARE(kids->value(), 1);
    QCOMPARE(total->text(), DisplayFormat::money(7500));
    QCOMPARE(dialog->total(), 7500);
    // Every quantity box has its own name for a screen reader.
    QCOMPARE(QAccessible::queryAccessibleInterface(kids)->text(QAccessible::Name), u"Quantity of Child"_s);

    // Enter continues to the card, and Enter in the card pays.
    QTest::keyClick(kids, Qt::Key_Return);
    auto *holder = child<QLineEdit>(dialog, u"cardHolderLineEdit"_s);
    QTRY_VERIFY(holder->isVisible());
    const QString summary = child<QLabel>(dialog, u"payTotalLabel"_s)->text();
    QVERIFY2(summary.contains(u"2 × Adult"_s) && summary.contains(u"1 × Child"_s) &&
                 summary.contains(DisplayFormat::money(7500)),
             qPrintable(summary));
    fillCard(dialog, u"4242 4242 4242 4242"_s);
    QTest::keyClick(child<QLineEdit>(dialog, u"cardCvcLineEdit"_s), Qt::Key_Return);
    auto *code = child<QLabel>(dialog, u"orderCodeLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(code->text().startsWith(u"MQ-"_s), 15000);

    // One order, one payment, both lines; the server agrees.
    const std::optional<Order> order = dialog->order();
    QVERIFY(order);
    QCOMPARE(order->items.size(), 2);
    QCOMPARE(order->tickets.size(), 3);
    QCOMPARE(order->totalCents, 7500);
    const auto stored = m_manager->call(methodName(Method::OrderGet), {{u"code"_s, order->code}});
    QVERIFY2(stored.ok, qPrintable(stored.toString()));
    const QJsonObject storedOrder = stored.result.value(u"order"_s).toObject();
    QCOMPARE(storedOrder.value(u"totalCents"_s).toInteger(), 7500);
    QCOMPARE(storedOrder.value(u"items"_s).toArray().size(), 2);
    QCOMPARE(storedOrder.value(u"tickets"_s).toArray().size(), 3);
    QCOMPARE(soldOf(m_familyFirst, m_adultFirst), 2);
    QCOMPARE(soldOf(m_familyFirst, m_childFirst), 1);
    const QString done = child<QLabel>(dialog, u"doneSummaryLabel"_s)->text();
    QVERIFY2(done.contains(u"2 × Adult"_s) && done.contains(u"1 × Child"_s), qPrintable(done));

    // Both types' numbers drop in the window: the ticket table and the list of dates.
    QTRY_COMPARE(types->model()->index(0, TicketTypeModel::RemainingColumn).data().toString(), u"38"_s);
    QTRY_COMPARE(types->model()->index(1, TicketTypeModel::RemainingColumn).data().toString(), u"29"_s);
    QTRY_VERIFY2(dates->model()->index(0, 0).data().toString().contains(u"67 left"_s),
                 qPrintable(dates->model()->index(0, 0).data().toString()));
    QTest::mouseClick(child<QPushButton>(dialog, u"closePushButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());

    // "My tickets" has it, and counts in plain English.
    m_window->orders()->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->statusBar()->currentMessage(), u"2 orders"_s, 10000);
}

void TestGuiCustomer::soldOutLineKeepsTheBasket()
{
    openEvent(u"riverside"_s, FamilyTitle);
    selectPerformance(0);
    auto *types = child<QTableView>(m_window.get(), u"ticketTypeTableView"_s);
    QTRY_COMPARE(types->model()->index(1, TicketTypeModel::RemainingColumn).data().toString(), u"29"_s);
    BuyDialog *dialog = openBuyDialog();
    QVERIFY(dialog);
    QSpinBox *adult = dialog->quantityBox(m_adultFirst);
    QSpinBox *kids = dialog->quantityBox(m_childFirst);
    kids->setValue(3);
    QCOMPARE(adult->value(), 1);
    QTest::mouseClick(child<QPushButton>(dialog, u"continuePushButton"_s), Qt::LeftButton);
    fillCard(dialog, u"4242 4242 4242 4242"_s);

    // Meanwhile Olivia buys all but two children's tickets.
    for (int quantity : {20, 7}) {
        const auto r = m_olivia->call(methodName(Method::OrderPurchase),
                                      {{u"ticketTypeId"_s, m_childFirst}, {u"quantity"_s, quantity},
                                       {u"payment"_s, seed::sandboxPayment()}});
        QVERIFY2(r.ok, qPrintable(r.toString()));
    }
    QTRY_COMPARE(types->model()->index(1, TicketTypeModel::RemainingColumn).data().toString(), u"2"_s);
    QCOMPARE(kids->value(), 3); // mid-payment the basket stays as chosen; the server decides

    QTest::keyClick(child<QLineEdit>(dialog, u"cardNumberLineEdit"_s), Qt::Key_Enter);
    auto *pages = child<QStackedWidget>(dialog, QString());
    QVERIFY(pages);
    QTRY_COMPARE_WITH_TIMEOUT(pages->currentIndex(), 0, 15000);
    // The refusal is on the children's line; the adult stays in the basket.
    QLabel *lineError = nullptr;
    for (QLabel *l : dialog->findChildren<QLabel *>(u"lineErrorLabel"_s)) {
        if (l->isVisible())
            lineError = l;
    }
    QVERIFY(lineError);
    QVERIFY2(lineError->text().contains(u"2"_s), qPrintable(lineError->text()));
    const QRect childRow(kids->mapTo(dialog, QPoint()), kids->size());
    QVERIFY(lineError->mapTo(dialog, QPoint()).y() >= childRow.bottom()); // under its line
    QCOMPARE(adult->value(), 1);
    QCOMPARE(kids->value(), 2);
    QCOMPARE(child<QLabel>(dialog, u"totalLabel"_s)->text(), DisplayFormat::money(6000));
    QCOMPARE(soldOf(m_familyFirst, m_adultFirst), 2); // nothing of the basket was sold
    QCOMPARE(soldOf(m_familyFirst, m_childFirst), 28);

    // What is left of the basket can be bought as it stands.
    QTest::mouseClick(child<QPushButton>(dialog, u"continuePushButton"_s), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(dialog, u"payPushButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(dialog, u"orderCodeLabel"_s)->text().startsWith(u"MQ-"_s), 15000);
    QCOMPARE(dialog->order()->totalCents, 6000);
    QCOMPARE(soldOf(m_familyFirst, m_adultFirst), 3);
    QCOMPARE(soldOf(m_familyFirst, m_childFirst), 30);
    QTest::mouseClick(child<QPushButton>(dialog, u"closePushButton"_s), Qt::LeftButton);
}

void TestGuiCustomer::declinedMessageShownWholeThenCleared()
{
    openEvent(u"riverside"_s, FamilyTitle);
    selectPerformance(1);
    auto *types = child<QTableView>(m_window.get(), u"ticketTypeTableView"_s);
    QTRY_COMPARE(types->model()->index(0, TicketTypeModel::RemainingColumn).data().toString(), u"40"_s);
    BuyDialog *dialog = openBuyDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->quantityBox(m_adultSecond)->value(), 1);
    QTest::mouseClick(child<QPushButton>(dialog, u"continuePushButton"_s), Qt::LeftButton);
    // As small as the dialog goes: a message it did not make room for would be cut off.
    dialog->resize(dialog->minimumSizeHint());
    QCoreApplication::processEvents();
    fillCard(dialog, u"4000 0000 0000 0002"_s);
    auto *number = child<QLineEdit>(dialog, u"cardNumberLineEdit"_s);
    QTest::keyClick(number, Qt::Key_Return); // Enter pays
    auto *declined = child<QLabel>(dialog, u"paymentDeclinedLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(declined->isVisible(), 15000);
    QVERIFY(declined->text().contains(u"declined"_s, Qt::CaseInsensitive));
    QCOMPARE(soldOf(m_familySecond, m_adultSecond), 0);

    // All of it on screen: inside the dialog, as tall as its wrapped lines need.
    QTRY_VERIFY2(uicheck::clippedWidgets(dialog).isEmpty(),
                 qPrintable(uicheck::clippedWidgets(dialog).join(u"; "_s)));
    const QRect inDialog(declined->mapTo(dialog, QPoint()), declined->size());
    QVERIFY(dialog->rect().contains(inDialog));
    QVERIFY2(declined->heightForWidth(declined->width()) <= declined->height() + 1,
             qPrintable(u"needs %1 px, has %2"_s.arg(declined->heightForWidth(declined->width()))
                            .arg(declined->height())));
    QVERIFY(declined->height() > declined->fontMetrics().lineSpacing()); // it did wrap
    snapshot(dialog, u"customer-declined"_s);

    // Changing the card is a new attempt: the refusal goes.
    QTest::keyClick(number, Qt::Key_Backspace);
    QVERIFY(!declined->isVisible());
    dialog->reject();
    QTRY_VERIFY(!dialog->isVisible());
}

void TestGuiCustomer::liveCountInTheListOfDates()
{
    openEvent(u"riverside"_s, FamilyTitle);
    selectPerformance(0);
    auto *dates = child<QAbstractItemView>(m_window.get(), u"performanceListView"_s);
    QTRY_VERIFY(dates->model()->index(1, 0).data().toString().contains(u"70 left"_s));
    // Olivia buys for the other date, the one not chosen in this window.
    const auto r = m_olivia->call(methodName(Method::OrderPurchase),
                                  {{u"ticketTypeId"_s, m_adultSecond}, {u"quantity"_s, 3},
                                   {u"payment"_s, seed::sandboxPayment()}});
    QVERIFY2(r.ok, qPrintable(r.toString()));
    QCOMPARE(soldOf(m_familySecond, m_adultSecond), 3);
    QTRY_VERIFY2_WITH_TIMEOUT(dates->model()->index(1, 0).data().toString().contains(u"67 left"_s),
                              qPrintable(dates->model()->index(1, 0).data().toString()), 10000);
    // The first date is sold out for children: its line says what is left in all.
    QVERIFY2(dates->model()->index(0, 0).data().toString().contains(u"37 left"_s),
             qPrintable(dates->model()->index(0, 0).data().toString()));
}

void TestGuiCustomer::saleBeforeSubscribingIsNotMissed()
{
    // A view reads the numbers, then subscribes; a sale in between is pushed to nobody. The
    // subscription's answer brings it, through the same signal as a push.
    ServerConnection other;
    other.setServer(m_connection->server());
    other.open();
    bool signedIn = false;
    other.login(u"olivia"_s, ServerFixture::staffPassword(), this,
                [&](const RpcResult &r) { signedIn = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(signedIn, 15000);
    const qint64 soldBefore = soldOf(m_familySecond, m_adultSecond);
    const auto r = m_olivia->call(methodName(Method::OrderPurchase),
                                  {{u"ticketTypeId"_s, m_adultSecond}, {u"quantity"_s, 2},
                                   {u"payment"_s, seed::sandboxPayment()}});
    QVERIFY2(r.ok, qPrintable(r.toString()));
    QSignalSpy changed(&other, &ServerConnection::inventoryChanged);
    other.subscribe(m_familySecond);
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 10000);
    QCOMPARE(changed.first().at(0).value<Id>(), m_familySecond);
    bool found = false;
    for (const QJsonValue &v : changed.first().at(1).toJsonArray()) {
        const QJsonObject t = v.toObject();
        if (t.value(u"id"_s).toInteger() == m_adultSecond) {
            found = true;
            QCOMPARE(t.value(u"sold"_s).toInteger(), soldBefore + 2);
        }
    }
    QVERIFY(found);
}

void TestGuiCustomer::enterGoesFromSearchToBuying()
{
    openEvent(u"riverside"_s, FamilyTitle);
    auto *search = child<QLineEdit>(m_window.get(), u"searchLineEdit"_s);
    auto *events = child<QAbstractItemView>(m_window.get(), u"eventListView"_s);
    auto *dates = child<QAbstractItemView>(m_window.get(), u"performanceListView"_s);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    search->setFocus();
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(events->hasFocus());
    QTest::keyClick(events, Qt::Key_Return);
    QTRY_VERIFY(dates->hasFocus());
    QTest::keyClick(dates, Qt::Key_Down); // the second date
    QTRY_VERIFY(child<QPushButton>(m_window.get(), u"buyPushButton"_s)->isEnabled());
    QTest::keyClick(dates, Qt::Key_Return);
    BuyDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = [this] {
        for (BuyDialog *d : m_window->findChildren<BuyDialog *>())
            if (d->isVisible())
                return d;
        return static_cast<BuyDialog *>(nullptr);
    }()) != nullptr);
    QVERIFY(dialog->quantityBox(m_adultSecond)); // the date chosen by keyboard
    dialog->reject();
    QTRY_VERIFY(!dialog->isVisible());
}

void TestGuiCustomer::seatsOfTwoCategoriesAreOneOrder()
{
    const auto got = m_manager->call(methodName(Method::CatalogGetPerformance),
                                     {{u"performanceId"_s, m_seatedPerformance}});
    QVERIFY(got.ok);
    const Performance performance = Performance::fromJson(got.result.value(u"performance"_s).toObject());
    Event event;
    event.id = m_seatedEvent;
    event.title = u"Quayside Quartet"_s;
    event.category = u"concert"_s;
    SeatedBuyDialog dialog(m_connection.get(), event, performance);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    SeatPicker *picker = dialog.picker();
    QTRY_VERIFY_WITH_TIMEOUT(picker->isLoaded(), 15000);
    SeatMapView *map = picker->map();
    const QList<qint64> chosen{m_venue.seatId(u"Stalls"_s, u"A"_s, u"4"_s), m_venue.seatId(u"Stalls"_s, u"A"_s, u"5"_s),
                               m_venue.seatId(u"Balcony"_s, u"A"_s, u"4"_s)};
    for (qint64 id : chosen)
        QTest::mouseClick(map->viewport(), Qt::LeftButton, {}, map->seatViewportPos(m_venue.indexById.value(id)));
    QCOMPARE(map->selectedSeatIds().size(), 3);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"holdSeatsPushButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(picker->hold().has_value(), 15000);
    QCOMPARE(picker->hold()->seatIds().size(), 3);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"checkoutPushButton"_s), Qt::LeftButton);
    QTRY_VERIFY(dialog.findChild<QLineEdit *>(u"cardHolderLineEdit"_s)->isVisible());
    QCOMPARE(dialog.findChild<QLabel *>(u"payTotalLabel"_s)->text(), DisplayFormat::money(2 * 6000 + 3500));
    fillCard(&dialog, u"4242 4242 4242 4242"_s);
    QTest::keyClick(dialog.findChild<QLineEdit *>(u"cardCvcLineEdit"_s), Qt::Key_Return); // Enter pays here too
    QTRY_VERIFY_WITH_TIMEOUT(dialog.findChild<QLabel *>(u"orderCodeLabel"_s)->text().startsWith(u"MQ-"_s), 15000);

    // One order, one payment, for stalls and balcony; the done page lists both.
    const std::optional<Order> order = dialog.order();
    QVERIFY(order);
    QCOMPARE(order->items.size(), 2);
    QCOMPARE(order->tickets.size(), 3);
    QCOMPARE(order->totalCents, 2 * 6000 + 3500);
    const QString done = dialog.findChild<QLabel *>(u"doneSummaryLabel"_s)->text();
    QVERIFY2(done.contains(u"2 × Stalls"_s) && done.contains(u"1 × Balcony"_s) && done.contains(u"Row A"_s),
             qPrintable(done));
    const seating::SeatMap seats = seating::getMap(*m_manager, m_seatedPerformance);
    for (qint64 id : chosen)
        QCOMPARE(seats.statusOf(m_venue, id), u's');
    const auto stored = m_manager->call(methodName(Method::OrderGet), {{u"code"_s, order->code}});
    QCOMPARE(stored.result.value(u"order"_s).toObject().value(u"tickets"_s).toArray().size(), 3);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"closePushButton"_s), Qt::LeftButton);
}

void TestGuiCustomer::windowFitsTheScreen_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1360x860") << QSize(1360, 860);
    QTest::newRow("1024x700") << QSize(1024, 700);
}

void TestGuiCustomer::windowFitsTheScreen()
{
    QFETCH(QSize, size);
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    const auto check = [](QWidget *w, const QString &where) {
        QStringList problems;
        for (const QString &p : uicheck::clippedWidgets(w))
            problems << where + u": clipped: "_s + p;
        for (const QString &p : uicheck::unnamedInputs(w))
            problems << where + u": unnamed: "_s + p;
        for (const QString &p : uicheck::duplicateMnemonics(w))
            problems << where + u": mnemonic: "_s + p;
        return problems;
    };
    m_window->resize(size);
    QCOMPARE(m_window->size(), size);
    openEvent(u"gala"_s, GalaTitle);
    auto *buy = child<QPushButton>(m_window.get(), u"buyPushButton"_s);
    QTRY_VERIFY(buy->isEnabled());
    QCoreApplication::processEvents();
    QStringList problems = check(m_window.get(), u"browse"_s);

    // Prices whole in the ticket table, the long name elided instead.
    auto *types = child<QTableView>(m_window.get(), u"ticketTypeTableView"_s);
    QHeaderView *header = types->horizontalHeader();
    for (int column : {int(TicketTypeModel::PriceColumn), int(TicketTypeModel::RemainingColumn)}) {
        for (int row = 0; row < types->model()->rowCount(); ++row) {
            const QString text = types->model()->index(row, column).data().toString();
            if (header->sectionSize(column) < types->fontMetrics().horizontalAdvance(text) + 8)
                problems << u"ticket table: \"%1\" cut off"_s.arg(text);
        }
        if (header->sectionViewportPosition(column) + header->sectionSize(column) > types->viewport()->width())
            problems << u"ticket table: column %1 outside the table"_s.arg(column);
    }
    QCOMPARE(types->model()->index(0, TicketTypeModel::PriceColumn).data().toString(), DisplayFormat::money(114000));
    // The date, time and what is left of each performance fit its list.
    auto *dates = child<QAbstractItemView>(m_window.get(), u"performanceListView"_s);
    const QString firstLine = dates->model()->index(0, 0).data().toString().section(u'\n', 0, 0);
    if (dates->fontMetrics().horizontalAdvance(firstLine) + 12 > dates->viewport()->width())
        problems << u"dates: \"%1\" does not fit %2 px"_s.arg(firstLine).arg(dates->viewport()->width());
    // The event card: its price and date drawn whole, beside the icon.
    auto *events = child<QAbstractItemView>(m_window.get(), u"eventListView"_s);
    const QModelIndex card = events->model()->index(0, 0);
    const int needed = 10 + 28 + 10 + events->fontMetrics().horizontalAdvance(card.data(EventListModel::FromPriceRole).toString()) + 10;
    if (events->visualRect(card).width() < needed)
        problems << u"event card too narrow for its price"_s;
    snapshot(m_window.get(), u"customer-browse-"_s + tag);

    auto *tabs = child<QTabWidget>(m_window.get(), u"customerTabWidget"_s);
    tabs->setCurrentIndex(1);
    auto *orders = child<QTableView>(m_window.get(), u"ordersTableView"_s);
    QTRY_VERIFY_WITH_TIMEOUT(orders->model()->rowCount() >= 3, 10000);
    QCoreApplication::processEvents();
    problems += check(m_window.get(), u"my tickets"_s);
    // What tells orders apart stays whole: code, date, count, total, status.
    for (int column : {int(OrderListModel::CodeColumn), int(OrderListModel::WhenColumn), int(OrderListModel::TicketsColumn),
                       int(OrderListModel::TotalColumn), int(OrderListModel::StatusColumn)}) {
        for (int row = 0; row < orders->model()->rowCount(); ++row) {
            const QString text = orders->model()->index(row, column).data().toString();
            if (orders->horizontalHeader()->sectionSize(column) < orders->fontMetrics().horizontalAdvance(text) + 6)
                problems << u"my orders: \"%1\" cut off"_s.arg(text);
        }
    }
    snapshot(m_window.get(), u"customer-tickets-"_s + tag);
    tabs->setCurrentIndex(2);
    QCoreApplication::processEvents();
    problems += check(m_window.get(), u"account"_s);
    tabs->setCurrentIndex(0);

    BuyDialog *dialog = openBuyDialog();
    QVERIFY(dialog);
    QCoreApplication::processEvents();
    problems += check(dialog, u"buy tickets"_s);
    for (QLabel *price : dialog->findChildren<QLabel *>(u"linePriceLabel"_s)) {
        if (price->width() < price->minimumSizeHint().width())
            problems << u"buy tickets: price %1 cut off"_s.arg(price->text());
    }
    snapshot(dialog, u"customer-buy-"_s + tag);
    QTest::mouseClick(child<QPushButton>(dialog, u"continuePushButton"_s), Qt::LeftButton);
    QCoreApplication::processEvents();
    problems += check(dialog, u"buy tickets, payment"_s);
    dialog->reject();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_MAIN(TestGuiCustomer)
#include "tst_gui_customer.moc"
