#include "app/appcontroller.h"

#include "admin/adminwindow.h"
#include "app/signindialog.h"
#include "boxoffice/boxofficewindow.h"
#include "core/clientsettings.h"
#include "core/serverconnection.h"
#include "core/sessionstore.h"
#include "customer/customerwindow.h"
#include "door/doorwindow.h"
#include "kiosk/kioskwindow.h"
#include "widgets/signinform.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>

using namespace Qt::StringLiterals;

namespace mq::client {

AppController::AppController(const Options &options, QObject *parent)
    : QObject(parent),
      m_options(options),
      m_connection(new ServerConnection(this)),
      m_sessions(new SessionStore(this))
{
    m_connection->setServer(options.server);
    m_connection->setIgnoreTlsErrors(options.ignoreTlsErrors);
    m_sessions->setEnabled(!options.kiosk);
    connect(m_connection, &ServerConnection::sessionEnded, this, &AppController::onSessionEnded);
}

AppController::~AppController()
{
    delete m_window;
    delete m_signIn;
}

void AppController::start()
{
    m_connection->open();
    if (m_options.kiosk) {
        auto *kiosk = new KioskWindow(m_connection, m_options.kioskIdleSeconds > 0
                                                        ? m_options.kioskIdleSeconds
                                                        : ClientSettings::kioskIdleSeconds());
        kiosk->setAttribute(Qt::WA_DeleteOnClose);
        m_window = kiosk;
        // The whole screen even where no window manager honours "full screen".
        if (QScreen *screen = QGuiApplication::primaryScreen())
            kiosk->setGeometry(screen->geometry());
        kiosk->showFullScreen();
        kiosk->activateWindow();
        return;
    }
    // "Remember me": a token from the keychain signs in without a password.
    const QString server = m_connection->server().toString();
    m_sessions->load(server, [this, server](const QString &token) {
        if (token.isEmpty()) {
            showSignIn();
            return;
        }
        m_connection->resume(token, this, [this, server](const RpcResult &r) {
            if (r.ok()) {
                openView(defaultView(m_connection->user()->role));
                return;
            }
            if (r.kind == RpcResult::Kind::Error)
                m_sessions->forget(server);
            showSignIn(r.kind == RpcResult::Kind::Error ? tr("Your saved session has ended. Please sign in again.")
                                                        : r.message());
        });
    });
}

void AppController::showSignIn(const QString &message)
{
    if (!m_signIn) {
        m_signIn = new SignInDialog(m_connection);
        m_signIn->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_signIn, &SignInDialog::signedIn, this, [this] { onSignedIn(m_signIn->rememberMe()); });
        connect(m_signIn, &SignInDialog::serverChanged, this, [](const QString &address) {
            ClientSettings::setServerAddress(address);
        });
        connect(m_signIn, &QDialog::rejected, qApp, &QApplication::quit);
    }
    m_signIn->form()->reset();
    m_signIn->form()->showMessage(message);
    m_signIn->show();
    m_signIn->raise();
    m_signIn->activateWindow();
    // Closed after the dialog is up, so the application never sees its last window close; and
    // later, not now: this may run inside one of the window's own callbacks.
    if (m_window)
        m_window->close();
}

void AppController::onSignedIn(bool remember)
{
    const QString server = m_connection->server().toString();
    ClientSettings::setServerAddress(server);
    if (remember)
        m_sessions->save(server, m_connection->token());
    else
        m_sessions->forget(server);
    if (m_signIn) {
        m_signIn->disconnect(this);
        m_signIn->hide();
        m_signIn->deleteLater();
    }
    openView(defaultView(m_connection->user()->role));
}

AppController::View AppController::defaultView(Role role) const
{
    if (m_options.door && int(role) >= int(Role::Clerk))
        return View::Door;
    switch (role) {
    case Role::Customer:
        return View::Customer;
    case Role::Clerk:
        return View::BoxOffice;
    case Role::Manager:
    case Role::Admin:
        return View::Admin;
    }
    return View::Customer;
}

void AppController::openView(View view)
{
    const auto user = m_connection->user();
    if (!user)
        return;
    const Role role = user->role;
    if (((view == View::BoxOffice || view == View::Door) && int(role) < int(Role::Clerk))
        || (view == View::Admin && int(role) < int(Role::Manager)))
        return;
    QMainWindow *window = nullptr;
    switch (view) {
    case View::Customer:
        window = new CustomerWindow(m_connection);
        break;
    case View::BoxOffice:
        window = new BoxOfficeWindow(m_connection);
        break;
    case View::Admin:
        window = new AdminWindow(m_connection);
        break;
    case View::Door:
        window = new DoorWindow(m_connection);
        break;
    }
    window->setAttribute(Qt::WA_DeleteOnClose);
    decorate(window);
    QPointer<QMainWindow> previous = m_window;
    m_window = window;
    if (previous)
        window->setGeometry(previous->geometry());
    window->show();
    window->activateWindow(); // keyboard focus in the new window at once (the box office's search field)
    if (previous)
        previous->close(); // deletes itself later (WA_DeleteOnClose)
}

void AppController::decorate(QMainWindow *window)
{
    // File first, then the window's own menus, then Window.
    QMenuBar *bar = window->menuBar();
    auto *file = new QMenu(tr("&File"), bar);
    auto *signOutAction = file->addAction(tr("Sign &out"), this, &AppController::signOut);
    signOutAction->setObjectName(u"signOutAction"_s);
    signOutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    file->addSeparator();
    auto *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    const QList<QAction *> existing = bar->actions();
    bar->insertMenu(existing.isEmpty() ? nullptr : existing.first(), file);

    const Role role = m_connection->user() ? m_connection->user()->role : Role::Customer;
    if (role == Role::Customer)
        return;
    auto *windows = bar->addMenu(tr("&Window"));
    auto *customer = windows->addAction(tr("&Customer view"), this, [this] { openView(View::Customer); });
    customer->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_1));
    auto *boxOffice = windows->addAction(tr("&Box office"), this, [this] { openView(View::BoxOffice); });
    boxOffice->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_2));
    if (int(role) >= int(Role::Manager)) {
        auto *admin = windows->addAction(tr("&Administration"), this, [this] { openView(View::Admin); });
        admin->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_3));
    }
    auto *door = windows->addAction(tr("&Door check-in"), this, [this] { openView(View::Door); });
    door->setObjectName(u"doorAction"_s);
    door->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_4));
}

void AppController::signOut()
{
    m_signingOut = true;
    m_sessions->forget(m_connection->server().toString());
    m_connection->logout(this, [this](const RpcResult &) {
        m_signingOut = false;
        showSignIn();
    });
}

void AppController::onSessionEnded()
{
    if (m_signingOut || m_options.kiosk)
        return; // sign-out shows the sign-in itself; the kiosk resets itself
    m_sessions->forget(m_connection->server().toString());
    showSignIn(tr("You were signed out. Please sign in again."));
}

} // namespace mq::client
