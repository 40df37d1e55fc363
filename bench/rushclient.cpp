#include "rushclient.h"

#include "rpcconnection.h"
#include "shared/rpcerror.h"

#include <QJsonArray>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// Answers worth sending again (same requestId) after a pause; any other error stops this buyer.
// 503 unavailable may mean "outcome unknown": the repeat is what tells.
bool isRetryable(int code)
{
    return code == mq::ErrorCode::Unavailable || code == mq::ErrorCode::RateLimited;
}

// A purchase is given up after this many repeats (it counts as unanswered).
constexpr int MaxRetriesPerPurchase = 1000;
// When an answer names no data.retryAfterMs.
constexpr int DefaultRetryDelayMs = 20;
constexpr int MaxRetryDelayMs = 5000;
// Logins are not timed: a busy server gets a calmer retry.
constexpr int MaxLoginRetries = 20;
constexpr int LoginRetryDelayMs = 250;
// order.listMine answers at most this many orders.
constexpr int ListMineLimit = 500;

} // namespace

RushClient::RushClient(QString username, QString password, QObject *parent)
    : QObject(parent), m_username(std::move(username)), m_password(std::move(password))
{
}

void RushClient::logIn(const QString &host, quint16 port)
{
    m_connection = new RpcConnection(this);
    connect(m_connection, &RpcConnection::connected, this, &RushClient::registerUser);
    connect(m_connection, &RpcConnection::failed, this, &RushClient::onConnectionFailed);
    connect(m_connection, &RpcConnection::responseReceived, this, &RushClient::onResponse);
    connect(m_connection, &RpcConnection::pushReceived, this, &RushClient::onPush);
    m_connection->connectToServer(host, port);
}

void RushClient::registerUser()
{
    const QJsonObject params{{u"username"_s, m_username},
                             {u"password"_s, m_password},
                             {u"displayName"_s, QString(u"Rush buyer "_s + m_username)}};
    m_connection->call(mq::Method::AuthRegister, params, [this](const mq::rpc::Message &m) {
        if (m.isError && retryLater(m, &RushClient::registerUser))
            return;
        // A name left over from an earlier run with the same run id: just log in.
        if (m.isError && m.error.reason != mq::reasonName(mq::Reason::UsernameTaken)) {
            m_failure =
                u"auth.register %1: %2 %3"_s.arg(m_username).arg(m.error.code).arg(m.error.message);
            emit failed(m_failure);
            return;
        }
        login();
    });
}

void RushClient::login()
{
    const QJsonObject params{{u"username"_s, m_username}, {u"password"_s, m_password}};
    m_connection->call(mq::Method::AuthLogin, params, [this](const mq::rpc::Message &m) {
        if (m.isError && retryLater(m, &RushClient::login))
            return;
        if (m.isError) {
            m_failure =
                u"auth.login %1: %2 %3"_s.arg(m_username).arg(m.error.code).arg(m.error.message);
            emit failed(m_failure);
            return;
        }
        m_loggedIn = true;
        emit loggedIn();
    });
}

bool RushClient::retryLater(const mq::rpc::Message &answer, void (RushClient::*step)())
{
    if (!isRetryable(answer.error.code) ||
        answer.error.reason == mq::reasonName(mq::Reason::LockedOut) ||
        ++m_loginRetries > MaxLoginRetries)
        return false;
    QTimer::singleShot(LoginRetryDelayMs * m_loginRetries, this, [this, step] {
        if (m_connection->isOpen())
            (this->*step)();
    });
    return true;
}

void RushClient::startRush(mq::Id ticketTypeId, int quantity, int pipeline)
{
    Q_ASSERT(m_loggedIn);
    m_ticketTypeId = ticketTypeId;
    m_quantity = quantity;
    m_buying = true;
    m_rushStarted = true;
    m_clock.start();
    for (int i = 0; i < pipeline; ++i)
        sendPurchase();
}

