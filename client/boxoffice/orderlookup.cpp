#include "boxoffice/orderlookup.h"

#include "boxoffice/twolineitemdelegate.h"
#include "core/displayformat.h"
#include "core/serverconnection.h"
#include "printing/ticketrenderer.h"
#include "shared/methods.h"
#include "widgets/theme.h"

#include <QFontDatabase>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mq::client {

namespace {
constexpr int CodeRole = Qt::UserRole + 1;
constexpr int MaxRecent = 50;
constexpr int SeatTicketColumn = 2;

QString orderStatusText(const QString &status)
{
    if (status == OrderPaid)
        return OrderLookup::tr("Paid");
    if (status == OrderRefunded)
        return OrderLookup::tr("Refunded");
    if (status == OrderCancelled)
        return OrderLookup::tr("Cancelled");
    return status;
}

bool isCash(const Order &order)
{
    return order.paymentProvider == u"cash"_s;
}

QString paidBy(const Order &order)
{
    return isCash(order) ? OrderLookup::tr("cash") : OrderLookup::tr("card");
}

void showText(QLabel *label, const QString &text, const QString &role)
{
    label->setText(text);
    if (label->property("role").toString() != role) {
        label->setProperty("role", role);
        Theme::repolish(label);
    }
}

QFrame *card(QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setProperty("role", u"card"_s);
    return frame;
}

QTreeWidget *table(const QString &objectName, const QString &accessibleName,
                   const QStringList &headers, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(objectName);
    tree->setAccessibleName(accessibleName);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setSelectionMode(QAbstractItemView::NoSelection);
    tree->setFocusPolicy(Qt::TabFocus);
    tree->setAlternatingRowColors(true);
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    return tree;
}
} // namespace

