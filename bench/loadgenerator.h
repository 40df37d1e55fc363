#pragma once

#include "loadgenconfig.h"
#include "shared/domain.h"
#include "shared/envelope.h"
#include "shared/methods.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

class RpcConnection;
class RushClient;
class SigninProbe;

// Runs one sale rush: sets up an event as the admin, logs the customers in (not timed), lets
// them all buy one ticket type until it is sold out (optionally with sign-ins on new
// connections during it), then checks the server's numbers and every customer's orders against
// what it was answered, and prints the figures. Emits finished() with the process exit code.
class LoadGenerator : public QObject
{
    Q_OBJECT

public:
    explicit LoadGenerator(LoadGenConfig config, QObject *parent = nullptr);

    void start();

signals:
    void finished(int exitCode);

private:
    enum class Phase
    {
        Setup,
        Logins,
        Rush,
        Check,
        Verify,
        Done
    };

    // Setup, one step after the other on the admin connection.
    void adminCall(mq::Method method, const QJsonObject &params,
                   void (LoadGenerator::*next)(const QJsonObject &result));
    void adminLogin();
    void onAdminLoggedIn(const QJsonObject &result);
    void onEventCreated(const QJsonObject &result);
    void onPerformanceCreated(const QJsonObject &result);
    void onTicketTypeCreated(const QJsonObject &result);

    void startLogins();
    void startNextLogin();
    void onClientLoggedIn();
    void startRush();
    void onClientRushFinished();
    void startSignins();
    void onSigninDone();
    void checkInventory();
    void verifyOrders();
    void onClientVerified();
    void reportIfComplete();
    void report();
    QList<double> cpuNow() const;

    void onTimeout();
    void abort(const QString &reason);
    void progress(const QString &line);

    LoadGenConfig m_config;
    Phase m_phase = Phase::Setup;
    RpcConnection *m_admin = nullptr;
    mq::Id m_eventId = 0;
    mq::Id m_performanceId = 0;
    mq::Id m_ticketTypeId = 0;

    QList<RushClient *> m_clients;
    int m_nextLogin = 0;
    int m_loggedIn = 0;
    int m_rushFinished = 0;
    int m_verifiedClients = 0;
    bool m_timedOut = false;
    mq::TicketType m_finalTicketType;

    QList<SigninProbe *> m_signins;
    int m_signinsDone = 0;
    int m_signinsDoneInRush = 0;

    QList<double> m_cpuAtStart; // per watched process, then this process
    QList<double> m_cpuAtEnd;

    QElapsedTimer m_total;
    QElapsedTimer m_phaseTimer;
    qint64 m_loginNs = 0;
    qint64 m_rushNs = 0;
    QTimer m_timeout;
};
