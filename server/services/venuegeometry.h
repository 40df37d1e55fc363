#pragma once

#include "storage/venuerepository.h"

#include <memory>

namespace mq::storage {
class Database;
}

namespace mq::services {

// A venue's seats as seat selection sees them: by id, grouped in rows, with their distance
// from the focus. Layouts never change, so one copy per venue serves every thread.
class VenueGeometry
{
public:
    struct Row
    {
        int first = 0; // index of its first seat
        int count = 0;
    };

    static std::shared_ptr<const VenueGeometry> of(storage::Database &db, Id venueId);

    const QList<storage::SeatRecord> &seats() const { return m_seats; }
    int indexOf(Id seatId) const { return m_index.value(seatId, -1); }
    int rowOf(int index) const { return m_rowOf.at(index); }
    const Row &row(int rowIndex) const { return m_rows.at(rowIndex); }
    int rowCount() const { return int(m_rows.size()); }
    double distance(int index) const { return m_distance.at(index); }
    // The seat beside this one in its row, with no aisle between them; -1 when none.
    int leftOf(int index) const;
    int rightOf(int index) const;

private:
    QList<storage::SeatRecord> m_seats;
    QHash<Id, int> m_index;
    QList<int> m_rowOf;
    QList<Row> m_rows;
    QList<double> m_distance;
};

} // namespace mq::services
