#include "widgets/signinform.h"

#include "core/clientsettings.h"
#include "core/serverconnection.h"
#include "shared/methods.h"
#include "widgets/fielderrors.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mq::client {

namespace {

// A message for the whole form, under its fields.
QLabel *messageLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setProperty("role", u"error"_s);
    label->setWordWrap(true);
    label->hide();
    return label;
}

} // namespace

SignInForm::SignInForm(ServerConnection *connection, Options options, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_options(options), m_errors(new FieldErrors(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);

    if (m_options.showServer) {
        auto *serverForm = new QFormLayout;
        m_server = new QLineEdit(m_connection->server().toString(), this);
        m_server->setObjectName(u"serverLineEdit"_s);
        m_server->setPlaceholderText(tr("host:port, or tls://host:port"));
        auto *serverLabel = new QLabel(tr("&Server:"), this);
        serverLabel->setBuddy(m_server);
        serverForm->addRow(serverLabel, m_errors->wrap(u"server"_s, m_server));
        m_connectionStatus = new QLabel(this);
        m_connectionStatus->setObjectName(u"connectionStatusLabel"_s);
        m_connectionStatus->setProperty("role", u"muted"_s);
        serverForm->addRow(QString(), m_connectionStatus);
        layout->addLayout(serverForm);
        connect(m_server, &QLineEdit::editingFinished, this, &SignInForm::applyServer);
        connect(m_connection, &ServerConnection::stateChanged, this, &SignInForm::updateConnectionStatus);
        updateConnectionStatus();
    }

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"signInTabWidget"_s);
    layout->addWidget(m_tabs);

    // Sign in
    auto *signInPage = new QWidget(m_tabs);
    auto *signInForm = new QFormLayout(signInPage);
    signInForm->setSpacing(10);
    m_username = new QLineEdit(m_options.rememberUsername ? ClientSettings::lastUsername() : QString(),
                               signInPage);
    m_username->setObjectName(u"usernameLineEdit"_s);
    auto *usernameLabel = new QLabel(tr("&Username:"), signInPage);
    usernameLabel->setBuddy(m_username);
    signInForm->addRow(usernameLabel, m_errors->wrap(u"username"_s, m_username));
    m_password = new QLineEdit(signInPage);
    m_password->setObjectName(u"passwordLineEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    auto *passwordLabel = new QLabel(tr("&Password:"), signInPage);
    passwordLabel->setBuddy(m_password);
    signInForm->addRow(passwordLabel, m_errors->wrap(u"password"_s, m_password));
    if (m_options.showRemember) {
        m_remember = new QCheckBox(tr("&Remember me on this computer"), signInPage);
        m_remember->setObjectName(u"rememberCheckBox"_s);
        signInForm->addRow(QString(), m_remember);
    }
    m_signInMessage = messageLabel(signInPage);
    m_signInMessage->setObjectName(u"signInMessageLabel"_s);
    signInForm->addRow(m_signInMessage);
    m_signIn = new QPushButton(tr("Sign in"), signInPage);
    m_signIn->setObjectName(u"signInPushButton"_s);
    m_signIn->setProperty("role", u"primary"_s);
    m_signIn->setDefault(true);
    signInForm->addRow(m_signIn);
    m_tabs->addTab(signInPage, tr("Sign &in"));

    // Create account
    auto *createPage = new QWidget(m_tabs);
    auto *createForm = new QFormLayout(createPage);
    createForm->setSpacing(10);
    m_newUsername = new QLineEdit(createPage);
    m_newUsername->setObjectName(u"newUsernameLineEdit"_s);
    m_newUsername->setPlaceholderText(tr("3–32 letters, digits, . _ -"));
    auto *newUsernameLabel = new QLabel(tr("User&name:"), createPage);
    newUsernameLabel->setBuddy(m_newUsername);
    createForm->addRow(newUsernameLabel, m_errors->wrap(u"register.username"_s, m_newUsername));
    m_displayName = new QLineEdit(createPage);
    m_displayName->setObjectName(u"displayNameLineEdit"_s);
    auto *displayNameLabel = new QLabel(tr("&Display name:"), createPage);
    displayNameLabel->setBuddy(m_displayName);
    createForm->addRow(displayNameLabel, m_errors->wrap(u"register.displayName"_s, m_displayName));
    m_newPassword = new QLineEdit(createPage);
    m_newPassword->setObjectName(u"newPasswordLineEdit"_s);
    m_newPassword->setEchoMode(QLineEdit::Password);
    m_newPassword->setPlaceholderText(tr("At least 8 characters"));
    auto *newPasswordLabel = new QLabel(tr("Pass&word:"), createPage);
    newPasswordLabel->setBuddy(m_newPassword);
    createForm->addRow(newPasswordLabel, m_errors->wrap(u"register.password"_s, m_newPassword));
    m_confirmPassword = new QLineEdit(createPage);
    m_confirmPassword->setObjectName(u"confirmPasswordLineEdit"_s);
    m_confirmPassword->setEchoMode(QLineEdit::Password);
    auto *confirmLabel = new QLabel(tr("Con&firm password:"), createPage);
    confirmLabel->setBuddy(m_confirmPassword);
    createForm->addRow(confirmLabel, m_errors->wrap(u"register.confirm"_s, m_confirmPassword));
    m_createMessage = messageLabel(createPage);
    m_createMessage->setObjectName(u"createMessageLabel"_s);
    createForm->addRow(m_createMessage);
    m_create = new QPushButton(tr("Create account"), createPage);
    m_create->setObjectName(u"createAccountPushButton"_s);
    m_create->setProperty("role", u"primary"_s);
    createForm->addRow(m_create);
    m_tabs->addTab(createPage, tr("&Create account"));

    connect(m_signIn, &QPushButton::clicked, this, &SignInForm::signIn);
    connect(m_password, &QLineEdit::returnPressed, this, &SignInForm::signIn);
    connect(m_create, &QPushButton::clicked, this, &SignInForm::createAccount);
    connect(m_confirmPassword, &QLineEdit::returnPressed, this, &SignInForm::createAccount);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        m_errors->clear();
        (index == 0 ? m_username : m_newUsername)->setFocus();
    });
    if (m_server)
        setTabOrder(m_server, m_tabs);
    setTabOrder(m_username, m_password);
    if (m_remember) {
        setTabOrder(m_password, m_remember);
        setTabOrder(m_remember, m_signIn);
    } else {
        setTabOrder(m_password, m_signIn);
    }
    setTabOrder(m_newUsername, m_displayName);
    setTabOrder(m_displayName, m_newPassword);
    setTabOrder(m_newPassword, m_confirmPassword);
    setTabOrder(m_confirmPassword, m_create);
    focusFirst();
}

