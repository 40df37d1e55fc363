#pragma once

#include "shared/domain.h"
#include "shared/seating.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>

#include <memory>
#include <vector>

// A venue's seats as the load generator needs them: ids in venue order (= ascending id), the row
// each seat is in, wheelchair places. Built once from the admin.createVenue answer, shared read
// only by every buyer.
class SeatVenue
{
public:
    static std::shared_ptr<const SeatVenue> fromVenueJson(const QJsonObject &venue);

    int size() const { return int(m_ids.size()); }
    mq::Id id(int index) const { return m_ids[size_t(index)]; }
    const std::vector<mq::Id> &ids() const { return m_ids; }
    // The index of a seat id, or -1.
    int indexOf(mq::Id id) const;
    // The first and one-past-the-last index of the row the seat is in.
    int rowBegin(int index) const { return m_rowBegin[size_t(index)]; }
    int rowEnd(int index) const { return m_rowEnd[size_t(index)]; }
    bool accessible(int index) const { return m_accessible[size_t(index)] != 0; }
    int rowCount() const { return m_rows; }

private:
    std::vector<mq::Id> m_ids;
    std::vector<int> m_rowBegin;
    std::vector<int> m_rowEnd;
    std::vector<char> m_accessible;
    QHash<mq::Id, int> m_index; // only when the ids are not one contiguous run
    mq::Id m_firstId = 0;
    bool m_contiguous = true;
    int m_rows = 0;
};

// One performance's seat map as a client keeps it: seats.getMap, then seats.changed pushes applied
// strictly in version order (pushes may arrive out of order; later ones wait for the missing
// ones). Keeps the free seats in a set, so picking a random free seat is O(1) at any fill.
class SeatMapCopy
{
public:
    explicit SeatMapCopy(std::shared_ptr<const SeatVenue> venue);

    // A seats.getMap answer. Pushes already buffered beyond its version are applied after it.
    // Returns false if the answer does not fit the venue.
    bool load(const QJsonObject &getMapResult);
    // A seats.changed push (params). Returns how many pushes were applied (0 when buffered or old).
    int push(const QJsonObject &params);

    bool isLoaded() const { return m_version > 0; }
    qint64 version() const { return m_version; }
    // Pushes waiting for an earlier version: a gap if it does not fill soon.
    qsizetype pendingPushes() const { return m_pending.size(); }
    qint64 firstPendingVersion() const { return m_pending.isEmpty() ? 0 : m_pending.firstKey(); }
    qint64 appliedPushes() const { return m_applied; }

    char status(int index) const { return m_status[size_t(index)]; }
    const std::vector<char> &statuses() const { return m_status; }
    mq::Id category(int index) const { return m_category[size_t(index)]; }
    // This copy's own guess until the next push: e.g. seats a seat_taken answer named.
    void setStatus(int index, char status);

    int freeCount() const { return int(m_free.size()); }
    // Free seats of a category that hold.bestAvailable may give (not wheelchair places).
    int freeForBestAvailable(mq::Id category) const { return m_freeByCategory.value(category); }
    // A uniformly random free seat's index, or -1.
    int randomFree() const;
    bool isFree(int index) const { return m_status[size_t(index)] == mq::SeatStatus::Available; }

    const SeatVenue &venue() const { return *m_venue; }

private:
    void apply(const QJsonArray &seats);
    void set(int index, char status, mq::Id category);
    void place(int index, char status); // the free set follows the status

    std::shared_ptr<const SeatVenue> m_venue;
    std::vector<char> m_status;
    std::vector<mq::Id> m_category;
    std::vector<int> m_free;        // indexes of free seats
    std::vector<int> m_freePos;     // index -> position in m_free, or -1
    qint64 m_version = 0;
    QHash<mq::Id, int> m_freeByCategory;
    QMap<qint64, QJsonArray> m_pending; // version -> seats, waiting for earlier versions
    qint64 m_applied = 0;
};
