#include "admin/catalogpage.h"

#include "admin/catalogeventmodel.h"
#include "admin/catalogperformancemodel.h"
#include "admin/catalogtickettypemodel.h"
#include "admin/copytickettypesdialog.h"
#include "admin/tickettypecopier.h"
#include "admin/eventform.h"
#include "admin/performanceform.h"
#include "admin/seatcategoriesdialog.h"
#include "admin/tickettypeform.h"
#include "core/serverconnection.h"
#include "shared/methods.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace mq::client {

namespace {

void selectRow(QTableView *view, const QModelIndex &index)
{
    if (index.isValid()) {
        view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                           QItemSelectionModel::Rows);
        view->scrollTo(index);
    } else {
        view->selectionModel()->clear();
    }
}

Id idOf(const QModelIndex &index)
{
    return index.isValid() ? index.data(Qt::UserRole + 1).toLongLong() : 0;
}

} // namespace

CatalogPage::CatalogPage(ServerConnection *connection, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_events(new CatalogEventModel(this)),
      m_eventProxy(new QSortFilterProxyModel(this)),
      m_performances(new CatalogPerformanceModel(this)),
      m_ticketTypes(new CatalogTicketTypeModel(this))
{
    setObjectName(u"catalogPage"_s);
    m_eventProxy->setSourceModel(m_events);
    m_eventProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_eventProxy->setFilterKeyColumn(-1);
    m_eventProxy->setSortRole(CatalogEventModel::SortRole);

    // Left: the events.
    auto *eventsHeading = new QLabel(tr("Events"), this);
    eventsHeading->setProperty("role", u"heading"_s);
    m_newEvent = new QPushButton(tr("New event"), this);
    m_newEvent->setObjectName(u"newEventPushButton"_s);
    m_newEvent->setToolTip(tr("Start a new event (Ctrl+N)"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"eventSearchLineEdit"_s);
    m_search->setPlaceholderText(tr("Filter events"));
    m_search->setAccessibleName(tr("Filter events"));
    Theme::addClearButton(m_search);
    m_eventsView = makeTable(u"eventsTableView"_s, tr("Events"));
    m_eventsView->setModel(m_eventProxy);
    m_eventsView->setSortingEnabled(true);
    m_eventsView->sortByColumn(CatalogEventModel::NextColumn, Qt::AscendingOrder);
    // The category shows as the title's icon, the number of performances in its tooltip: the
    // title gets the room, cut at its end if it must be.
    m_eventsView->setColumnHidden(CatalogEventModel::CategoryColumn, true);
    m_eventsView->setColumnHidden(CatalogEventModel::PerformancesColumn, true);
    m_eventsView->horizontalHeader()->setSectionResizeMode(CatalogEventModel::TitleColumn,
                                                           QHeaderView::Stretch);
    m_eventsView->horizontalHeader()->setMinimumSectionSize(48);
    m_eventsView->setTextElideMode(Qt::ElideRight);
    m_emptyLabel = new QLabel(tr("No events yet. Create the first one with “New event”."), this);
    m_emptyLabel->setObjectName(u"emptyCatalogLabel"_s);
    m_emptyLabel->setProperty("role", u"muted"_s);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->hide();

    // The event being edited sits under the list it is chosen from.
    m_eventForm = new EventForm(connection, this);
    m_eventForm->setProperty("role", u"card"_s);

    auto *left = new QWidget(this);
    left->setObjectName(u"catalogEventsPane"_s);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 6, 0);
    leftLayout->setSpacing(8);
    auto *leftHeader = new QHBoxLayout;
    leftHeader->addWidget(eventsHeading);
    leftHeader->addStretch(1);
    leftHeader->addWidget(m_newEvent);
    leftLayout->addLayout(leftHeader);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_eventsView, 1);
    leftLayout->addWidget(m_emptyLabel);
    leftLayout->addWidget(m_eventForm); // whole when there is room; the list takes the rest

    // Right: the event's performances, then the selected performance's ticket types; each a
    // list beside its form, whose buttons stay in view.
    m_newPerformance = new QPushButton(tr("New performance"), this);
    m_newPerformance->setObjectName(u"newPerformancePushButton"_s);
    m_newPerformance->setToolTip(tr("Add a performance to this event (Ctrl+Shift+N)"));
    m_performancesView = makeTable(u"performancesTableView"_s, tr("Performances"));
    m_performancesView->setModel(m_performances);
    m_performancesView->horizontalHeader()->setSectionResizeMode(
        CatalogPerformanceModel::VenueColumn, QHeaderView::Stretch);
    m_performanceForm = new PerformanceForm(connection, this);
    m_performanceSection =
        makeSection(tr("Performances"), {m_newPerformance}, m_performancesView, m_performanceForm);
    m_performanceSection->setObjectName(u"performanceSection"_s);

    m_newTicketType = new QPushButton(tr("New ticket type"), this);
    m_newTicketType->setObjectName(u"newTicketTypePushButton"_s);
    m_newTicketType->setToolTip(tr("Add a ticket type to this performance (Ctrl+T)"));
    m_copyTicketTypes = new QPushButton(tr("Copy from…"), this);
    m_copyTicketTypes->setObjectName(u"copyTicketTypesPushButton"_s);
    m_copyTicketTypes->setAccessibleName(tr("Copy ticket types from another performance"));
    m_copyTicketTypes->setToolTip(tr("Copy the ticket types of another performance into this one "
                                     "(for reserved seating: of the same venue, seats included)"));
    m_ticketTypesView = makeTable(u"ticketTypesTableView"_s, tr("Ticket types"));
    m_ticketTypesView->setModel(m_ticketTypes);
    m_ticketTypesView->horizontalHeader()->setSectionResizeMode(CatalogTicketTypeModel::NameColumn,
                                                                QHeaderView::Stretch);
    // Held is in the form's numbers; the name needs the room more.
    m_ticketTypesView->setColumnHidden(CatalogTicketTypeModel::HeldColumn, true);
    m_seatsAndPrices = new QPushButton(tr("Seats and prices…"), this);
    m_seatsAndPrices->setObjectName(u"seatsAndPricesPushButton"_s);
    m_seatsAndPrices->setToolTip(tr("Price this reserved performance's seats on its seat map: "
                                    "make price categories, move seats, block seats (Ctrl+T)"));
    m_seatsAndPrices->setProperty("role", u"primary"_s);
    m_seatsAndPrices->hide();
    m_ticketTypeForm = new TicketTypeForm(connection, this);
    m_ticketTypeSection =
        makeSection(tr("Ticket types"), {m_copyTicketTypes, m_newTicketType, m_seatsAndPrices},
                    m_ticketTypesView, m_ticketTypeForm);
    m_ticketTypeSection->setObjectName(u"ticketTypeSection"_s);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->setObjectName(u"catalogDetailSplitter"_s);
    right->setChildrenCollapsible(false);
    right->addWidget(m_performanceSection);
    right->addWidget(m_ticketTypeSection);
    right->setStretchFactor(0, 1);
    right->setStretchFactor(1, 1);
    m_editors = right;

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"catalogSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    // The events keep their width; the performances and ticket types take what the screen has.
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({285, 1000});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    layout->addWidget(splitter);

    // The tab order is the creation order: "New event", the filter and the list, the event form,
    // then each section's buttons, table and form, top to bottom.

    connect(m_search, &QLineEdit::textChanged, m_eventProxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_newEvent, &QPushButton::clicked, this, &CatalogPage::newEvent);
    connect(m_newPerformance, &QPushButton::clicked, this, &CatalogPage::newPerformance);
    connect(m_newTicketType, &QPushButton::clicked, this, &CatalogPage::newTicketType);
    connect(m_seatsAndPrices, &QPushButton::clicked, this, &CatalogPage::openSeatCategories);
    connect(m_copyTicketTypes, &QPushButton::clicked, this, &CatalogPage::copyTicketTypes);
    connect(m_eventsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_syncing)
                    selectEvent(idOf(current));
            });
    connect(m_performancesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_syncing)
                    selectPerformance(idOf(current));
            });
    connect(m_ticketTypesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_syncing)
                    selectTicketType(idOf(current));
            });

    connect(m_eventForm, &EventForm::eventSaved, this, [this](const Event &event, bool created) {
        m_events->upsertEvent(event);
        if (created) {
            m_eventId = event.id;
            m_performanceId = 0;
            m_ticketTypeId = 0;
            m_performanceForm->startNew(event.id);
            m_ticketTypeForm->startNew(0);
        }
        syncViews();
        if (created)
            m_performanceForm->focusFirstField();
    });
    connect(m_eventForm, &EventForm::eventDeleted, this, [this](Id eventId) {
        m_events->removeEvent(eventId);
        newEvent();
    });
    connect(m_performanceForm, &PerformanceForm::performanceSaved, this,
            [this](const Performance &performance, bool created) {
                m_events->upsertPerformance(performance);
                if (created) {
                    m_performanceId = performance.id;
                    m_ticketTypeId = 0;
                    m_ticketTypeForm->setReserved(performance.seating == SeatingReserved);
                    m_ticketTypeForm->startNew(performance.id);
                }
                syncViews();
                if (created && performance.seating == SeatingReserved)
                    m_seatsAndPrices->setFocus(); // its prices are made on the seat map
                else if (created)
                    m_ticketTypeForm->focusFirstField();
            });
    connect(m_performanceForm, &PerformanceForm::performanceDeleted, this,
            [this](Id performanceId) {
                m_events->removePerformance(performanceId);
                newPerformance();
            });
    connect(m_ticketTypeForm, &TicketTypeForm::ticketTypeSaved, this,
            [this](const TicketType &ticketType, bool created) {
                m_events->upsertTicketType(ticketType);
                if (created)
                    m_ticketTypeId = ticketType.id;
                syncViews();
            });
    connect(m_ticketTypeForm, &TicketTypeForm::ticketTypeDeleted, this, [this](Id ticketTypeId) {
        m_events->removeTicketType(ticketTypeId);
        newTicketType();
    });
    for (CatalogForm *form :
         std::initializer_list<CatalogForm *>{m_eventForm, m_performanceForm, m_ticketTypeForm}) {
        connect(form, &CatalogForm::statusMessage, this, &CatalogPage::statusMessage);
        connect(form, &CatalogForm::staleData, this, &CatalogPage::refresh);
        // While one form waits for the server, the selection must not move under it.
        connect(form, &CatalogForm::busyChanged, this, &CatalogPage::updateNavigation);
    }
    connect(m_connection, &ServerConnection::inventoryChanged, this, &CatalogPage::applyInventory);
    // Signed out: the connection let go of every subscription. Back in (a reconnect resumes the
    // session): what was missed meanwhile is read again.
    connect(m_connection, &ServerConnection::sessionEnded, this, [this] {
        m_followed.clear();
        m_catchingUp.clear();
    });
    // Queued: on a resume the connection subscribes again right after saying so, and the
    // catch-up must be read after those subscriptions.
    connect(
        m_connection, &ServerConnection::authenticated, this,
        [this] {
            const QSet<Id> before = m_followed;
            follow(listedPerformances()); // those not followed before catch up here
            for (const Id id : before) {
                if (m_followed.contains(id))
                    catchUp(id);
            }
        },
        Qt::QueuedConnection);
}

