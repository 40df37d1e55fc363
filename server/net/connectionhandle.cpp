#include "net/connectionhandle.h"

#include "net/connection.h"

namespace mq::net {

void ConnectionHandle::deliver(const QJsonValue &id, rpc::Reply reply)
{
    post([id, reply = std::move(reply)](Connection &c) mutable { c.answer(id, std::move(reply)); });
}

namespace {

class BarrierSink final : public rpc::ReplySink
{
public:
    explicit BarrierSink(std::shared_ptr<ConnectionHandle> handle) : m_handle(std::move(handle)) {}
    void deliver(const QJsonValue &id, rpc::Reply reply) override
    {
        m_handle->post([id, reply = std::move(reply)](Connection &c) mutable {
            c.answer(id, std::move(reply));
            c.releaseBarrier();
        });
    }

private:
    std::shared_ptr<ConnectionHandle> m_handle;
};

} // namespace

std::shared_ptr<rpc::ReplySink>
ConnectionHandle::barrierSink(const std::shared_ptr<ConnectionHandle> &self)
{
    return std::make_shared<BarrierSink>(self);
}

void ConnectionHandle::post(std::function<void(Connection &)> work)
{
    QMutexLocker lock(&m_mutex);
    if (!m_connection)
        return;
    Connection *target = m_connection;
    // Posted while the lock is held: the connection cannot be destroyed in between, and Qt
    // discards events posted to an object that is later destroyed.
    QMetaObject::invokeMethod(
        target, [target, work = std::move(work)] { work(*target); }, Qt::QueuedConnection);
}

void ConnectionHandle::detach()
{
    QMutexLocker lock(&m_mutex);
    m_connection = nullptr;
}

} // namespace mq::net
