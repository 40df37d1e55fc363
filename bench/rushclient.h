#pragma once

#include "latencystats.h"
#include "shared/domain.h"
#include "shared/envelope.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QObject>

class RpcConnection;

// One customer on one connection: registers and logs in, then buys during the rush, keeping
// a fixed number of purchases in flight until the server says sold out.
class RushClient : public QObject
{
    Q_OBJECT

public:
    RushClient(QString username, QString password, QObject *parent = nullptr);

    QString username() const { return m_username; }

    // Connects, registers (an existing name is fine) and logs in; emits loggedIn() or failed().
    void logIn(const QString &host, quint16 port);
    // Starts buying; emits rushFinished() once sold out (or given up) and nothing is in flight.
    void startRush(mq::Id ticketTypeId, int quantity, int pipeline);
    void close();

    bool isFinished() const { return m_finished; }
    qint64 purchases() const { return m_purchases; }
    qint64 ticketsBought() const { return m_ticketsBought; }
    qint64 soldOutAnswers() const { return m_soldOutAnswers; }
    // "<code> <reason>" -> how many times.
    const QMap<QString, qint64> &errors() const { return m_errors; }
    const LatencyStats &latencies() const { return m_latencies; }
    QString failure() const { return m_failure; }

signals:
    void loggedIn();
    void rushFinished();
    void failed(const QString &reason);

private:
    void registerUser();
    void login();
    // A busy server (503, 429 rate_limited) during the untimed login phase: try again later.
    bool retryLater(const mq::rpc::Message &answer, void (RushClient::*step)());
    void sendPurchase();
    void onResponse(const mq::rpc::Message &message);
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
    int m_consecutiveRetries = 0;
    QElapsedTimer m_clock;
    QHash<qint64, qint64> m_sentAt; // request id -> m_clock nanoseconds

    qint64 m_purchases = 0;
    qint64 m_ticketsBought = 0;
    qint64 m_soldOutAnswers = 0;
    QMap<QString, qint64> m_errors;
    LatencyStats m_latencies;
    QString m_failure;
};
