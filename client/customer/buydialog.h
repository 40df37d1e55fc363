#pragma once

#include "shared/domain.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace mq::client {

class PaymentForm;
class ServerConnection;

// Choose a ticket type and quantity (total = price × quantity, shown as it changes), pay by card
// through the sandbox gateway, then print or save the tickets.
class BuyDialog : public QDialog
{
    Q_OBJECT
public:
    BuyDialog(ServerConnection *connection, const Event &event, const Performance &performance,
              Id ticketTypeId, QWidget *parent = nullptr);

    std::optional<Order> order() const { return m_order; }

Q_SIGNALS:
    void orderCompleted(const mq::Order &order);

private:
    void updateTotal();
    void applyInventory(Id performanceId, const QJsonArray &ticketTypes);
    void pay();
    const TicketType *selectedType() const;

    ServerConnection *m_connection;
    Event m_event;
    Performance m_performance;
    std::optional<Order> m_order;
    QStackedWidget *m_pages;
    QComboBox *m_type;
    QSpinBox *m_quantity;
    QLabel *m_remaining;
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
