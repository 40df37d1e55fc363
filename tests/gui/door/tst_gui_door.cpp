// The door window against a real server, driven like a door: the performance and the gate chosen
// with the keyboard, then a simulated USB barcode scanner (key clicks of the code and Enter, sent
// to whatever has the keyboard — never clicking the field first). Green for admitted, red for
// already admitted / wrong show / cancelled / unknown, undo with F9, manual entry of a printed
// code, the count following another gate's scans live; then the server goes away: the door keeps
// admitting signed codes from its kit, refuses what it cannot check, and when the server is back
// uploads its scans and shows the ticket another gate had admitted first — also after the door
// program was restarted while offline (choosing the show among those kept on disk). A show that
// started an hour ago can still be chosen. Times read in the venue's zone (Kathmandu, unlike the
// test machine's). A server answering too slowly, undo during an upload, undo of an admission that
// another gate's scan holds, a batch the server refuses for good, a scanner typing into the manual
// field. Nothing cut off at
// 1024 × 700 or 1360 × 860, every control named.
#include "core/displayformat.h"
#include "core/rpcresult.h"
#include "core/serverconnection.h"
#include "door/doorsounds.h"
#include "door/doorstation.h"
#include "door/doorwindow.h"
#include "door/offlinescanstore.h"
#include "door/scanbanner.h"
#include "support/catalogseed.h"
#include "support/serverfixture.h"
#include "uicheck.h"
#include "widgets/theme.h"

#include <QTranslator>
#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

#include <memory>

#include <csignal>
#include <sys/types.h>

using namespace Qt::StringLiterals;
using mq::client::DoorWindow;
using mq::client::ScanBanner;
using mq::client::ServerConnection;

namespace {
const QString Gala = u"Door Test Gala"_s;
const QString OtherShow = u"Matinee Elsewhere"_s;
const QString LateShow = u"Curtain Already Up"_s;
// The venues' zone: not the test machine's, so a time in the computer's zone would show.
const QString VenueZone = u"Asia/Kathmandu"_s;

struct Bought
{
    QString code;
    QString qr;
};
} // namespace

class TestGuiDoor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void choosesShowAndGateWithTheKeyboard();
    void admitsAndRefuses();
    void undoWithOneKey();
    void manualEntryOfAPrintedCode();
    void countsFollowOtherGates();
    void picksAShowAlreadyStarted();
    void fitsTheScreen_data();
    void fitsTheScreen();
    void keepsAdmittingOffline();
    void slowAnswerIsThisGatesOwnAdmission();
    void undoWaitsForTheUpload();
    void undoLeavesAnotherGatesAdmission();
    void refusedBatchDoesNotBlockTheRest();
    void manualFieldTakesAScanAndGivesBackTheKeyboard();
    void largeBacklogUploadsInSeveralBatches();

private:
    QTranslator m_english;
    QList<Bought> buy(qint64 ticketTypeId, int quantity, qint64 *orderId = nullptr);
    // What a USB scanner does: the code's characters, then Enter, to the focused widget.
    void scan(const QString &code);
    // Waits until the banner shows the answer to the last scan (not the one before).
    bool answered();
    QString banner() const { return m_window->banner()->headline(); }
    // A scan the server is too slow to answer (stopped a moment; it still gets it): judged by the
    // door itself. `clockOffsetMs`: the server's clock when it wakes up.
    void scanWhileTheServerStalls(const QString &code, qint64 clockOffsetMs = 0);
    qint64 serverAdmitted();
    QString venueTime(const QDateTime &utc) const { return mq::client::ScanOutcome::venueTime(utc, VenueZone); }
    QLabel *label(const QString &name) const { return m_window->findChild<QLabel *>(name); }
    void snapshot(const QString &name) const;

    QTemporaryDir m_dir;
    ServerFixture m_fixture{QStringLiteral(MARQUEE_SERVER_BINARY)};
    std::unique_ptr<TestClient> m_customer;
    std::unique_ptr<ServerConnection> m_connection;
    std::unique_ptr<DoorWindow> m_window;
    qint64 m_performance = 0;
    quint64 m_shown = 0;
    qint64 m_stalls = 0;
    qint64 m_balcony = 0;
    qint64 m_otherType = 0;
    QDateTime m_otherStartsAt;
    QString m_otherTimeZone; // the venue's: the door shows the show's time as the venue reads it
    QList<Bought> m_stallsTickets;
    QList<Bought> m_balconyTickets;
    QList<Bought> m_cancelled;
    QList<Bought> m_otherTickets;
    QList<Bought> m_lateTickets;
    QList<Bought> m_spare; // bought at the end, for the last tests
};

