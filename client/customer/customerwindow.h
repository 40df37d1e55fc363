#pragma once

#include <QMainWindow>

class QLabel;
class QTabWidget;

namespace mq::client {

class AccountPage;
class CatalogBrowser;
class OrdersPage;
class ServerConnection;

// The customer's main window: browse and buy, "My tickets", account.
class CustomerWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit CustomerWindow(ServerConnection *connection, QWidget *parent = nullptr);

    CatalogBrowser *browser() const { return m_browser; }
    OrdersPage *orders() const { return m_orders; }

private:
    void updateConnection();

    ServerConnection *m_connection;
    QTabWidget *m_tabs;
    CatalogBrowser *m_browser;
    OrdersPage *m_orders;
    AccountPage *m_account;
    QLabel *m_connectionLabel;
};

} // namespace mq::client
