#include "net/connection.h"

#include "net/connectionhandle.h"
#include "net/connectionquota.h"
#include "net/tlscredentials.h"
#include "net/connectionregistry.h"
#include "rpc/dispatcher.h"
#include "services/clock.h"
#include "shared/envelope.h"
#include "shared/jsonfields.h"
#include "shared/methods.h"

#include <QLoggingCategory>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcConnection, "marquee.net.connection")

namespace mq::net {

namespace {
constexpr qint64 ReadChunk = 256 * 1024;
constexpr int CloseGraceMs = 2000;
} // namespace

Connection::Connection(qintptr descriptor, const QHostAddress &source,
                       const ConnectionLimits &limits, std::shared_ptr<ConnectionQuota> quota,
                       rpc::Dispatcher &dispatcher, ConnectionRegistry &registry)
    : m_descriptor(descriptor),
      m_source(source),
      m_limits(limits),
      m_quota(std::move(quota)),
      m_dispatcher(dispatcher),
      m_registry(registry),
      m_decoder(limits.maxFrameSize)
{
}

Connection::~Connection()
{
    if (m_handle) {
        m_handle->detach();
        m_registry.remove(m_handle.get());
    }
    if (m_quota)
        m_quota->release(m_source);
}

void Connection::start()
{
    m_handle = std::make_shared<ConnectionHandle>(this);
    m_registry.add(m_handle);
    m_caller.source = m_source;
    m_caller.trustedSource = m_limits.trustedSources.contains(m_source);
    m_caller.clientKey = normalizedSource(m_source).toString();
    if (m_caller.trustedSource)
        m_caller.clientKey += u'#' + QString::number(quintptr(this), 16);
    if (m_limits.tls) {
        auto *ssl = new QSslSocket(this);
        // The credentials as they are now: a reload later changes new connections only.
        ssl->setSslConfiguration(m_limits.tls->configuration());
        m_socket = ssl;
    } else {
        m_socket = new QTcpSocket(this);
    }
    if (!m_socket->setSocketDescriptor(m_descriptor)) {
        deleteLater();
        return;
    }
    // Answers and pushes are small frames: Nagle would hold one back until the client's delayed
    // ACK of the previous one (~40 ms).
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // A bounded read buffer: when this connection has too many requests in flight we stop
    // reading, the kernel buffers fill and TCP pushes back on the client.
    m_socket->setReadBufferSize(ReadChunk);
    connect(m_socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &Connection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (e != QAbstractSocket::RemoteHostClosedError)
            qCDebug(lcConnection) << "socket error" << m_socket->errorString();
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            deleteLater();
    });
    m_idleTimer = new QTimer(this);
    m_idleTimer->setSingleShot(true);
    m_idleTimer->setInterval(m_limits.idleTimeoutSeconds * 1000);
    connect(m_idleTimer, &QTimer::timeout, this, &Connection::onIdle);
    m_idleTimer->start();
    m_frameTimer = new QTimer(this);
    m_frameTimer->setSingleShot(true);
    m_frameTimer->setInterval(m_limits.frameTimeoutSeconds * 1000);
    connect(m_frameTimer, &QTimer::timeout, this, [this] {
        abortNow("a frame did not arrive whole in time");
    });
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket)) {
        connect(ssl, &QSslSocket::sslErrors, this, [ssl](const QList<QSslError> &) { ssl->abort(); });
        m_handshakeTimer = new QTimer(this);
        m_handshakeTimer->setSingleShot(true);
        connect(m_handshakeTimer, &QTimer::timeout, this,
                [this] { abortNow("the TLS handshake did not finish in time"); });
        connect(ssl, &QSslSocket::encrypted, m_handshakeTimer, &QTimer::stop);
        m_handshakeTimer->start(m_limits.tlsHandshakeSeconds * 1000);
        ssl->startServerEncryption();
    }
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
}

void Connection::onReadyRead()
{
    if (m_closing) {
        m_socket->readAll(); // discarded: we only wait for the peer to read our last answer
        return;
    }
    processInput();
}

