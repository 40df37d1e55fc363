#include "app/signindialog.h"

#include "widgets/signinform.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mq::client {

SignInDialog::SignInDialog(ServerConnection *connection, QWidget *parent) : QDialog(parent)
{
    setObjectName(u"signInDialog"_s);
    setWindowTitle(tr("Marquee — Sign in"));
    setMinimumWidth(460);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(8);
    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(u":/icons/marquee.svg"_s).pixmap(56, 56));
    logo->setAlignment(Qt::AlignCenter);
    logo->setAccessibleName(u"Marquee"_s);
    layout->addWidget(logo);
    auto *title = new QLabel(tr("Welcome to Marquee"), this);
    title->setProperty("role", u"heading"_s);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    auto *subtitle = new QLabel(tr("Cinema, concerts, exhibitions, flights and trains — one place for tickets."), this);
    subtitle->setProperty("role", u"muted"_s);
    subtitle->setAlignment(Qt::AlignCenter);
    subtitle->setWordWrap(true);
    layout->addWidget(subtitle);
    m_form = new SignInForm(connection, {}, this);
    layout->addWidget(m_form);
    connect(m_form, &SignInForm::signedIn, this, &SignInDialog::signedIn);
    connect(m_form, &SignInForm::serverChanged, this, &SignInDialog::serverChanged);
}

bool SignInDialog::rememberMe() const
{
    return m_form->rememberMe();
}

} // namespace mq::client
