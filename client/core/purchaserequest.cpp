#include "core/purchaserequest.h"

#include "core/serverconnection.h"
#include "shared/jsonfields.h"
#include "shared/methods.h"

#include <QLoggingCategory>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPurchase, "marquee.client.purchase")

namespace mq::client {

namespace {
constexpr int DefaultRetryAfterMs = 1000;
constexpr int MaxRetryAfterMs = 30000;

// Answers that say the purchase was not taken (yet) rather than refused: ask again, same id.
bool isBusy(const RpcResult &r)
{
    return r.is(ErrorCode::Unavailable) || r.is(ErrorCode::RateLimited, u"rate_limited"_s);
}
} // namespace

PurchaseRequest::PurchaseRequest(ServerConnection *connection, QObject *parent)
    : QObject(parent), m_connection(connection), m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &PurchaseRequest::send);
    connect(m_connection, &ServerConnection::pushReceived, this, &PurchaseRequest::onPush);
}

void PurchaseRequest::start(const QString &method, const QJsonObject &params)
{
    if (m_running)
        return;
    m_method = method;
    m_requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_params = params;
    m_params.insert(u"requestId"_s, m_requestId);
    m_running = true;
    m_outcomeUnknown = false;
    m_mayHaveReached = false;
    m_retryingFor.invalidate();
    send();
}

void PurchaseRequest::send()
{
    const int attempt = ++m_attempt;
    m_callId = m_connection->call(
        m_method, m_params, this, [this, attempt](const RpcResult &r) { onAnswer(attempt, r); },
        m_attemptTimeoutMs);
}

void PurchaseRequest::onAnswer(int attempt, const RpcResult &r)
{
    if (!m_running || attempt != m_attempt)
        return;
    m_callId = 0;
    const bool lost = r.kind == RpcResult::Kind::Timeout || r.kind == RpcResult::Kind::Disconnected;
    if (!lost && !isBusy(r)) {
        finish(r); // the order, or a refusal that bought nothing
        return;
    }
    // The server may have taken it and we did not hear back, or it could not take it just now.
    if (lost || r.is(ErrorCode::Unavailable, u"unavailable"_s))
        m_mayHaveReached = true;
    if (!m_retryingFor.isValid())
        m_retryingFor.start();
    int waitMs = 0;
    QString why;
    if (r.kind == RpcResult::Kind::Disconnected) {
        why = tr("The connection was lost. Trying again with the same purchase: it cannot be charged twice.");
    } else if (r.kind == RpcResult::Kind::Timeout) {
        why = tr("The server is slow to answer. Asking again about the same purchase: it cannot be charged twice.");
    } else {
        const qint64 asked = jsonInteger(r.error.data.value(u"retryAfterMs"_s)).value_or(DefaultRetryAfterMs);
        waitMs = int(std::clamp<qint64>(asked, 0, MaxRetryAfterMs));
        const int seconds = qMax(1, int(std::ceil(waitMs / 1000.0)));
        why = r.is(ErrorCode::Unavailable, u"unavailable"_s)
                  ? tr("The server is briefly unavailable. Trying again in %n second(s)…", nullptr, seconds)
                  : tr("Many people are buying right now. Trying again in %n second(s)…", nullptr, seconds);
    }
    if (m_retryingFor.elapsed() + waitMs > m_giveUpAfterMs) {
        qCInfo(lcPurchase) << "giving up on" << m_method << m_requestId << "after"
                           << m_retryingFor.elapsed() << "ms";
        m_outcomeUnknown = m_mayHaveReached;
        finish(r);
        return;
    }
    qCDebug(lcPurchase) << "retrying" << m_method << m_requestId << "in" << waitMs << "ms";
    Q_EMIT retrying(why);
    m_retryTimer->start(waitMs); // when 0, once the connection is done with the loss; the request
                                 // then waits inside it for the reconnect
}

void PurchaseRequest::onPush(const QString &method, const QJsonObject &params)
{
    if (!m_running || m_callId == 0 || method != QLatin1String(QueuePositionPush)
        || jsonInteger(params.value(u"id"_s)).value_or(0) != m_callId)
        return;
    m_retryingFor.invalidate(); // the server has it and is getting to it
    Q_EMIT queuePosition(int(jsonInteger(params.value(u"position"_s)).value_or(0)),
                         jsonInteger(params.value(u"estimatedWaitMs"_s)).value_or(-1));
}

void PurchaseRequest::finish(const RpcResult &result)
{
    m_running = false;
    m_retryTimer->stop();
    m_callId = 0;
    Q_EMIT finished(result);
}

QString PurchaseRequest::positionText(int position)
{
    if (position <= 1)
        return tr("You are next in the queue");
    return tr("You are number %L1 in the queue").arg(position);
}

QString PurchaseRequest::waitText(qint64 estimatedWaitMs)
{
    if (estimatedWaitMs < 0)
        return {};
    if (estimatedWaitMs < 60000)
        return tr("less than a minute");
    const qint64 minutes = (estimatedWaitMs + 30000) / 60000;
    if (minutes < 90)
        return tr("about %n minute(s)", nullptr, int(minutes));
    return tr("about %n hour(s)", nullptr, int((minutes + 30) / 60));
}

QString PurchaseRequest::failureText(const RpcResult &result)
{
    if (isBusy(result))
        return tr("So many people are buying right now that the server could not take the purchase. "
                  "Nothing was charged: please try again in a few minutes.");
    return result.message();
}

} // namespace mq::client
