#include "core/serverconnection.h"
#include "kiosk/kioskwindow.h"
#include "shared/methods.h"
#include "support/catalogseed.h"
#include "support/serverfixture.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace mq;
using namespace mq::client;

class TestGuiKiosk : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void buyOnTheKiosk();
    void idleSignsOutAndReturnsToStart();

private:
    void signIn(KioskWindow &kiosk);
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
    std::unique_ptr<TestClient> m_manager;
    qint64 m_performanceId = 0;
};

void TestGuiKiosk::initTestCase()
{
    // Settings of this run only: nothing left from another run or from a real user.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    Theme::apply(*qApp);
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    m_manager = m_fixture.loginAs(u"manager"_s);
    QVERIFY(m_manager);
    const qint64 eventId = seed::createEvent(*m_manager, u"Dunhuang Murals"_s, u"exhibition"_s);
    m_performanceId = seed::createPerformance(*m_manager, eventId, seed::daysFromNow(2), u"East Wing"_s);
    QVERIFY(seed::createTicketType(*m_manager, m_performanceId, u"Adult"_s, 5000, 30) > 0);
}

void TestGuiKiosk::signIn(KioskWindow &kiosk)
{
    QCOMPARE(kiosk.page(), KioskWindow::StartPage);
    QTest::keyClicks(child<QLineEdit>(&kiosk, u"usernameLineEdit"_s), u"customer"_s);
    auto *password = child<QLineEdit>(&kiosk, u"passwordLineEdit"_s);
    QTest::keyClicks(password, ServerFixture::staffPassword());
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.page(), KioskWindow::BrowsePage, 15000);
}

void TestGuiKiosk::buyOnTheKiosk()
{
    ServerConnection connection;
    connection.setServer(ServerAddress{u"127.0.0.1"_s, m_fixture.port(), false});
    connection.open();
    KioskWindow kiosk(&connection, 600);
    kiosk.show();
    // No way out: no menus, no window decorations, and no "remember me" or server field.
    QVERIFY(kiosk.windowFlags() & Qt::FramelessWindowHint);
    QVERIFY(kiosk.menuBar()->actions().isEmpty());
    QVERIFY(!kiosk.findChild<QWidget *>(u"rememberCheckBox"_s));
    QVERIFY(!kiosk.findChild<QWidget *>(u"serverLineEdit"_s));
    kiosk.close(); // Alt+F4 and the like are refused
    QVERIFY(kiosk.isVisible());
    signIn(kiosk);

    QTest::mouseClick(child<QPushButton>(&kiosk, u"category_exhibitionPushButton"_s), Qt::LeftButton);
    auto *events = child<QListWidget>(&kiosk, u"kioskEventListWidget"_s);
    QTRY_VERIFY_WITH_TIMEOUT(events->count() == 1 && events->item(0)->text().startsWith(u"Dunhuang"_s), 10000);
    QTest::mouseClick(events->viewport(), Qt::LeftButton, {}, events->visualItemRect(events->item(0)).center());
    QTRY_COMPARE(kiosk.page(), KioskWindow::EventPage);
    auto *types = child<QListWidget>(&kiosk, u"kioskTicketTypeListWidget"_s);
    QTRY_COMPARE_WITH_TIMEOUT(types->count(), 1, 10000);
    QTRY_VERIFY(child<QPushButton>(&kiosk, u"kioskChoosePushButton"_s)->isEnabled());
    QTest::mouseClick(child<QPushButton>(&kiosk, u"kioskChoosePushButton"_s), Qt::LeftButton);
    QCOMPARE(kiosk.page(), KioskWindow::QuantityPage);
    QTest::mouseClick(child<QPushButton>(&kiosk, u"kioskPlusPushButton"_s), Qt::LeftButton);
    QCOMPARE(child<QLabel>(&kiosk, u"kioskQuantityLabel"_s)->text(), u"2"_s);
    QVERIFY(child<QLabel>(&kiosk, u"kioskTotalLabel"_s)->text().contains(u"¥100.00"_s));
    QTest::mouseClick(child<QPushButton>(&kiosk, u"kioskToPaymentPushButton"_s), Qt::LeftButton);
    QCOMPARE(kiosk.page(), KioskWindow::PayPage);
    QTest::keyClicks(child<QLineEdit>(&kiosk, u"cardHolderLineEdit"_s), u"Kiosk Guest"_s);
    QTest::keyClicks(child<QLineEdit>(&kiosk, u"cardNumberLineEdit"_s), u"4242424242424242"_s);
    QTest::keyClicks(child<QLineEdit>(&kiosk, u"cardExpiryLineEdit"_s), u"1139"_s);
    QTest::keyClicks(child<QLineEdit>(&kiosk, u"cardCvcLineEdit"_s), u"321"_s);
    QTest::mouseClick(child<QPushButton>(&kiosk, u"kioskPayPushButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.page(), KioskWindow::DonePage, 15000);
    QVERIFY(child<QLabel>(&kiosk, u"kioskOrderCodeLabel"_s)->text().startsWith(u"MQ-"_s));
    // Printing never opens a dialog: it prints, or says what to do without a printer.
    QTest::mouseClick(child<QPushButton>(&kiosk, u"kioskPrintPushButton"_s), Qt::LeftButton);
    QVERIFY(!child<QLabel>(&kiosk, u"kioskPrintStatusLabel"_s)->text().isEmpty());
    QVERIFY(!QApplication::activeModalWidget());
    const auto performance = m_manager->call(methodName(Method::CatalogGetPerformance), {{u"performanceId"_s, m_performanceId}});
    QCOMPARE(performance.result.value(u"performance"_s).toObject().value(u"ticketTypes"_s).toArray().first()
                 .toObject().value(u"sold"_s).toInt(), 2);
    QTest::mouseClick(child<QPushButton>(&kiosk, u"kioskFinishPushButton"_s), Qt::LeftButton);
    QCOMPARE(kiosk.page(), KioskWindow::StartPage);
    QTRY_VERIFY(!connection.isAuthenticated());
}

void TestGuiKiosk::idleSignsOutAndReturnsToStart()
{
    ServerConnection connection;
    connection.setServer(ServerAddress{u"127.0.0.1"_s, m_fixture.port(), false});
    connection.open();
    KioskWindow kiosk(&connection, 1);
    kiosk.show();
    signIn(kiosk);
    QVERIFY(connection.isAuthenticated());
    // Nobody touches it for a second: signed out, back at the start, nothing typed left behind.
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.page(), KioskWindow::StartPage, 5000);
    QTRY_VERIFY(!connection.isAuthenticated());
    QVERIFY(child<QLineEdit>(&kiosk, u"passwordLineEdit"_s)->text().isEmpty());
    QVERIFY(child<QLineEdit>(&kiosk, u"usernameLineEdit"_s)->text().isEmpty());
}

QTEST_MAIN(TestGuiKiosk)
#include "tst_gui_kiosk.moc"