CatalogPage::~CatalogPage()
{
    follow({});
}

QSet<Id> CatalogPage::listedPerformances() const
{
    QSet<Id> ids;
    for (int row = 0; row < m_performances->rowCount(); ++row)
        ids.insert(m_performances->performance(row)->id);
    return ids;
}

void CatalogPage::follow(const QSet<Id> &performanceIds)
{
    if (!m_connection)
        return; // the connection went first (the application is quitting)
    if (!m_connection->isAuthenticated()) {
        // Only a session subscribes; the authenticated handler follows them once it is back.
        m_followed.clear();
        return;
    }
    for (const Id id : std::as_const(m_followed)) {
        if (!performanceIds.contains(id)) {
            m_connection->unsubscribe(id);
            m_catchingUp.remove(id);
        }
    }
    // Counted per connection: take each only once, so leaving lets go of exactly what was taken.
    const QSet<Id> before = std::exchange(m_followed, performanceIds);
    for (const Id id : performanceIds) {
        if (before.contains(id))
            continue;
        m_connection->subscribe(id);
        catchUp(id);
    }
}

void CatalogPage::catchUp(Id performanceId)
{
    // Sent after the subscription, so whatever changes after this read is pushed.
    m_catchingUp.insert(performanceId, {});
    m_connection->call(
        methodName(Method::CatalogGetPerformance), {{u"performanceId"_s, performanceId}}, this,
        [this, performanceId](const RpcResult &result) {
            const auto pending = m_catchingUp.find(performanceId);
            if (pending == m_catchingUp.end())
                return; // no longer listed, or signed out meanwhile
            const QSet<Id> pushed = pending.value();
            m_catchingUp.erase(pending);
            if (!result.ok())
                return; // deleted meanwhile: the next reload shows it
            const Performance p =
                Performance::fromJson(result.result.value(u"performance"_s).toObject());
            QJsonArray numbers;
            for (const TicketType &t : p.ticketTypes) {
                if (!pushed.contains(t.id))
                    numbers.append(t.toJson());
            }
            if (numbers.isEmpty())
                return;
            m_events->applyInventory(performanceId, numbers);
            syncViews();
        });
}