void TestGuiDoor::initTestCase()
{
    // English plural forms ("1 order") come from the English translation, as in the application.
    QVERIFY2(m_english.load(u"marquee_en"_s, QStringLiteral(MARQUEE_QM_DIR)), "build the marquee_lrelease target first");
    QCoreApplication::installTranslator(&m_english);
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QSettings().setValue(u"door/gate"_s, u"Side door"_s); // the station's last gate, replaced below
    mq::client::Theme::apply(*qApp);
    QVERIFY2(m_fixture.start({u"--default-time-zone"_s, VenueZone}), qPrintable(m_fixture.errorString()));
    auto manager = m_fixture.loginAs(u"manager"_s);
    QVERIFY(manager);
    const qint64 gala = seed::createEvent(*manager, Gala, u"concert"_s);
    m_performance = seed::createPerformance(*manager, gala, seed::daysFromNow(2, 19), u"Grand Hall"_s);
    QVERIFY(m_performance);
    m_stalls = seed::createTicketType(*manager, m_performance, u"Stalls"_s, 12000, 100);
    m_balcony = seed::createTicketType(*manager, m_performance, u"Balcony"_s, 6000, 100);
    const qint64 other = seed::createEvent(*manager, OtherShow, u"concert"_s);
    const qint64 otherPerformance =
        seed::createPerformance(*manager, other, m_otherStartsAt = seed::daysFromNow(3, 14), u"Small Stage"_s);
    m_otherType = seed::createTicketType(*manager, otherPerformance, u"Standing"_s, 3000, 50);
    const auto otherShown = manager->call(u"catalog.getPerformance"_s, {{u"performanceId"_s, otherPerformance}});
    QVERIFY2(otherShown.ok, qPrintable(otherShown.toString()));
    m_otherTimeZone = otherShown.result[u"performance"_s][u"timeZone"_s].toString();
    QVERIFY(m_stalls && m_balcony && m_otherType);

    m_customer = m_fixture.newCustomer(u"guest_at_door"_s);
    QVERIFY(m_customer);
    m_stallsTickets = buy(m_stalls, 8);
    m_balconyTickets = buy(m_balcony, 4);
    m_otherTickets = buy(m_otherType, 1);
    {
        // A show whose curtain went up an hour ago: made and sold while the server's clock ran
        // two hours behind.
        QVERIFY(m_fixture.setClockOffset(-2 * 3600 * 1000));
        const qint64 late = seed::createEvent(*manager, LateShow, u"concert"_s);
        const qint64 latePerformance = seed::createPerformance(
            *manager, late, QDateTime::currentDateTimeUtc().addSecs(-3600), u"Late Room"_s);
        QVERIFY(latePerformance);
        const qint64 lateType = seed::createTicketType(*manager, latePerformance, u"Standing"_s, 2000, 10);
        QVERIFY(lateType);
        m_lateTickets = buy(lateType, 1);
        QVERIFY(m_fixture.setClockOffset(0));
        QCOMPARE(m_lateTickets.size(), 1);
    }
    qint64 refunded = 0;
    m_cancelled = buy(m_stalls, 1, &refunded);
    QCOMPARE(m_stallsTickets.size(), 8);
    QCOMPARE(m_cancelled.size(), 1);
    const auto cancel = m_customer->call(u"order.cancel"_s, {{u"orderId"_s, refunded}});
    QVERIFY2(cancel.ok, qPrintable(cancel.toString()));
    // Every ticket carries its signed QR payload.
    for (const Bought &b : m_stallsTickets)
        QVERIFY2(b.qr.startsWith(u"MQ2.%1.%2."_s.arg(m_performance).arg(b.code)), qPrintable(b.qr));

    m_connection = std::make_unique<ServerConnection>();
    m_connection->setServer(mq::client::ServerAddress{u"127.0.0.1"_s, m_fixture.port(), false});
    m_connection->open();
    bool answered = false;
    mq::client::RpcResult login;
    m_connection->login(u"clerk"_s, ServerFixture::staffPassword(), m_connection.get(),
                        [&](const mq::client::RpcResult &r) {
                            login = r;
                            answered = true;
                        });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 15000);
    QVERIFY2(login.ok(), qPrintable(login.message()));
}

void TestGuiDoor::cleanupTestCase()
{
    m_window.reset();
    m_connection.reset();
    if (m_fixture.server().isRunning())
        QCOMPARE(m_fixture.server().stop(), 0);
}

QList<Bought> TestGuiDoor::buy(qint64 ticketTypeId, int quantity, qint64 *orderId)
{
    const auto r = m_customer->call(u"order.purchase"_s, {{u"ticketTypeId"_s, ticketTypeId},
                                                          {u"quantity"_s, quantity},
                                                          {u"payment"_s, seed::sandboxPayment()}});
    if (!r.ok) {
        qWarning("purchase failed: %s", qPrintable(r.toString()));
        return {};
    }
    const QJsonObject order = r.result.value(u"order"_s).toObject();
    if (orderId)
        *orderId = order.value(u"id"_s).toInteger();
    QList<Bought> tickets;
    for (const QJsonValue &v : order.value(u"tickets"_s).toArray())
        tickets.append({v[u"code"_s].toString(), v[u"qr"_s].toString()});
    return tickets;
}

void TestGuiDoor::scan(const QString &code)
{
    QWidget *focus = QApplication::focusWidget();
    QVERIFY2(focus == m_window->scanField(),
             qPrintable(u"the keyboard is on "_s + (focus ? focus->objectName() : u"nothing"_s)));
    m_shown = m_window->banner()->sequence();
    QTest::keyClicks(focus, code);
    QTest::keyClick(focus, Qt::Key_Return);
}

void TestGuiDoor::scanWhileTheServerStalls(const QString &code, qint64 clockOffsetMs)
{
    const auto pid = pid_t(m_fixture.server().pid());
    QVERIFY(pid > 0);
    QCOMPARE(::kill(pid, SIGSTOP), 0);
    {
        // Woken up whatever happens, its clock set first.
        const auto wake = qScopeGuard([&] {
            m_window->station()->setScanTimeout(20000);
            m_fixture.setClockOffset(clockOffsetMs);
            ::kill(pid, SIGCONT);
        });
        m_window->station()->setScanTimeout(300);
        scan(code);
        QVERIFY(answered());
    }
    QCOMPARE(banner(), u"Admitted"_s);
    // Judged here: the server's answer came too late.
    QVERIFY(m_window->findChild<QLabel *>(u"scanBannerNoteLabel"_s)->text().startsWith(u"Offline"_s));
}

