#include "customer/buydialog.h"

#include "core/displayformat.h"
#include "core/purchaserequest.h"
#include "core/serverconnection.h"
#include "customer/paymentform.h"
#include "models/tickettypemodel.h"
#include "printing/ticketprinter.h"
#include "shared/jsonfields.h"
#include "shared/methods.h"
#include "seatmap/serverclock.h"
#include "widgets/queuestatus.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mq::client {

namespace {
// The protocol's limits for one order (docs/protocol.md, order.purchase).
constexpr int MaxTickets = 20;
constexpr int MaxLines = 10;
} // namespace

BuyDialog::BuyDialog(ServerConnection *connection, const Event &event, const Performance &performance,
                     Id ticketTypeId, QWidget *parent)
    : QDialog(parent), m_connection(connection), m_event(event), m_performance(performance)
{
    setObjectName(u"buyDialog"_s);
    setWindowTitle(tr("Buy tickets — %1").arg(event.title));
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(14);
    auto *title = new QLabel(event.title, this);
    title->setProperty("role", u"heading"_s);
    title->setWordWrap(true);
    layout->addWidget(title);
    auto *when = new QLabel(DisplayFormat::showTime(performance.startsAt, performance.timeZone) + u"  ·  "_s + performance.venue, this);
    when->setProperty("role", u"muted"_s);
    when->setWordWrap(true);
    layout->addWidget(when);

    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);

    // 1. Tickets: one line per ticket type, each with its own quantity.
    auto *choose = new QWidget(m_pages);
    auto *chooseLayout = new QVBoxLayout(choose);
    chooseLayout->setContentsMargins(0, 0, 0, 0);
    chooseLayout->setSpacing(10);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(4);
    grid->setColumnStretch(0, 1);
    auto *typeHeader = new QLabel(tr("Ticket type"), choose);
    auto *priceHeader = new QLabel(tr("Price"), choose);
    auto *quantityHeader = new QLabel(tr("&Quantity"), choose);
    auto *leftHeader = new QLabel(tr("Available"), choose);
    for (QLabel *header : {typeHeader, priceHeader, quantityHeader, leftHeader})
        header->setProperty("role", u"muted"_s);
    grid->addWidget(typeHeader, 0, 0);
    grid->addWidget(priceHeader, 0, 1, Qt::AlignRight);
    grid->addWidget(quantityHeader, 0, 2);
    grid->addWidget(leftHeader, 0, 3);
    int gridRow = 1;
    QSpinBox *first = nullptr;
    for (const TicketType &t : performance.ticketTypes) {
        Line line;
        line.type = t;
        auto *name = new QLabel(t.name, choose);
        name->setWordWrap(true); // a long name takes two lines; the price beside it stays whole
        auto *price = new QLabel(DisplayFormat::money(t.priceCents), choose);
        price->setObjectName(u"linePriceLabel"_s);
        price->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        line.quantity = new QSpinBox(choose);
        line.quantity->setObjectName(u"quantitySpinBox"_s);
        line.quantity->setProperty("ticketTypeId", t.id);
        line.quantity->setRange(0, MaxTickets);
        line.quantity->setMinimumWidth(80);
        // Each box is named after its line: "Quantity of Adult" is what a screen reader says.
        line.quantity->setAccessibleName(tr("Quantity of %1").arg(t.name));
        line.quantity->setAccessibleDescription(DisplayFormat::money(t.priceCents));
        if (t.id == ticketTypeId && t.onSale && t.remaining() > 0)
            line.quantity->setValue(1);
        line.left = new QLabel(choose);
        line.left->setObjectName(u"lineRemainingLabel"_s);
        line.left->setProperty("role", u"muted"_s);
        line.error = new QLabel(choose);
        line.error->setObjectName(u"lineErrorLabel"_s);
        line.error->setProperty("role", u"error"_s);
        line.error->setWordWrap(true);
        line.error->hide();
        grid->addWidget(name, gridRow, 0);
        grid->addWidget(price, gridRow, 1);
        grid->addWidget(line.quantity, gridRow, 2);
        grid->addWidget(line.left, gridRow, 3);
        grid->addWidget(line.error, gridRow + 1, 0, 1, 4);
        gridRow += 2;
        if (!first || t.id == ticketTypeId)
            first = line.quantity; // the keyboard starts on the line chosen in the window
        const Id id = t.id;
        connect(line.quantity, &QSpinBox::valueChanged, this, [this, id] {
            if (m_updating)
                return;
            for (Line &l : m_lines) {
                if (l.type.id == id)
                    l.error->hide(); // the customer is changing that line: the old problem is theirs to see again
            }
            m_chooseError->hide();
            updateTotal();
        });
        m_lines.append(line);
    }
    quantityHeader->setBuddy(first);
    chooseLayout->addLayout(grid);

    auto *totalRow = new QHBoxLayout;
    auto *totalCaption = new QLabel(tr("Total:"), choose);
    totalCaption->setProperty("role", u"subheading"_s);
    m_total = new QLabel(choose);
    m_total->setObjectName(u"totalLabel"_s);
    m_total->setProperty("role", u"display"_s);
    totalRow->addStretch();
    totalRow->addWidget(totalCaption);
    totalRow->addWidget(m_total);
    chooseLayout->addLayout(totalRow);
    m_chooseError = new QLabel(choose);
    m_chooseError->setObjectName(u"chooseErrorLabel"_s);
    m_chooseError->setProperty("role", u"error"_s);
    m_chooseError->setWordWrap(true);
    m_chooseError->hide();
    chooseLayout->addWidget(m_chooseError);
    auto *chooseButtons = new QHBoxLayout;
    auto *cancel = new QPushButton(tr("Cancel"), choose);
    cancel->setObjectName(u"cancelPushButton"_s);
    m_continue = new QPushButton(tr("Continue to payment"), choose);
    m_continue->setObjectName(u"continuePushButton"_s);
    m_continue->setProperty("role", u"primary"_s);
    chooseButtons->addStretch();
    chooseButtons->addWidget(cancel);
    chooseButtons->addWidget(m_continue);
    chooseLayout->addLayout(chooseButtons);
    m_pages->addWidget(choose);

    // 2. Payment
    auto *payPage = new QWidget(m_pages);
    auto *payLayout = new QVBoxLayout(payPage);
    payLayout->setContentsMargins(0, 0, 0, 0);
    m_payTotal = new QLabel(payPage);
    m_payTotal->setObjectName(u"payTotalLabel"_s);
    m_payTotal->setProperty("role", u"subheading"_s);
    m_payTotal->setWordWrap(true);
    payLayout->addWidget(m_payTotal);
    m_payment = new PaymentForm(payPage);
    payLayout->addWidget(m_payment);
    // In a sale rush the purchase may wait its turn on the server: where it stands, calmly.
    m_purchase = new PurchaseRequest(connection, this);
    m_queue = new QueueStatus(payPage);
    m_queue->follow(m_purchase);
    payLayout->addWidget(m_queue);
    // While it waits its turn the card's details are sent and done with: the place in the line
    // takes their room. The dialog grows if the news needs more.
    const auto fit = [this] {
        if (const int h = sizeHint().height(); height() < h)
            resize(width(), h);
    };
    connect(m_purchase, &PurchaseRequest::queuePosition, this, [this, fit] {
        m_payment->hide();
        m_pay->setText(tr("Waiting for your turn…"));
        fit();
    });
    connect(m_purchase, &PurchaseRequest::retrying, this, fit);
    connect(m_purchase, &PurchaseRequest::finished, m_payment, &QWidget::show);
    payLayout->addStretch(1); // spare room below, the news stays at the top
    auto *payButtons = new QHBoxLayout;
    m_back = new QPushButton(tr("Back"), payPage);
    m_back->setObjectName(u"backPushButton"_s);
    m_pay = new QPushButton(tr("Pay"), payPage);
    m_pay->setObjectName(u"payPushButton"_s);
    m_pay->setProperty("role", u"primary"_s);
    payButtons->addStretch();
    payButtons->addWidget(m_back);
    payButtons->addWidget(m_pay);
    payLayout->addLayout(payButtons);
    m_pages->addWidget(payPage);

    // 3. Done
    auto *done = new QWidget(m_pages);
    auto *doneLayout = new QVBoxLayout(done);
    doneLayout->setContentsMargins(0, 0, 0, 0);
    auto *thanks = new QLabel(tr("Thank you! Your tickets are booked."), done);
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
    m_doneSummary->setProperty("role", u"muted"_s);
    doneLayout->addWidget(m_doneSummary);
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
    m_pages->addWidget(done);

    // Enter does each page's main action: continue, pay (also from the card's fields), close.
    const auto defaults = [this, close](int page) {
        m_continue->setDefault(page == 0);
        m_pay->setDefault(page == 1);
        close->setDefault(page == 2);
    };
    connect(m_pages, &QStackedWidget::currentChanged, this, defaults);
    defaults(0);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_continue, &QPushButton::clicked, this, &BuyDialog::toPayment);
    connect(m_back, &QPushButton::clicked, this, [this] { m_pages->setCurrentIndex(0); });
    connect(m_pay, &QPushButton::clicked, this, &BuyDialog::pay);
    connect(m_payment, &PaymentForm::submitted, this, &BuyDialog::pay);
    connect(print, &QPushButton::clicked, this, [this] {
        if (m_order)
            TicketPrinter::printWithDialog(*m_order, this);
    });
    connect(save, &QPushButton::clicked, this, [this] {
        if (m_order)
            TicketPrinter::saveWithDialog(*m_order, this);
    });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_connection, &ServerConnection::inventoryChanged, this, &BuyDialog::applyInventory);
    connect(m_purchase, &PurchaseRequest::finished, this, &BuyDialog::onPurchaseAnswered);
    updateTotal();
    if (first) {
        first->setFocus();
        first->selectAll();
    }
}

