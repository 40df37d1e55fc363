// The Reports tab of the administration window against a real server with seeded sales: the
// sales chart has one point per hour (or day) of the range, the tables hold the server's figures,
// the CSV written has the right totals (money in major units under a header naming the currency),
// the PDF is produced, the Z report shows the cash expected in the clerk's drawer, and both views
// fit, are named for screen readers and share no mnemonic at 1360×860 and 1024×700.
#include "admin/adminwindow.h"
#include "admin/reportspage.h"
#include "admin/reporttablemodel.h"
#include "admin/salesreportchart.h"
#include "admin/salesreportview.h"
#include "admin/shiftreportview.h"
#include "core/displayformat.h"
#include "core/serverconnection.h"
#include "shared/methods.h"
#include "shared/utctime.h"
#include "support/catalogseed.h"
#include "support/serverfixture.h"
#include "uicheck.h"
#include "widgets/theme.h"

#include <QTimeZone>
#include <QTranslator>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace mq;
using namespace mq::client;

class TestGuiReports : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void chartHasAPointPerHour();
    void chartHasAPointPerDay();
    void tablesHoldTheServersFigures();
    void csvHasTheTotals();
    void pdfIsWritten();
    void zReportShowsTheCashInTheDrawer();
    void zReportOfOneClerk();
    void venueDaysAndTimes();
    void fitsAndIsNamed_data();
    void fitsAndIsNamed();

private:
    QTranslator m_english;
    void waitForSales();
    void waitForShift();
    static QList<QStringList> readCsv(const QString &path);

    ServerFixture m_fixture{QStringLiteral(MARQUEE_SERVER_BINARY)};
    QTemporaryDir m_dir;
    ServerConnection m_connection;
    std::unique_ptr<AdminWindow> m_window;
    std::unique_ptr<TestClient> m_manager;
    std::unique_ptr<TestClient> m_clerk;
    std::unique_ptr<TestClient> m_customer;
    qint64 m_event = 0;
    qint64 m_performance = 0;
    SalesReportView *m_sales = nullptr;
    ShiftReportView *m_shift = nullptr;
};

void TestGuiReports::initTestCase()
{
    // English plural forms ("1 order") come from the English translation, as in the application.
    QVERIFY2(m_english.load(u"marquee_en"_s, QStringLiteral(MARQUEE_QM_DIR)), "build the marquee_lrelease target first");
    QCoreApplication::installTranslator(&m_english);
    Theme::apply(*qApp);
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    m_manager = m_fixture.loginAs(u"manager"_s);
    m_clerk = m_fixture.loginAs(u"clerk"_s);
    m_customer = m_fixture.loginAs(u"customer"_s);
    QVERIFY(m_manager && m_clerk && m_customer);
    m_event = seed::createEvent(*m_manager, u"Report Gala"_s);
    m_performance = seed::createPerformance(*m_manager, m_event, seed::daysFromNow(5));
    const qint64 standard = seed::createTicketType(*m_manager, m_performance, u"Standard"_s, 4500, 100);
    const qint64 vip = seed::createTicketType(*m_manager, m_performance, u"VIP"_s, 9900, 10);
    QVERIFY(standard > 0 && vip > 0);
    // Online 2 Standard by card; at the box office 3 Standard and 1 VIP in cash, the VIP refunded
    // there: 6 tickets, 324.00 sold, 99.00 refunded; 135.00 in the clerk's drawer.
    const auto buy = [](TestClient &who, qint64 type, int quantity, const QJsonObject &payment) {
        const TestClient::Response r = who.call(
            methodName(Method::OrderPurchase),
            {{u"ticketTypeId"_s, type}, {u"quantity"_s, quantity}, {u"payment"_s, payment}});
        return r.ok ? r.result.value(u"order"_s).toObject().value(u"id"_s).toInteger() : 0;
    };
    QVERIFY(buy(*m_customer, standard, 2, seed::sandboxPayment()) > 0);
    QVERIFY(buy(*m_clerk, standard, 3, seed::cashPayment()) > 0);
    const qint64 refunded = buy(*m_clerk, vip, 1, seed::cashPayment());
    QVERIFY(refunded > 0);
    QVERIFY(m_clerk->call(methodName(Method::OrderCancel), {{u"orderId"_s, refunded}}).ok);

    m_connection.setServer(ServerAddress{u"127.0.0.1"_s, m_fixture.port(), false});
    m_connection.open();
    QSignalSpy authenticated(&m_connection, &ServerConnection::authenticated);
    m_connection.login(u"manager"_s, ServerFixture::staffPassword(), nullptr, {});
    QVERIFY(authenticated.wait(15000));
    m_window = std::make_unique<AdminWindow>(&m_connection);
    m_window->resize(1360, 860);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_sales = m_window->reportsPage()->salesView();
    m_shift = m_window->reportsPage()->shiftView();
    // Opening the tab loads the report and lists the events.
    auto *tabs = m_window->findChild<QTabWidget *>(u"adminTabWidget"_s);
    QSignalSpy loaded(m_sales, &SalesReportView::loaded);
    tabs->setCurrentIndex(AdminWindow::ReportsTab);
    QVERIFY(loaded.wait(15000));
    auto *events = m_window->findChild<QComboBox *>(u"reportEventComboBox"_s);
    QTRY_VERIFY(events->findData(m_event) >= 0);
}

