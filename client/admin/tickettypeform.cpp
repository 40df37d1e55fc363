#include "admin/tickettypeform.h"

#include "core/displayformat.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLocale>
#include <QMessageBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace mq::client {

namespace {
constexpr int MaxCapacity = 1'000'000; // the server's limit

// The locale prices are typed in; a bare test machine's C locale reads as English.
QLocale priceLocale()
{
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

// Every digit group after the first has exactly three digits: "1,140" is grouped, "12,5" is not.
bool looksGrouped(const QString &text, const QString &separator)
{
    const QStringList parts = text.split(separator);
    if (parts.size() < 2 || parts.first().isEmpty() || parts.first().size() > 3)
        return false;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (parts.at(i).size() != 3)
            return false;
    }
    return true;
}
} // namespace

bool TicketTypeForm::parsePrice(const QString &input, Cents *cents)
{
    const QLocale locale = priceLocale();
    QString text = input;
    text.remove(DisplayFormat::currencySymbol());
    text.remove(locale.currencySymbol());
    text.replace(QChar(0x2212), u'-'); // the minus sign
    text.remove(u' ').remove(QChar(0x00A0)).remove(QChar(0x202F)).remove(u'\'');
    bool negative = false;
    if (text.startsWith(u'-')) {
        negative = true;
        text.remove(0, 1);
    }
    const QString decimal = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    // The locale's decimal point: group separators before it go. Without one, a group
    // separator followed by groups of three digits groups; otherwise it is a decimal point
    // typed the other way ("12,50" on an English keyboard).
    qsizetype point = text.lastIndexOf(decimal);
    QString whole = point >= 0 ? text.left(point) : text;
    QString fraction = point >= 0 ? text.mid(point + decimal.size()) : QString();
    if (point < 0 && !group.isEmpty() && text.contains(group) && !looksGrouped(text, group)) {
        point = text.lastIndexOf(group);
        whole = text.left(point);
        fraction = text.mid(point + group.size());
    }
    if (!group.isEmpty() && whole.contains(group)) {
        if (!looksGrouped(whole, group))
            return false;
        whole.remove(group);
    }
    const QString plain = point >= 0 ? whole + u'.' + fraction : whole;
    if (plain.contains(u',') || plain.count(u'.') > 1)
        return false;
    Cents value = 0;
    if (!parseCents(plain, &value) || plain.startsWith(u'-'))
        return false;
    *cents = negative ? -value : value;
    return true;
}

QString TicketTypeForm::priceText(Cents cents)
{
    return priceLocale().toString(double(cents) / 100.0, 'f', 2);
}

