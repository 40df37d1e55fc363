// The admin window against a real server: a manager builds an event, a performance and a ticket
// type through the forms (dates typed as text, Enter saving); a customer sees them; errors appear
// next to their fields (a start in the past, a negative price); a ticket type with sales is not
// deleted but stops selling; ticket types are copied between performances (seats too); the whole
// flow fits 1024×700 and 1360×860; users and roles are the administrator's; the audit log names
// things, shows changes as old → new and filters on the server.
#include "admin/adminwindow.h"
#include "admin/auditlogmodel.h"
#include "admin/auditlogpage.h"
#include "admin/catalogpage.h"
#include "admin/copytickettypesdialog.h"
#include "admin/tickettypeform.h"
#include "core/displayformat.h"
#include "core/rpcresult.h"
#include "core/serverconnection.h"
#include "shared/methods.h"
#include "shared/utctime.h"
#include "support/catalogseed.h"
#include "seatingkit.h"
#include "support/serverfixture.h"
#include "uicheck.h"
#include "widgets/theme.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHeaderView>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
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
    void typedDateIsExact();
    void pastStartIsRefusedBesideTheField();
    void newPerformanceKeepsTheLastVenue();
    void negativePriceIsRefused();
    void priceAsTheLocaleWritesIt();
    void emptyTitleIsShownNextToTheField();
    void serverValidationIsShownNextToTheField();
    void ticketTypeWithSalesStopsSellingInsteadOfDeleting();
    void capacityBelowSoldIsShownAtCapacity();
    void deleteAsksFirst();
    void keyboard();
    void copyTicketTypes();
    void copyPriceCategoriesWithTheirSeats();
    void fitsTheScreen_data();
    void fitsTheScreen();
    void usersTabIsNotForManagers();
    void adminChangesARole();
    void lastAdminIsExplained();
    void auditLogNamesThingsAndShowsChanges();
    void auditLogFiltersOnTheServer();

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
    // Runs `act` on the next message box that opens.
    void onNextMessageBox(const std::function<void(QMessageBox *)> &act);
    // Types into the performance's start as a person would: select all, then the keystrokes.
    void typeStart(const QString &text);
    // Selects that event's row, then that performance's (by its row, or by its start), through
    // the tables.
    void selectPerformance(const QString &eventTitle, int performanceRow);
    void selectPerformance(const QString &eventTitle, const QDateTime &start);
    void snapshot(QWidget *widget, const QString &name);
    // The performances of that event as the server has them.
    QList<Performance> performancesOf(qint64 eventId);
    static bool signIn(ServerConnection &connection, quint16 port, const QString &username);
    static void clickRow(QTableView *view, int row);
    static int rowWithText(QTableView *view, int column, const QString &text);
    static QString visibleText(QLabel *label)
    {
        return label->isVisible() ? label->text() : QString();
    }

    QTemporaryDir m_settingsDir;
    ServerFixture m_fixture{QStringLiteral(MARQUEE_SERVER_BINARY)};
    ServerConnection m_managerConnection;
    std::unique_ptr<AdminWindow> m_window;
    QDateTime m_startsAtLocal;
    int m_boxesAnswered = 0;
    qint64 m_eventId = 0;
    qint64 m_ticketTypeId = 0;
    qint64 m_typedPerformanceId = 0;
    qint64 m_kidsId = 0;
};

void TestGuiAdmin::initTestCase()
{
    // Edit times in a zone that is not UTC, so the conversion to the wire's UTC is exercised.
    qputenv("TZ", "Asia/Shanghai");
    // The window remembers things (the last venue): in a settings file of its own.
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QStandardPaths::setTestModeEnabled(true);
    Theme::apply(*qApp);
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    QVERIFY(signIn(m_managerConnection, m_fixture.port(), u"manager"_s));
    m_window = std::make_unique<AdminWindow>(&m_managerConnection);
    m_window->resize(1360, 860);
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

void TestGuiAdmin::onNextMessageBox(const std::function<void(QMessageBox *)> &act)
{
    QTimer::singleShot(0, this, [this, act] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                ++m_boxesAnswered;
                act(box);
                return;
            }
        }
        onNextMessageBox(act);
    });
}