void TestGuiReports::cleanup()
{
    if (QTest::currentTestFailed())
        m_fixture.server().printDiagnostics();
}

void TestGuiReports::cleanupTestCase()
{
    m_window.reset();
    QCOMPARE(m_fixture.server().stop(), 0);
}

void TestGuiReports::waitForSales()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_sales->isLoading(), 15000);
}

void TestGuiReports::waitForShift()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_shift->isLoading(), 15000);
}

QList<QStringList> TestGuiReports::readCsv(const QString &path)
{
    // The files written here have no quoted commas or line breaks in them.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = file.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QList<QStringList> rows;
    for (const QString &line : QString::fromUtf8(bytes).split(u"\r\n"_s, Qt::SkipEmptyParts))
        rows.append(line.split(u','));
    return rows;
}

void TestGuiReports::chartHasAPointPerHour()
{
    m_sales->selectScope(m_event, 0);
    m_sales->setHourly(true);
    const QDate today = QDate::currentDate();
    m_sales->setRange(today, today);
    waitForSales();
    // Every local hour of today (23 or 25 on a daylight-saving day).
    const int hours = int(today.startOfDay().secsTo(today.addDays(1).startOfDay()) / 3600);
    QCOMPARE(m_sales->chart()->pointCount(), hours);
    QCOMPARE(m_sales->salesResult().value(u"points"_s).toArray().size(), hours);
    // The over-time table: one row per hour and the totals.
    QCOMPARE(m_sales->table(SalesReportView::OverTimeTable)->rowCount(), hours + 1);
}

void TestGuiReports::chartHasAPointPerDay()
{
    m_sales->setHourly(false);
    const QDate today = QDate::currentDate();
    m_sales->setRange(today.addDays(-6), today);
    waitForSales();
    QCOMPARE(m_sales->chart()->pointCount(), 7);
    QCOMPARE(m_window->findChild<QLabel *>(u"salesTicketsLabel"_s)->text(), u"6"_s);
    QCOMPARE(m_window->findChild<QLabel *>(u"salesRevenueLabel"_s)->text(),
             DisplayFormat::money(5 * 4500 + 9900));
    QCOMPARE(m_window->findChild<QLabel *>(u"salesNetLabel"_s)->text(),
             DisplayFormat::money(5 * 4500));
}

void TestGuiReports::tablesHoldTheServersFigures()
{
    m_sales->selectScope(m_event, m_performance);
    waitForSales();
    ReportTableModel *types = m_sales->table(SalesReportView::TicketTypesTable);
    QCOMPARE(types->rowCount(), 3); // Standard, VIP, totals
    QCOMPARE(types->index(0, 0).data().toString(), u"Standard"_s);
    QCOMPARE(types->index(0, 3).data().toString(), u"5"_s);
    QCOMPARE(types->index(0, 4).data().toString(), DisplayFormat::money(5 * 4500));
    QCOMPARE(types->index(1, 6).data().toString(), DisplayFormat::money(9900)); // refunded
    QVERIFY(types->isTotalsRow(2));
    QCOMPARE(types->index(2, 2).data().toString(), QLocale().toString(110));
    ReportTableModel *occupancy = m_sales->table(SalesReportView::OccupancyTable);
    QCOMPARE(occupancy->rowCount(), 2);
    QCOMPARE(occupancy->index(0, 3).data(ReportTableModel::RawRole).toLongLong(), 5); // sold
    QCOMPARE(occupancy->index(0, 2).data(ReportTableModel::RawRole).toLongLong(), 110);
    QCOMPARE(occupancy->index(0, 6).data(ReportTableModel::RawRole).toLongLong(), 0); // admitted
}

