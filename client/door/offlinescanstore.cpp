#include "door/offlinescanstore.h"

#include "door/offlinekit.h"
#include "shared/utctime.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mq::client {

Q_LOGGING_CATEGORY(lcDoorStore, "marquee.door.store")

namespace {
const char *const ScanColumns =
    "nonce, performance_id, gate, scanned, ticket_code, scanned_at, uploaded, status, result_gate, "
    "result_at, message";

QSqlDatabase database(const QString &name)
{
    return QSqlDatabase::database(name, false);
}
} // namespace

OfflineScanStore::OfflineScanStore(const QString &path, QObject *parent)
    : QObject(parent),
      m_path(path.isEmpty() ? defaultPath() : path),
      m_connectionName(u"marquee-door-%1"_s.arg(quintptr(this), 0, 16))
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        qCWarning(lcDoorStore) << "cannot open" << m_path << db.lastError().text();
        return;
    }
    QSqlQuery q(db);
    // Every scan is on disk before the door says "Admitted": a crash loses nothing.
    q.exec(u"PRAGMA journal_mode=WAL"_s);
    q.exec(u"PRAGMA synchronous=FULL"_s);
    m_open = q.exec(u"CREATE TABLE IF NOT EXISTS kits (performance_id INTEGER PRIMARY KEY, "
                    "json TEXT NOT NULL)"_s) &&
             q.exec(u"CREATE TABLE IF NOT EXISTS scans (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                    "nonce TEXT NOT NULL UNIQUE, performance_id INTEGER NOT NULL, gate TEXT NOT NULL, "
                    "scanned TEXT NOT NULL, ticket_code TEXT NOT NULL, scanned_at TEXT NOT NULL, "
                    "uploaded INTEGER NOT NULL DEFAULT 0, status TEXT, result_gate TEXT, "
                    "result_at TEXT)"_s) &&
             q.exec(u"CREATE INDEX IF NOT EXISTS scans_ticket ON scans (performance_id, ticket_code)"_s) &&
             q.exec(u"CREATE TABLE IF NOT EXISTS shows (performance_id INTEGER PRIMARY KEY, "
                    "event_title TEXT NOT NULL, json TEXT NOT NULL)"_s);
    // A file from before the column: fails harmlessly once it is there.
    if (m_open && !q.exec(u"SELECT message FROM scans LIMIT 0"_s))
        m_open = q.exec(u"ALTER TABLE scans ADD COLUMN message TEXT"_s);
    if (!m_open)
        qCWarning(lcDoorStore) << "cannot create the tables in" << m_path << q.lastError().text();
}

OfflineScanStore::~OfflineScanStore()
{
    {
        QSqlDatabase db = database(m_connectionName);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString OfflineScanStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"door-scans.sqlite"_s);
}

QString OfflineScanStore::newNonce()
{
    // 128 random bits, base64url: unique per scan whatever the number of gates.
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 4);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

