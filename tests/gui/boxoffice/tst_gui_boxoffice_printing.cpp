// Tickets after a sale at a station without a printer, as a clerk with a queue meets it: no
// dialog ever opens (watched all along, not only at the end), the window says once that the
// tickets go into PDF files, each sale's PDF lands in the station's folder (made when missing)
// named after the order code, and the result says where. The printing settings pick another
// folder; with printing off nothing is written.
#include "boxoffice/boxofficewindow.h"
#include "core/clientsettings.h"
#include "core/rpcresult.h"
#include "core/serverconnection.h"
#include "models/tickettypemodel.h"
#include "support/catalogseed.h"
#include "support/serverfixture.h"
#include "uicheck.h"
#include "widgets/theme.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinterInfo>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using mq::client::BoxOfficeWindow;
using mq::client::ClientSettings;
using mq::client::ServerConnection;

namespace {
const QString ShowTitle = u"Paperless Prelude"_s;
} // namespace

class TestGuiBoxOfficePrinting : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void saleWithoutPrinterNeverAsks();
    void printAgainAsksNothingEither();
    void settingsChooseAnotherFolder();
    void printingOffWritesNothing();

private:
    template<typename T>
    T *child(const QString &name) const
    {
        return m_window ? m_window->findChild<T *>(name) : nullptr;
    }
    // Picks the show, one ticket of the first type, exact cash, Enter; the order code once sold.
    QString sellOne();
    // Any modal widget, file dialog or print dialog seen since the test began.
    QStringList dialogsNow() const;

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    QString m_folder;
    ServerFixture m_fixture{QStringLiteral(MARQUEE_SERVER_BINARY)};
    std::unique_ptr<ServerConnection> m_connection;
    std::unique_ptr<BoxOfficeWindow> m_window;
    QTimer m_watch;
    QStringList m_dialogsSeen;
};

