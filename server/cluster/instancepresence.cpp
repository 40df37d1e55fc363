#include "cluster/instancepresence.h"

#include "services/purchaseflow.h"
#include "storage/database.h"

#include <QLoggingCategory>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPresence, "marquee.cluster.presence")

namespace mq::cluster {

InstancePresence::InstancePresence(const storage::DatabaseUrl &url, qint64 owner, QObject *parent)
    : QObject(parent), m_url(url), m_owner(owner), m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &InstancePresence::ensureHeld);
}

InstancePresence::~InstancePresence() = default;

bool InstancePresence::start()
{
    m_timer->start(5000);
    return ensureHeld();
}

bool InstancePresence::ensureHeld()
{
    try {
        if (!m_db)
            m_db = std::make_unique<storage::Database>(m_url, u"marquee-presence"_s);
        m_db->write([&] {
            const qint64 held = m_db->scalar(
                u"SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()"
                " AND classid = ? AND objid = ? AND objsubid = 2"_s,
                {services::PurchaseFlow::PresenceLockSpace, m_owner});
            if (held == 0) {
                m_db->scalar(u"SELECT 1 FROM (SELECT pg_advisory_lock(?, CAST(? AS INTEGER))) AS l"_s,
                             {services::PurchaseFlow::PresenceLockSpace, m_owner});
                qCInfo(lcPresence) << "this server is instance" << m_owner;
            }
        });
        return true;
    } catch (const std::exception &e) {
        qCWarning(lcPresence) << "cannot hold the presence lock:" << e.what();
        return false;
    }
}

} // namespace mq::cluster
