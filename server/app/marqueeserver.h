#pragma once

#include "app/serverconfig.h"

#include <QObject>

#include <memory>

namespace mq::net {
class ConnectionRegistry;
class RpcServer;
} // namespace mq::net

namespace mq::rpc {
class Dispatcher;
class WorkerPool;
struct ServerEnv;
} // namespace mq::rpc

namespace mq::cluster {
class ChangeFeed;
class InstancePresence;
}

namespace mq::app {

class HoldSweeper;
class Housekeeper;
class PurchaseReconciler;

// The whole server: schema, worker pools, dispatcher, listener. main() only parses and runs it.
class MarqueeServer : public QObject
{
    Q_OBJECT
public:
    explicit MarqueeServer(const ServerConfig &config, QObject *parent = nullptr);
    ~MarqueeServer() override;

    // Migrates, seeds demo data if asked, and starts listening. Prints the reason on failure.
    bool start(QString *error);
    quint16 port() const;
    // Stops accepting, finishes requests in flight, then emits finished().
    void shutdown();
    // SIGHUP: reads the TLS certificate and key again; open connections are kept.
    void reload();

Q_SIGNALS:
    void finished();

private:
    void waitForDrain();

    ServerConfig m_config;
    std::unique_ptr<rpc::ServerEnv> m_env;
    std::unique_ptr<rpc::WorkerPool> m_mainPool;
    std::unique_ptr<rpc::WorkerPool> m_authPool;
    std::unique_ptr<net::ConnectionRegistry> m_registry;
    std::unique_ptr<rpc::Dispatcher> m_dispatcher;
    std::unique_ptr<cluster::ChangeFeed> m_feed; // PostgreSQL only
    HoldSweeper *m_sweeper = nullptr;
    Housekeeper *m_housekeeper = nullptr;
    PurchaseReconciler *m_reconciler = nullptr;
    cluster::InstancePresence *m_presence = nullptr; // PostgreSQL only
    net::RpcServer *m_server = nullptr;
    bool m_shuttingDown = false;
};

// Runs the adduser sub-command; returns the process exit code.
int runAddUser(const ServerConfig &config);

} // namespace mq::app
