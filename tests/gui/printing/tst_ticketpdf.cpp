// Tickets as a door scanner sees them: PDFs with the right number of pages, rasterised like a
// printout, whose QR codes decode (with ZXing) to the ticket codes.
#include "core/displayformat.h"
#include "core/clientsettings.h"
#include "printing/qrcode.h"
#include "printing/ticketdelivery.h"
#include "printing/ticketprinter.h"
#include "printing/ticketrenderer.h"

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QPrinter>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <ZXing/ReadBarcode.h>

#include <algorithm>

using namespace Qt::StringLiterals;
using mq::client::QrCode;
using mq::client::TicketPrinter;
using mq::client::TicketRenderer;

namespace {

// Every QR code ZXing finds in the image.
QStringList decodeAll(const QImage &source)
{
    const QImage grey = source.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(),
                                ZXing::ImageFormat::Lum, int(grey.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    QStringList texts;
    for (const ZXing::Result &result : ZXing::ReadBarcodes(view, hints)) {
        if (result.isValid())
            texts.append(QString::fromStdString(result.text()));
    }
    texts.sort();
    return texts;
}

mq::Order makeOrder(int tickets, int cancelledFrom = -1)
{
    mq::Order order;
    order.id = 41;
    order.code = u"MQ-7F3K-92QX-4T"_s;
    order.userId = 2;
    order.status = mq::OrderPaid;
    order.createdAt = QDateTime(QDate(2026, 11, 25), QTime(16, 8), Qt::UTC);
    order.paymentProvider = u"cash"_s;

    mq::OrderItem standard;
    standard.ticketTypeId = 1;
    standard.ticketTypeName = u"Standing"_s;
    standard.unitPriceCents = 4500;
    standard.performanceId = 5;
    standard.eventTitle = u"Jazz at the Bund"_s;
    standard.startsAt = QDateTime(QDate(2026, 12, 31), QTime(13, 30), Qt::UTC);
    standard.venue = u"Peace Hotel, Jazz Bar"_s;
    mq::OrderItem table = standard;
    table.ticketTypeId = 2;
    table.ticketTypeName = u"Table seat"_s;
    table.unitPriceCents = 28000;

    static const QStringList codes = {u"89N1-YYR4-JKYR-WZKB"_s, u"780Y-527N-BAC2-Y3YK"_s,
                                      u"HYGJ-JWMR-2RFY-YYNP"_s, u"K3VQ-8M2D-XW4R-7PZA"_s,
                                      u"Q2WE-R4TY-6UIP-8ASD"_s};
    for (int i = 0; i < tickets; ++i) {
        mq::Ticket ticket;
        ticket.id = 100 + i;
        ticket.code = codes.at(i % codes.size());
        ticket.ticketTypeId = i == 0 ? 2 : 1;
        if (cancelledFrom >= 0 && i >= cancelledFrom)
            ticket.status = mq::TicketCancelled;
        order.tickets.append(ticket);
    }
    table.quantity = 1;
    standard.quantity = tickets - 1;
    order.items = {table, standard};
    order.totalCents = table.unitPriceCents + standard.quantity * standard.unitPriceCents;
    return order;
}

// Two seats side by side in row F of the stalls; the second has a restricted view, is a companion
// seat and carries a note.
mq::Order makeSeatedOrder()
{
    mq::Order order = makeOrder(2);
    order.items = {order.items.at(1)};
    order.items[0].ticketTypeId = 1;
    order.items[0].ticketTypeName = u"Standard"_s;
    order.items[0].quantity = 2;
    order.items[0].seatIds = {501, 502};
    order.totalCents = 2 * order.items[0].unitPriceCents;
    for (int i = 0; i < order.tickets.size(); ++i) {
        mq::Ticket &ticket = order.tickets[i];
        ticket.ticketTypeId = 1;
        ticket.seatId = 501 + i;
        ticket.seat.section = u"Stalls"_s;
        ticket.seat.row = u"F"_s;
        ticket.seat.label = QString::number(12 + i);
    }
    order.tickets[1].seat.restrictedView = true;
    order.tickets[1].seat.companion = true;
    order.tickets[1].seat.note = u"Pillar to the left"_s;
    return order;
}

QStringList codesOf(const mq::Order &order, int first, int count)
{
    QStringList codes;
    for (int i = first; i < first + count && i < order.tickets.size(); ++i)
        codes.append(order.tickets.at(i).code);
    codes.sort();
    return codes;
}

} // namespace

class TestTicketPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void qrImageRoundTrips_data();
    void qrImageRoundTrips();
    void qrImageIsCrisp();
    void qrRefusesEmptyText();
    void renderedTicketScans();
    void renderedTicketScansItsSignedPayload();
    void cancelledTicketIsMarked();
    void cancelledTicketHasNoCode();
    void pageCounts();
    void onePerPagePdf();
    void severalPerA4Pdf();
    void printToPdfPrinter();
    void unwritablePathIsReported();
    void deliveryWithoutPrinterSavesIntoNewFolder();
    void seatedTicketShowsItsSeat();

private:
    // The text of every page, as pdftotext extracts it (pages separated by form feeds).
    QString pdfText(const QString &pdf);
    // Rasterises every page with pdftoppm at 150 dpi; returns the page images in order.
    QList<QImage> rasterise(const QString &pdf);

