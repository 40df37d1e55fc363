#include "seatmap/seatmapview.h"

#include "core/displayformat.h"
#include "seatmap/seatmaplog.h"
#include "seatmap/seatmapstyle.h"
#include "seatmap/sectionitem.h"
#include "seatmap/venuebackdropitem.h"
#include "shared/jsonfields.h"

#include <QAccessible>
#include <QApplication>
#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QHelpEvent>
#include <QJsonObject>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QRubberBand>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace mq::client {

namespace {
constexpr double MaxSeatPixels = 72;     // zooming in stops when a seat is this big
constexpr double FitMaxSeatPixels = 40;  // a tiny venue is not blown up beyond this on "fit"
constexpr double ComfortSeatPixels = 16; // where keyboard and "show seats" zoom to
} // namespace

SeatMapView::SeatMapView(QWidget *parent) : QGraphicsView(parent)
{
    setObjectName(u"seatMapView"_s);
    m_scene = new QGraphicsScene(this);
    m_scene->setItemIndexMethod(QGraphicsScene::NoIndex); // a few dozen items: a list is fastest
    setScene(m_scene);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setCacheMode(QGraphicsView::CacheBackground);
    setOptimizationFlags(QGraphicsView::DontAdjustForAntialiasing);
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setDragMode(QGraphicsView::NoDrag);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    setBackgroundBrush(SeatMapStyle::backgroundColor());
    setMinimumSize(240, 180);
    setAccessibleName(tr("Seat map"));
    setAccessibleDescription(tr(
        "Arrow keys move from seat to seat, Space selects, plus and minus zoom, 0 fits the map."));
    m_band = new QRubberBand(QRubberBand::Rectangle, viewport());
    m_band->hide();
    m_backdrop = new VenueBackdropItem(&m_data);
    m_scene->addItem(m_backdrop);
}

SeatMapView::~SeatMapView()
{
    // The items paint from m_data, which goes before the scene (a child) does.
    m_scene->clear();
}

void SeatMapView::setVenueShape(VenueShape shape, const QString &eventCategory)
{
    m_requestedShape = shape;
    m_eventCategory = eventCategory;
    if (!m_data.layout.isEmpty()) {
        m_data.shape =
            shape == VenueShape::Auto ? VenueShapes::detect(m_data.layout, eventCategory) : shape;
        m_backdrop->rebuild();
        m_scene->update();
    }
}

void SeatMapView::setFocusLabel(const QString &label)
{
    m_data.focusLabel = label;
    m_backdrop->update();
}

void SeatMapView::setVenueLayout(const VenueLayout &layout)
{
    QElapsedTimer timer;
    timer.start();
    m_selectedCount = 0;
    m_data.setLayout(layout, m_requestedShape, m_eventCategory);
    rebuildScene();
    qCDebug(lcSeatMap) << "seat map of" << layout.seatCount() << "seats built in" << timer.elapsed()
                       << "ms";
    Q_EMIT layoutChanged();
    Q_EMIT seatStatesChanged({});
    Q_EMIT selectionChanged();
}

void SeatMapView::rebuildScene()
{
    for (SectionItem *item : std::as_const(m_sections))
        delete item;
    m_sections.clear();
    m_backdrop->rebuild();
    QRectF all = m_backdrop->boundingRect() | m_data.seatBounds;
    for (int s = 0; s < m_data.sections.size(); ++s) {
        auto *item = new SectionItem(&m_data, s);
        m_scene->addItem(item);
        m_sections.append(item);
        all |= item->boundingRect();
    }
    const double margin = SeatMapData::Pitch * 6;
    m_scene->setSceneRect(all.adjusted(-margin, -margin, margin, margin));
    resetCachedContent();
    showStart();
}

QRectF SeatMapView::fitRect() const
{
    return (m_backdrop->essentialRect() | m_data.seatBounds)
        .adjusted(-SeatMapData::Pitch * 1.2, -SeatMapData::Pitch * 1.2, SeatMapData::Pitch * 1.2,
                  SeatMapData::Pitch * 1.2);
}

