#pragma once

#include "shared/domain.h"

#include <QAbstractTableModel>

namespace mq::client {

// The venues managers may sell seats in, as admin.listVenues gives them: name and seat count.
// Feeds the Venues tab's list and the performance form's venue choice.
class VenueListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Venue
    {
        Id id = 0;
        QString name;
        qint64 seatCount = 0;
        QString timeZone; // IANA id: its performances' times are read in it
    };
    enum Column
    {
        NameColumn,
        SeatsColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1
    };

    explicit VenueListModel(QObject *parent = nullptr);

    // From admin.listVenues' {venues: [{id, name, seatCount, timeZone}]}.
    void setVenues(const QJsonArray &venues);
    void upsert(const Venue &venue);
    void remove(Id venueId);
    bool hasLoaded() const { return m_loaded; }
    const Venue *venue(int row) const;
    const Venue *venueById(Id venueId) const;
    int rowOf(Id venueId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Venue> m_venues;
    bool m_loaded = false;
};

} // namespace mq::client
