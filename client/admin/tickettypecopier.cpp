#include "admin/tickettypecopier.h"

#include "core/serverconnection.h"
#include "seatmap/venuecache.h"
#include "shared/jsonfields.h"
#include "shared/methods.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace mq::client {

TicketTypeCopier::TicketTypeCopier(ServerConnection *connection, const Performance &source,
                                   const Performance &target, QObject *parent)
    : QObject(parent), m_connection(connection), m_source(source), m_target(target)
{
}

void TicketTypeCopier::start()
{
    QSet<QString> taken;
    for (const TicketType &t : std::as_const(m_target.ticketTypes))
        taken.insert(t.name.trimmed().toCaseFolded());
    for (const TicketType &t : std::as_const(m_source.ticketTypes)) {
        if (taken.contains(t.name.trimmed().toCaseFolded()))
            ++m_skipped;
        else
            m_jobs.append(Job{t, {}});
    }
    const bool seated = m_target.seating == SeatingReserved;
    if (!seated || m_jobs.isEmpty()) {
        copyNext();
        return;
    }
    if (m_source.seating != SeatingReserved || m_source.venueId != m_target.venueId ||
        !m_target.venueId) {
        fail(tr("Price categories can only be copied from a performance in the same venue."));
        return;
    }
    // Which seats each category has: the map gives a category per seat in the venue's seat
    // order, the layout the seat ids in that order.
    m_connection->call(
        methodName(Method::SeatsGetMap), {{u"performanceId"_s, m_source.id}}, this,
        [this](const RpcResult &map) {
            if (!map.ok()) {
                fail(map.message());
                return;
            }
            const QJsonArray categories = map.result.value(u"categories"_s).toArray();
            VenueCache::of(m_connection)
                ->fetch(*m_target.venueId, this,
                        [this, categories](const VenueLayout *layout, const QString &error) {
                            if (!layout) {
                                fail(error);
                                return;
                            }
                            QHash<Id, QList<Id>> seatsOf;
                            const qsizetype n = qMin(categories.size(), layout->seatCount());
                            for (qsizetype i = 0; i < n; ++i) {
                                const Id category = jsonInteger(categories.at(i)).value_or(0);
                                if (category > 0)
                                    seatsOf[category].append(layout->seat(int(i)).id);
                            }
                            QList<Job> withSeats;
                            for (Job &job : m_jobs) {
                                job.seatIds = seatsOf.value(job.type.id);
                                if (job.seatIds.isEmpty())
                                    ++m_skipped; // a category needs its seats
                                else
                                    withSeats.append(job);
                            }
                            m_jobs = withSeats;
                            copyNext();
                        });
        },
        60000);
}

void TicketTypeCopier::copyNext()
{
    if (m_jobs.isEmpty()) {
        Q_EMIT finished(m_created, m_skipped, QString());
        return;
    }
    const Job job = m_jobs.takeFirst();
    QJsonObject params{{u"performanceId"_s, m_target.id},
                       {u"name"_s, job.type.name},
                       {u"priceCents"_s, job.type.priceCents}};
    if (m_target.seating == SeatingReserved) {
        QJsonArray ids;
        for (Id id : job.seatIds)
            ids.append(id);
        params.insert(u"seatIds"_s, ids);
    } else {
        params.insert(u"capacity"_s, job.type.capacity);
    }
    m_connection->call(methodName(Method::AdminCreateTicketType), params, this,
                       [this](const RpcResult &r) {
                           if (!r.ok()) {
                               fail(r.message());
                               return;
                           }
                           ++m_created;
                           Q_EMIT created(TicketType::fromJson(
                               r.result.value(u"ticketType"_s).toObject()));
                           copyNext();
                       });
}

void TicketTypeCopier::fail(const QString &error)
{
    m_jobs.clear();
    Q_EMIT finished(m_created, m_skipped, error);
}

} // namespace mq::client
