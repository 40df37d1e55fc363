// The sale rush's waiting room as a customer sees it, through the real buy dialog against a real
// server that serves one buyer of a ticket type at a time and pays slowly
// (--max-buyers-per-type 1 --payment-latency-ms 1500): three other buyers are ahead, so the
// dialog says "You are number 3 in the queue" with an estimated wait, large and read out whole
// by a screen reader, then goes on by itself to the order when its turn comes. Nothing cut off
// or unnamed while it waits, at 1360 × 860 and 1024 × 700. The kiosk the same way, and its idle
// reset leaves a waiting purchase alone; the box office shows the sale's place in its payment
// panel and status bar.
#include "boxoffice/boxofficewindow.h"
#include "core/displayformat.h"
#include "core/serverconnection.h"
#include "customer/buydialog.h"
#include "kiosk/kioskwindow.h"
#include "shared/methods.h"
#include "support/catalogseed.h"
#include "support/serverfixture.h"
#include "uicheck.h"
#include "widgets/theme.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QStatusBar>
#include <QTableView>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace mq;
using namespace mq::client;

class TestGuiWaitingRoom : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void dialogShowsThePlaceThenTheOrder_data();
    void dialogShowsThePlaceThenTheOrder();
    void kioskShowsThePlaceThenTheOrder();
    void boxOfficeShowsThePlaceThenTheSale();

private:
    qint64 soldOf(qint64 ticketTypeId);
    static void fillCard(QWidget *dialog);
    // `count` customers buying one ticket each at once, in this order, each in line before the next.
    std::vector<std::unique_ptr<TestClient>> newBuyers(int count);
    void buyOneEach(const std::vector<std::unique_ptr<TestClient>> &buyers, qint64 typeId);

    QTemporaryDir m_settingsDir;
    ServerFixture m_fixture{QStringLiteral(MARQUEE_SERVER_BINARY)};
    std::unique_ptr<TestClient> m_manager;
    std::unique_ptr<TestClient> m_watcher; // subscribed to the performance
    Event m_event;
    Performance m_performance;
    int m_round = 0;
};

void TestGuiWaitingRoom::initTestCase()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    Theme::apply(*qApp);
    QVERIFY2(m_fixture.start({u"--max-buyers-per-type"_s, u"1"_s, u"--payment-latency-ms"_s, u"1500"_s}),
             qPrintable(m_fixture.errorString()));
    m_manager = m_fixture.loginAs(u"manager"_s);
    QVERIFY(m_manager);
    m_event.id = seed::createEvent(*m_manager, u"Midnight Premiere"_s, u"movie"_s);
    m_event.title = u"Midnight Premiere"_s;
    m_event.category = u"movie"_s;
    const qint64 performanceId = seed::createPerformance(*m_manager, m_event.id, seed::daysFromNow(3));
    QVERIFY(seed::createTicketType(*m_manager, performanceId, u"Opening night"_s, 1800, 100) > 0);
    const auto got = m_manager->call(methodName(Method::CatalogGetPerformance), {{u"performanceId"_s, performanceId}});
    QVERIFY(got.ok);
    m_performance = Performance::fromJson(got.result.value(u"performance"_s).toObject());
    QCOMPARE(m_performance.ticketTypes.size(), 1);
    m_watcher = m_fixture.loginAs(u"manager"_s);
    QVERIFY(m_watcher);
    QVERIFY(m_watcher->call(methodName(Method::CatalogSubscribe), {{u"performanceId"_s, m_performance.id}}).ok);
}

qint64 TestGuiWaitingRoom::soldOf(qint64 ticketTypeId)
{
    const auto got = m_manager->call(methodName(Method::CatalogGetPerformance),
                                     {{u"performanceId"_s, m_performance.id}});
    for (const QJsonValue &t : got.result.value(u"performance"_s).toObject().value(u"ticketTypes"_s).toArray()) {
        if (t.toObject().value(u"id"_s).toInteger() == ticketTypeId)
            return t.toObject().value(u"sold"_s).toInteger();
    }
    return -1;
}

void TestGuiWaitingRoom::fillCard(QWidget *dialog)
{
    for (auto [name, text] : {std::pair{u"cardHolderLineEdit"_s, u"Zoe Li"_s},
                              std::pair{u"cardNumberLineEdit"_s, u"4242 4242 4242 4242"_s},
                              std::pair{u"cardExpiryLineEdit"_s, u"12/39"_s}, std::pair{u"cardCvcLineEdit"_s, u"123"_s}}) {
        auto *edit = dialog->findChild<QLineEdit *>(name);
        QVERIFY2(edit, qPrintable(name));
        edit->clear();
        QTest::keyClicks(edit, text);
    }
}