OrderLookup::OrderLookup(ServerConnection *connection, QWidget *parent)
    : QWidget(parent), m_connection(connection)
{
    auto *layout = new QHBoxLayout(this);
    layout->setSpacing(16);

    // Left: find by code, or pick a recent sale.
    auto *find = card(this);
    find->setMinimumWidth(340);
    find->setMaximumWidth(440);
    auto *findLayout = new QVBoxLayout(find);
    findLayout->setContentsMargins(16, 16, 16, 16);
    findLayout->setSpacing(8);
    auto *findHeading = new QLabel(tr("Find order"), find);
    findHeading->setProperty("role", u"subheading"_s);
    m_code = new QLineEdit(find);
    m_code->setObjectName(u"orderCodeLineEdit"_s);
    m_code->setPlaceholderText(tr("MQ-XXXX-XXXX-XX"));
    Theme::addClearButton(m_code);
    m_code->setMaxLength(64);
    auto *codeLabel = new QLabel(tr("Order &code"), find);
    codeLabel->setBuddy(m_code);
    m_find = new QPushButton(tr("&Look up"), find);
    m_find->setObjectName(u"findOrderPushButton"_s);
    m_find->setAutoDefault(true);
    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(m_code, 1);
    codeRow->addWidget(m_find);
    m_lookupError = new QLabel(find);
    m_lookupError->setObjectName(u"orderLookupErrorLabel"_s);
    m_lookupError->setProperty("role", u"error"_s);
    m_lookupError->setWordWrap(true);

    m_recent = new QListWidget(find);
    m_recent->setObjectName(u"recentOrdersListWidget"_s);
    m_recent->setAccessibleName(tr("Your recent sales"));
    m_recent->setUniformItemSizes(true);
    m_recent->setItemDelegate(new TwoLineItemDelegate(m_recent));
    m_recent->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *recentLabel = new QLabel(tr("Your recent sal&es"), find);
    recentLabel->setBuddy(m_recent);
    m_recentStatus = new QLabel(find);
    m_recentStatus->setProperty("role", u"muted"_s);
    m_recentStatus->setWordWrap(true);

    findLayout->addWidget(findHeading);
    findLayout->addWidget(codeLabel);
    findLayout->addLayout(codeRow);
    findLayout->addWidget(m_lookupError);
    findLayout->addSpacing(8);
    findLayout->addWidget(recentLabel);
    findLayout->addWidget(m_recent, 1);
    findLayout->addWidget(m_recentStatus);
    layout->addWidget(find);

    // Right: the order.
    auto *order = card(this);
    auto *orderLayout = new QVBoxLayout(order);
    orderLayout->setContentsMargins(16, 16, 16, 16);
    m_placeholder = new QLabel(tr("Type or scan an order code and press Enter, or choose one of your "
                                  "recent sales."),
                               order);
    m_placeholder->setProperty("role", u"muted"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);

    m_details = new QWidget(order);
    auto *detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->setSpacing(8);
    m_heading = new QLabel(m_details);
    m_heading->setObjectName(u"orderHeadingLabel"_s);
    m_heading->setProperty("role", u"heading"_s);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(m_details);
    m_status->setObjectName(u"orderStatusLabel"_s);
    m_status->setProperty("role", u"badge"_s);
    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(m_heading);
    headingRow->addWidget(m_status);
    headingRow->addStretch();
    m_facts = new QLabel(m_details);
    m_facts->setObjectName(u"orderFactsLabel"_s);
    m_facts->setProperty("role", u"muted"_s);
    m_facts->setWordWrap(true);
    m_items = table(u"orderItemsTreeWidget"_s, tr("Items"),
                    {tr("Performance"), tr("When"), tr("Venue"), tr("Type"), tr("Qty"), tr("Price"),
                     tr("Subtotal")},
                    m_details);
    m_tickets = table(u"orderTicketsTreeWidget"_s, tr("Tickets"),
                      {tr("Ticket code"), tr("Type"), tr("Seat"), tr("Status")}, m_details);
    auto *itemsLabel = new QLabel(tr("Items"), m_details);
    itemsLabel->setProperty("role", u"muted"_s);
    auto *ticketsLabel = new QLabel(tr("Tickets"), m_details);
    ticketsLabel->setProperty("role", u"muted"_s);
    m_message = new QLabel(m_details);
    m_message->setObjectName(u"orderMessageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_print = new QPushButton(tr("Print &tickets"), m_details);
    m_print->setObjectName(u"reprintPushButton"_s);
    m_save = new QPushButton(tr("Save as P&DF…"), m_details);
    m_save->setObjectName(u"saveOrderPdfPushButton"_s);
    m_cancel = new QPushButton(tr("Cancel and &refund…"), m_details);
    m_cancel->setObjectName(u"cancelOrderPushButton"_s);
    m_cancel->setProperty("role", u"danger"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_print);
    buttons->addWidget(m_save);
    buttons->addStretch();
    buttons->addWidget(m_cancel);

    detailsLayout->addLayout(headingRow);
    detailsLayout->addWidget(m_facts);
    detailsLayout->addSpacing(4);
    detailsLayout->addWidget(itemsLabel);
    detailsLayout->addWidget(m_items, 1);
    detailsLayout->addWidget(ticketsLabel);
    detailsLayout->addWidget(m_tickets, 3);
    detailsLayout->addWidget(m_message);
    detailsLayout->addLayout(buttons);

    orderLayout->addWidget(m_placeholder, 1);
    orderLayout->addWidget(m_details, 1);
    layout->addWidget(order, 1);

    connect(m_code, &QLineEdit::returnPressed, this, [this] { lookUp(m_code->text()); });
    // A complaint about the code goes as soon as the code is being fixed.
    connect(m_code, &QLineEdit::textEdited, this, [this] {
        if (m_lookupError->property("role").toString() == u"error"_s)
            m_lookupError->clear();
    });
    connect(m_find, &QPushButton::clicked, this, [this] { lookUp(m_code->text()); });
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString code = item->data(CodeRole).toString();
        m_code->setText(code);
        lookUp(code);
    });
    connect(m_cancel, &QPushButton::clicked, this, &OrderLookup::cancelCurrent);
    connect(m_print, &QPushButton::clicked, this, [this] {
        if (m_order && m_order->status == OrderPaid)
            Q_EMIT printRequested(*m_order);
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (m_order && m_order->status == OrderPaid)
            Q_EMIT saveRequested(*m_order);
    });

    setTabOrder(m_code, m_find);
    setTabOrder(m_find, m_recent);
    setTabOrder(m_recent, m_items);
    setTabOrder(m_items, m_tickets);
    setTabOrder(m_tickets, m_print);
    setTabOrder(m_print, m_save);
    setTabOrder(m_save, m_cancel);
    setFocusProxy(m_code);
    clear();
}

void OrderLookup::focusCode()
{
    m_code->setFocus(Qt::ShortcutFocusReason);
    m_code->selectAll();
}

void OrderLookup::clear()
{
    ++m_sequence; // answers still on their way are no longer wanted
    setBusy(false);
    m_order.reset();
    m_code->clear();
    m_lookupError->clear();
    m_message->clear();
    m_details->hide();
    m_placeholder->show();
    updateButtons();
    Q_EMIT currentOrderChanged();
}

