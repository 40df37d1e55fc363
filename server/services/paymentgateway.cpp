#include "services/paymentgateway.h"

#include "services/randomcodes.h"

using namespace Qt::StringLiterals;

namespace mq::services {

PaymentOutcome PaymentGateway::charge(const PaymentMethod &method, Cents amount,
                                      const QString &idempotencyKey)
{
    Q_UNUSED(idempotencyKey);
    if (amount < 0)
        return {};
    if (method.provider == u"cash"_s)
        return {true, RandomCodes::paymentReference(u"cash"_s)};
    if (method.provider == u"sandbox"_s && method.token == u"tok_ok"_s)
        return {true, RandomCodes::paymentReference(u"ch"_s)};
    return {};
}

PaymentOutcome PaymentGateway::refund(const QString &provider, Cents amount,
                                      const QString &idempotencyKey)
{
    Q_UNUSED(amount);
    Q_UNUSED(idempotencyKey);
    return {true, RandomCodes::paymentReference(provider == u"cash"_s ? u"cashrf"_s : u"re"_s)};
}

} // namespace mq::services
