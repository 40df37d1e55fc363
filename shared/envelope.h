#pragma once

#include "shared/rpcerror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace mq::rpc {

// One JSON-RPC 2.0 message as read off the wire.
struct Message
{
    enum class Kind {
        Request,        // server side: a valid request
        Response,       // client side: result or error for an id
        Notification,   // client side: a server push
        InvalidRequest, // an object that is not a valid message; the connection stays open
        FramingError    // not UTF-8 JSON or not an object; the connection must close
    };
    Kind kind = Kind::InvalidRequest;
    QJsonValue id;      // echoed as received; null when unreadable
    QString method;
    QJsonValue params;  // as received (may be undefined when omitted)
    QJsonObject result; // Response: result object
    RpcError error;     // Response with error, InvalidRequest, FramingError
    bool isError = false;
};

bool isValidId(const QJsonValue &id);

// Server side: decode a frame payload as a request.
Message decodeRequest(const QByteArray &payload);
// Client side: decode a frame payload as a response or a push.
Message decodeIncoming(const QByteArray &payload);

QJsonObject makeRequest(const QJsonValue &id, const QString &method, const QJsonObject &params);
QJsonObject makeResult(const QJsonValue &id, const QJsonObject &result);
QJsonObject makeError(const QJsonValue &id, const RpcError &error);
QJsonObject makeNotification(const QString &method, const QJsonObject &params);

QByteArray toPayload(const QJsonObject &message);

} // namespace mq::rpc