void SeatMapView::fitToView()
{
    if (m_data.layout.isEmpty())
        return;
    // The whole map is on screen: nothing to scroll to, and no scroll bars taking room.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    fitInView(fitRect(), Qt::KeepAspectRatio);
    // A little air around the map, whatever its size.
    scale(0.96, 0.96);
    centerOn(fitRect().center());
    if (seatPixels() > FitMaxSeatPixels) {
        const double k = FitMaxSeatPixels / seatPixels();
        scale(k, k);
        centerOn(fitRect().center());
    }
    m_follow = Follow::Fit;
    afterZoom();
}

void SeatMapView::setStartSeatPixels(double pixels)
{
    m_startSeatPixels = std::clamp(pixels, 0.0, MaxSeatPixels);
    if (m_follow != Follow::None)
        showStart();
}

void SeatMapView::showStart()
{
    if (m_data.layout.isEmpty() || m_arranging)
        return;
    const QScopedValueRollback arranging(m_arranging, true);
    // What "fit" would give, measured without scroll bars: switching them on and off here
    // would resize the viewport, and that resize would come back here, for ever.
    const QRectF fit = fitRect();
    const QSize room = maximumViewportSize();
    const double fitZoom = std::min(room.width() / std::max(1.0, fit.width()),
                                    room.height() / std::max(1.0, fit.height())) *
                           0.96;
    const double startZoom = m_startSeatPixels / m_data.seatSize;
    if (m_startSeatPixels <= 0 || fitZoom >= startZoom) {
        fitToView(); // the whole map is big enough to touch
        return;
    }
    leaveFit();
    setTransform(QTransform::fromScale(startZoom, startZoom));
    centerOn(startCentre());
    m_follow = Follow::Start;
    afterZoom();
}

QPointF SeatMapView::startCentre() const
{
    // The free seat nearest the stage (else any seat) and the middle of its section; moved
    // towards that seat as far as needed to keep it on screen, a seat's pitch from the edge.
    int best = m_data.grid.nearest(m_data.focusPoint, 1e12, [this](int i) {
        return m_data.state.at(i) == SeatState::Available && !m_data.mine(i);
    });
    if (best < 0)
        best = m_data.grid.nearest(m_data.focusPoint, 1e12);
    if (best < 0)
        return fitRect().center();
    const QPointF seat = m_data.pos.at(best);
    QPointF centre = m_data.sections.at(sectionOf(best)).centre;
    const double z = std::max(1e-9, zoom());
    const double halfW = std::max(0.0, viewport()->width() / z / 2 - SeatMapData::Pitch * 1.5);
    const double halfH = std::max(0.0, viewport()->height() / z / 2 - SeatMapData::Pitch * 1.5);
    centre.setX(std::clamp(centre.x(), seat.x() - halfW, seat.x() + halfW));
    centre.setY(std::clamp(centre.y(), seat.y() - halfH, seat.y() + halfH));
    return centre;
}

double SeatMapView::comfortSeatPixels() const
{
    return std::max(ComfortSeatPixels, m_startSeatPixels);
}

double SeatMapView::zoom() const
{
    return transform().m11();
}

double SeatMapView::seatPixels() const
{
    return m_data.seatSize * zoom();
}

bool SeatMapView::showsBlocks() const
{
    return seatPixels() < SectionItem::BlockBelowPx;
}

QString SeatMapView::sectionCaption(int section) const
{
    return section >= 0 && section < m_sections.size() ? m_sections.at(section)->caption()
                                                       : QString();
}

void SeatMapView::zoomIn()
{
    scaleBy(1.4);
}

void SeatMapView::zoomOut()
{
    scaleBy(1 / 1.4);
}

void SeatMapView::scaleBy(double factor, const QPointF &anchorViewport)
{
    if (m_data.layout.isEmpty())
        return;
    const QRectF fit = fitRect();
    const double fitZoom = std::min(viewport()->width() / std::max(1.0, fit.width()),
                                    viewport()->height() / std::max(1.0, fit.height()));
    const double minZoom = std::min(fitZoom * 0.7, FitMaxSeatPixels / m_data.seatSize);
    const double maxZoom = MaxSeatPixels / m_data.seatSize;
    const double target = std::clamp(zoom() * factor, minZoom, maxZoom);
    const double k = target / zoom();
    if (std::abs(k - 1) < 1e-6)
        return;
    const QPointF anchor =
        anchorViewport.isNull() ? QPointF(viewport()->rect().center()) : anchorViewport;
    const QPointF sceneAnchor = mapToScene(anchor.toPoint());
    scale(k, k);
    // Keep the point under the anchor where it was.
    const QPointF moved = mapFromScene(sceneAnchor);
    const QPointF delta = moved - anchor;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + int(std::lround(delta.x())));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + int(std::lround(delta.y())));
    leaveFit();
    afterZoom();
}

