#pragma once

#include "shared/domain.h"

namespace mq::services {

// Who is making a request: the connection's logged-in user, if any.
struct Caller
{
    User user;
    Id sessionId = 0;

    bool isAuthenticated() const { return user.id > 0; }
    bool hasRole(Role least) const { return isAuthenticated() && int(user.role) >= int(least); }
};

} // namespace mq::services
