// Live numbers in the admin window against a real server: customers buy and hold elsewhere while
// a manager has the catalog open, and the ticket types table (sold, held, left), the ticket
// type's numbers line and the performances' "sold of" follow at once — with the selection and
// the form's unsaved text left alone. Performances listed later catch up with what was sold
// before they were shown; subscriptions are let go of exactly when the rows leave. A reserved
// category's numbers follow its seats (holds, blocked seats). Guest accounts stay out of the
// users list unless "Show guest accounts" is ticked, and are named "Guest" in it.
#include "admin/adminwindow.h"
#include "admin/catalogpage.h"
#include "admin/catalogperformancemodel.h"
#include "admin/catalogtickettypemodel.h"
#include "admin/seatcategoriesdialog.h"
#include "admin/userspage.h"
#include "admin/usertablemodel.h"
#include "core/rpcresult.h"
#include "core/serverconnection.h"
#include "seatingkit.h"
#include "shared/methods.h"
#include "support/catalogseed.h"
#include "support/serverfixture.h"
#include "uicheck.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace mq;
using namespace mq::client;

class TestGuiAdminLive : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void salesAndHoldsShowWithoutARefresh();
    void performancesListedLaterCatchUp();
    void reservedCategoryFollowsItsSeats();
    void reconnectCatchesUp();
    void guestsAreHiddenUnlessAsked();
    void usersPageFitsAndIsNamed_data();
    void usersPageFitsAndIsNamed();

private:
    template <typename T> T *child(const QString &name)
    {
        T *w = m_window->findChild<T *>(name);
        if (!w)
            qWarning() << "no widget" << name;
        return w;
    }
    static void clickRow(QTableView *view, int row);
    static int rowWithId(QTableView *view, qint64 id);
    static int rowWithText(QTableView *view, int column, const QString &text);
    static QString cell(QTableView *view, int row, int column)
    {
        return view->model()->index(row, column).data().toString();
    }
    // Selects the event's row, then the performance's, through the tables.
    void selectPerformance(const QString &eventTitle, qint64 performanceId);
    void buy(qint64 ticketTypeId, int quantity);
    // Waits for a round trip on the window's connection: the server has read what it sent
    // before (subscriptions take effect when read), so a sale now is pushed, not caught up.
    void settle();

    ServerFixture m_fixture{QStringLiteral(MARQUEE_SERVER_BINARY)};
    ServerConnection m_connection;
    std::unique_ptr<AdminWindow> m_window;
    std::unique_ptr<TestClient> m_admin;
    std::unique_ptr<TestClient> m_customer;
    qint64 m_firstId = 0;  // "Live Numbers Gala", first performance
    qint64 m_stallsId = 0; // … its Stalls, 100
    qint64 m_balconyId = 0;
    qint64 m_secondId = 0; // … second performance
    qint64 m_secondStallsId = 0;
    qint64 m_lateId = 0; // "Late Listing", shown only later
    qint64 m_doorId = 0;
    qint64 m_seatedId = 0; // "Seated Recital", reserved
    qint64 m_frontId = 0;  // row A
    seating::Venue m_venue;
};

