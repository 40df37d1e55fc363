#include "app/marqueeserver.h"

#include "app/demoseeder.h"
#include "app/holdsweeper.h"
#include "app/housekeeper.h"
#include "app/purchasereconciler.h"
#include "net/tlscredentials.h"
#include "cluster/changefeed.h"
#include "cluster/instancepresence.h"
#include "net/connectionregistry.h"
#include "net/rpcserver.h"
#include "rpc/dispatcher.h"
#include "rpc/serverenv.h"
#include "rpc/workerpool.h"
#include "services/authservice.h"
#include "services/purchaseflow.h"
#include "services/serviceerror.h"
#include "services/timezones.h"
#include "storage/database.h"
#include "storage/migrations.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <iostream>
#include <string>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcApp, "marquee.app")

namespace mq::app {

namespace {

// Schema first, on a connection of its own, before any worker touches the database.
bool prepareDatabase(const ServerConfig &config, bool demo, QString *error)
{
    try {
        storage::Database db(config.database, u"marquee-startup"_s);
        storage::Migrations::apply(db);
        if (demo && DemoSeeder::seed(db))
            qCInfo(lcApp) << "seeded demo data";
        // Purchases a previous run (or a dead instance) left between reserve and confirm are
        // settled before anyone can buy: paid ones become orders, the rest go back on sale.
        services::PaymentGateway gateway(config.paymentLatencyMs);
        int settled = 0;
        services::PurchaseFlow(db, gateway, services::PurchaseFlow::thisProcess())
            .reconcileOrphans(120'000, &settled);
        if (settled > 0)
            qCInfo(lcApp) << "reconciled" << settled << "purchases left half done";
        return true;
    } catch (const std::exception &e) {
        *error = u"Database %1: %2"_s.arg(config.database.displayName(), QString::fromUtf8(e.what()));
        return false;
    }
}

bool loadTls(ServerConfig &config, QString *error)
{
    if (config.tlsCertFile.isEmpty())
        return true;
    auto credentials = std::make_shared<net::TlsCredentials>(config.tlsCertFile, config.tlsKeyFile,
                                                             config.tlsKeyPassphraseFile);
    if (!credentials->load(error))
        return false;
    config.limits.tls = credentials;
    return true;
}

} // namespace

MarqueeServer::MarqueeServer(const ServerConfig &config, QObject *parent)
    : QObject(parent), m_config(config)
{
}

MarqueeServer::~MarqueeServer()
{
    if (m_sweeper)
        m_sweeper->stop();
    if (m_housekeeper)
        m_housekeeper->stop();
    if (m_server)
        m_server->stopThreads();
    if (m_mainPool)
        m_mainPool->stop();
    if (m_authPool)
        m_authPool->stop();
    if (m_feed)
        m_feed->stop();
}

bool MarqueeServer::start(QString *error)
{
    if (!m_config.listenAddress.isLoopback() && m_config.tlsCertFile.isEmpty() && !m_config.insecure) {
        *error = u"Refusing plain TCP on %1: give --tls-cert/--tls-key, or --insecure"_s.arg(
            m_config.listenAddress.toString());
        return false;
    }
    if (m_config.database.backend == storage::Backend::Postgres) {
        // Alive before anything else, so no other instance takes our purchases for orphans.
        m_presence = new cluster::InstancePresence(m_config.database,
                                                   services::PurchaseFlow::thisProcess(), this);
        m_presence->start();
    }
    if (!m_config.defaultTimeZone.isEmpty())
        services::TimeZones::setDefaultZone(m_config.defaultTimeZone);
    if (!loadTls(m_config, error) || !prepareDatabase(m_config, m_config.demo, error))
        return false;
    m_env = std::make_unique<rpc::ServerEnv>();
    m_env->holdSeconds = m_config.holdSeconds;
    m_env->gateway.setLatencyMs(m_config.paymentLatencyMs);
    try {
        // The ticket-signing key, created by the first instance that needs it, read once.
        storage::Database keys(m_config.database, u"marquee-keys"_s);
        m_env->signer.load(keys);
    } catch (const std::exception &e) {
        *error = u"Database %1: %2"_s.arg(m_config.database.displayName(), QString::fromUtf8(e.what()));
        return false;
    }
    m_mainPool = std::make_unique<rpc::WorkerPool>(m_config.database, m_config.workers, u"worker"_s);
    m_authPool = std::make_unique<rpc::WorkerPool>(m_config.database, 2, u"auth"_s);
    m_registry = std::make_unique<net::ConnectionRegistry>();
    if (m_config.database.backend == storage::Backend::Postgres) {
        // Other instances on the same database hear of every push, and we of theirs.
        net::ConnectionRegistry *registry = m_registry.get();
        m_feed = std::make_unique<cluster::ChangeFeed>(
            m_config.database,
            cluster::ChangeFeed::Handlers{
                [registry](Id performanceId, const QByteArray &n) { registry->deliverRelayed(performanceId, n); },
                [registry](const QList<Id> &sessions) { registry->endSessionsRelayed(sessions); }});
        cluster::ChangeFeed *feed = m_feed.get();
        m_registry->setRelay(net::ConnectionRegistry::Relay{
            [feed](Id performanceId, const QByteArray &n) { feed->publishPush(performanceId, n); },
            [feed](const QList<Id> &sessions) { feed->publishEndSessions(sessions); }});
        m_feed->start();
    }
    m_dispatcher = std::make_unique<rpc::Dispatcher>(*m_mainPool, *m_authPool, *m_env, *m_registry,
                                                   m_config.pipeline, m_config.mainLane,
                                                   m_config.authLane, m_config.purchaseLane);
    rpc::CatalogCache *cache = &m_dispatcher->catalogCache();
    m_registry->setChangeListener([cache](Id performanceId) { cache->invalidate(performanceId); });
    m_server = new net::RpcServer(m_config.limits, *m_dispatcher, *m_registry, m_config.ioThreads, this);
    if (!m_server->listen(m_config.listenAddress, m_config.listenPort)) {
        *error = u"Cannot listen on %1:%2: %3"_s.arg(m_config.listenAddress.toString())
                     .arg(m_config.listenPort)
                     .arg(m_server->errorString());
        return false;
    }
    m_sweeper = new HoldSweeper(*m_mainPool, *m_env, *m_registry, this);
    m_sweeper->start();
    m_housekeeper = new Housekeeper(*m_mainPool, *m_env, this);
    m_housekeeper->start();
    m_reconciler = new PurchaseReconciler(*m_mainPool, *m_env, *m_registry, this);
    m_reconciler->start();
    qCInfo(lcApp) << "database" << m_config.database.displayName() << "tls" << bool(m_config.limits.tls);
    return true;
}

quint16 MarqueeServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void MarqueeServer::shutdown()
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    qCInfo(lcApp) << "shutting down: finishing requests in flight";
    m_server->beginShutdown();
    waitForDrain();
}

void MarqueeServer::waitForDrain()
{
    auto *timer = new QTimer(this);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    connect(timer, &QTimer::timeout, this, [this, timer, clock] {
        const bool idle = m_dispatcher->inFlight() == 0 && m_registry->count() == 0;
        if (idle || clock->elapsed() > 30000) {
            timer->stop();
            m_sweeper->stop();
            m_housekeeper->stop();
            // Workers first: what they still finish is answered through the I/O threads, which
            // must outlive them (answers posted to a stopped thread would be lost).
            m_mainPool->stop();
            m_authPool->stop();
            m_server->stopThreads();
            Q_EMIT finished();
        }
    });
    timer->start(20);
}

void MarqueeServer::reload()
{
    if (!m_config.limits.tls) {
        qCInfo(lcApp) << "reload: nothing to reload without TLS";
        return;
    }
    QString error;
    if (m_config.limits.tls->load(&error))
        qCInfo(lcApp) << "reloaded the TLS certificate and key";
    else
        qCWarning(lcApp).noquote() << "TLS reload failed, keeping the previous certificate:" << error;
}

int runAddUser(const ServerConfig &config)
{
    QString error;
    if (!prepareDatabase(config, false, &error)) {
        std::cerr << qPrintable(error) << std::endl;
        return 2;
    }
    const auto role = roleFromName(config.addUserRole);
    if (!role) {
        std::cerr << "Unknown role: " << qPrintable(config.addUserRole)
                  << " (customer, clerk, manager or admin)" << std::endl;
        return 2;
    }
    std::string line;
    std::getline(std::cin, line);
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    try {
        storage::Database db(config.database, u"marquee-adduser"_s);
        services::PasswordHasher hasher(1);
        const User user = services::AuthService(db, hasher).registerUser(
            config.addUserName, QString::fromStdString(line), config.addUserName, *role);
        std::cout << "created user " << qPrintable(user.username) << " (" << qPrintable(roleName(user.role))
                  << ", id " << user.id << ")" << std::endl;
        return 0;
    } catch (const services::ServiceError &e) {
        std::cerr << "adduser: " << qPrintable(e.error().message) << std::endl;
        return 1;
    } catch (const std::exception &e) {
        std::cerr << "adduser: " << e.what() << std::endl;
        return 2;
    }
}

} // namespace mq::app
