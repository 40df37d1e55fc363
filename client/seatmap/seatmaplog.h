#pragma once

#include <QLoggingCategory>

// The seat map's logging category: "marquee.client.seatmap".
Q_DECLARE_LOGGING_CATEGORY(lcSeatMap)
