#include "customer/buydialog.h"

#include "core/displayformat.h"
#include "core/serverconnection.h"
#include "customer/paymentform.h"
#include "printing/ticketprinter.h"
#include "shared/jsonfields.h"
#include "shared/methods.h"
#include "seatmap/serverclock.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mq::client {

BuyDialog::BuyDialog(ServerConnection *connection, const Event &event, const Performance &performance,
                     Id ticketTypeId, QWidget *parent)
    : QDialog(parent), m_connection(connection), m_event(event), m_performance(performance)
{
    setWindowTitle(tr("Buy tickets — %1").arg(event.title));
    setMinimumWidth(520);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(14);
    auto *title = new QLabel(event.title, this);
    title->setProperty("role", u"heading"_s);
    title->setWordWrap(true);
    layout->addWidget(title);
    auto *when = new QLabel(DisplayFormat::dateTime(performance.startsAt) + u"  ·  "_s + performance.venue, this);
    when->setProperty("role", u"muted"_s);
    layout->addWidget(when);

    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);

    // 1. Tickets
    auto *choose = new QWidget(m_pages);
    auto *chooseLayout = new QFormLayout(choose);
    chooseLayout->setSpacing(10);
    m_type = new QComboBox(choose);
    m_type->setObjectName(u"ticketTypeComboBox"_s);
    for (const TicketType &t : performance.ticketTypes)
        m_type->addItem(u"%1 — %2"_s.arg(t.name, DisplayFormat::money(t.priceCents)), t.id);
    const int preselected = m_type->findData(ticketTypeId);
    if (preselected >= 0)
        m_type->setCurrentIndex(preselected);
    auto *typeLabel = new QLabel(tr("&Ticket type:"), choose);
    typeLabel->setBuddy(m_type);
    chooseLayout->addRow(typeLabel, m_type);
    m_quantity = new QSpinBox(choose);
    m_quantity->setObjectName(u"quantitySpinBox"_s);
    m_quantity->setRange(1, 20);
    auto *quantityLabel = new QLabel(tr("&Quantity:"), choose);
    quantityLabel->setBuddy(m_quantity);
    chooseLayout->addRow(quantityLabel, m_quantity);
    m_remaining = new QLabel(choose);
    m_remaining->setObjectName(u"remainingLabel"_s);
    m_remaining->setProperty("role", u"muted"_s);
    chooseLayout->addRow(QString(), m_remaining);
    m_total = new QLabel(choose);
    m_total->setObjectName(u"totalLabel"_s);
    m_total->setProperty("role", u"display"_s);
    auto *totalCaption = new QLabel(tr("Total:"), choose);
    chooseLayout->addRow(totalCaption, m_total);
    m_chooseError = new QLabel(choose);
    m_chooseError->setObjectName(u"chooseErrorLabel"_s);
    m_chooseError->setProperty("role", u"error"_s);
    m_chooseError->setWordWrap(true);
    m_chooseError->hide();
    chooseLayout->addRow(m_chooseError);
    auto *chooseButtons = new QHBoxLayout;
    auto *cancel = new QPushButton(tr("Cancel"), choose);
    cancel->setObjectName(u"cancelPushButton"_s);
    m_continue = new QPushButton(tr("Continue to payment"), choose);
    m_continue->setObjectName(u"continuePushButton"_s);
    m_continue->setProperty("role", u"primary"_s);
    m_continue->setDefault(true);
    chooseButtons->addStretch();
    chooseButtons->addWidget(cancel);
    chooseButtons->addWidget(m_continue);
    chooseLayout->addRow(chooseButtons);
    m_pages->addWidget(choose);

    // 2. Payment
    auto *payPage = new QWidget(m_pages);
    auto *payLayout = new QVBoxLayout(payPage);
    m_payTotal = new QLabel(payPage);
    m_payTotal->setObjectName(u"payTotalLabel"_s);
    m_payTotal->setProperty("role", u"subheading"_s);
    payLayout->addWidget(m_payTotal);
    m_payment = new PaymentForm(payPage);
    payLayout->addWidget(m_payment);
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
    auto *thanks = new QLabel(tr("Thank you! Your tickets are booked."), done);
    thanks->setProperty("role", u"subheading"_s);
    doneLayout->addWidget(thanks);
    m_doneCode = new QLabel(done);
    m_doneCode->setObjectName(u"orderCodeLabel"_s);
    m_doneCode->setProperty("role", u"display"_s);
    m_doneCode->setTextInteractionFlags(Qt::TextSelectableByMouse);
    doneLayout->addWidget(m_doneCode);
    m_doneSummary = new QLabel(done);
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

    connect(m_type, &QComboBox::currentIndexChanged, this, &BuyDialog::updateTotal);
    connect(m_quantity, &QSpinBox::valueChanged, this, &BuyDialog::updateTotal);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_continue, &QPushButton::clicked, this, [this] {
        m_chooseError->hide();
        m_pages->setCurrentIndex(1);
        m_payment->focusFirst();
    });
    connect(m_back, &QPushButton::clicked, this, [this] { m_pages->setCurrentIndex(0); });
    connect(m_pay, &QPushButton::clicked, this, &BuyDialog::pay);
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
    updateTotal();
    m_quantity->setFocus();
}

