#include "customer/orderspage.h"

#include "core/displayformat.h"
#include "core/serverconnection.h"
#include "models/orderlistmodel.h"
#include "printing/qrcode.h"
#include "printing/ticketprinter.h"
#include "shared/methods.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mq::client {

OrdersPage::OrdersPage(ServerConnection *connection, QWidget *parent)
    : QWidget(parent), m_connection(connection)
{
    auto *layout = new QHBoxLayout(this);
    layout->setSpacing(12);
    auto *left = new QVBoxLayout;
    auto *heading = new QLabel(tr("My orders"), this);
    heading->setProperty("role", u"heading"_s);
    left->addWidget(heading);
    m_orders = new OrderListModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(u"ordersTableView"_s);
    m_view->setAccessibleName(tr("My orders"));
    m_view->setModel(m_orders);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // The code, date, count, total and status whole (they tell orders apart); the event's name
    // takes the rest and is elided when the window is narrow (the detail beside shows it whole).
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(OrderListModel::EventColumn, QHeaderView::Stretch);
    m_view->setWordWrap(false);
    left->addWidget(m_view, 1);
    m_emptyLabel = new QLabel(tr("No orders yet. Tickets you buy appear here."), this);
    m_emptyLabel->setProperty("role", u"muted"_s);
    m_emptyLabel->hide();
    left->addWidget(m_emptyLabel);
    layout->addLayout(left, 3);

    auto *detail = new QFrame(this);
    detail->setProperty("role", u"card"_s);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(16, 16, 16, 16);
    m_detailTitle = new QLabel(tr("Choose an order"), detail);
    m_detailTitle->setObjectName(u"orderTitleLabel"_s);
    m_detailTitle->setProperty("role", u"subheading"_s);
    m_detailTitle->setWordWrap(true);
    detailLayout->addWidget(m_detailTitle);
    m_detailSummary = new QLabel(detail);
    m_detailSummary->setObjectName(u"orderSummaryLabel"_s);
    m_detailSummary->setProperty("role", u"muted"_s);
    m_detailSummary->setWordWrap(true);
    detailLayout->addWidget(m_detailSummary);
    auto *scroll = new QScrollArea(detail);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_ticketsBox = new QWidget(scroll);
    m_ticketsLayout = new QVBoxLayout(m_ticketsBox);
    m_ticketsLayout->addStretch();
    scroll->setWidget(m_ticketsBox);
    detailLayout->addWidget(scroll, 1);
    auto *buttons = new QHBoxLayout;
    m_print = new QPushButton(tr("&Print…"), detail);
    m_print->setObjectName(u"printPushButton"_s);
    m_save = new QPushButton(tr("Save as P&DF…"), detail);
    m_save->setObjectName(u"savePdfPushButton"_s);
    m_cancel = new QPushButton(tr("&Cancel order…"), detail);
    m_cancel->setObjectName(u"cancelOrderPushButton"_s);
    m_cancel->setProperty("role", u"danger"_s);
    buttons->addWidget(m_print);
    buttons->addWidget(m_save);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    detailLayout->addLayout(buttons);
    layout->addWidget(detail, 2);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showOrder(current.row()); });
    connect(m_print, &QPushButton::clicked, this, [this] {
        if (const Order *o = current())
            TicketPrinter::printWithDialog(*o, this);
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (const Order *o = current())
            TicketPrinter::saveWithDialog(*o, this);
    });
    connect(m_cancel, &QPushButton::clicked, this, &OrdersPage::cancelOrder);
    showOrder(-1);
}

const Order *OrdersPage::current() const
{
    return m_orders->order(m_view->currentIndex().row());
}

void OrdersPage::refresh()
{
    Q_EMIT statusMessage(tr("Loading your orders…"));
    m_connection->call(methodName(Method::OrderListMine), {}, this, [this](const RpcResult &r) {
        if (!r.ok()) {
            Q_EMIT statusMessage(r.message());
            return;
        }
        const Id selected = current() ? current()->id : 0;
        QList<Order> orders;
        const QJsonArray array = r.result.value(u"orders"_s).toArray();
        for (const QJsonValue &v : array)
            orders.append(Order::fromJson(v.toObject()));
        m_orders->setOrders(orders);
        m_emptyLabel->setVisible(orders.isEmpty());
        const int row = m_orders->rowOf(selected);
        m_view->selectRow(row >= 0 ? row : 0);
        if (orders.isEmpty())
            showOrder(-1);
        Q_EMIT statusMessage(tr("%n order(s)", nullptr, int(orders.size())));
    });
}

void OrdersPage::addOrder(const Order &order)
{
    m_orders->updateOrder(order);
    m_emptyLabel->hide();
    m_view->selectRow(m_orders->rowOf(order.id));
}

