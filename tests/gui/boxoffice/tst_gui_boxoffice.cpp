// The box office window as a clerk uses it, offscreen, against a real server: find a show by
// typing, pick tickets with the keyboard, take cash and give change, then find the order by its
// code and refund it. What the window claims is checked on the server.
#include "boxoffice/boxofficewindow.h"
#include "core/displayformat.h"
#include "core/rpcresult.h"
#include "core/serverconnection.h"
#include "models/tickettypemodel.h"
#include "support/catalogseed.h"
#include "support/rpcassert.h"
#include "support/serverfixture.h"
#include "uicheck.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;
using mq::client::BoxOfficeWindow;
using mq::client::DisplayFormat;
using mq::client::ServerConnection;

namespace {
const QString ShowTitle = u"Moonlight Sonata Gala"_s;
const QString OtherTitle = u"Harbour Lights Festival"_s;
} // namespace

class TestGuiBoxOffice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void startsInTheSearchField();
    void cashSaleWithChangeThenRefund();
    void shortCashIsRefused();
    void declinedCardSellsNothing();
    void unknownOrderCodeIsExplained();

private:
    template<typename T>
    T *child(const QString &name) const
    {
        return m_window ? m_window->findChild<T *>(name) : nullptr;
    }
    // Types the query into the search field and presses Enter straight away, as a clerk does.
    bool choosePerformance(const QString &query);
    // Digit key for the row of that ticket type in the window's table.
    Qt::Key digitFor(const QString &ticketTypeName) const;
    qint64 sold(qint64 ticketTypeId);
    // A request on the window's connection, answered: whatever the window sent before is done.
    bool roundTrip();
    QJsonObject orderByCode(const QString &code);
    bool auditHas(const QString &action, qint64 orderId);
    // With MARQUEE_SCREENSHOT_DIR set, saves the window as <dir>/<name>.png for review.
    void snapshot(const QString &name);

    ServerFixture m_fixture{QStringLiteral(MARQUEE_SERVER_BINARY)};
    std::unique_ptr<TestClient> m_manager;
    std::unique_ptr<ServerConnection> m_connection;
    std::unique_ptr<BoxOfficeWindow> m_window;
    qint64 m_performanceId = 0;
    qint64 m_standardId = 0;
    qint64 m_vipId = 0;
};

void TestGuiBoxOffice::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    // The real look: the widgets' "role" properties are styled by the app's stylesheet.
    mq::client::Theme::apply(*qApp);
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    m_manager = m_fixture.loginAs(u"manager"_s);
    QVERIFY(m_manager);

    const qint64 event = seed::createEvent(*m_manager, ShowTitle, u"concert"_s, u"Piano night"_s);
    QVERIFY(event);
    m_performanceId = seed::createPerformance(*m_manager, event, seed::daysFromNow(10, 19),
                                              u"Riverside Hall"_s);
    QVERIFY(m_performanceId);
    m_standardId = seed::createTicketType(*m_manager, m_performanceId, u"Standard"_s, 4500, 100);
    QVERIFY(seed::createTicketType(*m_manager, m_performanceId, u"Balcony"_s, 3000, 50));
    m_vipId = seed::createTicketType(*m_manager, m_performanceId, u"VIP"_s, 12000, 10);
    QVERIFY(m_standardId && m_vipId);
    const qint64 other = seed::createEvent(*m_manager, OtherTitle, u"exhibition"_s);
    QVERIFY(other);
    const qint64 otherPerformance =
        seed::createPerformance(*m_manager, other, seed::daysFromNow(3), u"Pier 4"_s);
    QVERIFY(seed::createTicketType(*m_manager, otherPerformance, u"Entry"_s, 1500, 200));

    m_connection = std::make_unique<ServerConnection>();
    mq::client::ServerAddress address;
    address.host = u"127.0.0.1"_s;
    address.port = m_fixture.port();
    m_connection->setServer(address);
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