qint64 TestGuiDoor::serverAdmitted()
{
    auto clerk = m_fixture.loginAs(u"clerk"_s);
    if (!clerk)
        return -1;
    const auto stats = clerk->call(u"checkin.stats"_s, {{u"performanceId"_s, m_performance}});
    return stats.ok ? stats.result.value(u"admitted"_s).toInteger() : -1;
}

bool TestGuiDoor::answered()
{
    return QTest::qWaitFor([this] { return m_window->banner()->sequence() > m_shown; }, 10000);
}

void TestGuiDoor::snapshot(const QString &name) const
{
    mq::uicheck::saveScreenshot(m_window.get(), name);
}

void TestGuiDoor::choosesShowAndGateWithTheKeyboard()
{
    m_window = std::make_unique<DoorWindow>(m_connection.get(), nullptr, m_dir.filePath(u"door.sqlite"_s));
    // A loaded test machine may take seconds to answer; the door would judge by itself after 4.
    m_window->station()->setScanTimeout(20000);
    m_window->resize(1360, 860);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    snapshot(u"door-setup"_s);
    // The search has the keyboard: part of the title, Enter takes the first match.
    auto *search = m_window->findChild<QLineEdit *>(u"searchLineEdit"_s);
    QTRY_COMPARE(QApplication::focusWidget(), search);
    QTest::keyClicks(search, u"door test"_s);
    auto *results = m_window->findChild<QListWidget *>(u"performanceListWidget"_s);
    QTRY_VERIFY_WITH_TIMEOUT(results->count() == 1 && results->item(0)->text().contains(Gala), 10000);
    QTest::keyClick(search, Qt::Key_Return);
    // Then the gate, filled in with this station's last one.
    auto *gate = m_window->findChild<QLineEdit *>(u"gateLineEdit"_s);
    QTRY_COMPARE(QApplication::focusWidget(), gate);
    QCOMPARE(gate->text(), u"Side door"_s);
    QVERIFY(label(u"chosenPerformanceLabel"_s)->text().contains(Gala));
    QTest::keyClicks(gate, u"North"_s); // the old name is selected: typing replaces it
    QTest::keyClick(gate, Qt::Key_Return);
    QTRY_VERIFY(m_window->isScanning());
    QCOMPARE(m_window->station()->gate(), u"North"_s);
    QCOMPARE(m_window->station()->performance().id, m_performance);
    QCOMPARE(QSettings().value(u"door/gate"_s).toString(), u"North"_s);
    QTRY_COMPARE(QApplication::focusWidget(), m_window->scanField());
    QCOMPARE(banner(), u"Ready to scan"_s);
    // The numbers and the kit arrive.
    QTRY_VERIFY_WITH_TIMEOUT(label(u"admittedCountLabel"_s)->text() == u"Admitted 0 of 12"_s, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->station()->hasKit(), 10000);
    QCOMPARE(label(u"connectionPillLabel"_s)->text(), u"Online"_s);
}

void TestGuiDoor::admitsAndRefuses()
{
    ScanBanner *b = m_window->banner();
    const Bought first = m_stallsTickets.at(0);
    scan(first.qr);
    QTRY_COMPARE_WITH_TIMEOUT(banner(), u"Admitted"_s, 10000);
    QCOMPARE(b->tone(), ScanBanner::Tone::Admitted);
    QCOMPARE(b->detail(), u"Stalls"_s);
    QCOMPARE(b->accessibleName(), u"Admitted"_s); // what a screen reader announces
    QCOMPARE(m_window->sounds()->lastPlayed(), u"admitted"_s);
    QTRY_COMPARE_WITH_TIMEOUT(label(u"admittedCountLabel"_s)->text(), u"Admitted 1 of 12"_s, 10000);
    QTRY_VERIFY(label(u"gateCountsLabel"_s)->text().contains(u"North (this gate): 1"_s));
    QCOMPARE(QApplication::focusWidget(), m_window->scanField());
    snapshot(u"door-admitted"_s);

    // The same ticket again: red, with where and when (the venue's clock) it went in.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    scan(first.qr);
    QTRY_VERIFY_WITH_TIMEOUT(banner().startsWith(u"Already admitted at North, "_s), 10000);
    QVERIFY2(banner() == u"Already admitted at North, "_s + venueTime(now) ||
                 banner() == u"Already admitted at North, "_s + venueTime(now.addSecs(-60)),
             qPrintable(banner()));
    QCOMPARE(b->tone(), ScanBanner::Tone::Refused);
    QCOMPARE(m_window->sounds()->lastPlayed(), u"refused"_s);
    snapshot(u"door-already-admitted"_s);

    // Another show's ticket: its title and time, asked from the server.
    scan(m_otherTickets.at(0).qr);
    QTRY_COMPARE_WITH_TIMEOUT(banner(), u"Wrong show"_s, 10000);
    QCOMPARE(b->tone(), ScanBanner::Tone::Refused);
    QTRY_VERIFY_WITH_TIMEOUT(b->detail().contains(OtherShow), 10000);
    QVERIFY2(b->detail().contains(mq::client::DisplayFormat::showTime(m_otherStartsAt, m_otherTimeZone)),
             qPrintable(b->detail()));
    snapshot(u"door-wrong-show"_s);

    scan(m_cancelled.at(0).qr);
    QTRY_COMPARE_WITH_TIMEOUT(banner(), u"Cancelled"_s, 10000);
    QCOMPARE(b->tone(), ScanBanner::Tone::Refused);

    scan(u"ZZZZ-ZZZZ-ZZZZ-ZZZZ"_s);
    QTRY_COMPARE_WITH_TIMEOUT(banner(), u"Unknown ticket"_s, 10000);
    QCOMPARE(b->tone(), ScanBanner::Tone::Refused);

    // A scanner at a few codes a second: each admitted once, the keyboard never lost.
    for (int i = 1; i <= 3; ++i)
        scan(m_stallsTickets.at(i).qr);
    QTRY_COMPARE_WITH_TIMEOUT(label(u"admittedCountLabel"_s)->text(), u"Admitted 4 of 12"_s, 10000);
    QCOMPARE(banner(), u"Admitted"_s);
    QCOMPARE(QApplication::focusWidget(), m_window->scanField());
    QVERIFY(m_window->scanField()->text().isEmpty());
}

