#include "seatmap/seatpicker.h"

#include "core/displayformat.h"
#include "core/serverconnection.h"
#include "seatmap/holdcountdown.h"
#include "seatmap/seaterrors.h"
#include "seatmap/seathold.h"
#include "seatmap/seatlegend.h"
#include "seatmap/seatlistmodel.h"
#include "seatmap/seatmaplog.h"
#include "seatmap/seatmapview.h"
#include "seatmap/serverclock.h"
#include "seatmap/venuecache.h"
#include "shared/jsonfields.h"
#include "shared/methods.h"
#include "widgets/elidingcombobox.h"
#include "widgets/theme.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace mq::client {

namespace {
constexpr int MaxSeatsPerHold = 20;     // PROTOCOL.md: hold.create takes 1–20 seats
constexpr int ExpiryPushGraceMs = 2500; // the server pushes an expiry within 2 s
constexpr int GapRetryMs = 1000;
constexpr int GapWaitMs = 250; // out-of-order pushes measured 10–80 ms apart
constexpr int OverdueRecheckMs = 3000; // asking again while the server still keeps a hold
constexpr double KioskSeatPixels = 28; // seats on a kiosk's map start at least this big
} // namespace

SeatPicker::SeatPicker(ServerConnection *connection, Style style, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_style(style)
{
    setObjectName(u"seatPicker"_s);
    m_gapTimer = new QTimer(this);
    m_gapTimer->setSingleShot(true);
    m_gapTimer->setInterval(GapWaitMs);
    connect(m_gapTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcSeatMap) << "seat map version gap stayed open after" << m_mapVersion
                          << "- refetching";
        refreshMap();
    });
    // At the counter the seats held go in a strip under the map, which keeps the card's width.
    QBoxLayout *layout = style == Style::Counter ? static_cast<QBoxLayout *>(new QVBoxLayout(this))
                                                 : static_cast<QBoxLayout *>(new QHBoxLayout(this));
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(style == Style::Counter ? 8 : 16);
    // The map column: the host's header (a kiosk's title and "Back"), then the map.
    auto *mapColumn = new QWidget(this);
    m_mapColumn = new QVBoxLayout(mapColumn);
    m_mapColumn->setContentsMargins(0, 0, 0, 0);
    m_mapColumn->setSpacing(12);
    m_mapColumn->addWidget(buildMapArea(), 1);
    layout->addWidget(mapColumn, 1);
    layout->addWidget(buildPanel());

    connect(m_map, &SeatMapView::selectionChanged, this, &SeatPicker::updateSummary);
    connect(m_map, &SeatMapView::seatActivated, this, [this](Id seatId) {
        // Enter (or a double click) on a seat: take it too, then hold what is chosen.
        const int i = m_map->venueLayout().indexOf(seatId);
        if (i >= 0 && !m_map->isSeatSelected(i) && m_map->isSelectable(i))
            m_map->setSeatSelected(i, true);
        if (!m_map->selectedSeatIds().isEmpty() && !m_busy)
            holdSelected();
    });
    connect(m_map, &SeatMapView::selectionLimitReached, this, [this](int max) {
        showMessage(tr("You can choose up to %n seat(s) at a time.", nullptr, max), true);
    });
    // Zero on this computer's clock: the server decides (a clock running ahead must not give
    // up seats the server still keeps).
    connect(m_countdown, &HoldCountdown::expired, this, &SeatPicker::checkExpiry);
    connect(connection, &ServerConnection::pushReceived, this, &SeatPicker::onPush);
    connect(connection, &ServerConnection::inventoryChanged, this,
            [this](Id performanceId, const QJsonArray &types) {
                if (performanceId != m_performance.id)
                    return;
                for (const QJsonValue &v : types) {
                    const QJsonObject o = v.toObject();
                    const Id id = jsonInteger(o.value(u"id"_s)).value_or(0);
                    for (TicketType &t : m_performance.ticketTypes) {
                        if (t.id != id)
                            continue;
                        t.sold = jsonInteger(o.value(u"sold"_s)).value_or(t.sold);
                        t.held = jsonInteger(o.value(u"held"_s)).value_or(t.held);
                        t.capacity = jsonInteger(o.value(u"capacity"_s)).value_or(t.capacity);
                    }
                }
                updateTypes();
            });
    // After a reconnect the session is resumed: pushes may have been missed, and a hold made
    // just before the line dropped may exist without us knowing.
    connect(connection, &ServerConnection::authenticated, this, [this] {
        if (m_performance.id && !m_map->venueLayout().isEmpty()) {
            refreshMap();
            restoreHold();
        }
    });
    updateSummary();
}

SeatPicker::~SeatPicker()
{
    if (m_connection) {
        if (m_hold) // nobody is going to pay for it: let others have the seats now
            m_connection->call(methodName(Method::HoldRelease), {{u"holdId"_s, m_hold->id}});
        if (m_subscribedHere)
            m_connection->unsubscribe(m_performance.id);
    }
}

