#include "customer/seatedbuydialog.h"

#include "core/displayformat.h"
#include "core/purchaserequest.h"
#include "core/serverconnection.h"
#include "customer/paymentform.h"
#include "printing/ticketprinter.h"
#include "seatmap/holdcountdown.h"
#include "seatmap/seaterrors.h"
#include "seatmap/seatmapview.h"
#include "seatmap/seatpicker.h"
#include "seatmap/serverclock.h"
#include "shared/methods.h"
#include "widgets/queuestatus.h"
#include "widgets/theme.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mq::client {

namespace {
constexpr int CheckoutTimeoutMs = 30000;
}

SeatedBuyDialog::SeatedBuyDialog(ServerConnection *connection, const Event &event,
                                 const Performance &performance, QWidget *parent)
    : QDialog(parent), m_connection(connection), m_event(event), m_performance(performance)
{
    setObjectName(u"seatedBuyDialog"_s);
    setWindowTitle(tr("Choose seats — %1").arg(event.title));
    Theme::sizeToScreen(this, parent ? parent->window()->size() * 0.94 : QSize(1240, 780));
    setMinimumSize(860, 600);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    auto *title = new QLabel(event.title, this);
    title->setProperty("role", u"heading"_s);
    title->setWordWrap(true);
    layout->addWidget(title);
    auto *when = new QLabel(
        DisplayFormat::showTime(performance.startsAt, performance.timeZone) + u"  ·  "_s + performance.venue, this);
    when->setProperty("role", u"muted"_s);
    layout->addWidget(when);

    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages, 1);

    // 1. Seats
    m_picker = new SeatPicker(connection, SeatPicker::Style::Desktop, m_pages);
    m_pages->addWidget(m_picker);

    // 2. Payment, with the hold's countdown still in view.
    auto *payPage = new QWidget(m_pages);
    auto *payOuter = new QHBoxLayout(payPage);
    payOuter->addStretch(1);
    auto *payCard = new QFrame(payPage);
    payCard->setProperty("role", u"card"_s);
    payCard->setMinimumWidth(520);
    payCard->setMaximumWidth(640);
    auto *payLayout = new QVBoxLayout(payCard);
    payLayout->setContentsMargins(24, 20, 24, 20);
    payLayout->setSpacing(10);
    auto *payTitle = new QLabel(tr("Pay for your seats"), payCard);
    payTitle->setProperty("role", u"subheading"_s);
    m_paySeats = new QLabel(payCard);
    m_paySeats->setObjectName(u"paySeatsLabel"_s);
    m_paySeats->setWordWrap(true);
    m_payTotal = new QLabel(payCard);
    m_payTotal->setObjectName(u"payTotalLabel"_s);
    m_payTotal->setProperty("role", u"display"_s);
    m_payCountdown = new HoldCountdown(payCard);
    m_payCountdown->setObjectName(u"payCountdownLabel"_s);
    // Zero here too: the seat picker asks the server; the hold may well still be there.
    connect(m_payCountdown, &HoldCountdown::expired, m_payCountdown,
            [this] { m_payCountdown->setChecking(true); });
    m_payment = new PaymentForm(payCard);
    m_back = new QPushButton(tr("C&hange seats"), payCard);
    m_back->setObjectName(u"backPushButton"_s);
    m_pay = new QPushButton(tr("Pay"), payCard);
    m_pay->setObjectName(u"payPushButton"_s);
    m_pay->setProperty("role", u"primary"_s);
    m_pay->setDefault(true);
    auto *payButtons = new QHBoxLayout;
    payButtons->addWidget(m_back);
    payButtons->addStretch();
    payButtons->addWidget(m_pay);
    payLayout->addWidget(payTitle);
    payLayout->addWidget(m_paySeats);
    payLayout->addWidget(m_payTotal);
    payLayout->addWidget(m_payCountdown);
    payLayout->addSpacing(6);
    payLayout->addWidget(m_payment);
    // In a sale rush the checkout may wait its turn on the server: where it stands, calmly.
    m_purchase = new PurchaseRequest(connection, this);
    m_purchase->setAttemptTimeout(CheckoutTimeoutMs);
    m_queue = new QueueStatus(payCard);
    m_queue->follow(m_purchase);
    payLayout->addWidget(m_queue);
    // While it waits its turn the card's details are sent and done with: the place in the line
    // takes their room.
    connect(m_purchase, &PurchaseRequest::queuePosition, this, [this] {
        m_payment->hide();
        m_pay->setText(tr("Waiting for your turn…"));
    });
    connect(m_purchase, &PurchaseRequest::finished, m_payment, &QWidget::show);
    payLayout->addStretch(1);
    payLayout->addLayout(payButtons);
    payOuter->addWidget(payCard, 2);
    payOuter->addStretch(1);
    m_pages->addWidget(payPage);

    // 3. Done
    auto *donePage = new QWidget(m_pages);
    auto *doneOuter = new QHBoxLayout(donePage);
    doneOuter->addStretch(1);
    auto *done = new QFrame(donePage);
    done->setProperty("role", u"card"_s);
    done->setMinimumWidth(520);
    done->setMaximumWidth(640);
    doneOuter->addWidget(done, 2);
    doneOuter->addStretch(1);
    auto *doneLayout = new QVBoxLayout(done);
    doneLayout->setContentsMargins(24, 20, 24, 20);
    doneLayout->setSpacing(10);
    auto *thanks = new QLabel(tr("Thank you! Your seats are booked."), done);
    thanks->setProperty("role", u"subheading"_s);
    doneLayout->addWidget(thanks);
    m_doneCode = new QLabel(done);
    m_doneCode->setObjectName(u"orderCodeLabel"_s);
    m_doneCode->setProperty("role", u"display"_s);
    m_doneCode->setTextInteractionFlags(Qt::TextSelectableByMouse);
    doneLayout->addWidget(m_doneCode);
    m_doneSummary = new QLabel(done);
    m_doneSummary->setObjectName(u"doneSummaryLabel"_s);
    m_doneSummary->setWordWrap(true);
    doneLayout->addWidget(m_doneSummary);
    doneLayout->addStretch(1);
    auto *doneButtons = new QHBoxLayout;
    auto *print = new QPushButton(tr("&Print tickets…"), done);
    print->setObjectName(u"printPushButton"_s);
    auto *save = new QPushButton(tr("&Save as PDF…"), done);
    save->setObjectName(u"savePdfPushButton"_s);
    auto *close = new QPushButton(tr("Close"), done);
    close->setObjectName(u"closePushButton"_s);
    close->setProperty("role", u"primary"_s);
    doneButtons->addWidget(print);
    doneButtons->addWidget(save);
    doneButtons->addStretch();
    doneButtons->addWidget(close);
    doneLayout->addLayout(doneButtons);
    m_pages->addWidget(donePage);

    connect(m_picker, &SeatPicker::checkoutRequested, this, &SeatedBuyDialog::toPayment);
    connect(m_picker, &SeatPicker::holdChanged, this, [this] {
        // The hold went (expired, released) while paying: back to the seats, which say why.
        if (!m_picker->hold() && m_pages->currentIndex() == 1 && !m_paying)
            m_pages->setCurrentIndex(0);
    });
    connect(m_back, &QPushButton::clicked, this, [this] {
        m_pages->setCurrentIndex(0);
        m_picker->focusMap();
    });
    connect(m_pay, &QPushButton::clicked, this, &SeatedBuyDialog::pay);
    connect(m_payment, &PaymentForm::submitted, this, &SeatedBuyDialog::pay); // Enter in the card's fields
    connect(print, &QPushButton::clicked, this, [this] {
        if (m_order)
            TicketPrinter::printWithDialog(*m_order, this);
    });
    connect(save, &QPushButton::clicked, this, [this] {
        if (m_order)
            TicketPrinter::saveWithDialog(*m_order, this);
    });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_purchase, &PurchaseRequest::finished, this, &SeatedBuyDialog::onCheckoutAnswered);

    m_picker->setPerformance(performance, event.category);
}

void SeatedBuyDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // The keyboard starts on the map (arrow keys pick seats), once the dialog is on screen.
    if (m_pages->currentIndex() == 0)
        QTimer::singleShot(0, m_picker, &SeatPicker::focusMap);
}

void SeatedBuyDialog::reject()
{
    if (m_paying)
        return; // the answer decides what happened to the money; never walk away from it
    QDialog::reject();
}

void SeatedBuyDialog::toPayment()
{
    const auto &hold = m_picker->hold();
    if (!hold)
        return;
    m_paySeats->setText(m_picker->heldSeatsText());
    const QString total = DisplayFormat::money(hold->totalCents());
    m_payTotal->setText(total);
    m_payTotal->setAccessibleName(tr("Total %1").arg(total));
    m_payCountdown->start(m_picker->holdDeadline());
    m_pages->setCurrentIndex(1);
    m_payment->focusFirst();
}

void SeatedBuyDialog::pay()
{
    const auto &hold = m_picker->hold();
    const auto token = m_payment->tokenize();
    if (!hold || !token || m_paying)
        return;
    m_paying = true;
    m_pay->setEnabled(false);
    m_back->setEnabled(false);
    m_pay->setText(tr("Paying…"));
    const QJsonObject params{
        {u"holdId"_s, hold->id},
        {u"payment"_s, QJsonObject{{u"provider"_s, u"sandbox"_s}, {u"token"_s, *token}}}};
    m_paySent = ServerClock::of(m_connection)->localNow();
    m_purchase->start(methodName(Method::OrderCheckout), params);
}