void TestGuiBoxOffice::init()
{
    m_window = std::make_unique<BoxOfficeWindow>(m_connection.get());
    // No print dialog in tests: the sale must not depend on a printer.
    auto *print = child<QCheckBox>(u"printTicketsCheckBox"_s);
    QVERIFY(print);
    print->setChecked(false);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestGuiBoxOffice::cleanup()
{
    if (QTest::currentTestFailed())
        m_fixture.server().printDiagnostics();
    m_window.reset();
}

void TestGuiBoxOffice::cleanupTestCase()
{
    m_connection.reset();
    QVERIFY2(m_fixture.server().isRunning(), "the server died during the tests");
    QCOMPARE(m_fixture.server().stop(), 0);
}

bool TestGuiBoxOffice::choosePerformance(const QString &query)
{
    auto *search = child<QLineEdit>(u"searchLineEdit"_s);
    auto *table = child<QTableView>(u"ticketTypeTableView"_s);
    auto *title = child<QLabel>(u"performanceTitleLabel"_s);
    if (!search || !table || !title)
        return false;
    QTest::keyClicks(search, query);
    QTest::keyClick(search, Qt::Key_Return);
    // Enter came before the results: the window takes the first one when they arrive.
    return QTest::qWaitFor([&] {
        return title->text() == ShowTitle && table->model()->rowCount() == 3 && table->hasFocus();
    }, 10000);
}

Qt::Key TestGuiBoxOffice::digitFor(const QString &ticketTypeName) const
{
    const QAbstractItemModel *model = child<QTableView>(u"ticketTypeTableView"_s)->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, mq::client::TicketTypeModel::NameColumn).data().toString() == ticketTypeName)
            return Qt::Key(Qt::Key_1 + row);
    }
    return Qt::Key_unknown;
}

qint64 TestGuiBoxOffice::sold(qint64 ticketTypeId)
{
    const auto r = m_manager->call(u"catalog.getPerformance"_s, {{u"performanceId"_s, m_performanceId}});
    if (!r.ok) {
        qWarning("getPerformance: %s", qPrintable(r.toString()));
        return -1;
    }
    const QJsonArray types = r.result.value(u"performance"_s).toObject().value(u"ticketTypes"_s).toArray();
    for (const QJsonValue &v : types) {
        if (v.toObject().value(u"id"_s).toInteger() == ticketTypeId)
            return v.toObject().value(u"sold"_s).toInteger();
    }
    return -1;
}

bool TestGuiBoxOffice::roundTrip()
{
    bool answered = false;
    m_connection->call(u"catalog.listEvents"_s, {}, m_connection.get(),
                       [&](const mq::client::RpcResult &) { answered = true; });
    return QTest::qWaitFor([&] { return answered; }, 15000);
}

QJsonObject TestGuiBoxOffice::orderByCode(const QString &code)
{
    const auto r = m_manager->call(u"order.get"_s, {{u"code"_s, code}});
    if (!r.ok)
        qWarning("order.get: %s", qPrintable(r.toString()));
    return r.result.value(u"order"_s).toObject();
}

bool TestGuiBoxOffice::auditHas(const QString &action, qint64 orderId)
{
    const auto r = m_manager->call(u"admin.listAuditLog"_s, {{u"limit"_s, 100}});
    if (!r.ok) {
        qWarning("listAuditLog: %s", qPrintable(r.toString()));
        return false;
    }
    for (const QJsonValue &v : r.result.value(u"entries"_s).toArray()) {
        const QJsonObject e = v.toObject();
        if (e.value(u"action"_s).toString() == action && e.value(u"entityId"_s).toInteger() == orderId
            && e.value(u"username"_s).toString() == u"clerk"_s)
            return true;
    }
    return false;
}

void TestGuiBoxOffice::snapshot(const QString &name)
{
    mq::uicheck::saveScreenshot(m_window.get(), name);
}