void TestGuiReports::csvHasTheTotals()
{
    m_sales->selectScope(m_event, 0);
    waitForSales();
    const QString path = m_dir.filePath(u"types.csv"_s);
    QString error;
    QVERIFY2(m_sales->exportCsv(SalesReportView::TicketTypesTable, path, &error), qPrintable(error));
    const QList<QStringList> rows = readCsv(path);
    QCOMPARE(rows.size(), 4); // header, Standard, VIP, totals
    QCOMPARE(rows.at(0).at(4), u"Revenue (%1)"_s.arg(DisplayFormat::currencySymbol()));
    const QStringList totals = rows.at(3);
    QCOMPARE(totals.at(0), u"Total"_s);
    QCOMPARE(totals.at(2), u"110"_s);     // capacity
    QCOMPARE(totals.at(3), u"6"_s);       // tickets sold
    QCOMPARE(totals.at(4), u"324.00"_s);  // revenue, major units
    QCOMPARE(totals.at(5), u"1"_s);       // refunded tickets
    QCOMPARE(totals.at(6), u"99.00"_s);
    QCOMPARE(totals.at(7), u"225.00"_s);  // net
    // The figures over time add up to the same.
    const QString over = m_dir.filePath(u"over.csv"_s);
    QVERIFY(m_sales->exportCsv(SalesReportView::OverTimeTable, over, &error));
    const QList<QStringList> points = readCsv(over);
    QCOMPARE(points.last().at(3), u"324.00"_s);
    qint64 tickets = 0;
    for (qsizetype i = 1; i + 1 < points.size(); ++i)
        tickets += points.at(i).at(2).toLongLong();
    QCOMPARE(tickets, 6);
}