void TestGuiDoor::undoWithOneKey()
{
    const Bought ticket = m_balconyTickets.at(0);
    scan(ticket.qr);
    QVERIFY(answered());
    QCOMPARE(banner(), u"Admitted"_s);
    QCOMPARE(m_window->banner()->detail(), u"Balcony"_s);
    QTRY_COMPARE_WITH_TIMEOUT(label(u"admittedCountLabel"_s)->text(), u"Admitted 5 of 12"_s, 10000);
    auto *undoButton = m_window->findChild<QPushButton *>(u"undoScanPushButton"_s);
    QVERIFY(undoButton->isEnabled());
    m_shown = m_window->banner()->sequence();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F9);
    QVERIFY(answered());
    QCOMPARE(banner(), u"Scan undone"_s);
    QTRY_COMPARE_WITH_TIMEOUT(label(u"admittedCountLabel"_s)->text(), u"Admitted 4 of 12"_s, 10000);
    QVERIFY(!undoButton->isEnabled()); // one undo, of the last scan only
    QCOMPARE(QApplication::focusWidget(), m_window->scanField());
    // The ticket can be scanned again; Ctrl+Z undoes too, even in the scan field.
    scan(ticket.qr);
    QVERIFY(answered());
    QCOMPARE(banner(), u"Admitted"_s);
    QTRY_COMPARE_WITH_TIMEOUT(label(u"admittedCountLabel"_s)->text(), u"Admitted 5 of 12"_s, 10000);
    m_shown = m_window->banner()->sequence();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(answered());
    QCOMPARE(banner(), u"Scan undone"_s);
    QTRY_COMPARE_WITH_TIMEOUT(label(u"admittedCountLabel"_s)->text(), u"Admitted 4 of 12"_s, 10000);
    scan(ticket.qr);
    QVERIFY(answered());
    QCOMPARE(banner(), u"Admitted"_s);
    QTRY_COMPARE_WITH_TIMEOUT(label(u"admittedCountLabel"_s)->text(), u"Admitted 5 of 12"_s, 10000);
}

void TestGuiDoor::manualEntryOfAPrintedCode()
{
    // Alt+M, the printed code typed by hand (lower case, no dashes), Enter.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_M, Qt::AltModifier);
    auto *manual = m_window->findChild<QLineEdit *>(u"manualCodeLineEdit"_s);
    QTRY_COMPARE(QApplication::focusWidget(), manual);
    const Bought ticket = m_stallsTickets.at(4);
    m_shown = m_window->banner()->sequence();
    QTest::keyClicks(manual, ticket.code.toLower().remove(u'-'));
    QTest::keyClick(manual, Qt::Key_Return);
    QVERIFY(answered());
    QCOMPARE(banner(), u"Admitted"_s);
    QCOMPARE(m_window->banner()->detail(), u"Stalls"_s);
    QTRY_COMPARE_WITH_TIMEOUT(label(u"admittedCountLabel"_s)->text(), u"Admitted 6 of 12"_s, 10000);
    // The scanner's field has the keyboard back.
    QCOMPARE(QApplication::focusWidget(), m_window->scanField());
    QVERIFY(manual->text().isEmpty());
}

