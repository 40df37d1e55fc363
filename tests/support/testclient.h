#pragma once

#include "shared/frame.h"
#include "shared/rpcerror.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QTcpSocket;

// A synchronous JSON-RPC client for black-box tests: every call blocks until its answer (or a
// deadline). Frames that arrive while waiting for something else — pushes, answers to other
// pipelined requests — are queued, never lost. Create and use it in one thread.
class TestClient
{
public:
    struct Response
    {
        bool ok = false;
        QJsonObject result;
        mq::RpcError error;
        QJsonValue id;
        bool timedOut = false; // no answer before the deadline (error.code is then 0)

        // For failure messages: the result or the error, compactly.
        QString toString() const;
    };

    TestClient();
    ~TestClient();
    TestClient(const TestClient &) = delete;
    TestClient &operator=(const TestClient &) = delete;

    bool connectTo(quint16 port, int timeoutMs = 10000);
    void disconnectFromServer();
    bool isConnected() const;

    Response call(const QString &method, const QJsonObject &params = {}, int timeoutMs = 10000);
    // Sends a request without waiting; returns its id (for pipelining).
    QJsonValue send(const QString &method, const QJsonObject &params = {});
    // Sends any JSON object as one frame (for malformed envelopes).
    void sendObject(const QJsonObject &message);
    // Sends raw bytes as they are, framing included (for hostile input).
    void sendRaw(const QByteArray &bytes);
    // Waits for the answer to the request with this id.
    Response waitForResponse(const QJsonValue &id, int timeoutMs = 10000);

    // The next frame as an object, queued ones first; empty on timeout or disconnect.
    QJsonObject readMessage(int timeoutMs = 10000);
    // Waits for a server push of that method (a message with a method and no id).
    bool waitForPush(const QString &method, QJsonObject *params, int timeoutMs = 5000);
    // True once the server has closed the connection; keeps what arrived before the close
    // readable through readMessage().
    bool waitForDisconnected(int timeoutMs = 5000);

    // A password hash is slow on purpose and a server hashes only a few at once: a sign-in
    // queued behind dozens of others waits its turn, so these wait longer than other calls.
    static constexpr int SignInTimeoutMs = 60000;
    // auth.login; on success remembers the token and user.
    Response login(const QString &username, const QString &password, int timeoutMs = SignInTimeoutMs);
    Response registerUser(const QString &username, const QString &password,
                          const QString &displayName = {}, int timeoutMs = SignInTimeoutMs);
    QString token() const { return m_token; }
    QJsonObject user() const { return m_user; }
    qint64 userId() const;

    // What went wrong at the transport level (framing errors from the server, non-objects).
    QString transportError() const { return m_transportError; }

private:
    std::optional<QJsonObject> readFrame(const QDeadlineTimer &deadline);
    void pullAvailable();
    static Response toResponse(const QJsonObject &message);
    static bool sameId(const QJsonValue &a, const QJsonValue &b);

    std::unique_ptr<QTcpSocket> m_socket;
    mq::FrameDecoder m_decoder{mq::StaffMaxFrameSize};
    QList<QJsonObject> m_queue;
    qint64 m_nextId = 1;
    QString m_token;
    QJsonObject m_user;
    QString m_transportError;
};
