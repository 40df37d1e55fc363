#pragma once

#include "core/rpcresult.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>

class QTimer;

namespace mq::client {

class ServerConnection;

// One purchase attempt (order.purchase or order.checkout), sent exactly once as far as money is
// concerned: it carries a requestId made for this attempt, and when the answer is lost (the
// connection dropped, no answer in time) or the server is too busy (503, 429 rate_limited) it asks
// again with the same requestId, so the server answers with the one order instead of selling
// twice. While the purchase waits in the server's waiting room, queuePosition() says where it
// stands. Gives up after `giveUpAfterMs` of retrying without news from the server; the outcome is
// then unknown when an attempt may have reached it (outcomeUnknown()).
class PurchaseRequest : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultAttemptTimeoutMs = 60000;
    static constexpr int DefaultGiveUpAfterMs = 120000;

    explicit PurchaseRequest(ServerConnection *connection, QObject *parent = nullptr);

    // A new purchase attempt (a press of Pay) with a new requestId; `params` as the method takes
    // them. Ignored while one is running.
    void start(const QString &method, const QJsonObject &params);
    bool isRunning() const { return m_running; }
    // The current (or last) attempt's requestId.
    QString requestId() const { return m_requestId; }
    // After finished(): whether the purchase may have gone through although no order came back.
    bool outcomeUnknown() const { return m_outcomeUnknown; }

    void setAttemptTimeout(int ms) { m_attemptTimeoutMs = ms; }
    void setGiveUpAfter(int ms) { m_giveUpAfterMs = ms; }

    // For people: "You are number 42 in the queue"; "about 2 minutes" / "less than a minute"
    // (empty when the server gave no estimate).
    static QString positionText(int position);
    static QString waitText(qint64 estimatedWaitMs);
    // A refusal's sentence; a server too busy to take the purchase says that nothing was charged.
    static QString failureText(const RpcResult &result);

Q_SIGNALS:
    void queuePosition(int position, qint64 estimatedWaitMs);
    // Asking again with the same requestId, and why (for people).
    void retrying(const QString &why);
    // The server's answer (an order or a refusal), or the last failure after giving up.
    void finished(const mq::client::RpcResult &result);

private:
    void send();
    void onAnswer(int attempt, const RpcResult &result);
    void onPush(const QString &method, const QJsonObject &params);
    void finish(const RpcResult &result);

    ServerConnection *m_connection;
    QTimer *m_retryTimer;
    QString m_method;
    QJsonObject m_params;
    QString m_requestId;
    qint64 m_callId = 0;
    int m_attempt = 0;
    bool m_running = false;
    bool m_outcomeUnknown = false;
    bool m_mayHaveReached = false; // an attempt may have reached the server before it was lost
    QElapsedTimer m_retryingFor;   // since the first failure without news from the server
    int m_attemptTimeoutMs = DefaultAttemptTimeoutMs;
    int m_giveUpAfterMs = DefaultGiveUpAfterMs;
};

} // namespace mq::client
