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
// A type with sales cannot be deleted; its sales can be stopped (and resumed) instead.
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

    void save() override;
    // Deletes it after asking; one with sales cannot be deleted, so that is said first and
    // stopping its sales is offered instead.
    void remove();
    // Stops or resumes its sales (admin.updateTicketType onSale): what was sold stays valid.
    void setOnSale(bool onSale);

    // The price as typed, in cents: the locale's way ("1,140.00", "1.140,00", "¥45"), at most
    // two decimals. False when it is not an amount; a negative amount parses (and is refused).
    static bool parsePrice(const QString &text, Cents *cents);
    // How a price is put in the field: "1,140.00".
    static QString priceText(Cents cents);

Q_SIGNALS:
    void ticketTypeSaved(const mq::TicketType &ticketType, bool created);
    void ticketTypeDeleted(mq::Id ticketTypeId);

protected:
    void updateEnabled() override;

private:
    void showNumbers();
    void askStopSelling(const TicketType &ticketType);

    TicketType m_ticketType;
    bool m_reserved = false;
    QLabel *m_heading;
    QLineEdit *m_name;
    QLineEdit *m_price;
    QSpinBox *m_capacity;
    QLabel *m_numbers;
    QLabel *m_salesState;
    QPushButton *m_stopSelling;
    QPushButton *m_resumeSelling;
    QPushButton *m_delete;
    QPushButton *m_save;
};

} // namespace mq::client