void TestGuiAdmin::typeStart(const QString &text)
{
    auto *edit = child<QLineEdit>(m_window.get(), u"startsAtLineEdit"_s);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

void TestGuiAdmin::selectPerformance(const QString &eventTitle, int performanceRow)
{
    AdminWindow *w = m_window.get();
    auto *events = child<QTableView>(w, u"eventsTableView"_s);
    QTRY_VERIFY(events->isEnabled());
    const int row = rowWithText(events, 0, eventTitle);
    QVERIFY2(row >= 0, qPrintable(eventTitle));
    clickRow(events, row);
    auto *performances = child<QTableView>(w, u"performancesTableView"_s);
    QTRY_VERIFY(performances->model()->rowCount() > performanceRow);
    clickRow(performances, performanceRow);
    QTRY_VERIFY(performances->selectionModel()->isRowSelected(performanceRow, {}));
}

void TestGuiAdmin::selectPerformance(const QString &eventTitle, const QDateTime &start)
{
    AdminWindow *w = m_window.get();
    auto *events = child<QTableView>(w, u"eventsTableView"_s);
    QTRY_VERIFY(events->isEnabled());
    clickRow(events, rowWithText(events, 0, eventTitle));
    auto *performances = child<QTableView>(w, u"performancesTableView"_s);
    const QString text = DisplayFormat::dateTime(start.toUTC());
    QTRY_VERIFY(rowWithText(performances, 0, text) >= 0);
    selectPerformance(eventTitle, rowWithText(performances, 0, text));
}

void TestGuiAdmin::snapshot(QWidget *widget, const QString &name)
{
    uicheck::saveScreenshot(widget, name);
}

QList<Performance> TestGuiAdmin::performancesOf(qint64 eventId)
{
    auto manager = m_fixture.loginAs(u"manager"_s);
    if (!manager)
        return {};
    const auto r = manager->call(methodName(Method::CatalogListEvents), {});
    for (const QJsonValue &v : r.result.value(u"events"_s).toArray()) {
        const Event e = Event::fromJson(v.toObject());
        if (e.id == eventId)
            return e.performances;
    }
    return {};
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
    auto *startsAt = child<QLineEdit>(w, u"startsAtLineEdit"_s);
    QTRY_VERIFY(startsAt->isEnabled());
    m_startsAtLocal = QDateTime(QDate::currentDate().addDays(12), QTime(20, 15));
    typeStart(m_startsAtLocal.toString(u"yyyy-MM-dd HH:mm"_s));
    auto *venue = child<QLineEdit>(w, u"venueLineEdit"_s);
    venue->selectAll();
    QTest::keyClicks(venue, u"Harbour Hall"_s);
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
    QTest::keyClick(capacity, Qt::Key_Return); // Enter adds it, from any field
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

void TestGuiAdmin::typedDateIsExact()
{
    // Typed as people write it, keystroke by keystroke over the old text: exactly that local
    // time, never sections shuffled into another date (2027-12-01 15:19).
    AdminWindow *w = m_window.get();
    auto *events = child<QTableView>(w, u"eventsTableView"_s);
    clickRow(events, rowWithText(events, 0, u"Harbour Jazz Night"_s));
    QTest::mouseClick(child<QPushButton>(w, u"newPerformancePushButton"_s), Qt::LeftButton);
    auto *startsAt = child<QLineEdit>(w, u"startsAtLineEdit"_s);
    QVERIFY(!startsAt->text().isEmpty()); // a first guess to type over
    typeStart(u"2027-01-15 19:30"_s);
    QCOMPARE(startsAt->text(), u"2027-01-15 19:30"_s);
    // What it means, in words, under the field.
    auto *meaning = child<QLabel>(w, u"startsAtMeaningLabel"_s);
    QVERIFY(meaning->isVisible());
    QVERIFY2(meaning->text().contains(u"2027"_s) &&
                 meaning->text().contains(QLocale().monthName(1)),
             qPrintable(meaning->text()));
    // Enter in the field adds the performance.
    auto *performances = child<QTableView>(w, u"performancesTableView"_s);
    QCOMPARE(performances->model()->rowCount(), 1);
    QTest::keyClick(startsAt, Qt::Key_Return);
    QTRY_COMPARE(performances->model()->rowCount(), 2);

    // 19:30 in Shanghai is 11:30 UTC: that instant is what the server stored.
    const QList<Performance> stored = performancesOf(m_eventId);
    const auto typed = std::find_if(stored.cbegin(), stored.cend(), [](const Performance &p) {
        return toWireTime(p.startsAt) == u"2027-01-15T11:30:00Z"_s;
    });
    QVERIFY2(typed != stored.cend(), "the typed start reached the server as 2027-01-15T11:30:00Z");
    m_typedPerformanceId = typed->id;
    QCOMPARE(typed->venue, u"Harbour Hall"_s); // the last venue, kept
    QCOMPARE(startsAt->text(), u"2027-01-15 19:30"_s);
}

void TestGuiAdmin::pastStartIsRefusedBesideTheField()
{
    AdminWindow *w = m_window.get();
    QTest::mouseClick(child<QPushButton>(w, u"newPerformancePushButton"_s), Qt::LeftButton);
    auto *startsAt = child<QLineEdit>(w, u"startsAtLineEdit"_s);
    auto *error = child<QLabel>(w, u"startsAtErrorLabel"_s);
    auto *performances = child<QTableView>(w, u"performancesTableView"_s);
    const int before = performances->model()->rowCount();

    // Not a real day: said beside the field, nothing sent.
    typeStart(u"2027-02-30 19:30"_s);
    QTest::keyClick(startsAt, Qt::Key_Return);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"no such day"_s), qPrintable(error->text()));
    QVERIFY(startsAt->property("error").toBool());

    // Yesterday: the server refuses it (422 startsAt), and the window says so beside the field.
    typeStart(QDate::currentDate().addDays(-1).toString(u"yyyy-MM-dd"_s) + u" 10:00"_s);
    QTRY_VERIFY(!error->isVisible()); // typing cleared the old message
    QTest::mouseClick(child<QPushButton>(w, u"savePerformancePushButton"_s), Qt::LeftButton);
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"future"_s), qPrintable(error->text()));
    QVERIFY(startsAt->property("error").toBool());
    auto *form = child<QWidget>(w, u"performanceForm"_s);
    for (QLabel *label : form->findChildren<QLabel *>())
        QVERIFY2(!label->isVisible() || !label->text().contains(u"added"_s), qPrintable(label->text()));
    QCOMPARE(performances->model()->rowCount(), before);
    QCOMPARE(performancesOf(m_eventId).size(), before); // nothing saved

    // Fixing the date clears the message.
    typeStart(QDate::currentDate().addDays(20).toString(u"yyyy-MM-dd"_s) + u" 20:00"_s);
    QTRY_VERIFY(!error->isVisible());
    QVERIFY(!startsAt->property("error").toBool());
}

