#include "customer/catalogbrowser.h"

#include "customer/eventcarddelegate.h"

#include "core/displayformat.h"
#include "core/serverconnection.h"
#include "models/eventlistmodel.h"
#include "models/tickettypemodel.h"
#include "shared/methods.h"
#include "shared/utctime.h"
#include "widgets/categories.h"
#include "widgets/theme.h"

#include <QDateEdit>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <climits>

using namespace Qt::StringLiterals;

namespace mq::client {

namespace {
constexpr int PerformanceRowRole = Qt::UserRole + 1;
}

CatalogBrowser::CatalogBrowser(ServerConnection *connection, QWidget *parent)
    : QWidget(parent), m_connection(connection)
{
    auto *layout = new QHBoxLayout(this);
    layout->setSpacing(12);

    // Categories
    m_categories = new QStandardItemModel(this);
    auto *all = new QStandardItem(Categories::icon({}), Categories::label({}));
    all->setData(QString(), Qt::UserRole);
    m_categories->appendRow(all);
    for (const QString &c : Categories::all()) {
        auto *item = new QStandardItem(Categories::icon(c), Categories::label(c));
        item->setData(c, Qt::UserRole);
        m_categories->appendRow(item);
    }
    m_categoryView = new QListView(this);
    m_categoryView->setObjectName(u"categoryListView"_s);
    m_categoryView->setAccessibleName(tr("Categories"));
    m_categoryView->setModel(m_categories);
    m_categoryView->setIconSize(QSize(22, 22));
    m_categoryView->setFixedWidth(190);
    m_categoryView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_categoryView->setCurrentIndex(m_categories->index(0, 0));
    layout->addWidget(m_categoryView);

    // Search and list
    auto *middle = new QWidget(this);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QGridLayout;
    m_search = new QLineEdit(middle);
    m_search->setObjectName(u"searchLineEdit"_s);
    m_search->setPlaceholderText(tr("Search events, places…"));
    Theme::addClearButton(m_search);
    auto *searchLabel = new QLabel(tr("&Search:"), middle);
    searchLabel->setBuddy(m_search);
    filters->addWidget(searchLabel, 0, 0);
    filters->addWidget(m_search, 0, 1, 1, 3);
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today, middle);
    m_from->setObjectName(u"fromDateEdit"_s);
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(today.addDays(90), middle);
    m_to->setObjectName(u"toDateEdit"_s);
    m_to->setCalendarPopup(true);
    m_from->setMinimumWidth(140);
    m_to->setMinimumWidth(140);
    auto *fromLabel = new QLabel(tr("Fro&m:"), middle);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), middle);
    toLabel->setBuddy(m_to);
    filters->addWidget(fromLabel, 1, 0);
    filters->addWidget(m_from, 1, 1);
    filters->addWidget(toLabel, 1, 2);
    filters->addWidget(m_to, 1, 3);
    middleLayout->addLayout(filters);
    m_events = new EventListModel(this);
    m_eventView = new QListView(middle);
    m_eventView->setObjectName(u"eventListView"_s);
    m_eventView->setAccessibleName(tr("Events"));
    m_eventView->setModel(m_events);
    m_eventView->setItemDelegate(new EventCardDelegate(m_eventView));
    m_eventView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_eventView->setSpacing(2);
    m_eventView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    middleLayout->addWidget(m_eventView, 1);
    m_emptyLabel = new QLabel(tr("Nothing matches. Try another category, word or date."), middle);
    m_emptyLabel->setObjectName(u"emptyLabel"_s);
    m_emptyLabel->setProperty("role", u"muted"_s);
    m_emptyLabel->hide();
    middleLayout->addWidget(m_emptyLabel);
    layout->addWidget(middle, 2);

    // Details
    auto *details = new QFrame(this);
    details->setProperty("role", u"card"_s);
    auto *detailLayout = new QVBoxLayout(details);
    detailLayout->setContentsMargins(16, 16, 16, 16);
    detailLayout->setSpacing(10);
    m_eventTitle = new QLabel(tr("Choose an event"), details);
    m_eventTitle->setObjectName(u"eventTitleLabel"_s);
    m_eventTitle->setProperty("role", u"heading"_s);
    m_eventTitle->setWordWrap(true);
    detailLayout->addWidget(m_eventTitle);
    m_eventDescription = new QLabel(details);
    m_eventDescription->setWordWrap(true);
    m_eventDescription->setProperty("role", u"muted"_s);
    detailLayout->addWidget(m_eventDescription);
    auto *performancesLabel = new QLabel(tr("&Dates and times"), details);
    performancesLabel->setProperty("role", u"subheading"_s);
    detailLayout->addWidget(performancesLabel);
    m_performances = new QStandardItemModel(this);
    m_performanceView = new QListView(details);
    m_performanceView->setObjectName(u"performanceListView"_s);
    // (A screen reader takes a list's name from the list, not from its buddy label.)
    m_performanceView->setAccessibleName(tr("Dates and times"));
    m_performanceView->setModel(m_performances);
    m_performanceView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_performanceView->setMaximumHeight(170);
    performancesLabel->setBuddy(m_performanceView);
    detailLayout->addWidget(m_performanceView);
    auto *typesLabel = new QLabel(tr("T&ickets"), details);
    typesLabel->setProperty("role", u"subheading"_s);
    detailLayout->addWidget(typesLabel);
    m_ticketTypes = new TicketTypeModel(this);
    m_ticketTypeView = new QTableView(details);
    m_ticketTypeView->setObjectName(u"ticketTypeTableView"_s);
    m_ticketTypeView->setAccessibleName(tr("Tickets"));
    m_ticketTypeView->setModel(m_ticketTypes);
    m_ticketTypeView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ticketTypeView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ticketTypeView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ticketTypeView->verticalHeader()->hide();
    m_ticketTypeView->horizontalHeader()->setSectionResizeMode(TicketTypeModel::NameColumn, QHeaderView::Stretch);
    m_ticketTypeView->horizontalHeader()->setSectionResizeMode(TicketTypeModel::PriceColumn, QHeaderView::ResizeToContents);
    m_ticketTypeView->horizontalHeader()->setSectionResizeMode(TicketTypeModel::RemainingColumn, QHeaderView::ResizeToContents);
    typesLabel->setBuddy(m_ticketTypeView);
    detailLayout->addWidget(m_ticketTypeView, 1);
    m_buy = new QPushButton(tr("&Buy tickets…"), details);
    m_buy->setObjectName(u"buyPushButton"_s);
    m_buy->setProperty("role", u"primary"_s);
    m_buy->setEnabled(false);
    detailLayout->addWidget(m_buy);
    layout->addWidget(details, 3);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &CatalogBrowser::refresh);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_from, &QDateEdit::dateChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_to, &QDateEdit::dateChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_categoryView->selectionModel(), &QItemSelectionModel::currentChanged, this, &CatalogBrowser::refresh);
    connect(m_eventView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showEvent(current.row()); });
    connect(m_performanceView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showPerformance(current.row()); });
    // Enter moves on: from the search to its results, from an event to its dates, from a date
    // (or a ticket type) to buying.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_debounce->isActive()) {
            m_debounce->stop();
            refresh();
        }
        m_eventView->setFocus();
    });
    connect(m_eventView, &QListView::activated, this, [this] { m_performanceView->setFocus(); });
    connect(m_performanceView, &QListView::activated, this, &CatalogBrowser::requestBuy);
    connect(m_ticketTypeView, &QTableView::activated, this, &CatalogBrowser::requestBuy);
    connect(m_buy, &QPushButton::clicked, this, &CatalogBrowser::requestBuy);
    connect(m_connection, &ServerConnection::inventoryChanged, m_ticketTypes, &TicketTypeModel::applyInventory);
    // The list of dates shows what is left too: the same pushes keep it current.
    connect(m_connection, &ServerConnection::inventoryChanged, m_events, &EventListModel::applyInventory);
    connect(m_events, &EventListModel::performanceChanged, this, [this](Id eventId) {
        if (m_eventView->currentIndex().data(EventListModel::IdRole).toLongLong() == eventId)
            updatePerformanceItems();
    });
    // Any type left is enough: the basket chooses among all of them.
    connect(m_ticketTypes, &TicketTypeModel::numbersChanged, this, [this] {
        bool available = false;
        for (const TicketType &t : m_ticketTypes->performance().ticketTypes)
            available = available || (t.onSale && t.remaining() > 0);
        m_buy->setEnabled(available);
    });

    setTabOrder(m_categoryView, m_search);
    setTabOrder(m_search, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_eventView);
    setTabOrder(m_eventView, m_performanceView);
    setTabOrder(m_performanceView, m_ticketTypeView);
    setTabOrder(m_ticketTypeView, m_buy);
}