    QTemporaryDir m_dir;
    QString m_pdftoppm;
};

void TestTicketPdf::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // To look at the PDFs and page images: MARQUEE_KEEP_TEST_FILES=1 keeps the folder.
    if (qEnvironmentVariableIsSet("MARQUEE_KEEP_TEST_FILES")) {
        m_dir.setAutoRemove(false);
        qInfo("files kept in %s", qPrintable(m_dir.path()));
    }
    m_pdftoppm = QStandardPaths::findExecutable(u"pdftoppm"_s);
    QVERIFY2(!m_pdftoppm.isEmpty(), "pdftoppm not found: run scripts/setup.sh (poppler-utils)");
}

QList<QImage> TestTicketPdf::rasterise(const QString &pdf)
{
    const QString prefix = m_dir.filePath(QFileInfo(pdf).completeBaseName());
    QProcess process;
    process.start(m_pdftoppm, {u"-r"_s, u"150"_s, u"-png"_s, pdf, prefix});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning() << "pdftoppm failed:" << process.readAllStandardError();
        return {};
    }
    // pdftoppm numbers pages prefix-1.png … or prefix-01.png …, depending on the page count.
    QDir dir(m_dir.path());
    QStringList files = dir.entryList({QFileInfo(prefix).fileName() + u"-*.png"_s}, QDir::Files);
    std::sort(files.begin(), files.end(), [](const QString &a, const QString &b) {
        const auto number = [](const QString &name) {
            return name.section(u'-', -1).section(u'.', 0, 0).toInt();
        };
        return number(a) < number(b);
    });
    QList<QImage> pages;
    for (const QString &file : std::as_const(files))
        pages.append(QImage(dir.filePath(file)));
    return pages;
}

void TestTicketPdf::qrImageRoundTrips_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("ticket code") << u"K3VQ-8M2D-XW4R-7PZA"_s;
    QTest::newRow("order code") << u"MQ-7F3K-92QX-4T"_s;
    QTest::newRow("lower case") << u"marquee ticket k3vq"_s;
    QTest::newRow("long") << u"https://tickets.example.com/check?code=K3VQ-8M2D-XW4R-7PZA&order=MQ-7F3K-92QX-4T"_s;
}

void TestTicketPdf::qrImageRoundTrips()
{
    QFETCH(QString, text);
    const QImage image = QrCode::image(text);
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), image.height());
    QCOMPARE(decodeAll(image), QStringList{text});
}

void TestTicketPdf::qrImageIsCrisp()
{
    const QImage image = QrCode::image(u"K3VQ-8M2D-XW4R-7PZA"_s, 6, 4)
                             .convertToFormat(QImage::Format_Grayscale8);
    // Whole modules of pure black or white: size is a multiple of the module, and no greys.
    QCOMPARE(image.width() % 6, 0);
    const mq::client::QrCode::Matrix matrix = QrCode::encode(u"K3VQ-8M2D-XW4R-7PZA"_s);
    QCOMPARE(image.width(), (matrix.size + 8) * 6);
    for (int y = 0; y < image.height(); ++y) {
        const uchar *line = image.constScanLine(y);
        for (int x = 0; x < image.width(); ++x)
            QVERIFY2(line[x] == 0 || line[x] == 255, "grey pixel in a QR image");
    }
    // The quiet zone is white.
    for (int x = 0; x < image.width(); ++x)
        QCOMPARE(image.pixelColor(x, 4 * 6 - 1), QColor(Qt::white));
}