void TestGuiAdminLive::initTestCase()
{
    Theme::apply(*qApp);
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    m_admin = m_fixture.loginAs(u"admin"_s);
    QVERIFY(m_admin);
    m_customer = m_fixture.loginAs(u"customer"_s);
    QVERIFY(m_customer);

    TestClient &a = *m_admin;
    const qint64 gala = seed::createEvent(a, u"Live Numbers Gala"_s);
    m_firstId = seed::createPerformance(a, gala, seed::daysFromNow(10));
    m_stallsId = seed::createTicketType(a, m_firstId, u"Stalls"_s, 4500, 100);
    m_balconyId = seed::createTicketType(a, m_firstId, u"Balcony"_s, 3000, 50);
    m_secondId = seed::createPerformance(a, gala, seed::daysFromNow(11));
    m_secondStallsId = seed::createTicketType(a, m_secondId, u"Stalls"_s, 4500, 80);
    const qint64 late = seed::createEvent(a, u"Late Listing"_s);
    m_lateId = seed::createPerformance(a, late, seed::daysFromNow(12));
    m_doorId = seed::createTicketType(a, m_lateId, u"Door"_s, 2000, 40);
    QVERIFY(m_stallsId && m_balconyId && m_secondStallsId && m_doorId);

    m_venue = seating::createVenue(a, u"Recital Room"_s,
                                   seating::LayoutBuilder().grid(u"Stalls"_s, 2, 5).layout());
    QVERIFY(m_venue.isValid());
    const qint64 recital = seed::createEvent(a, u"Seated Recital"_s);
    m_seatedId = seating::createReservedPerformance(a, recital, m_venue.id, seed::daysFromNow(13));
    m_frontId = seating::createSeatedType(a, m_seatedId, u"Front"_s, 6000,
                                          m_venue.rowIds(u"Stalls"_s, u"A"_s));
    QVERIFY(m_seatedId && m_frontId);

    m_connection.setServer(ServerAddress{u"127.0.0.1"_s, m_fixture.port(), false});
    m_connection.open();
    QSignalSpy authenticated(&m_connection, &ServerConnection::authenticated);
    m_connection.login(u"admin"_s, ServerFixture::staffPassword(), nullptr, {});
    QVERIFY(authenticated.wait(15000));
    m_window = std::make_unique<AdminWindow>(&m_connection);
    m_window->resize(1360, 860);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *events = child<QTableView>(u"eventsTableView"_s);
    QTRY_VERIFY(events->isEnabled() && events->model()->rowCount() >= 3);
}

void TestGuiAdminLive::cleanup()
{
    if (QTest::currentTestFailed())
        m_fixture.server().printDiagnostics();
}

void TestGuiAdminLive::cleanupTestCase()
{
    m_window.reset();
    QVERIFY2(m_fixture.server().isRunning(), "the server died during the tests");
    QCOMPARE(m_fixture.server().stop(), 0);
}

void TestGuiAdminLive::clickRow(QTableView *view, int row)
{
    const QModelIndex index = view->model()->index(row, 0);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

int TestGuiAdminLive::rowWithId(QTableView *view, qint64 id)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, 0).data(Qt::UserRole + 1).toLongLong() == id)
            return row;
    }
    return -1;
}

int TestGuiAdminLive::rowWithText(QTableView *view, int column, const QString &text)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (cell(view, row, column) == text)
            return row;
    }
    return -1;
}

void TestGuiAdminLive::selectPerformance(const QString &eventTitle, qint64 performanceId)
{
    auto *events = child<QTableView>(u"eventsTableView"_s);
    QTRY_VERIFY(events->isEnabled());
    const int eventRow = rowWithText(events, 0, eventTitle);
    QVERIFY2(eventRow >= 0, qPrintable(eventTitle));
    clickRow(events, eventRow);
    auto *performances = child<QTableView>(u"performancesTableView"_s);
    QTRY_VERIFY(rowWithId(performances, performanceId) >= 0);
    const int row = rowWithId(performances, performanceId);
    clickRow(performances, row);
    QTRY_VERIFY(performances->selectionModel()->isRowSelected(row, {}));
}

void TestGuiAdminLive::buy(qint64 ticketTypeId, int quantity)
{
    const auto r = m_customer->call(methodName(Method::OrderPurchase),
                                    {{u"ticketTypeId"_s, ticketTypeId},
                                     {u"quantity"_s, quantity},
                                     {u"payment"_s, seed::sandboxPayment()}});
    QVERIFY2(r.ok, qPrintable(r.toString()));
}

void TestGuiAdminLive::settle()
{
    bool answered = false;
    m_connection.call(methodName(Method::CatalogListEvents), {}, this,
                      [&answered](const RpcResult &) { answered = true; });
    QTRY_VERIFY(answered);
}