void OfflineScanStore::saveKit(Id performanceId, const QJsonObject &kit)
{
    QSqlQuery q(database(m_connectionName));
    q.prepare(u"INSERT OR REPLACE INTO kits (performance_id, json) VALUES (?, ?)"_s);
    q.addBindValue(performanceId);
    q.addBindValue(QString::fromUtf8(QJsonDocument(kit).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        qCWarning(lcDoorStore) << "cannot save the kit" << q.lastError().text();
}

QJsonObject OfflineScanStore::kit(Id performanceId) const
{
    QSqlQuery q(database(m_connectionName));
    q.prepare(u"SELECT json FROM kits WHERE performance_id = ?"_s);
    q.addBindValue(performanceId);
    if (!q.exec() || !q.next())
        return {};
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
}

void OfflineScanStore::saveShow(const Performance &performance, const QString &eventTitle)
{
    QSqlQuery q(database(m_connectionName));
    q.prepare(u"INSERT OR REPLACE INTO shows (performance_id, event_title, json) VALUES (?, ?, ?)"_s);
    q.addBindValue(performance.id);
    q.addBindValue(eventTitle);
    q.addBindValue(QString::fromUtf8(QJsonDocument(performance.toJson()).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        qCWarning(lcDoorStore) << "cannot save the show" << q.lastError().text();
}

QList<OfflineScanStore::StoredShow> OfflineScanStore::storedShows() const
{
    QSqlQuery q(database(m_connectionName));
    QList<StoredShow> shows;
    if (!q.exec(u"SELECT kits.performance_id, shows.event_title, shows.json FROM kits "
                "LEFT JOIN shows ON shows.performance_id = kits.performance_id"_s))
        return shows;
    while (q.next()) {
        StoredShow show;
        if (!q.value(2).isNull())
            show.performance = Performance::fromJson(QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object());
        show.performance.id = q.value(0).toLongLong();
        show.eventTitle = q.value(1).toString();
        shows.append(show);
    }
    std::stable_sort(shows.begin(), shows.end(), [](const StoredShow &a, const StoredShow &b) {
        return a.performance.startsAt < b.performance.startsAt;
    });
    return shows;
}

OfflineScanStore::Scan OfflineScanStore::record(Id performanceId, const QString &gate,
                                                const QString &scanned, const QString &ticketCode,
                                                const QDateTime &scannedAt)
{
    Scan scan;
    scan.performanceId = performanceId;
    scan.gate = gate;
    scan.scanned = scanned;
    scan.ticketCode = ticketCode;
    scan.scannedAt = scannedAt.toUTC();
    QSqlQuery q(database(m_connectionName));
    q.prepare(u"INSERT INTO scans (nonce, performance_id, gate, scanned, ticket_code, scanned_at) "
              "VALUES (?, ?, ?, ?, ?, ?)"_s);
    const QString nonce = newNonce();
    q.addBindValue(nonce);
    q.addBindValue(performanceId);
    q.addBindValue(gate);
    q.addBindValue(scanned);
    q.addBindValue(OfflineKit::normalized(ticketCode));
    q.addBindValue(toWireTime(scan.scannedAt));
    if (!q.exec()) {
        qCWarning(lcDoorStore) << "cannot record a scan" << q.lastError().text();
        return scan;
    }
    scan.nonce = nonce;
    return scan;
}

bool OfflineScanStore::discard(const QString &nonce)
{
    QSqlQuery q(database(m_connectionName));
    q.prepare(u"DELETE FROM scans WHERE nonce = ? AND uploaded = 0"_s);
    q.addBindValue(nonce);
    return q.exec() && q.numRowsAffected() > 0;
}

QList<OfflineScanStore::Scan> OfflineScanStore::scansFrom(QSqlQuery &query)
{
    QList<Scan> scans;
    if (!query.exec())
        return scans;
    while (query.next())
        scans.append(scanFrom(query));
    return scans;
}

OfflineScanStore::Scan OfflineScanStore::scanFrom(const QSqlQuery &query)
{
    Scan s;
    s.nonce = query.value(0).toString();
    s.performanceId = query.value(1).toLongLong();
    s.gate = query.value(2).toString();
    s.scanned = query.value(3).toString();
    s.ticketCode = query.value(4).toString();
    s.scannedAt = parseWireTime(query.value(5).toString()).value_or(QDateTime());
    s.uploaded = query.value(6).toBool();
    s.status = query.value(7).toString();
    s.resultGate = query.value(8).toString();
    s.resultAt = parseWireTime(query.value(9).toString()).value_or(QDateTime());
    s.message = query.value(10).toString();
    return s;
}

QList<OfflineScanStore::Scan> OfflineScanStore::pending(Id performanceId, int limit) const
{
    QSqlQuery q(database(m_connectionName));
    q.prepare(u"SELECT %1 FROM scans WHERE uploaded = 0 AND (? = 0 OR performance_id = ?) "
              "ORDER BY seq LIMIT ?"_s.arg(QLatin1StringView(ScanColumns)));
    q.addBindValue(performanceId);
    q.addBindValue(performanceId);
    q.addBindValue(limit);
    return scansFrom(q);
}

int OfflineScanStore::pendingCount(Id performanceId) const
{
    QSqlQuery q(database(m_connectionName));
    q.prepare(u"SELECT COUNT(*) FROM scans WHERE uploaded = 0 AND (? = 0 OR performance_id = ?)"_s);
    q.addBindValue(performanceId);
    q.addBindValue(performanceId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

bool OfflineScanStore::markUploaded(const QString &nonce, const QString &status,
                                    const QString &resultGate, const QDateTime &resultAt,
                                    const QString &message)
{
    QSqlQuery q(database(m_connectionName));
    q.prepare(u"UPDATE scans SET uploaded = 1, status = ?, result_gate = ?, result_at = ?, message = ? "
              "WHERE nonce = ?"_s);
    q.addBindValue(status);
    q.addBindValue(resultGate);
    q.addBindValue(resultAt.isValid() ? toWireTime(resultAt) : QString());
    q.addBindValue(message);
    q.addBindValue(nonce);
    if (!q.exec()) {
        qCWarning(lcDoorStore) << "cannot mark a scan uploaded" << q.lastError().text();
        return false;
    }
    return q.numRowsAffected() > 0;
}

QList<OfflineScanStore::Scan> OfflineScanStore::notAccepted(Id performanceId) const
{
    QSqlQuery q(database(m_connectionName));
    q.prepare(u"SELECT %1 FROM scans WHERE uploaded = 1 AND performance_id = ? "
              "AND status NOT IN ('admitted', 'conflict', 'undone') ORDER BY seq"_s
                  .arg(QLatin1StringView(ScanColumns)));
    q.addBindValue(performanceId);
    return scansFrom(q);
}

std::optional<OfflineScanStore::Scan> OfflineScanStore::admission(Id performanceId,
                                                                  const QString &ticketCode) const
{
    QSqlQuery q(database(m_connectionName));
    q.prepare(u"SELECT %1 FROM scans WHERE performance_id = ? AND ticket_code = ? "
              "AND (uploaded = 0 OR status = 'admitted') ORDER BY seq LIMIT 1"_s
                  .arg(QLatin1StringView(ScanColumns)));
    q.addBindValue(performanceId);
    q.addBindValue(OfflineKit::normalized(ticketCode));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return scanFrom(q);
}

std::optional<OfflineScanStore::Scan> OfflineScanStore::scan(const QString &nonce) const
{
    QSqlQuery q(database(m_connectionName));
    q.prepare(u"SELECT %1 FROM scans WHERE nonce = ?"_s.arg(QLatin1StringView(ScanColumns)));
    q.addBindValue(nonce);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return scanFrom(q);
}

} // namespace mq::client
