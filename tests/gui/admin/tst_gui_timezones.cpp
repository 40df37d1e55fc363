// Venue time zones in the admin window (issue 12), against a real server: a manager on a
// computer set to UTC types 2027-01-15 19:30 for a show in Shanghai (general admission with its
// zone chosen, and reserved in a Shanghai venue) and the server receives 11:30Z; the list shows
// 19:30 with the zone's abbreviation on that computer and bare 19:30 on a Shanghai computer; the
// venue editor has a named time-zone picker with completion that moves a venue to another zone.
#include "admin/adminwindow.h"
#include "core/displayformat.h"
#include "core/serverconnection.h"
#include "shared/utctime.h"
#include "support/serverfixture.h"
#include "support/testclient.h"
#include "uicheck.h"
#include "widgets/theme.h"
#include "widgets/timezonecombobox.h"

#include <QAccessible>
#include <QApplication>
#include <QCompleter>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

#include <ctime>
#include <memory>

using namespace Qt::StringLiterals;
using namespace mq;
using namespace mq::client;

class TestGuiTimeZones : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void galaTypedInShanghaiTimeFromAUtcComputer();
    void seatedPerformanceTakesItsVenuesZone();
    void listShowsTheVenuesTimeOnAnyComputer();
    void venueEditorMovesAVenueToAnotherZone();
    void fitsTheScreen();

private:
    template <typename T> T *child(const QString &name)
    {
        T *w = m_window->findChild<T *>(name);
        if (!w)
            qWarning() << "no widget" << name;
        return w;
    }
    static void setProcessZone(const char *zone)
    {
        qputenv("TZ", zone);
        tzset();
    }
    void selectEvent(const QString &title);
    void typeStart(const QString &text);
    QJsonArray performancesOf(qint64 eventId);
    static void clickRow(QTableView *view, int row);
    static int rowWithText(QTableView *view, int column, const QString &text);

    QTemporaryDir m_settingsDir;
    ServerFixture m_fixture{QStringLiteral(MARQUEE_SERVER_BINARY)};
    std::unique_ptr<TestClient> m_rpc;
    ServerConnection m_connection;
    std::unique_ptr<AdminWindow> m_window;
    qint64 m_eventId = 0;
    qint64 m_venueId = 0;
};

void TestGuiTimeZones::initTestCase()
{
    setProcessZone("UTC"); // the manager's computer
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); // 19:30, not 7:30 PM
    Theme::apply(*qApp);
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    m_rpc = m_fixture.loginAs(u"manager"_s);
    QVERIFY(m_rpc);
    const auto event = m_rpc->call(u"admin.createEvent"_s,
                                   {{u"title"_s, u"Winter Gala"_s}, {u"category"_s, u"concert"_s}});
    m_eventId = event.result.value(u"event"_s).toObject().value(u"id"_s).toInteger();
    QVERIFY(m_eventId > 0);
    QJsonArray seats;
    for (int i = 1; i <= 6; ++i)
        seats.append(QJsonObject{{u"label"_s, QString::number(i)}, {u"x"_s, i}, {u"y"_s, 1}});
    const QJsonObject layout{{u"sections"_s, QJsonArray{QJsonObject{
        {u"name"_s, u"Stalls"_s}, {u"rows"_s, QJsonArray{QJsonObject{{u"label"_s, u"A"_s}, {u"seats"_s, seats}}}}}}}};
    const auto venue = m_rpc->call(u"admin.createVenue"_s, {{u"name"_s, u"Grand Theatre"_s},
                                                             {u"layout"_s, layout},
                                                             {u"timeZone"_s, u"Asia/Shanghai"_s}});
    m_venueId = venue.result.value(u"venue"_s).toObject().value(u"id"_s).toInteger();
    QVERIFY(m_venueId > 0);

    m_connection.setServer(ServerAddress{u"127.0.0.1"_s, m_fixture.port(), false});
    m_connection.open();
    QSignalSpy authenticated(&m_connection, &ServerConnection::authenticated);
    m_connection.login(u"manager"_s, ServerFixture::staffPassword(), nullptr, {});
    QVERIFY(authenticated.wait(15000));
    m_window = std::make_unique<AdminWindow>(&m_connection);
    m_window->resize(1360, 860);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGuiTimeZones::cleanupTestCase()
{
    m_window.reset();
    qunsetenv("TZ");
    tzset();
}

void TestGuiTimeZones::clickRow(QTableView *view, int row)
{
    const QModelIndex index = view->model()->index(row, 0);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

int TestGuiTimeZones::rowWithText(QTableView *view, int column, const QString &text)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, column).data().toString() == text)
            return row;
    }
    return -1;
}

