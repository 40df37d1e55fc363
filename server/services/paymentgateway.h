#pragma once

#include "shared/money.h"

#include <QString>

namespace mq::services {

struct PaymentMethod
{
    QString provider; // "sandbox" or "cash"
    QString token;    // sandbox only: a gateway token, never a card number
};

struct PaymentOutcome
{
    bool approved = false;
    QString reference;
};

// The built-in online test gateway: "tok_ok" approves, every other token declines. Cash is
// taken at the counter and always succeeds.
class PaymentGateway
{
public:
    PaymentOutcome charge(const PaymentMethod &method, Cents amount, const QString &idempotencyKey);
    PaymentOutcome refund(const QString &provider, Cents amount, const QString &idempotencyKey);
};

} // namespace mq::services