void TestGuiDoor::countsFollowOtherGates()
{
    // Another gate, on another connection, admits two people: the count moves without a scan here.
    auto south = m_fixture.loginAs(u"clerk"_s);
    QVERIFY(south);
    for (int i : {5, 6}) {
        const auto r = south->call(u"checkin.scan"_s, {{u"code"_s, m_stallsTickets.at(i).qr},
                                                      {u"performanceId"_s, m_performance},
                                                      {u"gate"_s, u"South"_s}});
        QVERIFY2(r.ok, qPrintable(r.toString()));
    }
    QTRY_COMPARE_WITH_TIMEOUT(label(u"admittedCountLabel"_s)->text(), u"Admitted 8 of 12"_s, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(label(u"gateCountsLabel"_s)->text().contains(u"South: 2"_s), 10000);
    QVERIFY(label(u"gateCountsLabel"_s)->text().contains(u"North (this gate): 6"_s));
    // And the door refuses what South let in.
    scan(m_stallsTickets.at(5).qr);
    QTRY_COMPARE_WITH_TIMEOUT(banner().section(u',', 0, 0), u"Already admitted at South"_s, 10000);
}

void TestGuiDoor::picksAShowAlreadyStarted()
{
    // The door restarted after the curtain went up: tonight's show can still be chosen.
    m_window->changeShow();
    auto *search = m_window->findChild<QLineEdit *>(u"searchLineEdit"_s);
    QTRY_COMPARE(QApplication::focusWidget(), search);
    QTest::keyClicks(search, u"curtain already"_s);
    auto *results = m_window->findChild<QListWidget *>(u"performanceListWidget"_s);
    QTRY_VERIFY_WITH_TIMEOUT(results->count() == 1 && results->item(0)->text().contains(LateShow), 10000);
    QTest::keyClick(search, Qt::Key_Return);
    auto *gate = m_window->findChild<QLineEdit *>(u"gateLineEdit"_s);
    QTRY_COMPARE(QApplication::focusWidget(), gate);
    QTest::keyClick(gate, Qt::Key_Return);
    QTRY_VERIFY(m_window->isScanning());
    QVERIFY(m_window->station()->performance().startsAt < QDateTime::currentDateTimeUtc());
    QTRY_COMPARE(QApplication::focusWidget(), m_window->scanField());
    scan(m_lateTickets.at(0).qr);
    QTRY_COMPARE_WITH_TIMEOUT(banner(), u"Admitted"_s, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->station()->hasKit(), 10000);

    // Back to the gala.
    m_window->changeShow();
    QTRY_COMPARE(QApplication::focusWidget(), search);
    search->selectAll();
    QTest::keyClicks(search, u"door test"_s);
    QTRY_VERIFY_WITH_TIMEOUT(results->count() == 1 && results->item(0)->text().contains(Gala), 10000);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(QApplication::focusWidget(), gate);
    QTest::keyClick(gate, Qt::Key_Return);
    QTRY_VERIFY(m_window->isScanning());
    QCOMPARE(m_window->station()->performance().id, m_performance);
    QTRY_COMPARE(QApplication::focusWidget(), m_window->scanField());
    QTRY_COMPARE_WITH_TIMEOUT(label(u"admittedCountLabel"_s)->text(), u"Admitted 8 of 12"_s, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->station()->hasKit(), 10000);
}

void TestGuiDoor::fitsTheScreen_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1024x700") << QSize(1024, 700);
    QTest::newRow("1360x860") << QSize(1360, 860);
}

