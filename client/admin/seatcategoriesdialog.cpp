#include "admin/seatcategoriesdialog.h"

#include "admin/pricecategorydialog.h"
#include "core/displayformat.h"
#include "core/serverconnection.h"
#include "seatmap/seatmapstyle.h"
#include "seatmap/seatmapview.h"
#include "shared/jsonfields.h"
#include "widgets/elidingcombobox.h"
#include "widgets/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mq::client {

namespace {

constexpr int SectionRole = Qt::UserRole + 1;
constexpr int RowRole = Qt::UserRole + 2;
constexpr int CategoryRole = Qt::UserRole + 3;
// Pseudo categories in the list: seats in none, and blocked seats.
constexpr Id NotOnSaleRow = 0;
constexpr Id BlockedRow = -1;

QFrame *card(QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setProperty("role", u"card"_s);
    return frame;
}

QLabel *subheading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setProperty("role", u"subheading"_s);
    return label;
}

QIcon swatch(const QColor &colour, bool crossed = false)
{
    QPixmap pixmap(28, 28);
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour.darker(130), 1));
    painter.setBrush(colour);
    painter.drawRoundedRect(QRectF(1.5, 1.5, 11, 11), 3, 3);
    if (crossed) {
        painter.setPen(QPen(Qt::white, 1.6));
        painter.drawLine(QPointF(4, 7), QPointF(10, 7));
    }
    return QIcon(pixmap);
}

QTreeWidget *tree(const QString &objectName, const QString &accessibleName,
                  const QStringList &headers, QWidget *parent)
{
    auto *t = new QTreeWidget(parent);
    t->setObjectName(objectName);
    t->setAccessibleName(accessibleName);
    t->setHeaderLabels(headers);
    t->setUniformRowHeights(true);
    t->setAlternatingRowColors(true);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->header()->setStretchLastSection(false);
    t->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    return t;
}

} // namespace