void TestGuiReports::pdfIsWritten()
{
    const QString path = m_dir.filePath(u"sales.pdf"_s);
    QString error;
    QVERIFY2(m_sales->exportPdf(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.size() > 5000); // the chart is in it
    QVERIFY(file.read(5).startsWith("%PDF-"));
    if (const QString dir = qEnvironmentVariable("MARQUEE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QFile::remove(QDir(dir).filePath(u"sales-report.pdf"_s));
        QFile::copy(path, QDir(dir).filePath(u"sales-report.pdf"_s));
    }
}

void TestGuiReports::zReportShowsTheCashInTheDrawer()
{
    m_window->reportsPage()->showView(ReportsPage::BoxOfficeView);
    m_shift->showToday();
    waitForShift();
    QCOMPARE(m_shift->cashExpectedText(), DisplayFormat::money(3 * 4500));
    QCOMPARE(m_window->findChild<QLabel *>(u"shiftCashExpectedLabel"_s)->text(),
             DisplayFormat::money(3 * 4500));
    ReportTableModel *takings = m_shift->table(ShiftReportView::TakingsTable);
    QCOMPARE(takings->rowCount(), 2); // the clerk's cash, totals
    QCOMPARE(takings->index(0, 1).data().toString(), ShiftReportView::tr("Cash"));
    QCOMPARE(takings->index(0, 4).data().toString(), DisplayFormat::money(3 * 4500 + 9900));
    QCOMPARE(takings->index(0, 6).data().toString(), DisplayFormat::money(9900));
    // The clerk is offered in the filter, and the drawers export with the cash expected.
    auto *clerks = m_window->findChild<QComboBox *>(u"shiftClerkComboBox"_s);
    QTRY_VERIFY(clerks->findData(m_clerk->userId()) > 0);
    const QString path = m_dir.filePath(u"drawers.csv"_s);
    QVERIFY(m_shift->exportCsv(ShiftReportView::DrawersTable, path));
    const QList<QStringList> rows = readCsv(path);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(1).at(3), u"135.00"_s);
    QCOMPARE(rows.at(2).at(3), u"135.00"_s);
    const QString pdf = m_dir.filePath(u"z.pdf"_s);
    QVERIFY(m_shift->exportPdf(pdf));
    QVERIFY(QFileInfo(pdf).size() > 1000);
    if (const QString dir = qEnvironmentVariable("MARQUEE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QFile::remove(QDir(dir).filePath(u"z-report.pdf"_s));
        QFile::copy(pdf, QDir(dir).filePath(u"z-report.pdf"_s));
    }
}

void TestGuiReports::zReportOfOneClerk()
{
    m_shift->selectClerk(m_customer->userId()); // sold nothing at the box office
    waitForShift();
    QCOMPARE(m_shift->cashExpectedText(), DisplayFormat::money(0));
    QCOMPARE(m_shift->table(ShiftReportView::TakingsTable)->rowCount(), 0);
    m_shift->selectClerk(m_clerk->userId());
    waitForShift();
    QCOMPARE(m_shift->cashExpectedText(), DisplayFormat::money(3 * 4500));
    m_shift->selectClerk(0);
    waitForShift();
}

// A show in Shanghai, reported from a computer in another zone: its days are Shanghai's, and its
// performance reads 19:30 (with the zone) in the list and in the occupancy table; the figures
// over time are labelled with Shanghai's days and hours in the table, on the chart and in the CSV.
void TestGuiReports::venueDaysAndTimes()
{
    const qint64 event = seed::createEvent(*m_manager, u"Shanghai Gala"_s);
    QVERIFY(event > 0);
    const QTimeZone shanghai("Asia/Shanghai");
    const QDateTime start(QDate::currentDate().addDays(9), QTime(19, 30), shanghai);
    const TestClient::Response created = m_manager->call(
        methodName(Method::AdminCreatePerformance),
        {{u"eventId"_s, event}, {u"startsAt"_s, seed::wireTime(start.toUTC())},
         {u"venue"_s, u"Grand Theatre"_s}, {u"timeZone"_s, u"Asia/Shanghai"_s}});
    QVERIFY2(created.ok, qPrintable(created.toString()));
    const qint64 performance = created.result.value(u"performance"_s).toObject().value(u"id"_s).toInteger();
    const qint64 type = seed::createTicketType(*m_manager, performance, u"Stalls"_s, 38000, 50);
    QVERIFY(type > 0);
    QVERIFY(m_customer->call(methodName(Method::OrderPurchase),
                             {{u"ticketTypeId"_s, type}, {u"quantity"_s, 1}, {u"payment"_s, seed::sandboxPayment()}})
                .ok);

    m_sales->refresh();
    auto *events = m_window->findChild<QComboBox *>(u"reportEventComboBox"_s);
    QTRY_VERIFY(events->findData(event) >= 0);
    m_sales->setHourly(false);
    m_sales->selectScope(event, performance);
    const QDate today = QDate::currentDate();
    m_sales->setRange(today.addDays(-1), today.addDays(1));
    waitForSales();
    QCOMPARE(m_sales->salesResult().value(u"timeZone"_s).toString(), u"Asia/Shanghai"_s);
    QCOMPARE(m_sales->salesResult().value(u"totals"_s).toObject().value(u"tickets"_s).toInteger(), 1);
    const QString shown = DisplayFormat::showTime(start.toUTC(), u"Asia/Shanghai"_s);
    QCOMPARE(DisplayFormat::inZone(start.toUTC(), u"Asia/Shanghai"_s).time(), QTime(19, 30));
    auto *performances = m_window->findChild<QComboBox *>(u"reportPerformanceComboBox"_s);
    QVERIFY2(performances->currentText().startsWith(shown), qPrintable(performances->currentText()));
    QAbstractItemModel *occupancy = m_sales->table(SalesReportView::OccupancyTable);
    QTRY_VERIFY(occupancy->rowCount() >= 1);
    QStringList row;
    for (int c = 0; c < occupancy->columnCount(); ++c)
        row << occupancy->index(0, c).data().toString();
    QVERIFY2(row.contains(shown), qPrintable(row.join(u" | "_s)));

    // Its days are Shanghai's, and so are their labels: the day that starts at 16:00Z on D reads
    // D+1 in the table, on the chart and in the CSV, though this computer's calendar says D.
    const QLocale locale;
    const auto dateText = [&locale](const QDate &d) -> QString {
        return locale.toString(d, u"ddd"_s) + u' ' + locale.toString(d, QLocale::ShortFormat);
    };
    QVERIFY(QTimeZone::systemTimeZone().offsetFromUtc(start) != shanghai.offsetFromUtc(start));
    const QJsonArray points = m_sales->salesResult().value(u"points"_s).toArray();
    QCOMPARE(points.size(), 3);
    ReportTableModel *overTime = m_sales->table(SalesReportView::OverTimeTable);
    QCOMPARE(overTime->rowCount(), points.size() + 1); // and the totals
    const QStringList axis = m_sales->chart()->timeLabels();
    QCOMPARE(axis.size(), points.size());
    const QString daysCsv = m_dir.filePath(u"shanghai-days.csv"_s);
    QString error;
    QVERIFY2(m_sales->exportCsv(SalesReportView::OverTimeTable, daysCsv, &error), qPrintable(error));
    QList<QStringList> csv = readCsv(daysCsv);
    QCOMPARE(csv.size(), points.size() + 2);
    QCOMPARE(csv.at(0).at(0), u"From (Asia/Shanghai)"_s);
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QDate day = today.addDays(i - 1); // the range's days, in Shanghai
        const QDateTime at = parseWireTime(points.at(i)[u"at"_s].toString()).value_or(QDateTime());
        QCOMPARE(at, day.startOfDay(shanghai));
        QCOMPARE(at.toUTC(), QDateTime(day.addDays(-1), QTime(16, 0), Qt::UTC));
        QCOMPARE(overTime->index(int(i), 0).data().toString(), dateText(day));
        QCOMPARE(axis.at(i), locale.toString(day, u"MMM d"_s));
        QCOMPARE(csv.at(i + 1).at(0), day.toString(u"yyyy-MM-dd"_s));
    }

    // And its hours: Shanghai's midnight (16:00Z) reads 00:00, with the zone's abbreviation.
    m_sales->setHourly(true);
    m_sales->setRange(today, today);
    waitForSales();
    const QJsonArray hours = m_sales->salesResult().value(u"points"_s).toArray();
    QCOMPARE(hours.size(), 24);
    const QDateTime midnight = today.startOfDay(shanghai);
    QCOMPARE(parseWireTime(hours.first()[u"at"_s].toString()).value_or(QDateTime()), midnight);
    const QString first = overTime->index(0, 0).data().toString();
    QCOMPARE(first, DisplayFormat::showTime(midnight, u"Asia/Shanghai"_s));
    QVERIFY2(first.startsWith(dateText(today))
                 && first.endsWith(u' ' + DisplayFormat::zoneAbbreviation(midnight, shanghai)),
             qPrintable(first));
    QCOMPARE(m_sales->chart()->timeLabels().value(0), locale.toString(today, u"MMM d"_s) + u" 00:00"_s);
    const QString hoursCsv = m_dir.filePath(u"shanghai-hours.csv"_s);
    QVERIFY2(m_sales->exportCsv(SalesReportView::OverTimeTable, hoursCsv, &error), qPrintable(error));
    csv = readCsv(hoursCsv);
    QCOMPARE(csv.at(1).at(0), today.toString(u"yyyy-MM-dd"_s) + u" 00:00"_s);
    m_sales->setHourly(false);
    waitForSales();
}

void TestGuiReports::fitsAndIsNamed_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("view");
    for (const QSize size : {QSize(1360, 860), QSize(1024, 700)}) {
        QTest::addRow("sales %dx%d", size.width(), size.height()) << size << int(ReportsPage::SalesView);
        QTest::addRow("box office %dx%d", size.width(), size.height())
            << size << int(ReportsPage::BoxOfficeView);
    }
}

