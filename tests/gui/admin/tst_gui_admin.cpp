// The admin window against a real server: a manager builds an event, a performance and a ticket
// type through the forms; a customer sees them; errors appear next to their fields; guarded
// deletes are explained; users and roles are the administrator's; the audit log shows it all.
#include "admin/adminwindow.h"
#include "admin/auditlogmodel.h"
#include "core/displayformat.h"
#include "core/rpcresult.h"
#include "core/serverconnection.h"
#include "shared/methods.h"
#include "shared/utctime.h"
#include "support/catalogseed.h"
#include "support/serverfixture.h"
#include "widgets/theme.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace mq;
using namespace mq::client;

class TestGuiAdmin : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void managerCreatesEventPerformanceAndTicketType();
    void customerSeesWhatTheManagerCreated();
    void emptyTitleIsShownNextToTheField();
    void serverValidationIsShownNextToTheField();
    void deleteTicketTypeWithSalesIsExplained();
    void capacityBelowSoldIsShownAtCapacity();
    void deleteAsksFirst();
    void keyboard();
    void usersTabIsNotForManagers();
    void adminChangesARole();
    void lastAdminIsExplained();
    void auditLogShowsBeforeAndAfter();

private:
    template <typename T> static T *child(QWidget *root, const QString &name)
    {
        T *w = root->findChild<T *>(name);
        if (!w)
            qWarning() << "no widget" << name;
        return w;
    }
    // Clicks `button` in the next message box that opens (the click that opens it comes after).
    void answerNextMessageBox(QMessageBox::StandardButton button);
    static bool signIn(ServerConnection &connection, quint16 port, const QString &username);
    static void clickRow(QTableView *view, int row);
    static int rowWithText(QTableView *view, int column, const QString &text);
    static QString visibleText(QLabel *label)
    {
        return label->isVisible() ? label->text() : QString();
    }

    ServerFixture m_fixture{QStringLiteral(MARQUEE_SERVER_BINARY)};
    ServerConnection m_managerConnection;
    std::unique_ptr<AdminWindow> m_window;
    QDateTime m_startsAtLocal;
    int m_boxesAnswered = 0;
    qint64 m_eventId = 0;
    qint64 m_ticketTypeId = 0;
};

void TestGuiAdmin::initTestCase()
{
    // Edit times in a zone that is not UTC, so the conversion to the wire's UTC is exercised.
    qputenv("TZ", "Asia/Shanghai");
    Theme::apply(*qApp);
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    QVERIFY(signIn(m_managerConnection, m_fixture.port(), u"manager"_s));
    m_window = std::make_unique<AdminWindow>(&m_managerConnection);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // The catalog loads at once; the list is usable when it is in.
    auto *events = child<QTableView>(m_window.get(), u"eventsTableView"_s);
    QTRY_VERIFY(events->isEnabled());
}

void TestGuiAdmin::cleanup()
{
    if (QTest::currentTestFailed())
        m_fixture.server().printDiagnostics();
}

void TestGuiAdmin::cleanupTestCase()
{
    m_window.reset();
    QVERIFY2(m_fixture.server().isRunning(), "the server died during the tests");
    QCOMPARE(m_fixture.server().stop(), 0);
}

bool TestGuiAdmin::signIn(ServerConnection &connection, quint16 port, const QString &username)
{
    connection.setServer(ServerAddress{u"127.0.0.1"_s, port, false});
    connection.open();
    QSignalSpy authenticated(&connection, &ServerConnection::authenticated);
    connection.login(username, ServerFixture::staffPassword(), nullptr, {});
    return authenticated.wait(15000) && connection.isAuthenticated();
}

void TestGuiAdmin::answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, this, [this, button] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                ++m_boxesAnswered;
                box->button(button)->click();
                return;
            }
        }
        answerNextMessageBox(button); // not open yet: look again on the next turn
    });
}

void TestGuiAdmin::clickRow(QTableView *view, int row)
{
    const QModelIndex index = view->model()->index(row, 0);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

int TestGuiAdmin::rowWithText(QTableView *view, int column, const QString &text)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, column).data().toString() == text)
            return row;
    }
    return -1;
}

