#pragma once

#include "latencystats.h"
#include "loadgenconfig.h"
#include "seatmapcopy.h"
#include "shared/domain.h"
#include "shared/envelope.h"

#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QObject>

#include <memory>
#include <optional>

class RpcConnection;

// One customer of the seats mode on one connection: registers and logs in, gets ready (its own
// seat map: seats.getMap, and in live mode catalog.subscribe with every seats.changed push),
// then holds 1..N adjacent free seats of its map (or asks hold.bestAvailable) and checks the hold
// out, one request in flight at a time, until it sees no free seat left or is told to stop.
class SeatBuyer : public QObject
{
    Q_OBJECT

public:
    SeatBuyer(QString username, QString password, const LoadGenConfig &config,
              QObject *parent = nullptr);

    // Connects, registers (an existing name is fine) and logs in; emits loggedIn() or failed().
    void logIn(const QString &host, quint16 port);
    // Fetches the map (and subscribes in live mode); emits ready().
    void prepare(std::shared_ptr<const SeatVenue> venue, mq::Id performanceId,
                 const QList<mq::Id> &ticketTypeIds);
    // Starts buying; emits buyingFinished() once done and nothing is in flight.
    void startBuying();
    // No new holds from now on; a hold already made is still checked out.
    void stop();
    void close();

    mq::Id userId() const { return m_userId; }
    bool isFinished() const { return m_finished; }

    // Figures.
    const LatencyStats &holdLatency() const { return m_holdAll; }
    const LatencyStats &holdOkLatency() const { return m_holdOk; }
    const LatencyStats &holdConflictLatency() const { return m_holdConflict; }
    const LatencyStats &checkoutLatency() const { return m_checkout; }
    qint64 holdsOk() const { return m_holdsOk; }
    qint64 seatsHeld() const { return m_seatsHeld; }
    qint64 seatTaken() const { return m_seatTaken; }
    qint64 noAdjacent() const { return m_noAdjacent; }
    qint64 checkoutsOk() const { return m_checkoutsOk; }
    qint64 mapFetches() const { return m_mapFetches; }
    qint64 gapRefetches() const { return m_gapRefetches; }
    qint64 pushesApplied() const { return m_map ? m_map->appliedPushes() : 0; }
    // Seat ids of every ticket of every order this buyer was given.
    const QList<mq::Id> &soldSeatIds() const { return m_soldSeatIds; }
    // Orders whose tickets' seats were not exactly the hold's seats.
    const QStringList &mismatches() const { return m_mismatches; }
    // "<code> <reason>" -> how many times.
    const QMap<QString, qint64> &errors() const { return m_errors; }

signals:
    void loggedIn();
    void ready();
    void buyingFinished();
    // Best available answered no_adjacent_seats for a single seat of this category: this buyer
    // takes it as sold out.
    void categoryClosed(mq::Id ticketTypeId);
    void failed(const QString &reason);

private:
    void registerUser();
    void login();
    bool retryLater(const mq::rpc::Message &answer, void (SeatBuyer::*step)());

    void fetchMap(bool thenBuy);
    void onPush(const mq::rpc::Message &message);
    void nextHold();
    void sendHold(const QList<mq::Id> &seatIds);
    void sendBestAvailable();
    void askBestAvailable(mq::Id category, int quantity);
    void onHoldAnswer(const mq::rpc::Message &m, qint64 sentNs, const QList<mq::Id> &asked);
    void checkout(const QJsonObject &hold);
    void release(mq::Id holdId);
    // An answer we did not expect: counted; buying goes on after a pause unless it keeps failing.
    void onError(const mq::rpc::Message &m, const QString &what);
    void finishIfDone();
    void onConnectionFailed(const QString &reason);
    QList<mq::Id> pickSeats();

    const LoadGenConfig &m_config;
    RpcConnection *m_connection = nullptr;
    QString m_username;
    QString m_password;
    mq::Id m_userId = 0;
    bool m_loggedIn = false;
    int m_loginRetries = 0;

    std::shared_ptr<const SeatVenue> m_venue;
    std::unique_ptr<SeatMapCopy> m_map;
    mq::Id m_performanceId = 0;
    QList<mq::Id> m_openCategories; // best available: categories not yet found empty
    bool m_started = false;
    bool m_buying = false;
    bool m_busy = false;     // a hold or checkout in flight
    bool m_confirming = false; // the map showed nothing free: fetched again to be sure
    bool m_finished = false;
    bool m_readySent = false;
    int m_consecutiveErrors = 0;
    QElapsedTimer m_clock;

    LatencyStats m_holdAll;
    LatencyStats m_holdOk;
    LatencyStats m_holdConflict;
    LatencyStats m_checkout;
    qint64 m_holdsOk = 0;
    qint64 m_seatsHeld = 0;
    qint64 m_seatTaken = 0;
    qint64 m_noAdjacent = 0;
    qint64 m_checkoutsOk = 0;
    qint64 m_mapFetches = 0;
    qint64 m_gapRefetches = 0;
    QList<mq::Id> m_soldSeatIds;
    QStringList m_mismatches;
    QMap<QString, qint64> m_errors;
};