TicketTypeForm::TicketTypeForm(ServerConnection *connection, QWidget *parent)
    : CatalogForm(connection, parent)
{
    setObjectName(u"ticketTypeForm"_s);
    m_heading = new QLabel(this);
    m_heading->setProperty("role", u"subheading"_s);

    m_name = new QLineEdit(this);
    m_name->setObjectName(u"ticketTypeNameLineEdit"_s);
    m_name->setPlaceholderText(tr("e.g. Standard, Student, VIP"));
    m_name->setMaxLength(200);
    m_price = new QLineEdit(this);
    m_price->setObjectName(u"priceLineEdit"_s);
    m_price->setPlaceholderText(priceText(4500));
    m_price->setToolTip(tr("The price of one ticket, e.g. %1").arg(priceText(114000)));
    // Digits, separators, a sign and the currency: anything else cannot be a price. A minus is
    // let through so that it is refused in words, not silently dropped.
    m_price->setValidator(new QRegularExpressionValidator(
        QRegularExpression(u"[-\\x{2212}]?\\s*\\D{0,3}\\s*[\\d.,'\\s\\x{00A0}\\x{202F}]{0,20}"_s),
        m_price));
    m_price->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_capacity = new QSpinBox(this);
    m_capacity->setObjectName(u"capacitySpinBox"_s);
    m_capacity->setRange(0, MaxCapacity);
    m_capacity->setGroupSeparatorShown(true);
    m_capacity->setAccelerated(true);
    m_numbers = new QLabel(this);
    m_numbers->setObjectName(u"ticketTypeNumbersLabel"_s);
    m_numbers->setProperty("role", u"muted"_s);
    m_numbers->setWordWrap(true);
    m_salesState = new QLabel(this);
    m_salesState->setObjectName(u"salesStateLabel"_s);
    m_salesState->setProperty("role", u"badge"_s);
    m_stopSelling = new QPushButton(tr("Stop selling"), this);
    m_stopSelling->setObjectName(u"stopSellingPushButton"_s);
    m_stopSelling->setToolTip(tr("No new sales or holds of this ticket type; the tickets sold "
                                 "stay valid. It can be resumed."));
    m_resumeSelling = new QPushButton(tr("Resume selling"), this);
    m_resumeSelling->setObjectName(u"resumeSellingPushButton"_s);
    m_resumeSelling->setToolTip(tr("Sell this ticket type again"));

    m_delete = new QPushButton(tr("Delete…"), this);
    m_delete->setAccessibleName(tr("Delete ticket type"));
    m_delete->setToolTip(tr("Delete the ticket type, after asking"));
    m_delete->setObjectName(u"deleteTicketTypePushButton"_s);
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(u"saveTicketTypePushButton"_s);

    auto *form = newFieldLayout();
    addField(form, u"name"_s, tr("&Name"), m_name);
    addField(form, u"priceCents"_s, tr("&Price (%1)").arg(DisplayFormat::currencySymbol()),
             m_price);
    addField(form, u"capacity"_s, tr("Capac&ity"), m_capacity);
    // The numbers, and beside them whether it sells and the way to change that.
    auto *sales = new QHBoxLayout;
    sales->setContentsMargins(0, 0, 0, 0);
    sales->addWidget(m_numbers, 1);
    sales->addWidget(m_salesState);
    sales->addWidget(m_stopSelling);
    sales->addWidget(m_resumeSelling);
    form->addRow(sales);

    arrange(m_heading, form, m_delete, m_save);

    connect(m_save, &QPushButton::clicked, this, &TicketTypeForm::save);
    connect(m_delete, &QPushButton::clicked, this, &TicketTypeForm::remove);
    connect(m_stopSelling, &QPushButton::clicked, this, [this] { setOnSale(false); });
    connect(m_resumeSelling, &QPushButton::clicked, this, [this] { setOnSale(true); });
    // The typed price is shown back the locale's way once the field is left.
    connect(m_price, &QLineEdit::editingFinished, this, [this] {
        Cents cents = 0;
        if (parsePrice(m_price->text(), &cents) && cents >= 0)
            m_price->setText(priceText(cents));
    });
    startNew(0);
}

void TicketTypeForm::setTicketType(const TicketType &ticketType)
{
    clearErrors();
    m_ticketType = ticketType;
    m_heading->setText(m_reserved ? tr("Price category") : tr("Ticket type"));
    m_name->setText(ticketType.name);
    m_price->setText(priceText(ticketType.priceCents));
    m_capacity->setValue(int(qMin<qint64>(ticketType.capacity, MaxCapacity)));
    showNumbers();
    updateEnabled();
}

void TicketTypeForm::updateNumbers(const TicketType &ticketType)
{
    if (ticketType.id != m_ticketType.id)
        return;
    m_ticketType.sold = ticketType.sold;
    m_ticketType.held = ticketType.held;
    m_ticketType.capacity = ticketType.capacity;
    m_ticketType.onSale = ticketType.onSale;
    // A reserved category's capacity is counted from its seats, read-only here: it follows them.
    // A typed capacity is someone's unsaved edit and stays.
    if (m_reserved)
        m_capacity->setValue(int(qMin<qint64>(ticketType.capacity, MaxCapacity)));
    showNumbers();
    updateEnabled();
}

