#include "core/serverconnection.h"
#include "customer/buydialog.h"
#include "customer/customerwindow.h"
#include "shared/methods.h"
#include "support/catalogseed.h"
#include "support/serverfixture.h"
#include "widgets/signinform.h"
#include "widgets/theme.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QSettings>
#include <QTemporaryDir>
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

private:
    qint64 sold();
    template<typename T>
    T *child(QWidget *root, const QString &name)
    {
        T *w = root->findChild<T *>(name);
        if (!w)
            qWarning() << "no widget" << name;
        return w;
    }
    void fillCard(BuyDialog *dialog, const QString &number);

    QTemporaryDir m_settingsDir;
    ServerFixture m_fixture{QStringLiteral(MARQUEE_SERVER_BINARY)};
    std::unique_ptr<ServerConnection> m_connection;
    std::unique_ptr<CustomerWindow> m_window;
    std::unique_ptr<TestClient> m_manager;
    qint64 m_performanceId = 0;
    qint64 m_ticketTypeId = 0;
};

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
    m_connection = std::make_unique<ServerConnection>();
    m_connection->setServer(ServerAddress{u"127.0.0.1"_s, m_fixture.port(), false});
    m_connection->open();
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

void TestGuiCustomer::fillCard(BuyDialog *dialog, const QString &number)
{
    for (auto [name, text] : {std::pair{u"cardHolderLineEdit"_s, u"Zoe Li"_s}, std::pair{u"cardNumberLineEdit"_s, number},
                              std::pair{u"cardExpiryLineEdit"_s, u"12/39"_s}, std::pair{u"cardCvcLineEdit"_s, u"123"_s}}) {
        auto *edit = child<QLineEdit>(dialog, name);
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
    QTest::mouseClick(change, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(old->property("error").toBool(), 15000);
    old->clear();
    QTest::keyClicks(old, u"harbour-lights"_s);
    QTest::mouseClick(change, Qt::LeftButton);
    auto *result = child<QLabel>(m_window.get(), u"passwordResultLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"changed"_s), 15000);
    QVERIFY(m_connection->isAuthenticated());
    QVERIFY(m_fixture.loginAs(u"zoe.li"_s, u"harbour-lights-2"_s));
}

QTEST_MAIN(TestGuiCustomer)
#include "tst_gui_customer.moc"
