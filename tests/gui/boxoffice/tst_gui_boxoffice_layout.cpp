// The box office on small and usual screens (1024×700, 1360×860): nothing cut off, every input
// and button named for a screen reader, no two mnemonics alike, the amount field wide enough for
// its hint and an amount, and the performances of one long-titled show told apart by their date
// and time (the title is what gets elided). Also the refused-cash check of the main test, in the
// form "nothing was sent": the panel never went busy, and the server (asked after a round trip on
// the same connection) sold nothing.
#include "boxoffice/boxofficewindow.h"
#include "boxoffice/twolineitemdelegate.h"
#include "core/displayformat.h"
#include "core/rpcresult.h"
#include "core/serverconnection.h"
#include "support/catalogseed.h"
#include "support/serverfixture.h"
#include "uicheck.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using mq::client::BoxOfficeWindow;
using mq::client::DisplayFormat;
using mq::client::ServerConnection;
using mq::client::TwoLineItemDelegate;

namespace {
const QString LongTitle = u"Shanghai Symphony: New Year Concert of Waltzes and Polkas"_s;
} // namespace

class TestGuiBoxOfficeLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void fitsTheScreen_data();
    void fitsTheScreen();

private:
    QStringList problems(QWidget *window, const QString &where) const;
    void snapshot(QWidget *window, const QString &name) const;

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_tickets;
    ServerFixture m_fixture{QStringLiteral(MARQUEE_SERVER_BINARY)};
    std::unique_ptr<ServerConnection> m_connection;
};

