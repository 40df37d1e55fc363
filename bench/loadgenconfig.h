#pragma once

#include "shared/money.h"

#include <QList>
#include <QPair>
#include <QString>

// What one run of marquee-loadgen does, as given on the command line.
struct LoadGenConfig
{
    enum class Mode
    {
        Rush,  // many buyers, one ticket type, order.purchase until sold out (the default)
        Seats, // reserved seating: hold.create / hold.bestAvailable, then order.checkout
    };
    // How a seats-mode buyer knows which seats are free.
    enum class MapMode
    {
        Live,  // seats.getMap once, then catalog.subscribe and every seats.changed push
        Fetch, // no pushes: seats.getMap again after every seat_taken answer
    };

    Mode mode = Mode::Rush;
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 7427;
    int connections = 50;
    QString adminUser;
    QString adminPassword;
    qint64 capacity = 500;
    mq::Cents priceCents = 4500;
    int quantity = 1;
    int pipeline = 1;
    QString usersPrefix = QStringLiteral("rush");
    QString runId;            // part of every user name; random when not given
    int loginParallelism = 4; // Argon2 costs ~80 ms per hash: a few at a time is all a server takes
    int timeoutSeconds = 600;
    // Processes whose CPU time (with their children's) is reported for the rush: label, pid.
    QList<QPair<QString, qint64>> watchPids;

    // Rush mode: sign-ins of existing users (the buyers), each on a new connection, spread
    // evenly over the first signinSpreadMs of the rush.
    int signins = 0;
    int signinSpreadMs = 2000;

    // Seats mode.
    int seats = 2000;          // seats of the generated venue (when no venueFile)
    QString venueFile;         // a sample venue (admin.createVenue params) instead
    int categories = 3;        // price categories, contiguous runs of seats in venue order
    int maxSeatsPerHold = 4;   // each hold asks for 1..max adjacent seats
    bool bestAvailable = false; // hold.bestAvailable instead of picking seats on the map
    MapMode mapMode = MapMode::Live;
    int durationSeconds = 0;   // 0: until sold out
    bool sparePerformance = false; // also create an untouched performance of the venue (pgbench)
};