void RushClient::sendPurchase()
{
    Attempt attempt;
    // Unique per purchase attempt: 1-64 of [A-Za-z0-9._:-]; user names are at most 32.
    attempt.requestId = u"%1:%2"_s.arg(m_username).arg(++m_nextRequest);
    attempt.firstSentNs = m_clock.nsecsElapsed();
    attempt.quantity = m_quantity;
    send(attempt);
}

void RushClient::send(const Attempt &attempt)
{
    const QJsonObject params{
        {u"ticketTypeId"_s, m_ticketTypeId},
        {u"quantity"_s, attempt.quantity},
        {u"requestId"_s, attempt.requestId},
        {u"payment"_s, QJsonObject{{u"provider"_s, u"sandbox"_s}, {u"token"_s, u"tok_ok"_s}}}};
    const qint64 id = m_connection->send(mq::Method::OrderPurchase, params);
    m_inFlight.insert(id, attempt);
}

void RushClient::onResponse(const mq::rpc::Message &message)
{
    const auto it = m_inFlight.find(message.id.toInteger());
    if (it == m_inFlight.end())
        return; // not one of our purchases
    Attempt attempt = *it;
    m_inFlight.erase(it);
    const qint64 latency = m_clock.nsecsElapsed() - attempt.firstSentNs;

    if (!message.isError) {
        m_latencies.add(latency);
        m_orderLatencies.add(latency);
        const QJsonObject order = message.result.value(u"order"_s).toObject();
        const QJsonArray tickets = order.value(u"tickets"_s).toArray();
        Bought bought;
        bought.orderId = order.value(u"id"_s).toInteger();
        bought.code = order.value(u"code"_s).toString();
        bought.tickets = tickets.isEmpty() ? attempt.quantity : tickets.size();
        if (m_boughtIds.contains(bought.orderId)) {
            // Two purchases answered with one order: the server sold one and answered two.
            ++m_duplicateOrders;
        } else {
            m_boughtIds.insert(bought.orderId);
            m_bought.append(bought);
            m_ticketsBought += bought.tickets;
        }
        if (m_buying)
            sendPurchase();
        finishIfDrained();
        return;
    }

    const mq::RpcError &error = message.error;
    if (error.reason == mq::reasonName(mq::Reason::SoldOut)) {
        m_latencies.add(latency);
        ++m_soldOutAnswers;
        // Fewer left than we ask for: buy what is left, so the run ends with nothing unsold.
        const qint64 remaining = qint64(error.data.value(u"remaining"_s).toDouble());
        if (m_buying && remaining > 0 && remaining < m_quantity) {
            m_quantity = int(remaining);
            sendPurchase();
        } else {
            stopBuying();
        }
        finishIfDrained();
        return;
    }

    const QString key = u"%1 %2"_s.arg(error.code).arg(error.reason);
    if (isRetryable(error.code) && attempt.retries < MaxRetriesPerPurchase &&
        m_connection->isOpen()) {
        // The same requestId again: a purchase that went through is answered with its order.
        m_retries[key] += 1;
        ++attempt.retries;
        const qint64 asked = qint64(error.data.value(u"retryAfterMs"_s).toDouble());
        const int delay = int(qBound<qint64>(1, asked > 0 ? asked : qint64(DefaultRetryDelayMs),
                                             qint64(MaxRetryDelayMs)));
        ++m_waitingToRetry;
        QTimer::singleShot(delay, this, [this, attempt] {
            --m_waitingToRetry;
            if (m_connection->isOpen()) {
                send(attempt);
            } else {
                ++m_unanswered;
                finishIfDrained();
            }
        });
        return;
    }
    m_latencies.add(latency);
    m_errors[key] += 1;
    if (isRetryable(error.code))
        ++m_unanswered; // gave up: we do not know whether it was bought
    stopBuying();
    finishIfDrained();
}

