#pragma once

#include "shared/domain.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class QSqlQuery;

namespace mq::client {

// The door's own durable memory, a small SQLite file: the offline kit of each performance (a gate
// restarted without a network still admits) and every scan admitted offline until the server has
// answered its upload. Each scan has a random nonce, so a retried upload is never counted twice.
class OfflineScanStore : public QObject
{
    Q_OBJECT
public:
    struct Scan
    {
        QString nonce;
        Id performanceId = 0;
        QString gate;
        QString scanned;    // the payload as scanned, sent as the upload's code
        QString ticketCode;
        QDateTime scannedAt; // UTC
        bool uploaded = false;
        QString status;      // the server's answer: admitted, conflict, not_found, …
        QString resultGate;  // conflict: where the admission that stands was made
        QDateTime resultAt;
        QString message;     // refused by the server as a whole batch: its message
    };

    // A show whose kit is on this computer: what a door restarted without a network can pick.
    struct StoredShow
    {
        Performance performance; // only the id when the show itself was never saved
        QString eventTitle;
    };

    // The file in the application's data folder by default (QStandardPaths::AppDataLocation).
    explicit OfflineScanStore(const QString &path = {}, QObject *parent = nullptr);
    ~OfflineScanStore() override;

    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    static QString defaultPath();

    void saveKit(Id performanceId, const QJsonObject &kit);
    QJsonObject kit(Id performanceId) const;
    // The show a kit belongs to (title, time, venue and zone), for choosing it offline.
    void saveShow(const Performance &performance, const QString &eventTitle);
    // Every show with a kit on disk, the earliest first.
    QList<StoredShow> storedShows() const;

    // Records an offline admission; returns it with its new nonce (empty nonce when it failed).
    Scan record(Id performanceId, const QString &gate, const QString &scanned,
                const QString &ticketCode, const QDateTime &scannedAt);
    // Takes back an admission not uploaded yet (undo). False when it is gone or already uploaded.
    bool discard(const QString &nonce);
    // Scans still waiting for the server, oldest first: all performances (0), or one.
    QList<Scan> pending(Id performanceId = 0, int limit = -1) const;
    int pendingCount(Id performanceId) const;
    // Records the server's answer; false when no waiting scan has that nonce.
    bool markUploaded(const QString &nonce, const QString &status, const QString &resultGate,
                      const QDateTime &resultAt, const QString &message = {});
    // Uploaded scans the server did not take (unknown, cancelled, another show's, or the whole
    // batch refused): the staff should look at them.
    QList<Scan> notAccepted(Id performanceId) const;
    // This gate's scan of that ticket that still counts as the admission (pending, or uploaded and
    // admitted), if any.
    std::optional<Scan> admission(Id performanceId, const QString &ticketCode) const;
    std::optional<Scan> scan(const QString &nonce) const;

    static QString newNonce();

private:
    static Scan scanFrom(const QSqlQuery &query);
    // Runs a prepared query of ScanColumns; its rows, none if it fails.
    static QList<Scan> scansFrom(QSqlQuery &query);

    QString m_path;
    QString m_connectionName;
    bool m_open = false;
};

} // namespace mq::client
