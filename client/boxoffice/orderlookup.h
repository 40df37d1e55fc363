#pragma once

#include "shared/domain.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace mq::client {

class ServerConnection;

// Refunds at the counter: find an order by its code (or among this desk's recent sales), see its
// items and tickets, and cancel it with a refund after a confirmation.
class OrderLookup : public QWidget
{
    Q_OBJECT
public:
    explicit OrderLookup(ServerConnection *connection, QWidget *parent = nullptr);

    void focusCode();
    void lookUp(const QString &code);
    void refreshRecent();
    // Asks for confirmation, then cancels the shown order and refunds it.
    void cancelCurrent();
    void clear();
    std::optional<Order> currentOrder() const { return m_order; }

Q_SIGNALS:
    void printRequested(const mq::Order &order);
    void saveRequested(const mq::Order &order);
    void busyChanged(bool busy);
    void currentOrderChanged();
    // An order was cancelled here (sales figures elsewhere may want refreshing).
    void orderCancelled(const mq::Order &order);

private:
    // order.get; on success shows the order, then `message` (if any) in the details.
    void fetch(const QString &code, const QString &message = {}, const QString &role = {});
    void showOrder(const Order &order);
    void cancelConfirmed(const Order &order);
    void setBusy(bool busy);
    void setMessage(const QString &text, const QString &role);
    void updateButtons();

    ServerConnection *m_connection;
    std::optional<Order> m_order;
    bool m_busy = false;
    quint64 m_sequence = 0;

    QLineEdit *m_code;
    QPushButton *m_find;
    QLabel *m_lookupError;
    QListWidget *m_recent;
    QLabel *m_recentStatus;

    QWidget *m_details;
    QLabel *m_placeholder;
    QLabel *m_heading;
    QLabel *m_status;
    QLabel *m_facts;
    QTreeWidget *m_items;
    QTreeWidget *m_tickets;
    QLabel *m_message;
    QPushButton *m_cancel;
    QPushButton *m_print;
    QPushButton *m_save;
};

} // namespace mq::client
