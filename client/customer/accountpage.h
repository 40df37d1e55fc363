#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace mq::client {

class FieldErrors;
class ServerConnection;

// The signed-in user's account: who they are, password change, language.
class AccountPage : public QWidget
{
    Q_OBJECT
public:
    explicit AccountPage(ServerConnection *connection, QWidget *parent = nullptr);
    void refresh();

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void changePassword();

    ServerConnection *m_connection;
    FieldErrors *m_errors;
    QLabel *m_who;
    QLineEdit *m_old;
    QLineEdit *m_new;
    QLineEdit *m_confirm;
    QPushButton *m_change;
    QLabel *m_result;
    QComboBox *m_language;
};

} // namespace mq::client
