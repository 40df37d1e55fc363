#pragma once

#include "latencystats.h"
#include "shared/domain.h"
#include "shared/envelope.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSet>

class RpcConnection;

// One customer on one connection: registers and logs in, then buys during the rush, keeping
// a fixed number of purchases in flight until the server says sold out. Every purchase carries
// a requestId; a purchase answered 503/429 is sent again after data.retryAfterMs with the same
// requestId, so the server can never sell it twice. After the rush, verifyOrders() reads the
// customer's orders back (order.listMine) and compares them with what it was answered.
class RushClient : public QObject
{
    Q_OBJECT

public:
    RushClient(QString username, QString password, QObject *parent = nullptr);

    QString username() const { return m_username; }
    QString password() const { return m_password; }

    // Connects, registers (an existing name is fine) and logs in; emits loggedIn() or failed().
    void logIn(const QString &host, quint16 port);
    // Starts buying; emits rushFinished() once sold out (or given up) and nothing is in flight.
    void startRush(mq::Id ticketTypeId, int quantity, int pipeline);
    // Reads this customer's orders back; emits verified().
    void verifyOrders();
    void close();

    bool isFinished() const { return m_finished; }
    qint64 purchases() const { return m_bought.size(); }
    qint64 ticketsBought() const { return m_ticketsBought; }
    qint64 soldOutAnswers() const { return m_soldOutAnswers; }
    // "<code> <reason>" -> how many times (final answers and retried ones).
    const QMap<QString, qint64> &errors() const { return m_errors; }
    // Reason -> how many purchases were sent again with their requestId.
    const QMap<QString, qint64> &retries() const { return m_retries; }
    // Latency from the first send of a purchase to its final answer: bought, and all answers.
    const LatencyStats &orderLatencies() const { return m_orderLatencies; }
    const LatencyStats &latencies() const { return m_latencies; }
    QString failure() const { return m_failure; }
    // Purchases that never got a final answer (connection lost, retries given up).
    qint64 unanswered() const { return m_unanswered; }
    // Two answers naming the same order (for two different requestIds).
    qint64 duplicateOrders() const { return m_duplicateOrders; }

    // queue.position pushes: how many, for how many purchases, the highest position seen.
    qint64 queuePushes() const { return m_queuePushes; }
    qint64 queuedPurchases() const { return m_queuedIds.size(); }
    qint64 maxQueuePosition() const { return m_maxQueuePosition; }
    qint64 maxEstimatedWaitMs() const { return m_maxEstimatedWaitMs; }

    // After verifyOrders(): orders of the rush's ticket type the server lists, their tickets,
    // answered orders it does not have (or has with fewer tickets, or not paid), and orders it
    // has that we were never answered.
    bool isVerified() const { return m_verified; }
    qint64 listedOrders() const { return m_listedOrders; }
    qint64 listedTickets() const { return m_listedTickets; }
    qint64 lostOrders() const { return m_lostOrders; }
    qint64 unknownOrders() const { return m_unknownOrders; }
    bool listCapped() const { return m_listCapped; }
    QString verifyError() const { return m_verifyError; }

signals:
    void loggedIn();
    void rushFinished();
    void verified();
    void failed(const QString &reason);

private:
    struct Attempt
    {
        QString requestId;
        qint64 firstSentNs = 0;
        int retries = 0;
        int quantity = 1;
    };
    struct Bought
    {
        mq::Id orderId = 0;
        QString code;
        qint64 tickets = 0;
    };

    void registerUser();
    void login();
    // A busy server (503, 429 rate_limited) during the untimed login phase: try again later.
    bool retryLater(const mq::rpc::Message &answer, void (RushClient::*step)());
    void sendPurchase();
    void send(const Attempt &attempt);
    void onResponse(const mq::rpc::Message &message);
    void onPush(const mq::rpc::Message &message);
    void onConnectionFailed(const QString &reason);
    void stopBuying();
    void finishIfDrained();

    RpcConnection *m_connection = nullptr;
    QString m_username;
    QString m_password;
    bool m_loggedIn = false;
    int m_loginRetries = 0;

    mq::Id m_ticketTypeId = 0;
    int m_quantity = 1;
    bool m_rushStarted = false;
    bool m_buying = false;
    bool m_finished = false;
    qint64 m_nextRequest = 0;
    QElapsedTimer m_clock;
    QHash<qint64, Attempt> m_inFlight; // envelope id -> purchase
    int m_waitingToRetry = 0;          // purchases between a 503 and their repeat

    QList<Bought> m_bought;
    QSet<mq::Id> m_boughtIds;
    qint64 m_ticketsBought = 0;
    qint64 m_soldOutAnswers = 0;
    qint64 m_unanswered = 0;
    qint64 m_duplicateOrders = 0;
    QMap<QString, qint64> m_errors;
    QMap<QString, qint64> m_retries;
    LatencyStats m_latencies;
    LatencyStats m_orderLatencies;
    QString m_failure;

    qint64 m_queuePushes = 0;
    QSet<qint64> m_queuedIds;
    qint64 m_maxQueuePosition = 0;
    qint64 m_maxEstimatedWaitMs = 0;

    bool m_verifying = false;
    bool m_verified = false;
    qint64 m_listedOrders = 0;
    qint64 m_listedTickets = 0;
    qint64 m_lostOrders = 0;
    qint64 m_unknownOrders = 0;
    bool m_listCapped = false;
    QString m_verifyError;
};
