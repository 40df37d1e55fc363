#pragma once

#include "net/connectionlimits.h"

#include <QElapsedTimer>
#include <QTcpServer>

#include <memory>
#include <vector>

class QThread;

namespace mq::rpc {
class Dispatcher;
}

namespace mq::net {

class ConnectionQuota;
class ConnectionRegistry;

// Accepts on the main thread and spreads connections over a few I/O threads. With a certificate
// each connection is a QSslSocket that starts TLS on its own I/O thread.
class RpcServer : public QTcpServer
{
    Q_OBJECT
public:
    RpcServer(const ConnectionLimits &limits, rpc::Dispatcher &dispatcher,
              ConnectionRegistry &registry, int ioThreads, QObject *parent = nullptr);
    ~RpcServer() override;

    // Stops accepting and asks every connection to finish its requests and close.
    void beginShutdown();
    void stopThreads();

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    // Refusals are logged at most once a minute, with how many there were.
    void noteRefusal(const QString &why);

    ConnectionLimits m_limits;
    std::shared_ptr<ConnectionQuota> m_quota;
    QElapsedTimer m_sinceRefusalLog;
    int m_refusedSinceLog = 0;
    rpc::Dispatcher &m_dispatcher;
    ConnectionRegistry &m_registry;
    std::vector<QThread *> m_threads;
    size_t m_next = 0;
};

} // namespace mq::net
