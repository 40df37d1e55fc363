#include "net/rpcserver.h"

#include "net/connection.h"
#include "net/connectionquota.h"
#include "net/connectionregistry.h"

#include <QLoggingCategory>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcServer, "marquee.net.server")

namespace mq::net {

RpcServer::RpcServer(const ConnectionLimits &limits, rpc::Dispatcher &dispatcher,
                     ConnectionRegistry &registry, int ioThreads, QObject *parent)
    : QTcpServer(parent),
      m_limits(limits),
      m_quota(std::make_shared<ConnectionQuota>(limits.maxConnections, limits.maxConnectionsPerSource,
                                                limits.trustedSources)),
      m_dispatcher(dispatcher),
      m_registry(registry)
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

namespace {
QHostAddress peerOf(qintptr descriptor)
{
    sockaddr_storage storage{};
    socklen_t length = sizeof(storage);
    if (::getpeername(int(descriptor), reinterpret_cast<sockaddr *>(&storage), &length) != 0)
        return {};
    QHostAddress address;
    address.setAddress(reinterpret_cast<const sockaddr *>(&storage));
    return address;
}
} // namespace

void RpcServer::incomingConnection(qintptr descriptor)
{
    // Refused before anything is allocated for it: a flood of connections costs an accept and a
    // close each.
    const QHostAddress source = peerOf(descriptor);
    switch (m_quota->acquire(source)) {
    case ConnectionQuota::Verdict::Admitted:
        break;
    case ConnectionQuota::Verdict::TotalFull:
        ::close(int(descriptor));
        noteRefusal(u"the server has %1 connections open"_s.arg(m_limits.maxConnections));
        return;
    case ConnectionQuota::Verdict::SourceFull:
        ::close(int(descriptor));
        noteRefusal(u"%1 has %2 connections open"_s.arg(normalizedSource(source).toString())
                        .arg(m_limits.maxConnectionsPerSource));
        return;
    }
    QThread *thread = m_threads.at(m_next++ % m_threads.size());
    auto *connection =
        new Connection(descriptor, source, m_limits, m_quota, m_dispatcher, m_registry);
    connection->moveToThread(thread);
    // Connections delete themselves when closed; any left when the thread stops go with it.
    connect(thread, &QThread::finished, connection, &QObject::deleteLater);
    QMetaObject::invokeMethod(connection, &Connection::start, Qt::QueuedConnection);
}

void RpcServer::noteRefusal(const QString &why)
{
    ++m_refusedSinceLog;
    if (m_sinceRefusalLog.isValid() && m_sinceRefusalLog.elapsed() < 60'000)
        return;
    qCWarning(lcServer).noquote() << "refused" << m_refusedSinceLog
                                  << "connection(s) in the last minute; last because" << why;
    m_refusedSinceLog = 0;
    m_sinceRefusalLog.start();
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