void TestTicketPdf::qrRefusesEmptyText()
{
    QVERIFY(QrCode::image(QString()).isNull());
    QVERIFY(QrCode::encode(QString()).isNull());
}

void TestTicketPdf::renderedTicketScans()
{
    const mq::Order order = makeOrder(2);
    QImage image(1400, 700, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        TicketRenderer::paint(&painter, QRectF(image.rect()), order, 1);
    }
    QCOMPARE(decodeAll(image), QStringList{order.tickets.at(1).code});
}

void TestTicketPdf::renderedTicketScansItsSignedPayload()
{
    // A ticket with a signed payload prints that, so a door can check it even offline.
    mq::Order order = makeOrder(2);
    order.tickets[1].qr = u"MQ1.5."_s + order.tickets.at(1).code +
                          u".Qm9ndXMgc2lnbmF0dXJlIGZvciBhIHRlc3Qgb2YgdGhlIHByaW50ZWQgUVIgY29kZSBvbmx5IQ"_s;
    QImage image(1400, 700, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        TicketRenderer::paint(&painter, QRectF(image.rect()), order, 1);
    }
    QCOMPARE(decodeAll(image), QStringList{order.tickets.at(1).qr});
}

void TestTicketPdf::cancelledTicketIsMarked()
{
    // A cancelled ticket paints differently from the same ticket valid (the overlay).
    const mq::Order valid = makeOrder(1);
    const mq::Order cancelled = makeOrder(1, 0);
    QImage a(1000, 455, QImage::Format_RGB32);
    QImage b(1000, 455, QImage::Format_RGB32);
    a.fill(Qt::white);
    b.fill(Qt::white);
    {
        QPainter pa(&a);
        TicketRenderer::paint(&pa, QRectF(a.rect()), valid, 0);
        QPainter pb(&b);
        TicketRenderer::paint(&pb, QRectF(b.rect()), cancelled, 0);
    }
    QVERIFY(a != b);
    // The stamp is red: the middle of the cancelled ticket has strongly red pixels, the valid none.
    const auto reddish = [](const QImage &image) {
        int count = 0;
        for (int y = 150; y < 300; ++y) {
            for (int x = 250; x < 750; ++x) {
                const QColor c = image.pixelColor(x, y);
                count += c.red() > 150 && c.green() < 110 && c.blue() < 110;
            }
        }
        return count;
    };
    QCOMPARE(reddish(a), 0);
    QVERIFY(reddish(b) > 500);
    QCOMPARE(TicketRenderer::statusText(mq::TicketCancelled), u"Cancelled"_s);
}

void TestTicketPdf::cancelledTicketHasNoCode()
{
    // A refunded order's ticket shows no QR code a scanner could read, washed out or not.
    mq::Order order = makeOrder(2);
    QImage image(1400, 700, QImage::Format_RGB32);
    const auto scan = [&] {
        image.fill(Qt::white);
        QPainter painter(&image);
        TicketRenderer::paint(&painter, QRectF(image.rect()), order, 0);
        painter.end();
        return decodeAll(image);
    };
    QCOMPARE(scan(), QStringList{order.tickets.at(0).code});
    order.status = mq::OrderRefunded;
    for (mq::Ticket &ticket : order.tickets)
        ticket.status = mq::TicketCancelled;
    QCOMPARE(scan(), QStringList());
}

void TestTicketPdf::pageCounts()
{
    QCOMPARE(TicketPrinter::pageCount(makeOrder(4), TicketPrinter::Layout::OnePerPage), 4);
    QCOMPARE(TicketPrinter::pageCount(makeOrder(4), TicketPrinter::Layout::SeveralPerA4), 2);
    QCOMPARE(TicketPrinter::pageCount(makeOrder(3), TicketPrinter::Layout::SeveralPerA4), 1);
    QCOMPARE(TicketPrinter::pageCount(makeOrder(1), TicketPrinter::Layout::SeveralPerA4), 1);
}