std::vector<std::unique_ptr<TestClient>> TestGuiWaitingRoom::newBuyers(int count)
{
    std::vector<std::unique_ptr<TestClient>> buyers;
    ++m_round;
    for (int i = 0; i < count; ++i) {
        if (auto buyer = m_fixture.newCustomer(u"rush%1x%2"_s.arg(m_round).arg(i)))
            buyers.push_back(std::move(buyer));
    }
    return buyers;
}

void TestGuiWaitingRoom::buyOneEach(const std::vector<std::unique_ptr<TestClient>> &buyers, qint64 typeId)
{
    // The first is being served (its tickets held) before the next arrives: the watcher sees it.
    while (!m_watcher->readMessage(50).isEmpty()) {
    } // what earlier rounds said
    const auto held = [&] {
        QJsonObject push;
        while (m_watcher->waitForPush(QString::fromLatin1(InventoryChangedPush), &push, 5000)) {
            for (const QJsonValue &t : push.value(u"ticketTypes"_s).toArray()) {
                if (t.toObject().value(u"id"_s).toInteger() == typeId && t.toObject().value(u"held"_s).toInteger() > 0)
                    return true;
            }
        }
        return false;
    };
    for (size_t i = 0; i < buyers.size(); ++i) {
        buyers[i]->send(methodName(Method::OrderPurchase),
                        {{u"ticketTypeId"_s, typeId},
                         {u"quantity"_s, 1},
                         {u"requestId"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                         {u"payment"_s, QJsonObject{{u"provider"_s, u"sandbox"_s}, {u"token"_s, u"tok_ok"_s}}}});
        if (i == 0) {
            QVERIFY(held());
        } else { // in line, in arrival order
            QJsonObject position;
            QVERIFY(buyers[i]->waitForPush(QString::fromLatin1(QueuePositionPush), &position, 5000));
            QCOMPARE(position.value(u"position"_s).toInt(), int(i));
        }
    }
}

void TestGuiWaitingRoom::kioskShowsThePlaceThenTheOrder()
{
    const qint64 typeId = m_performance.ticketTypes.first().id;
    const qint64 soldBefore = soldOf(typeId);
    const auto others = newBuyers(3);
    QCOMPARE(int(others.size()), 3);

    // A guest at a kiosk that starts over after 3 s without a touch: the wait is longer.
    ServerConnection connection;
    connection.setServer(ServerAddress{u"127.0.0.1"_s, m_fixture.port(), false});
    connection.open();
    KioskWindow kiosk(&connection, 3);
    kiosk.resize(1024, 700);
    kiosk.show();
    QVERIFY(QTest::qWaitForWindowExposed(&kiosk));
    QTest::mouseClick(kiosk.findChild<QPushButton *>(u"kioskGuestPushButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.page(), KioskWindow::BrowsePage, 15000);
    QTest::mouseClick(kiosk.findChild<QPushButton *>(u"category_moviePushButton"_s), Qt::LeftButton);
    auto *events = kiosk.findChild<QListWidget *>(u"kioskEventListWidget"_s);
    QTRY_VERIFY_WITH_TIMEOUT(events->count() == 1 && events->item(0)->text().startsWith(m_event.title), 10000);
    QTest::mouseClick(events->viewport(), Qt::LeftButton, {}, events->visualItemRect(events->item(0)).center());
    QTRY_COMPARE(kiosk.page(), KioskWindow::EventPage);
    auto *choose = kiosk.findChild<QPushButton *>(u"kioskChoosePushButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(choose->isEnabled(), 10000);
    QTest::mouseClick(choose, Qt::LeftButton);
    QCOMPARE(kiosk.page(), KioskWindow::QuantityPage);
    QTest::mouseClick(kiosk.findChild<QPushButton *>(u"kioskToPaymentPushButton"_s), Qt::LeftButton);
    QCOMPARE(kiosk.page(), KioskWindow::PayPage);
    QTest::keyClicks(kiosk.findChild<QLineEdit *>(u"cardHolderLineEdit"_s), u"Kiosk Guest"_s);
    QTest::keyClicks(kiosk.findChild<QLineEdit *>(u"cardNumberLineEdit"_s), u"4242424242424242"_s);
    QTest::keyClicks(kiosk.findChild<QLineEdit *>(u"cardExpiryLineEdit"_s), u"1139"_s);
    QTest::keyClicks(kiosk.findChild<QLineEdit *>(u"cardCvcLineEdit"_s), u"321"_s);

    buyOneEach(others, typeId);
    if (QTest::currentTestFailed())
        return;
    QTest::mouseClick(kiosk.findChild<QPushButton *>(u"kioskPayPushButton"_s), Qt::LeftButton);
    auto *place = kiosk.findChild<QLabel *>(u"queuePositionLabel"_s);
    QVERIFY(place);
    QTRY_VERIFY2_WITH_TIMEOUT(place->isVisible(), qPrintable(u"page %1"_s.arg(kiosk.page())), 5000);
    QCOMPARE(place->text(), u"You are number 3 in the queue"_s);
    QVERIFY(!kiosk.findChild<QPushButton *>(u"kioskPayBackPushButton"_s)->isEnabled());
    for (const QString &p : uicheck::clippedWidgets(&kiosk))
        QFAIL(qPrintable(p));
    uicheck::saveScreenshot(&kiosk, u"waitingroom-kiosk"_s);

    // Longer than the idle time without a touch, and it is still this guest's purchase.
    QTRY_VERIFY_WITH_TIMEOUT(kiosk.page() == KioskWindow::DonePage, 15000);
    QVERIFY(kiosk.findChild<QLabel *>(u"kioskOrderCodeLabel"_s)->text().startsWith(u"MQ-"_s));
    QVERIFY(!place->isVisible());
    QCOMPARE(soldOf(typeId), soldBefore + 4);
}

void TestGuiWaitingRoom::boxOfficeShowsThePlaceThenTheSale()
{
    const qint64 typeId = m_performance.ticketTypes.first().id;
    const qint64 soldBefore = soldOf(typeId);
    const auto others = newBuyers(3);
    QCOMPARE(int(others.size()), 3);

    ServerConnection connection;
    connection.setServer(ServerAddress{u"127.0.0.1"_s, m_fixture.port(), false});
    connection.open();
    std::optional<RpcResult> login;
    connection.login(u"clerk"_s, ServerFixture::staffPassword(), &connection, [&](const RpcResult &r) { login = r; });
    QTRY_VERIFY_WITH_TIMEOUT(login.has_value(), 10000);
    QVERIFY(login->ok());
    BoxOfficeWindow window(&connection);
    window.findChild<QCheckBox *>(u"printTicketsCheckBox"_s)->setChecked(false);
    window.resize(1024, 700);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *search = window.findChild<QLineEdit *>(u"searchLineEdit"_s);
    auto *table = window.findChild<QTableView *>(u"ticketTypeTableView"_s);
    QTest::keyClicks(search, u"midnight"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() == 1 && table->hasFocus(), 10000);
    QTest::keyClick(table, Qt::Key_1);
    QTest::keyClick(table, Qt::Key_Return);
    auto *quantity = window.findChild<QSpinBox *>(u"quantitySpinBox"_s);
    QTRY_VERIFY(quantity->hasFocus());
    QTest::keyClick(quantity, Qt::Key_Return);
    auto *given = window.findChild<QLineEdit *>(u"cashGivenLineEdit"_s);
    QTRY_VERIFY(given->hasFocus());
    QTest::keyClicks(given, u"20"_s);

    buyOneEach(others, typeId);
    if (QTest::currentTestFailed())
        return;
    QTest::keyClick(given, Qt::Key_Return);
    auto *place = window.findChild<QLabel *>(u"queuePositionLabel"_s);
    QVERIFY(place);
    QTRY_VERIFY_WITH_TIMEOUT(place->isVisible(), 5000);
    QCOMPARE(place->text(), u"You are number 3 in the queue"_s);
    QVERIFY(window.statusBar()->currentMessage().startsWith(place->text()));
    for (const QString &p : uicheck::clippedWidgets(&window))
        QFAIL(qPrintable(p));
    uicheck::saveScreenshot(&window, u"waitingroom-boxoffice"_s);

    auto *code = window.findChild<QLabel *>(u"orderCodeLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(code->isVisible() && code->text().startsWith(u"MQ-"_s), 15000);
    QVERIFY(!place->isVisible());
    QCOMPARE(soldOf(typeId), soldBefore + 4);
}

void TestGuiWaitingRoom::dialogShowsThePlaceThenTheOrder_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1360x860") << QSize(1360, 860);
    QTest::newRow("1024x700") << QSize(1024, 700);
}

void TestGuiWaitingRoom::dialogShowsThePlaceThenTheOrder()
{
    QFETCH(QSize, size);
    const qint64 typeId = m_performance.ticketTypes.first().id;
    const qint64 soldBefore = soldOf(typeId);
    ++m_round;

    // Our customer, signed in at home.
    const QString name = u"zoe%1"_s.arg(m_round);
    QVERIFY(m_fixture.newCustomer(name));
    ServerConnection connection;
    connection.setServer(ServerAddress{u"127.0.0.1"_s, m_fixture.port(), false});
    connection.open();
    std::optional<RpcResult> login;
    connection.login(name, ServerFixture::staffPassword(), &connection, [&](const RpcResult &r) { login = r; });
    QTRY_VERIFY_WITH_TIMEOUT(login.has_value(), 10000);
    QVERIFY(login->ok());

    QWidget parent;
    parent.resize(size);
    parent.show();
    BuyDialog dialog(&connection, m_event, m_performance, typeId, &parent);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.quantityBox(typeId)->value(), 1);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"continuePushButton"_s), Qt::LeftButton);
    fillCard(&dialog);

    // Three buyers ahead: one being served (paying for 1.5 s), two waiting in line.
    const auto others = newBuyers(3);
    QCOMPARE(int(others.size()), 3);
    buyOneEach(others, typeId);
    if (QTest::currentTestFailed())
        return;

    QTest::mouseClick(dialog.findChild<QPushButton *>(u"payPushButton"_s), Qt::LeftButton);
    auto *place = dialog.findChild<QLabel *>(u"queuePositionLabel"_s);
    auto *wait = dialog.findChild<QLabel *>(u"queueWaitLabel"_s);
    QVERIFY(place && wait);
    QTRY_VERIFY_WITH_TIMEOUT(place->isVisible(), 5000);
    QCOMPARE(place->text(), u"You are number 3 in the queue"_s);
    QAccessibleInterface *spoken = QAccessible::queryAccessibleInterface(place);
    QVERIFY(spoken);
    // Before anyone was served the server cannot guess the wait, and no guess is shown.
    if (!wait->isVisible())
        QCOMPARE(spoken->text(QAccessible::Name), place->text());
    // Once the line moves, the place with the wait; a screen reader hears both as one sentence.
    QTRY_VERIFY_WITH_TIMEOUT(wait->isVisible(), 10000);
    QVERIFY2(wait->text().startsWith(u"Estimated wait: "_s), qPrintable(wait->text()));
    QVERIFY(place->text().startsWith(u"You are "_s) && place->text().endsWith(u" in the queue"_s));
    QCOMPARE(spoken->text(QAccessible::Name), place->text() + u". "_s + wait->text());
    // Still paying: nothing to press, no way away from the money; the button says why.
    QVERIFY(!dialog.findChild<QPushButton *>(u"payPushButton"_s)->isEnabled());
    QCOMPARE(dialog.findChild<QPushButton *>(u"payPushButton"_s)->text(), u"Waiting for your turn…"_s);
    QVERIFY(!dialog.findChild<QPushButton *>(u"backPushButton"_s)->isEnabled());
    uicheck::saveScreenshot(&dialog, u"waitingroom-dialog-%1x%2"_s.arg(size.width()).arg(size.height()));
    for (const QString &p : uicheck::clippedWidgets(&dialog))
        QFAIL(qPrintable(p));
    for (const QString &p : uicheck::unnamedInputs(&dialog))
        QFAIL(qPrintable(p));

    // It moves up as the buyers ahead are served...
    QTRY_COMPARE_WITH_TIMEOUT(place->text(), u"You are next in the queue"_s, 10000);
    // ...and goes on to the order by itself.
    auto *code = dialog.findChild<QLabel *>(u"orderCodeLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(code->text().startsWith(u"MQ-"_s), 15000);
    QVERIFY(!place->isVisible());
    QVERIFY(dialog.order());
    QCOMPARE(dialog.order()->tickets.size(), 1);
    QCOMPARE(soldOf(typeId), soldBefore + 4);
}

QTEST_MAIN(TestGuiWaitingRoom)
#include "tst_gui_waitingroom.moc"