void TestGuiAdmin::newPerformanceKeepsTheLastVenue()
{
    AdminWindow *w = m_window.get();
    auto *venue = child<QLineEdit>(w, u"venueLineEdit"_s);
    venue->selectAll();
    QTest::keyClicks(venue, u"Peace Hotel Jazz Bar"_s);
    auto *performances = child<QTableView>(w, u"performancesTableView"_s);
    const int before = performances->model()->rowCount();
    QTest::keyClick(venue, Qt::Key_Enter);
    QTRY_COMPARE(performances->model()->rowCount(), before + 1);

    // The next new performance starts there, in this window and in the next session.
    QTest::mouseClick(child<QPushButton>(w, u"newPerformancePushButton"_s), Qt::LeftButton);
    QCOMPARE(venue->text(), u"Peace Hotel Jazz Bar"_s);
    AdminWindow next(&m_managerConnection);
    QCOMPARE(child<QLineEdit>(&next, u"venueLineEdit"_s)->text(), u"Peace Hotel Jazz Bar"_s);
}

void TestGuiAdmin::negativePriceIsRefused()
{
    AdminWindow *w = m_window.get();
    auto *performances = child<QTableView>(w, u"performancesTableView"_s);
    const int first = rowWithText(performances, 0, DisplayFormat::dateTime(m_startsAtLocal.toUTC()));
    QVERIFY(first >= 0);
    clickRow(performances, first);
    auto *ticketTypes = child<QTableView>(w, u"ticketTypesTableView"_s);
    QTRY_COMPARE(ticketTypes->model()->rowCount(), 1);
    QTest::mouseClick(child<QPushButton>(w, u"newTicketTypePushButton"_s), Qt::LeftButton);
    auto *name = child<QLineEdit>(w, u"ticketTypeNameLineEdit"_s);
    QTest::keyClicks(name, u"Kids"_s);
    auto *price = child<QLineEdit>(w, u"priceLineEdit"_s);
    QTest::keyClicks(price, u"-5"_s);
    QCOMPARE(price->text(), u"-5"_s); // the minus is not dropped
    QTest::keyClick(price, Qt::Key_Return);
    auto *error = child<QLabel>(w, u"priceCentsErrorLabel"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"negative"_s), qPrintable(error->text()));
    QVERIFY(price->property("error").toBool());
    QCOMPARE(price->text(), u"-5"_s); // refused, not made positive
    QTest::qWait(200);
    QCOMPARE(ticketTypes->model()->rowCount(), 1); // nothing sent
}