void TestGuiAdmin::managerCreatesEventPerformanceAndTicketType()
{
    AdminWindow *w = m_window.get();
    auto *events = child<QTableView>(w, u"eventsTableView"_s);
    const int before = events->model()->rowCount();

    // The event.
    QTest::mouseClick(child<QPushButton>(w, u"newEventPushButton"_s), Qt::LeftButton);
    auto *title = child<QLineEdit>(w, u"titleLineEdit"_s);
    QVERIFY(title->text().isEmpty());
    QTest::keyClicks(title, u"Harbour Jazz Night"_s);
    auto *category = child<QComboBox>(w, u"categoryComboBox"_s);
    QCOMPARE(category->count(), 6);
    category->setCurrentIndex(category->findData(u"concert"_s));
    QTest::keyClicks(child<QPlainTextEdit>(w, u"descriptionPlainTextEdit"_s),
                     u"A quartet by the water."_s);
    QTest::mouseClick(child<QPushButton>(w, u"saveEventPushButton"_s), Qt::LeftButton);
    QTRY_COMPARE(events->model()->rowCount(), before + 1);
    QTRY_VERIFY(events->isEnabled());
    const int eventRow = rowWithText(events, 0, u"Harbour Jazz Night"_s);
    QVERIFY(eventRow >= 0);
    QVERIFY(events->selectionModel()->isRowSelected(eventRow, {}));
    m_eventId = events->model()->index(eventRow, 0).data(Qt::UserRole + 1).toLongLong();
    QVERIFY(m_eventId > 0);

    // Its performance, edited in local time.
    auto *performances = child<QTableView>(w, u"performancesTableView"_s);
    auto *startsAt = child<QDateTimeEdit>(w, u"startsAtDateTimeEdit"_s);
    QTRY_VERIFY(startsAt->isEnabled());
    m_startsAtLocal = QDateTime(QDate::currentDate().addDays(12), QTime(20, 15));
    startsAt->setDateTime(m_startsAtLocal);
    QTest::keyClicks(child<QLineEdit>(w, u"venueLineEdit"_s), u"Harbour Hall"_s);
    QTest::mouseClick(child<QPushButton>(w, u"savePerformancePushButton"_s), Qt::LeftButton);
    QTRY_COMPARE(performances->model()->rowCount(), 1);
    QCOMPARE(performances->model()->index(0, 1).data().toString(), u"Harbour Hall"_s);
    QCOMPARE(performances->model()->index(0, 0).data().toString(),
             DisplayFormat::dateTime(m_startsAtLocal.toUTC()));

    // Its ticket type: the price typed in major units.
    auto *ticketTypes = child<QTableView>(w, u"ticketTypesTableView"_s);
    auto *name = child<QLineEdit>(w, u"ticketTypeNameLineEdit"_s);
    QTRY_VERIFY(name->isEnabled());
    QTest::keyClicks(name, u"Stalls"_s);
    QTest::keyClicks(child<QLineEdit>(w, u"priceLineEdit"_s), u"45.50"_s);
    auto *capacity = child<QSpinBox>(w, u"capacitySpinBox"_s);
    capacity->selectAll();
    QTest::keyClicks(capacity, u"120"_s);
    QCOMPARE(capacity->value(), 120);
    QTest::mouseClick(child<QPushButton>(w, u"saveTicketTypePushButton"_s), Qt::LeftButton);
    QTRY_COMPARE(ticketTypes->model()->rowCount(), 1);
    QCOMPARE(ticketTypes->model()->index(0, 0).data().toString(), u"Stalls"_s);
    QCOMPARE(ticketTypes->model()->index(0, 1).data().toString(), DisplayFormat::money(4550));
    QCOMPARE(ticketTypes->model()->index(0, 5).data().toLongLong(), 120);
    m_ticketTypeId = ticketTypes->model()->index(0, 0).data(Qt::UserRole + 1).toLongLong();
    QVERIFY(m_ticketTypeId > 0);
    QTRY_VERIFY(child<QLabel>(w, u"ticketTypeNumbersLabel"_s)->text().contains(u"120"_s));
}

