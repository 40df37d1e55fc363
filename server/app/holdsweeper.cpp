#include "app/holdsweeper.h"

#include "rpc/broadcaster.h"
#include "rpc/serverenv.h"
#include "rpc/workerpool.h"
#include "services/holdservice.h"
#include "storage/database.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSweeper, "marquee.app.sweeper")

namespace mq::app {

HoldSweeper::HoldSweeper(rpc::WorkerPool &pool, rpc::ServerEnv &env, rpc::Broadcaster &broadcaster,
                         QObject *parent)
    : QObject(parent), m_pool(pool), m_env(env), m_broadcaster(broadcaster), m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &HoldSweeper::sweep);
}

void HoldSweeper::start(int intervalMs)
{
    m_timer->start(intervalMs);
    sweep();
}

void HoldSweeper::stop()
{
    m_timer->stop();
}

void HoldSweeper::sweep()
{
    // One sweep at a time; a slow one simply delays the next.
    if (m_running.exchange(true))
        return;
    m_pool.submit([this](storage::Database *db) {
        if (db) {
            try {
                const services::Changes changes =
                    services::HoldService(*db, m_env.gateway, m_env.holdSeconds).expireOverdue(std::nullopt);
                for (const services::SeatChange &c : changes.seats)
                    m_broadcaster.publishSeats(c);
                for (const services::InventoryChange &c : changes.inventory)
                    m_broadcaster.publish(c);
            } catch (const std::exception &e) {
                qCWarning(lcSweeper) << "expiring holds failed:" << e.what();
            }
        }
        m_running = false;
    });
}

} // namespace mq::app