void CatalogPage::applyInventory(Id performanceId, const QJsonArray &ticketTypes)
{
    if (const auto pending = m_catchingUp.find(performanceId); pending != m_catchingUp.end()) {
        for (const QJsonValue &v : ticketTypes)
            pending->insert(v.toObject().value(u"id"_s).toInteger());
    }
    // The event model keeps the rows, the tables their selection, the forms what is typed.
    m_events->applyInventory(performanceId, ticketTypes);
    syncViews();
}

QTableView *CatalogPage::makeTable(const QString &objectName, const QString &accessibleName)
{
    auto *view = new QTableView(this);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setTextElideMode(Qt::ElideRight);
    view->setTabKeyNavigation(false);
    return view;
}

QWidget *CatalogPage::makeSection(const QString &title, const QList<QPushButton *> &buttons,
                                  QTableView *table, CatalogForm *form)
{
    auto *section = new QFrame(this);
    section->setProperty("role", u"card"_s);
    auto *heading = new QLabel(title, section);
    heading->setProperty("role", u"subheading"_s);
    auto *header = new QHBoxLayout;
    header->addWidget(heading);
    header->addStretch(1);
    for (QPushButton *button : buttons)
        header->addWidget(button);
    table->setMinimumHeight(90);
    table->setMinimumWidth(220);
    auto *body = new QHBoxLayout;
    body->setSpacing(8);
    body->addWidget(table, 4);
    body->addWidget(form, 3);
    form->layout()->setContentsMargins(4, 0, 0, 0);
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addLayout(body, 1);
    return section;
}

