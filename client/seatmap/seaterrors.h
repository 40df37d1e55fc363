#pragma once

#include "core/rpcresult.h"
#include "shared/domain.h"

#include <QCoreApplication>

namespace mq::client {

class VenueLayout;

// The seat-specific answers of hold and checkout methods in words, naming the seats concerned
// when the layout is known; anything else as RpcResult::message() says it.
class SeatErrors
{
    Q_DECLARE_TR_FUNCTIONS(mq::client::SeatErrors)
public:
    static QString message(const RpcResult &result, const VenueLayout *layout = nullptr);
    // "Stalls, row C, seat 5; Stalls, row C, seat 6" for the ids the error names.
    static QString seatNames(const QList<Id> &seatIds, const VenueLayout *layout);
};

} // namespace mq::client
