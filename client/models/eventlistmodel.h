#pragma once

#include "shared/domain.h"

#include <QAbstractListModel>

namespace mq::client {

// Events of the catalog, each with its listed performances, for list views.
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
    };

    explicit EventListModel(QObject *parent = nullptr);

    void setEvents(const QList<Event> &events);
    const Event *event(int row) const;
    int rowOf(Id eventId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The cheapest ticket of an event, or -1 when it has none.
    static Cents lowestPrice(const Event &event);

private:
    QList<Event> m_events;
};

} // namespace mq::client
