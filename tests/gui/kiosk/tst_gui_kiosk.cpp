// The kiosk against a real server: signed-in and guest checkout, mixed baskets, what the pages
// show (prices, the performance's date and time, one QR code per ticket), the idle reset, and
// every page at 1024 × 700 and 1360 × 860.
#include "core/displayformat.h"
#include "core/serverconnection.h"
#include "kiosk/kioskwindow.h"
#include "printing/qrcode.h"
#include "shared/methods.h"
#include "support/catalogseed.h"
#include "support/serverfixture.h"
#include "uicheck.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QJsonArray>
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
    void guestCheckout();
    void guestIdlesOut();
    void mixedBasketSoldOutNamesTheLine();
    void oneKindSoldOutGoesBackToQuantities();
    void eventPageShowsPrices();
    void quantityPageShowsDateAndTime();
    void fitsTheScreen_data();
    void fitsTheScreen();
    void idleSignsOutAndReturnsToStart();

private:
    struct Kiosk
    {
        ServerConnection connection;
        std::unique_ptr<KioskWindow> window;
    };
    std::unique_ptr<Kiosk> openKiosk(QSize size = {1360, 860}, int idleSeconds = 600);
    void signIn(KioskWindow &kiosk, const QString &username = u"customer"_s);
    void startAsGuest(Kiosk &kiosk);
    // Browse → event page of the event with that title.
    void openEvent(KioskWindow &kiosk, const QString &category, const QString &title);
    // Enter in the card form pays like the Pay button.
    void payByCard(KioskWindow &kiosk, bool pressEnter = false);
    QJsonObject orderByCode(const QString &code);
    qint64 sold(qint64 performanceId, qint64 ticketTypeId);
    void snapshot(QWidget *widget, const QString &name);
    // Visible dialogs and message boxes, besides the kiosk: there should never be any.
    static QStringList openDialogs();
    // The QR code's modules read back from its picture, compared with what `text` encodes.
    static bool showsQrOf(const QPixmap &pixmap, const QString &text);

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
    QDateTime m_startsAt;
    qint64 m_adultId = 0;
    qint64 m_childId = 0;
    // "Night Trains": two performances at different prices, one type sold out.
    qint64 m_trainEarly = 0;
    qint64 m_trainLate = 0;
    QDateTime m_trainLateStarts;
    // "Puppet Show": a child type with two tickets, for the sold-out basket.
    qint64 m_puppetPerformance = 0;
    qint64 m_puppetAdult = 0;
    qint64 m_puppetChild = 0;
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
    m_startsAt = seed::daysFromNow(2);
    m_performanceId = seed::createPerformance(*m_manager, eventId, m_startsAt, u"East Wing"_s);
    m_adultId = seed::createTicketType(*m_manager, m_performanceId, u"Adult"_s, 5000, 60);
    m_childId = seed::createTicketType(*m_manager, m_performanceId, u"Child"_s, 2500, 60);
    QVERIFY(m_adultId > 0 && m_childId > 0);

    const qint64 trains = seed::createEvent(*m_manager, u"Night Trains"_s, u"train"_s);
    const qint64 early = seed::createPerformance(*m_manager, trains, seed::daysFromNow(3), u"Platform 1"_s);
    m_trainLateStarts = seed::daysFromNow(4, 5);
    const qint64 late = seed::createPerformance(*m_manager, trains, m_trainLateStarts, u"Platform 2"_s);
    m_trainEarly = seed::createTicketType(*m_manager, early, u"Seat"_s, 114000, 10);
    m_trainLate = seed::createTicketType(*m_manager, late, u"Sleeper"_s, 250000, 10);
    QVERIFY(seed::createTicketType(*m_manager, late, u"Seat"_s, 120000, 0) > 0); // sold out from the start
    QVERIFY(m_trainEarly > 0 && m_trainLate > 0);

    const qint64 puppets = seed::createEvent(*m_manager, u"Puppet Show"_s, u"other"_s);
    m_puppetPerformance = seed::createPerformance(*m_manager, puppets, seed::daysFromNow(5), u"Small Stage"_s);
    m_puppetAdult = seed::createTicketType(*m_manager, m_puppetPerformance, u"Adult"_s, 3000, 30);
    m_puppetChild = seed::createTicketType(*m_manager, m_puppetPerformance, u"Child"_s, 1500, 2);
    QVERIFY(m_puppetAdult > 0 && m_puppetChild > 0);
}