void TestGuiBoxOffice::startsInTheSearchField()
{
    auto *search = child<QLineEdit>(u"searchLineEdit"_s);
    QVERIFY(search);
    QTRY_VERIFY(search->hasFocus());
    // Every upcoming performance is listed before anything is typed, soonest first.
    auto *results = child<QListWidget>(u"performanceListWidget"_s);
    QVERIFY(results);
    QTRY_COMPARE(results->count(), 2);
    QVERIFY(results->item(0)->text().startsWith(OtherTitle));
    QVERIFY(results->item(1)->text().contains(u"Riverside Hall"_s));
    // Typing narrows the list, by title or by venue.
    QTest::keyClicks(search, u"riverside"_s);
    QTRY_COMPARE(results->count(), 1);
    QVERIFY(results->item(0)->text().startsWith(ShowTitle));
    // Nothing to sell yet.
    QVERIFY(!child<QPushButton>(u"completeSalePushButton"_s)->isEnabled());
    // The window's menus carry the shortcuts; File and Window belong to the app.
    QStringList menus;
    for (QAction *a : m_window->menuBar()->actions())
        menus << a->text();
    QCOMPARE(menus, (QStringList{u"&Sale"_s, u"&Orders"_s}));
}

void TestGuiBoxOffice::cashSaleWithChangeThenRefund()
{
    const qint64 soldBefore = sold(m_standardId);
    QVERIFY(soldBefore >= 0);
    QVERIFY(choosePerformance(u"moonl"_s));

    // A digit picks the ticket type, + raises the quantity, Enter moves on.
    auto *table = child<QTableView>(u"ticketTypeTableView"_s);
    auto *quantity = child<QSpinBox>(u"quantitySpinBox"_s);
    auto *given = child<QLineEdit>(u"cashGivenLineEdit"_s);
    QVERIFY(quantity && given);
    const Qt::Key standard = digitFor(u"Standard"_s);
    QVERIFY(standard != Qt::Key_unknown);
    QTest::keyClick(table, standard);
    QCOMPARE(table->currentIndex().row(), int(standard - Qt::Key_1));
    QTest::keyClick(table, Qt::Key_Plus);
    QTest::keyClick(table, Qt::Key_Plus);
    QCOMPARE(quantity->value(), 3);
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY(quantity->hasFocus());
    QTest::keyClick(quantity, Qt::Key_Return);
    QTRY_VERIFY(given->hasFocus());
    QVERIFY(child<QRadioButton>(u"cashRadioButton"_s)->isChecked()); // cash is the default

    QCOMPARE(child<QLabel>(u"totalLabel"_s)->text(), DisplayFormat::money(3 * 4500));
    QTest::keyClicks(given, u"200.00"_s);
    QCOMPARE(child<QLabel>(u"changeDueLabel"_s)->text(), DisplayFormat::money(6500));
    QVERIFY(child<QLabel>(u"cashErrorLabel"_s)->text().isEmpty());
    snapshot(u"1-sale"_s);

    // Enter in the amount field completes the sale.
    QTest::keyClick(given, Qt::Key_Return);
    auto *code = child<QLabel>(u"orderCodeLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(code->isVisible() && !code->text().isEmpty(), 15000);
    const QString orderCode = code->text();
    QCOMPARE(child<QLabel>(u"saleChangeLabel"_s)->text(), DisplayFormat::money(6500));
    QTRY_VERIFY(child<QPushButton>(u"nextCustomerPushButton"_s)->hasFocus());
    snapshot(u"2-sale-complete"_s);

    // The server has the order, paid in cash, and the audit log has the cash sale.
    QCOMPARE(sold(m_standardId), soldBefore + 3);
    const QJsonObject order = orderByCode(orderCode);
    QCOMPARE(order.value(u"status"_s).toString(), u"paid"_s);
    QCOMPARE(order.value(u"paymentProvider"_s).toString(), u"cash"_s);
    QCOMPARE(order.value(u"totalCents"_s).toInteger(), 13500);
    QCOMPARE(order.value(u"tickets"_s).toArray().size(), 3);
    const qint64 orderId = order.value(u"id"_s).toInteger();
    QVERIFY(auditHas(u"order.cash_sale"_s, orderId));

    // The open table shows what is left, and follows sales made elsewhere (pushes).
    const QModelIndex left = table->model()->index(int(standard - Qt::Key_1),
                                                   mq::client::TicketTypeModel::RemainingColumn);
    QTRY_COMPARE(left.data().toString(), QString::number(100 - soldBefore - 3));
    MQ_VERIFY_OK(m_manager->call(u"order.purchase"_s, {{u"ticketTypeId"_s, m_standardId},
                                                       {u"quantity"_s, 2},
                                                       {u"payment"_s, seed::sandboxPayment()}}));
    QTRY_COMPARE(left.data().toString(), QString::number(100 - soldBefore - 5));

    // Esc: next customer, everything cleared, back in the search field.
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    auto *search = child<QLineEdit>(u"searchLineEdit"_s);
    QTRY_VERIFY(search->hasFocus());
    QVERIFY(search->text().isEmpty());
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(given->text().isEmpty());
    QCOMPARE(child<QStackedWidget>(u"paymentStackedWidget"_s)->currentIndex(), 0);

    // F3: find the order by its code (any case) and refund it.
    QTest::keyClick(m_window.get(), Qt::Key_F3);
    auto *codeField = child<QLineEdit>(u"orderCodeLineEdit"_s);
    QTRY_VERIFY(codeField->hasFocus());
    QTest::keyClicks(codeField, orderCode.toLower());
    QTest::keyClick(codeField, Qt::Key_Return);
    auto *status = child<QLabel>(u"orderStatusLabel"_s);
    QTRY_VERIFY(child<QLabel>(u"orderHeadingLabel"_s)->text().contains(orderCode));
    QCOMPARE(status->text(), u"Paid"_s);
    QCOMPARE(child<QTreeWidget>(u"orderTicketsTreeWidget"_s)->topLevelItemCount(), 3);
    QCOMPARE(child<QTreeWidget>(u"orderItemsTreeWidget"_s)->topLevelItem(0)->text(0), ShowTitle);

    auto *cancel = child<QPushButton>(u"cancelOrderPushButton"_s);
    QVERIFY(cancel->isEnabled());
    // First thoughts: keep the order. Nothing changes.
    cancel->click();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())));
    box->findChild<QPushButton *>(u"keepOrderPushButton"_s)->click();
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QVERIFY(roundTrip()); // a cancel sent by mistake would have been answered by now
    QCOMPARE(status->text(), u"Paid"_s);
    QCOMPARE(sold(m_standardId), soldBefore + 5);

    cancel->click();
    QTRY_VERIFY((box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())));
    QVERIFY(box->text().contains(orderCode));
    box->findChild<QPushButton *>(u"confirmRefundPushButton"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), u"Refunded"_s, 15000);
    QVERIFY(child<QLabel>(u"orderMessageLabel"_s)->text().contains(DisplayFormat::money(13500)));
    QVERIFY(!cancel->isEnabled());
    QCOMPARE(sold(m_standardId), soldBefore + 2); // the other buyer's two remain sold
    QCOMPARE(orderByCode(orderCode).value(u"status"_s).toString(), u"refunded"_s);
    QVERIFY(auditHas(u"order.refund"_s, orderId));
    snapshot(u"3-refunded"_s);
}

