#pragma once

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;

namespace mq::client {

class FieldErrors;

// A card form that turns into a sandbox gateway token on this computer: the card number never
// leaves the client. Test cards: 4242 4242 4242 4242 is approved (token "tok_ok");
// 4000 0000 0000 0002 is declined ("tok_declined"). Enter in any of its fields asks to pay
// (submitted()); a declined message goes as soon as the card is changed.
class PaymentForm : public QWidget
{
    Q_OBJECT
public:
    explicit PaymentForm(QWidget *parent = nullptr);

    // The gateway token for the entered card, or nullopt with the problem shown at its field.
    std::optional<QString> tokenize();
    // Shows why the payment failed under the form, word-wrapped; a dialog holding the form
    // grows to show all of it.
    void showDeclined(const QString &message);
    void clear();
    void focusFirst();

    static bool luhnValid(const QString &digits);

Q_SIGNALS:
    // Enter was pressed in one of the card's fields: the form's main action is to pay.
    void submitted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void growWindow();

    QLineEdit *m_holder;
    QLineEdit *m_number;
    QLineEdit *m_expiry;
    QLineEdit *m_cvc;
    QLabel *m_declined;
    FieldErrors *m_errors;
};

} // namespace mq::client