std::unique_ptr<TestGuiKiosk::Kiosk> TestGuiKiosk::openKiosk(QSize size, int idleSeconds)
{
    auto kiosk = std::make_unique<Kiosk>();
    kiosk->connection.setServer(ServerAddress{u"127.0.0.1"_s, m_fixture.port(), false});
    kiosk->connection.open();
    kiosk->window = std::make_unique<KioskWindow>(&kiosk->connection, idleSeconds);
    kiosk->window->resize(size);
    kiosk->window->show();
    if (!QTest::qWaitForWindowExposed(kiosk->window.get()))
        qWarning() << "kiosk not exposed";
    return kiosk;
}

void TestGuiKiosk::signIn(KioskWindow &kiosk, const QString &username)
{
    QCOMPARE(kiosk.page(), KioskWindow::StartPage);
    QTest::keyClicks(child<QLineEdit>(&kiosk, u"usernameLineEdit"_s), username);
    auto *password = child<QLineEdit>(&kiosk, u"passwordLineEdit"_s);
    QTest::keyClicks(password, ServerFixture::staffPassword());
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.page(), KioskWindow::BrowsePage, 15000);
}

void TestGuiKiosk::startAsGuest(Kiosk &kiosk)
{
    KioskWindow &window = *kiosk.window;
    QCOMPARE(window.page(), KioskWindow::StartPage);
    QTest::mouseClick(child<QPushButton>(&window, u"kioskGuestPushButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(window.page(), KioskWindow::BrowsePage, 15000);
    QVERIFY(kiosk.connection.isAuthenticated());
    QVERIFY2(kiosk.connection.user()->username.startsWith(u"guest-"_s), qPrintable(kiosk.connection.user()->username));
    QCOMPARE(child<QPushButton>(&window, u"kioskSignOutPushButton"_s)->text(), KioskWindow::tr("Start over"));
}

void TestGuiKiosk::openEvent(KioskWindow &kiosk, const QString &category, const QString &title)
{
    QTest::mouseClick(child<QPushButton>(&kiosk, u"category_"_s + category + u"PushButton"_s), Qt::LeftButton);
    auto *events = child<QListWidget>(&kiosk, u"kioskEventListWidget"_s);
    QListWidgetItem *found = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            found = nullptr;
            for (int i = 0; i < events->count(); ++i) {
                if (events->item(i)->text().startsWith(title))
                    found = events->item(i);
            }
            return found != nullptr;
        }(),
        10000);
    events->scrollToItem(found);
    QTest::mouseClick(events->viewport(), Qt::LeftButton, {}, events->visualItemRect(found).center());
    QTRY_COMPARE(kiosk.page(), KioskWindow::EventPage);
    QTRY_VERIFY_WITH_TIMEOUT(child<QListWidget>(&kiosk, u"kioskTicketTypeListWidget"_s)->count() > 0, 10000);
}

void TestGuiKiosk::payByCard(KioskWindow &kiosk, bool pressEnter)
{
    QCOMPARE(kiosk.page(), KioskWindow::PayPage);
    QTest::keyClicks(child<QLineEdit>(&kiosk, u"cardHolderLineEdit"_s), u"Kiosk Guest"_s);
    QTest::keyClicks(child<QLineEdit>(&kiosk, u"cardNumberLineEdit"_s), u"4242424242424242"_s);
    QTest::keyClicks(child<QLineEdit>(&kiosk, u"cardExpiryLineEdit"_s), u"1139"_s);
    QTest::keyClicks(child<QLineEdit>(&kiosk, u"cardCvcLineEdit"_s), u"321"_s);
    if (pressEnter)
        QTest::keyClick(child<QLineEdit>(&kiosk, u"cardCvcLineEdit"_s), Qt::Key_Return);
    else
        QTest::mouseClick(child<QPushButton>(&kiosk, u"kioskPayPushButton"_s), Qt::LeftButton);
}

QJsonObject TestGuiKiosk::orderByCode(const QString &code)
{
    const auto r = m_manager->call(methodName(Method::OrderGet), {{u"code"_s, code}});
    if (!r.ok)
        qWarning() << "order.get" << code << r.toString();
    return r.result.value(u"order"_s).toObject();
}

