#pragma once

#include "shared/seating.h"

#include <QJsonObject>

namespace mq::client {

// A Hold as hold.create, hold.bestAvailable and hold.listMine answer it.
Hold holdFromJson(const QJsonObject &o);

} // namespace mq::client