void TestGuiAdminLive::salesAndHoldsShowWithoutARefresh()
{
    selectPerformance(u"Live Numbers Gala"_s, m_firstId);
    QVERIFY(!QTest::currentTestFailed());
    auto *events = child<QTableView>(u"eventsTableView"_s);
    auto *performances = child<QTableView>(u"performancesTableView"_s);
    auto *types = child<QTableView>(u"ticketTypesTableView"_s);
    QTRY_COMPARE(types->model()->rowCount(), 2);
    const int stalls = rowWithId(types, m_stallsId);
    QVERIFY(stalls >= 0);
    clickRow(types, stalls);
    auto *name = child<QLineEdit>(u"ticketTypeNameLineEdit"_s);
    auto *price = child<QLineEdit>(u"priceLineEdit"_s);
    auto *capacity = child<QSpinBox>(u"capacitySpinBox"_s);
    auto *numbers = child<QLabel>(u"ticketTypeNumbersLabel"_s);
    QTRY_COMPARE(name->text(), u"Stalls"_s);
    QCOMPARE(cell(types, stalls, CatalogTicketTypeModel::SoldColumn), u"0"_s);
    QCOMPARE(cell(types, stalls, CatalogTicketTypeModel::RemainingColumn), u"100"_s);

    // Both performances of the event on screen are followed, nothing else.
    QTRY_VERIFY(m_connection.isSubscribed(m_firstId) && m_connection.isSubscribed(m_secondId));
    QVERIFY(!m_connection.isSubscribed(m_lateId));

    // The manager is halfway through an edit when the sale comes in.
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, u"Stalls (front)"_s);
    price->selectAll();
    QTest::keyClicks(price, u"47.00"_s);
    capacity->selectAll();
    QTest::keyClicks(capacity, u"120"_s);
    const int eventRow = events->currentIndex().row();
    const int firstRow = rowWithId(performances, m_firstId);

    settle();
    buy(m_stallsId, 3);
    QTRY_COMPARE(cell(types, stalls, CatalogTicketTypeModel::SoldColumn), u"3"_s);
    QCOMPARE(cell(types, stalls, CatalogTicketTypeModel::RemainingColumn), u"97"_s);
    QTRY_COMPARE(numbers->text(), u"Sold %L1 · held %L2 · remaining %L3"_s.arg(3).arg(0).arg(97));
    QCOMPARE(cell(performances, firstRow, CatalogPerformanceModel::SoldColumn),
             u"%L1 of %L2"_s.arg(3).arg(150));
    // Nothing moved under the manager: the rows selected, the typed text, the focus.
    QVERIFY(events->selectionModel()->isRowSelected(eventRow, {}));
    QVERIFY(performances->selectionModel()->isRowSelected(firstRow, {}));
    QVERIFY(types->selectionModel()->isRowSelected(stalls, {}));
    QCOMPARE(name->text(), u"Stalls (front)"_s);
    QCOMPARE(price->text(), u"47.00"_s);
    QCOMPARE(capacity->value(), 120);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(name));

    // A hold moves "held" and "left" too (held is in the model and the numbers line).
    const auto hold = m_customer->call(methodName(Method::HoldCreate),
                                       {{u"ticketTypeId"_s, m_stallsId}, {u"quantity"_s, 2}});
    QVERIFY2(hold.ok, qPrintable(hold.toString()));
    QTRY_COMPARE(cell(types, stalls, CatalogTicketTypeModel::HeldColumn), u"2"_s);
    QCOMPARE(cell(types, stalls, CatalogTicketTypeModel::RemainingColumn), u"95"_s);
    QTRY_COMPARE(numbers->text(), u"Sold %L1 · held %L2 · remaining %L3"_s.arg(3).arg(2).arg(95));
    const auto release =
        m_customer->call(methodName(Method::HoldRelease),
                         {{u"holdId"_s, hold.result.value(u"hold"_s).toObject().value(u"id"_s)}});
    QVERIFY2(release.ok, qPrintable(release.toString()));
    QTRY_COMPARE(cell(types, stalls, CatalogTicketTypeModel::HeldColumn), u"0"_s);

    // A sale of the other type, and of the other performance in the list: their rows follow,
    // the form's numbers (of Stalls) do not change.
    buy(m_balconyId, 5);
    const int balcony = rowWithId(types, m_balconyId);
    QTRY_COMPARE(cell(types, balcony, CatalogTicketTypeModel::SoldColumn), u"5"_s);
    QCOMPARE(cell(types, balcony, CatalogTicketTypeModel::RemainingColumn), u"45"_s);
    QCOMPARE(numbers->text(), u"Sold %L1 · held %L2 · remaining %L3"_s.arg(3).arg(0).arg(97));
    QTRY_COMPARE(cell(performances, firstRow, CatalogPerformanceModel::SoldColumn),
                 u"%L1 of %L2"_s.arg(8).arg(150));
    buy(m_secondStallsId, 1);
    const int secondRow = rowWithId(performances, m_secondId);
    QTRY_COMPARE(cell(performances, secondRow, CatalogPerformanceModel::SoldColumn),
                 u"%L1 of %L2"_s.arg(1).arg(80));
    QVERIFY(performances->selectionModel()->isRowSelected(firstRow, {}));
    QVERIFY(types->selectionModel()->isRowSelected(stalls, {}));
    QCOMPARE(name->text(), u"Stalls (front)"_s);
    QCOMPARE(price->text(), u"47.00"_s);

    // Nothing was saved by all this.
    const QJsonObject server = seating::ticketTypeNumbers(*m_admin, m_firstId, m_stallsId);
    QCOMPARE(server.value(u"name"_s).toString(), u"Stalls"_s);
    QCOMPARE(server.value(u"priceCents"_s).toInteger(), 4500);
    QCOMPARE(server.value(u"sold"_s).toInteger(), 3);
}