void TestGuiAdmin::customerSeesWhatTheManagerCreated()
{
    QVERIFY(m_eventId > 0);
    auto customer = m_fixture.loginAs(u"customer"_s);
    QVERIFY(customer);
    const auto r =
        customer->call(methodName(Method::CatalogListEvents), {{u"query"_s, u"Harbour Jazz"_s}});
    QVERIFY2(r.ok, qPrintable(r.toString()));
    const QJsonArray events = r.result.value(u"events"_s).toArray();
    QCOMPARE(events.size(), 1);
    const Event event = Event::fromJson(events.first().toObject());
    QCOMPARE(event.id, m_eventId);
    QCOMPARE(event.title, u"Harbour Jazz Night"_s);
    QCOMPARE(event.category, u"concert"_s);
    QCOMPARE(event.description, u"A quartet by the water."_s);
    QCOMPARE(event.performances.size(), 1);
    const Performance &p = event.performances.first();
    QCOMPARE(p.venue, u"Harbour Hall"_s);
    // Typed as local time, stored and answered as that instant in UTC.
    QCOMPARE(p.startsAt, m_startsAtLocal.toUTC());
    QCOMPARE(p.ticketTypes.size(), 1);
    const TicketType &t = p.ticketTypes.first();
    QCOMPARE(t.id, m_ticketTypeId);
    QCOMPARE(t.name, u"Stalls"_s);
    QCOMPARE(t.priceCents, Cents(4550));
    QCOMPARE(t.capacity, 120);
    QCOMPARE(t.remaining(), 120);
}

