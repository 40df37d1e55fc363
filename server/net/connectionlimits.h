#pragma once

#include "shared/frame.h"

#include <QSslCertificate>
#include <QSslKey>

namespace mq::net {

// Per-connection limits and TLS material, fixed at start-up.
struct ConnectionLimits
{
    qsizetype maxFrameSize = DefaultMaxFrameSize;
    qsizetype staffMaxFrameSize = StaffMaxFrameSize;
    int maxInFlight = 64;
    int idleTimeoutSeconds = 600;
    int maxConnections = 1000;
    bool tls = false;
    QSslCertificate certificate;
    QSslKey privateKey;
};

} // namespace mq::net
