#pragma once

#include "shared/envelope.h"
#include "shared/frame.h"
#include "shared/methods.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTcpSocket>

#include <functional>

// One framed JSON-RPC connection to a Marquee server, driven by the event loop.
// Answers go to the callback given with call(), or else out through responseReceived().
class RpcConnection : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const mq::rpc::Message &)>;

    explicit RpcConnection(QObject *parent = nullptr);

    void connectToServer(const QString &host, quint16 port);
    void close();
    bool isOpen() const;

    // Sends a request and returns its id; the answer arrives through responseReceived().
    qint64 send(mq::Method method, const QJsonObject &params = {});
    // Sends a request whose answer goes to callback (only while this connection lives).
    qint64 call(mq::Method method, const QJsonObject &params, Callback callback);

    qsizetype pendingCallbacks() const { return m_callbacks.size(); }

signals:
    void connected();
    void responseReceived(const mq::rpc::Message &message);
    void pushReceived(const mq::rpc::Message &message);
    // The connection is gone (refused, dropped, framing error); nothing more will arrive.
    void failed(const QString &reason);

private:
    void onReadyRead();
    void onErrorOccurred(QAbstractSocket::SocketError error);
    void onDisconnected();
    void fail(const QString &reason);
    void dispatch(const QByteArray &payload);

    QTcpSocket *m_socket;
    // Clients accept server frames up to the staff limit (seat maps can be large).
    mq::FrameDecoder m_decoder{mq::StaffMaxFrameSize};
    qint64 m_nextId = 1;
    QHash<qint64, Callback> m_callbacks;
    bool m_failed = false;
};
