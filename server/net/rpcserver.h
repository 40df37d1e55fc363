#pragma once

#include "net/connectionlimits.h"

#include <QTcpServer>

#include <memory>
#include <vector>

class QThread;

namespace mq::rpc {
class Dispatcher;
}

namespace mq::net {

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
    ConnectionLimits m_limits;
    rpc::Dispatcher &m_dispatcher;
    ConnectionRegistry &m_registry;
    std::vector<QThread *> m_threads;
    size_t m_next = 0;
};

} // namespace mq::net