void TestGuiBoxOffice::shortCashIsRefused()
{
    const qint64 soldBefore = sold(m_vipId);
    QVERIFY(choosePerformance(ShowTitle.left(4)));
    auto *table = child<QTableView>(u"ticketTypeTableView"_s);
    QTest::keyClick(table, digitFor(u"VIP"_s));
    QTest::keyClick(table, Qt::Key_Plus);
    QCOMPARE(child<QLabel>(u"totalLabel"_s)->text(), DisplayFormat::money(24000));

    QTest::keyClick(m_window.get(), Qt::Key_F5); // cash, into the amount field
    auto *given = child<QLineEdit>(u"cashGivenLineEdit"_s);
    QTRY_VERIFY(given->hasFocus());
    QTest::keyClicks(given, u"100"_s);
    auto *reason = child<QLabel>(u"cashErrorLabel"_s);
    QVERIFY(reason->text().contains(DisplayFormat::money(14000)));
    QCOMPARE(child<QLabel>(u"changeDueLabel"_s)->text(), u"—"_s);
    snapshot(u"4-short-cash"_s);

    // Neither Enter nor F12 sells while the cash does not cover the total: the panel never went
    // busy (a request sent makes it so at once), and after a round trip on the same connection
    // the server has sold nothing.
    auto *complete = child<QPushButton>(u"completeSalePushButton"_s);
    QTest::keyClick(given, Qt::Key_Return);
    QCOMPARE(complete->text(), u"Complete sale"_s);
    QTest::keyClick(m_window.get(), Qt::Key_F12);
    QCOMPARE(complete->text(), u"Complete sale"_s);
    QVERIFY(!reason->text().isEmpty());
    QVERIFY(roundTrip());
    QCOMPARE(child<QStackedWidget>(u"paymentStackedWidget"_s)->currentIndex(), 0);
    QCOMPARE(sold(m_vipId), soldBefore);

    // "Exact" fills in the total: no change due.
    QTest::keyClick(m_window.get(), Qt::Key_F8);
    QCOMPARE(child<QLabel>(u"changeDueLabel"_s)->text(), DisplayFormat::money(0));
    QVERIFY(reason->text().isEmpty());
}