bool SignInForm::rememberMe() const
{
    return m_remember && m_remember->isChecked();
}

void SignInForm::setUsername(const QString &username)
{
    m_username->setText(username);
}

void SignInForm::reset()
{
    m_errors->clear();
    m_password->clear();
    m_newPassword->clear();
    m_confirmPassword->clear();
    m_signInMessage->hide();
    m_createMessage->hide();
    setBusy(false);
    m_tabs->setCurrentIndex(0);
}

void SignInForm::focusFirst()
{
    (m_username->text().isEmpty() ? m_username : m_password)->setFocus();
}

void SignInForm::showMessage(const QString &text)
{
    m_signInMessage->setText(text);
    m_signInMessage->setVisible(!text.isEmpty());
}

bool SignInForm::applyServer()
{
    if (!m_server)
        return true;
    const auto address = ServerAddress::parse(m_server->text());
    if (!address) {
        m_errors->show(u"server"_s, tr("Enter the server as host:port, for example 127.0.0.1:7427."));
        return false;
    }
    if (!(*address == m_connection->server())) {
        m_connection->setServer(*address);
        m_connection->open();
        Q_EMIT serverChanged(address->toString());
    }
    return true;
}

void SignInForm::updateConnectionStatus()
{
    if (!m_connectionStatus)
        return;
    switch (m_connection->state()) {
    case ServerConnection::State::Connected:
        m_connectionStatus->setText(tr("Connected"));
        break;
    case ServerConnection::State::Connecting:
        m_connectionStatus->setText(tr("Connecting…"));
        break;
    case ServerConnection::State::Disconnected:
        m_connectionStatus->setText(tr("Not connected — retrying"));
        break;
    }
}

void SignInForm::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_signIn->setEnabled(!busy);
    m_create->setEnabled(!busy);
    m_signIn->setText(busy && m_tabs->currentIndex() == 0 ? status : tr("Sign in"));
    m_create->setText(busy && m_tabs->currentIndex() == 1 ? status : tr("Create account"));
}

void SignInForm::showError(const QString &field, const QString &message, QLabel *fallback)
{
    if (!m_errors->show(field, message)) {
        fallback->setText(message);
        fallback->show();
    }
}

void SignInForm::signIn()
{
    if (m_busy)
        return;
    m_errors->clear();
    m_signInMessage->hide();
    if (!applyServer())
        return;
    if (m_username->text().trimmed().isEmpty()) {
        m_errors->show(u"username"_s, tr("Enter your username."));
        return;
    }
    if (m_password->text().isEmpty()) {
        m_errors->show(u"password"_s, tr("Enter your password."));
        return;
    }
    setBusy(true, tr("Signing in…"));
    const QString username = m_username->text().trimmed();
    m_connection->login(username, m_password->text(), this, [this, username](const RpcResult &r) {
        setBusy(false);
        if (r.ok()) {
            if (m_options.rememberUsername)
                ClientSettings::setLastUsername(username);
            m_password->clear();
            Q_EMIT signedIn(*m_connection->user());
            return;
        }
        if (r.is(ErrorCode::NotAuthenticated))
            m_password->selectAll();
        showError(r.field(), r.message(), m_signInMessage);
    });
}

void SignInForm::createAccount()
{
    if (m_busy)
        return;
    m_errors->clear();
    m_createMessage->hide();
    if (!applyServer())
        return;
    if (m_newPassword->text() != m_confirmPassword->text()) {
        m_errors->show(u"register.confirm"_s, tr("The two passwords are not the same."));
        return;
    }
    setBusy(true, tr("Creating account…"));
    const QString username = m_newUsername->text().trimmed();
    const QString password = m_newPassword->text();
    QJsonObject params{{u"username"_s, username}, {u"password"_s, password}};
    if (!m_displayName->text().trimmed().isEmpty())
        params.insert(u"displayName"_s, m_displayName->text().trimmed());
    m_connection->call(methodName(Method::AuthRegister), params, this,
                       [this, username, password](const RpcResult &r) {
        if (!r.ok()) {
            setBusy(false);
            const QString field = r.field().isEmpty() && r.is(ErrorCode::Conflict)
                                      ? u"username"_s
                                      : r.field();
            showError(u"register."_s + field, r.message(), m_createMessage);
            return;
        }
        m_connection->login(username, password, this, [this, username](const RpcResult &login) {
            setBusy(false);
            if (!login.ok()) {
                showError({}, login.message(), m_createMessage);
                return;
            }
            if (m_options.rememberUsername)
                ClientSettings::setLastUsername(username);
            m_newPassword->clear();
            m_confirmPassword->clear();
            Q_EMIT signedIn(*m_connection->user());
        });
    });
}

} // namespace mq::client