void TestGuiBoxOfficeLayout::initTestCase()
{
    QVERIFY(m_settingsDir.isValid() && m_tickets.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QSettings().setValue(u"printing/output"_s, u"printer"_s);
    QSettings().setValue(u"printing/printer"_s, u"Marquee printer that is not there"_s); // the banner shows
    QSettings().setValue(u"printing/pdfFolder"_s, m_tickets.path());
    mq::client::Theme::apply(*qApp);
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    auto manager = m_fixture.loginAs(u"manager"_s);
    QVERIFY(manager);
    // One show on three evenings, at two different hours: only the date and time tell them apart.
    const qint64 event = seed::createEvent(*manager, LongTitle, u"concert"_s);
    QVERIFY(event);
    for (const auto &[days, hour] : {std::pair{5, 14}, std::pair{5, 19}, std::pair{6, 19}}) {
        const qint64 p = seed::createPerformance(*manager, event, seed::daysFromNow(days, hour),
                                                 u"Shanghai Symphony Hall, Main Auditorium"_s);
        QVERIFY(p);
        QVERIFY(seed::createTicketType(*manager, p, u"Stalls"_s, 114000, 1200));
        QVERIFY(seed::createTicketType(*manager, p, u"Balcony, restricted view"_s, 38000, 300));
    }

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

void TestGuiBoxOfficeLayout::cleanupTestCase()
{
    m_connection.reset();
    QVERIFY2(m_fixture.server().isRunning(), "the server died during the tests");
    QCOMPARE(m_fixture.server().stop(), 0);
}

QStringList TestGuiBoxOfficeLayout::problems(QWidget *window, const QString &where) const
{
    QCoreApplication::processEvents();
    QStringList found;
    for (const QString &p : mq::uicheck::clippedWidgets(window))
        found << where + u": clipped: "_s + p;
    for (const QString &p : mq::uicheck::unnamedInputs(window))
        found << where + u": unnamed: "_s + p;
    for (const QString &p : mq::uicheck::duplicateMnemonics(window))
        found << where + u": mnemonic: "_s + p;
    return found;
}

void TestGuiBoxOfficeLayout::snapshot(QWidget *window, const QString &name) const
{
    const QString dir = qEnvironmentVariable("MARQUEE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    window->grab().save(QDir(dir).filePath(name + u".png"_s));
}

void TestGuiBoxOfficeLayout::fitsTheScreen_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1024x700") << QSize(1024, 700);
    QTest::newRow("1360x860") << QSize(1360, 860);
}

void TestGuiBoxOfficeLayout::fitsTheScreen()
{
    QFETCH(QSize, size);
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    BoxOfficeWindow window(m_connection.get());
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), size);
    auto *list = window.findChild<QListWidget *>(u"performanceListWidget"_s);
    QTRY_COMPARE_WITH_TIMEOUT(list->count(), 3, 10000);
    QStringList found = problems(&window, u"search"_s);

    // Each row as painted: the title may be elided, the date and time and "left" may not, and
    // no two rows look the same.
    QStringList painted;
    for (int i = 0; i < list->count(); ++i) {
        const QModelIndex index = list->model()->index(i, 0);
        const QRect rect = list->visualRect(index);
        const QString when = index.data(TwoLineItemDelegate::NoteRole).toString();
        const QString left = index.data(TwoLineItemDelegate::DetailNoteRole).toString();
        const QFontMetrics metrics(list->font());
        if (when.isEmpty() || metrics.horizontalAdvance(when) + 20 > rect.width())
            found << u"row %1: \"%2\" does not fit %3 px"_s.arg(i).arg(when).arg(rect.width());
        if (left.isEmpty() || metrics.horizontalAdvance(left) + 20 > rect.width())
            found << u"row %1: \"%2\" does not fit %3 px"_s.arg(i).arg(left).arg(rect.width());
        const QImage image = list->viewport()->grab(rect).toImage();
        painted << QString::number(qHashBits(image.constBits(), size_t(image.sizeInBytes())));
    }
    painted.removeDuplicates();
    if (painted.size() != list->count())
        found << u"performance rows look alike"_s;
    QStringList whens;
    for (int i = 0; i < list->count(); ++i)
        whens << list->model()->index(i, 0).data(TwoLineItemDelegate::NoteRole).toString();
    whens.removeDuplicates();
    if (whens.size() != 3)
        found << u"dates and times alike: "_s + whens.join(u" | "_s);
    snapshot(&window, u"boxoffice-search-"_s + tag);

    // A sale in progress: the amount field shows its hint and an amount whole.
    auto *search = window.findChild<QLineEdit *>(u"searchLineEdit"_s);
    QTest::keyClick(search, Qt::Key_Return);
    auto *table = window.findChild<QTableView *>(u"ticketTypeTableView"_s);
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() == 2 && table->hasFocus(), 10000);
    QTest::keyClick(table, Qt::Key_Plus);
    auto *given = window.findChild<QLineEdit *>(u"cashGivenLineEdit"_s);
    const QFontMetrics givenMetrics(given->font());
    const int room = given->contentsRect().width() - 12;
    if (givenMetrics.horizontalAdvance(given->placeholderText()) > room)
        found << u"amount field: hint \"%1\" cut (%2 px)"_s.arg(given->placeholderText()).arg(room);
    if (givenMetrics.horizontalAdvance(u"2,280.00"_s) > room)
        found << u"amount field: too narrow for an amount (%1 px)"_s.arg(room);
    found << problems(&window, u"sale"_s);
    // Prices and quantities whole in the ticket table.
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        for (int column = 1; column < table->model()->columnCount(); ++column) {
            const QString text = table->model()->index(row, column).data().toString();
            if (table->horizontalHeader()->sectionSize(column) < table->fontMetrics().horizontalAdvance(text) + 8)
                found << u"ticket table: \"%1\" cut off"_s.arg(text);
        }
    }
    QTest::keyClick(&window, Qt::Key_F6); // the card form
    found << problems(&window, u"card"_s);
    snapshot(&window, u"boxoffice-sale-"_s + tag);

    // Refused cash sends nothing: the panel never goes busy, and the server sold nothing.
    QTest::keyClick(&window, Qt::Key_F5);
    QTRY_VERIFY(given->hasFocus());
    QTest::keyClicks(given, u"1"_s);
    auto *complete = window.findChild<QPushButton *>(u"completeSalePushButton"_s);
    QTest::keyClick(given, Qt::Key_Return);
    QCOMPARE(complete->text(), u"Complete sale"_s); // not "Completing sale…": no request left
    QVERIFY(!window.findChild<QLabel *>(u"cashErrorLabel"_s)->text().isEmpty());
    // Fixing the amount clears the complaint.
    QTest::keyClick(&window, Qt::Key_F8);
    QVERIFY(window.findChild<QLabel *>(u"cashErrorLabel"_s)->text().isEmpty());

    window.findChild<QTabWidget *>(u"modeTabWidget"_s)->setCurrentIndex(1);
    found << problems(&window, u"orders"_s);
    snapshot(&window, u"boxoffice-orders-"_s + tag);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u"\n"_s)));
}

QTEST_MAIN(TestGuiBoxOfficeLayout)
#include "tst_gui_boxoffice_layout.moc"
