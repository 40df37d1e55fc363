#include "boxoffice/boxofficewindow.h"

#include "boxoffice/orderlookup.h"
#include "boxoffice/paymentpanel.h"
#include "boxoffice/performancesearch.h"
#include "boxoffice/saleresultpanel.h"
#include "boxoffice/ticketselection.h"
#include "core/displayformat.h"
#include "core/serverconnection.h"
#include "printing/ticketprinter.h"
#include "shared/methods.h"

#include <QAction>
#include <QCheckBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPrinterInfo>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mq::client {

namespace {
constexpr int PurchaseTimeoutMs = 30000;

QFrame *card(QWidget *content, QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setProperty("role", u"card"_s);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(content);
    return frame;
}
} // namespace

BoxOfficeWindow::BoxOfficeWindow(ServerConnection *connection, QWidget *parent)
    : QMainWindow(parent), m_connection(connection)
{
    setObjectName(u"boxOfficeWindow"_s);
    setWindowTitle(tr("Box Office"));

    // The sale: three steps side by side, left to right as the keyboard goes.
    m_salePage = new QWidget(this);
    m_search = new PerformanceSearch(connection, m_salePage);
    m_tickets = new TicketSelection(connection, m_salePage);
    m_paymentStack = new QStackedWidget(m_salePage);
    m_paymentStack->setObjectName(u"paymentStackedWidget"_s);
    m_payment = new PaymentPanel(m_paymentStack);
    m_result = new SaleResultPanel(m_paymentStack);
    m_paymentStack->addWidget(m_payment);
    m_paymentStack->addWidget(m_result);
    auto *saleLayout = new QHBoxLayout(m_salePage);
    saleLayout->setContentsMargins(16, 16, 16, 16);
    saleLayout->setSpacing(16);
    saleLayout->addWidget(card(m_search, m_salePage), 5);
    saleLayout->addWidget(card(m_tickets, m_salePage), 5);
    saleLayout->addWidget(card(m_paymentStack, m_salePage), 4);

    m_lookup = new OrderLookup(connection, this);
    m_lookup->layout()->setContentsMargins(16, 16, 16, 16);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"modeTabWidget"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_salePage, tr("Sale"));
    m_tabs->setTabToolTip(0, tr("Sell tickets (F2)"));
    m_tabs->addTab(m_lookup, tr("Orders and refunds"));
    m_tabs->setTabToolTip(1, tr("Find an order, reprint or refund it (F3)"));
    setCentralWidget(m_tabs);

    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(u"connectionStatusLabel"_s);
    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(u"busyProgressBar"_s);
    m_busyBar->setAccessibleName(tr("Waiting for the server"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(140);
    m_busyBar->setMaximumHeight(14);
    m_busyBar->setTextVisible(false);
    m_busyBar->hide();
    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addPermanentWidget(m_busyBar);

    // Keyboard order: search, results, ticket types, quantity, payment, complete.
    setTabOrder(m_search->searchField(), m_search->resultList());
    setTabOrder(m_search->resultList(), m_salePage->findChild<QWidget *>(u"ticketTypeTableView"_s));
    setTabOrder(m_salePage->findChild<QWidget *>(u"ticketTypeTableView"_s),
                m_salePage->findChild<QWidget *>(u"quantitySpinBox"_s));
    const QStringList paymentOrder = {u"quantitySpinBox"_s,     u"cashRadioButton"_s,
                                      u"cardRadioButton"_s,     u"cashGivenLineEdit"_s,
                                      u"exactAmountPushButton"_s, u"cardResultComboBox"_s,
                                      u"printTicketsCheckBox"_s, u"completeSalePushButton"_s};
    for (qsizetype i = 0; i + 1 < paymentOrder.size(); ++i)
        setTabOrder(m_salePage->findChild<QWidget *>(paymentOrder.at(i)),
                    m_salePage->findChild<QWidget *>(paymentOrder.at(i + 1)));

    connect(m_search, &PerformanceSearch::performanceChosen, this,
            [this](const Performance &performance, const QString &title) {
                m_payment->clearError();
                m_tickets->setPerformance(performance, title);
                m_tickets->focusTable();
            });
    connect(m_tickets, &TicketSelection::selectionChanged, this, &BoxOfficeWindow::updateSellable);
    connect(m_tickets, &TicketSelection::quantityConfirmed, m_payment, &PaymentPanel::focusPayment);
    connect(m_payment, &PaymentPanel::completeRequested, this, &BoxOfficeWindow::completeSale);
    connect(m_result, &SaleResultPanel::nextCustomerRequested, this, &BoxOfficeWindow::nextCustomer);
    connect(m_result, &SaleResultPanel::printRequested, this, [this] { outputTickets(m_result->order()); });
    connect(m_result, &SaleResultPanel::saveRequested, this,
            [this] { TicketPrinter::saveWithDialog(m_result->order(), this); });
    connect(m_lookup, &OrderLookup::printRequested, this, &BoxOfficeWindow::outputTickets);
    connect(m_lookup, &OrderLookup::saveRequested, this,
            [this](const Order &order) { TicketPrinter::saveWithDialog(order, this); });
    connect(m_lookup, &OrderLookup::busyChanged, this, [this](bool busy) { setBusy(m_lookup, busy); });
    connect(m_lookup, &OrderLookup::currentOrderChanged, this, &BoxOfficeWindow::updateActions);
    connect(m_lookup, &OrderLookup::orderCancelled, this, [this](const Order &order) {
        statusBar()->showMessage(tr("Order %1 refunded.").arg(order.code), 8000);
        // The refunded tickets are back on sale: the open performance's numbers change.
        m_tickets->refresh();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_lookup)
            m_lookup->refreshRecent();
        updateActions();
    });
    connect(m_paymentStack, &QStackedWidget::currentChanged, this, &BoxOfficeWindow::updateActions);
    connect(m_connection, &ServerConnection::stateChanged, this, [this](ServerConnection::State state) {
        updateConnectionStatus();
        // Pushes may have been missed while away: fetch the numbers again.
        if (state == ServerConnection::State::Connected)
            m_tickets->refresh();
    });
    connect(m_connection, &ServerConnection::authenticated, this, &BoxOfficeWindow::updateConnectionStatus);

    createMenus();
    updateConnectionStatus();
    updateSellable();
    updateActions();
    resize(1320, 820);
    m_search->focusSearch();
}

