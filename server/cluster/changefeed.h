#pragma once

#include "shared/domain.h"
#include "storage/databaseurl.h"

#include <QByteArray>
#include <QObject>
#include <QSqlDriver>

#include <functional>
#include <memory>

class QThread;
class QTimer;

namespace mq::storage {
class Database;
}

namespace mq::cluster {

// Server instances on one PostgreSQL hear each other's pushes and ended sessions through
// LISTEN/NOTIFY: one listening connection per instance, on a thread of its own with an event
// loop. Notifications this instance sent come back to it too and are dropped.
class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    struct Handlers
    {
        std::function<void(Id performanceId, const QByteArray &notification)> push;
        std::function<void(const QList<Id> &sessionIds)> endSessions;
    };

    ChangeFeed(const storage::DatabaseUrl &url, Handlers handlers);
    ~ChangeFeed() override;

    // Starts the feed's thread and connection; returns at once.
    void start();
    void stop();

    // Thread-safe: sent to the other instances, in the order of the calls.
    void publishPush(Id performanceId, const QByteArray &notification);
    void publishEndSessions(const QList<Id> &sessionIds);

private:
    void open();
    void send(const QByteArray &message);
    void onNotification(const QString &name, QSqlDriver::NotificationSource source,
                        const QVariant &payload);
    void handle(const QByteArray &message);
    void fetchLogged(qint64 ref);
    void dropConnection();

    storage::DatabaseUrl m_url;
    Handlers m_handlers;
    QByteArray m_instance; // tells this instance's own notifications apart
    std::unique_ptr<QThread> m_thread;
    // Both used on m_thread only. The listener runs no queries of its own: a query on it would
    // swallow notifications that arrive meanwhile into libpq's queue, unseen by the event loop.
    std::unique_ptr<storage::Database> m_listener;
    std::unique_ptr<storage::Database> m_db;
    QTimer *m_retry = nullptr;
    QTimer *m_cleanup = nullptr;
};

} // namespace mq::cluster
