#pragma once

#include "services/passwordhasher.h"
#include "services/paymentgateway.h"
#include "services/ticketsigner.h"

#include <atomic>

namespace mq::rpc {

// Long-lived objects the handlers share; each is thread-safe.
struct ServerEnv
{
    ServerEnv()
    {
        hasher.setPauseWhile([this] { return purchasesInFlight.load(std::memory_order_relaxed) > 0; });
    }
    ServerEnv(const ServerEnv &) = delete;
    ServerEnv &operator=(const ServerEnv &) = delete;

    // Purchases (order.purchase) received and not answered yet.
    std::atomic<int> purchasesInFlight{0};
    // One hash at a time, at a low priority: on a small machine a second one running beside a
    // sale rush costs it a third of its throughput (memory bandwidth), even at low priority; and
    // while purchases are in flight hashes are spaced out (PasswordHasher::setPauseWhile).
    services::PasswordHasher hasher{1};
    services::PaymentGateway gateway;
    int holdSeconds = 600;
    // Signs the codes in tickets' QR codes (the key is read once, at start).
    services::TicketSigner signer;
};

} // namespace mq::rpc