void SeatMapView::leaveFit()
{
    m_follow = Follow::None;
    if (horizontalScrollBarPolicy() != Qt::ScrollBarAsNeeded)
        setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    if (verticalScrollBarPolicy() != Qt::ScrollBarAsNeeded)
        setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
}

void SeatMapView::afterZoom()
{
    setRenderHint(QPainter::Antialiasing, seatPixels() >= SectionItem::DetailFromPx);
    setRenderHint(QPainter::TextAntialiasing, true);
    Q_EMIT zoomChanged();
}

void SeatMapView::setSeatStates(const QString &status, const QList<Id> &categories)
{
    const bool first = !m_data.hasStates;
    const qsizetype n = m_data.layout.seatCount();
    if (status.size() != n)
        qCWarning(lcSeatMap) << "seat map status has" << status.size() << "seats, the venue" << n;
    for (qsizetype i = 0; i < n; ++i) {
        m_data.state[i] =
            i < status.size() ? SeatStates::fromLetter(status.at(i)) : SeatState::NotOnSale;
        m_data.category[i] = i < categories.size() ? categories.at(i) : 0;
    }
    m_data.hasStates = true;
    m_data.recountAll();
    dropUnselectable();
    m_scene->update();
    // The start view aims at free seats: now they are known.
    if (first && m_startSeatPixels > 0 && m_follow != Follow::None)
        showStart();
    Q_EMIT seatStatesChanged({});
}

void SeatMapView::applySeatChanges(const QJsonArray &seats)
{
    QList<int> changed;
    QList<int> sections;
    for (const QJsonValue &v : seats) {
        const QJsonObject o = v.toObject();
        const int i = m_data.layout.indexOf(jsonInteger(o.value(u"id"_s)).value_or(0));
        if (i < 0)
            continue;
        m_data.state[i] = SeatStates::fromWire(o.value(u"status"_s).toString());
        if (o.contains(u"ticketTypeId"_s))
            m_data.category[i] = jsonInteger(o.value(u"ticketTypeId"_s)).value_or(0);
        changed.append(i);
        const int s = m_data.layout.seat(i).section;
        if (!sections.contains(s))
            sections.append(s);
    }
    if (changed.isEmpty())
        return;
    for (int s : std::as_const(sections))
        m_data.recount(s);
    dropUnselectable();
    if (showsBlocks()) {
        for (int s : std::as_const(sections))
            updateSection(s);
    } else {
        updateSeats(changed);
    }
    Q_EMIT seatStatesChanged(changed);
}

void SeatMapView::setCategories(const QList<TicketType> &types)
{
    m_data.types = types;
    m_data.typeIndex.clear();
    for (int i = 0; i < types.size(); ++i)
        m_data.typeIndex.insert(types.at(i).id, i);
    m_scene->update();
    Q_EMIT seatStatesChanged({});
}

void SeatMapView::setSelectionMode(SelectionMode mode)
{
    m_mode = mode;
    if (mode == SelectionMode::None)
        clearSelection();
    else
        dropUnselectable();
}

bool SeatMapView::isSelectable(int index) const
{
    if (index < 0 || index >= m_data.state.size())
        return false;
    switch (m_mode) {
    case SelectionMode::None:
        return false;
    case SelectionMode::Any:
        return true;
    case SelectionMode::Available:
        break;
    }
    return m_data.state.at(index) == SeatState::Available && !m_data.mine(index);
}

QList<Id> SeatMapView::selectedSeatIds() const
{
    QList<Id> ids;
    ids.reserve(m_selectedCount);
    for (int i = 0; i < m_data.flags.size(); ++i) {
        if (m_data.flags.at(i) & SeatMapData::Selected)
            ids.append(m_data.layout.seat(i).id);
    }
    return ids;
}