void OrderLookup::lookUp(const QString &text)
{
    // As typed, scanned or read out: any case, with or without MQ and dashes. The server makes
    // sense of it (order.get forgives), so only spaces go here.
    QString code = text.simplified().toUpper();
    code.remove(u' ');
    m_lookupError->clear();
    if (code.isEmpty()) {
        showText(m_lookupError, tr("Type the order code from the customer's receipt or e-mail."),
                 u"error"_s);
        focusCode();
        return;
    }
    fetch(code);
}

void OrderLookup::fetch(const QString &code, const QString &message, const QString &role)
{
    const quint64 sequence = ++m_sequence;
    setBusy(true);
    if (message.isEmpty())
        showText(m_lookupError, tr("Looking up %1…").arg(code), u"muted"_s);
    m_connection->call(methodName(Method::OrderGet), {{u"code"_s, code}}, this,
                       [this, sequence, code, message, role](const RpcResult &r) {
                           if (sequence != m_sequence)
                               return;
                           setBusy(false);
                           if (r.ok()) {
                               showOrder(Order::fromJson(r.result.value(u"order"_s).toObject()));
                               setMessage(message, role);
                               return;
                           }
                           // A code that matches nothing: say so plainly, not "it was deleted".
                           showText(m_lookupError,
                                    r.is(ErrorCode::NotFound)
                                        ? tr("No order has the code %1. Check it and try again.").arg(code)
                                        : r.message(),
                                    u"error"_s);
                           focusCode();
                       });
}

void OrderLookup::showOrder(const Order &order)
{
    m_order = order;
    m_placeholder->hide();
    m_details->show();
    m_lookupError->clear();
    m_message->clear();
    m_heading->setText(tr("Order %1").arg(order.code));
    m_status->setText(orderStatusText(order.status));
    QStringList facts;
    if (order.createdAt.isValid())
        facts << tr("Sold %1").arg(DisplayFormat::dateTime(order.createdAt));
    facts << tr("paid by %1").arg(paidBy(order));
    facts << tr("total %1").arg(DisplayFormat::money(order.totalCents));
    m_facts->setText(facts.join(u" · "_s));
    QList<SeatPlace> seats;
    for (const Ticket &ticket : order.tickets) {
        if (ticket.seatId > 0)
            seats.append(ticket.seat);
    }
    if (!seats.isEmpty())
        m_facts->setText(m_facts->text() + u'\n' + tr("Seats: %1").arg(DisplayFormat::seatPlaces(seats)));

    m_items->clear();
    QHash<Id, QString> typeNames;
    for (const OrderItem &item : order.items) {
        typeNames.insert(item.ticketTypeId, item.ticketTypeName);
        Cents subtotal = 0;
        multiplyCents(item.unitPriceCents, item.quantity, &subtotal);
        auto *row = new QTreeWidgetItem(m_items, {item.eventTitle, DisplayFormat::showTime(item.startsAt, item.timeZone),
                                                  item.venue, item.ticketTypeName,
                                                  QString::number(item.quantity),
                                                  DisplayFormat::money(item.unitPriceCents),
                                                  DisplayFormat::money(subtotal)});
        for (int column = 4; column <= 6; ++column)
            row->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_tickets->clear();
    bool seated = false;
    for (const Ticket &ticket : order.tickets) {
        QString seat;
        if (ticket.seatId > 0) {
            seated = true;
            QStringList parts{DisplayFormat::seatPlace(ticket.seat)};
            parts << DisplayFormat::seatNotes(ticket.seat);
            seat = parts.join(u" · "_s);
        }
        auto *row = new QTreeWidgetItem(m_tickets, {ticket.code, typeNames.value(ticket.ticketTypeId),
                                                    seat, TicketRenderer::statusText(ticket.status)});
        row->setFont(0, QFontDatabase::systemFont(QFontDatabase::FixedFont));
        if (const QString note = DisplayFormat::seatNote(ticket.seat); !note.isEmpty())
            row->setToolTip(2, note);
    }
    // The seat column only where there are seats (general admission has none).
    m_tickets->setColumnHidden(SeatTicketColumn, !seated);
    updateButtons();
    Q_EMIT currentOrderChanged();
}

void OrderLookup::cancelCurrent()
{
    if (!m_order || m_busy || m_order->status != OrderPaid)
        return;
    const Order order = *m_order;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Cancel and Refund"),
                                tr("Cancel order %1 and refund %2?")
                                    .arg(order.code, DisplayFormat::money(order.totalCents)),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"refundConfirmMessageBox"_s);
    box->setInformativeText(
        (isCash(order) ? tr("Give the customer %1 back in cash.").arg(DisplayFormat::money(order.totalCents))
                       : tr("%1 goes back to the customer's card.").arg(DisplayFormat::money(order.totalCents)))
        + u' '
        + tr("Its %n ticket(s) stop working at once and go back on sale. This cannot be undone.",
             nullptr, int(order.tickets.size())));
    auto *confirm = box->addButton(tr("Cancel and refund"), QMessageBox::DestructiveRole);
    confirm->setObjectName(u"confirmRefundPushButton"_s);
    confirm->setProperty("role", u"danger"_s);
    auto *keep = box->addButton(tr("Keep order"), QMessageBox::RejectRole);
    keep->setObjectName(u"keepOrderPushButton"_s);
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, confirm, order](QAbstractButton *button) {
        if (button == confirm)
            cancelConfirmed(order);
    });
    box->open();
}

