#pragma once

#include "shared/domain.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace mq::client {

class ServerConnection;
class UserTableModel;

// The users tab (administrators only): find accounts and change their roles. Guest accounts are
// listed only when asked for.
class UsersPage : public QWidget
{
    Q_OBJECT
public:
    explicit UsersPage(ServerConnection *connection, QWidget *parent = nullptr);

    void refresh();
    void focusSearch();

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void selectUser(Id userId);
    // Selects that user's row again after the rows changed, or nothing if it is not shown.
    void reselect(Id userId);
    void showFound();
    void applyRole();
    void sendRole(const User &user, mq::Role role);
    void setBusy(bool busy);
    void updateEnabled();
    void setResult(const QString &text, bool isError);

    ServerConnection *m_connection;
    UserTableModel *m_users;
    QLineEdit *m_search;
    QCheckBox *m_showGuests;
    QTimer *m_searchTimer;
    QTableView *m_view;
    QLabel *m_selected;
    QComboBox *m_role;
    QPushButton *m_apply;
    QLabel *m_result;
    Id m_userId = 0;
    bool m_busy = false;
    int m_generation = 0; // answers to older searches are ignored
};

} // namespace mq::client
