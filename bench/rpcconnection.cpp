#include "rpcconnection.h"

using namespace Qt::StringLiterals;

RpcConnection::RpcConnection(QObject *parent) : QObject(parent), m_socket(new QTcpSocket(this))
{
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        // Pipelined small frames must not wait for Nagle.
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        emit connected();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &RpcConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &RpcConnection::onErrorOccurred);
    connect(m_socket, &QTcpSocket::disconnected, this, &RpcConnection::onDisconnected);
}

void RpcConnection::connectToServer(const QString &host, quint16 port)
{
    m_socket->connectToHost(host, port);
}

void RpcConnection::close()
{
    m_failed = true; // a close we asked for is not a failure worth reporting
    m_callbacks.clear();
    m_socket->abort();
}

bool RpcConnection::isOpen() const
{
    return !m_failed && m_socket->state() == QAbstractSocket::ConnectedState;
}

qint64 RpcConnection::send(mq::Method method, const QJsonObject &params)
{
    const qint64 id = m_nextId++;
    const QByteArray payload =
        mq::rpc::toPayload(mq::rpc::makeRequest(id, mq::methodName(method), params));
    m_socket->write(mq::encodeFrame(payload));
    return id;
}

qint64 RpcConnection::call(mq::Method method, const QJsonObject &params, Callback callback)
{
    const qint64 id = send(method, params);
    m_callbacks.insert(id, std::move(callback));
    return id;
}

void RpcConnection::onReadyRead()
{
    m_decoder.append(m_socket->readAll());
    QByteArray payload;
    for (;;) {
        switch (m_decoder.next(&payload)) {
        case mq::FrameDecoder::Status::NeedMore:
            return;
        case mq::FrameDecoder::Status::Error:
            fail(u"framing error from the server"_s);
            return;
        case mq::FrameDecoder::Status::Frame:
            dispatch(payload);
            if (m_failed)
                return;
            break;
        }
    }
}

void RpcConnection::dispatch(const QByteArray &payload)
{
    const mq::rpc::Message message = mq::rpc::decodeIncoming(payload);
    switch (message.kind) {
    case mq::rpc::Message::Kind::Notification:
        emit pushReceived(message);
        return;
    case mq::rpc::Message::Kind::Response: {
        if (message.id.isNull()) {
            // The server could not read something we sent and is closing the connection.
            fail(u"server reported %1 %2: %3"_s.arg(message.error.code)
                     .arg(message.error.reason, message.error.message));
            return;
        }
        const auto it = m_callbacks.find(message.id.toInteger());
        if (it != m_callbacks.end()) {
            const Callback callback = std::move(*it);
            m_callbacks.erase(it);
            callback(message);
        } else {
            emit responseReceived(message);
        }
        return;
    }
    case mq::rpc::Message::Kind::Request:
    case mq::rpc::Message::Kind::InvalidRequest:
    case mq::rpc::Message::Kind::FramingError:
        fail(u"unreadable message from the server: %1"_s.arg(message.error.message));
        return;
    }
}

void RpcConnection::onErrorOccurred(QAbstractSocket::SocketError error)
{
    Q_UNUSED(error)
    fail(m_socket->errorString());
}

void RpcConnection::onDisconnected()
{
    fail(u"the server closed the connection"_s);
}

void RpcConnection::fail(const QString &reason)
{
    if (m_failed)
        return;
    m_failed = true;
    m_callbacks.clear();
    m_socket->abort();
    emit failed(reason);
}
