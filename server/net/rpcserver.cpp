#include "net/rpcserver.h"

#include "net/connection.h"
#include "net/connectionregistry.h"

#include <QLoggingCategory>
#include <QThread>

#include <unistd.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcServer, "marquee.net.server")

namespace mq::net {

RpcServer::RpcServer(const ConnectionLimits &limits, rpc::Dispatcher &dispatcher,
                     ConnectionRegistry &registry, int ioThreads, QObject *parent)
    : QTcpServer(parent), m_limits(limits), m_dispatcher(dispatcher), m_registry(registry)
{
    for (int i = 0; i < qMax(1, ioThreads); ++i) {
        auto *thread = new QThread(this);
        thread->setObjectName(u"io-%1"_s.arg(i));
        thread->start();
        m_threads.push_back(thread);
    }
}

RpcServer::~RpcServer()
{
    stopThreads();
}

void RpcServer::incomingConnection(qintptr descriptor)
{
    if (m_registry.count() >= m_limits.maxConnections) {
        qCWarning(lcServer) << "connection limit reached; refusing a connection";
        ::close(int(descriptor));
        return;
    }
    QThread *thread = m_threads.at(m_next++ % m_threads.size());
    auto *connection = new Connection(descriptor, m_limits, m_dispatcher, m_registry);
    connection->moveToThread(thread);
    // Connections delete themselves when closed; any left when the thread stops go with it.
    connect(thread, &QThread::finished, connection, &QObject::deleteLater);
    QMetaObject::invokeMethod(connection, &Connection::start, Qt::QueuedConnection);
}

void RpcServer::beginShutdown()
{
    close();
    m_registry.drainAll();
}

void RpcServer::stopThreads()
{
    for (QThread *thread : m_threads) {
        thread->quit();
        thread->wait();
    }
    m_threads.clear();
}

} // namespace mq::net
