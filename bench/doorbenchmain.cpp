// marquee-doorbench: many gates scanning tickets at once against a running Marquee server.
// Sells N tickets of a new performance, then G connections scan them all in parallel (each
// ticket at two gates, so every admission is also a race); prints scans/s, latency percentiles,
// the admissions and any double admission (must be 0).

#include "doorbench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"marquee-doorbench"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Door benchmark for a Marquee server: sells tickets, then scans them from many gates at once. "
        "Needs an admin account (marquee-server --database URL adduser NAME --role admin)."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"server"_s, u"Server address."_s, u"HOST:PORT"_s, u"127.0.0.1:7427"_s},
        {u"admin-user"_s, u"Admin user name (required)."_s, u"U"_s},
        {u"admin-password"_s, u"Its password (required)."_s, u"P"_s},
        {u"tickets"_s, u"Tickets sold and scanned."_s, u"N"_s, u"2000"_s},
        {u"gates"_s, u"Gate connections scanning at once."_s, u"G"_s, u"16"_s},
        {u"duplicates"_s, u"Gates that scan each ticket (1: no races)."_s, u"N"_s, u"2"_s},
        {u"pipeline"_s, u"Scans each gate keeps in flight (1: a clerk waits for each answer)."_s, u"N"_s, u"1"_s},
        {u"bare-codes"_s, u"Scan the bare ticket codes instead of the signed QR payloads."_s},
        {u"timeout"_s, u"Give up after this many seconds."_s, u"SECONDS"_s, u"600"_s},
    });
    parser.process(app);
    DoorBenchConfig config;
    const QString server = parser.value(u"server"_s);
    const qsizetype colon = server.lastIndexOf(u':');
    config.host = server.left(colon);
    config.port = quint16(server.mid(colon + 1).toUInt());
    config.adminUser = parser.value(u"admin-user"_s);
    config.adminPassword = parser.value(u"admin-password"_s);
    config.tickets = parser.value(u"tickets"_s).toInt();
    config.gates = parser.value(u"gates"_s).toInt();
    config.duplicates = parser.value(u"duplicates"_s).toInt();
    config.pipeline = parser.value(u"pipeline"_s).toInt();
    config.signedCodes = !parser.isSet(u"bare-codes"_s);
    config.timeoutSeconds = parser.value(u"timeout"_s).toInt();
    if (colon < 0 || config.port == 0 || config.adminUser.isEmpty() || config.tickets < 1 || config.gates < 1
        || config.duplicates < 1 || config.pipeline < 1 || config.timeoutSeconds < 1) {
        QTextStream(stderr) << u"marquee-doorbench: bad options\n\n"_s << parser.helpText();
        return 2;
    }
    DoorBench bench(config);
    QObject::connect(&bench, &DoorBench::finished, &app, [](int code) { QCoreApplication::exit(code); });
    bench.start();
    return app.exec();
}
