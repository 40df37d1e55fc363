#pragma once

#include "shared/domain.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <optional>

namespace mq::client {

// A venue's seats as a seat map draws them: flat, in the venue's seat order (sections, rows,
// seats as given, which is also ascending seat id), with positions in the layout's own units
// (x to the right, y away from the stage, screen or cockpit). A value type; cheap to copy.
class VenueLayout
{
    Q_DECLARE_TR_FUNCTIONS(mq::client::VenueLayout)
public:
    struct Seat
    {
        Id id = 0;
        int section = 0; // index into sections()
        int row = 0;     // index into sections()[section].rows
        QString sectionName;
        QString rowLabel;
        QString label;
        QPointF pos;
        bool accessible = false;
        bool aisleAfter = false;
        bool companion = false;
        bool restrictedView = false;
        QString note;
    };
    struct Row
    {
        QString label;
        int firstSeat = 0; // index into seats()
        int seatCount = 0;
    };
    struct Section
    {
        QString name;
        int firstSeat = 0;
        int seatCount = 0;
        QList<Row> rows;
    };

    VenueLayout() = default;

    // Accepts a Venue as catalog.getVenue answers it (seats keep their ids), a bare layout
    // {focus?, sections} as admin.createVenue takes it (seats get ids 1..n in order), or a sample
    // venue file {name, layout}. On failure *error says what is wrong, for people.
    static std::optional<VenueLayout> fromJson(const QJsonObject &venueOrLayout,
                                               QString *error = nullptr);

    Id id() const { return m_id; }
    QString name() const { return m_name; }
    bool isEmpty() const { return m_seats.isEmpty(); }
    qsizetype seatCount() const { return m_seats.size(); }
    const QList<Seat> &seats() const { return m_seats; }
    const Seat &seat(int index) const { return m_seats.at(index); }
    const QList<Section> &sections() const { return m_sections; }
    // The seat's index in seats(), or -1.
    int indexOf(Id seatId) const;
    // The seats' centres' bounding box, in layout units.
    QRectF bounds() const { return m_bounds; }
    // The point seats are judged from: the stage, screen or cockpit.
    QPointF focus() const { return m_focus; }
    // The usual distance between neighbouring seats of a row (the median), in layout units.
    double pitch() const { return m_pitch; }
    // The most seats any row has.
    int widestRow() const { return m_widestRow; }

private:
    void finish(bool hasFocus);

    Id m_id = 0;
    QString m_name;
    QList<Seat> m_seats;
    QList<Section> m_sections;
    QHash<Id, int> m_index; // empty when ids are firstId + index
    Id m_firstId = 0;
    QRectF m_bounds;
    QPointF m_focus;
    double m_pitch = 1.0;
    int m_widestRow = 0;
};

} // namespace mq::client
