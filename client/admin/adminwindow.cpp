#include "admin/adminwindow.h"

#include "admin/auditlogpage.h"
#include "admin/catalogpage.h"
#include "admin/reportspage.h"
#include "admin/userspage.h"
#include "admin/venuespage.h"
#include "core/serverconnection.h"
#include "widgets/theme.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace mq::client {

AdminWindow::AdminWindow(ServerConnection *connection, QWidget *parent)
    : QMainWindow(parent), m_connection(connection)
{
    setObjectName(u"adminWindow"_s);
    setWindowTitle(tr("Marquee — Administration"));
    Theme::sizeToScreen(this, QSize(1360, 860));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"adminTabWidget"_s);
    m_tabs->setDocumentMode(true);
    m_catalog = new CatalogPage(connection, m_tabs);
    m_venues = new VenuesPage(connection, m_tabs);
    m_catalog->setVenueModel(m_venues->model());
    m_users = new UsersPage(connection, m_tabs);
    m_audit = new AuditLogPage(connection, m_tabs);
    m_reports = new ReportsPage(connection, m_tabs);
    m_tabs->addTab(m_catalog, tr("Catalog"));
    m_tabs->addTab(m_venues, tr("Venues"));
    m_tabs->addTab(m_users, tr("Users"));
    m_tabs->addTab(m_audit, tr("Audit log"));
    m_tabs->addTab(m_reports, tr("Reports"));
    setCentralWidget(m_tabs);

    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(u"connectionLabel"_s);
    statusBar()->addPermanentWidget(m_connectionLabel);

    createMenus();
    connect(m_catalog, &CatalogPage::statusMessage, this, &AdminWindow::showStatus);
    connect(m_venues, &VenuesPage::statusMessage, this, &AdminWindow::showStatus);
    connect(m_users, &UsersPage::statusMessage, this, &AdminWindow::showStatus);
    connect(m_audit, &AuditLogPage::statusMessage, this, &AdminWindow::showStatus);
    connect(m_reports, &ReportsPage::statusMessage, this, &AdminWindow::showStatus);
    connect(m_tabs, &QTabWidget::currentChanged, this, &AdminWindow::onTabChanged);
    connect(m_connection, &ServerConnection::stateChanged, this, &AdminWindow::updateConnection);
    connect(m_connection, &ServerConnection::authenticated, this, [this] {
        updateRole();
        updateConnection();
    });

    updateRole();
    updateConnection();
    m_catalog->refresh();
    m_venues->refresh(); // the performance form offers them too
}

void AdminWindow::createMenus()
{
    auto *catalog = menuBar()->addMenu(tr("&Catalog"));
    catalog->setObjectName(u"catalogMenu"_s);
    const auto onCatalog = [this](auto method) {
        return [this, method] {
            m_tabs->setCurrentIndex(CatalogTab);
            (m_catalog->*method)();
        };
    };
    auto *newEvent = catalog->addAction(tr("New &event"), this, onCatalog(&CatalogPage::newEvent));
    newEvent->setObjectName(u"newEventAction"_s);
    newEvent->setShortcut(QKeySequence::New);
    auto *newPerformance =
        catalog->addAction(tr("New &performance"), this, onCatalog(&CatalogPage::newPerformance));
    newPerformance->setObjectName(u"newPerformanceAction"_s);
    newPerformance->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    auto *newTicketType =
        catalog->addAction(tr("New &ticket type"), this, onCatalog(&CatalogPage::newTicketType));
    newTicketType->setObjectName(u"newTicketTypeAction"_s);
    newTicketType->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    newTicketType->setToolTip(tr("A new ticket type; for reserved seating, the seat map where "
                                 "price categories are made"));
    auto *seatsAndPrices = catalog->addAction(tr("Seats and p&rices…"), this,
                                              onCatalog(&CatalogPage::openSeatCategories));
    seatsAndPrices->setObjectName(u"seatsAndPricesAction"_s);
    auto *copyTypes = catalog->addAction(tr("C&opy ticket types from…"), this,
                                         onCatalog(&CatalogPage::copyTicketTypes));
    copyTypes->setObjectName(u"copyTicketTypesAction"_s);
    copyTypes->setToolTip(tr("Copy the ticket types of another performance into the selected one"));
    catalog->addSeparator();
    auto *save = catalog->addAction(tr("&Save"), this, onCatalog(&CatalogPage::saveCurrent));
    save->setObjectName(u"saveAction"_s);
    save->setShortcut(QKeySequence::Save);
    save->setToolTip(tr("Save the event, performance or ticket type being edited"));
    auto *remove = catalog->addAction(tr("&Delete…"), this, onCatalog(&CatalogPage::deleteCurrent));
    remove->setObjectName(u"deleteAction"_s);
    remove->setShortcut(QKeySequence(Qt::Key_Delete));
    remove->setToolTip(tr("Delete the selected event, performance or ticket type"));
    catalog->addSeparator();
    auto *find = catalog->addAction(tr("&Filter events"), this, [this] {
        m_tabs->setCurrentIndex(CatalogTab);
        m_catalog->focusSearch();
    });
    find->setObjectName(u"filterEventsAction"_s);
    find->setShortcut(QKeySequence::Find);
    m_catalogActions = {newEvent,  newPerformance, newTicketType, seatsAndPrices,
                        copyTypes, save,           remove,        find};

    auto *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(u"viewMenu"_s);
    auto *showCatalog =
        view->addAction(tr("&Catalog"), this, [this] { m_tabs->setCurrentIndex(CatalogTab); });
    showCatalog->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    auto *showVenues = view->addAction(tr("&Venues"), this, [this] {
        m_tabs->setCurrentIndex(VenuesTab);
        m_venues->focusList();
    });
    showVenues->setObjectName(u"showVenuesAction"_s);
    showVenues->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_usersAction = view->addAction(tr("&Users"), this, [this] {
        m_tabs->setCurrentIndex(UsersTab);
        m_users->focusSearch();
    });
    m_usersAction->setObjectName(u"showUsersAction"_s);
    m_usersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    auto *showAudit =
        view->addAction(tr("&Audit log"), this, [this] { m_tabs->setCurrentIndex(AuditLogTab); });
    showAudit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    auto *showReports =
        view->addAction(tr("Re&ports"), this, [this] { m_tabs->setCurrentIndex(ReportsTab); });
    showReports->setObjectName(u"showReportsAction"_s);
    showReports->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    view->addSeparator();
    auto *refreshAction = view->addAction(tr("&Refresh"), this, &AdminWindow::refresh);
    refreshAction->setObjectName(u"refreshAction"_s);
    refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
}