void TestGuiTimeZones::selectEvent(const QString &title)
{
    auto *events = child<QTableView>(u"eventsTableView"_s);
    QTRY_VERIFY(events->isEnabled() && rowWithText(events, 0, title) >= 0);
    clickRow(events, rowWithText(events, 0, title));
    QTest::mouseClick(child<QPushButton>(u"newPerformancePushButton"_s), Qt::LeftButton);
    QTRY_VERIFY(child<QLineEdit>(u"startsAtLineEdit"_s)->isEnabled());
}

void TestGuiTimeZones::typeStart(const QString &text)
{
    auto *edit = child<QLineEdit>(u"startsAtLineEdit"_s);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

QJsonArray TestGuiTimeZones::performancesOf(qint64 eventId)
{
    const auto events = m_rpc->call(u"catalog.listEvents"_s).result.value(u"events"_s).toArray();
    for (const QJsonValue &e : events) {
        if (e.toObject().value(u"id"_s).toInteger() == eventId)
            return e.toObject().value(u"performances"_s).toArray();
    }
    return {};
}

void TestGuiTimeZones::galaTypedInShanghaiTimeFromAUtcComputer()
{
    selectEvent(u"Winter Gala"_s);
    auto *seating = child<QComboBox>(u"seatingComboBox"_s);
    seating->setCurrentIndex(seating->findData(SeatingGeneral));
    auto *zone = child<TimeZoneComboBox>(u"timeZoneComboBox"_s);
    QVERIFY(zone->isVisible());
    // Typed as a person would, the completion offering the city.
    zone->lineEdit()->selectAll();
    QTest::keyClicks(zone->lineEdit(), u"Asia/Shanghai"_s);
    QCOMPARE(zone->timeZone(), u"Asia/Shanghai"_s);
    auto *note = child<QLabel>(u"startsAtZoneLabel"_s);
    QTRY_VERIFY2(note->text().contains(u"Times are in Asia/Shanghai ("_s), qPrintable(note->text()));
    typeStart(u"2027-01-15 19:30"_s);
    auto *venue = child<QLineEdit>(u"venueLineEdit"_s);
    venue->selectAll();
    QTest::keyClicks(venue, u"Peace Hotel"_s);
    QTest::mouseClick(child<QPushButton>(u"savePerformancePushButton"_s), Qt::LeftButton);
    QTRY_COMPARE(performancesOf(m_eventId).size(), 1);
    const QJsonObject p = performancesOf(m_eventId).first().toObject();
    QCOMPARE(p.value(u"startsAt"_s).toString(), u"2027-01-15T11:30:00Z"_s);
    QCOMPARE(p.value(u"timeZone"_s).toString(), u"Asia/Shanghai"_s);
}

void TestGuiTimeZones::seatedPerformanceTakesItsVenuesZone()
{
    selectEvent(u"Winter Gala"_s);
    auto *seating = child<QComboBox>(u"seatingComboBox"_s);
    seating->setCurrentIndex(seating->findData(SeatingReserved));
    auto *venues = child<QComboBox>(u"venueComboBox"_s);
    QTRY_VERIFY(venues->findText(u"Grand Theatre"_s) >= 0);
    venues->setCurrentIndex(venues->findText(u"Grand Theatre"_s));
    // The zone is the venue's: no picker, and the field says which.
    QVERIFY(!child<TimeZoneComboBox>(u"timeZoneComboBox"_s)->isVisible());
    QTRY_VERIFY(child<QLabel>(u"startsAtZoneLabel"_s)->text().contains(u"Asia/Shanghai"_s));
    typeStart(u"2027-01-16 19:30"_s);
    QTest::mouseClick(child<QPushButton>(u"savePerformancePushButton"_s), Qt::LeftButton);
    QTRY_COMPARE(performancesOf(m_eventId).size(), 2);
    const QJsonObject p = performancesOf(m_eventId).at(1).toObject();
    QCOMPARE(p.value(u"startsAt"_s).toString(), u"2027-01-16T11:30:00Z"_s);
    QCOMPARE(p.value(u"timeZone"_s).toString(), u"Asia/Shanghai"_s);
    QCOMPARE(p.value(u"venueId"_s).toInteger(), m_venueId);
}

void TestGuiTimeZones::listShowsTheVenuesTimeOnAnyComputer()
{
    auto *performances = child<QTableView>(u"performancesTableView"_s);
    QTRY_COMPARE(performances->model()->rowCount(), 2);
    const QDateTime gala(QDate(2027, 1, 15), QTime(11, 30), QTimeZone::utc());
    const QString abbreviation = DisplayFormat::zoneAbbreviation(gala, QTimeZone("Asia/Shanghai"));
    // This computer is at UTC: 19:30 with the venue's zone, not 11:30.
    const QString onUtc = performances->model()->index(0, 0).data().toString();
    QVERIFY2(onUtc.contains(u"19:30"_s) && onUtc.endsWith(u' ' + abbreviation), qPrintable(onUtc));
    QVERIFY(!onUtc.contains(u"11:30"_s));
    // The same list on a computer in Shanghai: 19:30, nothing to label.
    setProcessZone("Asia/Shanghai");
    const QString onShanghai = performances->model()->index(0, 0).data().toString();
    setProcessZone("UTC");
    QVERIFY2(onShanghai.contains(u"19:30"_s) && !onShanghai.contains(abbreviation), qPrintable(onShanghai));
    QCOMPARE(onUtc, onShanghai + u' ' + abbreviation);
    // The form shows the venue's time too.
    clickRow(performances, 0);
    QTRY_COMPARE(child<QLineEdit>(u"startsAtLineEdit"_s)->text(), u"2027-01-15 19:30"_s);
}

void TestGuiTimeZones::venueEditorMovesAVenueToAnotherZone()
{
    auto *tabs = m_window->findChild<QTabWidget *>();
    QVERIFY(tabs);
    QWidget *venuesPage = child<QWidget>(u"venuesPage"_s);
    tabs->setCurrentIndex(tabs->indexOf(venuesPage));
    auto *list = child<QTableView>(u"venuesTableView"_s);
    QTRY_VERIFY(rowWithText(list, 0, u"Grand Theatre"_s) >= 0);
    clickRow(list, rowWithText(list, 0, u"Grand Theatre"_s));
    auto *zone = child<TimeZoneComboBox>(u"venueTimeZoneComboBox"_s);
    QTRY_VERIFY(zone->isVisible());
    QCOMPARE(zone->timeZone(), u"Asia/Shanghai"_s);
    QAccessibleInterface *spoken = QAccessible::queryAccessibleInterface(zone);
    QVERIFY(spoken && !spoken->text(QAccessible::Name).isEmpty());
    // Completion finds a zone by part of its name.
    QVERIFY(zone->completer());
    zone->completer()->setCompletionPrefix(u"tokyo"_s);
    QVERIFY(zone->completer()->currentCompletion().contains(u"Asia/Tokyo"_s));
    auto *save = child<QPushButton>(u"saveVenueTimeZonePushButton"_s);
    QVERIFY(!save->isEnabled()); // nothing changed yet
    zone->setTimeZone(u"Asia/Tokyo"_s);
    QTRY_VERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    // Saved when the page says so; then the server has it.
    QTRY_VERIFY(child<QLabel>(u"venueMessageLabel"_s)->text().contains(u"Asia/Tokyo"_s));
    QVERIFY(!save->isEnabled());
    const auto venue = m_rpc->call(u"catalog.getVenue"_s, {{u"venueId"_s, m_venueId}});
    QCOMPARE(venue.result.value(u"venue"_s).toObject().value(u"timeZone"_s).toString(), u"Asia/Tokyo"_s);
    // Its seated performance moved with it.
    QCOMPARE(performancesOf(m_eventId).at(1).toObject().value(u"timeZone"_s).toString(), u"Asia/Tokyo"_s);
    QVERIFY(uicheck::unnamedInputs(venuesPage).isEmpty());
    QVERIFY2(uicheck::duplicateMnemonics(m_window.get()).isEmpty(),
             qPrintable(uicheck::duplicateMnemonics(m_window.get()).join(u", "_s)));
}

void TestGuiTimeZones::fitsTheScreen()
{
    auto *tabs = m_window->findChild<QTabWidget *>();
    tabs->setCurrentIndex(0);
    selectEvent(u"Winter Gala"_s);
    auto *seating = child<QComboBox>(u"seatingComboBox"_s);
    seating->setCurrentIndex(seating->findData(SeatingGeneral));
    for (const QSize size : {QSize(1360, 860), QSize(1024, 700)}) {
        m_window->resize(size);
        QTest::qWait(50);
        const QStringList clipped = uicheck::clippedWidgets(m_window.get());
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u"\n"_s)));
        QVERIFY2(uicheck::unnamedInputs(m_window.get()).isEmpty(),
                 qPrintable(uicheck::unnamedInputs(m_window.get()).join(u", "_s)));
        QVERIFY2(uicheck::duplicateMnemonics(m_window.get()).isEmpty(),
                 qPrintable(uicheck::duplicateMnemonics(m_window.get()).join(u", "_s)));
        m_window->grab().save(u"/tmp/d/tz-form-%1.png"_s.arg(size.width()));
    }
    m_window->resize(1360, 860);
}

QTEST_MAIN(TestGuiTimeZones)
#include "tst_gui_timezones.moc"