void TestGuiBoxOfficePrinting::initTestCase()
{
    QVERIFY(m_settingsDir.isValid() && m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    // The defaults: print after each sale, to a printer. This machine must have none for the
    // test to mean something; if it has one, ask for a printer that is not there instead.
    QVERIFY(ClientSettings::printAfterSale());
    if (!QPrinterInfo::availablePrinterNames().isEmpty())
        ClientSettings::setTicketPrinter(u"Marquee printer that is not there"_s);
    m_folder = m_dir.filePath(u"Station 3/Marquee tickets"_s);
    ClientSettings::setTicketFolder(m_folder);
    mq::client::Theme::apply(*qApp);

    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    auto manager = m_fixture.loginAs(u"manager"_s);
    QVERIFY(manager);
    const qint64 event = seed::createEvent(*manager, ShowTitle, u"concert"_s);
    const qint64 performance = seed::createPerformance(*manager, event, seed::daysFromNow(4, 19), u"Print Hall"_s);
    QVERIFY(seed::createTicketType(*manager, performance, u"Standard"_s, 2500, 100));

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

    // Watches for dialogs the whole time: one that opened and closed again counts too.
    m_watch.setInterval(5);
    connect(&m_watch, &QTimer::timeout, this, [this] {
        for (const QString &d : dialogsNow()) {
            if (!m_dialogsSeen.contains(d))
                m_dialogsSeen << d;
        }
    });
    m_watch.start();
}

void TestGuiBoxOfficePrinting::init()
{
    m_dialogsSeen.clear();
    m_window = std::make_unique<BoxOfficeWindow>(m_connection.get());
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestGuiBoxOfficePrinting::cleanup()
{
    if (QTest::currentTestFailed())
        m_fixture.server().printDiagnostics();
    m_window.reset();
}

void TestGuiBoxOfficePrinting::cleanupTestCase()
{
    m_watch.stop();
    m_connection.reset();
    QVERIFY2(m_fixture.server().isRunning(), "the server died during the tests");
    QCOMPARE(m_fixture.server().stop(), 0);
}

QStringList TestGuiBoxOfficePrinting::dialogsNow() const
{
    QStringList found;
    if (QWidget *modal = QApplication::activeModalWidget())
        found << u"modal "_s + QString::fromLatin1(modal->metaObject()->className());
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (qobject_cast<QFileDialog *>(w) || qobject_cast<QPrintDialog *>(w))
            found << QString::fromLatin1(w->metaObject()->className());
    }
    return found;
}

QString TestGuiBoxOfficePrinting::sellOne()
{
    auto *search = child<QLineEdit>(u"searchLineEdit"_s);
    auto *table = child<QTableView>(u"ticketTypeTableView"_s);
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        return {};
    search->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(search, u"paperless"_s);
    QTest::keyClick(search, Qt::Key_Return);
    if (!QTest::qWaitFor([&] { return table->model()->rowCount() == 1 && table->hasFocus(); }, 10000))
        return {};
    QTest::keyClick(table, Qt::Key_1);
    QTest::keyClick(m_window.get(), Qt::Key_F8); // exact cash, into the amount field
    auto *given = child<QLineEdit>(u"cashGivenLineEdit"_s);
    if (!QTest::qWaitFor([&] { return given->hasFocus(); }, 5000))
        return {};
    QTest::keyClick(given, Qt::Key_Return);
    auto *code = child<QLabel>(u"orderCodeLabel"_s);
    if (!QTest::qWaitFor([&] { return code->isVisible() && code->text().startsWith(u"MQ-"_s); }, 15000))
        return {};
    return code->text();
}

void TestGuiBoxOfficePrinting::saleWithoutPrinterNeverAsks()
{
    QVERIFY(child<QCheckBox>(u"printTicketsCheckBox"_s)->isChecked()); // on by default
    QVERIFY(!QFileInfo::exists(m_folder));
    // Said once, in the window, before the first sale: no printer, so PDF files, and where.
    auto *banner = child<QFrame>(u"printBannerFrame"_s);
    QVERIFY(banner && banner->isVisible());
    QVERIFY(child<QLabel>(u"printBannerLabel"_s)->text().contains(QDir::toNativeSeparators(m_folder)));

    // Three customers in a row: each sale straight after the last, nothing in between.
    QStringList codes;
    for (int i = 0; i < 3; ++i) {
        const QString code = sellOne();
        QVERIFY2(!code.isEmpty(), "the sale did not complete");
        codes << code;
        QTest::qWait(50); // a dialog opened after the answer would be up by now
        QVERIFY2(m_dialogsSeen.isEmpty(), qPrintable(m_dialogsSeen.join(u", "_s)));
        QVERIFY(!QApplication::activeModalWidget());
        const QString pdf = QDir(m_folder).filePath(code + u".pdf"_s);
        QVERIFY2(QFileInfo(pdf).size() > 1000, qPrintable(pdf));
        // The result says where the tickets went.
        auto *outcome = child<QLabel>(u"ticketOutputLabel"_s);
        QVERIFY(outcome->isVisible());
        QVERIFY2(outcome->text().contains(QDir::toNativeSeparators(pdf)), qPrintable(outcome->text()));
        // The banner is still the one banner, not a message per sale.
        QCOMPARE(m_window->findChildren<QFrame *>(u"printBannerFrame"_s).size(), 1);
        QTest::keyClick(m_window.get(), Qt::Key_Escape); // the next customer
    }
    QCOMPARE(QDir(m_folder).entryList({u"*.pdf"_s}, QDir::Files).size(), 3);

    // The clerk may hide the message; it stays hidden for the rest of the day's sales.
    QTest::mouseClick(child<QPushButton>(u"printBannerClosePushButton"_s), Qt::LeftButton);
    QVERIFY(!banner->isVisible());
    QVERIFY(!sellOne().isEmpty());
    QVERIFY(!banner->isVisible());
    QVERIFY2(m_dialogsSeen.isEmpty(), qPrintable(m_dialogsSeen.join(u", "_s)));
}

void TestGuiBoxOfficePrinting::printAgainAsksNothingEither()
{
    const QString code = sellOne();
    QVERIFY(!code.isEmpty());
    const QString pdf = QDir(m_folder).filePath(code + u".pdf"_s);
    QVERIFY(QFile::remove(pdf));
    QTest::mouseClick(child<QPushButton>(u"printAgainPushButton"_s), Qt::LeftButton);
    QTRY_VERIFY(QFileInfo::exists(pdf));
    QTest::qWait(50);
    QVERIFY2(m_dialogsSeen.isEmpty(), qPrintable(m_dialogsSeen.join(u", "_s)));
}

void TestGuiBoxOfficePrinting::settingsChooseAnotherFolder()
{
    // The settings are a dialog of their own, asked for outside any sale.
    m_window->findChild<QAction *>(u"printSettingsAction"_s)->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(u"printSettingsDialog"_s)) && dialog->isVisible());
    QVERIFY2(mq::uicheck::unnamedInputs(dialog).isEmpty(), qPrintable(mq::uicheck::unnamedInputs(dialog).join(u", "_s)));
    QVERIFY2(mq::uicheck::duplicateMnemonics(dialog).isEmpty(),
             qPrintable(mq::uicheck::duplicateMnemonics(dialog).join(u", "_s)));
    QVERIFY2(mq::uicheck::clippedWidgets(dialog).isEmpty(), qPrintable(mq::uicheck::clippedWidgets(dialog).join(u", "_s)));
    const QString other = m_dir.filePath(u"elsewhere/new"_s);
    dialog->findChild<QRadioButton *>(u"toFolderRadioButton"_s)->setChecked(true);
    dialog->findChild<QRadioButton *>(u"onePerPageRadioButton"_s)->setChecked(true);
    auto *folder = dialog->findChild<QLineEdit *>(u"ticketFolderLineEdit"_s);
    folder->selectAll();
    QTest::keyClicks(folder, QDir::toNativeSeparators(other));
    QTest::keyClick(folder, Qt::Key_Return); // Enter saves
    QTRY_VERIFY(!m_window->findChild<QDialog *>(u"printSettingsDialog"_s));
    QVERIFY(QFileInfo(other).isDir()); // made at once, so a mistake shows there and not later
    QCOMPARE(ClientSettings::ticketFolder(), other);
    // PDF files on purpose: nothing to warn about.
    QVERIFY(!child<QFrame>(u"printBannerFrame"_s)->isVisible());

    m_dialogsSeen.clear();
    const QString code = sellOne();
    QVERIFY(!code.isEmpty());
    QVERIFY(QFileInfo::exists(QDir(other).filePath(code + u".pdf"_s)));
    QVERIFY2(m_dialogsSeen.isEmpty(), qPrintable(m_dialogsSeen.join(u", "_s)));
    ClientSettings::setTicketFolder(m_folder);
    ClientSettings::setTicketOutput(ClientSettings::TicketOutput::Printer);
}

void TestGuiBoxOfficePrinting::printingOffWritesNothing()
{
    child<QCheckBox>(u"printTicketsCheckBox"_s)->setChecked(false);
    QVERIFY(!child<QFrame>(u"printBannerFrame"_s)->isVisible()); // nothing to say
    const int before = QDir(m_folder).entryList({u"*.pdf"_s}, QDir::Files).size();
    QVERIFY(!sellOne().isEmpty());
    QTest::qWait(50);
    QCOMPARE(QDir(m_folder).entryList({u"*.pdf"_s}, QDir::Files).size(), before);
    QVERIFY(!child<QLabel>(u"ticketOutputLabel"_s)->isVisible());
    QVERIFY2(m_dialogsSeen.isEmpty(), qPrintable(m_dialogsSeen.join(u", "_s)));
    child<QCheckBox>(u"printTicketsCheckBox"_s)->setChecked(true);
}

QTEST_MAIN(TestGuiBoxOfficePrinting)
#include "tst_gui_boxoffice_printing.moc"