void TicketTypeForm::startNew(Id performanceId)
{
    clearErrors();
    m_ticketType = TicketType();
    m_ticketType.performanceId = performanceId;
    m_heading->setText(m_reserved ? tr("Price categories") : tr("New ticket type"));
    m_name->clear();
    m_price->clear();
    m_capacity->setValue(m_reserved ? 0 : 100);
    showNumbers();
    if (performanceId == 0)
        setMessage(tr("Pick or add a performance, then give it ticket types."), false);
    else if (m_reserved)
        setMessage(tr("Price categories hold seats: make new ones on the seat map with “Seats "
                      "and prices…”, then rename or reprice them here."),
                   false);
    updateEnabled();
}

void TicketTypeForm::setReserved(bool reserved)
{
    if (m_reserved == reserved)
        return;
    m_reserved = reserved;
    m_capacity->setReadOnly(reserved);
    m_capacity->setButtonSymbols(reserved ? QAbstractSpinBox::NoButtons
                                          : QAbstractSpinBox::UpDownArrows);
    m_capacity->setToolTip(reserved ? tr("Counted from the category's seats that are not blocked. "
                                         "Move seats on the seat map to change it.")
                                    : QString());
    updateEnabled();
}

void TicketTypeForm::focusFirstField()
{
    m_name->setFocus();
    m_name->selectAll();
}

void TicketTypeForm::showNumbers()
{
    const bool stopped = m_ticketType.id > 0 && !m_ticketType.onSale;
    m_salesState->setText(stopped ? tr("Sales stopped") : QString());
    if (m_ticketType.id == 0) {
        m_numbers->setText(tr("Nothing sold yet."));
        return;
    }
    if (m_reserved) {
        m_numbers->setText(tr("%Ln seat(s) on sale · sold %L1 · held %L2 · free %L3", nullptr,
                              int(m_ticketType.capacity))
                               .arg(m_ticketType.sold)
                               .arg(m_ticketType.held)
                               .arg(m_ticketType.remaining()));
        return;
    }
    m_numbers->setText(tr("Sold %L1 · held %L2 · remaining %L3")
                           .arg(m_ticketType.sold)
                           .arg(m_ticketType.held)
                           .arg(m_ticketType.remaining()));
}

void TicketTypeForm::updateEnabled()
{
    // A new price category needs its seats, so it is made on the seat map, not here.
    const bool usable = m_ticketType.performanceId > 0 && !(m_reserved && m_ticketType.id == 0);
    m_name->setEnabled(usable);
    m_price->setEnabled(usable);
    m_capacity->setEnabled(usable);
    m_save->setEnabled(usable);
    m_delete->setVisible(m_ticketType.id > 0); // nothing to delete while creating
    m_stopSelling->setVisible(m_ticketType.id > 0 && m_ticketType.onSale);
    m_resumeSelling->setVisible(m_ticketType.id > 0 && !m_ticketType.onSale);
    m_salesState->setVisible(m_ticketType.id > 0 && !m_ticketType.onSale);
    // Short words beside the list; the full ones for screen readers and tooltips.
    const bool saved = m_ticketType.id > 0;
    m_save->setText(saved ? tr("Save") : tr("Add"));
    m_save->setAccessibleName(saved ? tr("Save ticket type") : tr("Add ticket type"));
    m_save->setToolTip(saved ? tr("Save the ticket type (Enter, Ctrl+S)") : tr("Add the ticket type (Enter)"));
}

