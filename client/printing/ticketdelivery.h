#pragma once

#include "printing/ticketprinter.h"
#include "shared/domain.h"

#include <QCoreApplication>
#include <QPrinterInfo>
#include <QString>

#include <optional>

namespace mq::client {

// Where a station's tickets go, without asking anybody: the printer chosen in the printing
// settings (or the system's default), else a PDF file named after the order in the station's
// ticket folder, which is created when missing. Nothing here opens a dialog: a sale at the counter
// must never wait for one.
class TicketDelivery
{
    Q_DECLARE_TR_FUNCTIONS(mq::client::TicketDelivery)
public:
    struct Result
    {
        enum class Kind { Printed, Saved, Failed };
        Kind kind = Kind::Failed;
        QString printer; // Printed: its name for people
        QString path;    // Saved: the file
        QString message; // a sentence for people: where the tickets went, or what went wrong
    };

    // The printer this station prints on, when the settings ask for a printer and it is there.
    static std::optional<QPrinterInfo> stationPrinter();
    // Why the tickets go into PDF files although the settings ask for a printer; empty when they
    // do not (a printer is there, or the station saves PDFs on purpose).
    static QString noPrinterReason();

    // Prints on the station's printer, or saves into the ticket folder.
    static Result deliver(const Order &order);
    static Result print(const Order &order, const QPrinterInfo &printer);
    static Result saveToFolder(const Order &order, const QString &folder);

    // "MQ-RK4E-EZHQ-5M.pdf": the order code, so the file is found by what the customer quotes.
    static QString fileName(const Order &order);
    // The station's layout: three to an A4 sheet unless set to one per page.
    static TicketPrinter::Layout layout();
    static void setLayout(TicketPrinter::Layout layout);
};

} // namespace mq::client
