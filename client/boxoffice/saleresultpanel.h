#pragma once

#include "shared/domain.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace mq::client {

// What the clerk sees once a sale went through: the order code, the change to hand back, and the
// way to the next customer.
class SaleResultPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SaleResultPanel(QWidget *parent = nullptr);

    // `change` is the cash to give back, or nullopt for a card payment.
    void setOrder(const Order &order, std::optional<Cents> change);
    const Order &order() const { return m_order; }
    void setNote(const QString &note);
    // Where the tickets went ("Printed on Front desk.", "Saved to …/MQ-….pdf."), or what failed.
    void setOutcome(const QString &text, bool failed);
    void focusNextCustomer();

Q_SIGNALS:
    void printRequested();
    void saveRequested();
    void nextCustomerRequested();

private:
    Order m_order;
    QLabel *m_code;
    QLabel *m_summary;
    QLabel *m_changeCaption;
    QLabel *m_change;
    QLabel *m_note;
    QLabel *m_outcome;
    QPushButton *m_next;
};

} // namespace mq::client