void TestGuiAdmin::emptyTitleIsShownNextToTheField()
{
    AdminWindow *w = m_window.get();
    QTest::mouseClick(child<QPushButton>(w, u"newEventPushButton"_s), Qt::LeftButton);
    auto *title = child<QLineEdit>(w, u"titleLineEdit"_s);
    auto *error = child<QLabel>(w, u"titleErrorLabel"_s);
    QTest::mouseClick(child<QPushButton>(w, u"saveEventPushButton"_s), Qt::LeftButton);
    QTRY_VERIFY(title->property("error").toBool());
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QCOMPARE(error->property("role").toString(), u"error"_s);
    QVERIFY(title->hasFocus() || !w->isActiveWindow());
    // Next to the field, never only in a popup.
    for (QWidget *top : QApplication::topLevelWidgets())
        QVERIFY(!qobject_cast<QMessageBox *>(top) || !top->isVisible());

    // Typing a title and saving clears it.
    QTest::keyClicks(title, u"Fixed title"_s);
    QTest::mouseClick(child<QPushButton>(w, u"saveEventPushButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!title->property("error").toBool());
    QTRY_VERIFY(rowWithText(child<QTableView>(w, u"eventsTableView"_s), 0, u"Fixed title"_s) >= 0);
    QVERIFY(!error->isVisible());
}

void TestGuiAdmin::serverValidationIsShownNextToTheField()
{
    // The server's 422 names its field; the window puts the message under that field.
    AdminWindow *w = m_window.get();
    QTest::mouseClick(child<QPushButton>(w, u"newEventPushButton"_s), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(w, u"titleLineEdit"_s), u"Too much to say"_s);
    auto *description = child<QPlainTextEdit>(w, u"descriptionPlainTextEdit"_s);
    description->setPlainText(QString(10001, u'x'));
    const int before = child<QTableView>(w, u"eventsTableView"_s)->model()->rowCount();
    QTest::mouseClick(child<QPushButton>(w, u"saveEventPushButton"_s), Qt::LeftButton);
    QTRY_VERIFY(description->property("error").toBool());
    auto *error = child<QLabel>(w, u"descriptionErrorLabel"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"10000"_s), qPrintable(error->text()));
    QCOMPARE(child<QTableView>(w, u"eventsTableView"_s)->model()->rowCount(), before);
    QVERIFY(!child<QLineEdit>(w, u"titleLineEdit"_s)->property("error").toBool());
}

void TestGuiAdmin::deleteTicketTypeWithSalesIsExplained()
{
    QVERIFY(m_ticketTypeId > 0);
    AdminWindow *w = m_window.get();
    auto customer = m_fixture.loginAs(u"customer"_s);
    QVERIFY(customer);
    const auto sale =
        customer->call(methodName(Method::OrderPurchase), {{u"ticketTypeId"_s, m_ticketTypeId},
                                                           {u"quantity"_s, 2},
                                                           {u"payment"_s, seed::sandboxPayment()}});
    QVERIFY2(sale.ok, qPrintable(sale.toString()));

    // Find the ticket type again and reload (F5) to see the sale.
    auto *events = child<QTableView>(w, u"eventsTableView"_s);
    clickRow(events, rowWithText(events, 0, u"Harbour Jazz Night"_s));
    auto *performances = child<QTableView>(w, u"performancesTableView"_s);
    QTRY_COMPARE(performances->model()->rowCount(), 1);
    clickRow(performances, 0);
    auto *ticketTypes = child<QTableView>(w, u"ticketTypesTableView"_s);
    QTRY_COMPARE(ticketTypes->model()->rowCount(), 1);
    clickRow(ticketTypes, 0);
    QCOMPARE(child<QLineEdit>(w, u"ticketTypeNameLineEdit"_s)->text(), u"Stalls"_s);
    auto *refresh = w->findChild<QAction *>(u"refreshAction"_s);
    QCOMPARE(refresh->shortcut(), QKeySequence(Qt::Key_F5));
    w->activateWindow();
    if (QTest::qWaitForWindowActive(w))
        QTest::keyClick(w, Qt::Key_F5);
    else
        refresh->trigger(); // no window manager to activate the window (Xvfb)
    QTRY_COMPARE(ticketTypes->model()->index(0, 3).data().toLongLong(), 2); // sold
    QCOMPARE(ticketTypes->model()->index(0, 5).data().toLongLong(), 118);   // remaining
    QTRY_VERIFY(child<QLabel>(w, u"ticketTypeNumbersLabel"_s)->text().contains(u"118"_s));

    answerNextMessageBox(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(w, u"deleteTicketTypePushButton"_s), Qt::LeftButton);
    RpcResult hasSales;
    hasSales.kind = RpcResult::Kind::Error;
    hasSales.error.code = 409;
    hasSales.error.reason = u"has_sales"_s;
    auto *form = child<QWidget>(w, u"ticketTypeForm"_s);
    const auto explained = [&] {
        const QList<QLabel *> labels = form->findChildren<QLabel *>();
        return std::any_of(labels.cbegin(), labels.cend(), [&](QLabel *l) {
            return l->isVisible() && l->property("role").toString() == u"error"_s &&
                   l->text() == hasSales.message();
        });
    };
    QTRY_VERIFY2(explained(), "the has_sales explanation is shown under the ticket type form");
    QCOMPARE(w->statusBar()->currentMessage(), hasSales.message());
    QCOMPARE(ticketTypes->model()->rowCount(), 1); // still there
}

void TestGuiAdmin::capacityBelowSoldIsShownAtCapacity()
{
    AdminWindow *w = m_window.get();
    QCOMPARE(child<QLineEdit>(w, u"ticketTypeNameLineEdit"_s)->text(), u"Stalls"_s);
    auto *capacity = child<QSpinBox>(w, u"capacitySpinBox"_s);
    capacity->setValue(1);
    QTest::mouseClick(child<QPushButton>(w, u"saveTicketTypePushButton"_s), Qt::LeftButton);
    QTRY_VERIFY(capacity->property("error").toBool());
    auto *error = child<QLabel>(w, u"capacityErrorLabel"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"2"_s), qPrintable(error->text()));
    auto *ticketTypes = child<QTableView>(w, u"ticketTypesTableView"_s);
    QCOMPARE(ticketTypes->model()->index(0, 2).data().toLongLong(), 120);
}

