#pragma once

#include "services/caller.h"
#include "services/checkinchange.h"
#include "services/seatchange.h"
#include "shared/rpcerror.h"

#include <QJsonObject>

#include <functional>
#include <optional>

namespace mq::rpc {

struct HandlerContext;

// What a handler produced: the answer, plus what must happen to connections once it is sent.
struct Reply
{
    QJsonObject result;
    std::optional<RpcError> error;

    std::optional<services::Caller> logIn; // the calling connection is now this user
    bool logOut = false;                   // the calling connection is now anonymous
    QList<services::InventoryChange> changes; // pushed to subscribers after commit
    QList<services::SeatChange> seatChanges;  // likewise, as seats.changed
    QList<Id> endedSessions;                  // connections on these sessions become anonymous
    QList<services::CheckinChange> checkinChanges; // pushed as checkin.changed
    // Not answered yet: `then` produces the answer, run on a worker `thenAfterMs` later (what an
    // outside party such as the payment gateway takes), so no worker waits meanwhile.
    std::function<Reply(HandlerContext &)> then;
    int thenAfterMs = 0;

    void add(const services::Changes &c)
    {
        changes += c.inventory;
        seatChanges += c.seats;
    }

    static Reply fail(const RpcError &e)
    {
        Reply r;
        r.error = e;
        return r;
    }
};

} // namespace mq::rpc