void TestGuiAdmin::priceAsTheLocaleWritesIt()
{
    Cents cents = 0;
    QVERIFY(TicketTypeForm::parsePrice(u"1,140.00"_s, &cents));
    QCOMPARE(cents, Cents(114000));
    QVERIFY(TicketTypeForm::parsePrice(u"¥1,140"_s, &cents));
    QCOMPARE(cents, Cents(114000));
    QVERIFY(TicketTypeForm::parsePrice(u"12,50"_s, &cents)); // a comma for the decimals
    QCOMPARE(cents, Cents(1250));
    QVERIFY(TicketTypeForm::parsePrice(u"1,234,567.5"_s, &cents));
    QCOMPARE(cents, Cents(123456750));
    QVERIFY(TicketTypeForm::parsePrice(u"-5"_s, &cents));
    QCOMPARE(cents, Cents(-500));
    QVERIFY(!TicketTypeForm::parsePrice(u"1,14,0"_s, &cents));
    QVERIFY(!TicketTypeForm::parsePrice(u"4.555"_s, &cents));
    QVERIFY(!TicketTypeForm::parsePrice(QString(), &cents));

    // Typed with thousands separators: the error goes as soon as the field is edited.
    AdminWindow *w = m_window.get();
    auto *price = child<QLineEdit>(w, u"priceLineEdit"_s);
    auto *error = child<QLabel>(w, u"priceCentsErrorLabel"_s);
    price->selectAll();
    QTest::keyClicks(price, u"1,140.00"_s);
    QVERIFY(!error->isVisible());
    auto *ticketTypes = child<QTableView>(w, u"ticketTypesTableView"_s);
    QTest::keyClick(price, Qt::Key_Return);
    QTRY_COMPARE(ticketTypes->model()->rowCount(), 2);
    const int kids = rowWithText(ticketTypes, 0, u"Kids"_s);
    QVERIFY(kids >= 0);
    QCOMPARE(ticketTypes->model()->index(kids, 1).data().toString(), DisplayFormat::money(114000));
    m_kidsId = ticketTypes->model()->index(kids, 0).data(Qt::UserRole + 1).toLongLong();
    QCOMPARE(price->text(), TicketTypeForm::priceText(114000));
    QCOMPARE(price->text(), u"1,140.00"_s);

    // A new price, saved with Enter: the audit log shows it as old → new.
    price->selectAll();
    QTest::keyClicks(price, u"1,150.50"_s);
    QTest::keyClick(price, Qt::Key_Enter);
    QTRY_COMPARE(ticketTypes->model()->index(kids, 1).data().toString(), DisplayFormat::money(115050));
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

void TestGuiAdmin::ticketTypeWithSalesStopsSellingInsteadOfDeleting()
{
    QVERIFY(m_ticketTypeId > 0);
    AdminWindow *w = m_window.get();
    auto customer = m_fixture.loginAs(u"customer"_s);
    QVERIFY(customer);
    const auto buy = [&](int quantity) {
        return customer->call(methodName(Method::OrderPurchase),
                              {{u"ticketTypeId"_s, m_ticketTypeId},
                               {u"quantity"_s, quantity},
                               {u"payment"_s, seed::sandboxPayment()}});
    };
    const auto sale = buy(2);
    QVERIFY2(sale.ok, qPrintable(sale.toString()));

    // Find the ticket type again and reload (F5) to see the sale.
    selectPerformance(u"Harbour Jazz Night"_s, m_startsAtLocal);
    auto *ticketTypes = child<QTableView>(w, u"ticketTypesTableView"_s);
    QTRY_COMPARE(ticketTypes->model()->rowCount(), 2);
    clickRow(ticketTypes, rowWithText(ticketTypes, 0, u"Stalls"_s));
    QCOMPARE(child<QLineEdit>(w, u"ticketTypeNameLineEdit"_s)->text(), u"Stalls"_s);
    auto *refresh = w->findChild<QAction *>(u"refreshAction"_s);
    QCOMPARE(refresh->shortcut(), QKeySequence(Qt::Key_F5));
    w->activateWindow();
    if (QTest::qWaitForWindowActive(w))
        QTest::keyClick(w, Qt::Key_F5);
    else
        refresh->trigger(); // no window manager to activate the window (Xvfb)
    const int stalls = rowWithText(ticketTypes, 0, u"Stalls"_s);
    QTRY_COMPARE(ticketTypes->model()->index(stalls, 3).data().toLongLong(), 2); // sold
    QCOMPARE(ticketTypes->model()->index(stalls, 5).data().toLongLong(), 118);   // remaining
    QTRY_VERIFY(child<QLabel>(w, u"ticketTypeNumbersLabel"_s)->text().contains(u"118"_s));

    // Delete: the sales are said before anything is asked or sent, and stopping is offered.
    auto *form = child<QWidget>(w, u"ticketTypeForm"_s);
    QString question;
    bool formIdle = false;
    onNextMessageBox([&](QMessageBox *box) {
        question = box->text() + u' ' + box->informativeText();
        formIdle = form->isEnabled(); // nothing under way while asking
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == u"Stop selling"_s)
                button->click();
        }
    });
    QTest::mouseClick(child<QPushButton>(w, u"deleteTicketTypePushButton"_s), Qt::LeftButton);
    auto *resume = child<QPushButton>(w, u"resumeSellingPushButton"_s);
    QTRY_VERIFY(resume->isVisible());
    QVERIFY2(question.contains(u"has 2 ticket"_s) && question.contains(u"cannot be deleted"_s),
             qPrintable(question));
    QVERIFY(formIdle);
    QCOMPARE(ticketTypes->model()->rowCount(), 2); // still there
    QCOMPARE(ticketTypes->model()->index(stalls, 0).data().toString(),
             u"Stalls — Sales stopped"_s);
    QVERIFY(child<QLabel>(w, u"salesStateLabel"_s)->isVisible());
    QVERIFY(!child<QPushButton>(w, u"stopSellingPushButton"_s)->isVisible());

    // The server refuses new sales; the tickets sold stay.
    const auto refused = buy(1);
    QVERIFY(!refused.ok);
    QCOMPARE(refused.error.code, 409);
    QCOMPARE(refused.error.reason, u"sales_closed"_s);

    // Resumed: on sale again.
    QTest::mouseClick(resume, Qt::LeftButton);
    QTRY_VERIFY(child<QPushButton>(w, u"stopSellingPushButton"_s)->isVisible());
    QVERIFY(!resume->isVisible());
    QCOMPARE(ticketTypes->model()->index(stalls, 0).data().toString(), u"Stalls"_s);
    const auto again = buy(1);
    QVERIFY2(again.ok, qPrintable(again.toString()));
    // The listed performances are followed: the sale shows without a reload.
    QTRY_COMPARE(ticketTypes->model()->index(stalls, 3).data().toLongLong(), 3);
    QVERIFY(ticketTypes->isEnabled()); // nothing loading
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
    QVERIFY2(error->text().contains(u"3"_s), qPrintable(error->text())); // sold
    auto *ticketTypes = child<QTableView>(w, u"ticketTypesTableView"_s);
    QCOMPARE(ticketTypes->model()->index(rowWithText(ticketTypes, 0, u"Stalls"_s), 2).data().toLongLong(),
             120);
}

