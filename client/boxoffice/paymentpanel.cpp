#include "boxoffice/paymentpanel.h"

#include "core/clientsettings.h"
#include "core/displayformat.h"
#include "widgets/queuestatus.h"
#include "widgets/theme.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

#include <initializer_list>

using namespace Qt::StringLiterals;

namespace mq::client {

namespace {
const QString ApprovedToken = u"tok_ok"_s;
const QString DeclinedToken = u"tok_declined"_s;
} // namespace

PaymentPanel::PaymentPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    auto *step = new QLabel(tr("Payment"), this);
    step->setProperty("role", u"subheading"_s);

    auto *totalCaption = new QLabel(tr("Total"), this);
    totalCaption->setProperty("role", u"muted"_s);
    m_totalLabel = new QLabel(this);
    m_totalLabel->setObjectName(u"totalLabel"_s);
    m_totalLabel->setProperty("role", u"display"_s);
    m_totalLabel->setAccessibleName(tr("Total"));
    m_totalDetail = new QLabel(this);
    m_totalDetail->setObjectName(u"totalDetailLabel"_s);
    m_totalDetail->setProperty("role", u"muted"_s);
    m_totalDetail->setWordWrap(true);

    m_cash = new QRadioButton(tr("&Cash"), this);
    m_cash->setObjectName(u"cashRadioButton"_s);
    m_cash->setToolTip(tr("Pay in cash (F5)"));
    m_card = new QRadioButton(tr("Car&d"), this);
    m_card->setObjectName(u"cardRadioButton"_s);
    m_card->setToolTip(tr("Pay by card on the terminal (F6)"));
    auto *methods = new QButtonGroup(this);
    methods->addButton(m_cash);
    methods->addButton(m_card);
    m_cash->setChecked(true);
    auto *methodHint = new QLabel(tr("F5 cash · F6 card"), this);
    methodHint->setProperty("role", u"muted"_s);
    auto *methodRow = new QHBoxLayout;
    methodRow->addWidget(m_cash);
    methodRow->addSpacing(12);
    methodRow->addWidget(m_card);
    methodRow->addStretch();
    methodRow->addWidget(methodHint);

    // Cash: what the customer hands over, and what goes back.
    m_cashBox = new QWidget(this);
    auto *cashLayout = new QGridLayout(m_cashBox);
    cashLayout->setContentsMargins(0, 4, 0, 0);
    cashLayout->setHorizontalSpacing(8);
    cashLayout->setVerticalSpacing(4);
    m_given = new QLineEdit(m_cashBox);
    m_given->setObjectName(u"cashGivenLineEdit"_s);
    m_given->setPlaceholderText(tr("e.g. 200"));
    m_given->setAlignment(Qt::AlignRight);
    m_given->setValidator(new QRegularExpressionValidator(
        QRegularExpression(u"^\\d{0,9}([.,]\\d{0,2})?$"_s), m_given));
    m_given->installEventFilter(this);
    // Room for the hint and for a large amount, however narrow the window: never "e.g. 2…".
    {
        const QFontMetrics metrics(m_given->font());
        const int text = qMax(metrics.horizontalAdvance(m_given->placeholderText()),
                              metrics.horizontalAdvance(u"00,000.00"_s));
        m_given->setMinimumWidth(text + 28); // the style's padding and frame
    }
    auto *givenLabel = new QLabel(tr("Amount &given"), m_cashBox);
    givenLabel->setBuddy(m_given);
    m_exact = new QPushButton(tr("E&xact"), m_cashBox);
    m_exact->setObjectName(u"exactAmountPushButton"_s);
    m_exact->setToolTip(tr("The customer gave the exact amount (F8)"));
    m_exact->setFocusPolicy(Qt::TabFocus);
    m_givenError = new QLabel(m_cashBox);
    m_givenError->setObjectName(u"cashErrorLabel"_s);
    m_givenError->setProperty("role", u"error"_s);
    m_givenError->setWordWrap(true);
    m_givenError->setMinimumHeight(m_givenError->fontMetrics().height()); // no jumping layout
    auto *changeCaption = new QLabel(tr("Change due"), m_cashBox);
    changeCaption->setProperty("role", u"muted"_s);
    m_change = new QLabel(m_cashBox);
    m_change->setObjectName(u"changeDueLabel"_s);
    m_change->setProperty("role", u"display"_s);
    m_change->setAccessibleName(tr("Change due"));
    cashLayout->addWidget(givenLabel, 0, 0);
    cashLayout->addWidget(m_given, 0, 1);
    cashLayout->addWidget(m_exact, 0, 2);
    cashLayout->addWidget(m_givenError, 1, 1, 1, 2);
    cashLayout->addWidget(changeCaption, 2, 0, 1, 3);
    cashLayout->addWidget(m_change, 3, 0, 1, 3);
    cashLayout->setColumnStretch(1, 1);