SeatCategoriesDialog::SeatCategoriesDialog(ServerConnection *connection,
                                           const Performance &performance,
                                           const QString &eventTitle, QWidget *parent)
    : QDialog(parent), m_connection(connection), m_performance(performance),
      m_eventTitle(eventTitle)
{
    setObjectName(u"seatCategoriesDialog"_s);
    setWindowTitle(tr("Seats and Prices — %1").arg(eventTitle));
    Theme::sizeToScreen(this, QSize(1320, 820));

    m_heading = new QLabel(tr("Seats and prices"), this);
    m_heading->setProperty("role", u"heading"_s);
    m_subheading = new QLabel(this);
    m_subheading->setObjectName(u"seatCategoriesSubheadingLabel"_s);
    m_subheading->setProperty("role", u"muted"_s);
    m_subheading->setText(
        tr("%1 · %2 · %3")
            .arg(eventTitle, DisplayFormat::showTime(performance.startsAt, performance.timeZone), performance.venue));

    // Left: sections and rows, to select whole ones.
    auto *left = card(this);
    auto *rowsLabel = new QLabel(tr("Sections and &rows"), left);
    rowsLabel->setProperty("role", u"subheading"_s);
    m_rows = tree(u"sectionRowsTreeWidget"_s, tr("Sections and rows"),
                  {tr("Section / row"), tr("Seats")}, left);
    rowsLabel->setBuddy(m_rows);
    m_rows->setToolTip(tr("Enter or double-click selects a row or a whole section"));
    m_selectRow = new QPushButton(tr("Select ro&w"), left);
    m_selectRow->setObjectName(u"selectRowPushButton"_s);
    m_selectSection = new QPushButton(tr("Select s&ection"), left);
    m_selectSection->setObjectName(u"selectSectionPushButton"_s);
    m_addToSelection = new QCheckBox(tr("&Add to the selection"), left);
    m_addToSelection->setObjectName(u"addToSelectionCheckBox"_s);
    m_addToSelection->setToolTip(tr("Keep the seats already selected"));
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(14, 12, 14, 12);
    leftLayout->setSpacing(8);
    leftLayout->addWidget(rowsLabel);
    leftLayout->addWidget(m_rows, 1);
    auto *selectButtons = new QHBoxLayout;
    selectButtons->addWidget(m_selectRow);
    selectButtons->addWidget(m_selectSection);
    leftLayout->addLayout(selectButtons);
    leftLayout->addWidget(m_addToSelection);

    // Middle: the map.
    auto *middle = card(this);
    auto *mapLabel = new QLabel(tr("Seat ma&p"), middle);
    mapLabel->setProperty("role", u"subheading"_s);
    m_map = new SeatMapView(middle);
    m_map->setObjectName(u"categoriesSeatMapView"_s);
    m_map->setAccessibleName(tr("Seat map: select seats to price or block"));
    m_map->setSelectionMode(SeatMapView::SelectionMode::Any);
    mapLabel->setBuddy(m_map);
    m_mapStatus = new QLabel(tr("Loading the seat map…"), middle);
    m_mapStatus->setObjectName(u"seatMapStatusLabel"_s);
    m_mapStatus->setProperty("role", u"muted"_s);
    m_mapStatus->setWordWrap(true);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(14, 12, 14, 12);
    middleLayout->setSpacing(8);
    middleLayout->addWidget(mapLabel);
    middleLayout->addWidget(m_map, 1);
    middleLayout->addWidget(m_mapStatus);

    // Right: the categories and what to do with the selected seats.
    auto *right = card(this);
    auto *categoriesLabel = subheading(tr("Price categories"), right);
    m_categories = tree(u"categoriesTreeWidget"_s, tr("Price categories"),
                        {tr("Category"), tr("Price"), tr("Seats")}, right);
    m_categories->setRootIsDecorated(false);
    m_categories->setToolTip(tr("Double-click a category to select its seats"));
    m_newCategory = new QPushButton(tr("&New price category…"), right);
    m_newCategory->setObjectName(u"newCategoryPushButton"_s);
    m_newCategory->setProperty("role", u"primary"_s);
    m_newCategory->setToolTip(tr("Make a price category of the selected seats"));
    m_selectCategory = new QPushButton(tr("Select &its seats"), right);
    m_selectCategory->setObjectName(u"selectCategoryPushButton"_s);

    auto *selectionLabel = subheading(tr("Selected seats"), right);
    m_summary = new QLabel(right);
    m_summary->setObjectName(u"selectionSummaryLabel"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_moveTarget = new ElidingComboBox(right);
    m_moveTarget->setObjectName(u"moveTargetComboBox"_s);
    auto *moveLabel = new QLabel(tr("Move &to"), right);
    moveLabel->setBuddy(m_moveTarget);
    m_move = new QPushButton(tr("&Move"), right);
    m_move->setObjectName(u"moveSeatsPushButton"_s);
    m_move->setToolTip(tr("Move the selected seats into this category"));
    m_block = new QPushButton(tr("&Block"), right);
    m_block->setObjectName(u"blockSeatsPushButton"_s);
    m_block->setToolTip(tr("Take the selected seats off sale (a camera position, a broken seat…)"));
    m_unblock = new QPushButton(tr("&Unblock"), right);
    m_unblock->setObjectName(u"unblockSeatsPushButton"_s);
    m_unblock->setToolTip(tr("Put the selected blocked seats back"));
    m_clear = new QPushButton(tr("C&lear selection"), right);
    m_clear->setObjectName(u"clearSelectionPushButton"_s);
    m_message = new QLabel(right);
    m_message->setObjectName(u"seatCategoriesMessageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(14, 12, 14, 12);
    rightLayout->setSpacing(8);
    rightLayout->addWidget(categoriesLabel);
    rightLayout->addWidget(m_categories);
    auto *categoryButtons = new QHBoxLayout;
    categoryButtons->addWidget(m_newCategory);
    categoryButtons->addWidget(m_selectCategory);
    categoryButtons->addStretch(1);
    rightLayout->addLayout(categoryButtons);
    auto *rule = new QFrame(right);
    rule->setFrameShape(QFrame::HLine);
    rule->setStyleSheet(u"color: #e1e4ea;"_s);
    rightLayout->addSpacing(4);
    rightLayout->addWidget(rule);
    rightLayout->addWidget(selectionLabel);
    rightLayout->addWidget(m_summary);
    auto *moveRow = new QHBoxLayout;
    moveRow->addWidget(moveLabel);
    moveRow->addWidget(m_moveTarget, 1);
    moveRow->addWidget(m_move);
    rightLayout->addLayout(moveRow);
    auto *blockRow = new QHBoxLayout;
    blockRow->addWidget(m_block);
    blockRow->addWidget(m_unblock);
    blockRow->addStretch(1);
    blockRow->addWidget(m_clear);
    rightLayout->addLayout(blockRow);
    rightLayout->addWidget(m_message);
    rightLayout->addStretch(1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"seatCategoriesSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(middle);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes({240, 680, 390});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(u"closeSeatCategoriesPushButton"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(10);
    auto *header = new QHBoxLayout;
    header->setSpacing(14);
    header->addWidget(m_heading);
    header->addWidget(m_subheading, 1, Qt::AlignBottom);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    // Reading order: rows on the left, the map, then the categories and the actions.
    setTabOrder(m_rows, m_selectRow);
    setTabOrder(m_selectRow, m_selectSection);
    setTabOrder(m_selectSection, m_addToSelection);
    setTabOrder(m_addToSelection, m_map);
    setTabOrder(m_map, m_categories);
    setTabOrder(m_categories, m_newCategory);
    setTabOrder(m_newCategory, m_selectCategory);
    setTabOrder(m_selectCategory, m_moveTarget);
    setTabOrder(m_moveTarget, m_move);
    setTabOrder(m_move, m_block);
    setTabOrder(m_block, m_unblock);
    setTabOrder(m_unblock, m_clear);

    connect(m_rows, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { activateRowItem(item); });
    connect(m_rows, &QTreeWidget::currentItemChanged, this, &SeatCategoriesDialog::updateButtons);
    connect(m_selectRow, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_rows->currentItem();
            item && item->data(0, RowRole).toInt() >= 0)
            selectRow(item->data(0, SectionRole).toInt(), item->data(0, RowRole).toInt(),
                      m_addToSelection->isChecked());
    });
    connect(m_selectSection, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_rows->currentItem())
            selectSection(item->data(0, SectionRole).toInt(), m_addToSelection->isChecked());
    });
    connect(m_categories, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        selectCategory(item->data(0, CategoryRole).toLongLong());
    });
    connect(m_categories, &QTreeWidget::currentItemChanged, this,
            &SeatCategoriesDialog::updateButtons);
    connect(m_selectCategory, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_categories->currentItem())
            selectCategory(item->data(0, CategoryRole).toLongLong());
    });
    connect(m_newCategory, &QPushButton::clicked, this, &SeatCategoriesDialog::newCategory);
    connect(m_move, &QPushButton::clicked, this,
            [this] { moveSelection(m_moveTarget->currentData().toLongLong()); });
    connect(m_block, &QPushButton::clicked, this, [this] { setSelectionBlocked(true); });
    connect(m_unblock, &QPushButton::clicked, this, [this] { setSelectionBlocked(false); });
    connect(m_clear, &QPushButton::clicked, m_map, &SeatMapView::clearSelection);
    connect(m_map, &SeatMapView::selectionChanged, this, &SeatCategoriesDialog::updateSummary);
    connect(m_map, &SeatMapView::seatStatesChanged, this, [this] {
        fillCategories();
        updateSummary();
    });
    connect(m_connection, &ServerConnection::pushReceived, this, &SeatCategoriesDialog::onPush);
    connect(m_connection, &ServerConnection::inventoryChanged, this,
            &SeatCategoriesDialog::onInventory);
    // After a reconnect the pushes in between are lost: fetch the map again.
    connect(m_connection, &ServerConnection::authenticated, this, [this] {
        if (m_layout.seatCount() > 0)
            loadMap();
    });

    fillCategories();
    updateSummary();
    load();
}