qint64 TestGuiKiosk::sold(qint64 performanceId, qint64 ticketTypeId)
{
    const auto r = m_manager->call(methodName(Method::CatalogGetPerformance), {{u"performanceId"_s, performanceId}});
    const QJsonArray types = r.result.value(u"performance"_s).toObject().value(u"ticketTypes"_s).toArray();
    for (const QJsonValue &t : types) {
        if (t.toObject().value(u"id"_s).toInteger() == ticketTypeId)
            return t.toObject().value(u"sold"_s).toInteger();
    }
    return -1;
}

void TestGuiKiosk::snapshot(QWidget *widget, const QString &name)
{
    uicheck::saveScreenshot(widget, name);
}

QStringList TestGuiKiosk::openDialogs()
{
    QStringList open;
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows) {
        if (w->isVisible() && qobject_cast<QDialog *>(w))
            open << uicheck::describe(w);
    }
    if (QApplication::activeModalWidget())
        open << uicheck::describe(QApplication::activeModalWidget());
    return open;
}

bool TestGuiKiosk::showsQrOf(const QPixmap &pixmap, const QString &text)
{
    const QrCode::Matrix expected = QrCode::encode(text);
    if (expected.isNull() || pixmap.isNull())
        return false;
    const QImage image = pixmap.toImage();
    // A square of size + 8 modules (the quiet zone is 4 on each side).
    const int modules = expected.size + 8;
    if (image.width() != image.height() || image.width() % modules != 0)
        return false;
    const int unit = image.width() / modules;
    for (int y = 0; y < modules; ++y) {
        for (int x = 0; x < modules; ++x) {
            const bool inside = x >= 4 && y >= 4 && x < 4 + expected.size && y < 4 + expected.size;
            const bool dark = inside && expected.isDark(x - 4, y - 4);
            const QColor seen = image.pixelColor(x * unit + unit / 2, y * unit + unit / 2);
            if ((qGray(seen.rgb()) < 128) != dark)
                return false;
        }
    }
    return true;
}

void TestGuiKiosk::buyOnTheKiosk()
{
    auto kiosk = openKiosk();
    KioskWindow &window = *kiosk->window;
    // No way out: no menus, no window decorations, and no "remember me" or server field.
    QVERIFY(window.windowFlags() & Qt::FramelessWindowHint);
    QVERIFY(window.menuBar()->actions().isEmpty());
    QVERIFY(!window.findChild<QWidget *>(u"rememberCheckBox"_s));
    QVERIFY(!window.findChild<QWidget *>(u"serverLineEdit"_s));
    window.close(); // Alt+F4 and the like are refused
    QVERIFY(window.isVisible());
    signIn(window);
    QCOMPARE(child<QPushButton>(&window, u"kioskSignOutPushButton"_s)->text(), KioskWindow::tr("Sign out"));

    openEvent(window, u"exhibition"_s, u"Dunhuang"_s);
    const qint64 adultsBefore = sold(m_performanceId, m_adultId);
    QTRY_VERIFY(child<QPushButton>(&window, u"kioskChoosePushButton"_s)->isEnabled());
    QTest::mouseClick(child<QPushButton>(&window, u"kioskChoosePushButton"_s), Qt::LeftButton);
    QCOMPARE(window.page(), KioskWindow::QuantityPage);
    const QString adult = QString::number(m_adultId);
    QCOMPARE(child<QLabel>(&window, u"kioskQuantityLabel_"_s + adult)->text(), u"1"_s);
    QTest::mouseClick(child<QPushButton>(&window, u"kioskPlusPushButton_"_s + adult), Qt::LeftButton);
    QCOMPARE(child<QLabel>(&window, u"kioskQuantityLabel_"_s + adult)->text(), u"2"_s);
    QCOMPARE(child<QLabel>(&window, u"kioskTotalLabel"_s)->text(),
             KioskWindow::tr("Total %1").arg(DisplayFormat::money(10000)));
    QTest::mouseClick(child<QPushButton>(&window, u"kioskToPaymentPushButton"_s), Qt::LeftButton);
    payByCard(window, true);
    QTRY_COMPARE_WITH_TIMEOUT(window.page(), KioskWindow::DonePage, 15000);
    const QString code = child<QLabel>(&window, u"kioskOrderCodeLabel"_s)->text();
    QVERIFY(code.startsWith(u"MQ-"_s));
    // Printing never opens a dialog: it prints, or says what to do without a printer.
    QTest::mouseClick(child<QPushButton>(&window, u"kioskPrintPushButton"_s), Qt::LeftButton);
    QVERIFY(!child<QLabel>(&window, u"kioskPrintStatusLabel"_s)->text().isEmpty());
    QVERIFY2(openDialogs().isEmpty(), qPrintable(openDialogs().join(u", "_s)));
    QCOMPARE(sold(m_performanceId, m_adultId), adultsBefore + 2);
    QCOMPARE(orderByCode(code).value(u"userId"_s).toInteger(), kiosk->connection.user()->id);
    QCOMPARE(child<QPushButton>(&window, u"kioskFinishPushButton"_s)->text(), KioskWindow::tr("Finish and sign out"));
    QTest::mouseClick(child<QPushButton>(&window, u"kioskFinishPushButton"_s), Qt::LeftButton);
    QCOMPARE(window.page(), KioskWindow::StartPage);
    QTRY_VERIFY(!kiosk->connection.isAuthenticated());
}

