#include "app/serverconfig.h"

#include "services/timezones.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace mq::app {

namespace {

bool readInt(const QString &text, int min, int max, int *out)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < min || v > max)
        return false;
    *out = v;
    return true;
}

} // namespace

std::optional<ServerConfig> ServerConfig::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Marquee ticketing server: framed JSON-RPC over TCP/TLS.\n\n"
        "Sub-command:\n  adduser USERNAME --role ROLE   create a user; the password is the first"
        " line of standard input"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(u"listen"_s, u"Address to listen on (default 127.0.0.1:7427; port 0 picks a free port)."_s, u"HOST:PORT"_s);
    const QCommandLineOption database(u"database"_s, u"sqlite:/path/file.db or postgresql://user[:pw]@host[:port]/db (default: SQLite in the user's data folder)."_s, u"URL"_s);
    const QCommandLineOption demo(u"demo"_s, u"Seed demo events once (a cinema, a concert, an exhibition, a flight and a train)."_s);
    const QCommandLineOption tlsCert(u"tls-cert"_s, u"PEM certificate; with --tls-key turns on TLS."_s, u"FILE"_s);
    const QCommandLineOption tlsKey(u"tls-key"_s, u"PEM private key (SIGHUP reloads the certificate and key)."_s, u"FILE"_s);
    const QCommandLineOption tlsPassphrase(u"tls-key-passphrase-file"_s, u"File whose first line is the passphrase of an encrypted --tls-key."_s, u"FILE"_s);
    const QCommandLineOption insecure(u"insecure"_s, u"Allow plain TCP on addresses other than loopback."_s);
    const QCommandLineOption maxFrame(u"max-frame"_s, u"Largest frame accepted, in bytes (default 1048576)."_s, u"BYTES"_s);
    const QCommandLineOption maxConnections(u"max-connections"_s, u"Most connections at once (default 1000)."_s, u"N"_s);
    const QCommandLineOption maxPerSource(u"max-connections-per-source"_s, u"Most connections at once from one source address (default 200; --trusted-sources are exempt)."_s, u"N"_s);
    const QCommandLineOption trustedSources(u"trusted-sources"_s, u"Source networks exempt from the per-source limits, e.g. 10.1.0.0/16,127.0.0.1/32 (default: none)."_s, u"CIDR,..."_s);
    const QCommandLineOption maxUnsent(u"max-unsent"_s, u"Bytes of unread answers per connection before reading from it pauses (default 4194304); a subscriber with twice that in unread pushes is disconnected."_s, u"BYTES"_s);
    const QCommandLineOption frameTimeout(u"frame-timeout"_s, u"Seconds a frame may take to arrive whole after its first byte (default 30)."_s, u"SECONDS"_s);
    const QCommandLineOption maxQueued(u"max-queued"_s, u"Requests queued or running at once before the server answers 503 busy (default 4096)."_s, u"N"_s);
    const QCommandLineOption maxQueuedPerSource(u"max-queued-per-source"_s, u"Of those, most from one source address before it gets 429 rate_limited (default 1024)."_s, u"N"_s);
    const QCommandLineOption maxSignins(u"max-signins-queued"_s, u"Sign-ins and registrations queued or hashing at once before 503 busy (default 256)."_s, u"N"_s);
    const QCommandLineOption maxSigninsPerSource(u"max-signins-per-source"_s, u"Of those, most from one source address before it gets 429 rate_limited (default 64)."_s, u"N"_s);
    const QCommandLineOption maxInFlight(u"max-inflight"_s, u"Requests in flight per connection before reading pauses (default 64)."_s, u"N"_s);
    const QCommandLineOption idleTimeout(u"idle-timeout"_s, u"Seconds before an idle connection is closed (default 600)."_s, u"SECONDS"_s);
    const QCommandLineOption workers(u"workers"_s, u"Database worker threads (default 4)."_s, u"N"_s);
    const QCommandLineOption ioThreads(u"io-threads"_s, u"Network I/O threads (default 2)."_s, u"N"_s);
    const QCommandLineOption holdSeconds(u"hold-seconds"_s, u"How long holds last (default 600)."_s, u"N"_s);
    const QCommandLineOption purchaseBatch(u"purchase-batch"_s, u"Most purchases of one ticket type sharing a transaction (default 256; 1 = one transaction each)."_s, u"N"_s);
    const QCommandLineOption paymentLatency(u"payment-latency-ms"_s, u"The sandbox payment gateway answers after this many milliseconds, as a real provider would (default 0)."_s, u"MS"_s);
    const QCommandLineOption maxBuyersPerType(u"max-buyers-per-type"_s, u"Purchases of one ticket type in progress at once; later buyers wait in line and are told their place (default 1024; a buyer waiting for a slow payment provider counts)."_s, u"N"_s);
    const QCommandLineOption maxWaiting(u"max-waiting"_s, u"Purchases in progress or waiting, all ticket types together, before 503 busy (default 20000)."_s, u"N"_s);
    const QCommandLineOption role(u"role"_s, u"Role for adduser: customer, clerk, manager or admin."_s, u"ROLE"_s);
    const QCommandLineOption testClock(u"test-clock"_s, u"For tests only: a file holding how many milliseconds the server's clock runs ahead (read at every use)."_s, u"FILE"_s);
    const QCommandLineOption defaultTimeZone(u"default-time-zone"_s, u"IANA time zone (e.g. Asia/Shanghai) of venues and performances created without one, and of those from before time zones (default: this machine's zone, else UTC)."_s, u"ZONE"_s);
    const QCommandLineOption config(u"config"_s, u"INI file with the same keys as the long options."_s, u"FILE"_s);
    parser.addOptions({listen, database, demo, tlsCert, tlsKey, tlsPassphrase, insecure, maxFrame, maxConnections,
                       maxPerSource, trustedSources, maxUnsent, frameTimeout, maxQueued,
                       maxQueuedPerSource, maxSignins, maxSigninsPerSource, maxInFlight, idleTimeout, workers, ioThreads, holdSeconds, purchaseBatch,
                       paymentLatency, maxBuyersPerType, maxWaiting, role, testClock, defaultTimeZone, config});
    parser.addPositionalArgument(u"command"_s, u"Optional sub-command: adduser USERNAME"_s, u"[adduser USERNAME]"_s);
    parser.process(arguments);

    std::optional<QSettings> settings;
    if (parser.isSet(config)) {
        if (!QFile::exists(parser.value(config))) {
            *error = u"Config file not found: %1"_s.arg(parser.value(config));
            return std::nullopt;
        }
        settings.emplace(parser.value(config), QSettings::IniFormat);
    }
    // The command line wins over the config file, which wins over the defaults.
    auto value = [&](const QCommandLineOption &option) -> std::optional<QString> {
        if (parser.isSet(option))
            return parser.value(option);
        const QString key = option.names().constFirst();
        if (settings && settings->contains(key))
            return settings->value(key).toString();
        return std::nullopt;
    };
    auto flag = [&](const QCommandLineOption &option) {
        if (parser.isSet(option))
            return true;
        const QString key = option.names().constFirst();
        return settings && settings->value(key, false).toBool();
    };

    ServerConfig c;
    if (const auto v = value(listen)) {
        const qsizetype colon = v->lastIndexOf(u':');
        const QString host = colon > 0 ? v->left(colon) : QString();
        bool ok = false;
        const uint port = colon > 0 ? v->mid(colon + 1).toUInt(&ok) : 0;
        QString bare = host;
        if (bare.startsWith(u'[') && bare.endsWith(u']'))
            bare = bare.mid(1, bare.size() - 2);
        if (!ok || port > 65535 || host.isEmpty()) {
            *error = u"--listen takes HOST:PORT, e.g. 127.0.0.1:7427"_s;
            return std::nullopt;
        }
        if (bare == u"localhost"_s)
            c.listenAddress = QHostAddress::LocalHost;
        else if (!c.listenAddress.setAddress(bare)) {
            *error = u"--listen: not an IP address: %1"_s.arg(host);
            return std::nullopt;
        }
        c.listenPort = quint16(port);
    }
    if (const auto v = value(database)) {
        const auto url = storage::DatabaseUrl::parse(*v, error);
        if (!url)
            return std::nullopt;
        c.database = *url;
    } else {
        c.database = storage::DatabaseUrl::defaultSqlite();
    }
    c.demo = flag(demo);
    c.insecure = flag(insecure);
    c.tlsCertFile = value(tlsCert).value_or(QString());
    c.tlsKeyFile = value(tlsKey).value_or(QString());
    c.tlsKeyPassphraseFile = value(tlsPassphrase).value_or(QString());
    c.testClockFile = parser.value(testClock);
    c.defaultTimeZone = value(defaultTimeZone).value_or(services::TimeZones::systemZone()).trimmed();
    if (!services::TimeZones::isKnown(c.defaultTimeZone)) {
        *error = u"--default-time-zone: unknown time zone %1 (give an IANA id such as Asia/Shanghai)"_s.arg(
            c.defaultTimeZone);
        return std::nullopt;
    }
    if (c.tlsCertFile.isEmpty() != c.tlsKeyFile.isEmpty()) {
        *error = u"--tls-cert and --tls-key go together"_s;
        return std::nullopt;
    }
    struct IntOption
    {
        const QCommandLineOption &option;
        int min;
        int max;
        int *target;
    };
    int frame = int(c.limits.maxFrameSize);
    int unsent = int(c.limits.maxUnsentBytes);
    for (const IntOption &o : {IntOption{maxFrame, 64, 64 * 1024 * 1024, &frame},
                               IntOption{maxConnections, 1, 100000, &c.limits.maxConnections},
                               IntOption{maxInFlight, 32, 10000, &c.limits.maxInFlight},
                               IntOption{maxPerSource, 1, 100000, &c.limits.maxConnectionsPerSource},
                               IntOption{maxQueued, 1, 1000000, &c.mainLane.maxQueued},
                               IntOption{maxQueuedPerSource, 1, 1000000, &c.mainLane.maxPerClient},
                               IntOption{maxSignins, 1, 100000, &c.authLane.maxQueued},
                               IntOption{maxSigninsPerSource, 1, 100000, &c.authLane.maxPerClient},
                               IntOption{frameTimeout, 1, 3600, &c.limits.frameTimeoutSeconds},
                               IntOption{maxUnsent, 65536, 1024 * 1024 * 1024, &unsent},
                               IntOption{idleTimeout, 1, 86400 * 7, &c.limits.idleTimeoutSeconds},
                               IntOption{workers, 1, 256, &c.workers},
                               IntOption{ioThreads, 1, 64, &c.ioThreads},
                               IntOption{holdSeconds, 1, 86400, &c.holdSeconds},
                               IntOption{purchaseBatch, 1, 1000, &c.pipeline.maxBatch},
                               IntOption{paymentLatency, 0, 60000, &c.paymentLatencyMs},
                               IntOption{maxBuyersPerType, 1, 1000000, &c.pipeline.maxBuyersPerType},
                               IntOption{maxWaiting, 1, 10000000, &c.purchaseLane.maxQueued}}) {
        if (const auto v = value(o.option); v && !readInt(*v, o.min, o.max, o.target)) {
            *error = u"--%1 takes a whole number from %2 to %3"_s.arg(o.option.names().constFirst())
                         .arg(o.min)
                         .arg(o.max);
            return std::nullopt;
        }
    }
    c.purchaseLane.maxPerClient = c.mainLane.maxPerClient;
    c.limits.maxFrameSize = frame;
    c.limits.maxUnsentBytes = unsent;
    if (const auto v = value(trustedSources)) {
        const auto networks = net::SourceNetworks::parse(*v, error);
        if (!networks)
            return std::nullopt;
        c.limits.trustedSources = *networks;
    }

    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        if (positional.first() != u"adduser"_s || positional.size() != 2) {
            *error = u"Unknown command. Usage: marquee-server [options] adduser USERNAME --role ROLE"_s;
            return std::nullopt;
        }
        c.addUser = true;
        c.addUserName = positional.at(1);
        c.addUserRole = value(role).value_or(u"customer"_s);
    }
    return c;
}

} // namespace mq::app
