#pragma once

#include "shared/money.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace mq::client {

class FieldErrors;

// Asks for a new price category's name and price (typed in major units) for the seats chosen on
// the seat map. Only asks: the caller sends admin.createTicketType.
class PriceCategoryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PriceCategoryDialog(int seatCount, QWidget *parent = nullptr);

    QString name() const;
    Cents priceCents() const { return m_price; }

    void accept() override;

private:
    QLineEdit *m_name;
    QLineEdit *m_priceEdit;
    FieldErrors *m_errors;
    Cents m_price = 0;
};

} // namespace mq::client
