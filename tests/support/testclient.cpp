#include "support/testclient.h"

#include "shared/envelope.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

QString TestClient::Response::toString() const
{
    if (timedOut)
        return u"<no answer before the deadline>"_s;
    if (ok)
        return u"result "_s +
               QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact).left(2000));
    return u"error "_s +
           QString::fromUtf8(QJsonDocument(error.toJson()).toJson(QJsonDocument::Compact));
}

TestClient::TestClient() : m_socket(std::make_unique<QTcpSocket>()) {}

TestClient::~TestClient()
{
    m_socket->abort();
}

bool TestClient::connectTo(quint16 port, int timeoutMs)
{
    m_socket->connectToHost(QHostAddress::LocalHost, port);
    if (!m_socket->waitForConnected(timeoutMs))
        return false;
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    return true;
}

void TestClient::disconnectFromServer()
{
    m_socket->disconnectFromHost();
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->waitForDisconnected(2000);
}

bool TestClient::isConnected() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

qint64 TestClient::userId() const
{
    return m_user.value(u"id"_s).toInteger();
}

void TestClient::sendRaw(const QByteArray &bytes)
{
    m_socket->write(bytes);
    QDeadlineTimer deadline(30000);
    while (m_socket->bytesToWrite() > 0 && m_socket->state() == QAbstractSocket::ConnectedState &&
           !deadline.hasExpired()) {
        if (!m_socket->waitForBytesWritten(int(qMax<qint64>(1, deadline.remainingTime()))))
            break;
    }
}

void TestClient::sendObject(const QJsonObject &message)
{
    sendRaw(mq::encodeFrame(mq::rpc::toPayload(message)));
}

QJsonValue TestClient::send(const QString &method, const QJsonObject &params)
{
    const QJsonValue id(m_nextId++);
    sendObject(mq::rpc::makeRequest(id, method, params));
    return id;
}

TestClient::Response TestClient::call(const QString &method, const QJsonObject &params,
                                      int timeoutMs)
{
    return waitForResponse(send(method, params), timeoutMs);
}

bool TestClient::sameId(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    return a == b;
}

TestClient::Response TestClient::toResponse(const QJsonObject &message)
{
    Response r;
    r.id = message.value(u"id"_s);
    if (message.contains(u"error"_s)) {
        r.error = mq::RpcError::fromJson(message.value(u"error"_s).toObject());
    } else {
        r.ok = true;
        r.result = message.value(u"result"_s).toObject();
    }
    return r;
}

TestClient::Response TestClient::waitForResponse(const QJsonValue &id, int timeoutMs)
{
    const auto isAnswer = [&id](const QJsonObject &m) {
        return m.contains(u"id"_s) && (m.contains(u"result"_s) || m.contains(u"error"_s)) &&
               sameId(m.value(u"id"_s), id);
    };
    for (qsizetype i = 0; i < m_queue.size(); ++i) {
        if (isAnswer(m_queue.at(i)))
            return toResponse(m_queue.takeAt(i));
    }
    const QDeadlineTimer deadline(timeoutMs);
    while (true) {
        const std::optional<QJsonObject> frame = readFrame(deadline);
        if (!frame) {
            Response r;
            r.timedOut = true;
            r.id = id;
            return r;
        }
        if (isAnswer(*frame))
            return toResponse(*frame);
        m_queue.append(*frame);
    }
}

QJsonObject TestClient::readMessage(int timeoutMs)
{
    if (!m_queue.isEmpty())
        return m_queue.takeFirst();
    return readFrame(QDeadlineTimer(timeoutMs)).value_or(QJsonObject());
}

bool TestClient::waitForPush(const QString &method, QJsonObject *params, int timeoutMs)
{
    const auto isPush = [&method](const QJsonObject &m) {
        return !m.contains(u"id"_s) && m.value(u"method"_s).toString() == method;
    };
    for (qsizetype i = 0; i < m_queue.size(); ++i) {
        if (isPush(m_queue.at(i))) {
            if (params)
                *params = m_queue.takeAt(i).value(u"params"_s).toObject();
            else
                m_queue.removeAt(i);
            return true;
        }
    }
    const QDeadlineTimer deadline(timeoutMs);
    while (true) {
        const std::optional<QJsonObject> frame = readFrame(deadline);
        if (!frame)
            return false;
        if (isPush(*frame)) {
            if (params)
                *params = frame->value(u"params"_s).toObject();
            return true;
        }
        m_queue.append(*frame);
    }
}

bool TestClient::waitForDisconnected(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (m_socket->state() != QAbstractSocket::UnconnectedState && !deadline.hasExpired()) {
        // Reading keeps the kernel buffer drained, and QAbstractSocket notices the close.
        m_socket->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        pullAvailable();
    }
    pullAvailable();
    return m_socket->state() == QAbstractSocket::UnconnectedState;
}

void TestClient::pullAvailable()
{
    if (m_socket->bytesAvailable() > 0)
        m_decoder.append(m_socket->readAll());
}

std::optional<QJsonObject> TestClient::readFrame(const QDeadlineTimer &deadline)
{
    while (true) {
        pullAvailable();
        QByteArray payload;
        switch (m_decoder.next(&payload)) {
        case mq::FrameDecoder::Status::Frame: {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(payload, &error);
            if (!doc.isObject()) {
                m_transportError = u"server sent a frame that is not a JSON object: "_s +
                                   QString::fromUtf8(payload.left(200));
                return std::nullopt;
            }
            return doc.object();
        }
        case mq::FrameDecoder::Status::Error:
            m_transportError = u"server sent a bad frame length"_s;
            return std::nullopt;
        case mq::FrameDecoder::Status::NeedMore:
            break;
        }
        // Everything that arrived is decoded: with the peer gone or the time up, that is all.
        if (m_socket->state() != QAbstractSocket::ConnectedState || deadline.hasExpired())
            return std::nullopt;
        m_socket->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    }
}

TestClient::Response TestClient::login(const QString &username, const QString &password, int timeoutMs)
{
    const Response r =
        call(u"auth.login"_s, {{u"username"_s, username}, {u"password"_s, password}}, timeoutMs);
    if (r.ok) {
        m_token = r.result.value(u"token"_s).toString();
        m_user = r.result.value(u"user"_s).toObject();
    }
    return r;
}

TestClient::Response TestClient::registerUser(const QString &username, const QString &password,
                                              const QString &displayName, int timeoutMs)
{
    QJsonObject params{{u"username"_s, username}, {u"password"_s, password}};
    if (!displayName.isEmpty())
        params.insert(u"displayName"_s, displayName);
    return call(u"auth.register"_s, params, timeoutMs);
}