void RushClient::onPush(const mq::rpc::Message &message)
{
    if (message.method != u"queue.position"_s)
        return;
    ++m_queuePushes;
    const QJsonObject p = message.params.toObject();
    m_queuedIds.insert(p.value(u"id"_s).toInteger());
    m_maxQueuePosition = qMax(m_maxQueuePosition, p.value(u"position"_s).toInteger());
    m_maxEstimatedWaitMs = qMax(m_maxEstimatedWaitMs, p.value(u"estimatedWaitMs"_s).toInteger());
}

void RushClient::stopBuying()
{
    m_buying = false;
}

void RushClient::finishIfDrained()
{
    if (m_finished || m_buying || !m_inFlight.isEmpty() || m_waitingToRetry > 0)
        return;
    m_finished = true;
    emit rushFinished();
}

void RushClient::verifyOrders()
{
    m_verifying = true;
    if (!m_connection || !m_connection->isOpen()) {
        m_verifyError = m_username + u": connection closed, orders not read back"_s;
        m_lostOrders = m_bought.size(); // cannot be shown to be there
        m_verified = true;
        emit verified();
        return;
    }
    m_connection->call(mq::Method::OrderListMine, {}, [this](const mq::rpc::Message &m) {
        m_verified = true;
        m_verifying = false;
        if (m.isError) {
            m_verifyError = u"%1: order.listMine %2 %3"_s.arg(m_username)
                                .arg(m.error.code)
                                .arg(m.error.reason);
            m_lostOrders = m_bought.size();
            emit verified();
            return;
        }
        const QJsonArray orders = m.result.value(u"orders"_s).toArray();
        m_listCapped = orders.size() >= ListMineLimit;
        QHash<mq::Id, qint64> listed; // order id -> valid tickets of the rush's type, if paid
        for (const QJsonValue &value : orders) {
            const QJsonObject order = value.toObject();
            bool ofRush = false;
            for (const QJsonValue &item : order.value(u"items"_s).toArray()) {
                if (item.toObject().value(u"ticketTypeId"_s).toInteger() == m_ticketTypeId)
                    ofRush = true;
            }
            if (!ofRush)
                continue;
            qint64 tickets = 0;
            for (const QJsonValue &ticket : order.value(u"tickets"_s).toArray()) {
                const QJsonObject t = ticket.toObject();
                if (t.value(u"ticketTypeId"_s).toInteger() == m_ticketTypeId &&
                    t.value(u"status"_s).toString() != u"cancelled"_s)
                    ++tickets;
            }
            const bool paid = order.value(u"status"_s).toString() == u"paid"_s;
            listed.insert(order.value(u"id"_s).toInteger(), paid ? tickets : 0);
            ++m_listedOrders;
            if (paid)
                m_listedTickets += tickets;
        }
        for (const Bought &b : std::as_const(m_bought)) {
            const auto it = listed.constFind(b.orderId);
            if (it == listed.cend() || *it < b.tickets)
                ++m_lostOrders;
        }
        for (auto it = listed.cbegin(); it != listed.cend(); ++it) {
            if (!m_boughtIds.contains(it.key()))
                ++m_unknownOrders;
        }
        emit verified();
    });
}

void RushClient::onConnectionFailed(const QString &reason)
{
    m_failure = m_username + u": "_s + reason;
    if (m_verifying && !m_verified) {
        m_verifying = false;
        m_verified = true;
        m_verifyError = m_failure + u" (while reading the orders back)"_s;
        m_lostOrders = m_bought.size();
        emit verified();
        return;
    }
    if (!m_rushStarted) {
        emit failed(m_failure);
        return;
    }
    // During the rush a lost connection ends this buyer; what it had in flight is unknown.
    m_errors[u"connection lost"_s] += 1;
    m_unanswered += m_inFlight.size();
    m_inFlight.clear();
    stopBuying();
    finishIfDrained();
}

void RushClient::close()
{
    if (m_connection)
        m_connection->close();
}
