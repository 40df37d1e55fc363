#pragma once

#include "admin/catalogform.h"
#include "shared/domain.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace mq::client {

// Creates, edits and deletes one ticket type of a performance: name, price (typed in major
// units, sent in cents) and capacity; sold, held and remaining are shown, not edited. For reserved
// seating a ticket type is a price category: its capacity is its seats that are not blocked
// (shown, not edited), and new categories are made on the seat map, where their seats are chosen.
class TicketTypeForm : public CatalogForm
{
    Q_OBJECT
public:
    explicit TicketTypeForm(ServerConnection *connection, QWidget *parent = nullptr);

    void setTicketType(const TicketType &ticketType);
    // Refreshes the read-only numbers without touching what is being typed.
    void updateNumbers(const TicketType &ticketType);
    // A new ticket type of that performance; 0: nothing to edit until a performance is saved.
    void startNew(Id performanceId);
    Id ticketTypeId() const { return m_ticketType.id; }
    void focusFirstField();
    // Whether the performance being edited sells reserved seats; set before setTicketType/startNew.
    void setReserved(bool reserved);

    void save();
    void remove();

Q_SIGNALS:
    void ticketTypeSaved(const mq::TicketType &ticketType, bool created);
    void ticketTypeDeleted(mq::Id ticketTypeId);

protected:
    void updateEnabled() override;

private:
    void showNumbers();

    TicketType m_ticketType;
    bool m_reserved = false;
    QLabel *m_heading;
    QLineEdit *m_name;
    QLineEdit *m_price;
    QSpinBox *m_capacity;
    QLabel *m_numbers;
    QPushButton *m_delete;
    QPushButton *m_save;
};

} // namespace mq::client
