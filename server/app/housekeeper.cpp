#include "app/housekeeper.h"

#include "rpc/serverenv.h"
#include "rpc/workerpool.h"
#include "services/authservice.h"
#include "storage/database.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcHousekeeper, "marquee.app.housekeeper")

namespace mq::app {

Housekeeper::Housekeeper(rpc::WorkerPool &pool, rpc::ServerEnv &env, QObject *parent)
    : QObject(parent), m_pool(pool), m_env(env), m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &Housekeeper::sweep);
}

void Housekeeper::start(int intervalMs)
{
    m_timer->start(intervalMs);
    sweep();
}

void Housekeeper::stop()
{
    m_timer->stop();
}

void Housekeeper::sweep()
{
    if (m_running.exchange(true))
        return;
    m_pool.submit([this](storage::Database *db) {
        if (db) {
            try {
                const int gone = services::AuthService(*db, m_env.hasher).purgeExpired();
                if (gone > 0)
                    qCInfo(lcHousekeeper) << "purged" << gone << "ended sessions and old sign-in failures";
            } catch (const std::exception &e) {
                qCWarning(lcHousekeeper) << "housekeeping failed:" << e.what();
            }
        }
        m_running = false;
    });
}

} // namespace mq::app
