#include "signinprobe.h"

#include "rpcconnection.h"
#include "shared/rpcerror.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxRetries = 50;
constexpr int DefaultRetryDelayMs = 100;
constexpr int MaxRetryDelayMs = 5000;

} // namespace

SigninProbe::SigninProbe(QString username, QString password, QObject *parent)
    : QObject(parent), m_username(std::move(username)), m_password(std::move(password))
{
}

void SigninProbe::start(const QString &host, quint16 port)
{
    m_clock.start();
    m_connection = new RpcConnection(this);
    connect(m_connection, &RpcConnection::connected, this, &SigninProbe::login);
    connect(m_connection, &RpcConnection::failed, this,
            [this](const QString &reason) { finish(false, u"connection: "_s + reason); });
    m_connection->connectToServer(host, port);
}

void SigninProbe::login()
{
    const QJsonObject params{{u"username"_s, m_username}, {u"password"_s, m_password}};
    m_connection->call(mq::Method::AuthLogin, params, [this](const mq::rpc::Message &m) {
        if (!m.isError) {
            finish(true, {});
            return;
        }
        const bool retryable = (m.error.code == mq::ErrorCode::Unavailable ||
                                m.error.code == mq::ErrorCode::RateLimited) &&
                               m.error.reason != mq::reasonName(mq::Reason::LockedOut);
        if (retryable && m_retries < MaxRetries) {
            ++m_retries;
            const qint64 asked = qint64(m.error.data.value(u"retryAfterMs"_s).toDouble());
            const int delay = int(qBound<qint64>(1, asked > 0 ? asked : qint64(DefaultRetryDelayMs),
                                                 qint64(MaxRetryDelayMs)));
            QTimer::singleShot(delay, this, [this] {
                if (m_connection->isOpen())
                    login();
            });
            return;
        }
        finish(false, u"%1 %2"_s.arg(m.error.code).arg(m.error.reason));
    });
}

void SigninProbe::finish(bool ok, const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    m_ok = ok;
    m_error = error;
    m_latencyNs = m_clock.nsecsElapsed();
    if (m_connection)
        m_connection->close();
    emit done();
}