void TestGuiKiosk::guestCheckout()
{
    auto kiosk = openKiosk();
    KioskWindow &window = *kiosk->window;
    // Beside signing in, as large: buying without an account.
    auto *guest = child<QPushButton>(&window, u"kioskGuestPushButton"_s);
    QVERIFY(guest->isVisible());
    QVERIFY(guest->height() >= 64);
    startAsGuest(*kiosk);
    const qint64 guestId = kiosk->connection.user()->id;
    const QString token = kiosk->connection.token();
    QVERIFY(!token.isEmpty());

    openEvent(window, u"exhibition"_s, u"Dunhuang"_s);
    const qint64 adultsBefore = sold(m_performanceId, m_adultId);
    const qint64 childrenBefore = sold(m_performanceId, m_childId);
    QTRY_VERIFY(child<QPushButton>(&window, u"kioskChoosePushButton"_s)->isEnabled());
    QTest::mouseClick(child<QPushButton>(&window, u"kioskChoosePushButton"_s), Qt::LeftButton);
    QCOMPARE(window.page(), KioskWindow::QuantityPage);
    // 2 Adult + 1 Child.
    QTest::mouseClick(child<QPushButton>(&window, u"kioskPlusPushButton_"_s + QString::number(m_adultId)), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(&window, u"kioskPlusPushButton_"_s + QString::number(m_childId)), Qt::LeftButton);
    QCOMPARE(child<QLabel>(&window, u"kioskBasketLabel"_s)->text(), u"2 Adult + 1 Child"_s);
    QCOMPARE(child<QLabel>(&window, u"kioskTotalLabel"_s)->text(),
             KioskWindow::tr("Total %1").arg(DisplayFormat::money(12500)));
    QTest::mouseClick(child<QPushButton>(&window, u"kioskToPaymentPushButton"_s), Qt::LeftButton);
    QVERIFY(child<QLabel>(&window, u"kioskPayTotalLabel"_s)->text().contains(u"2 Adult + 1 Child"_s));
    payByCard(window);
    QTRY_COMPARE_WITH_TIMEOUT(window.page(), KioskWindow::DonePage, 15000);

    // On the server: one order of the guest, both lines, three tickets.
    const QString code = child<QLabel>(&window, u"kioskOrderCodeLabel"_s)->text();
    const QJsonObject order = orderByCode(code);
    QCOMPARE(order.value(u"userId"_s).toInteger(), guestId);
    QCOMPARE(order.value(u"totalCents"_s).toInteger(), 12500);
    QCOMPARE(order.value(u"items"_s).toArray().size(), 2);
    QCOMPARE(sold(m_performanceId, m_adultId), adultsBefore + 2);
    QCOMPARE(sold(m_performanceId, m_childId), childrenBefore + 1);
    QStringList ticketCodes;
    for (const QJsonValue &t : order.value(u"tickets"_s).toArray())
        ticketCodes << t.toObject().value(u"code"_s).toString();
    QCOMPARE(ticketCodes.size(), 3);

    // The code, large, and what to do with it; one QR code per ticket, each its ticket's code.
    const QString hint = child<QLabel>(&window, u"kioskOrderCodeHintLabel"_s)->text();
    QVERIFY2(hint.contains(code) && hint.contains(u"box office"_s), qPrintable(hint));
    QVERIFY(!hint.contains(u"My tickets"_s)); // a guest has no account to find them in
    const QList<QLabel *> qrs = window.findChildren<QLabel *>(u"kioskTicketQrLabel"_s);
    QCOMPARE(qrs.size(), 3);
    QStringList shown;
    for (QLabel *qr : qrs) {
        const QString ticketCode = qr->property("ticketCode").toString();
        // The signed payload a door checks even offline: MQ2.<performance>.<code>.<type>.<seat>.<signature>.
        const QString payload = qr->property("qrText").toString();
        QVERIFY2(payload.startsWith(u"MQ2."_s) && payload.section(u'.', 2, 2) == ticketCode, qPrintable(payload));
        QVERIFY2(showsQrOf(qr->pixmap(), payload), qPrintable(payload));
        QVERIFY(qr->isVisibleTo(&window));
        shown << ticketCode;
    }
    shown.sort();
    ticketCodes.sort();
    QCOMPARE(shown, ticketCodes);
    const QList<QLabel *> captions = window.findChildren<QLabel *>(u"kioskTicketCaptionLabel"_s);
    QCOMPARE(captions.size(), 3);
    for (QLabel *caption : captions)
        QVERIFY(ticketCodes.contains(caption->text().section(u'\n', -1)));

    // Printed straight away or "no printer"; never a dialog.
    QTest::mouseClick(child<QPushButton>(&window, u"kioskPrintPushButton"_s), Qt::LeftButton);
    QVERIFY(!child<QLabel>(&window, u"kioskPrintStatusLabel"_s)->text().isEmpty());
    QVERIFY2(openDialogs().isEmpty(), qPrintable(openDialogs().join(u", "_s)));

    // Done: the guest's session ends and nothing of the order stays on the screen.
    QCOMPARE(child<QPushButton>(&window, u"kioskFinishPushButton"_s)->text(), KioskWindow::tr("Finish"));
    QTest::mouseClick(child<QPushButton>(&window, u"kioskFinishPushButton"_s), Qt::LeftButton);
    QCOMPARE(window.page(), KioskWindow::StartPage);
    QTRY_VERIFY(!kiosk->connection.isAuthenticated());
    QVERIFY(window.findChildren<QLabel *>(u"kioskTicketQrLabel"_s).isEmpty());
    QVERIFY(child<QLabel>(&window, u"kioskOrderCodeLabel"_s)->text().isEmpty());
    auto probe = m_fixture.connect();
    QVERIFY(probe);
    QTRY_VERIFY_WITH_TIMEOUT(!probe->call(u"auth.resume"_s, {{u"token"_s, token}}).ok, 5000);
    // The order stays, found at the box office by its code.
    QCOMPARE(orderByCode(code.toLower()).value(u"userId"_s).toInteger(), guestId);
    // The next guest is somebody else.
    startAsGuest(*kiosk);
    QVERIFY(kiosk->connection.user()->id != guestId);
}

