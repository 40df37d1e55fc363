#include "seatmap/seatlegend.h"

#include "core/displayformat.h"
#include "seatmap/flowlayout.h"
#include "seatmap/seatmapstyle.h"
#include "seatmap/seatmapview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace mq::client {

namespace {

QPixmap swatch(SeatState state, const QColor &colour, unsigned marks, qreal dpr)
{
    constexpr int Size = 20;
    QPixmap pixmap(QSize(Size, Size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    SeatMapStyle::paintSeat(&p, QRectF(1, 1, Size - 2, Size - 2), state, colour, marks);
    return pixmap;
}

} // namespace

SeatLegend::SeatLegend(SeatMapView *map, QWidget *parent) : QWidget(parent), m_map(map)
{
    setObjectName(u"seatLegend"_s);
    setAccessibleName(tr("Legend"));
    m_flow = new FlowLayout(this);
    connect(map, &SeatMapView::seatStatesChanged, this, [this] { refresh(); });
    connect(map, &SeatMapView::layoutChanged, this, &SeatLegend::refresh);
    connect(map, &SeatMapView::selectionChanged, this, &SeatLegend::refresh);
    refresh();
}

QStringList SeatLegend::entries() const
{
    return m_entries;
}

void SeatLegend::addEntry(const QPixmap &icon, const QString &text)
{
    auto *entry = new QWidget(this);
    auto *row = new QHBoxLayout(entry);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);
    auto *picture = new QLabel(entry);
    picture->setPixmap(icon);
    auto *label = new QLabel(text, entry);
    label->setProperty("role", u"muted"_s);
    row->addWidget(picture);
    row->addWidget(label);
    m_flow->addWidget(entry);
    m_entries.append(text);
}

void SeatLegend::refresh()
{
    bool present[5] = {};
    bool accessible = false, companion = false, restricted = false, mine = false;
    const int n = m_map->seatCount();
    const VenueLayout &layout = m_map->venueLayout();
    for (int i = 0; i < n; ++i) {
        const bool yours = m_map->isSeatHighlighted(i);
        if (!yours) // your own held seats are "held for you", not "held by someone else"
            present[int(m_map->seatState(i))] = true;
        mine = mine || yours;
        const VenueLayout::Seat &seat = layout.seat(i);
        accessible = accessible || seat.accessible;
        companion = companion || seat.companion;
        restricted = restricted || seat.restrictedView;
    }
    const bool selecting = m_map->selectionMode() != SeatMapView::SelectionMode::None;
    QString signature;
    for (const TicketType &t : m_map->categories())
        signature += u"%1:%2:%3;"_s.arg(t.id).arg(t.name).arg(t.priceCents);
    for (bool b : present)
        signature += b ? u'1' : u'0';
    for (bool b : {accessible, companion, restricted, mine, selecting})
        signature += b ? u'1' : u'0';
    if (signature == m_signature)
        return;
    m_signature = signature;
    m_flow->clearWidgets();
    m_entries.clear();
    const qreal dpr = devicePixelRatioF();
    for (const TicketType &t : m_map->categories())
        addEntry(
            swatch(SeatState::Available, m_map->categoryColor(t.id), SeatMapStyle::NoMark, dpr),
            tr("%1 %2").arg(t.name, DisplayFormat::money(t.priceCents)));
    if (m_map->categories().isEmpty() && present[int(SeatState::Available)])
        addEntry(
            swatch(SeatState::Available, SeatMapStyle::neutralColor(), SeatMapStyle::NoMark, dpr),
            tr("Available"));
    const QColor grey = SeatMapStyle::neutralColor();
    if (selecting)
        addEntry(swatch(SeatState::Available, grey, SeatMapStyle::Selected, dpr), tr("Selected"));
    if (mine)
        addEntry(swatch(SeatState::Held, grey, SeatMapStyle::Mine, dpr), tr("Held for you"));
    if (present[int(SeatState::Held)])
        addEntry(swatch(SeatState::Held, grey, SeatMapStyle::NoMark, dpr),
                 tr("Held by someone else"));
    if (present[int(SeatState::Sold)])
        addEntry(swatch(SeatState::Sold, grey, SeatMapStyle::NoMark, dpr), tr("Sold"));
    if (present[int(SeatState::Blocked)])
        addEntry(swatch(SeatState::Blocked, grey, SeatMapStyle::NoMark, dpr), tr("Blocked"));
    if (present[int(SeatState::NotOnSale)])
        addEntry(swatch(SeatState::NotOnSale, grey, SeatMapStyle::NoMark, dpr), tr("Not on sale"));
    if (accessible)
        addEntry(swatch(SeatState::Available, grey, SeatMapStyle::Accessible, dpr),
                 tr("Wheelchair place"));
    if (companion)
        addEntry(swatch(SeatState::Available, grey, SeatMapStyle::Companion, dpr),
                 tr("Companion seat"));
    if (restricted)
        addEntry(swatch(SeatState::Available, grey, SeatMapStyle::Restricted, dpr),
                 tr("Restricted view"));
    setAccessibleDescription(m_entries.join(u", "_s));
    updateGeometry();
}

} // namespace mq::client
