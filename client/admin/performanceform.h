#pragma once

#include "admin/catalogform.h"
#include "shared/domain.h"

class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace mq::client {

// Creates, edits and deletes one performance of an event: when it starts (edited in local
// time, sent in UTC) and where.
class PerformanceForm : public CatalogForm
{
    Q_OBJECT
public:
    explicit PerformanceForm(ServerConnection *connection, QWidget *parent = nullptr);

    void setPerformance(const Performance &performance);
    // A new performance of that event; eventId 0: nothing to edit until an event is saved.
    void startNew(Id eventId);
    Id performanceId() const { return m_performance.id; }
    void focusFirstField();

    void save();
    void remove();

Q_SIGNALS:
    void performanceSaved(const mq::Performance &performance, bool created);
    void performanceDeleted(mq::Id performanceId);

protected:
    void updateEnabled() override;

private:
    Performance m_performance;
    QLabel *m_heading;
    QDateTimeEdit *m_startsAt;
    QLineEdit *m_venue;
    QPushButton *m_delete;
    QPushButton *m_save;
};

} // namespace mq::client