void TicketTypeForm::save()
{
    if (m_ticketType.performanceId == 0)
        return;
    clearErrors();
    bool valid = true;
    if (m_name->text().trimmed().isEmpty()) {
        showFieldError(u"name"_s, tr("Enter a name."));
        valid = false;
    }
    Cents price = 0;
    if (!parsePrice(m_price->text(), &price)) {
        showFieldError(u"priceCents"_s,
                       tr("Enter a price such as %1 or %2.").arg(priceText(4500), priceText(114000)));
        valid = false;
    } else if (price < 0) {
        showFieldError(u"priceCents"_s, tr("A price cannot be negative. Enter 0 for free tickets."));
        valid = false;
    } else if (price > MaxPriceCents) {
        showFieldError(u"priceCents"_s,
                       tr("A price can be at most %1.").arg(DisplayFormat::money(MaxPriceCents)));
        valid = false;
    }
    if (!valid)
        return;
    QJsonObject params{{u"name"_s, m_name->text().trimmed()}, {u"priceCents"_s, price}};
    if (!m_reserved)
        params.insert(u"capacity"_s, m_capacity->value()); // reserved: counted from the seats
    const bool creating = m_ticketType.id == 0;
    if (creating && m_reserved)
        return;
    if (creating)
        params.insert(u"performanceId"_s, m_ticketType.performanceId);
    else
        params.insert(u"id"_s, m_ticketType.id);
    request(creating ? Method::AdminCreateTicketType : Method::AdminUpdateTicketType, params,
            creating ? tr("Adding the ticket type…") : tr("Saving the ticket type…"),
            [this, creating](const QJsonObject &result) {
                const TicketType t = TicketType::fromJson(result.value(u"ticketType"_s).toObject());
                setTicketType(t);
                setMessage(creating ? tr("Ticket type added.") : tr("Ticket type saved."), false);
                Q_EMIT statusMessage(
                    tr("“%1” saved at %2.").arg(t.name, DisplayFormat::money(t.priceCents)));
                Q_EMIT ticketTypeSaved(t, creating);
            });
}

void TicketTypeForm::remove()
{
    if (m_ticketType.id == 0 || isBusy())
        return;
    const TicketType t = m_ticketType;
    if (t.sold > 0) {
        askStopSelling(t);
        return;
    }
    confirmDelete(tr("Delete the ticket type “%1”?").arg(t.name), tr("This cannot be undone."),
                  [this, t] {
                      request(Method::AdminDeleteTicketType, {{u"id"_s, t.id}},
                              tr("Deleting the ticket type…"), [this, t](const QJsonObject &) {
                                  Q_EMIT statusMessage(tr("Deleted “%1”.").arg(t.name));
                                  Q_EMIT ticketTypeDeleted(t.id);
                              });
                  });
}

void TicketTypeForm::askStopSelling(const TicketType &t)
{
    // Tickets were sold: the server refuses the delete (409 has_sales). Say so before asking
    // anything, and offer what a manager wants then: no more sales.
    auto *box = new QMessageBox(QMessageBox::Information, tr("Ticket type has sales"),
                                tr("“%1” has %Ln ticket(s) sold, so it cannot be deleted.", nullptr,
                                   int(t.sold))
                                    .arg(t.name),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"hasSalesMessageBox"_s);
    QPushButton *stop = nullptr;
    if (t.onSale) {
        box->setInformativeText(tr("Stop selling it instead: no new sales or holds, and the "
                                   "tickets sold stay valid. You can resume selling later."));
        stop = box->addButton(tr("Stop selling"), QMessageBox::AcceptRole);
        box->addButton(QMessageBox::Cancel);
        box->setDefaultButton(stop);
    } else {
        box->setInformativeText(tr("Its sales are already stopped: nobody can buy it."));
        box->addButton(QMessageBox::Ok);
    }
    box->setEscapeButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, stop, id = t.id] {
        if (stop && box->clickedButton() == stop && m_ticketType.id == id)
            setOnSale(false);
    });
    box->open();
}

void TicketTypeForm::setOnSale(bool onSale)
{
    if (m_ticketType.id == 0 || isBusy())
        return;
    const TicketType t = m_ticketType;
    request(Method::AdminUpdateTicketType, {{u"id"_s, t.id}, {u"onSale"_s, onSale}},
            onSale ? tr("Resuming the sales of “%1”…").arg(t.name)
                   : tr("Stopping the sales of “%1”…").arg(t.name),
            [this, onSale](const QJsonObject &result) {
                const TicketType changed =
                    TicketType::fromJson(result.value(u"ticketType"_s).toObject());
                setTicketType(changed);
                const QString text = onSale ? tr("“%1” is on sale again.").arg(changed.name)
                                            : tr("Sales of “%1” stopped.").arg(changed.name);
                setMessage(text, false);
                Q_EMIT statusMessage(text);
                Q_EMIT ticketTypeSaved(changed, false);
            });
}

} // namespace mq::client
