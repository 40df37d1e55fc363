#include "core/serverconnection.h"

#include "shared/envelope.h"
#include "shared/jsonfields.h"
#include "shared/methods.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSslSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcConnection, "marquee.client.connection")

namespace mq::client {

namespace {
constexpr int MaxBackoffMs = 15000;
} // namespace

ServerConnection::ServerConnection(QObject *parent) : QObject(parent)
{
    m_reconnectTimer = new QTimer(this);
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &ServerConnection::connectSocket);
}

ServerConnection::~ServerConnection()
{
    m_wanted = false;
    if (m_socket)
        m_socket->abort();
}

void ServerConnection::setServer(const ServerAddress &address)
{
    if (address == m_address)
        return;
    m_address = address;
    if (m_wanted) {
        // A different server: its sessions are not ours.
        m_token.clear();
        m_user.reset();
        if (m_socket)
            m_socket->abort();
    }
}

void ServerConnection::open()
{
    m_wanted = true;
    if (m_state == State::Disconnected && !m_reconnectTimer->isActive())
        connectSocket();
}

void ServerConnection::close()
{
    m_wanted = false;
    m_reconnectTimer->stop();
    if (m_socket)
        m_socket->abort();
    failAll(RpcResult::Kind::Disconnected);
    setState(State::Disconnected);
}

void ServerConnection::connectSocket()
{
    if (!m_wanted)
        return;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_socket = new QSslSocket(this);
    m_decoder = FrameDecoder(StaffMaxFrameSize);
    connect(m_socket, &QSslSocket::readyRead, this, &ServerConnection::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &ServerConnection::onDisconnected);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        qCDebug(lcConnection) << "socket error:" << m_socket->errorString();
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            onDisconnected();
    });
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        if (m_ignoreTlsErrors)
            m_socket->ignoreSslErrors(errors);
    });
    setState(State::Connecting);
    if (m_address.tls) {
        connect(m_socket, &QSslSocket::encrypted, this, &ServerConnection::onConnected);
        m_socket->connectToHostEncrypted(m_address.host, m_address.port);
    } else {
        connect(m_socket, &QSslSocket::connected, this, &ServerConnection::onConnected);
        m_socket->connectToHost(m_address.host, m_address.port);
    }
}

void ServerConnection::onConnected()
{
    m_attempt = 0;
    if (m_token.isEmpty()) {
        setState(State::Connected);
        flushQueued();
        return;
    }
    // A reconnect: become the same user again before anything queued runs.
    m_resuming = true;
    const qint64 id = m_nextId++;
    Pending resume;
    resume.method = methodName(Method::AuthResume);
    resume.params = {{u"token"_s, m_token}};
    resume.done = [this](const RpcResult &r) {
        m_resuming = false;
        if (r.ok()) {
            adoptSession(r.result, m_token);
            for (Id performanceId : m_subscriptions.keys())
                call(methodName(Method::CatalogSubscribe), {{u"performanceId"_s, performanceId}});
        } else if (r.kind == RpcResult::Kind::Error) {
            dropSession();
        }
        setState(State::Connected);
        flushQueued();
    };
    m_pending.insert(id, std::move(resume));
    send(id, m_pending[id]);
}

void ServerConnection::onReadyRead()
{
    m_decoder.append(m_socket->readAll());
    QByteArray payload;
    for (;;) {
        const FrameDecoder::Status status = m_decoder.next(&payload);
        if (status == FrameDecoder::Status::NeedMore)
            return;
        if (status == FrameDecoder::Status::Error) {
            qCWarning(lcConnection) << "bad frame from server; reconnecting";
            m_socket->abort();
            return;
        }
        handleMessage(payload);
    }
}

void ServerConnection::handleMessage(const QByteArray &payload)
{
    const rpc::Message message = rpc::decodeIncoming(payload);
    if (message.kind == rpc::Message::Kind::Notification) {
        const QJsonObject params = message.params.toObject();
        if (message.method == QLatin1String(InventoryChangedPush)) {
            emitInventory(jsonInteger(params.value(u"performanceId"_s)).value_or(0),
                          params.value(u"ticketTypes"_s).toArray());
        } else if (message.method == QLatin1String(QueuePositionPush)) {
            // A purchase waiting its turn is alive: its timeout counts from the latest news.
            const auto it = m_pending.find(jsonInteger(params.value(u"id"_s)).value_or(0));
            if (it != m_pending.end() && it->timer)
                it->timer->start();
        }
        Q_EMIT pushReceived(message.method, params);
        return;
    }
    if (message.kind != rpc::Message::Kind::Response)
        return;
    const auto id = jsonInteger(message.id);
    if (!id)
        return;
    RpcResult result;
    if (message.isError) {
        result.kind = RpcResult::Kind::Error;
        result.error = message.error;
    } else {
        result.result = message.result;
    }
    finish(*id, result);
}

