#pragma once

#include "loadgenconfig.h"
#include "seatmapcopy.h"
#include "shared/domain.h"
#include "shared/envelope.h"
#include "shared/methods.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>

class RpcConnection;
class SeatBuyer;

// The seats mode of marquee-loadgen: as a manager, creates a venue (generated, or a sample venue
// file), an event with a reserved performance and price categories; logs the buyers in (not
// timed); lets them all hold and check out seats until the house is sold out (or --duration);
// then checks the server's map, counts and orders against each other and prints the figures.
// Emits finished() with the process exit code.
class SeatLoadGenerator : public QObject
{
    Q_OBJECT

public:
    explicit SeatLoadGenerator(LoadGenConfig config, QObject *parent = nullptr);

    void start();

signals:
    void finished(int exitCode);

private:
    enum class Phase
    {
        Setup,
        Logins,
        Prepare,
        Buying,
        Check,
        Done
    };

    // Setup, one step after the other on the admin connection.
    void adminCall(mq::Method method, const QJsonObject &params,
                   void (SeatLoadGenerator::*next)(const QJsonObject &result));
    void adminLogin();
    void onAdminLoggedIn(const QJsonObject &result);
    void onVenueCreated(const QJsonObject &result);
    void onEventCreated(const QJsonObject &result);
    void createPerformance(void (SeatLoadGenerator::*next)(const QJsonObject &result));
    void onPerformanceCreated(const QJsonObject &result);
    void onSparePerformanceCreated(const QJsonObject &result);
    void createNextCategory();
    void onCategoryCreated(const QJsonObject &result);
    void startObserver();

    void startLogins();
    void startNextLogin();
    void onBuyerLoggedIn();
    void onBuyerReady();
    void startBuying();
    void onDurationOver();
    void onBuyerFinished();
    void check();
    void waitForObserver();
    void report();

    void onAdminPush(const mq::rpc::Message &message);
    void onCategoryClosed(mq::Id ticketTypeId);
    void onTimeout();
    void abort(const QString &reason);
    void progress(const QString &line);

    LoadGenConfig m_config;
    Phase m_phase = Phase::Setup;
    RpcConnection *m_admin = nullptr;
    QString m_venueName;
    std::shared_ptr<const SeatVenue> m_venue;
    mq::Id m_venueId = 0;
    mq::Id m_eventId = 0;
    mq::Id m_performanceId = 0;
    mq::Id m_spareId = 0;
    // Price categories: created for the performance, then (with --spare-performance) the spare.
    int m_nextCategory = 0;
    QList<mq::Id> m_ticketTypeIds;
    QList<mq::Id> m_spareTicketTypeIds;

    // The admin connection watches the map too: every push, replayed, must give the final map.
    std::unique_ptr<SeatMapCopy> m_observer;
    qint64 m_observerPushes = 0;
    // Pushes that arrived after a later version had (a client that refetches on every gap, as the
    // desktop client does, fetches the whole map each time), how far back, and how long the
    // longest wait for a missing version was.
    qint64 m_outOfOrder = 0;
    qint64 m_maxDisplacement = 0;
    qint64 m_maxSeenVersion = 0;
    qint64 m_gaps = 0;
    qint64 m_maxGapNs = 0;
    QElapsedTimer m_gapTimer;
    // Best available: "no seat left" answers while the observer still saw free seats of that
    // category, and when each category's last free seat went (buying-phase nanoseconds).
    struct EarlyNone
    {
        mq::Id ticketTypeId;
        qint64 atNs;
        int free;
    };
    QList<EarlyNone> m_earlyNone;
    QHash<mq::Id, qint64> m_categorySoldOutNs;

    QList<SeatBuyer *> m_buyers;
    int m_nextLogin = 0;
    int m_loggedIn = 0;
    int m_ready = 0;
    int m_finishedBuyers = 0;
    bool m_stoppedByDuration = false;
    bool m_timedOut = false;

    // What the check read back.
    QJsonObject m_finalMap;
    QList<mq::TicketType> m_finalTypes;
    int m_observerWaits = 0;

    QElapsedTimer m_total;
    QElapsedTimer m_phaseTimer;
    qint64 m_setupNs = 0;
    qint64 m_loginNs = 0;
    qint64 m_buyNs = 0;
    QTimer m_timeout;
    QTimer m_duration;
};