void OrderLookup::cancelConfirmed(const Order &order)
{
    const quint64 sequence = ++m_sequence;
    setBusy(true);
    setMessage(tr("Cancelling…"), u"muted"_s);
    m_connection->call(
        methodName(Method::OrderCancel), {{u"orderId"_s, order.id}}, this,
        [this, sequence, order](const RpcResult &r) {
            if (sequence != m_sequence)
                return;
            setBusy(false);
            if (r.ok()) {
                const Order cancelled = Order::fromJson(r.result.value(u"order"_s).toObject());
                showOrder(cancelled);
                const QString money = DisplayFormat::money(cancelled.totalCents);
                // What the clerk must do now, where it cannot be missed.
                setMessage(isCash(cancelled)
                               ? tr("Order cancelled. Give the customer %1 back in cash.").arg(money)
                               : tr("Order cancelled. %1 was refunded to the customer's card.").arg(money),
                           u"subheading"_s);
                Q_EMIT orderCancelled(cancelled);
                refreshRecent();
                return;
            }
            // Whatever happened meanwhile (cancelled at another desk, the show began), show the
            // order as it is now, with the reason.
            if (r.kind == RpcResult::Kind::Error && !r.is(ErrorCode::NotFound))
                fetch(order.code, r.message(), u"error"_s);
            else
                setMessage(r.message(), u"error"_s);
        },
        30000);
}

void OrderLookup::refreshRecent()
{
    m_recentStatus->setText(tr("Loading…"));
    m_connection->call(methodName(Method::OrderListMine), {}, this, [this](const RpcResult &r) {
        if (!r.ok()) {
            m_recentStatus->setText(r.message());
            return;
        }
        const QJsonArray orders = r.result.value(u"orders"_s).toArray();
        m_recent->clear();
        for (qsizetype i = 0; i < orders.size() && i < MaxRecent; ++i) {
            const Order order = Order::fromJson(orders.at(i).toObject());
            qint64 tickets = order.tickets.size();
            const QString title = order.items.isEmpty() ? QString() : order.items.first().eventTitle;
            const QString detail = tr("%1 · %n ticket(s) · %2", nullptr, int(tickets))
                                       .arg(DisplayFormat::money(order.totalCents), title);
            const QString status = orderStatusText(order.status);
            const QString when = DisplayFormat::dateTime(order.createdAt);
            auto *item = new QListWidgetItem(tr("%1, %2, %3, %4").arg(order.code, when, detail, status),
                                             m_recent);
            item->setData(TwoLineItemDelegate::TitleRole, order.code);
            item->setData(TwoLineItemDelegate::DetailRole, detail);
            // Paid is the usual case; only the exceptions are spelled out.
            const QString time = DisplayFormat::time(order.createdAt);
            item->setData(TwoLineItemDelegate::NoteRole,
                          order.status == OrderPaid ? time : tr("%1 · %2").arg(status, time));
            item->setData(CodeRole, order.code);
        }
        m_recentStatus->setText(orders.isEmpty() ? tr("No sales yet.") : QString());
    });
}

void OrderLookup::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    m_find->setEnabled(!busy);
    updateButtons();
    Q_EMIT busyChanged(busy);
}

void OrderLookup::setMessage(const QString &text, const QString &role)
{
    showText(m_message, text, role);
}

void OrderLookup::updateButtons()
{
    const bool has = m_order.has_value();
    m_cancel->setEnabled(has && !m_busy && m_order->status == OrderPaid);
    // Cancelled tickets admit nobody: no reprint, no PDF with their codes.
    const bool valid = has && m_order->status == OrderPaid;
    m_print->setVisible(!has || valid);
    m_save->setVisible(!has || valid);
    m_print->setEnabled(valid && !m_busy);
    m_save->setEnabled(valid && !m_busy);
}

} // namespace mq::client
