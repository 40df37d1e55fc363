#include "admin/userspage.h"

#include "admin/usertablemodel.h"
#include "core/serverconnection.h"
#include "shared/methods.h"
#include "widgets/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mq::client {

UsersPage::UsersPage(ServerConnection *connection, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_users(new UserTableModel(this))
{
    setObjectName(u"usersPage"_s);
    auto *heading = new QLabel(tr("Users"), this);
    heading->setProperty("role", u"heading"_s);
    auto *intro = new QLabel(
        tr("Find an account and change what it may do. Customers buy tickets, box office clerks "
           "sell them, managers run the catalog, administrators also manage users."),
        this);
    intro->setProperty("role", u"muted"_s);
    intro->setWordWrap(true);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"userSearchLineEdit"_s);
    m_search->setPlaceholderText(tr("Search by username or name"));
    m_search->setAccessibleName(tr("Search users"));
    Theme::addClearButton(m_search);
    m_showGuests = new QCheckBox(tr("Show &guest accounts"), this);
    m_showGuests->setObjectName(u"showGuestsCheckBox"_s);
    m_showGuests->setToolTip(tr("Guest accounts are made for purchases without signing up, one "
                                "per purchase; they are left out of the list unless shown."));
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(300);

    m_view = new QTableView(this);
    m_view->setObjectName(u"usersTableView"_s);
    m_view->setAccessibleName(tr("Users"));
    m_view->setModel(m_users);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);

    // The role editor.
    auto *card = new QFrame(this);
    card->setObjectName(u"roleFrame"_s);
    card->setProperty("role", u"card"_s);
    auto *cardHeading = new QLabel(tr("Role"), card);
    cardHeading->setProperty("role", u"subheading"_s);
    m_selected = new QLabel(tr("Select a user in the list."), card);
    m_selected->setObjectName(u"selectedUserLabel"_s);
    m_selected->setWordWrap(true);
    m_role = new QComboBox(card);
    m_role->setObjectName(u"roleComboBox"_s);
    for (mq::Role role : {mq::Role::Customer, mq::Role::Clerk, mq::Role::Manager, mq::Role::Admin})
        m_role->addItem(UserTableModel::roleLabel(role), roleName(role));
    m_apply = new QPushButton(tr("&Apply role"), card);
    m_apply->setObjectName(u"applyRolePushButton"_s);
    m_apply->setProperty("role", u"primary"_s);
    m_result = new QLabel(card);
    m_result->setObjectName(u"roleResultLabel"_s);
    m_result->setWordWrap(true);
    m_result->hide();
    auto *note = new QLabel(tr("A new role signs that person out everywhere; they sign in again "
                               "to use it."),
                            card);
    note->setProperty("role", u"muted"_s);
    note->setWordWrap(true);

    auto *form = new QFormLayout;
    auto *roleLabel = new QLabel(tr("&New role"), card);
    roleLabel->setBuddy(m_role);
    form->addRow(roleLabel, m_role);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(16, 14, 16, 14);
    cardLayout->setSpacing(10);
    cardLayout->addWidget(cardHeading);
    cardLayout->addWidget(m_selected);
    cardLayout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_apply);
    cardLayout->addLayout(buttons);
    cardLayout->addWidget(m_result);
    cardLayout->addWidget(note);
    cardLayout->addStretch(1);
    card->setMinimumWidth(320);
    card->setMaximumWidth(420);

    auto *list = new QVBoxLayout;
    list->setSpacing(10);
    list->addWidget(heading);
    list->addWidget(intro);
    auto *searchRow = new QHBoxLayout;
    searchRow->setSpacing(12);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_showGuests);
    list->addLayout(searchRow);
    list->addWidget(m_view, 1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->setSpacing(16);
    layout->addLayout(list, 1);
    layout->addWidget(card);

    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &UsersPage::refresh);
    connect(m_searchTimer, &QTimer::timeout, this, &UsersPage::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const User *u = m_users->user(current.row());
                selectUser(u ? u->id : 0);
            });
    connect(m_apply, &QPushButton::clicked, this, &UsersPage::applyRole);
    connect(m_showGuests, &QCheckBox::toggled, this, [this](bool show) {
        m_users->setShowGuests(show);
        reselect(m_userId);
        showFound();
    });
    updateEnabled();
}

void UsersPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void UsersPage::refresh()
{
    m_searchTimer->stop();
    const int generation = ++m_generation;
    const QString query = m_search->text().trimmed();
    QJsonObject params;
    if (!query.isEmpty())
        params.insert(u"query"_s, query);
    Q_EMIT statusMessage(tr("Loading users…"));
    m_view->setEnabled(false);
    m_connection->call(
        methodName(Method::AdminListUsers), params, this,
        [this, generation](const RpcResult &result) {
            if (generation != m_generation)
                return;
            m_view->setEnabled(true);
            if (!result.ok()) {
                Q_EMIT statusMessage(tr("Could not load the users: %1").arg(result.message()));
                return;
            }
            QList<User> users;
            for (const QJsonValue &v : result.result.value(u"users"_s).toArray())
                users.append(User::fromJson(v.toObject()));
            m_users->setUsers(users);
            reselect(m_userId);
            showFound();
        });
}

void UsersPage::reselect(Id userId)
{
    const int row = m_users->rowOf(userId);
    if (row >= 0)
        m_view->selectionModel()->setCurrentIndex(m_users->index(row, 0),
                                                  QItemSelectionModel::ClearAndSelect |
                                                      QItemSelectionModel::Rows);
    else
        selectUser(0);
}

void UsersPage::showFound()
{
    QString text = tr("%Ln user(s) found.", nullptr, m_users->rowCount());
    const int hidden = m_users->showsGuests() ? 0 : m_users->guestCount();
    if (hidden > 0)
        text += u' ' + tr("%Ln guest account(s) not shown.", nullptr, hidden);
    Q_EMIT statusMessage(text);
}

void UsersPage::selectUser(Id userId)
{
    m_userId = userId;
    const int row = m_users->rowOf(userId);
    const User *u = m_users->user(row);
    if (u) {
        m_selected->setText(tr("%1 (%2)\nCurrent role: %3")
                                .arg(u->displayName, u->username, UserTableModel::roleText(*u)));
        m_role->setCurrentIndex(m_role->findData(roleName(u->role)));
    } else {
        m_selected->setText(tr("Select a user in the list."));
    }
    setResult({}, false);
    updateEnabled();
}

void UsersPage::applyRole()
{
    const User *u = m_users->user(m_users->rowOf(m_userId));
    const auto role = roleFromName(m_role->currentData().toString());
    if (!u || !role || m_busy)
        return;
    if (u->role == *role) {
        setResult(tr("%1 already has that role.").arg(u->displayName), false);
        return;
    }
    const User user = *u;
    const auto me = m_connection->user();
    if (!me || me->id != user.id) {
        sendRole(user, *role);
        return;
    }
    // Changing one's own role ends this session too.
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Change your own role"),
                        tr("Change your own role to %1?").arg(UserTableModel::roleLabel(*role)),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"confirmOwnRoleMessageBox"_s);
    box->setInformativeText(tr("You will be signed out and sign in again with the new role."));
    box->button(QMessageBox::Yes)->setText(tr("Change my role"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, user, role = *role] {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            sendRole(user, role);
    });
    box->open();
}

void UsersPage::sendRole(const User &user, mq::Role role)
{
    setBusy(true);
    Q_EMIT statusMessage(tr("Changing the role of %1…").arg(user.username));
    m_connection->call(
        methodName(Method::AdminSetUserRole), {{u"userId"_s, user.id}, {u"role"_s, roleName(role)}},
        this, [this](const RpcResult &result) {
            setBusy(false);
            if (!result.ok()) {
                setResult(result.message(), true);
                Q_EMIT statusMessage(result.message());
                if (result.is(ErrorCode::NotFound))
                    refresh();
                return;
            }
            const User changed = User::fromJson(result.result.value(u"user"_s).toObject());
            m_users->updateUser(changed);
            selectUser(changed.id);
            const QString text =
                tr("The role of %1 is now: %2.")
                    .arg(changed.displayName, UserTableModel::roleLabel(changed.role));
            setResult(text, false);
            Q_EMIT statusMessage(text);
        });
}

void UsersPage::setBusy(bool busy)
{
    m_busy = busy;
    m_view->setEnabled(!busy);
    m_search->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    updateEnabled();
}

void UsersPage::updateEnabled()
{
    const bool selected = m_userId > 0;
    m_role->setEnabled(selected && !m_busy);
    m_apply->setEnabled(selected && !m_busy);
}

void UsersPage::setResult(const QString &text, bool isError)
{
    m_result->setProperty("role", isError ? u"error"_s : u"muted"_s);
    Theme::repolish(m_result);
    m_result->setText(text);
    m_result->setVisible(!text.isEmpty());
}

} // namespace mq::client