SeatCategoriesDialog::~SeatCategoriesDialog()
{
    m_connection->unsubscribe(m_performance.id);
}

void SeatCategoriesDialog::load()
{
    // Subscribe first, so no change between reading the map and subscribing is lost.
    m_connection->subscribe(m_performance.id);
    const quint64 sequence = ++m_sequence;
    m_connection->call(
        methodName(Method::CatalogGetPerformance), {{u"performanceId"_s, m_performance.id}}, this,
        [this, sequence](const RpcResult &r) {
            if (sequence != m_sequence)
                return;
            if (!r.ok()) {
                m_mapStatus->setText(tr("Could not load the performance: %1").arg(r.message()));
                return;
            }
            m_performance = Performance::fromJson(r.result.value(u"performance"_s).toObject());
            if (!m_performance.venueId) {
                m_mapStatus->setText(
                    tr("This performance has no seat map: it sells general admission."));
                return;
            }
            m_connection->call(
                methodName(Method::CatalogGetVenue), {{u"venueId"_s, *m_performance.venueId}}, this,
                [this, sequence](const RpcResult &venue) {
                    if (sequence != m_sequence)
                        return;
                    if (!venue.ok()) {
                        m_mapStatus->setText(
                            tr("Could not load the seat map: %1").arg(venue.message()));
                        return;
                    }
                    QString error;
                    const auto layout =
                        VenueLayout::fromJson(venue.result.value(u"venue"_s).toObject(), &error);
                    if (!layout) {
                        m_mapStatus->setText(tr("The seat map cannot be drawn: %1").arg(error));
                        return;
                    }
                    m_layout = *layout;
                    m_map->setVenueLayout(m_layout);
                    m_map->setCategories(m_performance.ticketTypes);
                    fillRows();
                    fillCategories();
                    loadMap();
                },
                60000);
        });
}