void TestGuiDoor::fitsTheScreen()
{
    QFETCH(QSize, size);
    m_window->resize(size);
    QTRY_COMPARE(m_window->size(), size);
    // The longest answer on the banner.
    scan(m_stallsTickets.at(0).qr);
    QTRY_VERIFY_WITH_TIMEOUT(banner().startsWith(u"Already admitted at North, "_s), 10000);
    QCoreApplication::processEvents();
    QStringList problems;
    problems << mq::uicheck::clippedWidgets(m_window.get()) << mq::uicheck::unnamedInputs(m_window.get())
             << mq::uicheck::duplicateMnemonics(m_window.get());
    snapshot(u"door-"_s + QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestGuiDoor::keepsAdmittingOffline()
{
    QVERIFY(m_window->station()->hasKit());
    const quint16 port = m_fixture.port();
    QCOMPARE(m_fixture.server().stop(), 0);
    auto *offline = label(u"offlineLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(offline->isVisible(), 15000);
    QCOMPARE(label(u"connectionPillLabel"_s)->text(), u"Offline"_s);
    QVERIFY2(offline->text().startsWith(u"Offline — admitting from the downloaded list"_s),
             qPrintable(offline->text()));

    // Signed codes go in by themselves, each recorded for the upload.
    const Bought a = m_stallsTickets.at(7);
    const Bought b = m_balconyTickets.at(1);
    const QDateTime beforeOfflineScans = QDateTime::currentDateTimeUtc();
    QTest::qWait(20);
    scan(a.qr);
    QVERIFY(answered());
    QCOMPARE(banner(), u"Admitted"_s);
    QVERIFY(m_window->findChild<QLabel *>(u"scanBannerNoteLabel"_s)->text().startsWith(u"Offline"_s));
    // The signed code names its ticket type: the door says it as it does online.
    QCOMPARE(m_window->banner()->detail(), u"Stalls"_s);
    scan(b.qr);
    QVERIFY(answered());
    QCOMPARE(banner(), u"Admitted"_s);
    QCOMPARE(m_window->banner()->detail(), u"Balcony"_s);
    QCOMPARE(m_window->station()->pendingUploads(), 2);
    // (Built like the window builds it: the English plural forms come from the translation.)
    QCOMPARE(offline->text(),
             DoorWindow::tr("Offline — admitting from the downloaded list; %n scan(s) waiting to upload", nullptr, 2));
    QCOMPARE(label(u"admittedCountLabel"_s)->text(), u"Admitted 10 of 12"_s);
    snapshot(u"door-offline"_s);

    // What the door cannot let in: its own earlier scan, one admitted online before the loss,
    // a cancelled ticket, a typed code (no signature to check), a forged payload.
    scan(a.qr);
    QVERIFY(answered());
    QVERIFY2(banner().startsWith(u"Already admitted at North, "_s), qPrintable(banner()));
    scan(m_stallsTickets.at(0).qr);
    QVERIFY(answered());
    QVERIFY2(banner().startsWith(u"Already admitted at North, "_s), qPrintable(banner()));
    scan(m_cancelled.at(0).qr);
    QVERIFY(answered());
    QCOMPARE(banner(), u"Cancelled"_s);
    scan(m_balconyTickets.at(2).code);
    QVERIFY(answered());
    QCOMPARE(banner(), u"Scan the QR code"_s);
    QString forged = m_balconyTickets.at(2).qr;
    forged.replace(m_balconyTickets.at(2).code, m_balconyTickets.at(3).code);
    scan(forged);
    QVERIFY(answered());
    QCOMPARE(banner(), u"Unknown ticket"_s);
    QCOMPARE(m_window->station()->pendingUploads(), 2);

    // The door program restarts, still offline: the kit and the waiting scans were on disk.
    const mq::Performance performance = m_window->station()->performance();
    m_window.reset();
    m_window = std::make_unique<DoorWindow>(m_connection.get(), nullptr, m_dir.filePath(u"door.sqlite"_s));
    m_window->station()->setScanTimeout(20000);
    m_window->resize(1360, 860);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // Choosing: no catalog offline, but the shows whose lists are on disk (the late show's too).
    auto *stored = m_window->findChild<QListWidget *>(u"storedShowsListWidget"_s);
    QVERIFY(stored->isVisible());
    QVERIFY(!m_window->findChild<QLineEdit *>(u"searchLineEdit"_s)->isVisible());
    QCOMPARE(stored->count(), 2);
    QVERIFY2(stored->item(0)->text().contains(LateShow), qPrintable(stored->item(0)->text()));
    QVERIFY2(stored->item(1)->text().contains(Gala) &&
                 stored->item(1)->text().contains(mq::client::DisplayFormat::showTime(performance.startsAt, VenueZone)),
             qPrintable(stored->item(1)->text()));
    QTRY_COMPARE(QApplication::focusWidget(), stored);
    QTest::keyClick(stored, Qt::Key_Down);
    QTest::keyClick(stored, Qt::Key_Return);
    auto *gate = m_window->findChild<QLineEdit *>(u"gateLineEdit"_s);
    QTRY_COMPARE(QApplication::focusWidget(), gate);
    QCOMPARE(gate->text(), u"North"_s);
    QTest::keyClick(gate, Qt::Key_Return);
    QTRY_VERIFY(m_window->isScanning());
    QCOMPARE(m_window->station()->performance().id, m_performance);
    QCOMPARE(m_window->station()->performance().timeZone, VenueZone);
    QVERIFY(m_window->station()->hasKit());
    QCOMPARE(m_window->station()->pendingUploads(), 2);
    offline = label(u"offlineLabel"_s);
    QVERIFY(offline->isVisible());
    QCOMPARE(label(u"admittedCountLabel"_s)->text(), u"Admitted 10 of 12"_s);
    QTRY_COMPARE(QApplication::focusWidget(), m_window->scanField());
    scan(a.qr);
    QVERIFY(answered());
    QVERIFY2(banner().startsWith(u"Already admitted at North, "_s), qPrintable(banner()));
    scan(m_cancelled.at(0).qr);
    QVERIFY(answered());
    QCOMPARE(banner(), u"Cancelled"_s);

    // Meanwhile another gate, offline too, had let `b` in earlier and uploads first.
    QVERIFY(m_fixture.server().start(m_fixture.databaseUrl(), {u"--listen"_s, u"127.0.0.1:%1"_s.arg(port),
                                                               u"--default-time-zone"_s, VenueZone}));
    {
        auto south = m_fixture.loginAs(u"clerk"_s);
        QVERIFY(south);
        const QString earlier = seed::wireTime(beforeOfflineScans);
        const auto r = south->call(
            u"checkin.upload"_s,
            {{u"performanceId"_s, m_performance},
             {u"gate"_s, u"South"_s},
             {u"scans"_s, QJsonArray{QJsonObject{{u"nonce"_s, u"south-gate-0001"_s},
                                                 {u"code"_s, b.qr},
                                                 {u"scannedAt"_s, earlier}}}}});
        QVERIFY2(r.ok, qPrintable(r.toString()));
        QCOMPARE(r.result[u"results"_s][0][u"status"_s].toString(), u"admitted"_s);
    }

    // The door reconnects by itself and uploads: one admitted, one conflict, shown to the staff.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->station()->isOnline(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->station()->pendingUploads(), 0, 15000);
    auto *notice = label(u"uploadNoticeLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 10000);
    QVERIFY2(notice->text().contains(u"1 admitted"_s) && notice->text().contains(u"another gate first"_s),
             qPrintable(notice->text()));
    QVERIFY(!offline->isVisible());
    auto *conflicts = m_window->findChild<QListWidget *>(u"conflictsListWidget"_s);
    QTRY_VERIFY_WITH_TIMEOUT(conflicts->count() == 1, 10000);
    const QString conflict = conflicts->item(0)->text();
    QVERIFY2(conflict.contains(b.code) && conflict.contains(u"Admitted at South"_s) &&
                 conflict.contains(u"Also admitted at North"_s),
             qPrintable(conflict));
    // Counted once each: 8 before, a by this gate, b by South.
    QTRY_COMPARE_WITH_TIMEOUT(label(u"admittedCountLabel"_s)->text(), u"Admitted 10 of 12"_s, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(label(u"gateCountsLabel"_s)->text().contains(u"South: 3"_s), 10000);
    snapshot(u"door-back-online"_s);
    auto clerk = m_fixture.loginAs(u"clerk"_s);
    const auto stats = clerk->call(u"checkin.stats"_s, {{u"performanceId"_s, m_performance}});
    QVERIFY2(stats.ok, qPrintable(stats.toString()));
    QCOMPARE(stats.result.value(u"admitted"_s).toInteger(), 10);
    // Online again: the door asks the server, which knows `b` went in at South.
    scan(b.qr);
    QTRY_COMPARE_WITH_TIMEOUT(banner().section(u',', 0, 0), u"Already admitted at South"_s, 10000);
}

void TestGuiDoor::slowAnswerIsThisGatesOwnAdmission()
{
    // Restarted with its test clock (and on the same port: the door reconnects by itself).
    QVERIFY2(m_fixture.restartOnSamePort(), qPrintable(m_fixture.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->station()->isOnline(), 30000);
    m_customer = m_fixture.newCustomer(u"late_guest"_s);
    QVERIFY(m_customer);
    m_spare = buy(m_balcony, 6);
    QCOMPARE(m_spare.size(), 6);
    m_window->station()->setRetryInterval(200);
    m_window->station()->setKitRefreshInterval(3600 * 1000); // the kit as it is, for the tests below
    const qint64 before = serverAdmitted();
    QVERIFY(before > 0);
    // The server admits it, but answers after the door stopped waiting: the door admits it too and
    // uploads its scan, which the server finds already admitted (its clock ten seconds behind,
    // its admission the earlier) — at this very gate.
    const Bought ticket = m_spare.at(0);
    auto *notice = label(u"uploadNoticeLabel"_s);
    notice->hide();
    QSignalSpy conflictsRead(m_window->station(), &mq::client::DoorStation::conflictsChanged);
    scanWhileTheServerStalls(ticket.qr, -10000);
    const auto clock = qScopeGuard([this] { m_fixture.setClockOffset(0); });
    QTRY_COMPARE_WITH_TIMEOUT(m_window->station()->pendingUploads(), 0, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 10000);
    QVERIFY2(!notice->text().contains(u"another gate"_s), qPrintable(notice->text()));
    QVERIFY2(notice->text().contains(u"1 admitted"_s), qPrintable(notice->text()));
    // Once, and not a conflict of this gate with itself.
    QTRY_COMPARE_WITH_TIMEOUT(serverAdmitted(), before + 1, 10000);
    // The list read again after the upload (once emptied at the upload's end, once from the server).
    QTRY_VERIFY_WITH_TIMEOUT(conflictsRead.count() >= 2, 10000);
    for (const auto &c : m_window->station()->conflicts())
        QVERIFY2(c.code != ticket.code, qPrintable(c.code));
    const auto *list = m_window->findChild<QListWidget *>(u"conflictsListWidget"_s);
    for (int i = 0; i < list->count(); ++i)
        QVERIFY2(!list->item(i)->text().contains(ticket.code), qPrintable(list->item(i)->text()));
    // And it can be undone: it is this gate's admission.
    m_shown = m_window->banner()->sequence();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F9);
    QVERIFY(answered());
    QCOMPARE(banner(), u"Scan undone"_s);
    QTRY_COMPARE_WITH_TIMEOUT(serverAdmitted(), before, 10000);
}

void TestGuiDoor::undoWaitsForTheUpload()
{
    QVERIFY(m_spare.size() == 6);
    const qint64 before = serverAdmitted();
    m_window->station()->setRetryInterval(600000); // no upload by itself
    const Bought ticket = m_spare.at(1);
    scanWhileTheServerStalls(ticket.qr);
    QCOMPARE(m_window->station()->pendingUploads(), 1);
    // The upload is under way when the undo key is pressed: the undo waits for its answer.
    m_window->station()->uploadPending();
    m_shown = m_window->banner()->sequence();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F9);
    QVERIFY(answered());
    QCOMPARE(banner(), u"Scan undone"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->station()->pendingUploads(), 0, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(serverAdmitted(), before, 10000);
    // The server took it back: the ticket goes in again.
    scan(ticket.qr);
    QVERIFY(answered());
    QCOMPARE(banner(), u"Admitted"_s);
    QTRY_COMPARE_WITH_TIMEOUT(serverAdmitted(), before + 1, 10000);
    m_window->station()->setRetryInterval(200);
}

void TestGuiDoor::undoLeavesAnotherGatesAdmission()
{
    QVERIFY(m_spare.size() == 6);
    // South lets the ticket in; this door, its answer too slow, admits it by itself and uploads.
    const Bought ticket = m_spare.at(2);
    {
        auto south = m_fixture.loginAs(u"clerk"_s);
        QVERIFY(south);
        const auto r = south->call(u"checkin.scan"_s, {{u"code"_s, ticket.qr},
                                                      {u"performanceId"_s, m_performance},
                                                      {u"gate"_s, u"South"_s}});
        QVERIFY2(r.ok, qPrintable(r.toString()));
    }
    QTest::qWait(1100); // South's admission clearly the earlier
    const qint64 before = serverAdmitted();
    scanWhileTheServerStalls(ticket.qr);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->station()->pendingUploads(), 0, 15000);
    // Undo must not take back South's admission.
    m_shown = m_window->banner()->sequence();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F9);
    QVERIFY(answered());
    QCOMPARE(banner(), u"Not undone"_s);
    QVERIFY2(m_window->banner()->detail().contains(u"South"_s), qPrintable(m_window->banner()->detail()));
    QTest::qWait(300);
    QCOMPARE(serverAdmitted(), before);
    scan(ticket.qr);
    QTRY_COMPARE_WITH_TIMEOUT(banner().section(u',', 0, 0), u"Already admitted at South"_s, 10000);
}

void TestGuiDoor::refusedBatchDoesNotBlockTheRest()
{
    QVERIFY(m_spare.size() == 6);
    // A scan kept for a performance the server no longer has comes first in the store; this
    // gate's own scan of the gala after it must still get through.
    const Bought ticket = m_spare.at(3);
    {
        mq::client::OfflineScanStore store(m_dir.filePath(u"door.sqlite"_s));
        QVERIFY(store.isOpen());
        QVERIFY(!store.record(999999, u"North"_s, u"MQ1.999999.GONE-0000-0000-0001.x"_s,
                              u"GONE-0000-0000-0001"_s, QDateTime::currentDateTimeUtc())
                     .nonce.isEmpty());
        QVERIFY(!store.record(m_performance, u"North"_s, ticket.qr, ticket.code, QDateTime::currentDateTimeUtc())
                     .nonce.isEmpty());
    }
    const qint64 before = serverAdmitted();
    m_window->station()->uploadPending();
    QTRY_COMPARE_WITH_TIMEOUT(serverAdmitted(), before + 1, 15000);
    mq::client::OfflineScanStore store(m_dir.filePath(u"door.sqlite"_s));
    QTRY_COMPARE_WITH_TIMEOUT(store.pendingCount(0), 0, 10000);
    // The refused one is kept, with the server's reason.
    const auto refused = store.notAccepted(999999);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.at(0).status, u"rejected"_s);
    QVERIFY(!refused.at(0).message.isEmpty());
}

void TestGuiDoor::manualFieldTakesAScanAndGivesBackTheKeyboard()
{
    QVERIFY(m_spare.size() == 6);
    // The scanner types into the manual field by mistake: the whole signed payload gets through.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_M, Qt::AltModifier);
    auto *manual = m_window->findChild<QLineEdit *>(u"manualCodeLineEdit"_s);
    QTRY_COMPARE(QApplication::focusWidget(), manual);
    const Bought ticket = m_spare.at(4);
    QVERIFY(ticket.qr.size() > 64);
    m_shown = m_window->banner()->sequence();
    QTest::keyClicks(manual, ticket.qr);
    QTest::keyClick(manual, Qt::Key_Return);
    QVERIFY(answered());
    QCOMPARE(banner(), u"Admitted"_s);
    QCOMPARE(QApplication::focusWidget(), m_window->scanField());
    // Chosen and left empty, the manual field gives the keyboard back to the scanner.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_M, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), manual);
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), m_window->scanField(), 15000);
}

