#pragma once

#include "shared/rpcerror.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace mq::client {

// The outcome of one request, as the GUI sees it.
struct RpcResult
{
    enum class Kind { Ok, Error, Timeout, Disconnected };
    Kind kind = Kind::Ok;
    QJsonObject result;
    RpcError error; // Kind::Error: what the server answered

    bool ok() const { return kind == Kind::Ok; }
    bool is(int code, const QString &reason = {}) const
    {
        return kind == Kind::Error && error.code == code && (reason.isEmpty() || error.reason == reason);
    }
    // The field a 422 names, or empty.
    QString field() const { return error.data.value(QStringLiteral("field")).toString(); }
    // A sentence for people, in the user's language where the client knows better than the server.
    QString message() const;
};

} // namespace mq::client
