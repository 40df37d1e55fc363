#pragma once

#include "seatmap/seatmapdata.h"
#include "seatmap/seatstate.h"
#include "seatmap/venuelayout.h"
#include "seatmap/venueshape.h"
#include "shared/domain.h"

#include <QGraphicsView>
#include <QJsonArray>
#include <QList>

class QGraphicsScene;
class QRubberBand;

namespace mq::client {

class SectionItem;
class VenueBackdropItem;

// A venue's seat map. One item per section paints its seats itself (never one item per seat),
// with level of detail, so a 50,000-seat stadium stays smooth. Zoom with the wheel, + and −
// (0 fits), pan with the middle button, Space + drag or the scroll bars. Click a seat or drag a
// rectangle to select; the arrow keys move a cursor from seat to seat, Space selects the seat
// under it and Enter activates it.
class SeatMapView : public QGraphicsView
{
    Q_OBJECT
public:
    enum class SelectionMode
    {
        None,      // look only
        Available, // a buyer picks seats that are on sale and free
        Any,       // staff pick any seat (sold, blocked, not on sale…) to edit it
    };
    Q_ENUM(SelectionMode)

    explicit SeatMapView(QWidget *parent = nullptr);
    ~SeatMapView() override;

    void setVenueLayout(const VenueLayout &layout);
    const VenueLayout &venueLayout() const { return m_data.layout; }
    // How the surroundings are drawn; Auto guesses (call before setVenueLayout, or it redraws).
    void setVenueShape(VenueShape shape, const QString &eventCategory = {});
    VenueShape venueShape() const { return m_data.shape; }
    // The word at the focus ("Stage", "Screen"…); empty for the shape's default.
    void setFocusLabel(const QString &label);

    // seats.getMap: one letter (a h s b x) per seat in seat order and each seat's ticket type id.
    void setSeatStates(const QString &status, const QList<Id> &categories);
    // seats.changed: [{id, status, ticketTypeId}].
    void applySeatChanges(const QJsonArray &seats);
    // The price categories: colours (in this order), names and prices for the legend and tooltips.
    void setCategories(const QList<TicketType> &types);
    const QList<TicketType> &categories() const { return m_data.types; }
    QColor categoryColor(Id ticketTypeId) const { return m_data.colourOf(ticketTypeId); }

    void setSelectionMode(SelectionMode mode);
    SelectionMode selectionMode() const { return m_mode; }
    QList<Id> selectedSeatIds() const;
    void setSelectedSeatIds(const QList<Id> &ids);
    void clearSelection();
    // At most this many seats can be selected (0: no limit).
    void setMaxSelection(int max);
    int maxSelection() const { return m_maxSelection; }
    // Seats drawn as "yours" (your hold).
    void setHighlightedSeats(const QList<Id> &ids);
    QList<Id> highlightedSeatIds() const;

    // Left-button drags pan instead of selecting a rectangle (touch screens: kiosks).
    void setDragPans(bool pans) { m_dragPans = pans; }

    void fitToView();
    // Where a map starts: the whole of it, or on touch screens (setStartSeatPixels) seats at
    // least that big, around the free seats nearest the stage; it follows resizes until the
    // user zooms or pans.
    void showStart();
    void setStartSeatPixels(double pixels);
    double startSeatPixels() const { return m_startSeatPixels; }
    void zoomIn();
    void zoomOut();
    // Shows the seats (zoomed in enough to tell them apart) and moves the cursor to the first.
    void showSeats(const QList<Id> &ids);
    // Pixels per scene unit; and the seat size on screen now.
    double zoom() const;
    double seatPixels() const;
    // Whether the map currently shows blocks (zoomed out) rather than seats.
    bool showsBlocks() const;
    // What a zoomed-out section's block says under its name ("1,304 free", "1,224 seats").
    QString sectionCaption(int section) const;

    // Reading the seats (for the seat list and tests).
    int seatCount() const { return int(m_data.layout.seatCount()); }
    // Whether seat states were given (a performance), or the map shows a venue on its own.
    bool hasSeatStates() const { return m_data.hasStates; }
    SeatState seatState(int index) const { return m_data.state.at(index); }
    Id seatCategory(int index) const { return m_data.category.at(index); }
    bool isSeatSelected(int index) const { return m_data.selected(index); }
    bool isSeatHighlighted(int index) const { return m_data.mine(index); }
    bool isSelectable(int index) const;
    // Sets one seat's selection as if clicked (respecting the mode and the limit).
    bool setSeatSelected(int index, bool selected);
    // "Stalls, row C, seat 12, Standard ¥45.00, available".
    QString seatDescription(int index) const { return m_data.describe(index, true); }
    // The seat under a viewport point, or -1.
    int seatAt(const QPoint &viewportPos) const;
    // The seat's centre in viewport coordinates (tests, tooltips).
    QPoint seatViewportPos(int index) const;
    QPointF seatScenePos(int index) const { return m_data.pos.at(index); }
    // The keyboard cursor: a seat index or -1.
    int cursorSeat() const { return m_data.focus; }
    void setCursorSeat(int index);

Q_SIGNALS:
    void selectionChanged();
    void seatActivated(mq::Id seatId);
    // The states of these seats (indexes) changed; empty: all of them.
    void seatStatesChanged(const QList<int> &indexes);
    void cursorSeatChanged(int index);
    void selectionLimitReached(int max);
    void layoutChanged();
    void zoomChanged();

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void rebuildScene();
    void scaleBy(double factor, const QPointF &anchorViewport = {});
    void afterZoom();
    void leaveFit();
    QPointF startCentre() const;
    double comfortSeatPixels() const;
    void updateSeat(int index);
    void updateSection(int section);
    void updateSeats(const QList<int> &indexes);
    int sectionOf(int index) const;
    void setHover(int index);
    void moveCursor(const QPointF &direction);
    bool toggle(int index);
    void dropUnselectable();
    void announce(const QString &text);
    // Whether a left-button drag moves the map rather than drawing a selection rectangle.
    bool bandPans() const;
    void finishRubberBand(const QPoint &end, Qt::KeyboardModifiers modifiers);
    QRectF fitRect() const;

    QGraphicsScene *m_scene;
    SeatMapData m_data;
    VenueBackdropItem *m_backdrop = nullptr;
    QList<SectionItem *> m_sections;
    VenueShape m_requestedShape = VenueShape::Auto;
    QString m_eventCategory;
    SelectionMode m_mode = SelectionMode::Available;
    int m_maxSelection = 0;
    int m_selectedCount = 0;
    bool m_dragPans = false;
    double m_startSeatPixels = 0;
    // What a resize does while the user has neither zoomed nor panned.
    enum class Follow
    {
        Fit,   // fit the whole map again
        Start, // the start view again (touch-sized seats)
        None
    };
    Follow m_follow = Follow::Fit;
    bool m_arranging = false; // in showStart()

    // Mouse gestures
    enum class Drag
    {
        None,
        Pending,
        Pan,
        Band
    };
    Drag m_drag = Drag::None;
    QPoint m_pressPos;
    QPoint m_lastPos;
    int m_pressSeat = -1;
    QRubberBand *m_band = nullptr;
    bool m_spaceDown = false;
    bool m_spacePanned = false;
};

} // namespace mq::client