void TestGuiAdmin::deleteAsksFirst()
{
    AdminWindow *w = m_window.get();
    auto *ticketTypes = child<QTableView>(w, u"ticketTypesTableView"_s);
    QTest::mouseClick(child<QPushButton>(w, u"newTicketTypePushButton"_s), Qt::LeftButton);
    auto *name = child<QLineEdit>(w, u"ticketTypeNameLineEdit"_s);
    QVERIFY(name->text().isEmpty());
    QTest::keyClicks(name, u"Balcony"_s);
    QTest::keyClicks(child<QLineEdit>(w, u"priceLineEdit"_s), u"30"_s);
    QTest::keyClick(name, Qt::Key_Return);
    QTRY_COMPARE(ticketTypes->model()->rowCount(), 2);
    const int row = rowWithText(ticketTypes, 0, u"Balcony"_s);
    QCOMPARE(ticketTypes->model()->index(row, 1).data().toString(), DisplayFormat::money(3000));
    QVERIFY(ticketTypes->selectionModel()->isRowSelected(row, {}));

    // "Keep it" keeps it: once the box is gone, no request is under way.
    const auto messageBoxOpen = [] {
        const QList<QWidget *> tops = QApplication::topLevelWidgets();
        return std::any_of(tops.cbegin(), tops.cend(), [](QWidget *top) {
            return qobject_cast<QMessageBox *>(top) && top->isVisible();
        });
    };
    answerNextMessageBox(QMessageBox::Cancel);
    QTest::mouseClick(child<QPushButton>(w, u"deleteTicketTypePushButton"_s), Qt::LeftButton);
    QVERIFY(messageBoxOpen());
    QTRY_VERIFY(!messageBoxOpen());
    QVERIFY(child<QWidget>(w, u"ticketTypeForm"_s)->isEnabled()); // not busy: nothing was sent
    QCOMPARE(ticketTypes->model()->rowCount(), 2);

    // "Delete" deletes it.
    answerNextMessageBox(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(w, u"deleteTicketTypePushButton"_s), Qt::LeftButton);
    QTRY_COMPARE(ticketTypes->model()->rowCount(), 1);
    QVERIFY(child<QLineEdit>(w, u"ticketTypeNameLineEdit"_s)->text().isEmpty());
}

