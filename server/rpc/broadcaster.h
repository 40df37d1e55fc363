#pragma once

#include "services/checkinchange.h"
#include "services/seatchange.h"

namespace mq::rpc {

// What the network layer offers the dispatcher for effects on other connections.
class Broadcaster
{
public:
    virtual ~Broadcaster() = default;
    // Called after the change committed, from any thread.
    virtual void publish(const services::InventoryChange &change) = 0;
    virtual void publishSeats(const services::SeatChange &change) = 0;
    // Admissions of a performance changed (checkin.changed).
    virtual void publishCheckin(const services::CheckinChange &) {}
    // Every connection on one of these sessions becomes anonymous.
    virtual void endSessions(const QList<Id> &sessionIds) = 0;
    // Events, performances or ticket types were created, edited or deleted (on every instance).
    virtual void catalogChanged() {}
};

} // namespace mq::rpc
