#pragma once

#include "latencystats.h"
#include "shared/envelope.h"
#include "shared/methods.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class RpcConnection;

struct DoorBenchConfig
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 7427;
    QString adminUser;
    QString adminPassword;
    int tickets = 2000;
    int gates = 16;
    int duplicates = 2; // gates that scan each ticket (the race a door must win)
    int pipeline = 1;   // scans each gate keeps in flight (1: a clerk waits for the answer)
    bool signedCodes = true;
    int timeoutSeconds = 600;
};

// One door benchmark: sells `tickets` tickets of a new performance (cash sales by the admin),
// then lets `gates` connections scan them all at once, each ticket at `duplicates` gates, and
// prints scans/s, latency percentiles, the admissions and any double admission.
class DoorBench : public QObject
{
    Q_OBJECT

public:
    explicit DoorBench(DoorBenchConfig config, QObject *parent = nullptr);
    void start();

signals:
    void finished(int exitCode);

private:
    struct Gate
    {
        RpcConnection *connection = nullptr;
        QList<int> queue; // ticket indexes still to scan
        qsizetype next = 0;
        int inFlight = 0;
        LatencyStats latency;
    };

    void call(RpcConnection *c, mq::Method method, const QJsonObject &params,
              void (DoorBench::*next)(const QJsonObject &result));
    void fail(const QString &message);
    void onLoggedIn(const QJsonObject &result);
    void onEventCreated(const QJsonObject &result);
    void onPerformanceCreated(const QJsonObject &result);
    void onTicketTypeCreated(const QJsonObject &result);
    void sellMore();
    void openGates();
    void onGateReady(const QJsonObject &result);
    void startScans();
    void scanNext(int gate);
    void onScanAnswered(int gate, int ticket, qint64 elapsedNs, const mq::rpc::Message &m);
    void finishScans();
    void onStats(const QJsonObject &result);

    DoorBenchConfig m_config;
    RpcConnection *m_admin = nullptr;
    QString m_token;
    qint64 m_performanceId = 0;
    qint64 m_ticketTypeId = 0;
    QStringList m_codes;
    int m_sellInFlight = 0;
    int m_sold = 0;
    QList<Gate> m_gates;
    int m_gatesReady = 0;
    int m_gatesDone = 0;
    QElapsedTimer m_scanClock;
    qint64 m_scanNs = 0;
    QHash<int, int> m_admissions; // ticket index -> admitted answers
    qint64 m_scans = 0;
    qint64 m_refusedAdmitted = 0;
    qint64 m_otherErrors = 0;
    QString m_firstError;
};