void ServerConnection::onDisconnected()
{
    if (m_state == State::Disconnected && !m_socket)
        return;
    m_resuming = false;
    // Sent requests may or may not have run; their callers must look again. Unsent ones wait.
    QList<qint64> sent;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (it->sent)
            sent.append(it.key());
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    setState(State::Disconnected);
    if (m_wanted)
        scheduleReconnect();
    // Last, so that a caller asking again from its callback waits for the reconnect instead of
    // writing to the socket that just went.
    for (qint64 id : std::as_const(sent))
        finish(id, RpcResult{RpcResult::Kind::Disconnected, {}, {}});
}

void ServerConnection::scheduleReconnect()
{
    const int base = qMin(MaxBackoffMs, 250 << qMin(m_attempt, 6));
    const int delay = base / 2 + int(QRandomGenerator::global()->bounded(base / 2 + 1));
    ++m_attempt;
    qCDebug(lcConnection) << "reconnecting in" << delay << "ms";
    m_reconnectTimer->start(delay);
}

void ServerConnection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

qint64 ServerConnection::call(const QString &method, const QJsonObject &params, QObject *context,
                              Callback done, int timeoutMs)
{
    const qint64 id = m_nextId++;
    Pending p;
    p.method = method;
    p.params = params;
    p.context = context;
    p.hasContext = context != nullptr;
    p.done = std::move(done);
    p.timer = new QTimer(this);
    p.timer->setSingleShot(true);
    connect(p.timer, &QTimer::timeout, this,
            [this, id] { finish(id, RpcResult{RpcResult::Kind::Timeout, {}, {}}); });
    p.timer->start(timeoutMs > 0 ? timeoutMs : m_defaultTimeoutMs);
    m_pending.insert(id, std::move(p));
    if (m_state == State::Connected && !m_resuming)
        send(id, m_pending[id]);
    else
        m_queue.append(id);
    if (m_state == State::Disconnected && m_wanted && !m_reconnectTimer->isActive())
        connectSocket();
    return id;
}

void ServerConnection::callAllPages(const QString &method, const QJsonObject &params,
                                    const QString &listKey, QObject *context, Callback done)
{
    // One page at a time. The request in flight owns the pager (so nothing outlives a context
    // that went away); the pager refers to itself only weakly.
    using Pager = std::function<void(const QString &)>;
    auto collected = std::make_shared<QJsonArray>();
    auto pager = std::make_shared<Pager>();
    std::weak_ptr<Pager> weak = pager;
    *pager = [this, method, params, listKey, context, done, collected, weak](const QString &cursor) {
        QJsonObject page = params;
        if (!cursor.isEmpty())
            page.insert(u"cursor"_s, cursor);
        call(method, page, context, [listKey, done, collected, self = weak.lock()](const RpcResult &r) {
            if (!r.ok()) {
                done(r);
                return;
            }
            for (const QJsonValue &v : r.result.value(listKey).toArray())
                collected->append(v);
            const QString cursor = r.result.value(u"nextCursor"_s).toString();
            if (!cursor.isEmpty() && self) {
                (*self)(cursor);
                return;
            }
            RpcResult all = r;
            all.result.insert(listKey, *collected);
            all.result.remove(u"nextCursor"_s);
            done(all);
        });
    };
    (*pager)(QString());
}

void ServerConnection::call(const QString &method, const QJsonObject &params)
{
    call(method, params, nullptr, {});
}

void ServerConnection::send(qint64 id, Pending &pending)
{
    pending.sent = true;
    m_socket->write(encodeFrame(rpc::toPayload(rpc::makeRequest(id, pending.method, pending.params))));
}