void TestGuiAdminLive::performancesListedLaterCatchUp()
{
    // Sold while its event is not on screen, so no push reaches the window: listing it later
    // shows the server's numbers, not those of when the catalog was read.
    QVERIFY(!m_connection.isSubscribed(m_lateId));
    buy(m_doorId, 4);
    selectPerformance(u"Late Listing"_s, m_lateId);
    auto *performances = child<QTableView>(u"performancesTableView"_s);
    auto *types = child<QTableView>(u"ticketTypesTableView"_s);
    const int lateRow = rowWithId(performances, m_lateId);
    QTRY_COMPARE(cell(performances, lateRow, CatalogPerformanceModel::SoldColumn),
                 u"%L1 of %L2"_s.arg(4).arg(40));
    QTRY_COMPARE(types->model()->rowCount(), 1);
    QCOMPARE(cell(types, 0, CatalogTicketTypeModel::RemainingColumn), u"36"_s);

    // The gala's performances left the screen: let go of, exactly (counted subscriptions).
    QVERIFY(m_connection.isSubscribed(m_lateId));
    QVERIFY(!m_connection.isSubscribed(m_firstId));
    QVERIFY(!m_connection.isSubscribed(m_secondId));

    buy(m_doorId, 1);
    QTRY_COMPARE(cell(performances, lateRow, CatalogPerformanceModel::SoldColumn),
                 u"%L1 of %L2"_s.arg(5).arg(40));
    QCOMPARE(cell(types, 0, CatalogTicketTypeModel::RemainingColumn), u"35"_s);

    // Back to the gala: what it sold meanwhile is there too.
    buy(m_stallsId, 2);
    selectPerformance(u"Live Numbers Gala"_s, m_firstId);
    auto *numbersOf = child<QTableView>(u"performancesTableView"_s);
    QTRY_COMPARE(
        cell(numbersOf, rowWithId(numbersOf, m_firstId), CatalogPerformanceModel::SoldColumn),
        u"%L1 of %L2"_s.arg(10).arg(150));
    QVERIFY(!m_connection.isSubscribed(m_lateId));
}