void CatalogPage::refresh()
{
    if (m_loading)
        return;
    setLoading(true);
    Q_EMIT statusMessage(tr("Loading the catalog…"));
    m_connection->callAllPages(
        methodName(Method::CatalogListEvents), {}, u"events"_s, this, [this](const RpcResult &result) {
            setLoading(false);
            if (!result.ok()) {
                Q_EMIT statusMessage(tr("Could not load the catalog: %1").arg(result.message()));
                return;
            }
            QList<Event> events;
            for (const QJsonValue &v : result.result.value(u"events"_s).toArray())
                events.append(Event::fromJson(v.toObject()));
            m_events->setEvents(events);
            syncViews();
            // A reload shows what the server has now, also in the forms.
            if (const Event *e = m_events->eventById(m_eventId))
                m_eventForm->setEvent(*e);
            if (const Performance *p = m_events->performanceById(m_performanceId))
                m_performanceForm->setPerformance(*p);
            if (const int row = m_ticketTypes->rowOf(m_ticketTypeId); row >= 0)
                m_ticketTypeForm->setTicketType(*m_ticketTypes->ticketType(row));
            Q_EMIT statusMessage(tr("%Ln event(s) in the catalog.", nullptr, int(events.size())));
        });
}

void CatalogPage::setLoading(bool loading)
{
    m_loading = loading;
    m_editors->setEnabled(!loading);
    m_eventForm->setEnabled(!loading);
    if (loading)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    updateNavigation();
}

void CatalogPage::updateNavigation()
{
    const bool idle = m_copier == nullptr && !m_loading && !m_eventForm->isBusy() &&
                      !m_performanceForm->isBusy() && !m_ticketTypeForm->isBusy();
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_eventsView, m_performancesView, m_ticketTypesView, m_newEvent, m_newPerformance,
             m_newTicketType, m_copyTicketTypes, m_search})
        w->setEnabled(idle);
    if (idle) {
        m_newPerformance->setEnabled(m_eventId > 0);
        m_newTicketType->setEnabled(m_performanceId > 0);
        m_copyTicketTypes->setEnabled(m_performanceId > 0);
    }
    // A reserved performance's categories hold seats: they are made on its seat map.
    const bool reserved = isReserved(m_performanceId);
    m_newTicketType->setVisible(!reserved);
    m_seatsAndPrices->setVisible(reserved);
    m_seatsAndPrices->setEnabled(idle && reserved);
}

bool CatalogPage::isReserved(Id performanceId) const
{
    const Performance *p = performanceId > 0 ? m_events->performanceById(performanceId) : nullptr;
    return p && p->seating == SeatingReserved;
}

