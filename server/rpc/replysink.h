#pragma once

#include "rpc/reply.h"

#include <QByteArray>
#include <QJsonValue>

namespace mq::rpc {

// Where a request's answer goes: its connection. Thread-safe; a closed connection drops it.
class ReplySink
{
public:
    virtual ~ReplySink() = default;
    virtual void deliver(const QJsonValue &id, Reply reply) = 0;
    // A push frame for the same connection (the waiting room's queue.position).
    virtual void push(const QByteArray &frame) { Q_UNUSED(frame); }
    // The connection has closed: nobody waits for the answer any more.
    virtual bool closed() const { return false; }
};

} // namespace mq::rpc
