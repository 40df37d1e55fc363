#pragma once

#include "core/rpcresult.h"
#include "shared/domain.h"

#include <QDateTime>
#include <QDialog>

#include <optional>

class QJsonArray;
class QLabel;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace mq::client {

class PaymentForm;
class PurchaseRequest;
class QueueStatus;
class ServerConnection;

// A basket for a general-admission performance: a quantity for each ticket type ("2 Adult +
// 1 Child"), the total as it changes, one card payment through the sandbox gateway for all of
// it (one order), then print or save the tickets. A line the server refuses (sold out) says so
// on that line; the rest of the basket stays as chosen.
class BuyDialog : public QDialog
{
    Q_OBJECT
public:
    // `ticketTypeId` starts with one ticket of that type in the basket.
    BuyDialog(ServerConnection *connection, const Event &event, const Performance &performance,
              Id ticketTypeId, QWidget *parent = nullptr);

    std::optional<Order> order() const { return m_order; }
    // The quantity box of a ticket type's line (nullptr for a type not offered).
    QSpinBox *quantityBox(Id ticketTypeId) const;
    // The basket's total in minor units, as shown.
    Cents total() const;

    void reject() override;

Q_SIGNALS:
    void orderCompleted(const mq::Order &order);

private:
    struct Line
    {
        TicketType type;
        QSpinBox *quantity = nullptr;
        QLabel *left = nullptr;
        QLabel *error = nullptr;
    };

    void updateTotal();
    void applyInventory(Id performanceId, const QJsonArray &ticketTypes);
    void toPayment();
    void pay();
    void onPurchaseAnswered(const RpcResult &r);
    void showLineError(Id ticketTypeId, const QString &message);
    QString basketText() const;
    int ticketCount() const;

    ServerConnection *m_connection;
    Event m_event;
    Performance m_performance;
    std::optional<Order> m_order;
    bool m_paying = false;
    PurchaseRequest *m_purchase;
    QueueStatus *m_queue;
    QDateTime m_paySent; // when Pay was pressed: the order's time tells the server's clock
    Id m_payOnlyType = 0; // the one ticket type of a single-line basket
    bool m_paySingle = false;
    bool m_updating = false;
    QList<Line> m_lines;
    QStackedWidget *m_pages;
    QLabel *m_total;
    QLabel *m_chooseError;
    QPushButton *m_continue;
    PaymentForm *m_payment;
    QLabel *m_payTotal;
    QPushButton *m_pay;
    QPushButton *m_back;
    QLabel *m_doneCode;
    QLabel *m_doneSummary;
};

} // namespace mq::client