QSpinBox *BuyDialog::quantityBox(Id ticketTypeId) const
{
    for (const Line &l : m_lines) {
        if (l.type.id == ticketTypeId)
            return l.quantity;
    }
    return nullptr;
}

Cents BuyDialog::total() const
{
    Cents total = 0;
    for (const Line &l : m_lines) {
        Cents line = 0;
        if (multiplyCents(l.type.priceCents, l.quantity->value(), &line))
            total += line;
    }
    return total;
}

int BuyDialog::ticketCount() const
{
    int count = 0;
    for (const Line &l : m_lines)
        count += l.quantity->value();
    return count;
}

QString BuyDialog::basketText() const
{
    QStringList parts;
    for (const Line &l : m_lines) {
        if (l.quantity->value() > 0)
            parts << tr("%L1 × %2").arg(l.quantity->value()).arg(l.type.name);
    }
    return parts.join(u", "_s);
}

void BuyDialog::updateTotal()
{
    m_updating = true;
    const int count = ticketCount();
    int lines = 0;
    for (Line &l : m_lines) {
        const qint64 left = l.type.onSale ? qMax<qint64>(0, l.type.remaining()) : 0;
        // At most what is left of the type, and at most 20 tickets in the whole order.
        const int others = count - l.quantity->value();
        const int most = int(std::clamp<qint64>(left, 0, MaxTickets - others));
        if (l.quantity->value() > most) {
            // Someone else bought them meanwhile: take fewer, and say why on that line.
            l.quantity->setMaximum(most);
            l.error->setText(left > 0 ? tr("Only %Ln left now.", nullptr, int(left))
                                      : tr("Sold out now."));
            l.error->show();
        }
        l.quantity->setMaximum(most);
        l.quantity->setEnabled(most > 0 || l.quantity->value() > 0);
        l.left->setText(TicketTypeModel::availability(l.type));
        if (l.quantity->value() > 0)
            ++lines;
    }
    m_updating = false;

    const QString text = DisplayFormat::money(total());
    m_total->setText(text);
    m_total->setAccessibleName(tr("Total %1").arg(text));
    const int tickets = ticketCount();
    m_payTotal->setText(tr("%1 — total %2").arg(basketText(), text));
    m_continue->setEnabled(tickets > 0 && lines <= MaxLines);
    if (lines > MaxLines) {
        m_chooseError->setText(tr("One order holds at most %L1 kinds of tickets.").arg(MaxLines));
        m_chooseError->show();
    }
}

