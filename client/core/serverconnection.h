#pragma once

#include "core/rpcresult.h"
#include "core/serveraddress.h"
#include "shared/domain.h"
#include "shared/frame.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

class QSslSocket;
class QTimer;

namespace mq::client {

// The client's one connection to the server. Asynchronous: call() returns at once and the
// continuation runs later on this object's thread. Reconnects with backoff, resumes the session
// with its token and re-subscribes after a reconnect, and turns server pushes into signals.
class ServerConnection : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Connected };
    Q_ENUM(State)
    using Callback = std::function<void(const RpcResult &)>;

    explicit ServerConnection(QObject *parent = nullptr);
    ~ServerConnection() override;

    void setServer(const ServerAddress &address);
    ServerAddress server() const { return m_address; }
    // Accept a certificate the system does not trust (a test server's self-signed one).
    void setIgnoreTlsErrors(bool ignore) { m_ignoreTlsErrors = ignore; }
    void setDefaultTimeout(int ms) { m_defaultTimeoutMs = ms; }

    State state() const { return m_state; }
    bool isConnected() const { return m_state == State::Connected; }
    // Connects now, and keeps reconnecting after every loss until close().
    void open();
    void close();

    // Sends a request. `done` runs once with the outcome, unless `context` was destroyed first.
    // Requests made while (re)connecting wait for the connection, within their timeout.
    // Returns the request's envelope id, which server pushes about it (queue.position) name;
    // each such push starts its timeout again, since the server is still working on it.
    qint64 call(const QString &method, const QJsonObject &params, QObject *context, Callback done,
                int timeoutMs = -1);
    void call(const QString &method, const QJsonObject &params = {});
    // A paged list (catalog.listEvents): follows nextCursor until the last page and answers once,
    // with every page's `listKey` array joined; the first failure ends it.
    void callAllPages(const QString &method, const QJsonObject &params, const QString &listKey,
                      QObject *context, Callback done);

    // Session: the token lets a new connection (a reconnect, "remember me") resume it.
    void login(const QString &username, const QString &password, QObject *context, Callback done);
    // auth.guest: a new guest account, signed in for a short session (the kiosk's "buy without an
    // account"); its token resumes it after a reconnect like any other.
    void loginAsGuest(QObject *context, Callback done);
    void resume(const QString &token, QObject *context, Callback done);
    void logout(QObject *context, Callback done);
    bool isAuthenticated() const { return m_user.has_value(); }
    std::optional<User> user() const { return m_user; }
    QString token() const { return m_token; }

    // Live numbers for a performance; kept across reconnects. Counted: several views of one
    // window may follow the same performance, and it stays subscribed until the last one lets go.
    void subscribe(Id performanceId);
    void unsubscribe(Id performanceId);
    bool isSubscribed(Id performanceId) const { return m_subscriptions.contains(performanceId); }

Q_SIGNALS:
    void stateChanged(mq::client::ServerConnection::State state);
    void authenticated(const mq::User &user);
    // The session ended: logged out here, token revoked elsewhere, or expired.
    void sessionEnded();
    void inventoryChanged(mq::Id performanceId, const QJsonArray &ticketTypes);
    void pushReceived(const QString &method, const QJsonObject &params);

private:
    struct Pending
    {
        QString method;
        QJsonObject params;
        QPointer<QObject> context;
        bool hasContext = false;
        Callback done;
        QTimer *timer = nullptr;
        bool sent = false;
    };

    void connectSocket();
    void onConnected();
    void onReadyRead();
    void onDisconnected();
    void scheduleReconnect();
    void setState(State state);
    void send(qint64 id, Pending &pending);
    void flushQueued();
    void finish(qint64 id, const RpcResult &result);
    void failAll(RpcResult::Kind kind);
    void handleMessage(const QByteArray &payload);
    void emitInventory(Id performanceId, const QJsonArray &ticketTypes);
    void adoptSession(const QJsonObject &result, const QString &token);
    void dropSession();

    ServerAddress m_address;
    QSslSocket *m_socket = nullptr;
    QTimer *m_reconnectTimer = nullptr;
    FrameDecoder m_decoder{StaffMaxFrameSize};
    State m_state = State::Disconnected;
    bool m_wanted = false;
    bool m_ignoreTlsErrors = false;
    bool m_resuming = false;
    int m_attempt = 0;
    int m_defaultTimeoutMs = 15000;
    qint64 m_nextId = 1;
    QHash<qint64, Pending> m_pending;
    QList<qint64> m_queue; // waiting for the connection (or for the resume to finish)
    std::optional<User> m_user;
    QString m_token;
    QHash<Id, int> m_subscriptions; // performance → how many views follow it
    QHash<Id, qint64> m_inventoryVersions; // ticket type → newest version of its numbers seen
};

} // namespace mq::client
