#pragma once

#include "core/rpcresult.h"
#include "shared/domain.h"

#include <QObject>

namespace mq::client {

class ServerConnection;

// Copies the ticket types of one performance into another, one admin.createTicketType at a time:
// name, price and capacity; for reserved seating in the same venue, each price category with
// the seats it has there (from seats.getMap and the venue's layout). Types whose name the target
// already has are skipped, so copying twice adds nothing.
class TicketTypeCopier : public QObject
{
    Q_OBJECT
public:
    TicketTypeCopier(ServerConnection *connection, const Performance &source,
                     const Performance &target, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    // Each type as the server created it.
    void created(const mq::TicketType &ticketType);
    // All done, or stopped at the first refusal (`error` says why, for people). `skipped`
    // counts the types left out: already there, or a category without seats.
    void finished(int createdCount, int skippedCount, const QString &error);

private:
    void copyNext();
    void fail(const QString &error);

    struct Job
    {
        TicketType type;
        QList<Id> seatIds;
    };
    ServerConnection *m_connection;
    Performance m_source;
    Performance m_target;
    QList<Job> m_jobs;
    int m_created = 0;
    int m_skipped = 0;
};

} // namespace mq::client
