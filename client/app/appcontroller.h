#pragma once

#include "app/signindialog.h"
#include "core/serveraddress.h"
#include "shared/domain.h"

#include <QObject>
#include <QPointer>

#include <QMainWindow>

namespace mq::client {

class ServerConnection;
class SessionStore;

// Decides what is on screen: sign-in, then the window the user's role calls for (customer,
// box office, administration), or the kiosk. Owns the connection and "remember me".
class AppController : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        ServerAddress server;
        bool kiosk = false;
        bool ignoreTlsErrors = false;
        int kioskIdleSeconds = 0; // 0: the setting's value
        bool door = false;        // clerk and up: the door window after sign-in
    };
    explicit AppController(const Options &options, QObject *parent = nullptr);
    ~AppController() override;

    void start();
    ServerConnection *connection() const { return m_connection; }
    QMainWindow *currentWindow() const { return m_window; }
    SignInDialog *signInDialog() const { return m_signIn; }

    enum class View { Customer, BoxOffice, Admin, Door };
    void openView(View view);

private:
    void showSignIn(const QString &message = {});
    void onSignedIn(bool remember);
    void onSessionEnded();
    void signOut();
    void decorate(QMainWindow *window);
    View defaultView(Role role) const;

    Options m_options;
    ServerConnection *m_connection;
    SessionStore *m_sessions;
    QPointer<SignInDialog> m_signIn;
    QPointer<QMainWindow> m_window;
    bool m_signingOut = false;
};

} // namespace mq::client