void CatalogPage::setVenueModel(VenueListModel *venues)
{
    m_performanceForm->setVenueModel(venues);
}

SeatCategoriesDialog *CatalogPage::seatCategoriesDialog() const
{
    return m_seatDialog;
}

void CatalogPage::openSeatCategories()
{
    const Performance *p = m_events->performanceById(m_performanceId);
    if (!p || p->seating != SeatingReserved) {
        Q_EMIT statusMessage(tr("Select a performance with reserved seating first."));
        return;
    }
    if (m_seatDialog && m_seatDialog->performanceId() == p->id) {
        m_seatDialog->show();
        m_seatDialog->raise();
        m_seatDialog->activateWindow();
        return;
    }
    if (m_seatDialog)
        m_seatDialog->close(); // one seat map at a time
    const Event *event = m_events->eventById(p->eventId);
    auto *dialog = new SeatCategoriesDialog(m_connection, *p, event ? event->title : QString(),
                                            window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setModal(false);
    m_seatDialog = dialog;
    connect(dialog, &SeatCategoriesDialog::statusMessage, this, &CatalogPage::statusMessage);
    connect(dialog, &SeatCategoriesDialog::ticketTypeCreated, this,
            [this](const TicketType &ticketType) {
                m_events->upsertTicketType(ticketType);
                syncViews();
            });
    dialog->show();
}

void CatalogPage::copyTicketTypes()
{
    const Performance *target = m_events->performanceById(m_performanceId);
    if (!target) {
        Q_EMIT statusMessage(tr("Select or save a performance first."));
        return;
    }
    if (m_copier)
        return;
    QList<Event> events;
    for (int row = 0; row < m_events->rowCount(); ++row)
        events.append(*m_events->eventById(m_events->index(row, 0).data(Qt::UserRole + 1).toLongLong()));
    auto *dialog = new CopyTicketTypesDialog(events, *target, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog, targetId = target->id] {
        const Performance *source = m_events->performanceById(dialog->sourceId());
        const Performance *target = m_events->performanceById(targetId);
        if (source && target)
            startCopy(*source, *target);
    });
    dialog->open();
}

void CatalogPage::startCopy(const Performance &source, const Performance &target)
{
    m_copier = new TicketTypeCopier(m_connection, source, target, this);
    connect(m_copier, &TicketTypeCopier::created, this, [this](const TicketType &ticketType) {
        m_events->upsertTicketType(ticketType);
        syncViews();
    });
    connect(m_copier, &TicketTypeCopier::finished, this,
            [this](int created, int skipped, const QString &error) {
                m_copier->deleteLater();
                m_copier = nullptr;
                unsetCursor();
                QString text = tr("%Ln ticket type(s) copied.", nullptr, created);
                if (skipped > 0)
                    text += u' ' + tr("%Ln left out: already there or without seats.", nullptr,
                                      skipped);
                if (!error.isEmpty())
                    text += u' ' + tr("Stopped: %1").arg(error);
                m_ticketTypeForm->setMessage(text, !error.isEmpty());
                Q_EMIT statusMessage(text);
                syncViews();
            });
    setCursor(Qt::BusyCursor);
    Q_EMIT statusMessage(tr("Copying ticket types…"));
    updateNavigation();
    m_copier->start();
}

void CatalogPage::selectEvent(Id eventId)
{
    if (eventId == m_eventId)
        return;
    m_eventId = eventId;
    m_performanceId = 0;
    m_ticketTypeId = 0;
    const Event *event = m_events->eventById(eventId);
    if (event)
        m_eventForm->setEvent(*event);
    else
        m_eventForm->startNew();
    m_performanceForm->startNew(event ? event->id : 0);
    m_ticketTypeForm->startNew(0);
    syncViews();
}

void CatalogPage::selectPerformance(Id performanceId)
{
    if (performanceId == m_performanceId)
        return;
    m_performanceId = performanceId;
    m_ticketTypeId = 0;
    const Performance *p = m_events->performanceById(performanceId);
    if (p)
        m_performanceForm->setPerformance(*p);
    else
        m_performanceForm->startNew(m_eventId);
    m_ticketTypeForm->setReserved(isReserved(performanceId));
    m_ticketTypeForm->startNew(p ? p->id : 0);
    syncViews();
}