void AdminWindow::refresh()
{
    switch (m_tabs->currentIndex()) {
    case CatalogTab:
        m_catalog->refresh();
        break;
    case VenuesTab:
        m_venues->refresh();
        break;
    case UsersTab:
        if (m_tabs->isTabEnabled(UsersTab))
            m_users->refresh();
        break;
    case AuditLogTab:
        m_audit->refresh();
        break;
    case ReportsTab:
        m_reports->refresh();
        break;
    }
}

void AdminWindow::onTabChanged(int index)
{
    if (!m_tabs->isTabEnabled(index)) {
        m_tabs->setCurrentIndex(CatalogTab); // a disabled tab is never shown, even if asked
        return;
    }
    // The catalog's menu acts on the catalog only.
    for (QAction *action : std::as_const(m_catalogActions))
        action->setEnabled(index == CatalogTab);
    if (index == UsersTab && m_tabs->isTabEnabled(UsersTab) && !m_usersLoaded) {
        m_usersLoaded = true;
        m_users->refresh();
    }
    if (index == AuditLogTab && !m_audit->hasLoaded())
        m_audit->refresh();
    if (index == ReportsTab && !m_reports->hasLoaded())
        m_reports->refresh();
}

void AdminWindow::updateRole()
{
    // Users and roles are the administrators' business; managers see the tab greyed out.
    const auto user = m_connection->user();
    const bool admin = user && user->role == Role::Admin;
    m_tabs->setTabEnabled(UsersTab, admin);
    m_tabs->setTabToolTip(UsersTab, admin ? QString() : tr("Only administrators manage users."));
    m_users->setEnabled(admin);
    m_usersAction->setEnabled(admin);
    if (!admin && m_tabs->currentIndex() == UsersTab)
        m_tabs->setCurrentIndex(CatalogTab);
}

void AdminWindow::updateConnection()
{
    const auto user = m_connection->user();
    const QString who = user ? user->displayName : QString();
    switch (m_connection->state()) {
    case ServerConnection::State::Connected:
        m_connectionLabel->setText(
            tr("%1 · connected to %2").arg(who, m_connection->server().toString()));
        break;
    case ServerConnection::State::Connecting:
        m_connectionLabel->setText(tr("Connecting to %1…").arg(m_connection->server().toString()));
        break;
    case ServerConnection::State::Disconnected:
        m_connectionLabel->setText(tr("Connection lost — reconnecting…"));
        break;
    }
}

void AdminWindow::showStatus(const QString &text)
{
    statusBar()->showMessage(text, 10000);
}

} // namespace mq::client