void CatalogBrowser::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

QJsonObject CatalogBrowser::filter() const
{
    QJsonObject params;
    const QString category = m_categoryView->currentIndex().data(Qt::UserRole).toString();
    if (!category.isEmpty())
        params.insert(u"category"_s, category);
    const QString query = m_search->text().trimmed();
    if (!query.isEmpty())
        params.insert(u"query"_s, query);
    // The chosen days are local days; the server speaks UTC.
    QDateTime from(m_from->date(), QTime(0, 0));
    const QDateTime now = QDateTime::currentDateTime();
    if (from < now)
        from = now; // past performances are not on sale
    const QDateTime to(m_to->date(), QTime(23, 59, 59));
    params.insert(u"from"_s, toWireTime(from.toUTC()));
    params.insert(u"to"_s, toWireTime(to.toUTC()));
    return params;
}

void CatalogBrowser::refresh()
{
    const int generation = ++m_generation;
    const Id selectedEvent = m_eventView->currentIndex().data(EventListModel::IdRole).toLongLong();
    Q_EMIT statusMessage(tr("Loading…"));
    m_connection->callAllPages(methodName(Method::CatalogListEvents), filter(), u"events"_s, this,
                       [this, generation, selectedEvent](const RpcResult &r) {
        if (generation != m_generation)
            return;
        if (!r.ok()) {
            Q_EMIT statusMessage(r.message());
            return;
        }
        QList<Event> events;
        const QJsonArray array = r.result.value(u"events"_s).toArray();
        for (const QJsonValue &v : array)
            events.append(Event::fromJson(v.toObject()));
        m_events->setEvents(events);
        m_emptyLabel->setVisible(events.isEmpty());
        Q_EMIT statusMessage(tr("%n event(s) on sale", nullptr, int(events.size())));
        const int row = m_events->rowOf(selectedEvent);
        m_eventView->setCurrentIndex(m_events->index(row >= 0 ? row : 0, 0));
        if (events.isEmpty())
            showEvent(-1);
    });
}

