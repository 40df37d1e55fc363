#include "services/venuegeometry.h"

#include "services/serviceerror.h"
#include "storage/database.h"

#include <QMutex>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mq::services {

std::shared_ptr<const VenueGeometry> VenueGeometry::of(storage::Database &db, Id venueId)
{
    static QMutex mutex;
    // By database and venue: ids are never reused within one database, but a process (a test)
    // may open several.
    static QHash<std::pair<QString, Id>, std::shared_ptr<const VenueGeometry>> cache;
    const std::pair<QString, Id> key{db.url().displayName(), venueId};
    {
        QMutexLocker lock(&mutex);
        if (const auto it = cache.constFind(key); it != cache.constEnd())
            return *it;
    }
    storage::VenueRepository venues(db);
    const auto venue = venues.findSummary(venueId);
    if (!venue)
        throw ServiceError(RpcError::notFound(u"Venue"_s));
    auto g = std::make_shared<VenueGeometry>();
    g->m_seats = venues.seats(venueId);
    g->m_index.reserve(g->m_seats.size());
    g->m_rowOf.reserve(g->m_seats.size());
    g->m_distance.reserve(g->m_seats.size());
    int lastRowNo = -1;
    for (int i = 0; i < g->m_seats.size(); ++i) {
        const storage::SeatRecord &s = g->m_seats.at(i);
        g->m_index.insert(s.id, i);
        if (i == 0 || s.rowNo != lastRowNo) {
            g->m_rows.append(Row{i, 0});
            lastRowNo = s.rowNo;
        }
        ++g->m_rows.last().count;
        g->m_rowOf.append(int(g->m_rows.size()) - 1);
        g->m_distance.append(std::hypot(s.x - venue->focusX, s.y - venue->focusY));
    }
    QMutexLocker lock(&mutex);
    // Another thread may have built it meanwhile; either copy is the same.
    return *cache.insert(key, g);
}

int VenueGeometry::leftOf(int index) const
{
    if (index <= 0 || m_rowOf.at(index - 1) != m_rowOf.at(index) || m_seats.at(index - 1).aisleAfter)
        return -1;
    return index - 1;
}

int VenueGeometry::rightOf(int index) const
{
    if (index + 1 >= m_seats.size() || m_rowOf.at(index + 1) != m_rowOf.at(index)
        || m_seats.at(index).aisleAfter)
        return -1;
    return index + 1;
}

} // namespace mq::services