void TestGuiKiosk::guestIdlesOut()
{
    auto kiosk = openKiosk({1360, 860}, 1);
    startAsGuest(*kiosk);
    const QString token = kiosk->connection.token();
    QTRY_COMPARE_WITH_TIMEOUT(kiosk->window->page(), KioskWindow::StartPage, 5000);
    QTRY_VERIFY(!kiosk->connection.isAuthenticated());
    auto probe = m_fixture.connect();
    QVERIFY(probe);
    QTRY_VERIFY_WITH_TIMEOUT(!probe->call(u"auth.resume"_s, {{u"token"_s, token}}).ok, 5000);
}

void TestGuiKiosk::mixedBasketSoldOutNamesTheLine()
{
    auto kiosk = openKiosk();
    KioskWindow &window = *kiosk->window;
    signIn(window);
    openEvent(window, u"other"_s, u"Puppet Show"_s);
    QTRY_VERIFY(child<QPushButton>(&window, u"kioskChoosePushButton"_s)->isEnabled());
    QTest::mouseClick(child<QPushButton>(&window, u"kioskChoosePushButton"_s), Qt::LeftButton);
    QCOMPARE(window.page(), KioskWindow::QuantityPage);
    const QString child_ = QString::number(m_puppetChild);
    auto *plusChild = child<QPushButton>(&window, u"kioskPlusPushButton_"_s + child_);
    QTest::mouseClick(plusChild, Qt::LeftButton);
    QTest::mouseClick(plusChild, Qt::LeftButton);
    QCOMPARE(child<QLabel>(&window, u"kioskQuantityLabel_"_s + child_)->text(), u"2"_s);
    QVERIFY(!plusChild->isEnabled()); // only two exist
    QCOMPARE(child<QLabel>(&window, u"kioskBasketLabel"_s)->text(), u"1 Adult + 2 Child"_s);
    QTest::mouseClick(child<QPushButton>(&window, u"kioskToPaymentPushButton"_s), Qt::LeftButton);

    // Someone else buys a child's ticket meanwhile: the basket is refused as a whole, naming it.
    auto other = m_fixture.loginAs(u"clerk"_s);
    QVERIFY(other);
    QVERIFY(other->call(methodName(Method::OrderPurchase),
                        {{u"ticketTypeId"_s, m_puppetChild}, {u"quantity"_s, 1}, {u"payment"_s, seed::cashPayment()}})
                .ok);
    payByCard(window);
    QTRY_COMPARE_WITH_TIMEOUT(window.page(), KioskWindow::QuantityPage, 15000);
    const QString error = child<QLabel>(&window, u"kioskQuantityErrorLabel"_s)->text();
    QVERIFY2(error.startsWith(KioskWindow::tr("Only %n %1 ticket(s) left.", nullptr, 1).arg(u"Child"_s)),
             qPrintable(error));
    QCOMPARE(sold(m_puppetPerformance, m_puppetAdult), 0); // all or nothing
    QCOMPARE(sold(m_puppetPerformance, m_puppetChild), 1);
    QVERIFY(openDialogs().isEmpty());

    // One child fewer, and it goes through as one order.
    QTest::mouseClick(child<QPushButton>(&window, u"kioskMinusPushButton_"_s + child_), Qt::LeftButton);
    QVERIFY(child<QLabel>(&window, u"kioskQuantityErrorLabel"_s)->text().isEmpty());
    QCOMPARE(child<QLabel>(&window, u"kioskBasketLabel"_s)->text(), u"1 Adult + 1 Child"_s);
    QTest::mouseClick(child<QPushButton>(&window, u"kioskToPaymentPushButton"_s), Qt::LeftButton);
    payByCard(window);
    QTRY_COMPARE_WITH_TIMEOUT(window.page(), KioskWindow::DonePage, 15000);
    const QJsonObject order = orderByCode(child<QLabel>(&window, u"kioskOrderCodeLabel"_s)->text());
    QCOMPARE(order.value(u"items"_s).toArray().size(), 2);
    QCOMPARE(order.value(u"totalCents"_s).toInteger(), 4500);
    QCOMPARE(window.findChildren<QLabel *>(u"kioskTicketQrLabel"_s).size(), 2);
    QCOMPARE(sold(m_puppetPerformance, m_puppetChild), 2);
    window.reset();
}

