#include "admin/tickettypeform.h"

#include "core/displayformat.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace mq::client {

namespace {
constexpr int MaxCapacity = 1'000'000; // the server's limit
} // namespace

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
    m_price->setPlaceholderText(u"45.00"_s);
    m_price->setValidator(new QRegularExpressionValidator(
        QRegularExpression(u"\\d{0,10}([.,]\\d{0,2})?"_s), m_price));
    m_price->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_capacity = new QSpinBox(this);
    m_capacity->setObjectName(u"capacitySpinBox"_s);
    m_capacity->setRange(0, MaxCapacity);
    m_capacity->setGroupSeparatorShown(true);
    m_capacity->setAccelerated(true);
    m_numbers = new QLabel(this);
    m_numbers->setObjectName(u"ticketTypeNumbersLabel"_s);
    m_numbers->setProperty("role", u"muted"_s);

    m_delete = new QPushButton(tr("Delete ticket type"), this);
    m_delete->setObjectName(u"deleteTicketTypePushButton"_s);
    m_save = new QPushButton(tr("Save ticket type"), this);
    m_save->setObjectName(u"saveTicketTypePushButton"_s);

    auto *form = newFieldLayout();
    addField(form, u"name"_s, tr("&Name"), m_name);
    addField(form, u"priceCents"_s, tr("&Price (%1)").arg(DisplayFormat::currencySymbol()),
             m_price);
    addField(form, u"capacity"_s, tr("Capac&ity"), m_capacity);
    form->addRow(m_numbers);

    arrange(m_heading, form, m_delete, m_save, true);

    connect(m_save, &QPushButton::clicked, this, &TicketTypeForm::save);
    connect(m_delete, &QPushButton::clicked, this, &TicketTypeForm::remove);
    connect(m_name, &QLineEdit::returnPressed, this, &TicketTypeForm::save);
    connect(m_price, &QLineEdit::returnPressed, this, &TicketTypeForm::save);
    startNew(0);
}

void TicketTypeForm::setTicketType(const TicketType &ticketType)
{
    clearErrors();
    m_ticketType = ticketType;
    m_heading->setText(m_reserved ? tr("Price category") : tr("Ticket type"));
    m_name->setText(ticketType.name);
    m_price->setText(formatCents(ticketType.priceCents));
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
    showNumbers();
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
    if (m_ticketType.id == 0) {
        m_numbers->setText(tr("Nothing sold yet."));
        return;
    }
    if (m_reserved) {
        m_numbers->setText(tr("%n seat(s) on sale · sold %1 · held %2 · free %3", nullptr,
                              int(m_ticketType.capacity))
                               .arg(m_ticketType.sold)
                               .arg(m_ticketType.held)
                               .arg(m_ticketType.remaining()));
        return;
    }
    m_numbers->setText(tr("Sold %1 · held %2 · remaining %3")
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
    m_save->setText(m_ticketType.id > 0 ? tr("Save ticket type") : tr("Add ticket type"));
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
    if (!parseCents(m_price->text(), &price)) {
        showFieldError(u"priceCents"_s, tr("Enter a price such as 45.00."));
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
    confirmDelete(tr("Delete the ticket type “%1”?").arg(t.name), tr("This cannot be undone."),
                  [this, t] {
                      request(Method::AdminDeleteTicketType, {{u"id"_s, t.id}},
                              tr("Deleting the ticket type…"), [this, t](const QJsonObject &) {
                                  Q_EMIT statusMessage(tr("Deleted “%1”.").arg(t.name));
                                  Q_EMIT ticketTypeDeleted(t.id);
                              });
                  });
}

} // namespace mq::client
