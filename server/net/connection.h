#pragma once

#include "net/connectionlimits.h"
#include "rpc/reply.h"
#include "services/caller.h"
#include "shared/frame.h"

#include <QHostAddress>
#include <QJsonValue>
#include <QObject>

#include <memory>

class QTcpSocket;
class QTimer;

namespace mq::rpc {
class Dispatcher;
}

namespace mq::net {

class ConnectionHandle;
class ConnectionQuota;
class ConnectionRegistry;

// One client connection, living on an I/O thread: reads frames, hands requests to the
// dispatcher, writes answers and pushes, and keeps the connection's login state.
class Connection : public QObject
{
    Q_OBJECT
public:
    Connection(qintptr descriptor, const QHostAddress &source, const ConnectionLimits &limits,
               std::shared_ptr<ConnectionQuota> quota, rpc::Dispatcher &dispatcher,
               ConnectionRegistry &registry);
    ~Connection() override;

    // Called once on the I/O thread, after the object was moved there.
    void start();

    void answer(const QJsonValue &id, rpc::Reply reply);
    void push(const QByteArray &frame);
    void endSession(Id sessionId);
    // A login, resume or logout has been answered: later requests may run (as the new caller).
    void releaseBarrier();
    // Finish what is in flight, answer it, then close (server shutdown).
    void drain();

private:
    void onReadyRead();
    void processInput();
    void handleFrame(const QByteArray &payload);
    void send(const QJsonObject &message);
    void failAndClose(const QJsonObject &error);
    void closeWhenFlushed();
    void onIdle();
    void onBytesWritten();
    void setCaller(const services::Caller &caller);
    // Whether our unsent answers are over the cap: reading waits until the client reads.
    bool outputFull() const;
    void abortNow(const char *why);

    qintptr m_descriptor;
    QHostAddress m_source;
    ConnectionLimits m_limits;
    std::shared_ptr<ConnectionQuota> m_quota;
    rpc::Dispatcher &m_dispatcher;
    ConnectionRegistry &m_registry;
    std::shared_ptr<ConnectionHandle> m_handle;
    QTcpSocket *m_socket = nullptr;
    QTimer *m_idleTimer = nullptr;
    QTimer *m_frameTimer = nullptr; // a frame begun must arrive whole in time
    QTimer *m_handshakeTimer = nullptr;
    QTimer *m_sessionTimer = nullptr; // signs the connection out when its session expires
    FrameDecoder m_decoder;
    services::Caller m_caller;
    int m_inFlight = 0;
    bool m_closing = false;
    bool m_draining = false;
    bool m_processing = false;
    bool m_barrier = false; // a request that changes the caller is in flight
    bool m_pausedForOutput = false;
};

} // namespace mq::net