void TestGuiAdmin::deleteAsksFirst()
{
    AdminWindow *w = m_window.get();
    auto *ticketTypes = child<QTableView>(w, u"ticketTypesTableView"_s);
    const int before = ticketTypes->model()->rowCount();
    QTest::mouseClick(child<QPushButton>(w, u"newTicketTypePushButton"_s), Qt::LeftButton);
    auto *name = child<QLineEdit>(w, u"ticketTypeNameLineEdit"_s);
    QVERIFY(name->text().isEmpty());
    QTest::keyClicks(name, u"Balcony"_s);
    QTest::keyClicks(child<QLineEdit>(w, u"priceLineEdit"_s), u"30"_s);
    QTest::keyClick(name, Qt::Key_Return);
    QTRY_COMPARE(ticketTypes->model()->rowCount(), before + 1);
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
    QCOMPARE(ticketTypes->model()->rowCount(), before + 1);

    // "Delete" deletes it.
    answerNextMessageBox(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(w, u"deleteTicketTypePushButton"_s), Qt::LeftButton);
    QTRY_COMPARE(ticketTypes->model()->rowCount(), before);
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
    const int count = ticketTypes->model()->rowCount();
    clickRow(ticketTypes, rowWithText(ticketTypes, 0, u"Stalls"_s));
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
    QCOMPARE(ticketTypes->model()->rowCount(), count);

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

void TestGuiAdmin::copyTicketTypes()
{
    AdminWindow *w = m_window.get();
    const QDateTime typed = QDateTime(QDate(2027, 1, 15), QTime(19, 30)).toUTC();
    selectPerformance(u"Harbour Jazz Night"_s, typed);
    auto *ticketTypes = child<QTableView>(w, u"ticketTypesTableView"_s);
    QTRY_COMPARE(ticketTypes->model()->rowCount(), 0);

    const auto copyFromFirst = [&] {
        QTest::mouseClick(child<QPushButton>(w, u"copyTicketTypesPushButton"_s), Qt::LeftButton);
        CopyTicketTypesDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w->findChild<CopyTicketTypesDialog *>()) && dialog->isVisible());
        // Its own event first: the performance with Stalls and Kids.
        auto *list = child<QListWidget>(dialog, u"copySourceListWidget"_s);
        QCOMPARE(list->currentRow(), 0);
        QVERIFY2(list->currentItem()->text().startsWith(u"Harbour Jazz Night"_s),
                 qPrintable(list->currentItem()->text()));
        QVERIFY(uicheck::unnamedInputs(dialog).isEmpty());
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_VERIFY(!w->findChild<CopyTicketTypesDialog *>());
    };
    copyFromFirst();
    QTRY_COMPARE(ticketTypes->model()->rowCount(), 2);
    QTRY_VERIFY(child<QPushButton>(w, u"copyTicketTypesPushButton"_s)->isEnabled());

    // Names, prices and capacities as the source has them.
    const QList<Performance> stored = performancesOf(m_eventId);
    const auto find = [&](const QDateTime &start) {
        return *std::find_if(stored.cbegin(), stored.cend(),
                             [&](const Performance &p) { return p.startsAt == start; });
    };
    const Performance source = find(m_startsAtLocal.toUTC());
    const Performance target = find(typed);
    QCOMPARE(target.ticketTypes.size(), source.ticketTypes.size());
    for (qsizetype i = 0; i < source.ticketTypes.size(); ++i) {
        QCOMPARE(target.ticketTypes.at(i).name, source.ticketTypes.at(i).name);
        QCOMPARE(target.ticketTypes.at(i).priceCents, source.ticketTypes.at(i).priceCents);
        QCOMPARE(target.ticketTypes.at(i).capacity, source.ticketTypes.at(i).capacity);
        QCOMPARE(target.ticketTypes.at(i).sold, 0);
    }
    // Copying again adds nothing: those names are there.
    copyFromFirst();
    QTRY_VERIFY(child<QPushButton>(w, u"copyTicketTypesPushButton"_s)->isEnabled());
    QCOMPARE(ticketTypes->model()->rowCount(), 2);
    QCOMPARE(find(typed).ticketTypes.size(), 2);
}