    // Card: the sandbox terminal's answer.
    m_cardBox = new QWidget(this);
    auto *cardLayout = new QGridLayout(m_cardBox);
    cardLayout->setContentsMargins(0, 4, 0, 0);
    m_cardResult = new QComboBox(m_cardBox);
    m_cardResult->setObjectName(u"cardResultComboBox"_s);
    m_cardResult->addItem(tr("Card approved"), ApprovedToken);
    m_cardResult->addItem(tr("Card declined"), DeclinedToken);
    m_cardResult->installEventFilter(this);
    auto *cardLabel = new QLabel(tr("Terminal &result"), m_cardBox);
    cardLabel->setBuddy(m_cardResult);
    auto *cardNote = new QLabel(tr("Test terminal. The card is read at the terminal; its number "
                                   "never reaches Marquee."),
                                m_cardBox);
    cardNote->setProperty("role", u"muted"_s);
    cardNote->setWordWrap(true);
    cardLayout->addWidget(cardLabel, 0, 0);
    cardLayout->addWidget(m_cardResult, 0, 1);
    cardLayout->addWidget(cardNote, 1, 0, 1, 2);
    cardLayout->setColumnStretch(1, 1);

    m_print = new QCheckBox(tr("Print tic&kets after the sale"), this);
    m_print->setObjectName(u"printTicketsCheckBox"_s);
    m_print->setChecked(ClientSettings::printAfterSale());

    m_error = new QLabel(this);
    m_error->setObjectName(u"saleErrorLabel"_s);
    m_error->setProperty("role", u"error"_s);
    m_error->setWordWrap(true);

    m_complete = new QPushButton(tr("Complete sale"), this);
    m_complete->setObjectName(u"completeSalePushButton"_s);
    m_complete->setProperty("role", u"primary"_s);
    m_complete->setToolTip(tr("Complete the sale (Enter in the amount field, or F12)"));
    m_complete->setAutoDefault(true);
    m_complete->setMinimumHeight(44);
    auto *completeHint = new QLabel(tr("Enter or F12"), this);
    completeHint->setProperty("role", u"muted"_s);
    completeHint->setAlignment(Qt::AlignHCenter);

    layout->addWidget(step);
    layout->addWidget(totalCaption);
    layout->addWidget(m_totalLabel);
    layout->addWidget(m_totalDetail);
    layout->addSpacing(10);
    layout->addLayout(methodRow);
    layout->addWidget(m_cashBox);
    layout->addWidget(m_cardBox);
    layout->addStretch(1);
    layout->addWidget(m_print);
    layout->addWidget(m_error);
    m_queue = new QueueStatus(this);
    m_queue->setCompact(true);
    layout->addWidget(m_queue);
    layout->addWidget(m_complete);
    layout->addWidget(completeHint);

    connect(m_cash, &QRadioButton::toggled, this, [this] { updateMode(); });
    connect(m_given, &QLineEdit::textChanged, this, [this] {
        clearError();
        updateChange();
    });
    connect(m_cardResult, &QComboBox::currentIndexChanged, this, [this] { clearError(); });
    connect(m_exact, &QPushButton::clicked, this, &PaymentPanel::fillExactAmount);
    // Enter anywhere in the form completes the sale (the Exact button keeps its own action).
    for (QWidget *w : std::initializer_list<QWidget *>{m_cash, m_card, m_print})
        w->installEventFilter(this);
    connect(m_complete, &QPushButton::clicked, this, &PaymentPanel::completeRequested);
    connect(m_print, &QCheckBox::toggled, this, [this](bool on) {
        ClientSettings::setPrintAfterSale(on);
        Q_EMIT printTicketsChanged(on);
    });

    updateMode();
    setTotal(0, {});
    setSellable(false, {});
}

void PaymentPanel::setTotal(Cents total, const QString &detail)
{
    m_total = total;
    m_totalLabel->setText(DisplayFormat::money(total));
    m_totalDetail->setText(detail);
    updateChange();
}

