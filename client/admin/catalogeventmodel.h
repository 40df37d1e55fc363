#pragma once

#include "shared/domain.h"

#include <QAbstractTableModel>
#include <QJsonArray>

namespace mq::client {

// The whole catalog as managers edit it: every event with its performances and ticket types.
// Answers to admin.* requests are applied here, so the views stay current without reloading.
class CatalogEventModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn,
        CategoryColumn,
        PerformancesColumn,
        NextColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SortRole
    };

    explicit CatalogEventModel(QObject *parent = nullptr);

    void setEvents(const QList<Event> &events);
    const Event *eventById(Id id) const;
    const Performance *performanceById(Id id) const;
    int rowOf(Id eventId) const;

    void upsertEvent(const Event &event);
    void removeEvent(Id eventId);
    void upsertPerformance(const Performance &performance);
    void removePerformance(Id performanceId);
    void upsertTicketType(const TicketType &ticketType);
    void removeTicketType(Id ticketTypeId);
    // An inventory.changed push: absolute numbers for some ticket types of one performance.
    void applyInventory(Id performanceId, const QJsonArray &ticketTypes);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Performance *findPerformance(Id performanceId, int *eventRow = nullptr);
    void rowChanged(int row);

    QList<Event> m_events;
};

} // namespace mq::client
