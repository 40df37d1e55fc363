#include "customer/customerwindow.h"

#include "core/serverconnection.h"
#include "customer/accountpage.h"
#include "customer/buydialog.h"
#include "customer/catalogbrowser.h"
#include "customer/orderspage.h"
#include "customer/seatedbuydialog.h"
#include "widgets/theme.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace mq::client {

CustomerWindow::CustomerWindow(ServerConnection *connection, QWidget *parent)
    : QMainWindow(parent), m_connection(connection)
{
    setObjectName(u"customerWindow"_s);
    setWindowTitle(tr("Marquee — Tickets"));
    Theme::sizeToScreen(this, QSize(1280, 800));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"customerTabWidget"_s);
    m_tabs->setDocumentMode(true);
    m_browser = new CatalogBrowser(connection, m_tabs);
    m_orders = new OrdersPage(connection, m_tabs);
    m_account = new AccountPage(connection, m_tabs);
    m_tabs->addTab(m_browser, tr("Browse"));
    m_tabs->addTab(m_orders, tr("My tickets"));
    m_tabs->addTab(m_account, tr("Account"));
    m_tabs->widget(0)->setContentsMargins(12, 12, 12, 12);
    m_tabs->widget(1)->setContentsMargins(12, 12, 12, 12);
    m_tabs->widget(2)->setContentsMargins(24, 16, 24, 16);
    setCentralWidget(m_tabs);

    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(u"connectionLabel"_s);
    statusBar()->addPermanentWidget(m_connectionLabel);

    auto *view = menuBar()->addMenu(tr("&View"));
    auto *browse = view->addAction(tr("&Browse"), this, [this] { m_tabs->setCurrentIndex(0); });
    browse->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    auto *tickets = view->addAction(tr("&My tickets"), this, [this] { m_tabs->setCurrentIndex(1); });
    tickets->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    auto *account = view->addAction(tr("&Account"), this, [this] { m_tabs->setCurrentIndex(2); });
    account->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    view->addSeparator();
    auto *find = view->addAction(tr("&Search"), this, [this] {
        m_tabs->setCurrentIndex(0);
        m_browser->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    auto *refresh = view->addAction(tr("&Refresh"), this, [this] {
        if (m_tabs->currentIndex() == 1)
            m_orders->refresh();
        else
            m_browser->refresh();
    });
    refresh->setShortcut(QKeySequence::Refresh);

    const auto showStatus = [this](const QString &text) { statusBar()->showMessage(text, 8000); };
    connect(m_browser, &CatalogBrowser::statusMessage, this, showStatus);
    connect(m_orders, &OrdersPage::statusMessage, this, showStatus);
    connect(m_account, &AccountPage::statusMessage, this, showStatus);
    connect(m_browser, &CatalogBrowser::buyRequested, this,
            [this](const Event &event, const Performance &performance, Id ticketTypeId) {
        if (performance.seating == SeatingReserved) {
            // Seats, not quantities: the seat map, a hold, then payment.
            auto *seated = new SeatedBuyDialog(m_connection, event, performance, this);
            seated->setAttribute(Qt::WA_DeleteOnClose);
            connect(seated, &SeatedBuyDialog::orderCompleted, m_orders, &OrdersPage::addOrder);
            seated->open();
            return;
        }
        auto *dialog = new BuyDialog(m_connection, event, performance, ticketTypeId, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &BuyDialog::orderCompleted, m_orders, &OrdersPage::addOrder);
        dialog->open();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1)
            m_orders->refresh();
        if (index == 2)
            m_account->refresh();
    });
    connect(m_connection, &ServerConnection::stateChanged, this, &CustomerWindow::updateConnection);
    connect(m_connection, &ServerConnection::authenticated, this, [this] {
        m_browser->refresh(); // after a reconnect the numbers may have moved
    });
    updateConnection();
    m_browser->refresh();
    m_browser->focusSearch();
}

void CustomerWindow::updateConnection()
{
    const auto user = m_connection->user();
    const QString who = user ? user->displayName : QString();
    switch (m_connection->state()) {
    case ServerConnection::State::Connected:
        m_connectionLabel->setText(tr("%1 · connected to %2").arg(who, m_connection->server().toString()));
        break;
    case ServerConnection::State::Connecting:
        m_connectionLabel->setText(tr("Connecting to %1…").arg(m_connection->server().toString()));
        break;
    case ServerConnection::State::Disconnected:
        m_connectionLabel->setText(tr("Connection lost — reconnecting…"));
        break;
    }
}

} // namespace mq::client
