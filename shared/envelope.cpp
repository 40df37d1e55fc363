#include "shared/envelope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringDecoder>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mq::rpc {

namespace {

Message framingError(int code, Reason reason, const QString &text)
{
    Message m;
    m.kind = Message::Kind::FramingError;
    m.id = QJsonValue::Null;
    m.error = RpcError::make(code, reason, text);
    m.isError = true;
    return m;
}

// Shared first stage: UTF-8, JSON, object.
bool parseObject(const QByteArray &payload, QJsonObject *object, Message *failure)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(payload);
    if (decoder.hasError()) {
        *failure = framingError(ErrorCode::ParseError, Reason::ParseError,
                                u"Payload is not valid UTF-8"_s);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt's parser takes only an object or an array at the top: a lone number, string or
        // null is valid JSON that is not an object (-32600), not a parse error.
        QJsonParseError wrappedError;
        const QJsonDocument wrapped =
            QJsonDocument::fromJson(QByteArray('[' + payload + ']'), &wrappedError);
        if (wrappedError.error == QJsonParseError::NoError && wrapped.array().size() == 1) {
            *failure = framingError(ErrorCode::InvalidRequest, Reason::InvalidRequest,
                                    u"Payload is not a JSON object"_s);
            return false;
        }
        *failure = framingError(ErrorCode::ParseError, Reason::ParseError,
                                u"Payload is not valid JSON"_s);
        return false;
    }
    if (!doc.isObject()) {
        *failure = framingError(ErrorCode::InvalidRequest, Reason::InvalidRequest,
                                u"Payload is not a JSON object"_s);
        return false;
    }
    *object = doc.object();
    return true;
}

Message invalid(const QJsonValue &id, const QString &text)
{
    Message m;
    m.kind = Message::Kind::InvalidRequest;
    m.id = isValidId(id) ? id : QJsonValue(QJsonValue::Null);
    m.error = RpcError::make(ErrorCode::InvalidRequest, Reason::InvalidRequest, text);
    m.isError = true;
    return m;
}

} // namespace

bool isValidId(const QJsonValue &id)
{
    if (id.isString())
        return true;
    if (!id.isDouble())
        return false;
    const double d = id.toDouble();
    return std::isfinite(d) && std::trunc(d) == d && std::fabs(d) <= 9007199254740992.0;
}

Message decodeRequest(const QByteArray &payload)
{
    Message m;
    QJsonObject object;
    if (!parseObject(payload, &object, &m))
        return m;
    const QJsonValue id = object.value(u"id"_s);
    if (object.value(u"jsonrpc"_s) != QJsonValue(u"2.0"_s))
        return invalid(id, u"jsonrpc must be \"2.0\""_s);
    if (!object.value(u"method"_s).isString())
        return invalid(id, u"method must be a string"_s);
    if (!isValidId(id))
        return invalid(id, u"id must be an integer or a string"_s);
    m.kind = Message::Kind::Request;
    m.id = id;
    m.method = object.value(u"method"_s).toString();
    m.params = object.value(u"params"_s);
    return m;
}

Message decodeIncoming(const QByteArray &payload)
{
    Message m;
    QJsonObject object;
    if (!parseObject(payload, &object, &m))
        return m;
    if (object.value(u"jsonrpc"_s) != QJsonValue(u"2.0"_s))
        return invalid(object.value(u"id"_s), u"jsonrpc must be \"2.0\""_s);
    if (object.contains(u"method"_s) && !object.contains(u"id"_s)) {
        m.kind = Message::Kind::Notification;
        m.method = object.value(u"method"_s).toString();
        m.params = object.value(u"params"_s);
        return m;
    }
    m.id = object.value(u"id"_s);
    if (object.contains(u"error"_s)) {
        m.kind = Message::Kind::Response;
        m.isError = true;
        m.error = RpcError::fromJson(object.value(u"error"_s).toObject());
        return m;
    }
    if (object.contains(u"result"_s)) {
        m.kind = Message::Kind::Response;
        m.result = object.value(u"result"_s).toObject();
        return m;
    }
    return invalid(m.id, u"Neither result nor error"_s);
}

QJsonObject makeRequest(const QJsonValue &id, const QString &method, const QJsonObject &params)
{
    return {{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, id}, {u"method"_s, method}, {u"params"_s, params}};
}

QJsonObject makeResult(const QJsonValue &id, const QJsonObject &result)
{
    return {{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, id}, {u"result"_s, result}};
}

QJsonObject makeError(const QJsonValue &id, const RpcError &error)
{
    return {{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, id}, {u"error"_s, error.toJson()}};
}

QJsonObject makeNotification(const QString &method, const QJsonObject &params)
{
    return {{u"jsonrpc"_s, u"2.0"_s}, {u"method"_s, method}, {u"params"_s, params}};
}

QByteArray toPayload(const QJsonObject &message)
{
    return QJsonDocument(message).toJson(QJsonDocument::Compact);
}

} // namespace mq::rpc
