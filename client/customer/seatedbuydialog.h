#pragma once

#include "core/rpcresult.h"
#include "shared/domain.h"

#include <QDateTime>
#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace mq::client {

class HoldCountdown;
class PaymentForm;
class PurchaseRequest;
class QueueStatus;
class SeatPicker;
class ServerConnection;

// Buying seats for a reserved performance: pick them on the seat map (or let "best available"
// choose), hold them, pay by card before the hold runs out (order.checkout with the hold), then
// print or save the tickets. A declined card keeps the hold, so another card can be tried.
// Closing the dialog before paying releases the seats.
class SeatedBuyDialog : public QDialog
{
    Q_OBJECT
public:
    SeatedBuyDialog(ServerConnection *connection, const Event &event,
                    const Performance &performance, QWidget *parent = nullptr);

    std::optional<Order> order() const { return m_order; }
    SeatPicker *picker() const { return m_picker; }

    void reject() override;

protected:
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    void orderCompleted(const mq::Order &order);

private:
    void toPayment();
    void pay();
    void onCheckoutAnswered(const RpcResult &r);

    ServerConnection *m_connection;
    Event m_event;
    Performance m_performance;
    std::optional<Order> m_order;
    bool m_paying = false;
    PurchaseRequest *m_purchase;
    QueueStatus *m_queue;
    QDateTime m_paySent; // when Pay was pressed: the order's time tells the server's clock
    QStackedWidget *m_pages;
    SeatPicker *m_picker;
    QLabel *m_paySeats;
    QLabel *m_payTotal;
    HoldCountdown *m_payCountdown;
    PaymentForm *m_payment;
    QPushButton *m_pay;
    QPushButton *m_back;
    QLabel *m_doneCode;
    QLabel *m_doneSummary;
};

} // namespace mq::client