void TestGuiAdminLive::reservedCategoryFollowsItsSeats()
{
    selectPerformance(u"Seated Recital"_s, m_seatedId);
    auto *types = child<QTableView>(u"ticketTypesTableView"_s);
    QTRY_COMPARE(types->model()->rowCount(), 1);
    clickRow(types, 0);
    auto *capacity = child<QSpinBox>(u"capacitySpinBox"_s);
    auto *numbers = child<QLabel>(u"ticketTypeNumbersLabel"_s);
    QTRY_COMPARE(capacity->value(), 5);
    QVERIFY(capacity->isReadOnly());

    // The seat map follows the same performance and lets go when closed: the page still does.
    QTest::mouseClick(child<QPushButton>(u"seatsAndPricesPushButton"_s), Qt::LeftButton);
    QTRY_VERIFY(m_window->catalogPage()->seatCategoriesDialog());
    QPointer<SeatCategoriesDialog> dialog = m_window->catalogPage()->seatCategoriesDialog();
    QTRY_VERIFY(dialog->isVisible());
    dialog->close();
    QTRY_VERIFY(dialog.isNull());
    QVERIFY(m_connection.isSubscribed(m_seatedId));

    // Seats held elsewhere, a seat blocked by another manager: held, left and the seat count.
    const auto hold = seating::holdSeats(*m_customer, m_seatedId,
                                         m_venue.seatIds(u"Stalls"_s, u"A"_s, {u"1"_s, u"2"_s}));
    QVERIFY2(hold.ok, qPrintable(hold.toString()));
    QTRY_COMPARE(cell(types, 0, CatalogTicketTypeModel::HeldColumn), u"2"_s);
    QCOMPARE(cell(types, 0, CatalogTicketTypeModel::RemainingColumn), u"3"_s);
    const auto block = m_admin->call(
        methodName(Method::AdminSetSeatsBlocked),
        {{u"performanceId"_s, m_seatedId},
         {u"seatIds"_s, seating::idArray(m_venue.seatIds(u"Stalls"_s, u"A"_s, {u"5"_s}))},
         {u"blocked"_s, true}});
    QVERIFY2(block.ok, qPrintable(block.toString()));
    QTRY_COMPARE(capacity->value(), 4);
    QCOMPARE(cell(types, 0, CatalogTicketTypeModel::CapacityColumn), u"4"_s);
    QCOMPARE(cell(types, 0, CatalogTicketTypeModel::RemainingColumn), u"2"_s);
    QVERIFY2(numbers->text().endsWith(u"held %L1 · free %L2"_s.arg(2).arg(2)),
             qPrintable(numbers->text()));
    QVERIFY(types->selectionModel()->isRowSelected(0, {}));
}

void TestGuiAdminLive::reconnectCatchesUp()
{
    selectPerformance(u"Late Listing"_s, m_lateId);
    auto *performances = child<QTableView>(u"performancesTableView"_s);
    const int lateRow = rowWithId(performances, m_lateId);
    QTRY_COMPARE(cell(performances, lateRow, CatalogPerformanceModel::SoldColumn),
                 u"%L1 of %L2"_s.arg(5).arg(40));
    settle();

    // Sold while the window's connection is down: no push can tell it.
    m_connection.close();
    QTRY_COMPARE(m_connection.state(), ServerConnection::State::Disconnected);
    buy(m_doorId, 2);
    QTest::qWait(200);
    QCOMPARE(cell(performances, lateRow, CatalogPerformanceModel::SoldColumn),
             u"%L1 of %L2"_s.arg(5).arg(40));

    // Back (the session resumed, subscriptions renewed): the numbers are read again.
    m_connection.open();
    QTRY_VERIFY(m_connection.isConnected() && m_connection.isAuthenticated());
    QTRY_COMPARE(cell(performances, lateRow, CatalogPerformanceModel::SoldColumn),
                 u"%L1 of %L2"_s.arg(7).arg(40));
    QVERIFY(performances->selectionModel()->isRowSelected(lateRow, {}));
    settle();
    buy(m_doorId, 1); // and pushed again
    QTRY_COMPARE(cell(performances, lateRow, CatalogPerformanceModel::SoldColumn),
                 u"%L1 of %L2"_s.arg(8).arg(40));
}