void TestGuiDoor::largeBacklogUploadsInSeveralBatches()
{
    // A gate offline through a whole doors-open: 620 admissions wait, more than one upload takes
    // (500). They go up batch after batch by themselves, each counted once, and the window says so.
    constexpr int Backlog = 620;
    auto manager = m_fixture.loginAs(u"manager"_s);
    QVERIFY(manager);
    const qint64 crowd = seed::createTicketType(*manager, m_performance, u"Crowd"_s, 1000, Backlog);
    QVERIFY(crowd);
    QList<Bought> tickets;
    while (tickets.size() < Backlog)
        tickets += buy(crowd, 20);
    QCOMPARE(tickets.size(), Backlog);
    {
        mq::client::OfflineScanStore store(m_dir.filePath(u"door.sqlite"_s));
        QVERIFY(store.isOpen());
        const QDateTime at = QDateTime::currentDateTimeUtc();
        for (const Bought &t : std::as_const(tickets))
            QVERIFY(!store.record(m_performance, u"North"_s, t.qr, t.code, at).nonce.isEmpty());
        QCOMPARE(store.pendingCount(m_performance), Backlog);
    }
    const qint64 before = serverAdmitted();
    QSignalSpy finished(m_window->station(), &mq::client::DoorStation::uploadFinished);
    // No retry timer to lean on: the second batch must follow the first by itself.
    m_window->station()->setRetryInterval(600000);
    m_window->station()->uploadPending();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    QCOMPARE(finished.first().at(0).toInt(), Backlog);
    QCOMPARE(serverAdmitted(), before + Backlog);
    mq::client::OfflineScanStore store(m_dir.filePath(u"door.sqlite"_s));
    QCOMPARE(store.pendingCount(0), 0);
    QCOMPARE(m_window->station()->pendingUploads(), 0);
    m_window->station()->setRetryInterval(200);
    // Uploaded again (an answer lost on the way): the nonces make it count nobody twice.
    const auto again = m_fixture.loginAs(u"clerk"_s);
    QVERIFY(again);
    QJsonArray scans;
    for (const Bought &t : tickets.mid(0, 3))
        scans.append(QJsonObject{{u"nonce"_s, u"other-gate-%1"_s.arg(t.code)}, {u"code"_s, t.qr},
                                 {u"scannedAt"_s, seed::wireTime(QDateTime::currentDateTimeUtc())}});
    const auto r = again->call(u"checkin.upload"_s, {{u"performanceId"_s, m_performance},
                                                     {u"gate"_s, u"South"_s}, {u"scans"_s, scans}});
    QVERIFY2(r.ok, qPrintable(r.toString()));
    for (const QJsonValue &v : r.result.value(u"results"_s).toArray())
        QCOMPARE(v.toObject().value(u"status"_s).toString(), u"conflict"_s);
    QCOMPARE(serverAdmitted(), before + Backlog);
}

QTEST_MAIN(TestGuiDoor)
#include "tst_gui_door.moc"