void TestGuiKiosk::oneKindSoldOutGoesBackToQuantities()
{
    // One kind of ticket is sent as the classic purchase (it waits its turn in a sale rush like
    // any other); refused, it still goes back to the quantities and names the kind.
    const qint64 ferry = seed::createEvent(*m_manager, u"Harbour Ferry"_s, u"other"_s);
    const qint64 performance = seed::createPerformance(*m_manager, ferry, seed::daysFromNow(6), u"Pier 3"_s);
    const qint64 deck = seed::createTicketType(*m_manager, performance, u"Deck"_s, 800, 2);
    QVERIFY(deck > 0);
    auto kiosk = openKiosk();
    KioskWindow &window = *kiosk->window;
    signIn(window);
    openEvent(window, u"other"_s, u"Harbour Ferry"_s);
    QTRY_VERIFY(child<QPushButton>(&window, u"kioskChoosePushButton"_s)->isEnabled());
    QTest::mouseClick(child<QPushButton>(&window, u"kioskChoosePushButton"_s), Qt::LeftButton);
    QCOMPARE(window.page(), KioskWindow::QuantityPage);
    QTest::mouseClick(child<QPushButton>(&window, u"kioskPlusPushButton_"_s + QString::number(deck)), Qt::LeftButton);
    QCOMPARE(child<QLabel>(&window, u"kioskBasketLabel"_s)->text(), u"2 Deck"_s);
    QTest::mouseClick(child<QPushButton>(&window, u"kioskToPaymentPushButton"_s), Qt::LeftButton);
    auto other = m_fixture.loginAs(u"clerk"_s);
    QVERIFY(other);
    QVERIFY(other->call(methodName(Method::OrderPurchase),
                        {{u"ticketTypeId"_s, deck}, {u"quantity"_s, 1}, {u"payment"_s, seed::cashPayment()}})
                .ok);
    payByCard(window);
    QTRY_COMPARE_WITH_TIMEOUT(window.page(), KioskWindow::QuantityPage, 15000);
    const QString error = child<QLabel>(&window, u"kioskQuantityErrorLabel"_s)->text();
    QVERIFY2(error.startsWith(KioskWindow::tr("Only %n %1 ticket(s) left.", nullptr, 1).arg(u"Deck"_s)),
             qPrintable(error));
    QCOMPARE(sold(performance, deck), 1);
    window.reset();
}