void TestGuiAdminLive::guestsAreHiddenUnlessAsked()
{
    // A walk-up buys without an account: the server makes a guest customer.
    auto guest = m_fixture.connect();
    QVERIFY(guest);
    const auto made = guest->call(methodName(Method::AuthGuest));
    QVERIFY2(made.ok, qPrintable(made.toString()));
    const QString guestName =
        made.result.value(u"user"_s).toObject().value(u"username"_s).toString();
    QVERIFY2(guestName.startsWith(u"guest-"_s), qPrintable(guestName));

    auto *tabs = child<QTabWidget>(u"adminTabWidget"_s);
    tabs->setCurrentIndex(AdminWindow::UsersTab);
    auto *users = child<QTableView>(u"usersTableView"_s);
    auto *showGuests = child<QCheckBox>(u"showGuestsCheckBox"_s);
    QTRY_VERIFY(users->isEnabled() &&
                rowWithText(users, UserTableModel::UsernameColumn, u"customer"_s) >= 0);
    QVERIFY(!showGuests->isChecked()); // off by default
    QCOMPARE(rowWithText(users, UserTableModel::UsernameColumn, guestName), -1);
    QCOMPARE(users->model()->rowCount(), 4); // customer, clerk, manager, admin

    // A selected account stays selected while guests come and go.
    const int customerRow = rowWithText(users, UserTableModel::UsernameColumn, u"customer"_s);
    clickRow(users, customerRow);
    auto *selected = child<QLabel>(u"selectedUserLabel"_s);
    QTRY_VERIFY(selected->text().contains(u"customer"_s));

    QTest::mouseClick(showGuests, Qt::LeftButton);
    QVERIFY(showGuests->isChecked());
    const int guestRow = rowWithText(users, UserTableModel::UsernameColumn, guestName);
    QVERIFY(guestRow >= 0);
    QCOMPARE(cell(users, guestRow, UserTableModel::RoleColumn), u"Guest"_s);
    QCOMPARE(cell(users, rowWithText(users, UserTableModel::UsernameColumn, u"customer"_s),
                  UserTableModel::RoleColumn),
             u"Customer"_s);
    QCOMPARE(users->model()->rowCount(), 5);
    const int customerNow = rowWithText(users, UserTableModel::UsernameColumn, u"customer"_s);
    QVERIFY(users->selectionModel()->isRowSelected(customerNow, {}));
    QVERIFY(selected->text().contains(u"customer"_s));

    // Selected, a guest is called one.
    clickRow(users, guestRow);
    QTRY_VERIFY(selected->text().contains(guestName));
    QVERIFY2(selected->text().contains(u"Current role: Guest"_s), qPrintable(selected->text()));

    // Kept across a reload (F5 / a search), and hidden again with the box.
    m_window->usersPage()->refresh();
    QTRY_VERIFY(users->isEnabled());
    QTRY_VERIFY(rowWithText(users, UserTableModel::UsernameColumn, guestName) >= 0);
    QTest::mouseClick(showGuests, Qt::LeftButton);
    QVERIFY(!showGuests->isChecked());
    QCOMPARE(rowWithText(users, UserTableModel::UsernameColumn, guestName), -1);
    QCOMPARE(users->model()->rowCount(), 4);
    QCOMPARE(selected->text(), u"Select a user in the list."_s); // the hidden guest is let go
    QVERIFY(!child<QPushButton>(u"applyRolePushButton"_s)->isEnabled());
}

void TestGuiAdminLive::usersPageFitsAndIsNamed_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1360x860") << QSize(1360, 860);
    QTest::newRow("1024x700") << QSize(1024, 700);
}

void TestGuiAdminLive::usersPageFitsAndIsNamed()
{
    QFETCH(QSize, size);
    m_window->resize(size);
    auto *tabs = child<QTabWidget>(u"adminTabWidget"_s);
    tabs->setCurrentIndex(AdminWindow::UsersTab);
    QTRY_COMPARE(m_window->size(), size);
    QCoreApplication::processEvents();
    const QStringList clipped = uicheck::clippedWidgets(m_window.get());
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u'\n')));
    const QStringList unnamed = uicheck::unnamedInputs(m_window.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
    const QStringList shared = uicheck::duplicateMnemonics(m_window.get());
    QVERIFY2(shared.isEmpty(), qPrintable(shared.join(u'\n')));
    uicheck::saveScreenshot(m_window.get(), u"admin-users-%1x%2"_s.arg(size.width()).arg(size.height()));
    tabs->setCurrentIndex(AdminWindow::CatalogTab);
    m_window->resize(1360, 860);
}

QTEST_MAIN(TestGuiAdminLive)
#include "tst_gui_admin_live.moc"
