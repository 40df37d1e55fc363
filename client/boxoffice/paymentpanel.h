#pragma once

#include "shared/money.h"

#include <QJsonObject>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace mq::client {

class PurchaseRequest;
class QueueStatus;

// Step 3 of a sale: cash (with the amount given and the change due, live) or card through the
// sandbox terminal, and the button that completes the sale. The card number stays on the
// terminal: all Marquee sends is the terminal's answer as a sandbox token.
class PaymentPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PaymentPanel(QWidget *parent = nullptr);

    // The amount to take, with what it is for ("3 × Standard at ¥45.00").
    void setTotal(Cents total, const QString &detail);
    // Whether the sale can complete (besides the tickets), with the reason for people if not.
    void setSellable(bool sellable, const QString &reason);

    bool isCash() const;
    void selectCash();
    void selectCard();
    void fillExactAmount();
    // The `payment` object for order.purchase; empty (with the reason shown next to the field
    // and the field focused) when the cash given does not cover the total.
    std::optional<QJsonObject> payment();
    // Change due for the total, or nullopt when it is not cash or nothing valid was given.
    std::optional<Cents> changeDue() const;

    bool printTickets() const;
    void setPrintTickets(bool print);

    void setBusy(bool busy);
    // Where the sale in flight stands in the server's waiting room, shown above the button.
    void followPurchase(PurchaseRequest *request);
    QueueStatus *queueStatus() const { return m_queue; }
    void showError(const QString &message);
    void clearError();
    void focusPayment();
    void reset();

    QPushButton *completeButton() const { return m_complete; }
    QCheckBox *printCheckBox() const { return m_print; }

Q_SIGNALS:
    void completeRequested();
    void printTicketsChanged(bool print);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::optional<Cents> given() const;
    void updateChange();
    void updateMode();
    void setFieldError(const QString &message);

    Cents m_total = 0;
    bool m_sellable = false;
    bool m_busy = false;

    QLabel *m_totalLabel;
    QLabel *m_totalDetail;
    QRadioButton *m_cash;
    QRadioButton *m_card;
    QWidget *m_cashBox;
    QLineEdit *m_given;
    QPushButton *m_exact;
    QLabel *m_givenError;
    QLabel *m_change;
    QWidget *m_cardBox;
    QComboBox *m_cardResult;
    QCheckBox *m_print;
    QPushButton *m_complete;
    QueueStatus *m_queue;
    QLabel *m_error;
};

} // namespace mq::client
