#pragma once

#include "services/passwordhasher.h"
#include "services/paymentgateway.h"
#include "services/ticketsigner.h"

namespace mq::rpc {

// Long-lived objects the handlers share; each is thread-safe.
struct ServerEnv
{
    // One hash at a time, at idle priority: on a small machine a second one running beside a
    // sale rush costs it a third of its throughput (memory bandwidth), even at low priority.
    services::PasswordHasher hasher{1};
    services::PaymentGateway gateway;
    int holdSeconds = 600;
    // Signs the codes in tickets' QR codes (the key is read once, at start).
    services::TicketSigner signer;
};

} // namespace mq::rpc
