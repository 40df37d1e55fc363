#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QTabWidget;

namespace mq::client {

class AuditLogPage;
class CatalogPage;
class ReportsPage;
class ServerConnection;
class UsersPage;
class VenuesPage;

// The managers' window: the catalog (events, performances, ticket types), venues and their seat
// maps, users and roles (administrators only), the audit log and reports. The app controller adds the File and Window menus.
class AdminWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Tab
    {
        CatalogTab,
        VenuesTab,
        UsersTab,
        AuditLogTab,
        ReportsTab
    };

    explicit AdminWindow(ServerConnection *connection, QWidget *parent = nullptr);

    CatalogPage *catalogPage() const { return m_catalog; }
    VenuesPage *venuesPage() const { return m_venues; }
    UsersPage *usersPage() const { return m_users; }
    AuditLogPage *auditLogPage() const { return m_audit; }
    ReportsPage *reportsPage() const { return m_reports; }

    // Reloads what the current tab shows.
    void refresh();

private:
    void createMenus();
    void updateRole();
    void updateConnection();
    void onTabChanged(int index);
    void showStatus(const QString &text);

    ServerConnection *m_connection;
    QTabWidget *m_tabs;
    CatalogPage *m_catalog;
    VenuesPage *m_venues;
    UsersPage *m_users;
    AuditLogPage *m_audit;
    ReportsPage *m_reports;
    QLabel *m_connectionLabel;
    QAction *m_usersAction = nullptr;
    QList<QAction *> m_catalogActions;
    bool m_usersLoaded = false;
};

} // namespace mq::client