void TestGuiKiosk::eventPageShowsPrices()
{
    auto kiosk = openKiosk();
    KioskWindow &window = *kiosk->window;
    startAsGuest(*kiosk);
    // In the list of events already: the lowest price.
    QTest::mouseClick(child<QPushButton>(&window, u"category_trainPushButton"_s), Qt::LeftButton);
    auto *events = child<QListWidget>(&window, u"kioskEventListWidget"_s);
    QTRY_VERIFY_WITH_TIMEOUT(events->count() == 1 && events->item(0)->text().startsWith(u"Night Trains"_s), 10000);
    QVERIFY2(events->item(0)->text().contains(KioskWindow::tr("from %1").arg(DisplayFormat::money(114000))),
             qPrintable(events->item(0)->text()));
    openEvent(window, u"train"_s, u"Night Trains"_s);
    // Each performance with its price ("from" when its types differ), each type with its own.
    auto *performances = child<QListWidget>(&window, u"kioskPerformanceListWidget"_s);
    QCOMPARE(performances->count(), 2);
    QVERIFY2(performances->item(0)->text().endsWith(DisplayFormat::money(114000)), qPrintable(performances->item(0)->text()));
    QVERIFY2(performances->item(1)->text().contains(KioskWindow::tr("from %1").arg(DisplayFormat::money(120000))),
             qPrintable(performances->item(1)->text()));
    QVERIFY(performances->item(1)->text().startsWith(DisplayFormat::dateTime(m_trainLateStarts)));
    auto *types = child<QListWidget>(&window, u"kioskTicketTypeListWidget"_s);
    QTRY_VERIFY(types->count() == 1 && types->item(0)->text().startsWith(u"Seat — "_s + DisplayFormat::money(114000)));
    performances->setCurrentRow(1);
    QTRY_COMPARE_WITH_TIMEOUT(types->count(), 2, 10000);
    QVERIFY(types->item(0)->text().startsWith(u"Sleeper — "_s + DisplayFormat::money(250000)));
    QVERIFY(types->item(1)->text().startsWith(u"Seat — "_s + DisplayFormat::money(120000)));
    QVERIFY(types->item(1)->text().endsWith(KioskWindow::tr("Sold out")));
    QVERIFY(!(types->item(1)->flags() & Qt::ItemIsEnabled));
    window.reset();
}

void TestGuiKiosk::quantityPageShowsDateAndTime()
{
    auto kiosk = openKiosk();
    KioskWindow &window = *kiosk->window;
    startAsGuest(*kiosk);
    openEvent(window, u"train"_s, u"Night Trains"_s);
    child<QListWidget>(&window, u"kioskPerformanceListWidget"_s)->setCurrentRow(1);
    auto *types = child<QListWidget>(&window, u"kioskTicketTypeListWidget"_s);
    QTRY_COMPARE_WITH_TIMEOUT(types->count(), 2, 10000);
    QTRY_VERIFY(child<QPushButton>(&window, u"kioskChoosePushButton"_s)->isEnabled());
    QTest::mouseClick(child<QPushButton>(&window, u"kioskChoosePushButton"_s), Qt::LeftButton);
    QCOMPARE(window.page(), KioskWindow::QuantityPage);
    // The later of the two performances, its date and time and where: what is being bought.
    auto *when = child<QLabel>(&window, u"kioskQuantityWhenLabel"_s);
    QVERIFY(when->isVisible());
    QCOMPARE(when->text(), DisplayFormat::dateTime(m_trainLateStarts) + u"  ·  Platform 2"_s);
    QCOMPARE(child<QLabel>(&window, u"kioskQuantityTitleLabel"_s)->text(), u"Night Trains"_s);
    QCOMPARE(child<QLabel>(&window, u"kioskQuantityLabel_"_s + QString::number(m_trainLate))->text(), u"1"_s);
    window.reset();
}