void Connection::processInput()
{
    if (m_processing)
        return; // answers delivered synchronously re-enter here
    m_processing = true;
    bool waitingForPeer = false;
    while (!m_closing && !m_draining && !m_barrier && m_inFlight < m_limits.maxInFlight) {
        // Answers (errors included) the client has not read yet count against it: past the cap
        // we read nothing more until it reads, so what it costs us stays bounded.
        if (outputFull()) {
            m_pausedForOutput = true;
            break;
        }
        QByteArray payload;
        const FrameDecoder::Status status = m_decoder.next(&payload);
        if (status == FrameDecoder::Status::Frame) {
            m_frameTimer->stop();
            handleFrame(payload);
            continue;
        }
        if (status == FrameDecoder::Status::Error) {
            const bool tooLarge = m_decoder.error() == FrameDecoder::Error::TooLarge;
            failAndClose(rpc::makeError(
                QJsonValue::Null,
                RpcError::make(ErrorCode::InvalidRequest, Reason::InvalidRequest,
                               tooLarge ? u"Frame larger than %1 bytes"_s.arg(m_decoder.maxFrameSize())
                                        : u"Frame length must not be zero"_s)));
            break;
        }
        const qint64 available = m_socket->bytesAvailable();
        if (available <= 0) {
            waitingForPeer = true;
            break;
        }
        m_decoder.append(m_socket->read(qMin<qint64>(available, ReadChunk)));
    }
    // The deadline runs from a frame's first byte while we wait for the rest from the client
    // (not while we hold back reading ourselves), so a frame dripped a byte at a time is cut off.
    if (waitingForPeer && m_decoder.bufferedBytes() > 0) {
        if (!m_frameTimer->isActive())
            m_frameTimer->start();
    } else {
        m_frameTimer->stop();
    }
    m_processing = false;
}

bool Connection::outputFull() const
{
    return m_socket && m_socket->bytesToWrite() >= m_limits.maxUnsentBytes;
}

void Connection::onBytesWritten()
{
    if (m_pausedForOutput && m_socket->bytesToWrite() < m_limits.maxUnsentBytes / 2) {
        m_pausedForOutput = false;
        QMetaObject::invokeMethod(this, &Connection::processInput, Qt::QueuedConnection);
    }
}

void Connection::abortNow(const char *why)
{
    qCInfo(lcConnection).noquote() << "closing connection from" << m_source.toString() << "-" << why;
    m_closing = true;
    if (m_socket) {
        // A reset, not a close: the kernel would otherwise keep sending what is queued (megabytes
        // for a client that stopped reading) to a peer that does not read it.
        const linger reset{1, 0};
        ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
        m_socket->abort();
    }
    deleteLater();
}

void Connection::handleFrame(const QByteArray &payload)
{
    // Only whole frames count as activity: a trickle of bytes keeps nobody's connection open.
    m_idleTimer->start();
    // A session past its expiry signs the connection out before anything more runs as it.
    if (m_caller.sessionId > 0 && m_caller.sessionExpiresAt.isValid()
        && m_caller.sessionExpiresAt <= services::Clock::now())
        setCaller({});
    const rpc::Message message = rpc::decodeRequest(payload);
    switch (message.kind) {
    case rpc::Message::Kind::FramingError:
        failAndClose(rpc::makeError(QJsonValue::Null, message.error));
        return;
    case rpc::Message::Kind::InvalidRequest:
        send(rpc::makeError(message.id, message.error));
        return;
    case rpc::Message::Kind::Request: {
        ++m_inFlight;
        // "Every later request runs as that user": requests behind a login (a guest's too),
        // resume or logout wait until it is answered.
        const auto method = methodFromName(message.method);
        const bool changesCaller = method == Method::AuthLogin || method == Method::AuthResume
                                   || method == Method::AuthLogout || method == Method::AuthGuest;
        if (changesCaller) {
            m_barrier = true;
            m_dispatcher.dispatch(message, m_caller,
                                  ConnectionHandle::sinkThen(m_handle, [](Connection &c, bool) {
                                      c.releaseBarrier();
                                  }));
            return;
        }
        const auto performanceId = jsonInteger(message.params.toObject().value(u"performanceId"_s));
        if (method == Method::CatalogSubscribe && m_caller.isAuthenticated() && performanceId
            && *performanceId > 0) {
            // Subscribed from the moment the request is read, so no change that commits while
            // it is being checked is missed; a refused subscription is taken back.
            m_registry.subscribe(m_handle.get(), *performanceId);
            const Id id = *performanceId;
            m_dispatcher.dispatch(message, m_caller,
                                  ConnectionHandle::sinkThen(m_handle, [id](Connection &c, bool failed) {
                                      if (failed)
                                          c.m_registry.unsubscribe(c.m_handle.get(), id);
                                  }));
            return;
        }
        if (method == Method::CatalogUnsubscribe && performanceId && *performanceId > 0) {
            // Taken back the moment it is read too: subscribe and unsubscribe of one performance
            // take effect in the order the client sent them, whatever order workers answer them.
            m_registry.unsubscribe(m_handle.get(), *performanceId);
        }
        m_dispatcher.dispatch(message, m_caller, m_handle);
        return;
    }
    case rpc::Message::Kind::Response:
    case rpc::Message::Kind::Notification:
        send(rpc::makeError(message.id, RpcError::make(ErrorCode::InvalidRequest,
                                                       Reason::InvalidRequest,
                                                       u"Expected a request"_s)));
        return;
    }
}