void BoxOfficeWindow::createMenus()
{
    QMenu *sale = menuBar()->addMenu(tr("&Sale"));
    QAction *next = sale->addAction(tr("&Next customer"), this, &BoxOfficeWindow::nextCustomer);
    next->setObjectName(u"nextCustomerAction"_s);
    next->setShortcuts({QKeySequence(Qt::Key_F2), QKeySequence(Qt::Key_Escape)});
    QAction *find = sale->addAction(tr("Find &performance"), this, [this] {
        showSale();
        m_search->focusSearch();
    });
    find->setObjectName(u"findPerformanceAction"_s);
    find->setShortcut(QKeySequence::Find);
    sale->addSeparator();
    m_cashAction = sale->addAction(tr("Pay in &cash"), m_payment, &PaymentPanel::selectCash);
    m_cashAction->setObjectName(u"payCashAction"_s);
    m_cashAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_cardAction = sale->addAction(tr("Pay by car&d"), m_payment, &PaymentPanel::selectCard);
    m_cardAction->setObjectName(u"payCardAction"_s);
    m_cardAction->setShortcut(QKeySequence(Qt::Key_F6));
    m_exactAction = sale->addAction(tr("E&xact amount given"), m_payment, &PaymentPanel::fillExactAmount);
    m_exactAction->setObjectName(u"exactAmountAction"_s);
    m_exactAction->setShortcut(QKeySequence(Qt::Key_F8));
    m_completeAction = sale->addAction(tr("Co&mplete sale"), this, &BoxOfficeWindow::completeSale);
    m_completeAction->setObjectName(u"completeSaleAction"_s);
    m_completeAction->setShortcut(QKeySequence(Qt::Key_F12));
    sale->addSeparator();
    m_printOptionAction = sale->addAction(tr("&Print tickets after each sale"));
    m_printOptionAction->setObjectName(u"printAfterSaleAction"_s);
    m_printOptionAction->setCheckable(true);
    m_printOptionAction->setChecked(m_payment->printTickets());
    connect(m_printOptionAction, &QAction::toggled, m_payment, &PaymentPanel::setPrintTickets);
    connect(m_payment, &PaymentPanel::printTicketsChanged, m_printOptionAction, &QAction::setChecked);

    QMenu *orders = menuBar()->addMenu(tr("&Orders"));
    QAction *findOrder = orders->addAction(tr("&Find order…"), this, [this] {
        showOrders();
        m_lookup->focusCode();
    });
    findOrder->setObjectName(u"findOrderAction"_s);
    findOrder->setShortcut(QKeySequence(Qt::Key_F3));
    m_refundAction = orders->addAction(tr("Cancel and &refund…"), m_lookup, &OrderLookup::cancelCurrent);
    m_refundAction->setObjectName(u"refundAction"_s);
    orders->addSeparator();
    m_printAction = orders->addAction(tr("&Print tickets…"), this, [this] {
        if (const auto order = currentOrder())
            outputTickets(*order);
    });
    m_printAction->setObjectName(u"printTicketsAction"_s);
    m_printAction->setShortcut(QKeySequence::Print);
    m_saveAction = orders->addAction(tr("&Save tickets as PDF…"), this, [this] {
        if (const auto order = currentOrder())
            TicketPrinter::saveWithDialog(*order, this);
    });
    m_saveAction->setObjectName(u"saveTicketsAction"_s);
    m_saveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
}

