#include "seatmap/venuecache.h"

#include "core/serverconnection.h"
#include "seatmap/seatmaplog.h"
#include "shared/methods.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace mq::client {

namespace {
constexpr int VenueTimeoutMs = 60000; // a stadium is a few megabytes
const QString CacheName = u"marqueeVenueCache"_s;
} // namespace

VenueCache::VenueCache(ServerConnection *connection) : QObject(connection), m_connection(connection)
{
    setObjectName(CacheName);
}

VenueCache *VenueCache::of(ServerConnection *connection)
{
    if (auto *cache = connection->findChild<VenueCache *>(CacheName, Qt::FindDirectChildrenOnly))
        return cache;
    return new VenueCache(connection); // owned by the connection
}

const VenueLayout *VenueCache::cached(Id venueId) const
{
    const auto it = m_layouts.constFind(venueId);
    return it == m_layouts.cend() ? nullptr : &*it;
}

void VenueCache::insert(const VenueLayout &layout)
{
    if (layout.id() > 0)
        m_layouts.insert(layout.id(), layout);
}

void VenueCache::fetch(Id venueId, QObject *context, Callback done)
{
    if (const VenueLayout *layout = cached(venueId)) {
        done(layout, {});
        return;
    }
    Waiter waiter{context, context != nullptr, std::move(done)};
    auto it = m_waiting.find(venueId);
    if (it != m_waiting.end()) {
        it->append(waiter); // already on its way
        return;
    }
    m_waiting.insert(venueId, {waiter});
    ++m_fetches;
    QElapsedTimer timer;
    timer.start();
    m_connection->call(
        methodName(Method::CatalogGetVenue), {{u"venueId"_s, venueId}}, this,
        [this, venueId, timer](const RpcResult &r) {
            const qint64 fetchMs = timer.elapsed();
            QElapsedTimer reading;
            reading.start();
            QString error;
            std::optional<VenueLayout> layout;
            if (r.ok()) {
                layout = VenueLayout::fromJson(r.result.value(u"venue"_s).toObject(), &error);
                if (layout)
                    m_layouts.insert(venueId, *layout);
            } else {
                error = r.message();
            }
            qCInfo(lcSeatMap) << "venue" << venueId << (layout ? layout->seatCount() : 0)
                              << "seats: fetched in" << fetchMs << "ms, read in"
                              << reading.elapsed() << "ms";
            const QList<Waiter> waiting = m_waiting.take(venueId);
            const VenueLayout *result = cached(venueId);
            for (const Waiter &w : waiting) {
                if (!w.done || (w.hasContext && !w.context))
                    continue;
                w.done(result, error);
            }
        },
        VenueTimeoutMs);
}

} // namespace mq::client