void SeatCategoriesDialog::loadMap()
{
    if (m_loadingMap)
        return;
    m_loadingMap = true;
    m_version = 0; // pushes wait for the map
    m_connection->call(
        methodName(Method::SeatsGetMap), {{u"performanceId"_s, m_performance.id}}, this,
        [this](const RpcResult &r) {
            m_loadingMap = false;
            if (!r.ok()) {
                m_mapStatus->setText(tr("Could not load the seats: %1").arg(r.message()));
                return;
            }
            QList<Id> categories;
            const QJsonArray array = r.result.value(u"categories"_s).toArray();
            categories.reserve(array.size());
            for (const QJsonValue &v : array)
                categories.append(jsonInteger(v).value_or(0));
            m_map->setSeatStates(r.result.value(u"status"_s).toString(), categories);
            m_version = jsonInteger(r.result.value(u"version"_s)).value_or(1);
            // Changes that arrived while the map was on its way, in order.
            QList<QJsonObject> early;
            std::swap(early, m_early);
            std::sort(early.begin(), early.end(), [](const QJsonObject &a, const QJsonObject &b) {
                return a.value(u"version"_s).toInteger() < b.value(u"version"_s).toInteger();
            });
            for (const QJsonObject &change : std::as_const(early))
                applyChange(change);
            m_mapStatus->setText(tr("Drag a rectangle or click seats to select them; hold Ctrl "
                                    "or Shift to add. Changes by others appear as they happen."));
            updateButtons();
        },
        60000);
}

void SeatCategoriesDialog::onPush(const QString &method, const QJsonObject &params)
{
    if (method != QLatin1String(SeatsChangedPush) ||
        jsonInteger(params.value(u"performanceId"_s)).value_or(0) != m_performance.id)
        return;
    if (m_version == 0) {
        m_early.append(params);
        return;
    }
    applyChange(params);
}

void SeatCategoriesDialog::applyChange(const QJsonObject &params)
{
    const qint64 version = jsonInteger(params.value(u"version"_s)).value_or(0);
    if (version <= m_version)
        return; // already in the map
    if (version != m_version + 1) {
        loadMap(); // a change was missed
        return;
    }
    m_version = version;
    m_map->applySeatChanges(params.value(u"seats"_s).toArray());
}