void BoxOfficeWindow::showSale()
{
    m_tabs->setCurrentWidget(m_salePage);
}

void BoxOfficeWindow::showOrders()
{
    m_tabs->setCurrentWidget(m_lookup);
}

void BoxOfficeWindow::nextCustomer()
{
    if (m_saleInFlight)
        return; // the answer decides what the clerk must do next; never throw it away
    m_search->setEnabled(true);
    m_tickets->setEnabled(true);
    m_tickets->clear();
    m_payment->reset();
    m_paymentStack->setCurrentWidget(m_payment);
    m_lookup->clear();
    showSale();
    statusBar()->clearMessage();
    updateSellable();
    m_search->reset();
}

void BoxOfficeWindow::updateSellable()
{
    QString why;
    const bool sellable = m_tickets->canSell(&why);
    m_payment->setTotal(m_tickets->totalCents(), m_tickets->summary());
    m_payment->setSellable(sellable, why);
    updateActions();
}

void BoxOfficeWindow::updateActions()
{
    if (!m_completeAction)
        return;
    const bool paying = m_tabs->currentWidget() == m_salePage
                        && m_paymentStack->currentWidget() == m_payment && !m_saleInFlight;
    m_cashAction->setEnabled(paying);
    m_cardAction->setEnabled(paying);
    m_exactAction->setEnabled(paying);
    m_completeAction->setEnabled(paying);
    const std::optional<Order> lookedUp = m_lookup->currentOrder();
    m_refundAction->setEnabled(m_tabs->currentWidget() == m_lookup && lookedUp
                               && lookedUp->status == OrderPaid);
    const bool hasOrder = currentOrder().has_value();
    m_printAction->setEnabled(hasOrder);
    m_saveAction->setEnabled(hasOrder);
}

std::optional<Order> BoxOfficeWindow::currentOrder() const
{
    if (m_tabs->currentWidget() == m_lookup)
        return m_lookup->currentOrder();
    if (m_paymentStack->currentWidget() == m_result)
        return m_result->order();
    return std::nullopt;
}

