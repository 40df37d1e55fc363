#pragma once

#include "shared/domain.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;
class QPrinter;
class QWidget;

namespace mq::client {

// Puts an order's tickets on paper or into a PDF file, one per page or three to an A4 sheet.
class TicketPrinter
{
    Q_DECLARE_TR_FUNCTIONS(mq::client::TicketPrinter)
public:
    enum class Layout { OnePerPage, SeveralPerA4 };
    static constexpr int TicketsPerSheet = 3;

    static int pageCount(const Order &order, Layout layout);
    // A4 at 300 dpi. False with a sentence for people in *error when it cannot be written.
    static bool savePdf(const Order &order, const QString &path, Layout layout, QString *error);
    // Uses the printer as it is configured (page size, margins, resolution).
    static bool print(const Order &order, QPrinter *printer, Layout layout);

    // Opens the print dialog (with a choice of layout) and prints when it is accepted. Returns at
    // once: the dialog is window-modal, and nothing waits for it.
    static void printWithDialog(const Order &order, QWidget *parent);
    // Asks where to save a PDF (one ticket per page, for phones and e-mail), remembering the folder.
    static void saveWithDialog(const Order &order, QWidget *parent);

    static QString suggestedFileName(const Order &order);

private:
    static bool render(const Order &order, QPagedPaintDevice *device, Layout layout,
                       QString *error);
};

} // namespace mq::client
