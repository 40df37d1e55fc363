#pragma once

#include "seatmap/seatgrid.h"
#include "seatmap/seatstate.h"
#include "seatmap/venuelayout.h"
#include "seatmap/venueshape.h"
#include "shared/domain.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>

namespace mq::client {

// Everything the seat map's items paint from, owned by SeatMapView: the layout in scene units,
// each seat's state, price category and selection, and per section its outline and counts.
// Scene units: a seat pitch (the usual distance between neighbours) is SeatMapData::Pitch.
struct SeatMapData
{
    Q_DECLARE_TR_FUNCTIONS(mq::client::SeatMapData)
public:
    static constexpr double Pitch = 20.0;
    enum Flag : quint8
    {
        Selected = 1,
        Mine = 2
    };

    struct RowLabel
    {
        QList<QPointF> at; // before the row, in its wide aisles, after it
        QString text;
    };
    // Consecutive rows of a section in the same price category: one block of colour when zoomed
    // out (a stadium's lower, middle and upper tiers).
    struct Band
    {
        QPolygonF outline;
        Id category = 0;
        int free = 0;
        int onSale = 0;
        bool singleRow = false; // then the outline is the row itself, drawn as a thick line
    };
    struct Section
    {
        QPolygonF outline;      // around the seats (first row, row ends, last row, row starts)
        QPointF centre;         // of the seats
        QRectF bounds;          // what the item paints into
        QPointF labelPos;       // where the name goes when seats are shown
        double labelHeight = 0; // scene units; 0: no name shown
        bool labelRight =
            false; // the name ends at labelPos (beside a cabin) rather than centred on it
        QList<QPair<QPointF, QString>> columns; // cabins: seat letters above the first row
        QList<Band> bands;
        QList<RowLabel> rows;
        int free = 0;    // available seats
        int onSale = 0;  // available, held or sold
        Id dominant = 0; // the category most of its seats are in (0: none)
    };

    VenueLayout layout;
    VenueShape shape = VenueShape::Hall;
    QString focusLabel; // empty: the shape's own word ("Stage", "Screen"…)
    double scale = 1;   // scene units per layout unit
    double seatSize = 16;
    QList<QPointF> pos;  // scene position of each seat's centre
    QList<float> facing; // degrees to turn a seat drawn facing up (−y) so it faces the stage
    QList<SeatState> state;
    // Whether state holds a performance's seats; false for a venue on its own (a preview),
    // whose seats are then counted, never called free.
    bool hasStates = false;
    QList<Id> category;
    QList<quint8> flags;
    int focus = -1; // the keyboard cursor
    int hover = -1;
    QList<TicketType> types;
    QHash<Id, int> typeIndex; // ticket type id → index in types (its colour)
    QList<Section> sections;
    QRectF seatBounds; // the seats' squares, scene units
    QPointF focusPoint;
    double cabinHalfWidth = 0; // aircraft and trains: from the cabin's middle to its wall
    SeatGrid grid;

    void setLayout(const VenueLayout &venue, VenueShape requested, const QString &category);
    // Free and on-sale counts and the dominant category of one section (after state changes).
    void recount(int section);
    void recountAll();
    QPolygonF outlineOf(int section, int firstRow, int lastRow) const;
    // Places the sections' names where no seat is (after positions and sections are known).
    void placeLabels();

    QRectF seatRect(int i) const
    {
        const double h = seatSize / 2;
        return QRectF(pos.at(i).x() - h, pos.at(i).y() - h, seatSize, seatSize);
    }
    bool selected(int i) const { return flags.at(i) & Selected; }
    bool mine(int i) const { return flags.at(i) & Mine; }
    const TicketType *typeOf(int i) const;
    QColor colourOf(Id ticketTypeId) const;
    // Words for one seat: "Stalls, row C, seat 12" (and the price category when known).
    QString describe(int i, bool withState) const;
};

} // namespace mq::client