const TicketType *BuyDialog::selectedType() const
{
    const Id id = m_type->currentData().toLongLong();
    for (const TicketType &t : m_performance.ticketTypes) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

void BuyDialog::updateTotal()
{
    const TicketType *t = selectedType();
    if (!t) {
        m_continue->setEnabled(false);
        return;
    }
    const qint64 left = qMax<qint64>(0, t->remaining());
    m_quantity->setMaximum(int(std::clamp<qint64>(left, 1, 20)));
    m_remaining->setText(left > 0 ? tr("%n ticket(s) left", nullptr, int(left)) : tr("Sold out"));
    Cents total = 0;
    multiplyCents(t->priceCents, m_quantity->value(), &total);
    const QString text = DisplayFormat::money(total);
    m_total->setText(text);
    m_total->setAccessibleName(tr("Total %1").arg(text));
    m_payTotal->setText(tr("%n × %1 — total %2", nullptr, m_quantity->value())
                            .arg(t->name, text));
    m_continue->setEnabled(left > 0);
}

void BuyDialog::applyInventory(Id performanceId, const QJsonArray &ticketTypes)
{
    if (performanceId != m_performance.id)
        return;
    for (const QJsonValue &v : ticketTypes) {
        const QJsonObject o = v.toObject();
        const Id id = jsonInteger(o.value(u"id"_s)).value_or(0);
        for (TicketType &t : m_performance.ticketTypes) {
            if (t.id != id)
                continue;
            t.sold = jsonInteger(o.value(u"sold"_s)).value_or(t.sold);
            t.held = jsonInteger(o.value(u"held"_s)).value_or(t.held);
            t.capacity = jsonInteger(o.value(u"capacity"_s)).value_or(t.capacity);
        }
    }
    updateTotal();
}

void BuyDialog::pay()
{
    const TicketType *t = selectedType();
    const auto token = m_payment->tokenize();
    if (!t || !token)
        return;
    m_pay->setEnabled(false);
    m_back->setEnabled(false);
    m_pay->setText(tr("Paying…"));
    const QJsonObject params{{u"ticketTypeId"_s, t->id},
                             {u"quantity"_s, m_quantity->value()},
                             {u"payment"_s, QJsonObject{{u"provider"_s, u"sandbox"_s}, {u"token"_s, *token}}}};
    const QDateTime sent = ServerClock::of(m_connection)->localNow();
    m_connection->call(methodName(Method::OrderPurchase), params, this, [this, sent](const RpcResult &r) {
        m_pay->setEnabled(true);
        m_back->setEnabled(true);
        m_pay->setText(tr("Pay"));
        if (r.ok()) {
            // The order's time is the server's: how far this computer's clock is off (holds).
            ServerClock::of(m_connection)->observeOrder(r.result.value(u"order"_s).toObject(), sent);
            m_order = Order::fromJson(r.result.value(u"order"_s).toObject());
            m_doneCode->setText(m_order->code);
            m_doneSummary->setText(tr("%n ticket(s), %1 paid. You find them any time under “My tickets”.",
                                      nullptr, int(m_order->tickets.size()))
                                       .arg(DisplayFormat::money(m_order->totalCents)));
            m_pages->setCurrentIndex(2);
            Q_EMIT orderCompleted(*m_order);
            return;
        }
        if (r.is(ErrorCode::PaymentDeclined)) {
            m_payment->showDeclined(r.message());
            return;
        }
        if (r.kind == RpcResult::Kind::Timeout || r.kind == RpcResult::Kind::Disconnected) {
            // The purchase may have gone through before the line dropped: never invite a second one.
            m_payment->showDeclined(tr("The connection dropped before the server confirmed the purchase. "
                                       "Check “My tickets” before trying again."));
            return;
        }
        // Sold out, sales closed and the like: back to the choice, with the reason.
        m_chooseError->setText(r.message());
        m_chooseError->show();
        m_pages->setCurrentIndex(0);
    });
}

} // namespace mq::client
