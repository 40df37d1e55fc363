#pragma once

#include "shared/domain.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace mq::client {

class OrderListModel;
class ServerConnection;

// "My tickets": the customer's orders with each ticket's code and QR code; print, save as PDF,
// cancel with refund.
class OrdersPage : public QWidget
{
    Q_OBJECT
public:
    explicit OrdersPage(ServerConnection *connection, QWidget *parent = nullptr);

    void refresh();
    void addOrder(const Order &order);

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void showOrder(int row);
    void cancelOrder();
    const Order *current() const;

    ServerConnection *m_connection;
    OrderListModel *m_orders;
    QTableView *m_view;
    QLabel *m_emptyLabel;
    QLabel *m_detailTitle;
    QLabel *m_detailSummary;
    QWidget *m_ticketsBox;
    QVBoxLayout *m_ticketsLayout;
    QPushButton *m_print;
    QPushButton *m_save;
    QPushButton *m_cancel;
};

} // namespace mq::client