void SeatedBuyDialog::onCheckoutAnswered(const RpcResult &r)
{
    m_paying = false;
    m_pay->setEnabled(true);
    m_back->setEnabled(true);
    m_pay->setText(tr("Pay"));
    if (r.ok()) {
        // The order's time is the server's: how far this computer's clock is off.
        ServerClock::of(m_connection)
            ->observeOrder(r.result.value(u"order"_s).toObject(), m_paySent);
        m_order = Order::fromJson(r.result.value(u"order"_s).toObject());
        m_picker->forgetHold();
        m_payCountdown->stop();
        m_doneCode->setText(m_order->code);
        // One order for every category held (stalls and balcony alike): each category's
        // count and seats.
        QStringList bought;
        QStringList places;
        for (const OrderItem &item : std::as_const(m_order->items)) {
            bought << tr("%L1 × %2").arg(item.quantity).arg(item.ticketTypeName);
            QList<SeatPlace> seats;
            for (const Ticket &t : std::as_const(m_order->tickets)) {
                if (t.seatId > 0 && t.ticketTypeId == item.ticketTypeId)
                    seats << t.seat;
            }
            if (!seats.isEmpty())
                places << tr("%1: %2").arg(item.ticketTypeName, DisplayFormat::seatPlaces(seats));
        }
        m_doneSummary->setText(
            bought.join(u", "_s) + u"\n"_s +
            tr("%n seat(s), %1 paid. You find the tickets any time under “My tickets”.",
               nullptr, int(m_order->tickets.size()))
                .arg(DisplayFormat::money(m_order->totalCents)) +
            (places.isEmpty() ? QString() : u"\n\n"_s + places.join(u"\n"_s)));
        m_pages->setCurrentIndex(2);
        Q_EMIT orderCompleted(*m_order);
        return;
    }
    if (r.is(ErrorCode::PaymentDeclined)) {
        // The seats stay held: another card can be tried.
        m_payment->showDeclined(
            tr("%1 Your seats are still held: try another card.").arg(r.message()));
        return;
    }
    if (r.is(ErrorCode::Gone)) {
        m_payCountdown->stop();
        m_picker->holdLost(SeatErrors::message(r, &m_picker->map()->venueLayout()));
        m_pages->setCurrentIndex(0);
        return;
    }
    if (m_purchase->outcomeUnknown()) {
        // Asked again for two minutes without an answer: the payment may have gone
        // through, so never invite a second one before looking.
        m_payment->showDeclined(
            tr("The server did not confirm the payment, so it may have gone through. "
               "Check “My tickets” before trying again."));
        m_picker->restoreHold();
        return;
    }
    m_payment->showDeclined(r.is(ErrorCode::Unavailable) || r.is(ErrorCode::RateLimited)
                                ? PurchaseRequest::failureText(r)
                                : SeatErrors::message(r, &m_picker->map()->venueLayout()));
}

} // namespace mq::client
