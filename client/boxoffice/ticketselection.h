#pragma once

#include "shared/domain.h"

#include <QPointer>
#include <QWidget>

class QAbstractProxyModel;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace mq::client {

class ServerConnection;
class TicketTypeModel;

// Step 2 of a sale: which ticket type and how many, with live numbers. In the table, digits 1–9
// pick a row, + and - change the quantity and Enter moves to the quantity; Enter there finishes
// the step (quantityConfirmed).
class TicketSelection : public QWidget
{
    Q_OBJECT
public:
    explicit TicketSelection(ServerConnection *connection, QWidget *parent = nullptr);
    ~TicketSelection() override;

    void setPerformance(const Performance &performance, const QString &eventTitle);
    void clear();
    // Fetches the performance's numbers again (after a reconnect, a sold-out answer).
    void refresh();

    bool hasPerformance() const;
    const TicketType *currentTicketType() const;
    int quantity() const;
    Cents totalCents() const;
    // "3 × Standard at ¥45.00", or empty.
    QString summary() const;
    // Whether the current choice can be sold; when not, *reason says why for people.
    bool canSell(QString *reason) const;

    // Reserved seating: the table shrinks to its rows to leave room for the seat map.
    void setCompact(bool compact);
    bool isReserved() const;

    void focusTable();
    void focusQuantity();
    void stepQuantity(int delta);

Q_SIGNALS:
    // The ticket type, the quantity or the numbers changed: totals need recomputing.
    void selectionChanged();
    void quantityConfirmed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void selectTicketType(Id ticketTypeId);
    void selectRow(int row);
    void updateSummary();

    QPointer<ServerConnection> m_connection; // may go before us when the app shuts down
    TicketTypeModel *m_model;
    QAbstractProxyModel *m_keys; // numbers the rows 1, 2, 3 … like the digit keys
    QString m_eventTitle;
    Id m_subscribed = 0;
    quint64 m_refreshSequence = 0;

    QLabel *m_title;
    QLabel *m_details;
    QTableView *m_table;
    QSpinBox *m_quantity;
    QPushButton *m_fewer;
    QPushButton *m_more;
    QLabel *m_problem;
};

} // namespace mq::client