void PaymentPanel::setSellable(bool sellable, const QString &reason)
{
    m_sellable = sellable;
    m_complete->setEnabled(sellable && !m_busy);
    m_complete->setToolTip(sellable ? tr("Complete the sale (Enter in the amount field, or F12)")
                                    : reason);
}

bool PaymentPanel::isCash() const
{
    return m_cash->isChecked();
}

void PaymentPanel::selectCash()
{
    m_cash->setChecked(true);
    focusPayment();
}

void PaymentPanel::selectCard()
{
    m_card->setChecked(true);
    focusPayment();
}

void PaymentPanel::fillExactAmount()
{
    if (!isCash())
        selectCash();
    m_given->setText(formatCents(m_total));
    m_given->setFocus(Qt::ShortcutFocusReason);
}

std::optional<Cents> PaymentPanel::given() const
{
    Cents cents = 0;
    if (!parseCents(m_given->text(), &cents) || cents < 0)
        return std::nullopt;
    return cents;
}

std::optional<Cents> PaymentPanel::changeDue() const
{
    const auto amount = given();
    if (!isCash() || !amount || *amount < m_total)
        return std::nullopt;
    return *amount - m_total;
}

std::optional<QJsonObject> PaymentPanel::payment()
{
    if (!isCash())
        return QJsonObject{{u"provider"_s, u"sandbox"_s},
                           {u"token"_s, m_cardResult->currentData().toString()}};
    const auto amount = given();
    if (m_total > 0 && !amount) {
        setFieldError(tr("Enter the amount the customer gave."));
        m_given->setFocus(Qt::OtherFocusReason);
        return std::nullopt;
    }
    if (amount && *amount < m_total) {
        setFieldError(tr("Not enough: %1 short.").arg(DisplayFormat::money(m_total - *amount)));
        m_given->setFocus(Qt::OtherFocusReason);
        m_given->selectAll();
        return std::nullopt;
    }
    return QJsonObject{{u"provider"_s, u"cash"_s}};
}

bool PaymentPanel::printTickets() const
{
    return m_print->isChecked();
}

void PaymentPanel::setPrintTickets(bool print)
{
    m_print->setChecked(print);
}

void PaymentPanel::setBusy(bool busy)
{
    m_busy = busy;
    m_cash->setEnabled(!busy);
    m_card->setEnabled(!busy);
    m_cashBox->setEnabled(!busy);
    m_cardBox->setEnabled(!busy);
    m_complete->setEnabled(m_sellable && !busy);
    m_complete->setText(busy ? tr("Completing sale…") : tr("Complete sale"));
    if (busy)
        clearError();
}

void PaymentPanel::followPurchase(PurchaseRequest *request)
{
    m_queue->follow(request);
}

void PaymentPanel::showError(const QString &message)
{
    m_error->setText(message);
}

void PaymentPanel::clearError()
{
    m_error->clear();
}

void PaymentPanel::focusPayment()
{
    if (isCash()) {
        m_given->setFocus(Qt::ShortcutFocusReason);
        m_given->selectAll();
    } else {
        m_cardResult->setFocus(Qt::ShortcutFocusReason);
    }
}

void PaymentPanel::reset()
{
    setBusy(false);
    m_cash->setChecked(true);
    m_cardResult->setCurrentIndex(0);
    m_given->clear();
    setTotal(0, {});
    clearError();
}

void PaymentPanel::updateMode()
{
    m_cashBox->setVisible(isCash());
    m_cardBox->setVisible(!isCash());
    clearError();
    updateChange();
}

void PaymentPanel::updateChange()
{
    const auto amount = given();
    if (amount && *amount < m_total) {
        m_change->setText(u"—"_s);
        setFieldError(tr("Not enough: %1 short.").arg(DisplayFormat::money(m_total - *amount)));
        return;
    }
    setFieldError({});
    m_change->setText(amount ? DisplayFormat::money(*amount - m_total) : u"—"_s);
}

void PaymentPanel::setFieldError(const QString &message)
{
    m_givenError->setText(message);
    const bool error = !message.isEmpty();
    if (m_given->property("error").toBool() != error) {
        m_given->setProperty("error", error);
        Theme::repolish(m_given);
    }
    m_given->setAccessibleDescription(message);
}

bool PaymentPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress
        && (watched == m_given || watched == m_cardResult || watched == m_cash || watched == m_card
            || watched == m_print)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            Q_EMIT completeRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace mq::client
