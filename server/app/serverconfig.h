#pragma once

#include "net/connectionlimits.h"
#include "rpc/laneadmission.h"
#include "rpc/pipelinelimits.h"
#include "storage/databaseurl.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

namespace mq::app {

// Command line over config file (QSettings INI, --config) over defaults.
struct ServerConfig
{
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = 7427;
    storage::DatabaseUrl database;
    bool demo = false;
    bool insecure = false;
    QString tlsCertFile;
    QString tlsKeyFile;
    QString tlsKeyPassphraseFile;
    int workers = 4;
    int ioThreads = 2;
    int holdSeconds = 600;
    int paymentLatencyMs = 0;
    rpc::PipelineLimits pipeline;
    QString testClockFile; // tests only: the clock's offset in milliseconds, read at every use
    // IANA zone of venues and performances created without one, and of those from before zones.
    QString defaultTimeZone;
    net::ConnectionLimits limits;
    rpc::LaneLimits mainLane;                 // every request but sign-ins
    rpc::LaneLimits authLane{256, 64};        // sign-in, registration, guest, resume, password
    rpc::LaneLimits purchaseLane{20000, 1024}; // purchases in progress or waiting in line

    // adduser sub-command
    bool addUser = false;
    QString addUserName;
    QString addUserRole = QStringLiteral("customer");

    // Parses arguments; on failure returns nullopt and fills `error` for the user.
    static std::optional<ServerConfig> parse(const QStringList &arguments, QString *error);
};

} // namespace mq::app
