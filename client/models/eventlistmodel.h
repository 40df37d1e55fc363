#pragma once

#include "shared/domain.h"

#include <QAbstractListModel>
#include <QJsonArray>

namespace mq::client {

// Events of the catalog, each with its listed performances, for list views. Pushed numbers
// (inventory.changed) and fresh performances keep what they show current.
class EventListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        CategoryRole,
        FirstStartRole,  // QDateTime of the earliest listed performance
        SummaryRole,     // "next date · venue · from ¥45.00"
        WhenRole,        // "next date · 4 dates"
        WhereRole,       // "venue · from ¥45.00"
        VenueRole,       // "venue" of the first listed performance
        FromPriceRole,   // "from ¥45.00", or empty without tickets
    };

    explicit EventListModel(QObject *parent = nullptr);

    void setEvents(const QList<Event> &events);
    const Event *event(int row) const;
    int rowOf(Id eventId) const;
    // Applies an inventory.changed push to the performance it concerns, wherever it is listed.
    void applyInventory(Id performanceId, const QJsonArray &ticketTypes);
    // Replaces a listed performance with a fresher copy of it (catalog.getPerformance).
    void updatePerformance(const Performance &performance);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The cheapest ticket of an event, or -1 when it has none.
    static Cents lowestPrice(const Event &event);

Q_SIGNALS:
    // The numbers of a listed performance changed.
    void performanceChanged(mq::Id eventId, mq::Id performanceId);

private:
    Performance *findPerformance(Id performanceId, int *row);

    QList<Event> m_events;
};

} // namespace mq::client
