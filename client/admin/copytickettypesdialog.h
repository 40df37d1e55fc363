#pragma once

#include "shared/domain.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace mq::client {

// Chooses the performance whose ticket types are copied into another one: any other performance
// with ticket types for general admission; for reserved seating, those of the same venue (their
// price categories are copied seat by seat). The target's own event comes first.
class CopyTicketTypesDialog : public QDialog
{
    Q_OBJECT
public:
    CopyTicketTypesDialog(const QList<Event> &events, const Performance &target,
                          QWidget *parent = nullptr);

    // The chosen performance, 0 for none.
    Id sourceId() const;
    // How many performances can be chosen.
    int choiceCount() const;

private:
    void filter(const QString &text);
    void updateButton();

    QLineEdit *m_filter;
    QListWidget *m_list;
    QLabel *m_hint;
    QPushButton *m_copy;
};

} // namespace mq::client