void SeatCategoriesDialog::onInventory(Id performanceId, const QJsonArray &ticketTypes)
{
    if (performanceId != m_performance.id)
        return;
    for (const QJsonValue &v : ticketTypes) {
        const QJsonObject o = v.toObject();
        const Id id = jsonInteger(o.value(u"id"_s)).value_or(0);
        for (TicketType &t : m_performance.ticketTypes) {
            if (t.id != id)
                continue;
            t.capacity = jsonInteger(o.value(u"capacity"_s)).value_or(t.capacity);
            t.sold = jsonInteger(o.value(u"sold"_s)).value_or(t.sold);
            t.held = jsonInteger(o.value(u"held"_s)).value_or(t.held);
        }
    }
    fillCategories();
}

void SeatCategoriesDialog::fillRows()
{
    m_rows->clear();
    const QLocale locale;
    const QList<VenueLayout::Section> &sections = m_layout.sections();
    for (int s = 0; s < sections.size(); ++s) {
        const VenueLayout::Section &section = sections.at(s);
        auto *sectionItem =
            new QTreeWidgetItem(m_rows, {section.name, locale.toString(section.seatCount)});
        sectionItem->setData(0, SectionRole, s);
        sectionItem->setData(0, RowRole, -1);
        sectionItem->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        for (int r = 0; r < section.rows.size(); ++r) {
            const VenueLayout::Row &row = section.rows.at(r);
            auto *rowItem = new QTreeWidgetItem(
                sectionItem, {tr("Row %1").arg(row.label), locale.toString(row.seatCount)});
            rowItem->setData(0, SectionRole, s);
            rowItem->setData(0, RowRole, r);
            rowItem->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    if (sections.size() <= 3)
        m_rows->expandAll();
    if (m_rows->topLevelItemCount() > 0)
        m_rows->setCurrentItem(m_rows->topLevelItem(0));
}

void SeatCategoriesDialog::fillCategories()
{
    // Seats per category as the map has them now (blocked seats are counted apart).
    QHash<Id, int> seats;
    int blocked = 0;
    for (int i = 0; i < m_map->seatCount(); ++i) {
        if (m_map->seatState(i) == SeatState::Blocked)
            ++blocked;
        else
            ++seats[m_map->seatCategory(i)];
    }
    const Id current = m_categories->currentItem()
                           ? m_categories->currentItem()->data(0, CategoryRole).toLongLong()
                           : std::numeric_limits<Id>::min();
    const QLocale locale;
    m_categories->clear();
    for (const TicketType &t : std::as_const(m_performance.ticketTypes)) {
        auto *item = new QTreeWidgetItem(m_categories, {t.name, DisplayFormat::money(t.priceCents),
                                                        locale.toString(seats.value(t.id))});
        item->setIcon(0, swatch(m_map->categoryColor(t.id)));
        item->setData(0, CategoryRole, t.id);
        item->setToolTip(0, tr("%1: %2 seats, %3 sold, %4 held")
                                .arg(t.name, locale.toString(seats.value(t.id)))
                                .arg(t.sold)
                                .arg(t.held));
    }
    auto *none = new QTreeWidgetItem(
        m_categories, {tr("Not on sale"), QString(), locale.toString(seats.value(0))});
    none->setIcon(0, swatch(SeatMapStyle::notOnSaleColor()));
    none->setData(0, CategoryRole, NotOnSaleRow);
    none->setToolTip(0, tr("Seats in no price category: nobody can buy them"));
    auto *blockedItem =
        new QTreeWidgetItem(m_categories, {tr("Blocked"), QString(), locale.toString(blocked)});
    blockedItem->setIcon(0, swatch(SeatMapStyle::blockedColor(), true));
    blockedItem->setData(0, CategoryRole, BlockedRow);
    for (QTreeWidgetItem *item : {none, blockedItem}) {
        QFont font = item->font(0);
        font.setItalic(true);
        item->setFont(0, font);
    }
    for (int i = 0; i < m_categories->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_categories->topLevelItem(i);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        if (item->data(0, CategoryRole).toLongLong() == current)
            m_categories->setCurrentItem(item);
    }
    if (!m_categories->currentItem())
        m_categories->setCurrentItem(m_categories->topLevelItem(0));
    // As tall as its rows (up to a point), so the actions stay close to the list.
    const int rowHeight = qMax(m_categories->sizeHintForRow(0), 20);
    m_categories->setFixedHeight(qMin(m_categories->header()->sizeHint().height() +
                                          rowHeight * m_categories->topLevelItemCount() +
                                          2 * m_categories->frameWidth() + 6,
                                      320));

    // The "Move to" choice: the real categories.
    const Id target = m_moveTarget->currentData().toLongLong();
    m_moveTarget->clear();
    for (const TicketType &t : std::as_const(m_performance.ticketTypes))
        m_moveTarget->addItem(swatch(m_map->categoryColor(t.id)), t.name, t.id);
    if (const int index = m_moveTarget->findData(target); index >= 0)
        m_moveTarget->setCurrentIndex(index);
    updateButtons();
}

void SeatCategoriesDialog::updateSummary()
{
    const QList<Id> ids = m_map->selectedSeatIds();
    if (ids.isEmpty()) {
        m_summary->setText(tr("None. Drag a rectangle on the map, click seats, or pick rows and "
                              "sections on the left."));
        m_summary->setProperty("role", u"muted"_s);
        Theme::repolish(m_summary);
        updateButtons();
        return;
    }
    QHash<Id, int> byCategory;
    int blocked = 0;
    int taken = 0;
    for (const Id id : ids) {
        const int i = m_layout.indexOf(id);
        if (i < 0)
            continue;
        const SeatState state = m_map->seatState(i);
        if (state == SeatState::Blocked)
            ++blocked;
        else
            ++byCategory[m_map->seatCategory(i)];
        if (state == SeatState::Held || state == SeatState::Sold)
            ++taken;
    }
    const QLocale locale;
    QStringList parts;
    for (const TicketType &t : std::as_const(m_performance.ticketTypes)) {
        if (const int n = byCategory.value(t.id); n > 0)
            parts << tr("%1 in %2").arg(locale.toString(n), t.name);
    }
    if (const int n = byCategory.value(0); n > 0)
        parts << tr("%1 not on sale").arg(locale.toString(n));
    if (blocked > 0)
        parts << tr("%1 blocked").arg(locale.toString(blocked));
    QString text = tr("<b>%1</b> selected").arg(locale.toString(ids.size()));
    if (!parts.isEmpty())
        text += u": "_s + parts.join(u", "_s);
    if (taken > 0)
        text +=
            u"<br>"_s +
            tr("Held or sold: %1. Those cannot move or be blocked.").arg(locale.toString(taken));
    text += u"<br><span style=\"color:#5f6b7a\">"_s + describeSeats(ids, 6).toHtmlEscaped() +
            u"</span>"_s;
    m_summary->setText(text);
    m_summary->setProperty("role", QString());
    Theme::repolish(m_summary);
    updateButtons();
}

void SeatCategoriesDialog::updateButtons()
{
    const bool ready = m_version > 0 && !m_busy;
    const bool any = ready && !m_map->selectedSeatIds().isEmpty();
    m_newCategory->setEnabled(any);
    m_move->setEnabled(any && m_moveTarget->count() > 0);
    m_moveTarget->setEnabled(ready && m_moveTarget->count() > 0);
    m_block->setEnabled(any);
    m_unblock->setEnabled(any);
    m_clear->setEnabled(any);
    const QTreeWidgetItem *rowItem = m_rows->currentItem();
    m_selectRow->setEnabled(ready && rowItem && rowItem->data(0, RowRole).toInt() >= 0);
    m_selectSection->setEnabled(ready && rowItem);
    m_rows->setEnabled(!m_busy);
    m_selectCategory->setEnabled(ready && m_categories->currentItem());
    m_map->setEnabled(!m_busy);
}

QList<Id> SeatCategoriesDialog::seatIdsOf(int firstSeat, int count) const
{
    QList<Id> ids;
    ids.reserve(count);
    for (int i = firstSeat; i < firstSeat + count && i < m_layout.seatCount(); ++i)
        ids.append(m_layout.seat(i).id);
    return ids;
}

void SeatCategoriesDialog::select(const QList<Id> &ids, bool add)
{
    QList<Id> selection = add ? m_map->selectedSeatIds() : QList<Id>();
    selection += ids;
    std::sort(selection.begin(), selection.end());
    selection.erase(std::unique(selection.begin(), selection.end()), selection.end());
    m_map->setSelectedSeatIds(selection);
    m_map->showSeats(ids);
}

void SeatCategoriesDialog::selectSection(int section, bool add)
{
    if (section < 0 || section >= m_layout.sections().size())
        return;
    const VenueLayout::Section &s = m_layout.sections().at(section);
    select(seatIdsOf(s.firstSeat, s.seatCount), add);
}

void SeatCategoriesDialog::selectRow(int section, int row, bool add)
{
    if (section < 0 || section >= m_layout.sections().size())
        return;
    const VenueLayout::Section &s = m_layout.sections().at(section);
    if (row < 0 || row >= s.rows.size())
        return;
    select(seatIdsOf(s.rows.at(row).firstSeat, s.rows.at(row).seatCount), add);
}

void SeatCategoriesDialog::selectCategory(Id ticketTypeId)
{
    QList<Id> ids;
    for (int i = 0; i < m_map->seatCount(); ++i) {
        const bool blocked = m_map->seatState(i) == SeatState::Blocked;
        if (ticketTypeId == BlockedRow ? blocked
                                       : (!blocked && m_map->seatCategory(i) == ticketTypeId))
            ids.append(m_layout.seat(i).id);
    }
    select(ids, m_addToSelection->isChecked());
}

void SeatCategoriesDialog::activateRowItem(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const int section = item->data(0, SectionRole).toInt();
    const int row = item->data(0, RowRole).toInt();
    if (row >= 0)
        selectRow(section, row, m_addToSelection->isChecked());
    else
        selectSection(section, m_addToSelection->isChecked());
}

QString SeatCategoriesDialog::describeSeats(const QList<Id> &seatIds, int limit) const
{
    QList<Id> ids = seatIds;
    std::sort(ids.begin(), ids.end());
    QList<SeatPlace> places;
    for (qsizetype i = 0; i < ids.size() && i < limit; ++i) {
        const int index = m_layout.indexOf(ids.at(i));
        if (index < 0)
            continue;
        const VenueLayout::Seat &seat = m_layout.seat(index);
        SeatPlace place;
        place.section = seat.sectionName;
        place.row = seat.rowLabel;
        place.label = seat.label;
        places.append(place);
    }
    QString text = DisplayFormat::seatPlaces(places);
    if (ids.size() > limit)
        text = tr("%1 and %Ln more", nullptr, int(ids.size() - limit)).arg(text);
    return text;
}

void SeatCategoriesDialog::run(Method method, const QJsonObject &params, const QString &busyText,
                               const std::function<void(const QJsonObject &)> &onSuccess)
{
    if (m_busy)
        return;
    m_busy = true;
    updateButtons();
    showResult(busyText, false);
    Q_EMIT statusMessage(busyText);
    m_connection->call(
        methodName(method), params, this,
        [this, onSuccess](const RpcResult &r) {
            m_busy = false;
            updateButtons();
            if (!r.ok()) {
                showFailure(r);
                return;
            }
            onSuccess(r.result);
        },
        60000);
}

void SeatCategoriesDialog::showResult(const QString &text, bool isError)
{
    m_message->setProperty("role", isError ? u"error"_s : u"muted"_s);
    Theme::repolish(m_message);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void SeatCategoriesDialog::showFailure(const RpcResult &r)
{
    QString text = r.message();
    if (r.is(ErrorCode::Conflict, u"seat_taken"_s)) {
        const QList<Id> ids = idsFromJson(r.error.data.value(u"seatIds"_s).toArray());
        text = tr("%Ln seat(s) are held or sold, so nothing was changed: %1. Leave them out of "
                  "the selection and try again.",
                  nullptr, int(ids.size()))
                   .arg(describeSeats(ids));
    } else if (r.field() == u"seatIds"_s) {
        text = tr("The selection holds seats that are not this venue's. Reload and try again.");
    }
    showResult(text, true);
    Q_EMIT statusMessage(text);
}

void SeatCategoriesDialog::newCategory()
{
    const QList<Id> ids = m_map->selectedSeatIds();
    if (ids.isEmpty() || m_busy)
        return;
    auto *dialog = new PriceCategoryDialog(int(ids.size()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { createCategory(dialog->name(), dialog->priceCents()); });
    dialog->open();
}

void SeatCategoriesDialog::createCategory(const QString &name, Cents priceCents)
{
    const QList<Id> ids = m_map->selectedSeatIds();
    if (ids.isEmpty())
        return;
    run(Method::AdminCreateTicketType,
        {{u"performanceId"_s, m_performance.id},
         {u"name"_s, name},
         {u"priceCents"_s, priceCents},
         {u"seatIds"_s, idsToJson(ids)}},
        tr("Creating “%1”…").arg(name), [this, count = ids.size()](const QJsonObject &result) {
            const TicketType t = TicketType::fromJson(result.value(u"ticketType"_s).toObject());
            m_performance.ticketTypes.append(t);
            m_map->setCategories(m_performance.ticketTypes);
            m_map->clearSelection();
            fillCategories();
            if (const int index = m_moveTarget->findData(t.id); index >= 0)
                m_moveTarget->setCurrentIndex(index);
            const QString text = tr("“%1” created at %2 with %Ln seat(s).", nullptr, int(count))
                                     .arg(t.name, DisplayFormat::money(t.priceCents));
            showResult(text, false);
            Q_EMIT statusMessage(text);
            Q_EMIT ticketTypeCreated(t);
            Q_EMIT catalogChanged(m_performance.id);
        });
}

void SeatCategoriesDialog::moveSelection(Id ticketTypeId)
{
    const QList<Id> ids = m_map->selectedSeatIds();
    const auto it =
        std::find_if(m_performance.ticketTypes.cbegin(), m_performance.ticketTypes.cend(),
                     [&](const TicketType &t) { return t.id == ticketTypeId; });
    if (ids.isEmpty() || it == m_performance.ticketTypes.cend())
        return;
    const QString name = it->name;
    run(Method::AdminAssignSeats,
        {{u"ticketTypeId"_s, ticketTypeId}, {u"seatIds"_s, idsToJson(ids)}},
        tr("Moving %Ln seat(s)…", nullptr, int(ids.size())),
        [this, name, count = ids.size()](const QJsonObject &) {
            m_map->clearSelection();
            const QString text = tr("%Ln seat(s) moved to “%1”.", nullptr, int(count)).arg(name);
            showResult(text, false);
            Q_EMIT statusMessage(text);
            Q_EMIT catalogChanged(m_performance.id);
        });
}

void SeatCategoriesDialog::setSelectionBlocked(bool blocked)
{
    const QList<Id> ids = m_map->selectedSeatIds();
    if (ids.isEmpty())
        return;
    run(Method::AdminSetSeatsBlocked,
        {{u"performanceId"_s, m_performance.id},
         {u"seatIds"_s, idsToJson(ids)},
         {u"blocked"_s, blocked}},
        blocked ? tr("Blocking %Ln seat(s)…", nullptr, int(ids.size()))
                : tr("Unblocking %Ln seat(s)…", nullptr, int(ids.size())),
        [this, blocked, count = ids.size()](const QJsonObject &) {
            m_map->clearSelection();
            const QString text =
                blocked ? tr("%Ln seat(s) blocked: they are not sold.", nullptr, int(count))
                        : tr("%Ln seat(s) unblocked.", nullptr, int(count));
            showResult(text, false);
            Q_EMIT statusMessage(text);
            Q_EMIT catalogChanged(m_performance.id);
        });
}

} // namespace mq::client
