#include "customer/accountpage.h"

#include "core/clientsettings.h"
#include "core/serverconnection.h"
#include "shared/methods.h"
#include "widgets/fielderrors.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mq::client {

AccountPage::AccountPage(ServerConnection *connection, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_errors(new FieldErrors(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(14);
    auto *heading = new QLabel(tr("Account"), this);
    heading->setProperty("role", u"heading"_s);
    layout->addWidget(heading);
    m_who = new QLabel(this);
    m_who->setObjectName(u"accountLabel"_s);
    m_who->setProperty("role", u"muted"_s);
    layout->addWidget(m_who);

    auto *card = new QFrame(this);
    card->setProperty("role", u"card"_s);
    card->setMaximumWidth(560);
    auto *form = new QFormLayout(card);
    form->setContentsMargins(16, 16, 16, 16);
    form->setSpacing(10);
    auto *title = new QLabel(tr("Change password"), card);
    title->setProperty("role", u"subheading"_s);
    form->addRow(title);
    m_old = new QLineEdit(card);
    m_old->setObjectName(u"oldPasswordLineEdit"_s);
    m_new = new QLineEdit(card);
    m_new->setObjectName(u"newPasswordLineEdit"_s);
    m_confirm = new QLineEdit(card);
    m_confirm->setObjectName(u"confirmPasswordLineEdit"_s);
    struct Row
    {
        QString text;
        QLineEdit *edit;
        QString field;
    };
    for (const Row &row : {Row{tr("C&urrent password:"), m_old, u"oldPassword"_s},
                           Row{tr("&New password:"), m_new, u"newPassword"_s},
                           Row{tr("Confir&m new password:"), m_confirm, u"confirm"_s}}) {
        row.edit->setEchoMode(QLineEdit::Password);
        auto *label = new QLabel(row.text, card);
        label->setBuddy(row.edit);
        form->addRow(label, m_errors->wrap(row.field, row.edit));
    }
    m_result = new QLabel(card);
    m_result->setObjectName(u"passwordResultLabel"_s);
    m_result->setWordWrap(true);
    form->addRow(m_result);
    m_change = new QPushButton(tr("Change &password"), card);
    m_change->setObjectName(u"changePasswordPushButton"_s);
    m_change->setProperty("role", u"primary"_s);
    form->addRow(m_change);
    layout->addWidget(card);

    auto *languageCard = new QFrame(this);
    languageCard->setProperty("role", u"card"_s);
    languageCard->setMaximumWidth(560);
    auto *languageForm = new QFormLayout(languageCard);
    languageForm->setContentsMargins(16, 16, 16, 16);
    m_language = new QComboBox(languageCard);
    m_language->setObjectName(u"languageComboBox"_s);
    m_language->addItem(tr("Same as the system"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"简体中文"_s, u"zh_CN"_s);
    m_language->setCurrentIndex(qMax(0, m_language->findData(ClientSettings::language())));
    auto *languageLabel = new QLabel(tr("&Language:"), languageCard);
    languageLabel->setBuddy(m_language);
    languageForm->addRow(languageLabel, m_language);
    auto *languageNote = new QLabel(tr("Takes effect the next time Marquee starts."), languageCard);
    languageNote->setProperty("role", u"muted"_s);
    languageForm->addRow(QString(), languageNote);
    layout->addWidget(languageCard);
    layout->addStretch();

    connect(m_change, &QPushButton::clicked, this, &AccountPage::changePassword);
    // Enter in any of the password fields changes the password: the form's only action.
    for (QLineEdit *edit : {m_old, m_new, m_confirm})
        connect(edit, &QLineEdit::returnPressed, this, &AccountPage::changePassword);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        ClientSettings::setLanguage(m_language->currentData().toString());
        Q_EMIT statusMessage(tr("Language saved. It applies the next time Marquee starts."));
    });
    refresh();
}

void AccountPage::refresh()
{
    const auto user = m_connection->user();
    if (!user) {
        m_who->clear();
        return;
    }
    m_who->setText(tr("Signed in as %1 (%2) on %3")
                       .arg(user->displayName, user->username, m_connection->server().toString()));
}

void AccountPage::changePassword()
{
    if (!m_change->isEnabled())
        return; // the last change is still on its way
    m_errors->clear();
    m_result->clear();
    if (m_new->text() != m_confirm->text()) {
        m_errors->show(u"confirm"_s, tr("The two new passwords are not the same."));
        return;
    }
    m_change->setEnabled(false);
    m_connection->call(methodName(Method::AccountChangePassword),
                       {{u"oldPassword"_s, m_old->text()}, {u"newPassword"_s, m_new->text()}}, this,
                       [this](const RpcResult &r) {
        m_change->setEnabled(true);
        if (r.ok()) {
            m_old->clear();
            m_new->clear();
            m_confirm->clear();
            m_result->setProperty("role", u"muted"_s);
            m_result->setText(tr("Password changed. Other devices signed in to this account were signed out."));
            Q_EMIT statusMessage(m_result->text());
            return;
        }
        const QString field = r.is(ErrorCode::Forbidden, u"wrong_password"_s) ? u"oldPassword"_s : r.field();
        if (!m_errors->show(field, r.message())) {
            m_result->setProperty("role", u"error"_s);
            m_result->setText(r.message());
        }
    });
}

} // namespace mq::client
