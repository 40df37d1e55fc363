#include "shared/rpcerror.h"

using namespace Qt::StringLiterals;

namespace mq {

QString reasonName(Reason reason)
{
    switch (reason) {
#define MQ_X(name, text)                                                                           \
    case Reason::name:                                                                             \
        return u"" text ""_s;
        MQ_ERROR_REASONS(MQ_X)
#undef MQ_X
    }
    return u"internal"_s;
}

RpcError RpcError::make(int code, Reason reason, const QString &message, const QJsonObject &data)
{
    return RpcError{code, reasonName(reason), message, data};
}

RpcError RpcError::validation(const QString &field, const QString &message)
{
    return make(ErrorCode::Validation, Reason::Validation, message, {{u"field"_s, field}});
}

RpcError RpcError::notFound(const QString &what)
{
    return make(ErrorCode::NotFound, Reason::NotFound, what + u" not found"_s);
}

RpcError RpcError::internal()
{
    return make(ErrorCode::Internal, Reason::Internal, u"Internal server error"_s);
}

QJsonObject RpcError::toJson() const
{
    QJsonObject d = data;
    d.insert(u"reason"_s, reason);
    return {{u"code"_s, code}, {u"message"_s, message}, {u"data"_s, d}};
}

RpcError RpcError::fromJson(const QJsonObject &error)
{
    RpcError e;
    e.code = error.value(u"code"_s).toInt();
    e.message = error.value(u"message"_s).toString();
    e.data = error.value(u"data"_s).toObject();
    e.reason = e.data.take(u"reason"_s).toString();
    return e;
}

} // namespace mq