void SeatMapView::setSelectedSeatIds(const QList<Id> &ids)
{
    QList<int> wanted;
    for (Id id : ids) {
        const int i = m_data.layout.indexOf(id);
        if (i >= 0 && isSelectable(i))
            wanted.append(i);
    }
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
    if (m_maxSelection > 0 && wanted.size() > m_maxSelection)
        wanted.resize(m_maxSelection);
    bool changed = false;
    for (int i = 0; i < m_data.flags.size(); ++i) {
        const bool want = std::binary_search(wanted.cbegin(), wanted.cend(), i);
        if (want != m_data.selected(i)) {
            m_data.flags[i] ^= SeatMapData::Selected;
            changed = true;
            updateSeat(i);
        }
    }
    m_selectedCount = int(wanted.size());
    if (changed)
        Q_EMIT selectionChanged();
}

void SeatMapView::clearSelection()
{
    if (m_selectedCount == 0)
        return;
    setSelectedSeatIds({});
}

void SeatMapView::setMaxSelection(int max)
{
    m_maxSelection = std::max(0, max);
    if (m_maxSelection > 0 && m_selectedCount > m_maxSelection) {
        QList<Id> keep = selectedSeatIds();
        keep.resize(m_maxSelection);
        setSelectedSeatIds(keep);
    }
}

void SeatMapView::setHighlightedSeats(const QList<Id> &ids)
{
    QList<int> changed;
    QList<int> wanted;
    for (Id id : ids) {
        const int i = m_data.layout.indexOf(id);
        if (i >= 0)
            wanted.append(i);
    }
    std::sort(wanted.begin(), wanted.end());
    for (int i = 0; i < m_data.flags.size(); ++i) {
        const bool want = std::binary_search(wanted.cbegin(), wanted.cend(), i);
        if (want != m_data.mine(i)) {
            m_data.flags[i] ^= SeatMapData::Mine;
            changed.append(i);
        }
    }
    if (changed.isEmpty())
        return;
    updateSeats(changed);
    dropUnselectable();
    Q_EMIT seatStatesChanged(changed);
}

QList<Id> SeatMapView::highlightedSeatIds() const
{
    QList<Id> ids;
    for (int i = 0; i < m_data.flags.size(); ++i) {
        if (m_data.flags.at(i) & SeatMapData::Mine)
            ids.append(m_data.layout.seat(i).id);
    }
    return ids;
}

bool SeatMapView::setSeatSelected(int index, bool selected)
{
    if (index < 0 || index >= m_data.flags.size() || m_data.selected(index) == selected)
        return false;
    return toggle(index);
}

bool SeatMapView::toggle(int index)
{
    if (index < 0 || index >= m_data.flags.size() || m_mode == SelectionMode::None)
        return false;
    if (m_data.selected(index)) {
        m_data.flags[index] &= quint8(~SeatMapData::Selected);
        --m_selectedCount;
    } else {
        if (!isSelectable(index))
            return false;
        if (m_maxSelection > 0 && m_selectedCount >= m_maxSelection) {
            Q_EMIT selectionLimitReached(m_maxSelection);
            return false;
        }
        m_data.flags[index] |= SeatMapData::Selected;
        ++m_selectedCount;
    }
    updateSeat(index);
    if (index == m_data.focus)
        announce(m_data.describe(index, true));
    Q_EMIT selectionChanged();
    return true;
}

void SeatMapView::dropUnselectable()
{
    if (m_selectedCount == 0 || m_mode == SelectionMode::Any)
        return;
    bool changed = false;
    for (int i = 0; i < m_data.flags.size(); ++i) {
        if (m_data.selected(i) && !isSelectable(i)) {
            m_data.flags[i] &= quint8(~SeatMapData::Selected);
            --m_selectedCount;
            changed = true;
            updateSeat(i);
        }
    }
    if (changed)
        Q_EMIT selectionChanged();
}

int SeatMapView::sectionOf(int index) const
{
    return index >= 0 && index < m_data.layout.seatCount() ? m_data.layout.seat(index).section : -1;
}

