#pragma once

#include "shared/rpcerror.h"

#include <exception>

namespace mq::services {

// A business rule refused the request. Thrown inside a transaction, it rolls the transaction back.
class ServiceError : public std::exception
{
public:
    explicit ServiceError(RpcError error) : m_error(std::move(error)) {}
    const RpcError &error() const { return m_error; }
    const char *what() const noexcept override { return "service error"; }

private:
    RpcError m_error;
};

} // namespace mq::services