void BoxOfficeWindow::completeSale()
{
    if (m_saleInFlight || m_tabs->currentWidget() != m_salePage
        || m_paymentStack->currentWidget() != m_payment)
        return;
    QString why;
    if (!m_tickets->canSell(&why)) {
        m_payment->showError(why);
        return;
    }
    const std::optional<QJsonObject> payment = m_payment->payment();
    if (!payment)
        return; // the reason is shown next to the amount field
    const TicketType *type = m_tickets->currentTicketType();
    const std::optional<Cents> change = m_payment->changeDue();

    m_saleInFlight = true;
    m_payment->setBusy(true);
    m_search->setEnabled(false);
    m_tickets->setEnabled(false);
    setBusy(this, true);
    updateActions();
    m_connection->call(methodName(Method::OrderPurchase),
                       {{u"ticketTypeId"_s, type->id},
                        {u"quantity"_s, m_tickets->quantity()},
                        {u"payment"_s, *payment}},
                       this, [this, change](const RpcResult &r) { onSaleAnswered(r, change); },
                       PurchaseTimeoutMs);
}

void BoxOfficeWindow::onSaleAnswered(const RpcResult &r, std::optional<Cents> change)
{
    m_saleInFlight = false;
    setBusy(this, false);
    m_payment->setBusy(false);
    // The numbers changed (or were not what we thought). A push says so too, but not when the
    // sale overtook the subscription on the server, so ask.
    m_tickets->refresh();
    if (r.ok()) {
        const Order order = Order::fromJson(r.result.value(u"order"_s).toObject());
        m_result->setOrder(order, order.paymentProvider == u"cash"_s ? change : std::nullopt);
        m_paymentStack->setCurrentWidget(m_result);
        m_result->focusNextCustomer();
        statusBar()->showMessage(tr("Sale %1 complete: %n ticket(s).", nullptr, int(order.tickets.size()))
                                     .arg(order.code),
                                 8000);
        if (m_payment->printTickets())
            outputTickets(order);
        updateActions();
        return;
    }

    m_search->setEnabled(true);
    m_tickets->setEnabled(true);
    updateActions();
    if (r.kind == RpcResult::Kind::Timeout || r.kind == RpcResult::Kind::Disconnected) {
        // The request may have reached the server before the line dropped.
        m_payment->showError(tr("No answer from the server, so the sale may or may not have gone "
                                "through. Check Orders and refunds › Your recent sales before "
                                "selling again."));
        return;
    }
    m_payment->showError(r.message());
    if (r.is(ErrorCode::PaymentDeclined))
        m_payment->focusPayment();
}

void BoxOfficeWindow::outputTickets(const Order &order)
{
    if (QPrinterInfo::availablePrinterNames().isEmpty())
        TicketPrinter::saveWithDialog(order, this);
    else
        TicketPrinter::printWithDialog(order, this);
}

void BoxOfficeWindow::setBusy(const QObject *source, bool busy)
{
    if (busy)
        m_busy.insert(source);
    else
        m_busy.remove(source);
    m_busyBar->setVisible(!m_busy.isEmpty());
}

void BoxOfficeWindow::updateConnectionStatus()
{
    QString text;
    switch (m_connection->state()) {
    case ServerConnection::State::Connected:
        text = tr("Connected to %1").arg(m_connection->server().toString());
        break;
    case ServerConnection::State::Connecting:
        text = tr("Connecting to %1…").arg(m_connection->server().toString());
        break;
    case ServerConnection::State::Disconnected:
        text = tr("Not connected. Reconnecting…");
        break;
    }
    if (const auto user = m_connection->user())
        text += u" · "_s + tr("signed in as %1").arg(user->displayName.isEmpty() ? user->username
                                                                                   : user->displayName);
    m_connectionLabel->setText(text);
}

} // namespace mq::client
