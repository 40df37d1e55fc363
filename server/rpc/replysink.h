#pragma once

#include "rpc/reply.h"

#include <QJsonValue>

namespace mq::rpc {

// Where a request's answer goes: its connection. Thread-safe; a closed connection drops it.
class ReplySink
{
public:
    virtual ~ReplySink() = default;
    virtual void deliver(const QJsonValue &id, Reply reply) = 0;
};

} // namespace mq::rpc