void BuyDialog::applyInventory(Id performanceId, const QJsonArray &ticketTypes)
{
    if (performanceId != m_performance.id)
        return;
    for (const QJsonValue &v : ticketTypes) {
        const QJsonObject o = v.toObject();
        const Id id = jsonInteger(o.value(u"id"_s)).value_or(0);
        for (Line &l : m_lines) {
            if (l.type.id == id)
                TicketTypeModel::applyNumbers(l.type, o);
        }
    }
    if (!m_paying && m_pages->currentIndex() == 0) {
        updateTotal();
    } else {
        // Mid-payment the basket stays as chosen; the server has the last word on it.
        for (Line &l : m_lines)
            l.left->setText(TicketTypeModel::availability(l.type));
    }
}

void BuyDialog::toPayment()
{
    if (ticketCount() == 0)
        return;
    m_chooseError->hide();
    m_payTotal->setText(tr("%1 — total %2").arg(basketText(), DisplayFormat::money(total())));
    m_pages->setCurrentIndex(1);
    m_payment->focusFirst();
}

void BuyDialog::reject()
{
    if (m_paying)
        return; // the answer decides what happened to the money; never walk away from it
    QDialog::reject();
}

void BuyDialog::showLineError(Id ticketTypeId, const QString &message)
{
    for (Line &l : m_lines) {
        if (l.type.id == ticketTypeId) {
            l.error->setText(message);
            l.error->show();
            l.quantity->setFocus();
            return;
        }
    }
    m_chooseError->setText(message);
    m_chooseError->show();
}