void TestGuiAdmin::copyPriceCategoriesWithTheirSeats()
{
    // A reserved performance copies the categories of another in the same venue, seat by seat.
    auto manager = m_fixture.loginAs(u"manager"_s);
    QVERIFY(manager);
    const seating::Venue hall = seating::createVenue(
        *manager, u"Copy Hall"_s, seating::LayoutBuilder().grid(u"Stalls"_s, 3, 6).layout());
    const seating::Venue other = seating::createVenue(
        *manager, u"Other Hall"_s, seating::LayoutBuilder().grid(u"Stalls"_s, 2, 4).layout());
    QVERIFY(hall.isValid() && other.isValid());
    const qint64 eventId = seed::createEvent(*manager, u"Seated Copy Gala"_s);
    const qint64 source =
        seating::createReservedPerformance(*manager, eventId, hall.id, seed::daysFromNow(30));
    const QList<qint64> front = hall.rowIds(u"Stalls"_s, u"A"_s);
    const QList<qint64> back = hall.rowIds(u"Stalls"_s, u"B"_s) + hall.rowIds(u"Stalls"_s, u"C"_s);
    QVERIFY(seating::createSeatedType(*manager, source, u"Front"_s, 5000, front) > 0);
    QVERIFY(seating::createSeatedType(*manager, source, u"Back"_s, 3000, back) > 0);
    const qint64 target =
        seating::createReservedPerformance(*manager, eventId, hall.id, seed::daysFromNow(31));
    const qint64 elsewhere =
        seating::createReservedPerformance(*manager, eventId, other.id, seed::daysFromNow(32));
    QVERIFY(seating::createSeatedType(*manager, elsewhere, u"Elsewhere"_s, 1000,
                                      other.rowIds(u"Stalls"_s, u"A"_s)) > 0);

    AdminWindow *w = m_window.get();
    w->catalogPage()->refresh();
    auto *events = child<QTableView>(w, u"eventsTableView"_s);
    QTRY_VERIFY(rowWithText(events, 0, u"Seated Copy Gala"_s) >= 0);
    selectPerformance(u"Seated Copy Gala"_s, 1); // by start: source, target, elsewhere
    auto *ticketTypes = child<QTableView>(w, u"ticketTypesTableView"_s);
    QTRY_COMPARE(ticketTypes->model()->rowCount(), 0);
    QTest::mouseClick(child<QPushButton>(w, u"copyTicketTypesPushButton"_s), Qt::LeftButton);
    CopyTicketTypesDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = w->findChild<CopyTicketTypesDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->choiceCount(), 1); // the other venue's performance is not offered
    QTest::mouseClick(child<QPushButton>(dialog, u"copyPushButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(ticketTypes->model()->rowCount(), 2, 15000);

    // Each category has the seats it has at the source, on sale.
    QHash<QString, qint64> ids;
    for (int row = 0; row < 2; ++row)
        ids.insert(ticketTypes->model()->index(row, 0).data().toString(),
                   ticketTypes->model()->index(row, 0).data(Qt::UserRole + 1).toLongLong());
    QVERIFY(ids.value(u"Front"_s) > 0 && ids.value(u"Back"_s) > 0);
    const seating::SeatMap map = seating::getMap(*manager, target);
    QVERIFY2(map.ok, qPrintable(map.error));
    for (qint64 seat : front) {
        QCOMPARE(map.categoryOf(hall, seat), ids.value(u"Front"_s));
        QCOMPARE(map.statusOf(hall, seat), u'a');
    }
    for (qint64 seat : back)
        QCOMPARE(map.categoryOf(hall, seat), ids.value(u"Back"_s));
    QCOMPARE(ticketTypes->model()->index(rowWithText(ticketTypes, 0, u"Front"_s), 1).data().toString(),
             DisplayFormat::money(5000));
}

void TestGuiAdmin::fitsTheScreen_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1024 × 700") << QSize(1024, 700);
    QTest::newRow("1360 × 860") << QSize(1360, 860);
}

