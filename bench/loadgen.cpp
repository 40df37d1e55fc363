// marquee-loadgen: a sale rush against a running Marquee server.
// Rush mode (the default): sets up one event with one ticket type, logs N customers in, then has
// them all buy until it is sold out; prints throughput, latency percentiles and an oversell check.
// Seats mode (--mode seats): a reserved performance on a venue; N customers hold and check out
// seats until the house is sold out; prints holds/s, checkouts/s, latencies and the seat checks.

#include "loadgenconfig.h"
#include "loadgenerator.h"
#include "seatloadgenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

[[noreturn]] void usageError(const QCommandLineParser &parser, const QString &message)
{
    QTextStream(stderr) << u"marquee-loadgen: "_s << message << u"\n\n"_s << parser.helpText();
    std::exit(2);
}

std::optional<qint64> integerOption(const QCommandLineParser &parser, const QString &name,
                                    qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"marquee-loadgen"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Sale-rush load generator for a Marquee server. Rush mode: many customers buy one ticket "
        "type until it is sold out. Seats mode: many customers hold and check out seats of one "
        "reserved performance until the house is sold out. Needs a manager or admin account "
        "(marquee-server --database URL adduser NAME --role admin)."_s);
    parser.addHelpOption();
    const QList<QCommandLineOption> options = {
        {u"server"_s, u"Server address."_s, u"HOST:PORT"_s, u"127.0.0.1:7427"_s},
        {u"connections"_s, u"Customer connections, one customer each."_s, u"N"_s, u"50"_s},
        {u"admin-user"_s, u"Manager or admin user name (required)."_s, u"U"_s},
        {u"admin-password"_s, u"Its password (required)."_s, u"P"_s},
        {u"capacity"_s, u"Tickets on sale."_s, u"N"_s, u"500"_s},
        {u"price-cents"_s, u"Ticket price in cents."_s, u"CENTS"_s, u"4500"_s},
        {u"quantity"_s, u"Tickets per purchase (1-20)."_s, u"N"_s, u"1"_s},
        {u"pipeline"_s, u"Purchases each connection keeps in flight."_s, u"N"_s, u"1"_s},
        {u"users-prefix"_s, u"Start of every customer's user name (seats mode: seat)."_s,
         u"PREFIX"_s, u"rush"_s},
        {u"run-id"_s, u"Run suffix in user names and the event title (default: random)."_s,
         u"ID"_s},
        {u"login-parallelism"_s, u"Customer logins at once (Argon2 is slow on purpose)."_s, u"N"_s,
         u"4"_s},
        {u"timeout"_s, u"Give up after this many seconds."_s, u"SECONDS"_s, u"600"_s},
        {u"mode"_s, u"rush (one ticket type, order.purchase) or seats (reserved seating)."_s,
         u"MODE"_s, u"rush"_s},
        {u"watch-pid"_s,
         u"Report the CPU time this process and its children use during the rush "
         "(repeatable; e.g. server=1234, postgres=5678)."_s,
         u"LABEL=PID"_s},
        // Rush mode.
        {u"signins"_s,
         u"Rush mode: this many auth.login of existing users (the buyers), each on a new "
         "connection, spread over the start of the rush."_s,
         u"N"_s, u"0"_s},
        {u"signin-spread-ms"_s,
         u"Rush mode: the sign-ins start evenly spread over this many milliseconds."_s, u"MS"_s,
         u"2000"_s},
        // Seats mode.
        {u"seats"_s, u"Seats mode: seats of the generated venue."_s, u"N"_s, u"2000"_s},
        {u"venue"_s, u"Seats mode: a venue file (resources/venues/*.json) instead."_s, u"FILE"_s},
        {u"categories"_s, u"Seats mode: price categories (runs of seats in venue order)."_s,
         u"N"_s, u"3"_s},
        {u"max-seats"_s, u"Seats mode: each hold asks for 1 to N adjacent seats (1-20)."_s, u"N"_s,
         u"4"_s},
        {u"best-available"_s, u"Seats mode: hold.bestAvailable instead of picking seats."_s},
        {u"map"_s,
         u"Seats mode: live (seats.changed pushes keep each buyer's map) or fetch (seats.getMap "
         "again after every seat_taken)."_s,
         u"HOW"_s, u"live"_s},
        {u"duration"_s, u"Seats mode: stop new holds after this many seconds (0: sold out)."_s,
         u"SECONDS"_s, u"0"_s},
        {u"spare-performance"_s,
         u"Seats mode: also create an untouched performance of the venue (for pgbench)."_s},
    };
    parser.addOptions(options);
    parser.process(app);

    LoadGenConfig config;
    const QString server = parser.value(u"server"_s);
    const qsizetype colon = server.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon > 0 ? server.mid(colon + 1).toUInt(&portOk) : 0;
    if (!portOk || port == 0 || port > 65535)
        usageError(parser, u"--server must be HOST:PORT, not \"%1\""_s.arg(server));
    config.host = server.left(colon);
    if (config.host.startsWith(u'[') && config.host.endsWith(u']'))
        config.host = config.host.mid(1, config.host.size() - 2);
    config.port = quint16(port);

    const QString mode = parser.value(u"mode"_s);
    if (mode == u"rush"_s)
        config.mode = LoadGenConfig::Mode::Rush;
    else if (mode == u"seats"_s)
        config.mode = LoadGenConfig::Mode::Seats;
    else
        usageError(parser, u"--mode must be rush or seats, not \"%1\""_s.arg(mode));

    config.adminUser = parser.value(u"admin-user"_s);
    config.adminPassword = parser.value(u"admin-password"_s);
    if (config.adminUser.isEmpty() || config.adminPassword.isEmpty())
        usageError(parser, u"--admin-user and --admin-password are required"_s);

    const auto connections = integerOption(parser, u"connections"_s, 1, 100000);
    const auto capacity = integerOption(parser, u"capacity"_s, 1, 100'000'000);
    const auto price = integerOption(parser, u"price-cents"_s, 0, mq::MaxPriceCents);
    const auto quantity = integerOption(parser, u"quantity"_s, 1, 20);
    const auto pipeline = integerOption(parser, u"pipeline"_s, 1, 1024);
    const auto parallelism = integerOption(parser, u"login-parallelism"_s, 1, 1024);
    const auto timeout = integerOption(parser, u"timeout"_s, 1, 86400);
    if (!connections)
        usageError(parser, u"--connections must be 1 to 100000"_s);
    if (!capacity)
        usageError(parser, u"--capacity must be 1 to 100000000"_s);
    if (!price)
        usageError(parser, u"--price-cents must be 0 to %1"_s.arg(mq::MaxPriceCents));
    if (!quantity)
        usageError(parser, u"--quantity must be 1 to 20"_s);
    if (!pipeline)
        usageError(parser, u"--pipeline must be 1 to 1024"_s);
    if (!parallelism)
        usageError(parser, u"--login-parallelism must be 1 to 1024"_s);
    if (!timeout)
        usageError(parser, u"--timeout must be 1 to 86400 seconds"_s);
    config.connections = int(*connections);
    config.capacity = *capacity;
    config.priceCents = *price;
    config.quantity = int(*quantity);
    config.pipeline = int(*pipeline);
    config.loginParallelism = int(*parallelism);
    config.timeoutSeconds = int(*timeout);

    const auto signins = integerOption(parser, u"signins"_s, 0, 100000);
    const auto spread = integerOption(parser, u"signin-spread-ms"_s, 0, 3'600'000);
    if (!signins)
        usageError(parser, u"--signins must be 0 to 100000"_s);
    if (!spread)
        usageError(parser, u"--signin-spread-ms must be 0 to 3600000"_s);
    config.signins = int(*signins);
    config.signinSpreadMs = int(*spread);
    for (const QString &watch : parser.values(u"watch-pid"_s)) {
        const qsizetype eq = watch.indexOf(u'=');
        bool ok = false;
        const qint64 pid = eq > 0 ? watch.mid(eq + 1).toLongLong(&ok) : 0;
        if (!ok || pid <= 0)
            usageError(parser, u"--watch-pid must be LABEL=PID, not \"%1\""_s.arg(watch));
        config.watchPids.append({watch.left(eq), pid});
    }

    if (config.mode == LoadGenConfig::Mode::Seats) {
        const auto seats = integerOption(parser, u"seats"_s, 1, 100000);
        const auto categories = integerOption(parser, u"categories"_s, 1, 100);
        const auto maxSeats = integerOption(parser, u"max-seats"_s, 1, 20);
        const auto duration = integerOption(parser, u"duration"_s, 0, 86400);
        if (!seats)
            usageError(parser, u"--seats must be 1 to 100000"_s);
        if (!categories)
            usageError(parser, u"--categories must be 1 to 100"_s);
        if (!maxSeats)
            usageError(parser, u"--max-seats must be 1 to 20"_s);
        if (!duration)
            usageError(parser, u"--duration must be 0 to 86400 seconds"_s);
        const QString map = parser.value(u"map"_s);
        if (map == u"live"_s)
            config.mapMode = LoadGenConfig::MapMode::Live;
        else if (map == u"fetch"_s)
            config.mapMode = LoadGenConfig::MapMode::Fetch;
        else
            usageError(parser, u"--map must be live or fetch, not \"%1\""_s.arg(map));
        config.seats = int(*seats);
        config.venueFile = parser.value(u"venue"_s);
        config.categories = int(*categories);
        config.maxSeatsPerHold = int(*maxSeats);
        config.bestAvailable = parser.isSet(u"best-available"_s);
        config.durationSeconds = int(*duration);
        config.sparePerformance = parser.isSet(u"spare-performance"_s);
    }

    // User names are 3-32 of [A-Za-z0-9._-]: "<prefix>-<run>-<n>".
    config.usersPrefix = parser.value(u"users-prefix"_s);
    if (config.mode == LoadGenConfig::Mode::Seats && !parser.isSet(u"users-prefix"_s))
        config.usersPrefix = u"seat"_s;
    config.runId = parser.value(u"run-id"_s);
    static const QRegularExpression nameChars(u"^[A-Za-z0-9._-]*$"_s);
    if (config.usersPrefix.isEmpty() || !nameChars.match(config.usersPrefix).hasMatch() ||
        !nameChars.match(config.runId).hasMatch())
        usageError(parser, u"--users-prefix and --run-id may hold only A-Z a-z 0-9 . _ -"_s);
    const qsizetype longest = config.usersPrefix.size() + qMax<qsizetype>(config.runId.size(), 4) +
                              QString::number(config.connections - 1).size() + 2;
    if (longest > 32)
        usageError(parser,
                   u"--users-prefix/--run-id too long: user names would exceed 32 characters"_s);

    if (config.mode == LoadGenConfig::Mode::Seats) {
        SeatLoadGenerator generator(config);
        QObject::connect(&generator, &SeatLoadGenerator::finished, &app, &QCoreApplication::exit,
                         Qt::QueuedConnection);
        generator.start();
        return app.exec();
    }
    LoadGenerator generator(config);
    QObject::connect(&generator, &LoadGenerator::finished, &app, &QCoreApplication::exit,
                     Qt::QueuedConnection);
    generator.start();
    return app.exec();
}
