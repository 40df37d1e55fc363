#include "customer/paymentform.h"

#include "widgets/fielderrors.h"

#include <QDate>
#include <QDialog>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mq::client {


PaymentForm::PaymentForm(QWidget *parent) : QWidget(parent), m_errors(new FieldErrors(this))
{
    // The fields in a form; the hint and the declined message under it, each as wide as the
    // whole form. (As rows spanning the form they got the height of one line less than their
    // wrapped text needs, and their last line was cut off.)
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(10);
    auto *form = new QFormLayout;
    form->setSpacing(10);
    outer->addLayout(form);
    m_holder = new QLineEdit(this);
    m_holder->setObjectName(u"cardHolderLineEdit"_s);
    m_number = new QLineEdit(this);
    m_number->setObjectName(u"cardNumberLineEdit"_s);
    m_number->setPlaceholderText(u"4242 4242 4242 4242"_s);
    m_number->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9 ]{0,23}"_s), m_number));
    m_expiry = new QLineEdit(this);
    m_expiry->setObjectName(u"cardExpiryLineEdit"_s);
    m_expiry->setPlaceholderText(tr("MM/YY"));
    m_expiry->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,2}/?[0-9]{0,2}"_s), m_expiry));
    m_expiry->setMaximumWidth(120);
    m_cvc = new QLineEdit(this);
    m_cvc->setObjectName(u"cardCvcLineEdit"_s);
    m_cvc->setEchoMode(QLineEdit::Password);
    m_cvc->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,4}"_s), m_cvc));
    m_cvc->setMaximumWidth(120);

    m_declined = new QLabel(this);
    m_declined->setProperty("role", u"error"_s);
    m_declined->setObjectName(u"paymentDeclinedLabel"_s);
    m_declined->setWordWrap(true);
    m_declined->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_declined->hide();

    struct Row
    {
        QString text;
        QLineEdit *edit;
        QString field;
    };
    for (const Row &row : {Row{tr("Name on &card:"), m_holder, u"holder"_s},
                           Row{tr("Card &number:"), m_number, u"number"_s},
                           Row{tr("&Expiry:"), m_expiry, u"expiry"_s},
                           Row{tr("Security code (C&VC):"), m_cvc, u"cvc"_s}}) {
        auto *label = new QLabel(row.text, this);
        label->setBuddy(row.edit); // wrap() names the field after it for screen readers
        form->addRow(label, m_errors->wrap(row.field, row.edit));
        // Enter pays, from whichever field; the key stops here so no other button takes it too.
        row.edit->installEventFilter(this);
        // Another card (or a corrected one) is a new attempt: the old refusal no longer applies.
        connect(row.edit, &QLineEdit::textEdited, m_declined, &QLabel::hide);
    }
    auto *hint = new QLabel(tr("Test gateway: 4242 4242 4242 4242 is approved, 4000 0000 0000 0002 is declined. "
                               "The card number stays on this computer; only a payment token is sent."),
                            this);
    hint->setObjectName(u"paymentHintLabel"_s);
    hint->setWordWrap(true);
    hint->setProperty("role", u"muted"_s);
    outer->addWidget(hint);
    outer->addWidget(m_declined);
    setTabOrder(m_holder, m_number);
    setTabOrder(m_number, m_expiry);
    setTabOrder(m_expiry, m_cvc);
}

bool PaymentForm::luhnValid(const QString &digits)
{
    if (digits.size() < 12 || digits.size() > 19)
        return false;
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (d < 0)
            return false;
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

std::optional<QString> PaymentForm::tokenize()
{
    m_errors->clear();
    m_declined->hide();
    if (m_holder->text().trimmed().isEmpty()) {
        m_errors->show(u"holder"_s, tr("Enter the name printed on the card."));
        return std::nullopt;
    }
    const QString digits = m_number->text().remove(u' ');
    if (!luhnValid(digits)) {
        m_errors->show(u"number"_s, tr("This card number is not valid. Check the digits."));
        return std::nullopt;
    }
    static const QRegularExpression expiryPattern(u"^(\\d{2})/?(\\d{2})$"_s);
    const auto match = expiryPattern.match(m_expiry->text());
    const int month = match.hasMatch() ? match.captured(1).toInt() : 0;
    const int year = match.hasMatch() ? 2000 + match.captured(2).toInt() : 0;
    const QDate today = QDate::currentDate();
    if (month < 1 || month > 12 || year < today.year() || (year == today.year() && month < today.month())) {
        m_errors->show(u"expiry"_s, tr("Enter a future expiry date as MM/YY."));
        return std::nullopt;
    }
    if (m_cvc->text().size() < 3) {
        m_errors->show(u"cvc"_s, tr("Enter the 3 or 4 digits on the back of the card."));
        return std::nullopt;
    }
    // The sandbox gateway's tokens. A real gateway's SDK would create the token here instead.
    return digits == u"4000000000000002"_s ? u"tok_declined"_s : u"tok_ok"_s;
}

bool PaymentForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            Q_EMIT submitted();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PaymentForm::showDeclined(const QString &message)
{
    m_declined->setText(message);
    m_declined->show();
    m_declined->setAccessibleName(message);
    growWindow();
}

void PaymentForm::growWindow()
{
    // A dialog sized for the form without the message would cut the message's last lines off:
    // give it the height its layout now needs at its width. A main
    // window (the kiosk) keeps its size; its layout has the room.
    auto *dialog = qobject_cast<QDialog *>(window());
    if (!dialog || !dialog->layout() || dialog->isMaximized() || dialog->isFullScreen())
        return;
    dialog->layout()->activate();
    QLayout *layout = dialog->layout();
    int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(dialog->width())
                                             : layout->totalSizeHint().height();
    needed = qMax(needed, layout->totalMinimumSize().height());
    if (needed > dialog->height())
        dialog->resize(dialog->width(), needed);
}

void PaymentForm::clear()
{
    m_errors->clear();
    m_declined->hide();
    m_holder->clear();
    m_number->clear();
    m_expiry->clear();
    m_cvc->clear();
}

void PaymentForm::focusFirst()
{
    m_holder->setFocus();
}

} // namespace mq::client