void SeatMapView::updateSeat(int index)
{
    const int s = sectionOf(index);
    if (s < 0 || s >= m_sections.size())
        return;
    if (showsBlocks()) {
        m_sections.at(s)->update();
        return;
    }
    const double m = m_data.seatSize * 0.5;
    m_sections.at(s)->update(m_data.seatRect(index).adjusted(-m, -m, m, m));
}

void SeatMapView::updateSection(int section)
{
    if (section >= 0 && section < m_sections.size())
        m_sections.at(section)->update();
}

void SeatMapView::updateSeats(const QList<int> &indexes)
{
    // Many seats at once: repaint their sections rather than queue thousands of rectangles.
    if (indexes.size() > 200) {
        QList<int> sections;
        for (int i : indexes) {
            const int s = sectionOf(i);
            if (!sections.contains(s))
                sections.append(s);
        }
        for (int s : std::as_const(sections))
            updateSection(s);
        return;
    }
    for (int i : indexes)
        updateSeat(i);
}

int SeatMapView::seatAt(const QPoint &viewportPos) const
{
    if (m_data.layout.isEmpty())
        return -1;
    const QPointF scenePos = mapToScene(viewportPos);
    // Fingers are less precise than a mouse: on touch screens (dragging pans) reach further.
    const double slopPx = m_dragPans ? 12.0 : 3.0;
    const double radius = std::max(m_data.seatSize * 0.62, slopPx / std::max(1e-9, zoom()));
    return m_data.grid.nearest(scenePos, radius);
}

QPoint SeatMapView::seatViewportPos(int index) const
{
    return mapFromScene(m_data.pos.at(index));
}

void SeatMapView::setHover(int index)
{
    if (index == m_data.hover)
        return;
    const int old = m_data.hover;
    m_data.hover = index;
    updateSeat(old);
    updateSeat(index);
    viewport()->setCursor(index >= 0 && isSelectable(index) ? Qt::PointingHandCursor
                                                            : Qt::ArrowCursor);
}

void SeatMapView::setCursorSeat(int index)
{
    if (index >= m_data.layout.seatCount())
        index = -1;
    if (index == m_data.focus)
        return;
    const int old = m_data.focus;
    m_data.focus = index;
    updateSeat(old);
    updateSeat(index);
    if (index >= 0)
        announce(m_data.describe(index, true));
    Q_EMIT cursorSeatChanged(index);
}

void SeatMapView::announce(const QString &text)
{
    // The seat under the cursor is this widget's description: screen readers read it out.
    setAccessibleDescription(text);
    if (QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
}

void SeatMapView::moveCursor(const QPointF &direction)
{
    if (m_data.layout.isEmpty())
        return;
    int next = -1;
    if (m_data.focus < 0) {
        // Start at the selectable seat nearest the middle of what is on screen.
        const QPointF centre = mapToScene(viewport()->rect().center());
        next = m_data.grid.nearest(centre, 1e12, [this](int i) { return isSelectable(i); });
        if (next < 0)
            next = m_data.grid.nearest(centre, 1e12);
    } else {
        next = m_data.grid.neighbour(m_data.focus, direction);
    }
    if (next < 0)
        return;
    if (seatPixels() < comfortSeatPixels() * 0.75)
        scaleBy(comfortSeatPixels() / seatPixels(), mapFromScene(m_data.pos.at(next)));
    setCursorSeat(next);
    const double m = SeatMapData::Pitch * 2;
    ensureVisible(m_data.seatRect(next).adjusted(-m, -m, m, m), 20, 20);
}

void SeatMapView::showSeats(const QList<Id> &ids)
{
    QRectF box;
    int first = -1;
    for (Id id : ids) {
        const int i = m_data.layout.indexOf(id);
        if (i < 0)
            continue;
        box |= m_data.seatRect(i);
        if (first < 0)
            first = i;
    }
    if (first < 0)
        return;
    if (seatPixels() < comfortSeatPixels() * 0.75)
        scaleBy(comfortSeatPixels() / seatPixels());
    else if (m_follow == Follow::Start)
        leaveFit(); // moved away from the start view: a resize keeps these seats in view
    centerOn(box.center());
    setCursorSeat(first);
}

void SeatMapView::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, SeatMapStyle::backgroundColor());
}

