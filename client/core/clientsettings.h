#pragma once

#include <QString>


namespace mq::client {

// The client's settings, one typed accessor per key (QSettings underneath).
class ClientSettings
{
public:
    static QString serverAddress();
    static void setServerAddress(const QString &address);
    static QString lastUsername();
    static void setLastUsername(const QString &username);
    // "" follows the system locale; otherwise "zh_CN" or "en".
    static QString language();
    static void setLanguage(const QString &language);
    static int kioskIdleSeconds();

    // Tickets at this station (box office): after each sale, and reprints.
    enum class TicketOutput { Printer, PdfFolder };
    static bool printAfterSale();
    static void setPrintAfterSale(bool print);
    static TicketOutput ticketOutput();
    static void setTicketOutput(TicketOutput output);
    // The printer's name as QPrinterInfo knows it; empty means the system's default printer.
    static QString ticketPrinter();
    static void setTicketPrinter(const QString &printerName);
    // Where PDFs go without asking; Documents/Marquee tickets unless chosen.
    static QString ticketFolder();
    static void setTicketFolder(const QString &folder);
    static QString defaultTicketFolder();
};

} // namespace mq::client