void OrdersPage::showOrder(int row)
{
    while (m_ticketsLayout->count() > 1) {
        QLayoutItem *item = m_ticketsLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
    const Order *o = m_orders->order(row);
    // A refunded order's tickets no longer admit anyone: nothing to print or save.
    const bool valid = o && o->status == OrderPaid;
    m_print->setEnabled(valid);
    m_save->setEnabled(valid);
    m_print->setToolTip(o && !valid ? tr("This order was cancelled: its tickets are no longer valid.") : QString());
    m_save->setToolTip(m_print->toolTip());
    m_cancel->setEnabled(valid);
    if (!o) {
        m_detailTitle->setText(tr("Choose an order"));
        m_detailSummary->clear();
        return;
    }
    const OrderItem item = o->items.isEmpty() ? OrderItem{} : o->items.first();
    m_detailTitle->setText(item.eventTitle);
    QString summary = tr("Order %1 · %2 · %3\n%4 · %5")
                          .arg(o->code, OrderListModel::statusLabel(o->status),
                               DisplayFormat::money(o->totalCents),
                               DisplayFormat::showTime(item.startsAt, item.timeZone), item.venue);
    if (o->items.size() > 1)
        summary += u'\n' + OrderListModel::itemsText(*o);
    if (const QList<SeatPlace> seats = OrderListModel::seatsOf(*o); !seats.isEmpty())
        summary += u'\n' + DisplayFormat::seatPlaces(seats);
    m_detailSummary->setText(summary);
    int index = 0;
    for (const Ticket &t : o->tickets) {
        auto *card = new QFrame(m_ticketsBox);
        card->setProperty("role", u"card"_s);
        auto *cardLayout = new QHBoxLayout(card);
        // Only a ticket that admits shows a code a scanner could read; a cancelled one says so
        // where its code would be.
        const bool admits = o->status == OrderPaid && t.status != TicketCancelled;
        auto *qr = new QLabel(card);
        if (admits) {
            qr->setObjectName(u"ticketQrLabel"_s);
            qr->setPixmap(QPixmap::fromImage(QrCode::imageWithin(QrCode::ticketText(t), 90, 2, 2)));
            qr->setAccessibleName(tr("QR code of ticket %1").arg(t.code));
        } else {
            const QImage sample = QrCode::imageWithin(QrCode::ticketText(t), 90, 2, 2);
            qr->setObjectName(u"ticketCancelledLabel"_s);
            qr->setText(tr("Cancelled"));
            qr->setProperty("role", u"error"_s);
            qr->setAlignment(Qt::AlignCenter);
            qr->setMinimumSize(sample.size());
            qr->setFrameShape(QFrame::Box);
            qr->setAccessibleName(tr("Ticket %1 cancelled").arg(t.code));
        }
        cardLayout->addWidget(qr);
        QString typeName = item.ticketTypeName;
        for (const OrderItem &i : o->items) {
            if (i.ticketTypeId == t.ticketTypeId)
                typeName = i.ticketTypeName;
        }
        // The seat first and in bold: it is what people look for on the day.
        QStringList lines{tr("Ticket %L1 of %L2 — %3")
                              .arg(++index)
                              .arg(o->tickets.size())
                              .arg(typeName)
                              .toHtmlEscaped()};
        if (t.seatId > 0) {
            QString seatLine = u"<b>"_s + DisplayFormat::seatPlace(t.seat).toHtmlEscaped() + u"</b>"_s;
            if (const QStringList details = DisplayFormat::seatDetails(t.seat); !details.isEmpty())
                seatLine += u" · "_s + details.join(u" · "_s).toHtmlEscaped();
            lines << seatLine;
        }
        if (admits) {
            lines << t.code.toHtmlEscaped() << OrderListModel::statusLabel(t.status).toHtmlEscaped();
        } else {
            // The code struck through: kept for reference, plainly not a ticket any more.
            lines << u"<s>"_s + t.code.toHtmlEscaped() + u"</s>"_s
                  << u"<b>"_s + tr("Cancelled — not valid for entry").toHtmlEscaped() + u"</b>"_s;
        }
        auto *text = new QLabel(lines.join(u"<br>"_s), card);
        text->setTextFormat(Qt::RichText);
        text->setObjectName(u"ticketLabel"_s);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        cardLayout->addWidget(text, 1);
        m_ticketsLayout->insertWidget(m_ticketsLayout->count() - 1, card);
    }
}

void OrdersPage::cancelOrder()
{
    const Order *o = current();
    if (!o)
        return;
    const Id orderId = o->id;
    const auto answer = QMessageBox::question(
        this, tr("Cancel order"),
        tr("Cancel order %1 and refund %2? Its tickets stop being valid.")
            .arg(o->code, DisplayFormat::money(o->totalCents)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    m_cancel->setEnabled(false);
    Q_EMIT statusMessage(tr("Cancelling…"));
    m_connection->call(methodName(Method::OrderCancel), {{u"orderId"_s, orderId}}, this,
                       [this](const RpcResult &r) {
        if (!r.ok()) {
            Q_EMIT statusMessage(r.message());
            QMessageBox::warning(this, tr("Cancel order"), r.message());
            showOrder(m_view->currentIndex().row());
            return;
        }
        const Order updated = Order::fromJson(r.result.value(u"order"_s).toObject());
        m_orders->updateOrder(updated);
        showOrder(m_orders->rowOf(updated.id));
        Q_EMIT statusMessage(tr("Order %1 cancelled; %2 refunded.")
                                 .arg(updated.code, DisplayFormat::money(updated.totalCents)));
    });
}

} // namespace mq::client