void CatalogPage::selectTicketType(Id ticketTypeId)
{
    if (ticketTypeId == m_ticketTypeId)
        return;
    m_ticketTypeId = ticketTypeId;
    m_ticketTypeForm->setReserved(isReserved(m_performanceId));
    const int row = m_ticketTypes->rowOf(ticketTypeId);
    if (row >= 0)
        m_ticketTypeForm->setTicketType(*m_ticketTypes->ticketType(row));
    else
        m_ticketTypeForm->startNew(m_performanceId);
}

void CatalogPage::syncViews()
{
    const QScopedValueRollback guard(m_syncing, true);

    const Event *event = m_events->eventById(m_eventId);
    if (!event && m_eventId != 0) { // deleted meanwhile
        m_eventId = 0;
        m_eventForm->startNew();
    }
    selectRow(m_eventsView,
              m_eventProxy->mapFromSource(m_events->index(m_events->rowOf(m_eventId), 0)));

    m_performances->setPerformances(event ? event->performances : QList<Performance>());
    const Performance *performance =
        m_performances->performance(m_performances->rowOf(m_performanceId));
    if (!performance && m_performanceId != 0) {
        m_performanceId = 0;
        m_performanceForm->startNew(m_eventId);
    }
    selectRow(m_performancesView, m_performances->index(m_performances->rowOf(m_performanceId), 0));

    m_ticketTypes->setTicketTypes(performance ? performance->ticketTypes : QList<TicketType>());
    m_ticketTypeForm->setReserved(isReserved(m_performanceId));
    const int ticketTypeRow = m_ticketTypes->rowOf(m_ticketTypeId);
    if (ticketTypeRow < 0 && m_ticketTypeId != 0) {
        m_ticketTypeId = 0;
        m_ticketTypeForm->startNew(m_performanceId);
    } else if (ticketTypeRow >= 0) {
        m_ticketTypeForm->updateNumbers(*m_ticketTypes->ticketType(ticketTypeRow));
    }
    selectRow(m_ticketTypesView, m_ticketTypes->index(ticketTypeRow, 0));

    // The performances listed (the selected one's ticket types among them) follow the server.
    follow(listedPerformances());

    m_emptyLabel->setVisible(m_events->rowCount() == 0 && !m_loading);
    updateNavigation();
}

void CatalogPage::newEvent()
{
    m_eventId = 0;
    m_performanceId = 0;
    m_ticketTypeId = 0;
    m_eventForm->startNew();
    m_performanceForm->startNew(0);
    m_ticketTypeForm->startNew(0);
    syncViews();
    m_eventForm->focusFirstField();
}

void CatalogPage::newPerformance()
{
    if (m_eventId == 0) {
        Q_EMIT statusMessage(tr("Select or save an event first."));
        return;
    }
    m_performanceId = 0;
    m_ticketTypeId = 0;
    m_performanceForm->startNew(m_eventId);
    m_ticketTypeForm->startNew(0);
    syncViews();
    m_performanceForm->focusFirstField();
}

void CatalogPage::newTicketType()
{
    if (m_performanceId == 0) {
        Q_EMIT statusMessage(tr("Select or save a performance first."));
        return;
    }
    if (isReserved(m_performanceId)) {
        openSeatCategories(); // a new price category needs its seats
        return;
    }
    m_ticketTypeId = 0;
    m_ticketTypeForm->startNew(m_performanceId);
    syncViews();
    m_ticketTypeForm->focusFirstField();
}

CatalogPage::Level CatalogPage::focusedLevel() const
{
    QWidget *focus = QApplication::focusWidget();
    if (focus && m_ticketTypeSection->isAncestorOf(focus))
        return Level::TicketType;
    if (focus && m_performanceSection->isAncestorOf(focus))
        return Level::Performance;
    return Level::Event;
}

void CatalogPage::saveCurrent()
{
    switch (focusedLevel()) {
    case Level::TicketType:
        m_ticketTypeForm->save();
        break;
    case Level::Performance:
        m_performanceForm->save();
        break;
    case Level::Event:
        m_eventForm->save();
        break;
    }
}

void CatalogPage::deleteCurrent()
{
    switch (focusedLevel()) {
    case Level::TicketType:
        m_ticketTypeForm->remove();
        break;
    case Level::Performance:
        m_performanceForm->remove();
        break;
    case Level::Event:
        if (m_eventId == 0)
            Q_EMIT statusMessage(tr("Select an event to delete."));
        m_eventForm->remove();
        break;
    }
}

void CatalogPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

} // namespace mq::client
