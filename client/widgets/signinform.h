#pragma once

#include "shared/domain.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace mq::client {

class FieldErrors;
class ServerConnection;

// Server address, sign-in and registration in one form. The server's validation messages appear
// next to the field they concern. Used by the sign-in dialog and by the kiosk's start screen.
class SignInForm : public QWidget
{
    Q_OBJECT
public:
    struct Options
    {
        bool showServer = true;
        bool showRemember = true;
        bool rememberUsername = true; // never on a shared kiosk
    };
    SignInForm(ServerConnection *connection, Options options, QWidget *parent = nullptr);

    bool rememberMe() const;
    void setUsername(const QString &username);
    void reset(); // clears passwords, messages and busy state
    void focusFirst(); // the first empty field
    void showMessage(const QString &text);

Q_SIGNALS:
    void signedIn(const mq::User &user);
    void serverChanged(const QString &address);

private:
    void signIn();
    void createAccount();
    bool applyServer();
    void setBusy(bool busy, const QString &status = {});
    void showError(const QString &field, const QString &message, QLabel *fallback);
    void updateConnectionStatus();

    ServerConnection *m_connection;
    Options m_options;
    FieldErrors *m_errors;
    QLineEdit *m_server = nullptr;
    QLabel *m_connectionStatus = nullptr;
    QTabWidget *m_tabs;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QCheckBox *m_remember = nullptr;
    QPushButton *m_signIn;
    QLabel *m_signInMessage;
    QLineEdit *m_newUsername;
    QLineEdit *m_displayName;
    QLineEdit *m_newPassword;
    QLineEdit *m_confirmPassword;
    QPushButton *m_create;
    QLabel *m_createMessage;
    bool m_busy = false;
};

} // namespace mq::client
