#pragma once

#include "shared/domain.h"

#include <QHash>
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

// Step 2 of a sale: which ticket types and how many of each, with live numbers. General admission
// sells a basket ("2 × Adult, 1 × Child") as one order: each row has its quantity. In the table,
// digits 1–9 pick a row, + and - change that row's quantity and Enter moves to the quantity;
// Enter there finishes the step (quantityConfirmed). The first row picked gets one ticket by
// itself, and moving on leaves it there only once the clerk changed it, so "digit, +, +" still
// sells three of one type and a second digit changes the mind.
// Reserved seating: the rows are price categories and the quantity is the number of seats for
// "best available" of the current one; the seats themselves make the basket.
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

    struct Line
    {
        Id ticketTypeId = 0;
        QString name;
        Cents unitPriceCents = 0;
        int quantity = 0;
    };

    bool hasPerformance() const;
    const TicketType *currentTicketType() const;
    // The quantity field: the current row's quantity (general admission), or the number of seats.
    int quantity() const;
    // General admission: the basket, in the table's order, without the rows at zero.
    QList<Line> lines() const;
    int ticketCount() const;
    Cents totalCents() const;
    // "3 × Standard at ¥45.00", "2 × Adult, 1 × Child — ¥135.00", or empty.
    QString summary() const;
    // The server refused a line (sold out, no longer on sale): shown on its row until it changes.
    // Returns the line's ticket type name (empty if the type is not in the table).
    QString showLineError(Id ticketTypeId, const QString &message);
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
    void onCurrentRowChanged(int row);
    void setLineQuantity(Id ticketTypeId, int quantity);
    void syncQuantityField();
    void updateSummary();

    QPointer<ServerConnection> m_connection; // may go before us when the app shuts down
    TicketTypeModel *m_model;
    QAbstractProxyModel *m_keys; // numbers the rows 1, 2, 3 … like the digit keys; the quantities
    QHash<Id, int> m_quantities;  // general admission: the basket
    Id m_autoLine = 0;            // the line that got its one ticket by being picked, untouched since
    Id m_failedLine = 0;          // the line the server refused
    QString m_failedMessage;
    int m_seatCount = 1;          // reserved: how many seats best available looks for
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