void TestTicketPdf::onePerPagePdf()
{
    const mq::Order order = makeOrder(3, 2); // the last ticket is cancelled
    const QString path = m_dir.filePath(u"one-per-page.pdf"_s);
    QString error;
    QVERIFY2(TicketPrinter::savePdf(order, path, TicketPrinter::Layout::OnePerPage, &error),
             qPrintable(error));
    QVERIFY(QFileInfo(path).size() > 1000);

    const QList<QImage> pages = rasterise(path);
    QCOMPARE(pages.size(), 3);
    // A4 at 150 dpi, portrait.
    QVERIFY(qAbs(pages.first().width() - 1240) <= 2);
    QVERIFY(qAbs(pages.first().height() - 1754) <= 2);
    QCOMPARE(decodeAll(pages.at(0)), QStringList{order.tickets.at(0).code});
    QCOMPARE(decodeAll(pages.at(1)), QStringList{order.tickets.at(1).code});
    QCOMPARE(decodeAll(pages.at(2)), QStringList()); // cancelled: nothing to scan
}

void TestTicketPdf::severalPerA4Pdf()
{
    const mq::Order order = makeOrder(4);
    const QString path = m_dir.filePath(u"several-per-page.pdf"_s);
    QString error;
    QVERIFY2(TicketPrinter::savePdf(order, path, TicketPrinter::Layout::SeveralPerA4, &error),
             qPrintable(error));

    const QList<QImage> pages = rasterise(path);
    QCOMPARE(pages.size(), 2);
    QCOMPARE(decodeAll(pages.at(0)), codesOf(order, 0, 3));
    QCOMPARE(decodeAll(pages.at(1)), codesOf(order, 3, 1));
}

void TestTicketPdf::printToPdfPrinter()
{
    // print() honours the printer it is given: here a PDF printer at its own resolution.
    const mq::Order order = makeOrder(2);
    const QString path = m_dir.filePath(u"printer.pdf"_s);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QVERIFY(TicketPrinter::print(order, &printer, TicketPrinter::Layout::OnePerPage));
    const QList<QImage> pages = rasterise(path);
    QCOMPARE(pages.size(), 2);
    QCOMPARE(decodeAll(pages.at(0)), QStringList{order.tickets.at(0).code});
}

void TestTicketPdf::unwritablePathIsReported()
{
    QString error;
    QVERIFY(!TicketPrinter::savePdf(makeOrder(1), m_dir.filePath(u"no/such/folder/t.pdf"_s),
                                    TicketPrinter::Layout::OnePerPage, &error));
    QVERIFY(!error.isEmpty());

    error.clear();
    mq::Order empty = makeOrder(1);
    empty.tickets.clear();
    QVERIFY(!TicketPrinter::savePdf(empty, m_dir.filePath(u"empty.pdf"_s),
                                    TicketPrinter::Layout::OnePerPage, &error));
    QVERIFY(!error.isEmpty());
}