void SeatMapView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (delta.y() == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    scaleBy(std::pow(1.0015, delta.y()), event->position());
    event->accept();
}

void SeatMapView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    m_pressPos = m_lastPos = event->position().toPoint();
    if (event->button() == Qt::MiddleButton) {
        m_drag = Drag::Pan;
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton) {
        m_drag = Drag::Pending;
        m_pressSeat = seatAt(m_pressPos);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void SeatMapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint p = event->position().toPoint();
    if (m_drag == Drag::Pending &&
        (p - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
        if (bandPans()) {
            m_drag = Drag::Pan;
            m_spacePanned = m_spaceDown;
            viewport()->setCursor(Qt::ClosedHandCursor);
        } else {
            m_drag = Drag::Band;
            m_band->setGeometry(QRect(m_pressPos, p).normalized());
            m_band->show();
        }
    }
    switch (m_drag) {
    case Drag::Pan: {
        const QPoint d = p - m_lastPos;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
        if (m_follow != Follow::None)
            leaveFit();
        break;
    }
    case Drag::Band:
        m_band->setGeometry(QRect(m_pressPos, p).normalized());
        break;
    case Drag::None:
        setHover(seatAt(p));
        break;
    case Drag::Pending:
        break;
    }
    m_lastPos = p;
    event->accept();
}

void SeatMapView::mouseReleaseEvent(QMouseEvent *event)
{
    const Drag drag = std::exchange(m_drag, Drag::None);
    const QPoint p = event->position().toPoint();
    switch (drag) {
    case Drag::Pan:
        viewport()->setCursor(Qt::ArrowCursor);
        break;
    case Drag::Band:
        m_band->hide();
        finishRubberBand(p, event->modifiers());
        break;
    case Drag::Pending:
        if (event->button() != Qt::LeftButton)
            break;
        // Pressed here, released over there with no move in between that started a drag (a
        // quick flick, or moves merged away): still a rectangle, never a click on a block.
        if ((p - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
            if (!bandPans())
                finishRubberBand(p, event->modifiers());
            break;
        }
        if (showsBlocks()) {
            // A click on a block zooms into that section.
            const QPointF scenePos = mapToScene(p);
            const int near =
                m_data.grid.nearest(scenePos, std::max(SeatMapData::Pitch * 2, 8.0 / zoom()));
            if (near < 0) {
                scaleBy(2.0, p);
                break;
            }
            scaleBy(comfortSeatPixels() / seatPixels(), p);
            centerOn(m_data.sections.at(sectionOf(near)).centre);
            break;
        }
        if (m_pressSeat >= 0 && m_pressSeat == seatAt(p)) {
            setCursorSeat(m_pressSeat);
            toggle(m_pressSeat);
        }
        break;
    case Drag::None:
        QGraphicsView::mouseReleaseEvent(event);
        return;
    }
    event->accept();
}

void SeatMapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const int i = seatAt(event->position().toPoint());
        if (i >= 0) {
            Q_EMIT seatActivated(m_data.layout.seat(i).id);
            event->accept();
            return;
        }
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

bool SeatMapView::bandPans() const
{
    return m_spaceDown || m_dragPans || m_mode == SelectionMode::None;
}

void SeatMapView::finishRubberBand(const QPoint &end, Qt::KeyboardModifiers modifiers)
{
    const QRectF rect = mapToScene(QRect(m_pressPos, end).normalized()).boundingRect();
    const QList<int> inside = m_data.grid.inRect(rect);
    QList<Id> ids;
    if (modifiers & (Qt::ControlModifier | Qt::ShiftModifier))
        ids = selectedSeatIds();
    bool truncated = false;
    const bool adding = !ids.isEmpty();
    for (int i : inside) {
        if (!isSelectable(i) || (adding && m_data.selected(i)))
            continue;
        if (m_maxSelection > 0 && ids.size() >= m_maxSelection) {
            truncated = true;
            break;
        }
        ids.append(m_data.layout.seat(i).id);
    }
    setSelectedSeatIds(ids);
    if (truncated)
        Q_EMIT selectionLimitReached(m_maxSelection);
}

void SeatMapView::keyPressEvent(QKeyEvent *event)
{
    const bool plain =
        !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    switch (event->key()) {
    case Qt::Key_Left:
        moveCursor(QPointF(-1, 0));
        return;
    case Qt::Key_Right:
        moveCursor(QPointF(1, 0));
        return;
    case Qt::Key_Up:
        moveCursor(QPointF(0, -1));
        return;
    case Qt::Key_Down:
        moveCursor(QPointF(0, 1));
        return;
    case Qt::Key_Space:
        if (!event->isAutoRepeat()) {
            m_spaceDown = true;
            m_spacePanned = false;
        }
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_data.focus >= 0) {
            Q_EMIT seatActivated(m_data.layout.seat(m_data.focus).id);
            return;
        }
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomOut();
        return;
    case Qt::Key_0:
        if (plain) {
            fitToView();
            return;
        }
        break;
    case Qt::Key_Home:
        if (!m_data.layout.isEmpty()) {
            setCursorSeat(0);
            ensureVisible(m_data.seatRect(0), 40, 40);
            return;
        }
        break;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void SeatMapView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        const bool panned = m_spacePanned;
        m_spaceDown = false;
        m_spacePanned = false;
        if (!panned && m_data.focus >= 0)
            toggle(m_data.focus);
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void SeatMapView::focusInEvent(QFocusEvent *event)
{
    QGraphicsView::focusInEvent(event);
    if (m_data.focus >= 0)
        updateSeat(m_data.focus);
}

void SeatMapView::focusOutEvent(QFocusEvent *event)
{
    QGraphicsView::focusOutEvent(event);
    m_spaceDown = false;
    if (m_data.focus >= 0)
        updateSeat(m_data.focus);
}

void SeatMapView::leaveEvent(QEvent *event)
{
    setHover(-1);
    QGraphicsView::leaveEvent(event);
}

void SeatMapView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_follow != Follow::None && !m_arranging)
        showStart(); // the whole map, unless its seats would then be too small to touch
}

bool SeatMapView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int i = seatAt(help->pos());
        if (i < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const VenueLayout::Seat &seat = m_data.layout.seat(i);
        if (showsBlocks()) {
            const SeatMapData::Section &section = m_data.sections.at(seat.section);
            const int seats = m_data.layout.sections().at(seat.section).seatCount;
            const QString count = !m_data.hasStates ? tr("%Ln seats", nullptr, seats)
                                  : section.onSale == 0
                                      ? tr("Not on sale")
                                      : tr("%Ln seats free", nullptr, section.free);
            QToolTip::showText(
                help->globalPos(),
                u"<b>%1</b><br>%2"_s.arg(seat.sectionName.toHtmlEscaped(), count.toHtmlEscaped()),
                viewport());
            return true;
        }
        QString html = u"<b>%1</b>"_s.arg(tr("%1 · Row %2 · Seat %3")
                                              .arg(seat.sectionName, seat.rowLabel, seat.label)
                                              .toHtmlEscaped());
        if (const TicketType *type = m_data.typeOf(i))
            html += u"<br>"_s + tr("%1 — %2")
                                    .arg(type->name, DisplayFormat::money(type->priceCents))
                                    .toHtmlEscaped();
        if (m_data.hasStates) {
            const QString status =
                m_data.mine(i) ? tr("Held for you") : SeatStates::name(m_data.state.at(i));
            html += u"<br>"_s + status.toHtmlEscaped();
        }
        QStringList notes;
        if (seat.accessible)
            notes << tr("Wheelchair place");
        if (seat.companion)
            notes << tr("Companion seat (next to a wheelchair place)");
        if (seat.restrictedView)
            notes << tr("Restricted view");
        if (!seat.note.isEmpty())
            notes << seat.note;
        for (const QString &note : std::as_const(notes))
            html += u"<br><i>"_s + note.toHtmlEscaped() + u"</i>"_s;
        const QRect area(seatViewportPos(i) - QPoint(int(seatPixels()), int(seatPixels())),
                         QSize(int(seatPixels() * 2), int(seatPixels() * 2)));
        QToolTip::showText(help->globalPos(), html, viewport(), area);
        return true;
    }
    return QGraphicsView::viewportEvent(event);
}

} // namespace mq::client
