#include "printing/ticketdelivery.h"

#include "core/clientsettings.h"

#include <QDir>
#include <QPrinter>
#include <QRegularExpression>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace mq::client {

namespace {
const QString LayoutKey = u"printing/layout"_s; // shared with TicketPrinter's print dialog

QString printerName(const QPrinterInfo &printer)
{
    return printer.description().isEmpty() ? printer.printerName() : printer.description();
}
} // namespace

std::optional<QPrinterInfo> TicketDelivery::stationPrinter()
{
    if (ClientSettings::ticketOutput() != ClientSettings::TicketOutput::Printer)
        return std::nullopt;
    const QString name = ClientSettings::ticketPrinter();
    QPrinterInfo printer = name.isEmpty() ? QPrinterInfo::defaultPrinter() : QPrinterInfo::printerInfo(name);
    if (printer.isNull() && name.isEmpty()) {
        // No default set, but a printer is there: use it rather than nothing.
        const QList<QPrinterInfo> printers = QPrinterInfo::availablePrinters();
        if (!printers.isEmpty())
            printer = printers.first();
    }
    if (printer.isNull())
        return std::nullopt;
    return printer;
}

QString TicketDelivery::noPrinterReason()
{
    if (ClientSettings::ticketOutput() != ClientSettings::TicketOutput::Printer || stationPrinter())
        return {};
    const QString folder = QDir::toNativeSeparators(ClientSettings::ticketFolder());
    const QString name = ClientSettings::ticketPrinter();
    if (!name.isEmpty())
        return tr("The printer “%1” is not available. Tickets are saved as PDF files in %2.").arg(name, folder);
    return tr("No printer is set up at this station. Tickets are saved as PDF files in %1.").arg(folder);
}

TicketDelivery::Result TicketDelivery::deliver(const Order &order)
{
    if (const auto printer = stationPrinter()) {
        Result printed = print(order, *printer);
        if (printed.kind == Result::Kind::Printed)
            return printed;
        // The printer refused (offline, out of paper): the tickets still exist, in a file.
        Result saved = saveToFolder(order, ClientSettings::ticketFolder());
        if (saved.kind == Result::Kind::Saved)
            saved.message = printed.message + u' ' + saved.message;
        return saved;
    }
    return saveToFolder(order, ClientSettings::ticketFolder());
}

TicketDelivery::Result TicketDelivery::print(const Order &order, const QPrinterInfo &info)
{
    Result result;
    result.printer = printerName(info);
    QPrinter printer(info, QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(TicketPrinter::tr("Tickets %1").arg(order.code));
    if (TicketPrinter::print(order, &printer, layout())) {
        result.kind = Result::Kind::Printed;
        result.message = tr("Printed on %1.").arg(result.printer);
    } else {
        result.message = tr("The tickets could not be printed on %1.").arg(result.printer);
    }
    return result;
}

TicketDelivery::Result TicketDelivery::saveToFolder(const Order &order, const QString &folder)
{
    Result result;
    const QDir dir(folder);
    if (!dir.mkpath(u"."_s)) {
        result.message = tr("Cannot create the folder %1 for the tickets. Choose another one in "
                            "Printing settings.")
                             .arg(QDir::toNativeSeparators(folder));
        return result;
    }
    result.path = dir.absoluteFilePath(fileName(order));
    QString error;
    if (!TicketPrinter::savePdf(order, result.path, layout(), &error)) {
        result.message = error;
        return result;
    }
    result.kind = Result::Kind::Saved;
    result.message = tr("Saved to %1.").arg(QDir::toNativeSeparators(result.path));
    return result;
}

QString TicketDelivery::fileName(const Order &order)
{
    QString code = order.code;
    // A code is letters, digits and dashes; anything else would not belong in a file name.
    code.replace(QRegularExpression(u"[^A-Za-z0-9-]"_s), u"_"_s);
    return code + u".pdf"_s;
}

TicketPrinter::Layout TicketDelivery::layout()
{
    return QSettings().value(LayoutKey).toString() == u"one"_s ? TicketPrinter::Layout::OnePerPage
                                                               : TicketPrinter::Layout::SeveralPerA4;
}

void TicketDelivery::setLayout(TicketPrinter::Layout layout)
{
    QSettings().setValue(LayoutKey, layout == TicketPrinter::Layout::OnePerPage ? u"one"_s : u"several"_s);
}

} // namespace mq::client