void BuyDialog::pay()
{
    if (m_paying || m_pages->currentIndex() != 1)
        return;
    QJsonArray items;
    Id onlyType = 0;
    int quantity = 0;
    for (const Line &l : std::as_const(m_lines)) {
        if (l.quantity->value() <= 0)
            continue;
        items.append(QJsonObject{{u"ticketTypeId"_s, l.type.id}, {u"quantity"_s, l.quantity->value()}});
        onlyType = l.type.id;
        quantity = l.quantity->value();
    }
    if (items.isEmpty())
        return;
    const auto token = m_payment->tokenize();
    if (!token)
        return;
    m_paying = true;
    m_pay->setEnabled(false);
    m_back->setEnabled(false);
    m_pay->setText(tr("Paying…"));
    const QJsonObject payment{{u"provider"_s, u"sandbox"_s}, {u"token"_s, *token}};
    // One type is the classic purchase every server knows; several are one basket (protocol 3).
    const QJsonObject params = items.size() == 1
                                   ? QJsonObject{{u"ticketTypeId"_s, onlyType}, {u"quantity"_s, quantity},
                                                 {u"payment"_s, payment}}
                                   : QJsonObject{{u"items"_s, items}, {u"payment"_s, payment}};
    m_paySent = ServerClock::of(m_connection)->localNow();
    m_payOnlyType = onlyType;
    m_paySingle = items.size() == 1;
    m_purchase->start(methodName(Method::OrderPurchase), params);
}

void BuyDialog::onPurchaseAnswered(const RpcResult &r)
{
    const Id onlyType = m_payOnlyType;
    const bool single = m_paySingle;
    m_paying = false;
    m_pay->setEnabled(true);
    m_back->setEnabled(true);
    m_pay->setText(tr("Pay"));
    if (r.ok()) {
        // The order's time is the server's: how far this computer's clock is off (holds).
        ServerClock::of(m_connection)->observeOrder(r.result.value(u"order"_s).toObject(), m_paySent);
        m_order = Order::fromJson(r.result.value(u"order"_s).toObject());
        m_doneCode->setText(m_order->code);
        QStringList bought;
        for (const OrderItem &item : std::as_const(m_order->items))
            bought << tr("%L1 × %2").arg(item.quantity).arg(item.ticketTypeName);
        m_doneSummary->setText(bought.join(u", "_s) + u"\n"_s +
                               tr("%n ticket(s), %1 paid. You find them any time under “My tickets”.",
                                  nullptr, int(m_order->tickets.size()))
                                   .arg(DisplayFormat::money(m_order->totalCents)));
        m_pages->setCurrentIndex(2);
        Q_EMIT orderCompleted(*m_order);
        return;
    }
    if (r.is(ErrorCode::PaymentDeclined)) {
        QString reason = r.message().trimmed();
        if (!reason.isEmpty() && !reason.endsWith(u'.'))
            reason += u'.';
        m_payment->showDeclined(tr("%1 No tickets were booked: check the card's details or try another card.")
                                    .arg(reason));
        return;
    }
    if (m_purchase->outcomeUnknown()) {
        // Asked again for two minutes without an answer: it may have gone through, so never
        // invite a second purchase before looking.
        m_payment->showDeclined(tr("The server did not confirm the purchase, so it may have gone through. "
                                   "Check “My tickets” before trying again."));
        return;
    }
    // Nothing was bought. Back to the basket, the reason on the line it concerns; the other
    // lines stay as chosen.
    m_pages->setCurrentIndex(0);
    if (r.is(ErrorCode::Conflict, u"sold_out"_s)) {
        const Id id = jsonInteger(r.error.data.value(u"ticketTypeId"_s)).value_or(single ? onlyType : 0);
        const qint64 left = qMax<qint64>(0, jsonInteger(r.error.data.value(u"remaining"_s)).value_or(0));
        for (Line &l : m_lines) {
            if (l.type.id == id)
                l.type.sold = l.type.capacity - l.type.held - left;
        }
        m_updating = true;
        for (Line &l : m_lines) {
            if (l.type.id == id)
                l.quantity->setMaximum(int(qMin<qint64>(left, MaxTickets)));
        }
        m_updating = false;
        updateTotal();
        showLineError(id, left > 0 ? tr("Only %Ln left: the quantity is now what is left.", nullptr, int(left))
                                   : tr("Sold out: choose another ticket type."));
        return;
    }
    m_chooseError->setText(PurchaseRequest::failureText(r));
    m_chooseError->show();
}

} // namespace mq::client