void TestGuiKiosk::fitsTheScreen_data()
{
    QTest::addColumn<QSize>("screen");
    QTest::newRow("1024x700") << QSize(1024, 700);
    QTest::newRow("1360x860") << QSize(1360, 860);
}

void TestGuiKiosk::fitsTheScreen()
{
    QFETCH(QSize, screen);
    auto kiosk = openKiosk(screen);
    KioskWindow &window = *kiosk->window;
    const QString size = QString::number(screen.width());
    const auto check = [&](const QString &what) {
        QCoreApplication::processEvents();
        QCOMPARE(window.size(), screen);
        const QStringList clipped = uicheck::clippedWidgets(&window);
        QVERIFY2(clipped.isEmpty(), qPrintable(what + u": "_s + clipped.join(u"\n"_s)));
        const QStringList unnamed = uicheck::unnamedInputs(&window);
        QVERIFY2(unnamed.isEmpty(), qPrintable(what + u": "_s + unnamed.join(u"\n"_s)));
        const QStringList mnemonics = uicheck::duplicateMnemonics(&window);
        QVERIFY2(mnemonics.isEmpty(), qPrintable(what + u": "_s + mnemonics.join(u"\n"_s)));
        snapshot(&window, u"kiosk-%1-%2"_s.arg(what, size));
    };
    check(u"start"_s);
    startAsGuest(*kiosk);
    auto *events = child<QListWidget>(&window, u"kioskEventListWidget"_s);
    QTRY_VERIFY_WITH_TIMEOUT(events->count() >= 3, 10000);
    check(u"browse"_s);
    openEvent(window, u"exhibition"_s, u"Dunhuang"_s);
    QTRY_VERIFY(child<QPushButton>(&window, u"kioskChoosePushButton"_s)->isEnabled());
    check(u"event"_s);
    QTest::mouseClick(child<QPushButton>(&window, u"kioskChoosePushButton"_s), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(&window, u"kioskPlusPushButton_"_s + QString::number(m_childId)), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(&window, u"kioskPlusPushButton_"_s + QString::number(m_childId)), Qt::LeftButton);
    check(u"quantity"_s);
    QTest::mouseClick(child<QPushButton>(&window, u"kioskToPaymentPushButton"_s), Qt::LeftButton);
    check(u"pay"_s);
    payByCard(window);
    QTRY_COMPARE_WITH_TIMEOUT(window.page(), KioskWindow::DonePage, 15000);
    QTest::mouseClick(child<QPushButton>(&window, u"kioskPrintPushButton"_s), Qt::LeftButton);
    check(u"done"_s);
    // All three QR codes in view without scrolling, on either screen.
    for (QLabel *qr : window.findChildren<QLabel *>(u"kioskTicketQrLabel"_s)) {
        const QRect inWindow(qr->mapTo(&window, QPoint()), qr->size());
        auto *area = child<QWidget>(&window, u"kioskTicketsScrollArea"_s);
        QVERIFY(QRect(area->mapTo(&window, QPoint()), area->size()).contains(inWindow));
    }
    window.reset();
}

void TestGuiKiosk::idleSignsOutAndReturnsToStart()
{
    auto kiosk = openKiosk({1360, 860}, 1);
    KioskWindow &window = *kiosk->window;
    signIn(window);
    QVERIFY(kiosk->connection.isAuthenticated());
    // Nobody touches it for a second: signed out, back at the start, nothing typed left behind.
    QTRY_COMPARE_WITH_TIMEOUT(window.page(), KioskWindow::StartPage, 5000);
    QTRY_VERIFY(!kiosk->connection.isAuthenticated());
    QVERIFY(child<QLineEdit>(&window, u"passwordLineEdit"_s)->text().isEmpty());
    QVERIFY(child<QLineEdit>(&window, u"usernameLineEdit"_s)->text().isEmpty());
}

QTEST_MAIN(TestGuiKiosk)
#include "tst_gui_kiosk.moc"