void TestGuiAdmin::fitsTheScreen()
{
    // The whole flow, event → performance → ticket type, with every button in view.
    QFETCH(QSize, size);
    AdminWindow *w = m_window.get();
    w->resize(size);
    QTRY_COMPARE(w->size(), size); // nothing forces the window larger than the screen
    auto *tabs = child<QTabWidget>(w, u"adminTabWidget"_s);
    tabs->setCurrentIndex(AdminWindow::CatalogTab);
    auto *performances = child<QTableView>(w, u"performancesTableView"_s);
    selectPerformance(u"Harbour Jazz Night"_s, m_startsAtLocal);
    auto *ticketTypes = child<QTableView>(w, u"ticketTypesTableView"_s);
    QTRY_VERIFY(ticketTypes->model()->rowCount() > 0);
    clickRow(ticketTypes, 0);
    QTest::qWait(50);

    const QStringList buttons = {
        u"newEventPushButton"_s,          u"saveEventPushButton"_s,
        u"deleteEventPushButton"_s,       u"newPerformancePushButton"_s,
        u"savePerformancePushButton"_s,   u"deletePerformancePushButton"_s,
        u"newTicketTypePushButton"_s,     u"copyTicketTypesPushButton"_s,
        u"saveTicketTypePushButton"_s,    u"deleteTicketTypePushButton"_s};
    const auto checkAll = [&](const QString &state) {
        QTest::qWait(50); // the layout follows changed texts on the next turn
        for (const QString &name : buttons) {
            auto *button = child<QPushButton>(w, name);
            if (name.startsWith(u"delete"_s) && !button->isVisible())
                continue; // nothing to delete while adding
            QVERIFY2(button->isVisible(), qPrintable(state + u": "_s + name));
            // In the window, and never in a part that must be scrolled to.
            const QRect rect(button->mapTo(w, QPoint(0, 0)), button->size());
            QVERIFY2(w->rect().contains(rect), qPrintable(state + u": "_s + name));
            QVERIFY2(!uicheck::scrolled(button, w), qPrintable(state + u": "_s + name));
            QVERIFY2(button->width() >= button->minimumSizeHint().width(),
                     qPrintable(state + u": "_s + name));
        }
        QVERIFY2(uicheck::clippedWidgets(w).isEmpty(),
                 qPrintable(state + u":\n"_s + uicheck::clippedWidgets(w).join(u"\n"_s)));
        QVERIFY2(uicheck::unnamedInputs(w).isEmpty(),
                 qPrintable(state + u":\n"_s + uicheck::unnamedInputs(w).join(u"\n"_s)));
        QVERIFY2(uicheck::duplicateMnemonics(w).isEmpty(),
                 qPrintable(state + u":\n"_s + uicheck::duplicateMnemonics(w).join(u"\n"_s)));
    };
    snapshot(w, u"admin-catalog-%1"_s.arg(size.width()));
    checkAll(u"editing"_s);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(child<QPushButton>(w, u"deleteTicketTypePushButton"_s)->isVisible());
    // Whole texts where they matter: the venue and the event's title are not cut to "P…".
    const QFontMetrics metrics(performances->font());
    const int venueWidth = performances->horizontalHeader()->sectionSize(1);
    QVERIFY2(venueWidth > metrics.horizontalAdvance(u"Harbour Hall"_s) + 8,
             qPrintable(QString::number(venueWidth)));
    auto *events = child<QTableView>(w, u"eventsTableView"_s);
    QVERIFY2(events->horizontalHeader()->sectionSize(0) >
                 metrics.horizontalAdvance(u"Harbour Jazz Night"_s) + 8 + events->iconSize().width(),
             qPrintable(QString::number(events->horizontalHeader()->sectionSize(0))));

    // Adding: "Add performance" and "Add ticket type" in view too.
    QTest::mouseClick(child<QPushButton>(w, u"newTicketTypePushButton"_s), Qt::LeftButton);
    checkAll(u"new ticket type"_s);
    if (QTest::currentTestFailed())
        return;
    QTest::mouseClick(child<QPushButton>(w, u"newPerformancePushButton"_s), Qt::LeftButton);
    checkAll(u"new performance"_s);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(child<QPushButton>(w, u"savePerformancePushButton"_s)->accessibleName(), u"Add performance"_s);
    QTest::mouseClick(child<QPushButton>(w, u"newEventPushButton"_s), Qt::LeftButton);
    checkAll(u"new event"_s);
    if (QTest::currentTestFailed())
        return;

    // The audit log and its filters fit as well.
    tabs->setCurrentIndex(AdminWindow::AuditLogTab);
    auto *audit = child<QTableView>(w, u"auditTableView"_s);
    QTRY_VERIFY2(audit->model()->rowCount() > 0, qPrintable(w->statusBar()->currentMessage()));
    clickRow(audit, 0);
    QVERIFY2(uicheck::clippedWidgets(w).isEmpty(), qPrintable(uicheck::clippedWidgets(w).join(u"\n"_s)));
    QVERIFY2(uicheck::unnamedInputs(w).isEmpty(), qPrintable(uicheck::unnamedInputs(w).join(u"\n"_s)));
    QVERIFY2(uicheck::duplicateMnemonics(w).isEmpty(),
             qPrintable(uicheck::duplicateMnemonics(w).join(u"\n"_s)));
    snapshot(w, u"admin-audit-%1"_s.arg(size.width()));
    tabs->setCurrentIndex(AdminWindow::CatalogTab);
    w->resize(1360, 860);
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

void TestGuiAdmin::auditLogNamesThingsAndShowsChanges()
{
    AdminWindow *w = m_window.get();
    auto *tabs = child<QTabWidget>(w, u"adminTabWidget"_s);
    tabs->setCurrentIndex(AdminWindow::AuditLogTab);
    w->auditLogPage()->refresh();
    auto *audit = child<QTableView>(w, u"auditTableView"_s);
    QTRY_VERIFY(audit->model()->rowCount() > 0);
    QVERIFY(audit->model()->rowCount() < 100);
    QTRY_VERIFY(!child<QPushButton>(w, u"loadMoreAuditPushButton"_s)->isEnabled()); // all shown
    auto *changes = child<QPlainTextEdit>(w, u"auditChangesPlainTextEdit"_s);
    auto *summary = child<QLabel>(w, u"auditSummaryLabel"_s);
    const auto text = [&](int row, int column) {
        return audit->model()->index(row, column).data().toString();
    };

    // Things are named as people know them, never "Ticket type 116".
    static const QRegularExpression bareId(u"^\\S.* \\d+$"_s);
    for (int row = 0; row < audit->model()->rowCount(); ++row)
        QVERIFY2(!bareId.match(text(row, AuditLogModel::SubjectColumn)).hasMatch(),
                 qPrintable(text(row, AuditLogModel::SubjectColumn)));
    // "Kids — Harbour Jazz Night, 13 Dec 20:15": the type, its event and its start.
    const QDateTime start = m_startsAtLocal;
    const QString when =
        QLocale().toString(start.date(), start.date().year() == QDate::currentDate().year()
                                             ? u"d MMM"_s
                                             : u"d MMM yyyy"_s) +
        u' ' + DisplayFormat::time(start.toUTC());
    const QString kids = u"Kids — Harbour Jazz Night, "_s + when;
    const auto rowsOf = [&](const QString &action, const QString &subject) {
        QList<int> rows;
        for (int row = 0; row < audit->model()->rowCount(); ++row) {
            if (text(row, AuditLogModel::ActionColumn) == AuditLogModel::actionLabel(action) &&
                text(row, AuditLogModel::SubjectColumn) == subject)
                rows << row;
        }
        return rows;
    };
    const auto anyShows = [&](const QList<int> &rows, const QString &line) {
        for (int row : rows) {
            clickRow(audit, row);
            if (changes->toPlainText().split(u'\n').contains(line))
                return true;
        }
        return false;
    };

    // A price change: old → new, as money.
    const QList<int> kidsChanged = rowsOf(u"ticket_type.update"_s, kids);
    QVERIFY2(!kidsChanged.isEmpty(), qPrintable(kids));
    QVERIFY2(anyShows(kidsChanged, u"Price: %1 → %2"_s.arg(DisplayFormat::money(114000),
                                                           DisplayFormat::money(115050))),
             qPrintable(changes->toPlainText()));
    QVERIFY2(summary->text().contains(kids), qPrintable(summary->text()));
    QVERIFY(!changes->toPlainText().contains(u"priceCents"_s));

    // Stopping and resuming the sales of Stalls.
    const QList<int> stallsChanged =
        rowsOf(u"ticket_type.update"_s, u"Stalls — Harbour Jazz Night, "_s + when);
    QVERIFY(anyShows(stallsChanged, u"On sale: Yes → No"_s));
    QVERIFY(anyShows(stallsChanged, u"On sale: No → Yes"_s));

    // A creation lists what was made; a deletion what was lost.
    QVERIFY(anyShows(rowsOf(u"ticket_type.create"_s, kids),
                     u"Price: %1"_s.arg(DisplayFormat::money(114000))));
    QVERIFY(anyShows(rowsOf(u"ticket_type.delete"_s, u"Balcony — Harbour Jazz Night, "_s + when),
                     u"Name: “Balcony”"_s));
    // A performance: its event and start, and its venue; its start in local time.
    const QDateTime typed(QDate(2027, 1, 15), QTime(19, 30));
    const QList<int> created = rowsOf(
        u"performance.create"_s,
        u"Harbour Jazz Night, %1 2027 %2 · Harbour Hall"_s.arg(QLocale().toString(typed.date(), u"d MMM"_s),
                                                               DisplayFormat::time(typed.toUTC())));
    QVERIFY(anyShows(created, u"Starts: "_s + DisplayFormat::dateTime(typed.toUTC())));
    QCOMPARE(text(created.first(), AuditLogModel::UserColumn), u"manager"_s);
    tabs->setCurrentIndex(AdminWindow::CatalogTab);
}

void TestGuiAdmin::auditLogFiltersOnTheServer()
{
    // A cash sale by the clerk: an order entry by another user.
    auto clerk = m_fixture.loginAs(u"clerk"_s);
    QVERIFY(clerk);
    const auto sale = clerk->call(methodName(Method::OrderPurchase),
                                  {{u"ticketTypeId"_s, m_kidsId},
                                   {u"quantity"_s, 1},
                                   {u"payment"_s, seed::cashPayment()}});
    QVERIFY2(sale.ok, qPrintable(sale.toString()));
    const QString code = sale.result.value(u"order"_s).toObject().value(u"code"_s).toString();

    AdminWindow *w = m_window.get();
    auto *tabs = child<QTabWidget>(w, u"adminTabWidget"_s);
    tabs->setCurrentIndex(AdminWindow::AuditLogTab);
    AuditLogPage *page = w->auditLogPage();
    page->refresh();
    auto *audit = child<QTableView>(w, u"auditTableView"_s);
    QTRY_VERIFY(audit->model()->rowCount() > 0);
    QTRY_COMPARE(audit->model()->index(0, AuditLogModel::SubjectColumn).data().toString(), code);
    const int all = audit->model()->rowCount();
    const auto column = [&](int c) {
        QStringList values;
        for (int row = 0; row < audit->model()->rowCount(); ++row)
            values << audit->model()->index(row, c).data().toString();
        return values;
    };

    // Every order: the server sends the cash sale only.
    auto *action = child<QComboBox>(w, u"auditActionComboBox"_s);
    action->setCurrentIndex(action->findData(u"order."_s));
    QTRY_COMPARE(audit->model()->rowCount(), 1);
    QCOMPARE(column(AuditLogModel::ActionColumn),
             QStringList{AuditLogModel::actionLabel(u"order.cash_sale"_s)});
    QCOMPARE(column(AuditLogModel::SubjectColumn), QStringList{code});

    // By user: the manager's entries only (offered from the log, managers cannot list users).
    action->setCurrentIndex(0);
    QTRY_COMPARE(audit->model()->rowCount(), all);
    auto *user = child<QComboBox>(w, u"auditUserComboBox"_s);
    QTRY_VERIFY(user->findText(u"clerk"_s) > 0);
    user->setCurrentIndex(user->findText(u"manager"_s));
    QTRY_VERIFY(audit->model()->rowCount() > 0 && audit->model()->rowCount() < all);
    QCOMPARE(column(AuditLogModel::UserColumn).count(u"manager"_s), audit->model()->rowCount());
    user->setCurrentIndex(user->findText(u"clerk"_s));
    QTRY_COMPARE(audit->model()->rowCount(), 1);

    // Dates: nothing from tomorrow on, everything today.
    QTest::mouseClick(child<QPushButton>(w, u"clearAuditFiltersPushButton"_s), Qt::LeftButton);
    QTRY_COMPARE(audit->model()->rowCount(), all);
    auto *from = child<QDateEdit>(w, u"auditFromDateEdit"_s);
    auto *to = child<QDateEdit>(w, u"auditToDateEdit"_s);
    from->setDate(QDate::currentDate().addDays(1));
    QTRY_COMPARE(audit->model()->rowCount(), 0);
    QCOMPARE(child<QLabel>(w, u"auditCountLabel"_s)->text(), u"No entries match the filters."_s);
    from->setDate(QDate::currentDate());
    to->setDate(QDate::currentDate());
    QTRY_COMPARE(audit->model()->rowCount(), all);
    to->setDate(QDate::currentDate().addDays(-1));
    QTRY_COMPARE(audit->model()->rowCount(), 0);
    QTest::mouseClick(child<QPushButton>(w, u"clearAuditFiltersPushButton"_s), Qt::LeftButton);
    QTRY_COMPARE(audit->model()->rowCount(), all);
    tabs->setCurrentIndex(AdminWindow::CatalogTab);
}

QTEST_MAIN(TestGuiAdmin)
#include "tst_gui_admin.moc"
