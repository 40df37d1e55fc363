#pragma once

#include "rpc/paramspec.h"
#include "rpc/reply.h"
#include "shared/methods.h"

#include <optional>

namespace mq::storage {
class Database;
}

namespace mq::rpc {

struct ServerEnv;

struct HandlerContext
{
    storage::Database &db;
    const services::Caller &caller;
    const Params &params;
    ServerEnv &env;
};

using Handler = Reply (*)(HandlerContext &);

// Password hashing runs on its own small pool so a login storm never starves sales; purchases
// go through the PurchaseBatcher (which runs SalesService::purchaseBatch on the main pool).
enum class Lane { Main, Auth, PurchaseBatch };

struct MethodSpec
{
    Method method = Method::AuthLogin;
    std::optional<Role> leastRole; // nullopt: open to connections that are not logged in
    Lane lane = Lane::Main;
    QList<Field> params;
    Handler handler = nullptr; // null only for Lane::PurchaseBatch
};

// The dispatch table: one entry per protocol method, indexed by Method.
const MethodSpec &methodSpec(Method method);

} // namespace mq::rpc