QWidget *SeatPicker::buildMapArea()
{
    m_views = new QTabWidget(this);
    m_views->setObjectName(u"seatViewsTabWidget"_s);
    m_views->setDocumentMode(true);

    // The map, with zoom buttons above it and the legend below.
    auto *mapTab = new QWidget(m_views);
    auto *mapLayout = new QVBoxLayout(mapTab);
    mapLayout->setContentsMargins(0, 8, 0, 0);
    mapLayout->setSpacing(8);
    auto *tools = new QHBoxLayout;
    tools->setSpacing(6);
    const bool kiosk = m_style == Style::Kiosk;
    auto *zoomOut = new QPushButton(u"−"_s, mapTab);
    zoomOut->setObjectName(u"zoomOutPushButton"_s);
    zoomOut->setAccessibleName(tr("Zoom out"));
    zoomOut->setToolTip(tr("Zoom out (−)"));
    auto *zoomIn = new QPushButton(u"+"_s, mapTab);
    zoomIn->setObjectName(u"zoomInPushButton"_s);
    zoomIn->setAccessibleName(tr("Zoom in"));
    zoomIn->setToolTip(tr("Zoom in (+)"));
    auto *fit = new QPushButton(tr("Whole map"), mapTab);
    fit->setObjectName(u"fitPushButton"_s);
    fit->setAccessibleName(tr("Show the whole map"));
    fit->setToolTip(tr("Show the whole map (0)"));
    for (QPushButton *b : {zoomOut, zoomIn}) {
        // Square on a desktop; on a kiosk as wide as its padding needs, a fingertip at least.
        if (kiosk)
            b->setMinimumWidth(72);
        else
            b->setFixedWidth(40);
        b->setProperty("role", u"tool"_s);
    }
    fit->setProperty("role", u"tool"_s);
    // (A kiosk says how to choose beside the seats chosen, where the room is.)
    auto *hint = new QLabel(m_style == Style::Counter
                                ? tr("Arrows move, Space picks, Enter holds")
                                : tr("Click or drag over seats to choose · wheel, + or − to "
                                     "zoom · Space + drag to move"),
                            mapTab);
    hint->setProperty("role", u"muted"_s);
    hint->setWordWrap(true);
    hint->setVisible(!kiosk);
    tools->addWidget(zoomOut);
    tools->addWidget(zoomIn);
    tools->addWidget(fit);
    tools->addSpacing(8);
    tools->addWidget(hint, 1);
    if (kiosk)
        tools->addStretch(1);
    mapLayout->addLayout(tools);

    m_mapStack = new QStackedWidget(mapTab);
    m_mapStatus = new QLabel(tr("Loading the seat map…"), m_mapStack);
    m_mapStatus->setObjectName(u"seatMapStatusLabel"_s);
    m_mapStatus->setAlignment(Qt::AlignCenter);
    m_mapStatus->setWordWrap(true);
    m_mapStatus->setProperty("role", u"muted"_s);
    m_map = new SeatMapView(m_mapStack);
    m_map->setMaxSelection(MaxSeatsPerHold);
    m_map->setDragPans(kiosk);
    if (kiosk) // a fingertip's size; the map starts there, around the best seats, and pans
        m_map->setStartSeatPixels(KioskSeatPixels);
    m_mapStack->addWidget(m_mapStatus);
    m_mapStack->addWidget(m_map);
    auto *mapFrame = new QFrame(mapTab);
    mapFrame->setObjectName(u"seatMapFrame"_s);
    mapFrame->setProperty("role", u"mapframe"_s);
    auto *frameLayout = new QVBoxLayout(mapFrame);
    frameLayout->setContentsMargins(1, 1, 1, 1);
    frameLayout->addWidget(m_mapStack);
    mapLayout->addWidget(mapFrame, 1);
    m_legend = new SeatLegend(m_map, mapTab);
    mapLayout->addWidget(m_legend);
    m_views->addTab(mapTab, tr("Seat &map"));

    // The same seats as a table, for screen readers and the keyboard.
    auto *listTab = new QWidget(m_views);
    auto *listLayout = new QVBoxLayout(listTab);
    listLayout->setContentsMargins(0, 8, 0, 0);
    m_onlyFree = new QCheckBox(tr("Only &free seats"), listTab);
    m_onlyFree->setObjectName(u"onlyFreeSeatsCheckBox"_s);
    m_onlyFree->setChecked(true);
    m_list = new SeatListModel(m_map, this);
    m_listFilter = new QSortFilterProxyModel(this);
    m_listFilter->setSourceModel(m_list);
    m_listFilter->setFilterKeyColumn(SeatListModel::StatusColumn);
    m_listFilter->setFilterRole(SeatListModel::StateLetterRole);
    m_listFilter->setFilterFixedString(u"a"_s);
    m_table = new QTableView(listTab);
    m_table->setObjectName(u"seatListTableView"_s);
    m_table->setAccessibleName(tr("Seats"));
    m_table->setAccessibleDescription(tr("Space or Enter selects the seat in the current row."));
    m_table->setModel(m_listFilter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights keep a 50,000-row table fast.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() +
                                                     (kiosk ? 26 : 12));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    listLayout->addWidget(m_onlyFree);
    listLayout->addWidget(m_table, 1);
    m_views->addTab(listTab, tr("Seat &list"));
    connect(m_onlyFree, &QCheckBox::toggled, this,
            [this](bool only) { m_listFilter->setFilterFixedString(only ? u"a"_s : QString()); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex seat = index.siblingAtColumn(SeatListModel::SeatColumn);
        const bool checked = seat.data(Qt::CheckStateRole).toInt() == Qt::Checked;
        m_listFilter->setData(seat, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
    });
    connect(m_views, &QTabWidget::currentChanged, this, [this](int index) {
        if (index != 1)
            return;
        // Names and prices are known by now: make room for them; the notes take the rest.
        for (int column = 0; column < SeatListModel::NotesColumn; ++column)
            m_table->resizeColumnToContents(column);
    });

    connect(zoomOut, &QPushButton::clicked, m_map, &SeatMapView::zoomOut);
    connect(zoomIn, &QPushButton::clicked, m_map, &SeatMapView::zoomIn);
    connect(fit, &QPushButton::clicked, m_map, &SeatMapView::fitToView);
    setTabOrder(zoomOut, zoomIn);
    setTabOrder(zoomIn, fit);
    setTabOrder(fit, m_map);
    return m_views;
}

QWidget *SeatPicker::buildPanel()
{
    const bool kiosk = m_style == Style::Kiosk;
    auto *panel = new QFrame(this);
    panel->setObjectName(u"seatPanel"_s);
    panel->setProperty("role", u"card"_s);
    if (m_style != Style::Counter)
        panel->setFixedWidth(m_style == Style::Kiosk ? 420 : 310);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(16, m_style == Style::Counter ? 10 : 16, 16,
                               m_style == Style::Counter ? 10 : 16);
    layout->setSpacing(m_style == Style::Counter ? 6 : 10);

    // Best available
    m_bestBox = new QWidget(panel);
    m_bestBox->setProperty("wanted", m_style != Style::Counter);
    auto *best = new QGridLayout(m_bestBox);
    best->setContentsMargins(0, 0, 0, 0);
    best->setHorizontalSpacing(8);
    best->setVerticalSpacing(8);
    auto *bestTitle = new QLabel(tr("Best available"), m_bestBox);
    bestTitle->setProperty("role", u"subheading"_s);
    // Long category names ("Second class, table seat · ¥583.00 (12 left)") are shortened with
    // "…" in the box and shown whole in its tooltip and list.
    m_type = new ElidingComboBox(m_bestBox);
    m_type->setObjectName(u"bestTypeComboBox"_s);
    auto *typeLabel = new QLabel(tr("Price &category"), m_bestBox);
    typeLabel->setBuddy(m_type);
    m_quantity = new QSpinBox(m_bestBox);
    m_quantity->setObjectName(u"bestQuantitySpinBox"_s);
    m_quantity->setRange(1, MaxSeatsPerHold);
    m_quantity->setValue(2);
    auto *quantityLabel = new QLabel(tr("Number of &seats"), m_bestBox);
    quantityLabel->setBuddy(m_quantity);
    m_best = new QPushButton(tr("Find &best seats"), m_bestBox);
    m_best->setObjectName(u"bestAvailablePushButton"_s);
    m_best->setToolTip(tr("Hold the best seats together in this category"));
    best->addWidget(bestTitle, 0, 0, 1, 2);
    best->addWidget(typeLabel, 1, 0, 1, 2);
    best->addWidget(m_type, 2, 0, 1, 2);
    best->addWidget(quantityLabel, 3, 0);
    best->addWidget(m_quantity, 3, 1);
    best->addWidget(m_best, 4, 0, 1, 2);
    // The rule under it goes with it.
    auto *rule = new QFrame(m_bestBox);
    rule->setFrameShape(QFrame::HLine);
    rule->setProperty("role", u"rule"_s);
    best->addWidget(rule, 5, 0, 1, 2);
    best->setColumnStretch(0, 1);
    layout->addWidget(m_bestBox);
    if (m_style == Style::Counter)
        m_bestBox->hide();

    // The selection, then the hold.
    m_summaryTitle = new QLabel(panel);
    m_summaryTitle->setObjectName(u"seatSummaryTitleLabel"_s);
    m_summaryTitle->setProperty("role", u"subheading"_s);
    m_summary = new QLabel(panel);
    m_summary->setObjectName(u"seatSummaryLabel"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_total = new QLabel(panel);
    m_total->setObjectName(u"seatTotalLabel"_s);
    m_total->setProperty("role", u"display"_s);
    m_holdButton = new QPushButton(tr("&Hold seats"), panel);
    m_holdButton->setObjectName(u"holdSeatsPushButton"_s);
    m_holdButton->setProperty("role", u"primary"_s);
    m_clearButton = new QPushButton(tr("Clear"), panel);
    m_clearButton->setObjectName(u"clearSelectionPushButton"_s);
    m_clearButton->setAccessibleName(tr("Clear the selection"));
    auto *holdRow = new QHBoxLayout;
    holdRow->addWidget(m_holdButton, 1);
    holdRow->addWidget(m_clearButton);
    m_countdown = new HoldCountdown(panel);
    m_release = new QPushButton(tr("&Release seats"), panel);
    m_release->setObjectName(u"releaseSeatsPushButton"_s);
    m_release->setProperty("role", u"danger"_s);
    m_checkout = new QPushButton(tr("Continue to &payment"), panel);
    m_checkout->setObjectName(u"checkoutPushButton"_s);
    m_checkout->setProperty("role", u"primary"_s);
    m_message = new QLabel(panel);
    m_message->setObjectName(u"seatMessageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setProperty("role", u"muted"_s);
    if (kiosk) {
        for (QPushButton *b : {m_best, m_holdButton, m_clearButton, m_release, m_checkout})
            b->setMinimumHeight(64);
    }
    if (m_style == Style::Counter) {
        // One strip: what is held | total | time left | buttons.
        m_total->setProperty("role", u"subheading"_s);
        auto *strip = new QGridLayout;
        strip->setHorizontalSpacing(14);
        strip->setVerticalSpacing(2);
        strip->addWidget(m_summaryTitle, 0, 0);
        strip->addWidget(m_summary, 1, 0);
        strip->addWidget(m_total, 0, 1, 2, 1, Qt::AlignVCenter);
        strip->addWidget(m_countdown, 0, 2, 2, 1, Qt::AlignVCenter);
        auto *buttons = new QVBoxLayout;
        buttons->setSpacing(4);
        buttons->addLayout(holdRow);
        buttons->addWidget(m_release);
        strip->addLayout(buttons, 0, 3, 2, 1, Qt::AlignVCenter);
        strip->setColumnStretch(0, 1);
        layout->addLayout(strip);
        layout->addWidget(m_message);
        layout->addWidget(m_checkout);
    } else {
        layout->addWidget(m_summaryTitle);
        layout->addWidget(m_summary);
        layout->addWidget(m_total);
        layout->addLayout(holdRow);
        layout->addWidget(m_countdown);
        layout->addWidget(m_release);
        layout->addWidget(m_message);
        layout->addStretch(1);
        layout->addWidget(m_checkout);
    }

    connect(m_best, &QPushButton::clicked, this,
            [this] { bestAvailable(m_type->currentData().toLongLong(), m_quantity->value()); });
    connect(m_holdButton, &QPushButton::clicked, this, &SeatPicker::holdSelected);
    connect(m_clearButton, &QPushButton::clicked, m_map, &SeatMapView::clearSelection);
    connect(m_release, &QPushButton::clicked, this, &SeatPicker::releaseHold);
    connect(m_checkout, &QPushButton::clicked, this, &SeatPicker::checkoutRequested);
    setTabOrder(m_map, m_type);
    setTabOrder(m_type, m_quantity);
    setTabOrder(m_quantity, m_best);
    setTabOrder(m_best, m_holdButton);
    setTabOrder(m_holdButton, m_clearButton);
    setTabOrder(m_clearButton, m_release);
    setTabOrder(m_release, m_checkout);
    return panel;
}

void SeatPicker::setCheckoutVisible(bool visible)
{
    m_checkout->setProperty("wanted", visible);
    updateSummary();
}

void SeatPicker::setBestAvailableVisible(bool visible)
{
    m_bestBox->setProperty("wanted", visible);
    m_bestBox->setVisible(visible && !(m_style == Style::Kiosk && m_hold));
}

void SeatPicker::setMapHeader(QWidget *header)
{
    header->setParent(this);
    m_mapColumn->insertWidget(0, header);
}

void SeatPicker::setPerformance(const Performance &performance, const QString &eventCategory)
{
    if (performance.id != m_performance.id)
        clear();
    const bool fresh = m_performance.id != performance.id || m_map->venueLayout().isEmpty();
    m_performance = performance;
    m_eventCategory = eventCategory;
    if (m_connection && performance.id && !m_connection->isSubscribed(performance.id)) {
        m_connection->subscribe(performance.id);
        m_subscribedHere = true;
    }
    updateTypes();
    if (fresh)
        loadVenue();
}

void SeatPicker::clear()
{
    ++m_loadGeneration;
    ++m_mapRequest;
    if (m_hold && m_connection)
        m_connection->call(methodName(Method::HoldRelease), {{u"holdId"_s, m_hold->id}});
    if (m_hold)
        dropHold();
    if (m_subscribedHere && m_connection)
        m_connection->unsubscribe(m_performance.id);
    m_subscribedHere = false;
    m_performance = {};
    m_mapVersion = 0;
    m_pendingPushes.clear();
    m_gapTimer->stop();
    m_map->setVenueLayout(VenueLayout());
    m_mapStatus->setText(tr("Loading the seat map…"));
    m_mapStack->setCurrentWidget(m_mapStatus);
    setBusy(false);
    showMessage({});
    updateTypes();
}

void SeatPicker::loadVenue()
{
    const quint64 generation = ++m_loadGeneration;
    m_mapVersion = 0;
    m_mapStack->setCurrentWidget(m_mapStatus);
    if (!m_performance.venueId) {
        m_mapStatus->setText(tr("This performance has no seat map."));
        return;
    }
    m_mapStatus->setText(tr("Loading the seat map…"));
    VenueCache::of(m_connection)
        ->fetch(*m_performance.venueId, this,
                [this, generation](const VenueLayout *layout, const QString &error) {
                    if (generation != m_loadGeneration)
                        return;
                    if (!layout) {
                        m_mapStatus->setText(tr("The seat map could not be loaded. %1").arg(error));
                        return;
                    }
                    m_map->setVenueShape(VenueShape::Auto, m_eventCategory);
                    m_map->setVenueLayout(*layout);
                    updateTypes();
                    m_mapStack->setCurrentWidget(m_map);
                    if (std::exchange(m_focusMapWhenShown, false) && m_views->currentIndex() == 0)
                        m_map->setFocus(Qt::OtherFocusReason);
                    refreshMap();
                    restoreHold();
                });
}

void SeatPicker::updateTypes()
{
    QList<TicketType> types = m_performance.ticketTypes;
    std::stable_sort(types.begin(), types.end(), [](const TicketType &a, const TicketType &b) {
        return a.priceCents > b.priceCents;
    });
    if (m_map->categories().size() != types.size() ||
        !std::equal(types.cbegin(), types.cend(), m_map->categories().cbegin(),
                    [](const TicketType &a, const TicketType &b) {
                        return a.id == b.id && a.name == b.name && a.priceCents == b.priceCents;
                    }))
        m_map->setCategories(types);
    const Id keep = m_type->currentData().toLongLong();
    m_type->clear();
    for (const TicketType &t : std::as_const(types)) {
        const qint64 left = std::max<qint64>(0, t.remaining());
        const QString text =
            left > 0 ? tr("%1 · %2 (%Ln left)", nullptr, int(left))
                           .arg(t.name, DisplayFormat::money(t.priceCents))
                     : tr("%1 · %2 (sold out)").arg(t.name, DisplayFormat::money(t.priceCents));
        m_type->addItem(text, t.id);
        // Too long for the box, the name is shortened, never the price.
        if (text.startsWith(t.name))
            m_type->setItemData(m_type->count() - 1, text.mid(t.name.size()),
                                ElidingComboBox::KeepRole);
    }
    const int row = m_type->findData(keep);
    m_type->setCurrentIndex(row >= 0 ? row : 0);
}

void SeatPicker::refreshMap()
{
    if (!m_connection || !m_performance.id || m_map->venueLayout().isEmpty())
        return;
    const quint64 request = ++m_mapRequest;
    const Id performanceId = m_performance.id;
    m_connection->call(methodName(Method::SeatsGetMap), {{u"performanceId"_s, performanceId}}, this,
                       [this, request, performanceId](const RpcResult &r) {
                           if (request != m_mapRequest || performanceId != m_performance.id)
                               return;
                           if (!r.ok()) {
                               showMessage(SeatErrors::message(r), true);
                               return;
                           }
                           const bool first = m_mapVersion == 0;
                           QList<Id> categories;
                           const QJsonArray array = r.result.value(u"categories"_s).toArray();
                           categories.reserve(array.size());
                           for (const QJsonValue &v : array)
                               categories.append(jsonInteger(v).value_or(0));
                           m_map->setSeatStates(r.result.value(u"status"_s).toString(), categories);
                           m_mapVersion = std::max<qint64>(
                               1, jsonInteger(r.result.value(u"version"_s)).value_or(1));
                           ++m_mapFetches;
                           applyPendingPushes(true);
                           if (first)
                               Q_EMIT loaded();
                       });
}

void SeatPicker::onPush(const QString &method, const QJsonObject &params)
{
    if (method != QLatin1String(SeatsChangedPush) ||
        jsonInteger(params.value(u"performanceId"_s)).value_or(0) != m_performance.id ||
        !m_performance.id)
        return;
    m_pendingPushes.append(params);
    if (m_mapVersion > 0)
        applyPendingPushes(false);
}

void SeatPicker::applyPendingPushes(bool justFetched)
{
    std::sort(m_pendingPushes.begin(), m_pendingPushes.end(),
              [](const QJsonObject &a, const QJsonObject &b) {
                  return a.value(u"version"_s).toDouble() < b.value(u"version"_s).toDouble();
              });
    while (!m_pendingPushes.isEmpty()) {
        const qint64 version = jsonInteger(m_pendingPushes.first().value(u"version"_s)).value_or(0);
        if (version <= m_mapVersion) { // already in the map we have
            m_pendingPushes.removeFirst();
            continue;
        }
        if (version != m_mapVersion + 1) {
            // A gap in the versions: usually the missing change is a moment behind (another
            // worker published it), so wait for it; only if it stays missing fetch the whole map.
            // Still a gap right after fetching means it is on its way or lost: drop what is
            // waiting and look once more in a moment, rather than fetching in a loop.
            if (justFetched) {
                qCInfo(lcSeatMap) << "seat map version gap after fetching:" << m_mapVersion
                                  << "then" << version;
                m_gapTimer->stop();
                m_pendingPushes.clear();
                QTimer::singleShot(GapRetryMs, this, &SeatPicker::refreshMap);
            } else if (!m_gapTimer->isActive()) {
                m_gapTimer->start();
            }
            updateSummary();
            return;
        }
        m_gapTimer->stop();
        const QJsonObject push = m_pendingPushes.takeFirst();
        m_map->applySeatChanges(push.value(u"seats"_s).toArray());
        m_mapVersion = version;
        // Our held seats back on sale: the server ended the hold (it ran out on the server's
        // clock, whatever this one says). Ask, and let it go if so.
        if (m_hold && !m_busy) {
            const QList<Id> ours = m_hold->seatIds();
            for (const QJsonValue &v : push.value(u"seats"_s).toArray()) {
                const QJsonObject seat = v.toObject();
                if (ours.contains(jsonInteger(seat.value(u"id"_s)).value_or(0)) &&
                    SeatStates::fromWire(seat.value(u"status"_s).toString()) ==
                        SeatState::Available) {
                    checkExpiry();
                    break;
                }
            }
        }
    }
    updateSummary();
}

QString SeatPicker::seatsText(const QList<Id> &seatIds) const
{
    const VenueLayout &layout = m_map->venueLayout();
    QList<int> indexes;
    for (Id id : seatIds) {
        const int i = layout.indexOf(id);
        if (i >= 0)
            indexes.append(i);
    }
    std::sort(indexes.begin(), indexes.end());
    QStringList lines;
    int lineSection = -1, lineRow = -1;
    QStringList labels;
    const auto flush = [&] {
        if (labels.isEmpty())
            return;
        const VenueLayout::Section &section = layout.sections().at(lineSection);
        lines << tr("%1 · Row %2 · %3")
                     .arg(section.name, section.rows.at(lineRow).label, labels.join(u", "_s));
        labels.clear();
    };
    for (int i : std::as_const(indexes)) {
        const VenueLayout::Seat &seat = layout.seat(i);
        if (seat.section != lineSection || seat.row != lineRow) {
            flush();
            lineSection = seat.section;
            lineRow = seat.row;
        }
        labels << seat.label;
    }
    flush();
    return lines.join(u"\n"_s);
}

QString SeatPicker::heldSeatsText() const
{
    return m_hold ? seatsText(m_hold->seatIds()) : selectionText();
}

QString SeatPicker::selectionText() const
{
    return seatsText(m_map->selectedSeatIds());
}

Cents SeatPicker::selectionTotal() const
{
    Cents total = 0;
    const int n = m_map->seatCount();
    for (int i = 0; i < n; ++i) {
        if (!m_map->isSeatSelected(i))
            continue;
        for (const TicketType &t : m_map->categories()) {
            if (t.id == m_map->seatCategory(i))
                total += t.priceCents;
        }
    }
    return total;
}

void SeatPicker::updateSummary()
{
    const int selected = int(m_map->selectedSeatIds().size());
    const bool wantsCheckout =
        m_checkout->property("wanted").toBool() || !m_checkout->property("wanted").isValid();
    // A kiosk's panel has room for one thing at a time: once seats are held, paying for them.
    if (m_style == Style::Kiosk)
        m_bestBox->setVisible(!m_hold && m_bestBox->property("wanted").toBool());
    if (m_hold) {
        m_summaryTitle->setText(tr("Held for you"));
        m_summary->setText(seatsText(m_hold->seatIds()));
        m_total->setText(DisplayFormat::money(m_hold->totalCents()));
        // (A kiosk's button shares a narrower row with "Clear", in bigger type.)
        m_holdButton->setText(m_style == Style::Kiosk
                                  ? tr("&Add %n seat(s)", nullptr, selected)
                                  : tr("&Add %n seat(s) to the hold", nullptr, selected));
        m_holdButton->setVisible(selected > 0);
        m_clearButton->setVisible(selected > 0);
        m_release->show();
        m_checkout->setVisible(wantsCheckout);
    } else {
        QString hint;
        switch (m_style) {
        case Style::Kiosk:
            hint = tr("Tap the seats you want (drag to move the map), or let us find the best "
                      "ones.");
            break;
        case Style::Counter:
            hint = tr(
                "Number of seats, then F7 for the best available; or F4 to pick them on the map.");
            break;
        case Style::Desktop:
            hint = tr("Choose seats on the map, or let us find the best available ones.");
            break;
        }
        m_summaryTitle->setText(selected > 0 ? tr("%n seat(s) chosen", nullptr, selected)
                                             : tr("Your seats"));
        m_summary->setText(selected > 0 ? selectionText() : hint);
        m_total->setText(selected > 0 ? DisplayFormat::money(selectionTotal()) : QString());
        m_holdButton->setText(tr("&Hold seats"));
        m_holdButton->show();
        m_clearButton->show();
        m_release->hide();
        m_checkout->hide();
    }
    m_total->setAccessibleName(tr("Total %1").arg(m_total->text()));
    m_holdButton->setEnabled(selected > 0 && !m_busy);
    m_clearButton->setEnabled(selected > 0 && !m_busy);
    m_best->setEnabled(!m_busy && m_type->count() > 0 && isLoaded());
    m_release->setEnabled(!m_busy);
    m_checkout->setEnabled(!m_busy && m_hold.has_value());
}

void SeatPicker::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    updateSummary();
    Q_EMIT busyChanged(busy);
}

void SeatPicker::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    const QString role = error ? u"error"_s : u"muted"_s;
    if (m_message->property("role").toString() != role) {
        m_message->setProperty("role", role);
        Theme::repolish(m_message);
    }
    m_message->setAccessibleName(text);
}

void SeatPicker::holdSelected()
{
    if (m_busy || !m_connection)
        return;
    QList<Id> ids = m_map->selectedSeatIds();
    if (ids.isEmpty()) {
        showMessage(tr("Choose seats on the map first."), true);
        return;
    }
    if (!m_hold) {
        requestHold(methodName(Method::HoldCreate),
                    {{u"performanceId"_s, m_performance.id}, {u"seatIds"_s, idsToJson(ids)}}, {});
        return;
    }
    // More seats for an existing hold: one hold with all of them (released, then held again).
    const QList<Id> previous = m_hold->seatIds();
    ids += previous;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    const Id oldHold = m_hold->id;
    setBusy(true);
    m_connection->call(
        methodName(Method::HoldRelease), {{u"holdId"_s, oldHold}}, this,
        [this, ids, previous](const RpcResult &) {
            setBusy(false);
            dropHold();
            requestHold(methodName(Method::HoldCreate),
                        {{u"performanceId"_s, m_performance.id}, {u"seatIds"_s, idsToJson(ids)}},
                        previous);
        });
}

void SeatPicker::bestAvailable(Id ticketTypeId, int quantity)
{
    if (m_busy || !m_connection || !m_performance.id)
        return;
    if (ticketTypeId <= 0) {
        showMessage(tr("Choose a price category."), true);
        return;
    }
    const QJsonObject params{{u"performanceId"_s, m_performance.id},
                             {u"ticketTypeId"_s, ticketTypeId},
                             {u"quantity"_s, std::clamp(quantity, 1, MaxSeatsPerHold)}};
    if (!m_hold) {
        requestHold(methodName(Method::HoldBestAvailable), params, {});
        return;
    }
    // A new choice replaces the seats held so far (kept if nothing better is found).
    const QList<Id> previous = m_hold->seatIds();
    const Id oldHold = m_hold->id;
    setBusy(true);
    m_connection->call(methodName(Method::HoldRelease), {{u"holdId"_s, oldHold}}, this,
                       [this, params, previous](const RpcResult &) {
                           setBusy(false);
                           dropHold();
                           requestHold(methodName(Method::HoldBestAvailable), params, previous);
                       });
}

void SeatPicker::requestHold(const QString &method, const QJsonObject &params,
                             const QList<Id> &reholdOnFailure)
{
    setBusy(true);
    showMessage(tr("Holding your seats…"));
    m_connection->call(method, params, this, [this, reholdOnFailure](const RpcResult &r) {
        setBusy(false);
        if (r.ok()) {
            m_map->clearSelection();
            adoptHold(holdFromJson(r.result.value(u"hold"_s).toObject()));
            m_map->showSeats(m_hold->seatIds());
            showMessage(tr("%n seat(s) held for you. Pay before the time runs out.", nullptr,
                           int(m_hold->seatIds().size())));
            Q_EMIT holdMade();
            return;
        }
        showMessage(SeatErrors::message(r, &m_map->venueLayout()), true);
        if (r.kind == RpcResult::Kind::Timeout || r.kind == RpcResult::Kind::Disconnected) {
            restoreHold(); // it may have been made before the line dropped
            return;
        }
        if (r.is(ErrorCode::Conflict, u"seat_taken"_s)) {
            // Those seats are gone: unselect them and make sure the map shows it.
            QList<Id> keep = m_map->selectedSeatIds();
            const QList<Id> taken = idsFromJson(r.error.data.value(u"seatIds"_s).toArray());
            keep.removeIf([&taken](Id id) { return taken.contains(id); });
            m_map->setSelectedSeatIds(keep);
            refreshMap();
        }
        if (!reholdOnFailure.isEmpty()) {
            // Keep what was held before the new choice failed, if it is still there.
            m_connection->call(methodName(Method::HoldCreate),
                               {{u"performanceId"_s, m_performance.id},
                                {u"seatIds"_s, idsToJson(reholdOnFailure)}},
                               this, [this](const RpcResult &again) {
                                   if (again.ok())
                                       adoptHold(
                                           holdFromJson(again.result.value(u"hold"_s).toObject()));
                               });
        }
    });
}

void SeatPicker::releaseHold()
{
    if (!m_hold || m_busy || !m_connection)
        return;
    setBusy(true);
    m_connection->call(methodName(Method::HoldRelease), {{u"holdId"_s, m_hold->id}}, this,
                       [this](const RpcResult &r) {
                           setBusy(false);
                           if (r.ok() || r.is(ErrorCode::Gone) || r.is(ErrorCode::NotFound)) {
                               dropHold();
                               showMessage(tr("The seats were released."));
                               return;
                           }
                           showMessage(SeatErrors::message(r, &m_map->venueLayout()), true);
                       });
}

void SeatPicker::adoptHold(const Hold &hold)
{
    m_hold = hold;
    const QList<Id> seats = hold.seatIds();
    m_map->setHighlightedSeats(seats);
    m_map->setMaxSelection(std::max(1, MaxSeatsPerHold - int(seats.size())));
    // The time left as the server counts it, taken now that its answer is here, and counted
    // down on a steady clock from here on.
    m_holdDeadline =
        m_connection ? ServerClock::of(m_connection)->deadline(hold.expiresAt) : QDeadlineTimer(0);
    m_countdown->start(m_holdDeadline);
    updateSummary();
    Q_EMIT holdChanged();
}

void SeatPicker::dropHold()
{
    const bool had = m_hold.has_value();
    m_hold.reset();
    m_map->setHighlightedSeats({});
    m_map->setMaxSelection(MaxSeatsPerHold);
    m_countdown->stop();
    updateSummary();
    if (had)
        Q_EMIT holdChanged();
}

void SeatPicker::forgetHold()
{
    dropHold();
    showMessage({});
}

void SeatPicker::holdLost(const QString &why)
{
    dropHold();
    showMessage(why, true);
    refreshMap();
    // The server pushes the seats as free within a couple of seconds of the expiry.
    QTimer::singleShot(ExpiryPushGraceMs, this, &SeatPicker::refreshMap);
}

void SeatPicker::checkExpiry()
{
    if (!m_hold || !m_connection)
        return;
    m_countdown->setChecking(true);
    const Id holdId = m_hold->id;
    const Id performanceId = m_performance.id;
    m_connection->call(
        methodName(Method::HoldListMine), {{u"performanceId"_s, performanceId}}, this,
        [this, holdId](const RpcResult &r) {
            if (!m_hold || m_hold->id != holdId)
                return;
            bool kept = false;
            for (const QJsonValue &v : r.result.value(u"holds"_s).toArray())
                kept = kept || holdFromJson(v.toObject()).id == holdId;
            if (!r.ok() || !kept) {
                holdLost(tr("Your hold has ended and the seats are back on sale. Choose seats "
                            "again to continue."));
                return;
            }
            // Still kept: this computer's clock runs ahead of the server's. The seats stay
            // held until the server ends the hold (its push, or the next look).
            qCInfo(lcSeatMap) << "hold" << holdId << "still held past the local countdown";
            m_countdown->setChecking(true);
            QTimer::singleShot(OverdueRecheckMs, this, [this, holdId] {
                if (m_hold && m_hold->id == holdId && m_countdown->secondsLeft() == 0)
                    checkExpiry();
            });
        });
}

void SeatPicker::restoreHold()
{
    if (!m_connection || !m_performance.id)
        return;
    const Id performanceId = m_performance.id;
    m_connection->call(
        methodName(Method::HoldListMine), {{u"performanceId"_s, performanceId}}, this,
        [this, performanceId](const RpcResult &r) {
            if (!r.ok() || performanceId != m_performance.id)
                return;
            std::optional<Hold> latest;
            const QJsonArray holds = r.result.value(u"holds"_s).toArray();
            for (const QJsonValue &v : holds) {
                const Hold h = holdFromJson(v.toObject());
                if (h.performanceId != performanceId || h.seatIds().isEmpty())
                    continue;
                if (!latest || h.expiresAt > latest->expiresAt)
                    latest = h;
            }
            if (latest) {
                if (!m_hold || m_hold->id != latest->id || m_hold->expiresAt != latest->expiresAt) {
                    adoptHold(*latest);
                    showMessage(tr("Your seats are still held for you."));
                }
            } else if (m_hold) {
                holdLost(tr(
                    "Your hold ended while the connection was away; the seats are back on sale."));
            }
        });
}

void SeatPicker::focusMap()
{
    m_views->setCurrentIndex(0);
    // Still loading: the map takes the keyboard when it appears.
    m_focusMapWhenShown = m_mapStack->currentWidget() != m_map;
    m_map->setFocus(Qt::ShortcutFocusReason);
}

void SeatPicker::focusBestAvailable()
{
    m_type->setFocus(Qt::ShortcutFocusReason);
}

} // namespace mq::client