void TestGuiBoxOffice::declinedCardSellsNothing()
{
    const qint64 soldBefore = sold(m_vipId);
    QVERIFY(choosePerformance(u"gala"_s));
    QTest::keyClick(child<QTableView>(u"ticketTypeTableView"_s), digitFor(u"VIP"_s));
    QTest::keyClick(m_window.get(), Qt::Key_F6);
    QVERIFY(child<QRadioButton>(u"cardRadioButton"_s)->isChecked());
    auto *result = child<QComboBox>(u"cardResultComboBox"_s);
    QTRY_VERIFY(result->hasFocus());
    result->setCurrentIndex(result->findData(u"tok_declined"_s));

    QTest::keyClick(m_window.get(), Qt::Key_F12);
    auto *error = child<QLabel>(u"saleErrorLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!error->text().isEmpty(), 15000);
    mq::client::RpcResult declined;
    declined.kind = mq::client::RpcResult::Kind::Error;
    declined.error.code = 402;
    declined.error.reason = u"payment_declined"_s;
    QCOMPARE(error->text(), declined.message());
    QCOMPARE(sold(m_vipId), soldBefore);
    QCOMPARE(child<QStackedWidget>(u"paymentStackedWidget"_s)->currentIndex(), 0);
    snapshot(u"5-card-declined"_s);

    // The terminal approves the second try.
    result->setCurrentIndex(result->findData(u"tok_ok"_s));
    QTest::keyClick(m_window.get(), Qt::Key_F12);
    auto *code = child<QLabel>(u"orderCodeLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(code->isVisible() && !code->text().isEmpty(), 15000);
    QVERIFY(!child<QLabel>(u"saleChangeLabel"_s)->isVisible()); // no change for a card
    QCOMPARE(sold(m_vipId), soldBefore + 1);
    QCOMPARE(orderByCode(code->text()).value(u"paymentProvider"_s).toString(), u"sandbox"_s);
}

void TestGuiBoxOffice::unknownOrderCodeIsExplained()
{
    QTest::keyClick(m_window.get(), Qt::Key_F3);
    auto *codeField = child<QLineEdit>(u"orderCodeLineEdit"_s);
    QTRY_VERIFY(codeField->hasFocus());
    QTest::keyClicks(codeField, u"MQ-0000-0000-00"_s);
    QTest::keyClick(codeField, Qt::Key_Return);
    auto *error = child<QLabel>(u"orderLookupErrorLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(error->text().contains(u"MQ-0000-0000-00"_s) && !error->text().contains(u"…"_s), 15000);
    QVERIFY(!child<QPushButton>(u"cancelOrderPushButton"_s)->isVisible());
}

QTEST_MAIN(TestGuiBoxOffice)
#include "tst_gui_boxoffice.moc"
