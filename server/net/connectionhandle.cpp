#include "net/connectionhandle.h"

#include "net/connection.h"

namespace mq::net {

void ConnectionHandle::deliver(const QJsonValue &id, rpc::Reply reply)
{
    post([id, reply = std::move(reply)](Connection &c) mutable { c.answer(id, std::move(reply)); });
}

void ConnectionHandle::push(const QByteArray &frame)
{
    post([frame](Connection &c) { c.push(frame); });
}

bool ConnectionHandle::closed() const
{
    QMutexLocker lock(&m_mutex);
    return !m_connection;
}

namespace {

class ThenSink final : public rpc::ReplySink
{
public:
    ThenSink(std::shared_ptr<ConnectionHandle> handle, ConnectionHandle::AfterAnswer then)
        : m_handle(std::move(handle)), m_then(std::move(then))
    {
    }
    void deliver(const QJsonValue &id, rpc::Reply reply) override
    {
        m_handle->post([id, reply = std::move(reply), then = m_then](Connection &c) mutable {
            const bool failed = reply.error.has_value();
            c.answer(id, std::move(reply));
            then(c, failed);
        });
    }

    void push(const QByteArray &frame) override { m_handle->push(frame); }
    bool closed() const override { return m_handle->closed(); }

private:
    std::shared_ptr<ConnectionHandle> m_handle;
    ConnectionHandle::AfterAnswer m_then;
};

} // namespace

std::shared_ptr<rpc::ReplySink> ConnectionHandle::sinkThen(const std::shared_ptr<ConnectionHandle> &self,
                                                           AfterAnswer then)
{
    return std::make_shared<ThenSink>(self, std::move(then));
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