void TestTicketPdf::deliveryWithoutPrinterSavesIntoNewFolder()
{
    using mq::client::ClientSettings;
    using mq::client::TicketDelivery;
    QSettings().clear();
    // A station set to print, with a printer that is not there: the tickets land in the folder,
    // which is made on the way, in a file named after the order code.
    ClientSettings::setTicketOutput(ClientSettings::TicketOutput::Printer);
    ClientSettings::setTicketPrinter(u"Marquee Test Printer That Is Not There"_s);
    const QString folder = m_dir.filePath(u"station/tickets"_s);
    ClientSettings::setTicketFolder(folder);
    QVERIFY(!QFileInfo::exists(folder));
    QVERIFY(!TicketDelivery::stationPrinter());
    QVERIFY(TicketDelivery::noPrinterReason().contains(QDir::toNativeSeparators(folder)));

    const mq::Order order = makeOrder(2);
    const TicketDelivery::Result result = TicketDelivery::deliver(order);
    QCOMPARE(int(result.kind), int(TicketDelivery::Result::Kind::Saved));
    QCOMPARE(result.path, QDir(folder).filePath(order.code + u".pdf"_s));
    QVERIFY(result.message.contains(QDir::toNativeSeparators(result.path)));
    const QList<QImage> pages = rasterise(result.path);
    QCOMPARE(pages.size(), 1); // three to a sheet unless set otherwise
    QCOMPARE(decodeAll(pages.at(0)), codesOf(order, 0, 2));

    // A folder that cannot be made is said in words, not thrown at the clerk as a dialog.
    QFile blocker(m_dir.filePath(u"a-file"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const TicketDelivery::Result failed = TicketDelivery::saveToFolder(order, m_dir.filePath(u"a-file/sub"_s));
    QCOMPARE(int(failed.kind), int(TicketDelivery::Result::Kind::Failed));
    QVERIFY(!failed.message.isEmpty());
    QSettings().clear();
}

QString TestTicketPdf::pdfText(const QString &pdf)
{
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty()) {
        qWarning("pdftotext not found: run scripts/setup.sh (poppler-utils)");
        return {};
    }
    QProcess process;
    process.start(pdftotext, {u"-layout"_s, pdf, u"-"_s});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning() << "pdftotext failed:" << process.readAllStandardError();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestTicketPdf::seatedTicketShowsItsSeat()
{
    const mq::Order order = makeSeatedOrder();

    // On screen and on paper the ticket still scans.
    QImage image(1400, 700, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        TicketRenderer::paint(&painter, QRectF(image.rect()), order, 1);
    }
    QCOMPARE(decodeAll(image), QStringList{order.tickets.at(1).code});
    if (qEnvironmentVariableIsSet("MARQUEE_KEEP_TEST_FILES"))
        image.save(m_dir.filePath(u"seated.png"_s));

    // One ticket a page: the seat is written on the ticket and again in words under it.
    const QString onePath = m_dir.filePath(u"seated-one-per-page.pdf"_s);
    QString error;
    QVERIFY2(TicketPrinter::savePdf(order, onePath, TicketPrinter::Layout::OnePerPage, &error),
             qPrintable(error));
    const QString one = pdfText(onePath);
    const QStringList pages = one.split(u'\f', Qt::SkipEmptyParts);
    QVERIFY2(pages.size() >= 2, qPrintable(one));
    QVERIFY2(pages.at(0).contains(u"Stalls · Row F · Seat 12"_s), qPrintable(pages.at(0)));
    QVERIFY2(!pages.at(0).contains(u"Restricted view"_s), qPrintable(pages.at(0)));
    QVERIFY2(pages.at(1).contains(u"Stalls · Row F · Seat 13"_s), qPrintable(pages.at(1)));
    QVERIFY2(pages.at(1).contains(u"Restricted view"_s), qPrintable(pages.at(1)));
    QVERIFY2(pages.at(1).contains(u"Companion seat"_s), qPrintable(pages.at(1)));
    QVERIFY2(pages.at(1).contains(u"Pillar to the left"_s), qPrintable(pages.at(1)));
    QVERIFY2(one.contains(u"Row F · Seat 13"_s), qPrintable(one)); // the stub
    const QList<QImage> images = rasterise(onePath);
    QCOMPARE(images.size(), 2);
    QCOMPARE(decodeAll(images.at(1)), QStringList{order.tickets.at(1).code});

    // Three to a sheet: no notes under the tickets, so the seat must be on the tickets.
    const QString severalPath = m_dir.filePath(u"seated-several-per-page.pdf"_s);
    QVERIFY2(TicketPrinter::savePdf(order, severalPath, TicketPrinter::Layout::SeveralPerA4, &error),
             qPrintable(error));
    const QString several = pdfText(severalPath);
    for (const QString &expected : {u"Row F · Seat 12"_s, u"Row F · Seat 13"_s, u"Stalls"_s,
                                    u"Companion seat · Restricted view"_s, u"Pillar to the left"_s})
        QVERIFY2(several.contains(expected), qPrintable(expected + u" not in:\n"_s + several));
    QCOMPARE(decodeAll(rasterise(severalPath).value(0)), codesOf(order, 0, 2));
}

QTEST_MAIN(TestTicketPdf)
#include "tst_ticketpdf.moc"
