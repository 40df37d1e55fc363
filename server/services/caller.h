#pragma once

#include "shared/domain.h"

#include <QDateTime>
#include <QHostAddress>

namespace mq::services {

// Who is making a request: the connection's logged-in user, if any, and where it comes from.
struct Caller
{
    Caller() = default;
    Caller(User user, Id sessionId, QHostAddress source = {}, bool trustedSource = false,
           QString clientKey = {}, QDateTime sessionExpiresAt = {})
        : user(std::move(user)),
          sessionId(sessionId),
          source(std::move(source)),
          trustedSource(trustedSource),
          clientKey(std::move(clientKey)),
          sessionExpiresAt(std::move(sessionExpiresAt))
    {}

    User user;
    Id sessionId = 0;
    QHostAddress source;        // the connection's peer (per-source limits and lockout)
    bool trustedSource = false; // in --trusted-sources: exempt from per-source limits
    // Whose share of the worker lanes a request counts against: the source address, or for a
    // trusted network (many clerks behind one NAT address) the connection itself.
    QString clientKey;
    // When the session ends by itself; the connection is signed out then.
    QDateTime sessionExpiresAt;

    bool isAuthenticated() const { return user.id > 0; }
    bool hasRole(Role least) const { return isAuthenticated() && int(user.role) >= int(least); }
};

} // namespace mq::services
