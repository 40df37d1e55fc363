#pragma once

#include "shared/money.h"

#include <QString>

// What one run of marquee-loadgen does, as given on the command line.
struct LoadGenConfig
{
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
};
