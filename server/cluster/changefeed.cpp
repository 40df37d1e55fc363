#include "cluster/changefeed.h"

#include "storage/database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcFeed, "marquee.cluster.feed")

namespace mq::cluster {

namespace {

const QString Channel = u"marquee_changes"_s;
// NOTIFY payloads must stay under 8000 bytes; larger messages go through push_log.
constexpr qsizetype MaxInlinePayload = 7000;
constexpr qint64 PushLogKeepMs = 10 * 60 * 1000;

} // namespace

ChangeFeed::ChangeFeed(const storage::DatabaseUrl &url, Handlers handlers)
    : m_url(url), m_handlers(std::move(handlers))
{
    m_instance = QByteArray::number(QRandomGenerator::system()->generate64(), 16);
}

ChangeFeed::~ChangeFeed()
{
    stop();
}

void ChangeFeed::start()
{
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(u"change-feed"_s);
    moveToThread(m_thread.get());
    m_thread->start();
    QMetaObject::invokeMethod(this, [this] {
        m_retry = new QTimer(this);
        m_retry->setSingleShot(true);
        m_retry->setInterval(1000);
        connect(m_retry, &QTimer::timeout, this, &ChangeFeed::open);
        m_cleanup = new QTimer(this);
        m_cleanup->setInterval(60'000);
        connect(m_cleanup, &QTimer::timeout, this, [this] {
            if (!m_db)
                return;
            try {
                m_db->exec(u"DELETE FROM push_log WHERE created_at < ?"_s,
                           {QDateTime::currentMSecsSinceEpoch() - PushLogKeepMs});
            } catch (const std::exception &e) {
                qCWarning(lcFeed) << "push log cleanup failed:" << e.what();
                dropConnection();
            }
        });
        m_cleanup->start();
        open();
    }, Qt::QueuedConnection);
}

void ChangeFeed::stop()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(this, [this] {
        delete m_retry;
        m_retry = nullptr;
        delete m_cleanup;
        m_cleanup = nullptr;
        m_listener.reset();
        m_db.reset();
    }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
}

void ChangeFeed::open()
{
    if (m_db && m_listener)
        return;
    try {
        m_db = std::make_unique<storage::Database>(m_url, u"marquee-change-feed"_s);
        m_listener = std::make_unique<storage::Database>(m_url, u"marquee-change-listener"_s);
        QSqlDriver *driver = m_listener->driver();
        connect(driver, &QSqlDriver::notification, this, &ChangeFeed::onNotification,
                Qt::UniqueConnection);
        if (!driver->subscribeToNotification(Channel))
            throw std::runtime_error("cannot LISTEN");
        qCInfo(lcFeed) << "listening for changes of other server instances";
    } catch (const std::exception &e) {
        qCWarning(lcFeed) << "change feed unavailable, retrying:" << e.what();
        m_listener.reset();
        m_db.reset();
        if (m_retry)
            m_retry->start();
    }
}

void ChangeFeed::dropConnection()
{
    m_listener.reset();
    m_db.reset();
    if (m_retry && !m_retry->isActive())
        m_retry->start();
}

void ChangeFeed::publishPush(Id performanceId, const QByteArray &notification)
{
    const QByteArray message = QJsonDocument(QJsonObject{
        {u"i"_s, QString::fromLatin1(m_instance)},
        {u"p"_s, performanceId},
        {u"m"_s, QString::fromUtf8(notification)}}).toJson(QJsonDocument::Compact);
    QMetaObject::invokeMethod(this, [this, message] { send(message); }, Qt::QueuedConnection);
}

void ChangeFeed::publishEndSessions(const QList<Id> &sessionIds)
{
    const QByteArray message = QJsonDocument(QJsonObject{
        {u"i"_s, QString::fromLatin1(m_instance)},
        {u"end"_s, idsToJson(sessionIds)}}).toJson(QJsonDocument::Compact);
    QMetaObject::invokeMethod(this, [this, message] { send(message); }, Qt::QueuedConnection);
}

void ChangeFeed::send(const QByteArray &message)
{
    if (!m_db) {
        qCWarning(lcFeed) << "change not relayed: no connection to the database";
        return;
    }
    try {
        QString payload = QString::fromUtf8(message);
        if (message.size() > MaxInlinePayload) {
            const qint64 ref = m_db->scalar(u"INSERT INTO push_log (payload, created_at) VALUES (?, ?)"
                                            " RETURNING id"_s,
                                            {payload, QDateTime::currentMSecsSinceEpoch()});
            payload = QString::fromUtf8(QJsonDocument(QJsonObject{{u"i"_s, QString::fromLatin1(m_instance)},
                                                                  {u"ref"_s, ref}})
                                            .toJson(QJsonDocument::Compact));
        }
        m_db->scalar(u"SELECT 1 FROM (SELECT pg_notify(CAST(? AS TEXT), CAST(? AS TEXT))) AS sent"_s, {Channel, payload});
    } catch (const std::exception &e) {
        qCWarning(lcFeed) << "change not relayed:" << e.what();
        dropConnection();
    }
}

void ChangeFeed::onNotification(const QString &name, QSqlDriver::NotificationSource,
                                const QVariant &payload)
{
    if (name != Channel)
        return;
    handle(payload.toString().toUtf8());
}

void ChangeFeed::handle(const QByteArray &message)
{
    const QJsonObject o = QJsonDocument::fromJson(message).object();
    if (o.value(u"i"_s).toString().toLatin1() == m_instance)
        return;
    if (o.contains(u"ref"_s)) {
        const qint64 ref = o.value(u"ref"_s).toInteger();
        QMetaObject::invokeMethod(this, [this, ref] { fetchLogged(ref); }, Qt::QueuedConnection);
        return;
    }
    if (o.contains(u"end"_s)) {
        if (m_handlers.endSessions)
            m_handlers.endSessions(idsFromJson(o.value(u"end"_s).toArray()));
        return;
    }
    if (m_handlers.push)
        m_handlers.push(o.value(u"p"_s).toInteger(), o.value(u"m"_s).toString().toUtf8());
}

void ChangeFeed::fetchLogged(qint64 ref)
{
    if (!m_db)
        return;
    QByteArray stored;
    try {
        QSqlQuery &q = m_db->exec(u"SELECT payload FROM push_log WHERE id = ?"_s, {ref});
        stored = q.next() ? q.value(0).toString().toUtf8() : QByteArray();
        q.finish();
    } catch (const std::exception &e) {
        qCWarning(lcFeed) << "cannot read a relayed change:" << e.what();
        dropConnection();
        return;
    }
    if (!stored.isEmpty())
        handle(stored);
}

} // namespace mq::cluster
