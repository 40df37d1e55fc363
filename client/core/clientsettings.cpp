#include "core/clientsettings.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace mq::client {

QString ClientSettings::serverAddress()
{
    return QSettings().value(u"connection/server"_s, u"127.0.0.1:7427"_s).toString();
}

void ClientSettings::setServerAddress(const QString &address)
{
    QSettings().setValue(u"connection/server"_s, address);
}

QString ClientSettings::lastUsername()
{
    return QSettings().value(u"account/lastUsername"_s).toString();
}

void ClientSettings::setLastUsername(const QString &username)
{
    QSettings().setValue(u"account/lastUsername"_s, username);
}

QString ClientSettings::language()
{
    return QSettings().value(u"ui/language"_s).toString();
}

void ClientSettings::setLanguage(const QString &language)
{
    QSettings().setValue(u"ui/language"_s, language);
}

int ClientSettings::kioskIdleSeconds()
{
    return qBound(10, QSettings().value(u"kiosk/idleSeconds"_s, 90).toInt(), 3600);
}

bool ClientSettings::printAfterSale()
{
    return QSettings().value(u"boxoffice/printTickets"_s, true).toBool();
}

void ClientSettings::setPrintAfterSale(bool print)
{
    QSettings().setValue(u"boxoffice/printTickets"_s, print);
}

ClientSettings::TicketOutput ClientSettings::ticketOutput()
{
    return QSettings().value(u"printing/output"_s).toString() == u"pdf"_s ? TicketOutput::PdfFolder
                                                                        : TicketOutput::Printer;
}

void ClientSettings::setTicketOutput(TicketOutput output)
{
    QSettings().setValue(u"printing/output"_s,
                         output == TicketOutput::PdfFolder ? u"pdf"_s : u"printer"_s);
}

QString ClientSettings::ticketPrinter()
{
    return QSettings().value(u"printing/printer"_s).toString();
}

void ClientSettings::setTicketPrinter(const QString &printerName)
{
    QSettings().setValue(u"printing/printer"_s, printerName);
}

QString ClientSettings::ticketFolder()
{
    const QString folder = QSettings().value(u"printing/pdfFolder"_s).toString();
    return folder.isEmpty() ? defaultTicketFolder() : folder;
}

void ClientSettings::setTicketFolder(const QString &folder)
{
    QSettings().setValue(u"printing/pdfFolder"_s, folder);
}

QString ClientSettings::defaultTicketFolder()
{
    // Documents may not exist yet (a fresh account): the folder is created when first used.
    QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (documents.isEmpty())
        documents = QDir::homePath();
    return QDir(documents).filePath(u"Marquee tickets"_s);
}

} // namespace mq::client
