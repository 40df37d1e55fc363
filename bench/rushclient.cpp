#include "rushclient.h"

#include "rpcconnection.h"
#include "shared/rpcerror.h"

#include <QJsonArray>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// Answers worth trying again after a short pause; any other error stops this buyer.
bool isRetryable(int code)
{
    return code == mq::ErrorCode::Unavailable || code == mq::ErrorCode::RateLimited;
}

constexpr int MaxConsecutiveRetries = 200;
constexpr int RetryDelayMs = 20;
// Logins are not timed: a busy server gets a calmer retry.
constexpr int MaxLoginRetries = 20;
constexpr int LoginRetryDelayMs = 250;

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
    const QJsonObject params{
        {u"ticketTypeId"_s, m_ticketTypeId},
        {u"quantity"_s, m_quantity},
        {u"payment"_s, QJsonObject{{u"provider"_s, u"sandbox"_s}, {u"token"_s, u"tok_ok"_s}}}};
    const qint64 id = m_connection->send(mq::Method::OrderPurchase, params);
    m_sentAt.insert(id, m_clock.nsecsElapsed());
}

void RushClient::onResponse(const mq::rpc::Message &message)
{
    const auto it = m_sentAt.find(message.id.toInteger());
    if (it == m_sentAt.end())
        return; // not one of our purchases
    m_latencies.add(m_clock.nsecsElapsed() - *it);
    m_sentAt.erase(it);

    if (!message.isError) {
        m_consecutiveRetries = 0;
        ++m_purchases;
        const QJsonObject order = message.result.value(u"order"_s).toObject();
        const QJsonArray tickets = order.value(u"tickets"_s).toArray();
        m_ticketsBought += tickets.isEmpty() ? m_quantity : tickets.size();
        if (m_buying)
            sendPurchase();
        finishIfDrained();
        return;
    }

    const mq::RpcError &error = message.error;
    if (error.reason == mq::reasonName(mq::Reason::SoldOut)) {
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

    m_errors[u"%1 %2"_s.arg(error.code).arg(error.reason)] += 1;
    if (m_buying && isRetryable(error.code) && ++m_consecutiveRetries <= MaxConsecutiveRetries) {
        QTimer::singleShot(RetryDelayMs, this, [this] {
            if (m_buying && m_connection->isOpen())
                sendPurchase();
            finishIfDrained();
        });
        return;
    }
    stopBuying();
    finishIfDrained();
}

void RushClient::stopBuying()
{
    m_buying = false;
}

void RushClient::finishIfDrained()
{
    if (m_finished || m_buying || !m_sentAt.isEmpty())
        return;
    m_finished = true;
    emit rushFinished();
}

void RushClient::onConnectionFailed(const QString &reason)
{
    m_failure = m_username + u": "_s + reason;
    if (!m_rushStarted) {
        emit failed(m_failure);
        return;
    }
    // During the rush a lost connection ends this buyer; what it had in flight is unknown.
    m_errors[u"connection lost"_s] += 1;
    m_errors[u"unanswered"_s] += m_sentAt.size();
    m_sentAt.clear();
    stopBuying();
    finishIfDrained();
}

void RushClient::close()
{
    if (m_connection)
        m_connection->close();
}