QString CatalogBrowser::performanceText(const Performance &p)
{
    qint64 left = 0;
    bool onSale = false;
    for (const TicketType &t : p.ticketTypes) {
        if (t.onSale)
            left += qMax<qint64>(0, t.remaining());
        onSale = onSale || t.onSale;
    }
    const QString availability = !onSale && !p.ticketTypes.isEmpty()
                                     ? tr("Not on sale")
                                     : (left > 0 ? tr("%Ln left", nullptr, int(qMin<qint64>(left, INT_MAX)))
                                                 : tr("Sold out"));
    // When and how many on the first line, which a narrow list elides last; the venue below.
    return u"%1  ·  %2\n%3"_s.arg(DisplayFormat::showTime(p.startsAt, p.timeZone), availability, p.venue);
}

void CatalogBrowser::subscribeTo(const QSet<Id> &performanceIds)
{
    for (const Id id : std::as_const(m_subscribed)) {
        if (!performanceIds.contains(id))
            m_connection->unsubscribe(id);
    }
    // Subscriptions are counted per connection: take only the new ones, so leaving the event
    // lets go of exactly what was taken.
    for (const Id id : performanceIds) {
        if (!m_subscribed.contains(id))
            m_connection->subscribe(id);
    }
    m_subscribed = performanceIds;
}

void CatalogBrowser::showEvent(int row)
{
    const Event *e = m_events->event(row);
    m_performances->clear();
    m_eventTitle->setText(e ? e->title : tr("Choose an event"));
    m_eventDescription->setText(e ? e->description : QString());
    if (!e) {
        subscribeTo({});
        showPerformance(-1);
        return;
    }
    QSet<Id> ids;
    for (int i = 0; i < e->performances.size(); ++i) {
        const Performance &p = e->performances.at(i);
        auto *item = new QStandardItem(performanceText(p));
        item->setData(i, PerformanceRowRole);
        m_performances->appendRow(item);
        ids.insert(p.id);
    }
    subscribeTo(ids);
    m_performanceView->setCurrentIndex(m_performances->index(0, 0));
    if (e->performances.isEmpty())
        showPerformance(-1);
}

void CatalogBrowser::updatePerformanceItems()
{
    const Event *e = m_events->event(m_eventView->currentIndex().row());
    if (!e)
        return;
    for (int i = 0; i < m_performances->rowCount() && i < e->performances.size(); ++i) {
        QStandardItem *item = m_performances->item(i);
        const QString text = performanceText(e->performances.at(i));
        if (item->text() != text)
            item->setText(text);
    }
}

void CatalogBrowser::showPerformance(int row)
{
    const Event *e = m_events->event(m_eventView->currentIndex().row());
    const Performance *p = e && row >= 0 && row < e->performances.size() ? &e->performances.at(row) : nullptr;
    m_ticketTypes->setPerformance(p ? *p : Performance{});
    if (!p) {
        m_buy->setEnabled(false);
        return;
    }
    m_buy->setText(p->seating == SeatingReserved ? tr("Choose s&eats…") : tr("&Buy tickets…"));
    // Fresh numbers for the performance now on screen; pushes keep them fresh afterwards.
    const Id performanceId = p->id;
    m_connection->call(methodName(Method::CatalogGetPerformance), {{u"performanceId"_s, performanceId}}, this,
                       [this, performanceId](const RpcResult &r) {
        if (!r.ok())
            return;
        const Performance fresh = Performance::fromJson(r.result.value(u"performance"_s).toObject());
        m_events->updatePerformance(fresh);
        if (m_ticketTypes->performance().id == performanceId) {
            const int selected = qMax(0, m_ticketTypeView->currentIndex().row());
            m_ticketTypes->setPerformance(fresh);
            m_ticketTypeView->selectRow(selected);
        }
    });
    m_ticketTypeView->selectRow(0);
    bool available = false;
    for (const TicketType &t : p->ticketTypes)
        available = available || (t.onSale && t.remaining() > 0);
    m_buy->setEnabled(available);
}

void CatalogBrowser::requestBuy()
{
    const Event *e = m_events->event(m_eventView->currentIndex().row());
    if (!e || m_ticketTypes->performance().id == 0 || !m_buy->isEnabled())
        return;
    const int row = m_ticketTypeView->currentIndex().row();
    const TicketType *t = m_ticketTypes->ticketType(row >= 0 ? row : 0);
    Q_EMIT buyRequested(*e, m_ticketTypes->performance(), t ? t->id : 0);
}

} // namespace mq::client