void TestGuiAdmin::keyboard()
{
    AdminWindow *w = m_window.get();
    w->activateWindow();
    if (!QTest::qWaitForWindowActive(w))
        QSKIP("the window cannot be activated here (no window manager)");
    const auto messageBoxOpen = [] {
        const QList<QWidget *> tops = QApplication::topLevelWidgets();
        return std::any_of(tops.cbegin(), tops.cend(), [](QWidget *top) {
            return qobject_cast<QMessageBox *>(top) && top->isVisible();
        });
    };

    // Del in a text field edits the text; it does not delete the record.
    auto *name = child<QLineEdit>(w, u"ticketTypeNameLineEdit"_s);
    auto *ticketTypes = child<QTableView>(w, u"ticketTypesTableView"_s);
    clickRow(ticketTypes, 0);
    QCOMPARE(name->text(), u"Stalls"_s);
    name->setFocus();
    name->setCursorPosition(0);
    QTest::keyClick(name, Qt::Key_Delete);
    QCOMPARE(name->text(), u"talls"_s);
    QVERIFY(!messageBoxOpen());

    // Del in the list asks to delete the selected ticket type.
    const int answered = m_boxesAnswered;
    ticketTypes->setFocus();
    answerNextMessageBox(QMessageBox::Cancel);
    QTest::keyClick(ticketTypes, Qt::Key_Delete);
    QTRY_COMPARE(m_boxesAnswered, answered + 1);
    QTRY_VERIFY(!messageBoxOpen());
    QCOMPARE(ticketTypes->model()->rowCount(), 1);

    // Ctrl+N starts a new event with the cursor in its title.
    w->activateWindow(); // the closed box may have taken the activation with it
    QVERIFY(QTest::qWaitForWindowActive(w));
    QTest::keyClick(w, Qt::Key_N, Qt::ControlModifier);
    auto *title = child<QLineEdit>(w, u"titleLineEdit"_s);
    QTRY_VERIFY(title->hasFocus());
    QVERIFY(title->text().isEmpty());
    QVERIFY(child<QTableView>(w, u"eventsTableView"_s)->selectionModel()->selectedRows().isEmpty());
    // Tab goes down the form; Tab in the description leaves it instead of typing a tab.
    QTest::keyClick(title, Qt::Key_Tab);
    QVERIFY(child<QComboBox>(w, u"categoryComboBox"_s)->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto *description = child<QPlainTextEdit>(w, u"descriptionPlainTextEdit"_s);
    QVERIFY(description->hasFocus());
    QTest::keyClick(description, Qt::Key_Tab);
    QVERIFY(child<QPushButton>(w, u"saveEventPushButton"_s)->hasFocus());
    QVERIFY(description->toPlainText().isEmpty());
    // Every menu action names its shortcut.
    for (const QString &action :
         {u"newEventAction"_s, u"saveAction"_s, u"deleteAction"_s, u"refreshAction"_s})
        QVERIFY2(!w->findChild<QAction *>(action)->shortcut().isEmpty(), qPrintable(action));
}

void TestGuiAdmin::usersTabIsNotForManagers()
{
    AdminWindow *w = m_window.get();
    auto *tabs = child<QTabWidget>(w, u"adminTabWidget"_s);
    QVERIFY(!tabs->isTabEnabled(AdminWindow::UsersTab));
    QVERIFY(!child<QWidget>(w, u"usersPage"_s)->isEnabled());
    QVERIFY(!w->findChild<QAction *>(u"showUsersAction"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(w, u"applyRolePushButton"_s)->isEnabled());
    tabs->setCurrentIndex(AdminWindow::UsersTab);
    QCOMPARE(tabs->currentIndex(), int(AdminWindow::CatalogTab)); // a disabled tab cannot be shown
    QCOMPARE(child<QTableView>(w, u"usersTableView"_s)->model()->rowCount(), 0); // never loaded
}

void TestGuiAdmin::adminChangesARole()
{
    ServerConnection connection;
    QVERIFY(signIn(connection, m_fixture.port(), u"admin"_s));
    AdminWindow window(&connection);
    window.show();
    auto *tabs = child<QTabWidget>(&window, u"adminTabWidget"_s);
    QVERIFY(tabs->isTabEnabled(AdminWindow::UsersTab));
    tabs->setCurrentIndex(AdminWindow::UsersTab);
    auto *users = child<QTableView>(&window, u"usersTableView"_s);
    QTRY_VERIFY(users->model()->rowCount() >= 4);

    QTest::keyClicks(child<QLineEdit>(&window, u"userSearchLineEdit"_s), u"CLERK"_s);
    QTRY_COMPARE(users->model()->rowCount(), 1);
    QCOMPARE(users->model()->index(0, 0).data().toString(), u"clerk"_s);
    clickRow(users, 0);
    auto *role = child<QComboBox>(&window, u"roleComboBox"_s);
    auto *apply = child<QPushButton>(&window, u"applyRolePushButton"_s);
    QVERIFY(apply->isEnabled());
    QCOMPARE(role->currentData().toString(), u"clerk"_s);
    role->setCurrentIndex(role->findData(u"manager"_s));
    QTest::mouseClick(apply, Qt::LeftButton);
    auto *result = child<QLabel>(&window, u"roleResultLabel"_s);
    QTRY_VERIFY(result->isVisible());
    QCOMPARE(result->property("role").toString(), u"muted"_s);
    QVERIFY2(result->text().contains(u"clerk"_s), qPrintable(result->text()));
    QCOMPARE(users->model()->index(0, 2).data().toString(),
             role->itemText(role->findData(u"manager"_s)));

    // The server agrees.
    auto admin = m_fixture.loginAs(u"admin"_s);
    QVERIFY(admin);
    const auto listed = admin->call(methodName(Method::AdminListUsers), {{u"query"_s, u"clerk"_s}});
    QVERIFY2(listed.ok, qPrintable(listed.toString()));
    QCOMPARE(
        listed.result.value(u"users"_s).toArray().first().toObject().value(u"role"_s).toString(),
        u"manager"_s);
}

void TestGuiAdmin::lastAdminIsExplained()
{
    ServerConnection connection;
    QVERIFY(signIn(connection, m_fixture.port(), u"admin"_s));
    AdminWindow window(&connection);
    window.show();
    child<QTabWidget>(&window, u"adminTabWidget"_s)->setCurrentIndex(AdminWindow::UsersTab);
    auto *users = child<QTableView>(&window, u"usersTableView"_s);
    QTRY_VERIFY(users->model()->rowCount() >= 4);
    clickRow(users, rowWithText(users, 0, u"admin"_s));
    auto *role = child<QComboBox>(&window, u"roleComboBox"_s);
    QCOMPARE(role->currentData().toString(), u"admin"_s);
    role->setCurrentIndex(role->findData(u"customer"_s));
    // One's own role: asked first.
    answerNextMessageBox(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(&window, u"applyRolePushButton"_s), Qt::LeftButton);
    auto *result = child<QLabel>(&window, u"roleResultLabel"_s);
    RpcResult lastAdmin;
    lastAdmin.kind = RpcResult::Kind::Error;
    lastAdmin.error.code = 409;
    lastAdmin.error.reason = u"last_admin"_s;
    QTRY_COMPARE(visibleText(result), lastAdmin.message());
    QCOMPARE(result->property("role").toString(), u"error"_s);
    QVERIFY(connection.isAuthenticated());
    QCOMPARE(connection.user()->role, Role::Admin);
}

void TestGuiAdmin::auditLogShowsBeforeAndAfter()
{
    AdminWindow *w = m_window.get();
    auto *tabs = child<QTabWidget>(w, u"adminTabWidget"_s);
    tabs->setCurrentIndex(AdminWindow::AuditLogTab);
    auto *audit = child<QTableView>(w, u"auditTableView"_s);
    QTRY_VERIFY(audit->model()->rowCount() > 0);
    QVERIFY(audit->model()->rowCount() < 100);
    QVERIFY(!child<QPushButton>(w, u"loadMoreAuditPushButton"_s)->isEnabled()); // all shown

    // The newest entries first: the deleted "Balcony", then the new one.
    const int deleted = rowWithText(audit, AuditLogModel::ActionColumn, AuditLogModel::actionLabel(u"ticket_type.delete"_s));
    QVERIFY(deleted >= 0);
    clickRow(audit, deleted);
    auto *before = child<QPlainTextEdit>(w, u"auditBeforePlainTextEdit"_s);
    auto *after = child<QPlainTextEdit>(w, u"auditAfterPlainTextEdit"_s);
    QTRY_VERIFY(before->toPlainText().contains(u"\"name\": \"Balcony\""_s));
    QVERIFY(before->toPlainText().contains(u'\n')); // pretty-printed
    QVERIFY(!after->toPlainText().contains(u"Balcony"_s));
    QCOMPARE(audit->model()->index(deleted, AuditLogModel::UserColumn).data().toString(),
             u"manager"_s);

    // A creation: nothing before, the record after, with the price in cents as it was sent.
    const int created = rowWithText(audit, AuditLogModel::ActionColumn, AuditLogModel::actionLabel(u"ticket_type.create"_s));
    QVERIFY(created > deleted);
    clickRow(audit, created);
    QTRY_VERIFY(after->toPlainText().contains(u"\"priceCents\": "_s));
    QVERIFY(after->toPlainText().contains(u"\"name\": \"Balcony\""_s));
    QVERIFY(!before->toPlainText().contains(u'{'));
    auto *summary = child<QLabel>(w, u"auditSummaryLabel"_s);
    QVERIFY2(summary->text().contains(AuditLogModel::actionLabel(u"ticket_type.create"_s)), qPrintable(summary->text()));
    tabs->setCurrentIndex(AdminWindow::CatalogTab);
}

QTEST_MAIN(TestGuiAdmin)
#include "tst_gui_admin.moc"
