#include "boxoffice/boxofficewindow.h"

#include "boxoffice/orderlookup.h"
#include "boxoffice/paymentpanel.h"
#include "boxoffice/performancesearch.h"
#include "boxoffice/saleresultpanel.h"
#include "boxoffice/ticketselection.h"
#include "core/displayformat.h"
#include "core/purchaserequest.h"
#include "core/serverconnection.h"
#include "core/clientsettings.h"
#include "printing/printsettingsdialog.h"
#include "printing/ticketdelivery.h"
#include "printing/ticketprinter.h"
#include "seatmap/seaterrors.h"
#include "seatmap/seatmapview.h"
#include "seatmap/seatpicker.h"
#include "shared/methods.h"
#include "widgets/theme.h"
#include "seatmap/serverclock.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QJsonArray>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
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
    m_seats = new SeatPicker(connection, SeatPicker::Style::Counter, m_salePage);
    m_seats->setCheckoutVisible(false); // the payment panel on the right pays
    m_seats->hide();
    auto *ticketsAndSeats = new QWidget(m_salePage);
    auto *ticketsLayout = new QVBoxLayout(ticketsAndSeats);
    ticketsLayout->setContentsMargins(0, 0, 0, 0);
    ticketsLayout->setSpacing(10);
    ticketsLayout->addWidget(m_tickets);
    ticketsLayout->addWidget(m_seats, 1);
    m_paymentStack = new QStackedWidget(m_salePage);
    m_paymentStack->setObjectName(u"paymentStackedWidget"_s);
    m_payment = new PaymentPanel(m_paymentStack);
    // In a sale rush the sale may wait its turn on the server; it is sent once, whatever happens.
    m_purchase = new PurchaseRequest(m_connection, this);
    m_purchase->setAttemptTimeout(PurchaseTimeoutMs);
    m_payment->followPurchase(m_purchase);
    connect(m_purchase, &PurchaseRequest::finished, this, [this](const RpcResult &r) {
        observeOrderTime(r, m_saleSent);
        onSaleAnswered(r, m_saleChange);
    });
    connect(m_purchase, &PurchaseRequest::queuePosition, this, [this](int position, qint64 waitMs) {
        const QString wait = PurchaseRequest::waitText(waitMs);
        statusBar()->showMessage(wait.isEmpty() ? PurchaseRequest::positionText(position)
                                                : tr("%1 · estimated wait: %2")
                                                      .arg(PurchaseRequest::positionText(position), wait));
    });
    connect(m_purchase, &PurchaseRequest::retrying, this,
            [this](const QString &why) { statusBar()->showMessage(why); });
    m_result = new SaleResultPanel(m_paymentStack);
    m_paymentStack->addWidget(m_payment);
    m_paymentStack->addWidget(m_result);
    m_saleLayout = new QHBoxLayout(m_salePage);
    m_saleLayout->setContentsMargins(16, 16, 16, 16);
    m_saleLayout->setSpacing(16);
    m_saleLayout->addWidget(card(m_search, m_salePage), 5);
    m_saleLayout->addWidget(card(ticketsAndSeats, m_salePage), 5);
    m_saleLayout->addWidget(card(m_paymentStack, m_salePage), 4);

    m_lookup = new OrderLookup(connection, this);
    m_lookup->layout()->setContentsMargins(16, 16, 16, 16);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"modeTabWidget"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_salePage, tr("Sale"));
    m_tabs->setTabToolTip(0, tr("Sell tickets (F2)"));
    m_tabs->addTab(m_lookup, tr("Orders and refunds"));
    m_tabs->setTabToolTip(1, tr("Find an order, reprint or refund it (F3)"));

    // Said once, above everything, and never in the way of a sale: no printer, so PDF files.
    m_printBanner = new QFrame(this);
    m_printBanner->setObjectName(u"printBannerFrame"_s);
    m_printBanner->setStyleSheet(u"QFrame#printBannerFrame { background: #fff6e0; border: 1px solid "
                                 "#e9c46a; border-radius: 8px; }"_s);
    auto *bannerLayout = new QHBoxLayout(m_printBanner);
    bannerLayout->setContentsMargins(12, 6, 6, 6);
    m_printBannerText = new QLabel(m_printBanner);
    m_printBannerText->setObjectName(u"printBannerLabel"_s);
    m_printBannerText->setWordWrap(true);
    m_printBannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *bannerSettings = new QPushButton(tr("Printing sett&ings…"), m_printBanner);
    bannerSettings->setObjectName(u"printBannerSettingsPushButton"_s);
    bannerSettings->setFocusPolicy(Qt::TabFocus);
    auto *bannerClose = new QPushButton(u"×"_s, m_printBanner);
    bannerClose->setObjectName(u"printBannerClosePushButton"_s);
    bannerClose->setAccessibleName(tr("Hide this message"));
    bannerClose->setToolTip(tr("Hide this message"));
    bannerClose->setFocusPolicy(Qt::TabFocus);
    bannerClose->setFlat(true);
    bannerLayout->addWidget(m_printBannerText, 1);
    bannerLayout->addWidget(bannerSettings);
    bannerLayout->addWidget(bannerClose);
    connect(bannerSettings, &QPushButton::clicked, this, &BoxOfficeWindow::editPrintSettings);
    connect(bannerClose, &QPushButton::clicked, this, [this] {
        m_printBannerDismissed = true;
        updatePrintBanner();
    });

    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    auto *bannerRow = new QHBoxLayout;
    bannerRow->setContentsMargins(16, 10, 16, 0);
    bannerRow->addWidget(m_printBanner);
    centralLayout->addLayout(bannerRow);
    centralLayout->addWidget(m_tabs, 1);
    setCentralWidget(central);

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
    // Reserved seating: the seat map and its buttons come between the quantity and the payment
    // (hidden for general admission, so Tab skips them).
    const QStringList seatOrder = {u"quantitySpinBox"_s,         u"zoomOutPushButton"_s,
                                   u"zoomInPushButton"_s,        u"fitPushButton"_s,
                                   u"seatMapView"_s,             u"holdSeatsPushButton"_s,
                                   u"clearSelectionPushButton"_s, u"releaseSeatsPushButton"_s,
                                   u"cashRadioButton"_s};
    for (qsizetype i = 0; i + 1 < seatOrder.size(); ++i)
        setTabOrder(m_salePage->findChild<QWidget *>(seatOrder.at(i)),
                    m_salePage->findChild<QWidget *>(seatOrder.at(i + 1)));

    connect(m_search, &PerformanceSearch::performanceChosen, this,
            [this](const Performance &performance, const QString &title) {
                m_payment->clearError();
                showPerformance(performance, title);
                m_tickets->focusTable();
            });
    connect(m_tickets, &TicketSelection::selectionChanged, this, &BoxOfficeWindow::updateSellable);
    connect(m_tickets, &TicketSelection::quantityConfirmed, this, [this] {
        // Reserved seating: Enter in the quantity is "best available", like F7.
        if (isReserved() && !m_seats->hold())
            holdBestAvailable();
        else
            m_payment->focusPayment();
    });
    connect(m_seats, &SeatPicker::holdChanged, this, &BoxOfficeWindow::updateSellable);
    connect(m_seats, &SeatPicker::holdMade, m_payment, &PaymentPanel::focusPayment);
    connect(m_seats, &SeatPicker::busyChanged, this, [this](bool busy) {
        setBusy(m_seats, busy);
        updateActions();
    });
    connect(m_payment, &PaymentPanel::completeRequested, this, &BoxOfficeWindow::completeSale);
    connect(m_result, &SaleResultPanel::nextCustomerRequested, this, &BoxOfficeWindow::nextCustomer);
    connect(m_result, &SaleResultPanel::printRequested, this, [this] { outputTickets(m_result->order()); });
    // Asked for by the clerk, outside the queue's flow: a dialog is what they want here.
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
        if (state == ServerConnection::State::Connected) {
            m_tickets->refresh();
            m_search->refresh();
        }
    });
    connect(m_connection, &ServerConnection::authenticated, this, &BoxOfficeWindow::updateConnectionStatus);

    connect(m_payment, &PaymentPanel::printTicketsChanged, this, &BoxOfficeWindow::updatePrintBanner);

    createMenus();
    updatePrintBanner();
    updateConnectionStatus();
    updateSellable();
    updateActions();
    Theme::sizeToScreen(this, QSize(1320, 820));
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
    m_bestAction = sale->addAction(tr("&Best available seats"), this, &BoxOfficeWindow::holdBestAvailable);
    m_bestAction->setObjectName(u"bestAvailableAction"_s);
    m_bestAction->setShortcut(QKeySequence(Qt::Key_F7));
    m_pickSeatsAction = sale->addAction(tr("Pick seats on the &map"), this, [this] {
        showSale();
        m_seats->focusMap();
    });
    m_pickSeatsAction->setObjectName(u"pickSeatsAction"_s);
    m_pickSeatsAction->setShortcut(QKeySequence(Qt::Key_F4));
    m_holdSeatsAction = sale->addAction(tr("&Hold selected seats"), m_seats, &SeatPicker::holdSelected);
    m_holdSeatsAction->setObjectName(u"holdSeatsAction"_s);
    m_holdSeatsAction->setShortcut(QKeySequence(Qt::Key_F9));
    m_releaseSeatsAction = sale->addAction(tr("Re&lease held seats"), m_seats, &SeatPicker::releaseHold);
    m_releaseSeatsAction->setObjectName(u"releaseSeatsAction"_s);
    m_releaseSeatsAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F9));
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
    m_completeAction = sale->addAction(tr("C&omplete sale"), this, &BoxOfficeWindow::completeSale);
    m_completeAction->setObjectName(u"completeSaleAction"_s);
    m_completeAction->setShortcut(QKeySequence(Qt::Key_F12));
    sale->addSeparator();
    m_printOptionAction = sale->addAction(tr("Print &tickets after each sale"));
    m_printOptionAction->setObjectName(u"printAfterSaleAction"_s);
    m_printOptionAction->setCheckable(true);
    m_printOptionAction->setChecked(m_payment->printTickets());
    connect(m_printOptionAction, &QAction::toggled, m_payment, &PaymentPanel::setPrintTickets);
    connect(m_payment, &PaymentPanel::printTicketsChanged, m_printOptionAction, &QAction::setChecked);
    m_printSettingsAction = sale->addAction(tr("Printing sett&ings…"), this, &BoxOfficeWindow::editPrintSettings);
    m_printSettingsAction->setObjectName(u"printSettingsAction"_s);

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
    m_printAction = orders->addAction(tr("&Print tickets"), this, [this] {
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
    m_seats->setEnabled(true);
    m_seats->clear(); // an unpaid hold goes back on sale
    m_seats->hide();
    m_tickets->setCompact(false);
    m_saleLayout->setStretch(0, 5);
    m_saleLayout->setStretch(1, 5);
    m_tickets->clear();
    m_payment->reset();
    m_paymentStack->setCurrentWidget(m_payment);
    m_lookup->clear();
    showSale();
    statusBar()->clearMessage();
    updateSellable();
    m_search->reset();
}

void BoxOfficeWindow::showPerformance(const Performance &performance, const QString &title)
{
    m_tickets->setPerformance(performance, title);
    const bool reserved = performance.seating == SeatingReserved;
    m_tickets->setCompact(reserved);
    if (reserved) {
        m_seats->setPerformance(performance);
        m_seats->show();
    } else {
        m_seats->clear();
        m_seats->hide();
    }
    // The seat map needs the room; the search list can narrow meanwhile.
    m_saleLayout->setStretch(0, reserved ? 3 : 5);
    m_saleLayout->setStretch(1, reserved ? 9 : 5);
    updateSellable();
}

bool BoxOfficeWindow::isReserved() const
{
    return m_tickets->hasPerformance() && m_tickets->isReserved();
}

void BoxOfficeWindow::holdBestAvailable()
{
    if (!isReserved() || m_saleInFlight || m_seats->isBusy())
        return;
    const TicketType *type = m_tickets->currentTicketType();
    if (!type) {
        m_payment->showError(tr("Choose a price category first."));
        return;
    }
    showSale();
    m_payment->clearError();
    m_seats->bestAvailable(type->id, m_tickets->quantity());
}

void BoxOfficeWindow::updateSellable()
{
    QString why;
    if (isReserved()) {
        const auto &hold = m_seats->hold();
        if (hold) {
            m_payment->setTotal(hold->totalCents(),
                                tr("%n seat(s): %1", nullptr, int(hold->seatIds().size())).arg(m_seats->heldSeatsText()));
            m_payment->setSellable(true, {});
        } else {
            m_payment->setTotal(0, {});
            m_payment->setSellable(false, tr("Hold seats first: the number of seats, then F7 for the best "
                                             "available, or F4 to pick them on the map."));
        }
        updateActions();
        return;
    }
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
    const bool seating = paying && isReserved() && !m_seats->isBusy();
    m_bestAction->setEnabled(seating);
    m_pickSeatsAction->setEnabled(seating);
    m_holdSeatsAction->setEnabled(seating);
    m_releaseSeatsAction->setEnabled(seating && m_seats->hold().has_value());
    const std::optional<Order> lookedUp = m_lookup->currentOrder();
    m_refundAction->setEnabled(m_tabs->currentWidget() == m_lookup && lookedUp
                               && lookedUp->status == OrderPaid);
    // A refunded order's tickets admit nobody: nothing to print.
    const std::optional<Order> order = currentOrder();
    const bool printable = order && order->status == OrderPaid;
    m_printAction->setEnabled(printable);
    m_saveAction->setEnabled(printable);
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
    const bool reserved = isReserved();
    if (reserved && !m_seats->hold()) {
        m_payment->showError(tr("Hold seats first: the number of seats, then F7 for the best available, "
                                "or F4 to pick them on the map."));
        return;
    }
    if (!reserved && !m_tickets->canSell(&why)) {
        m_payment->showError(why);
        return;
    }
    const std::optional<QJsonObject> payment = m_payment->payment();
    if (!payment)
        return; // the reason is shown next to the amount field
    const std::optional<Cents> change = m_payment->changeDue();

    m_saleSent = ServerClock::of(m_connection)->localNow();
    m_saleChange = change;
    m_saleInFlight = true;
    m_payment->setBusy(true);
    m_search->setEnabled(false);
    m_tickets->setEnabled(false);
    m_seats->setEnabled(false);
    setBusy(this, true);
    updateActions();
    if (reserved) {
        // The hold protects the seats while the payment runs; checkout turns it into the order.
        m_purchase->start(methodName(Method::OrderCheckout),
                          {{u"holdId"_s, m_seats->hold()->id}, {u"payment"_s, *payment}});
        return;
    }
    // One type keeps the request PROTOCOL.md wrote; several are one basket, one order.
    const QList<TicketSelection::Line> lines = m_tickets->lines();
    QJsonObject params{{u"payment"_s, *payment}};
    if (lines.size() == 1) {
        params.insert(u"ticketTypeId"_s, lines.first().ticketTypeId);
        params.insert(u"quantity"_s, lines.first().quantity);
    } else {
        QJsonArray items;
        for (const TicketSelection::Line &line : lines)
            items.append(QJsonObject{{u"ticketTypeId"_s, line.ticketTypeId}, {u"quantity"_s, line.quantity}});
        params.insert(u"items"_s, items);
    }
    m_purchase->start(methodName(Method::OrderPurchase), params);
}

void BoxOfficeWindow::observeOrderTime(const RpcResult &r, const QDateTime &sent)
{
    // The order's time is the server's: how far this computer's clock is off (hold countdowns).
    if (r.ok())
        ServerClock::of(m_connection)->observeOrder(r.result.value(u"order"_s).toObject(), sent);
}

void BoxOfficeWindow::onSaleAnswered(const RpcResult &r, std::optional<Cents> change)
{
    m_saleInFlight = false;
    setBusy(this, false);
    m_payment->setBusy(false);
    // The numbers changed (or were not what we thought). A push says so too, but not when the
    // sale overtook the subscription on the server, so ask.
    m_tickets->refresh();
    m_seats->setEnabled(true);
    if (r.ok()) {
        const Order order = Order::fromJson(r.result.value(u"order"_s).toObject());
        if (isReserved()) {
            m_seats->forgetHold(); // it is the order now
            m_seats->refreshMap();
        }
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
    statusBar()->clearMessage(); // the queue's position or a retry: over
    if (m_purchase->outcomeUnknown()) {
        // Asked again for two minutes without an answer: it may have reached the server.
        m_payment->showError(tr("No answer from the server, so the sale may or may not have gone "
                                "through. Check Orders and refunds › Your recent sales before "
                                "selling again."));
        return;
    }
    if (isReserved() && r.is(ErrorCode::Gone)) {
        // The hold ran out before the payment: the seats are back on sale, nothing was charged.
        m_seats->holdLost(SeatErrors::message(r, &m_seats->map()->venueLayout()));
        m_payment->showError(SeatErrors::message(r, &m_seats->map()->venueLayout()));
        return;
    }
    const bool busy = r.is(ErrorCode::Unavailable) || r.is(ErrorCode::RateLimited);
    if (isReserved() && !busy) {
        m_payment->showError(SeatErrors::message(r, &m_seats->map()->venueLayout()));
    } else if (const Id line = r.error.data.value(u"ticketTypeId"_s).toInteger(); line > 0) {
        // A basket's line that failed (sold out, no longer on sale): shown on its row.
        const QString name = m_tickets->showLineError(line, r.message());
        m_payment->showError(name.isEmpty() ? r.message()
                                            : tr("Nothing was sold or charged: change the %1 line and try "
                                                 "again.")
                                                  .arg(name));
    } else {
        m_payment->showError(PurchaseRequest::failureText(r));
    }
    if (r.is(ErrorCode::PaymentDeclined))
        m_payment->focusPayment(); // a declined payment keeps the hold: try again
}

void BoxOfficeWindow::outputTickets(const Order &order)
{
    if (order.status != OrderPaid) {
        statusBar()->showMessage(tr("Order %1 is not paid: its tickets admit nobody and are not printed.")
                                     .arg(order.code),
                                 8000);
        return;
    }
    const TicketDelivery::Result result = TicketDelivery::deliver(order);
    if (m_paymentStack->currentWidget() == m_result && m_result->order().id == order.id)
        m_result->setOutcome(result.message, result.kind == TicketDelivery::Result::Kind::Failed);
    statusBar()->showMessage(tr("Tickets of %1: %2").arg(order.code, result.message), 15000);
    updatePrintBanner();
}

void BoxOfficeWindow::editPrintSettings()
{
    auto *dialog = new PrintSettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_printBannerDismissed = false; // a new choice: say again if it still cannot print
        updatePrintBanner();
    });
    dialog->open();
}

void BoxOfficeWindow::updatePrintBanner()
{
    const QString reason = m_payment->printTickets() ? TicketDelivery::noPrinterReason() : QString();
    m_printBannerText->setText(reason);
    m_printBanner->setVisible(!reason.isEmpty() && !m_printBannerDismissed);
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
