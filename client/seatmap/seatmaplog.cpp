#include "seatmap/seatmaplog.h"

Q_LOGGING_CATEGORY(lcSeatMap, "marquee.client.seatmap", QtInfoMsg)
