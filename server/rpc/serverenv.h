#pragma once

#include "services/passwordhasher.h"
#include "services/paymentgateway.h"

namespace mq::rpc {

// Long-lived objects the handlers share; each is thread-safe.
struct ServerEnv
{
    services::PasswordHasher hasher{2};
    services::PaymentGateway gateway;
    int holdSeconds = 600;
};

} // namespace mq::rpc
