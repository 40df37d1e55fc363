#pragma once

#include "net/sourcenetworks.h"
#include "shared/frame.h"

#include <memory>

namespace mq::net {

// Per-connection limits and TLS material, fixed at start-up.
struct ConnectionLimits
{
    qsizetype maxFrameSize = DefaultMaxFrameSize;
    qsizetype staffMaxFrameSize = StaffMaxFrameSize;
    int maxInFlight = 64;
    // Reading pauses while this much of our answers is still unsent (a client that sends and
    // never reads); a subscriber whose unread pushes pass twice this is disconnected.
    qint64 maxUnsentBytes = 4 * 1024 * 1024;
    int idleTimeoutSeconds = 600;
    // A frame must arrive whole within this long of its first byte.
    int frameTimeoutSeconds = 30;
    int tlsHandshakeSeconds = 10;
    int maxConnections = 1000;
    int maxConnectionsPerSource = 200;
    SourceNetworks trustedSources; // exempt from the per-source limits
    std::shared_ptr<class TlsCredentials> tls; // null: plain TCP
};

} // namespace mq::net
