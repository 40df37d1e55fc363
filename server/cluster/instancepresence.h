#pragma once

#include "storage/databaseurl.h"

#include <QObject>

#include <memory>

class QTimer;

namespace mq::storage {
class Database;
}

namespace mq::cluster {

// Tells the other server instances on one PostgreSQL that this one is alive: a session
// advisory lock held on a connection of its own for as long as the process runs (re-taken
// after the connection is lost). An instance that can take another's lock knows it is gone
// and reconciles the purchases it left half done (services::PurchaseFlow::reconcileOrphans).
class InstancePresence : public QObject
{
    Q_OBJECT
public:
    InstancePresence(const storage::DatabaseUrl &url, qint64 owner, QObject *parent = nullptr);
    ~InstancePresence() override;

    // Takes the lock now (false if the database cannot be reached) and keeps it from then on.
    bool start();

private:
    bool ensureHeld();

    storage::DatabaseUrl m_url;
    qint64 m_owner;
    std::unique_ptr<storage::Database> m_db;
    QTimer *m_timer;
};

} // namespace mq::cluster
