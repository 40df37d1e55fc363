#pragma once

#include "seatmap/venuelayout.h"
#include "shared/domain.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace mq::client {

class ServerConnection;

// Venue layouts fetched with catalog.getVenue, kept in memory for the session: a layout never
// changes (a new layout is a new venue), so each is fetched once. Requests for a venue already
// on its way share that one call.
class VenueCache : public QObject
{
    Q_OBJECT
public:
    // `layout` is null on failure, with the reason for people in `error`.
    using Callback = std::function<void(const VenueLayout *layout, const QString &error)>;

    // The cache of this connection (created on first use, owned by the connection).
    static VenueCache *of(ServerConnection *connection);

    // Calls `done` with the venue's layout — at once when cached — unless `context` is gone.
    void fetch(Id venueId, QObject *context, Callback done);
    const VenueLayout *cached(Id venueId) const;
    // A layout known without asking (an administrator just created the venue).
    void insert(const VenueLayout &layout);
    // How many catalog.getVenue calls this cache made (tests).
    int fetchCount() const { return m_fetches; }

private:
    explicit VenueCache(ServerConnection *connection);

    struct Waiter
    {
        QPointer<QObject> context;
        bool hasContext = false;
        Callback done;
    };

    ServerConnection *m_connection;
    QHash<Id, VenueLayout> m_layouts;
    QHash<Id, QList<Waiter>> m_waiting;
    int m_fetches = 0;
};

} // namespace mq::client
