#pragma once

#include "admin/catalogform.h"
#include "shared/domain.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace mq::client {

// Creates, edits and deletes one event: title, category, description.
class EventForm : public CatalogForm
{
    Q_OBJECT
public:
    explicit EventForm(ServerConnection *connection, QWidget *parent = nullptr);

    // Edit this event, or (id 0) start a new one.
    void setEvent(const Event &event);
    void startNew();
    Id eventId() const { return m_event.id; }
    void focusFirstField();

    void save() override;
    void remove();

Q_SIGNALS:
    void eventSaved(const mq::Event &event, bool created);
    void eventDeleted(mq::Id eventId);

protected:
    void updateEnabled() override;

private:
    Event m_event;
    QLabel *m_heading;
    QLineEdit *m_title;
    QComboBox *m_category;
    QPlainTextEdit *m_description;
    QPushButton *m_delete;
    QPushButton *m_save;
};

} // namespace mq::client