void Connection::answer(const QJsonValue &id, rpc::Reply reply)
{
    --m_inFlight;
    if (reply.logIn)
        setCaller(*reply.logIn);
    if (reply.logOut)
        setCaller({});
    if (!m_closing) {
        send(reply.error ? rpc::makeError(id, *reply.error) : rpc::makeResult(id, reply.result));
    }
    if (m_draining) {
        if (m_inFlight == 0)
            closeWhenFlushed();
        return;
    }
    if (!m_closing && m_socket)
        QMetaObject::invokeMethod(this, &Connection::processInput, Qt::QueuedConnection);
}

void Connection::push(const QByteArray &frame)
{
    if (m_closing || !m_caller.isAuthenticated() || !m_socket)
        return;
    // A subscriber that stopped reading: its pushes would pile up here without end. It is
    // disconnected; a client refetches what it shows when it reconnects.
    if (m_socket->bytesToWrite() + frame.size() > 2 * m_limits.maxUnsentBytes) {
        abortNow("its unread pushes passed the limit");
        return;
    }
    m_socket->write(frame);
}

void Connection::endSession(Id sessionId)
{
    if (m_caller.sessionId == sessionId)
        setCaller({});
}

void Connection::releaseBarrier()
{
    m_barrier = false;
    if (!m_closing && !m_draining && m_socket)
        QMetaObject::invokeMethod(this, &Connection::processInput, Qt::QueuedConnection);
}

void Connection::setCaller(const services::Caller &caller)
{
    // A session ended while its sign-in was being answered never takes hold here.
    const bool live = m_registry.setSession(m_handle.get(), caller.sessionId);
    m_caller.user = live ? caller.user : User{};
    m_caller.sessionId = live ? caller.sessionId : 0;
    m_caller.sessionExpiresAt = live ? caller.sessionExpiresAt : QDateTime();
    if (!m_sessionTimer) {
        m_sessionTimer = new QTimer(this);
        m_sessionTimer->setSingleShot(true);
        connect(m_sessionTimer, &QTimer::timeout, this, [this] {
            if (m_caller.sessionExpiresAt.isValid()
                && m_caller.sessionExpiresAt <= services::Clock::now())
                setCaller({});
            else
                setCaller(m_caller); // a long session: the timer is re-armed in steps
        });
    }
    m_sessionTimer->stop();
    if (m_caller.sessionId > 0 && m_caller.sessionExpiresAt.isValid()) {
        const qint64 left = services::Clock::now().msecsTo(m_caller.sessionExpiresAt);
        m_sessionTimer->start(int(qBound<qint64>(0, left, 24LL * 3600 * 1000)));
    }
    // Staff may send large venue layouts; everyone else keeps the default limit.
    const bool staff = caller.hasRole(Role::Manager);
    m_decoder.setMaxFrameSize(staff ? qMax(m_limits.staffMaxFrameSize, m_limits.maxFrameSize)
                                    : m_limits.maxFrameSize);
}

void Connection::drain()
{
    m_draining = true;
    if (m_inFlight == 0)
        closeWhenFlushed();
}

void Connection::send(const QJsonObject &message)
{
    if (m_socket)
        m_socket->write(encodeFrame(rpc::toPayload(message)));
}

void Connection::failAndClose(const QJsonObject &error)
{
    send(error);
    closeWhenFlushed();
}

void Connection::closeWhenFlushed()
{
    if (m_closing || !m_socket)
        return;
    m_closing = true;
    if (qobject_cast<QSslSocket *>(m_socket)) {
        m_socket->disconnectFromHost();
        // A peer that never reads would keep a TLS connection half-closed for ever.
        QTimer::singleShot(CloseGraceMs, this, [this] { m_socket->abort(); deleteLater(); });
        return;
    }
    m_socket->flush();
    // Half-close once our answer is written, then drop whatever the peer still sends until it
    // closes: closing with unread input would reset the connection and lose the answer.
    auto finish = [this] {
        if (m_socket->bytesToWrite() == 0)
            ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    };
    connect(m_socket, &QTcpSocket::bytesWritten, this, finish);
    finish();
    QTimer::singleShot(CloseGraceMs, this, [this] { m_socket->abort(); deleteLater(); });
}

void Connection::onIdle()
{
    if (m_inFlight > 0) {
        m_idleTimer->start();
        return;
    }
    qCDebug(lcConnection) << "closing idle connection";
    closeWhenFlushed();
}

} // namespace mq::net
