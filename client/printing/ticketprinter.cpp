#include "printing/ticketprinter.h"

#include "core/clientsettings.h"
#include "core/displayformat.h"
#include "printing/ticketrenderer.h"

#include <QButtonGroup>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace mq::client {

namespace {

constexpr qreal MaxTicketWidthMm = 190.0;
constexpr int PdfResolution = 300;
const QString LayoutKey = u"printing/layout"_s;
const QString FolderKey = u"printing/lastFolder"_s;

const QColor Ink(0x1c, 0x1d, 0x22);
const QColor Muted(0x62, 0x66, 0x70);
const QColor Rule(0xc9, 0xcc, 0xd3);

qreal mm(qreal millimetres, int dpi)
{
    return millimetres * dpi / 25.4;
}

QFont pointFont(qreal points, QFont::Weight weight = QFont::Normal)
{
    QFont f;
    f.setPointSizeF(points);
    f.setWeight(weight);
    return f;
}

QString paymentText(const Order &order)
{
    if (order.paymentProvider == u"cash"_s)
        return TicketPrinter::tr("cash");
    if (order.paymentProvider == u"sandbox"_s)
        return TicketPrinter::tr("card");
    return order.paymentProvider;
}

// Under a full-page ticket: what the holder needs to know, and the order it belongs to.
void paintNotes(QPainter *painter, const QRectF &area, const Order &order, const Ticket &ticket,
                bool cancelled, int dpi)
{
    qreal y = area.top();
    const auto paragraph = [&](const QString &text, const QFont &font, const QColor &colour,
                               qreal spaceAfterMm) {
        painter->setFont(font);
        painter->setPen(colour);
        const QRectF bounds = painter->boundingRect(QRectF(area.left(), y, area.width(), area.bottom() - y),
                                                    Qt::TextWordWrap, text);
        painter->drawText(QRectF(area.left(), y, area.width(), bounds.height()), Qt::TextWordWrap, text);
        y += bounds.height() + mm(spaceAfterMm, dpi);
    };
    if (ticket.seatId > 0 && !cancelled) {
        // The seat in plain words, for reading aloud and for screen readers of the PDF.
        paragraph(TicketPrinter::tr("Your seat"), pointFont(12, QFont::Bold), Ink, 2);
        QStringList lines{DisplayFormat::seatPlace(ticket.seat)};
        const QStringList notes = DisplayFormat::seatNotes(ticket.seat);
        if (!notes.isEmpty())
            lines << notes.join(u" · "_s);
        if (const QString note = DisplayFormat::seatNote(ticket.seat); !note.isEmpty())
            lines << note;
        paragraph(lines.join(u'\n'), pointFont(11), Ink, 6);
    }
    if (cancelled) {
        paragraph(TicketPrinter::tr("This ticket was cancelled"), pointFont(12, QFont::Bold), Ink, 2);
        paragraph(TicketPrinter::tr("It will not admit anyone. Any payment for it has been refunded."),
                  pointFont(10), Ink, 6);
    } else {
        paragraph(TicketPrinter::tr("Good to know"), pointFont(12, QFont::Bold), Ink, 2);
        paragraph(TicketPrinter::tr("Show this ticket at the entrance, printed or on a screen. Each "
                                    "QR code admits one person, once: do not share or copy it."),
                  pointFont(10), Ink, 1.5);
        paragraph(TicketPrinter::tr("If the code will not scan, staff can type in the ticket code "
                                    "printed beside it."),
                  pointFont(10), Ink, 6);
    }

    paragraph(TicketPrinter::tr("Order"), pointFont(12, QFont::Bold), Ink, 2);
    QStringList lines;
    lines << TicketPrinter::tr("Order code: %1").arg(order.code);
    if (order.createdAt.isValid())
        lines << TicketPrinter::tr("Ordered: %1").arg(DisplayFormat::dateTime(order.createdAt));
    lines << TicketPrinter::tr("%n ticket(s), %1 paid by %2", nullptr, int(order.tickets.size()))
                 .arg(DisplayFormat::money(order.totalCents), paymentText(order));
    paragraph(lines.join(u'\n'), pointFont(10), Muted, 0);
}

void paintCutLine(QPainter *painter, qreal y, qreal left, qreal right, int dpi)
{
    QPen pen(Rule, mm(0.25, dpi), Qt::CustomDashLine);
    pen.setDashPattern({6.0, 6.0});
    painter->setPen(pen);
    painter->drawLine(QPointF(left, y), QPointF(right, y));
}

TicketPrinter::Layout savedLayout()
{
    return QSettings().value(LayoutKey).toString() == u"one"_s ? TicketPrinter::Layout::OnePerPage
                                                               : TicketPrinter::Layout::SeveralPerA4;
}

void showError(QWidget *parent, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace

int TicketPrinter::pageCount(const Order &order, Layout layout)
{
    const int tickets = int(order.tickets.size());
    if (layout == Layout::OnePerPage)
        return tickets;
    return (tickets + TicketsPerSheet - 1) / TicketsPerSheet;
}

QString TicketPrinter::suggestedFileName(const Order &order)
{
    return tr("Tickets %1.pdf").arg(order.code);
}

bool TicketPrinter::savePdf(const Order &order, const QString &path, Layout layout, QString *error)
{
    if (order.tickets.isEmpty()) {
        if (error)
            *error = tr("This order has no tickets to print.");
        return false;
    }
    const QString cannotWrite =
        tr("Cannot write %1. Check that the folder exists and that you may write there.")
            .arg(QDir::toNativeSeparators(path));
    if (!QFileInfo(path).absoluteDir().exists()) {
        if (error)
            *error = cannotWrite;
        return false;
    }
    QPdfWriter writer(path);
    writer.setResolution(PdfResolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    writer.setTitle(tr("Tickets for order %1").arg(order.code));
    writer.setCreator(u"Marquee"_s);
    if (!render(order, &writer, layout, error)) {
        if (error && error->isEmpty())
            *error = cannotWrite;
        return false;
    }
    return true;
}

bool TicketPrinter::print(const Order &order, QPrinter *printer, Layout layout)
{
    return printer && render(order, printer, layout, nullptr);
}

bool TicketPrinter::render(const Order &order, QPagedPaintDevice *device, Layout layout,
                           QString *error)
{
    if (order.tickets.isEmpty()) {
        if (error)
            *error = tr("This order has no tickets to print.");
        return false;
    }
    QPainter painter;
    if (!painter.begin(device))
        return false;
    const int dpi = device->logicalDpiY();
    const QRect paintRect = device->pageLayout().paintRectPixels(dpi);
    const QRectF page(0, 0, paintRect.width(), paintRect.height());
    const qreal width = qMin(page.width(), mm(MaxTicketWidthMm, dpi));
    const qreal left = page.left() + (page.width() - width) / 2;

    const int count = int(order.tickets.size());
    if (layout == Layout::OnePerPage) {
        for (int i = 0; i < count; ++i) {
            if (i > 0 && !device->newPage())
                return false;
            const QRectF ticket(left, page.top(), width, width / TicketRenderer::AspectRatio);
            TicketRenderer::paint(&painter, ticket, order, i);
            const qreal notesTop = ticket.bottom() + mm(10, dpi);
            const bool cancelled = order.tickets.at(i).status == TicketCancelled
                                   || order.status == OrderCancelled
                                   || order.status == OrderRefunded;
            paintNotes(&painter, QRectF(left + mm(2, dpi), notesTop, width - mm(4, dpi),
                                        page.bottom() - notesTop),
                       order, order.tickets.at(i), cancelled, dpi);
        }
    } else {
        const qreal slot = page.height() / TicketsPerSheet;
        const qreal gap = mm(8, dpi);
        for (int i = 0; i < count; ++i) {
            const int onPage = i % TicketsPerSheet;
            if (i > 0 && onPage == 0 && !device->newPage())
                return false;
            const qreal top = page.top() + onPage * slot;
            if (onPage > 0)
                paintCutLine(&painter, top, page.left(), page.right(), dpi);
            TicketRenderer::paint(&painter, QRectF(left, top + gap / 2, width, slot - gap), order, i);
        }
    }
    return painter.end();
}

void TicketPrinter::printWithDialog(const Order &order, QWidget *parent)
{
    // The dialog does not own its printer; the connection below does, and dies with the dialog.
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setDocName(tr("Tickets %1").arg(order.code));

    auto *dialog = new QPrintDialog(printer.get(), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print Tickets"));

    auto *options = new QWidget;
    options->setWindowTitle(tr("Tickets"));
    auto *optionsLayout = new QVBoxLayout(options);
    auto *several = new QRadioButton(tr("Three tickets on each A4 sheet"), options);
    several->setObjectName(u"severalPerPageRadioButton"_s);
    auto *one = new QRadioButton(tr("One ticket per page"), options);
    one->setObjectName(u"onePerPageRadioButton"_s);
    auto *group = new QButtonGroup(options);
    group->addButton(several);
    group->addButton(one);
    (savedLayout() == Layout::OnePerPage ? one : several)->setChecked(true);
    optionsLayout->addWidget(several);
    optionsLayout->addWidget(one);
    optionsLayout->addStretch();
    dialog->setOptionTabs({options});

    QObject::connect(dialog, &QDialog::accepted, dialog, [order, printer, one, dialog] {
        const Layout layout = one->isChecked() ? Layout::OnePerPage : Layout::SeveralPerA4;
        QSettings().setValue(LayoutKey, layout == Layout::OnePerPage ? u"one"_s : u"several"_s);
        if (!print(order, printer.get(), layout))
            showError(dialog->parentWidget(), tr("Print Tickets"),
                      tr("The tickets could not be printed. Check the printer and try again."));
    });
    dialog->open();
}

void TicketPrinter::saveWithDialog(const Order &order, QWidget *parent)
{
    // A folder that exists: the last one used, the station's ticket folder, Documents, or home
    // (Documents may not exist, and a file name in a missing folder cannot be saved).
    QString folder;
    for (const QString &candidate : {QSettings().value(FolderKey).toString(), ClientSettings::ticketFolder(),
                                     QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                     QDir::homePath()}) {
        if (!candidate.isEmpty() && QFileInfo(candidate).isDir()) {
            folder = candidate;
            break;
        }
    }

    // The layout is chosen with the file type: one ticket a page, or three to an A4 sheet.
    const QString onePerPage = tr("PDF, one ticket per page (*.pdf)");
    const QString severalPerPage = tr("PDF, three tickets per A4 page (*.pdf)");
    auto *dialog = new QFileDialog(parent, tr("Save Tickets as PDF"), folder);
    dialog->setNameFilters({onePerPage, severalPerPage});
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(u"pdf"_s);
    dialog->selectFile(QDir(folder).filePath(suggestedFileName(order)));
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog, [order, dialog, severalPerPage](const QString &path) {
        QSettings().setValue(FolderKey, QFileInfo(path).absolutePath());
        const Layout layout = dialog->selectedNameFilter() == severalPerPage ? Layout::SeveralPerA4
                                                                             : Layout::OnePerPage;
        QString error;
        if (!savePdf(order, path, layout, &error))
            showError(dialog->parentWidget(), tr("Save Tickets as PDF"), error);
    });
    dialog->open();
}

} // namespace mq::client
