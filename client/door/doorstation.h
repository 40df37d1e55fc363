#pragma once

#include "door/checkinconflict.h"
#include "door/offlinekit.h"
#include "door/offlinescanstore.h"
#include "door/scanoutcome.h"
#include "shared/domain.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSet>

#include <optional>

class QTimer;

namespace mq::client {

struct RpcResult;
class ServerConnection;

// One gate of one performance, without widgets: sends each scan to the server, or — when the
// server cannot be reached — judges it with the offline kit and keeps it in the store until it is
// uploaded. Follows the admitted count live (checkin.changed) and keeps the kit fresh.
class DoorStation : public QObject
{
    Q_OBJECT
public:
    DoorStation(ServerConnection *connection, OfflineScanStore *store, QObject *parent = nullptr);
    ~DoorStation() override;

    // Starts admitting to `performance` at `gate`: subscribes, fetches the numbers and the kit
    // and uploads whatever the store still holds.
    void start(const Performance &performance, const QString &eventTitle, const QString &gate);
    void stop();
    bool isStarted() const { return m_performance.id > 0; }
    const Performance &performance() const { return m_performance; }
    QString eventTitle() const { return m_eventTitle; }
    QString gate() const { return m_gate; }

    void scan(const QString &text);
    bool canUndo() const { return m_last.has_value(); }
    void undo();

    bool isOnline() const;
    bool hasKit() const { return m_kit.isValid(); }
    QDateTime kitIssuedAt() const { return m_kit.issuedAt(); }
    // What the server counted, plus this gate's admissions it has not received yet.
    qint64 admitted() const;
    qint64 sold() const { return m_sold; }
    QList<QPair<QString, qint64>> gates() const;
    int pendingUploads() const { return m_pending; }
    QList<CheckinConflict> conflicts() const { return m_conflicts; }
    // This performance's offline scans the server did not accept, for the staff to look at.
    QList<OfflineScanStore::Scan> notAccepted() const;

    void setKitRefreshInterval(int ms);
    void setRetryInterval(int ms);
    // How long a scan waits for the server before the door judges it by itself.
    void setScanTimeout(int ms) { m_scanTimeoutMs = ms; }
    // Sends what the store holds (also done by itself after every reconnect).
    void uploadPending();

    static constexpr int MaxUploadBatch = 500;
    // A door cannot keep a queue waiting: a scan the server has not answered by then is judged here.
    static constexpr int DefaultScanTimeoutMs = 4000;
    // Uploads that make no progress are retried ever later, up to this.
    static constexpr int MaxRetryMs = 60000;
    // An upload answered "conflict" with an admission at this gate this close to the scan is the
    // same scan admitted online by a server that answered too late: this gate's own admission.
    static constexpr int OwnAdmissionWindowSecs = 120;

Q_SIGNALS:
    void answered(const mq::client::ScanOutcome &outcome);
    // A later detail of an answer already given (the other show's title).
    void answerRefined(const mq::client::ScanOutcome &outcome);
    void countsChanged();
    void onlineChanged(bool online);
    void pendingChanged(int count);
    void kitChanged();
    void conflictsChanged();
    // The store was emptied: how many of the offline scans the server admitted, and how many
    // were admitted elsewhere first (conflicts) or refused.
    void uploadFinished(int admitted, int conflicts, int refused);
    void undoAvailable(bool available);

private:
    struct LastScan
    {
        QString scanned;
        QString ticketCode;
        QString nonce; // offline
        bool sent = false; // offline because the server was slow: it may have admitted it too
    };

    struct PendingUndo
    {
        LastScan last;
        ScanOutcome outcome;
    };

    void onScanAnswered(const QString &scanned, quint64 sequence, const RpcResult &r);
    void admitOffline(const QString &scanned, quint64 sequence, bool sent = false);
    void describeOtherShow(ScanOutcome outcome);
    void undoLast(const LastScan &last, const ScanOutcome &outcome);
    void undoNow(const LastScan &last, ScanOutcome outcome);
    // Why the last scan cannot be taken back from the server, or empty when it can.
    QString undoRefusal(const LastScan &last) const;
    void finishUndo(const LastScan &last);
    void onUploaded(const RpcResult &r, Id performanceId, const QString &gate,
                    const QHash<QString, QDateTime> &sent, int pendingBefore);
    void retryLater();
    void refreshStats();
    void refreshKit();
    void refreshConflicts();
    void loadKit(const QJsonObject &json);
    // Writes the kit, with what happened here since, to the store soon (or now, when stopping).
    void saveKitSoon();
    void saveKitNow();
    void updatePending();
    void onStateChanged();
    void onPush(const QString &method, const QJsonObject &params);
    void setLast(std::optional<LastScan> last);
    QString ticketTypeName(Id ticketTypeId) const;

    QPointer<ServerConnection> m_connection;
    OfflineScanStore *m_store;
    Performance m_performance;
    QString m_eventTitle;
    QString m_gate;
    OfflineKit m_kit;
    // Admissions made online here since start: kept on top of every kit downloaded later.
    QHash<QString, OfflineKit::Admission> m_sessionAdmissions;
    qint64 m_sold = 0;
    qint64 m_serverAdmitted = 0;
    QList<QPair<QString, qint64>> m_gates;
    QList<CheckinConflict> m_conflicts;
    int m_pending = 0;
    std::optional<LastScan> m_last;
    quint64 m_sequence = 0;
    int m_scanTimeoutMs = DefaultScanTimeoutMs;
    bool m_wasOnline = false;
    bool m_uploading = false;
    QSet<QString> m_inFlight; // nonces of the upload under way
    std::optional<PendingUndo> m_undoAfterUpload;
    int m_retryBaseMs;
    int m_backoffMs = 0;
    int m_tallyAdmitted = 0;
    int m_tallyConflicts = 0;
    int m_tallyRefused = 0;
    QTimer *m_kitTimer;
    QTimer *m_statsTimer;
    QTimer *m_retryTimer;
    QTimer *m_kitSaveTimer;
};

} // namespace mq::client