void ServerConnection::flushQueued()
{
    const QList<qint64> queue = std::exchange(m_queue, {});
    for (qint64 id : queue) {
        auto it = m_pending.find(id);
        if (it != m_pending.end())
            send(id, *it);
    }
}

void ServerConnection::finish(qint64 id, const RpcResult &result)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending pending = std::move(*it);
    m_pending.erase(it);
    m_queue.removeOne(id);
    if (pending.timer)
        pending.timer->deleteLater();
    // The server forgot us (logged out elsewhere, password changed): the session is over.
    if (result.is(ErrorCode::NotAuthenticated, u"not_authenticated"_s) && m_user)
        dropSession();
    if (!pending.done || (pending.hasContext && !pending.context))
        return;
    pending.done(result);
}

void ServerConnection::failAll(RpcResult::Kind kind)
{
    const QList<qint64> ids = m_pending.keys();
    for (qint64 id : ids)
        finish(id, RpcResult{kind, {}, {}});
}

void ServerConnection::login(const QString &username, const QString &password, QObject *context,
                             Callback done)
{
    call(methodName(Method::AuthLogin), {{u"username"_s, username}, {u"password"_s, password}}, context,
         [this, done](const RpcResult &r) {
             if (r.ok())
                 adoptSession(r.result, r.result.value(u"token"_s).toString());
             if (done)
                 done(r);
         });
}

void ServerConnection::loginAsGuest(QObject *context, Callback done)
{
    call(methodName(Method::AuthGuest), {}, context, [this, done](const RpcResult &r) {
        if (r.ok())
            adoptSession(r.result, r.result.value(u"token"_s).toString());
        if (done)
            done(r);
    });
}

void ServerConnection::resume(const QString &token, QObject *context, Callback done)
{
    call(methodName(Method::AuthResume), {{u"token"_s, token}}, context,
         [this, token, done](const RpcResult &r) {
             if (r.ok())
                 adoptSession(r.result, token);
             if (done)
                 done(r);
         });
}

void ServerConnection::logout(QObject *context, Callback done)
{
    call(methodName(Method::AuthLogout), {}, context, [this, done](const RpcResult &r) {
        dropSession();
        if (done)
            done(r);
    });
}

void ServerConnection::subscribe(Id performanceId)
{
    if (m_subscriptions[performanceId]++ > 0)
        return;
    // The answer holds the numbers as they were once subscribed: a sale between the view's last
    // read and now, pushed to nobody, reaches the views like a push.
    call(methodName(Method::CatalogSubscribe), {{u"performanceId"_s, performanceId}}, this,
         [this, performanceId](const RpcResult &r) {
             if (r.ok() && m_subscriptions.contains(performanceId))
                 emitInventory(performanceId, r.result.value(u"ticketTypes"_s).toArray());
         });
}

void ServerConnection::emitInventory(Id performanceId, const QJsonArray &ticketTypes)
{
    // A push and a subscription's answer may cross on the way: older numbers than the newest
    // seen are dropped, so a view never steps back.
    QJsonArray newer;
    for (const QJsonValue &v : ticketTypes) {
        const QJsonObject o = v.toObject();
        const qint64 version = jsonInteger(o.value(u"version"_s)).value_or(0);
        qint64 &seen = m_inventoryVersions[jsonInteger(o.value(u"id"_s)).value_or(0)];
        if (version > 0 && version < seen)
            continue;
        seen = qMax(seen, version);
        newer.append(o);
    }
    if (!newer.isEmpty())
        Q_EMIT inventoryChanged(performanceId, newer);
}

void ServerConnection::unsubscribe(Id performanceId)
{
    const auto it = m_subscriptions.find(performanceId);
    if (it == m_subscriptions.end())
        return;
    if (--it.value() > 0)
        return;
    m_subscriptions.erase(it);
    call(methodName(Method::CatalogUnsubscribe), {{u"performanceId"_s, performanceId}});
}

void ServerConnection::adoptSession(const QJsonObject &result, const QString &token)
{
    m_user = User::fromJson(result.value(u"user"_s).toObject());
    m_token = token;
    Q_EMIT authenticated(*m_user);
}

void ServerConnection::dropSession()
{
    const bool had = m_user.has_value() || !m_token.isEmpty();
    m_user.reset();
    m_token.clear();
    m_subscriptions.clear();
    if (had)
        Q_EMIT sessionEnded();
}

} // namespace mq::client
