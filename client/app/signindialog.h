#pragma once

#include "shared/domain.h"

#include <QDialog>

namespace mq::client {

class ServerConnection;
class SignInForm;

// The desktop's sign-in window: server address, sign in, create account, remember me.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(ServerConnection *connection, QWidget *parent = nullptr);

    SignInForm *form() const { return m_form; }
    bool rememberMe() const;

Q_SIGNALS:
    void signedIn(const mq::User &user);
    void serverChanged(const QString &address);

private:
    SignInForm *m_form;
};

} // namespace mq::client