void TestGuiReports::fitsAndIsNamed()
{
    QFETCH(QSize, size);
    QFETCH(int, view);
    m_window->resize(size);
    m_window->reportsPage()->showView(ReportsPage::View(view));
    if (view == ReportsPage::SalesView) {
        m_sales->selectScope(m_event, 0);
        m_sales->setHourly(false);
        const QDate today = QDate::currentDate();
        m_sales->setRange(today.addDays(-13), today);
        waitForSales();
        // The occupancy at the large size, the ticket types at the small one.
        m_window->findChild<QTabWidget *>(u"salesTablesTabWidget"_s)
            ->setCurrentIndex(size.width() > 1200 ? SalesReportView::OccupancyTable
                                                  : SalesReportView::TicketTypesTable);
    }
    QTRY_COMPARE(m_window->size(), size);
    QCoreApplication::processEvents();
    const QStringList clipped = uicheck::clippedWidgets(m_window.get());
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u'\n')));
    const QStringList unnamed = uicheck::unnamedInputs(m_window.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
    const QStringList shared = uicheck::duplicateMnemonics(m_window.get());
    QVERIFY2(shared.isEmpty(), qPrintable(shared.join(u'\n')));
    uicheck::saveScreenshot(m_window.get(),
                            u"reports-%1-%2x%3"_s.arg(view == ReportsPage::SalesView ? u"sales"_s : u"box-office"_s)
                                .arg(size.width())
                                .arg(size.height()));
    m_window->resize(1360, 860);
}

QTEST_MAIN(TestGuiReports)
#include "tst_gui_reports.moc"
