#include "admin/usertablemodel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mq::client {

UserTableModel::UserTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void UserTableModel::setUsers(const QList<User> &users)
{
    m_all = users;
    filter();
}

void UserTableModel::setShowGuests(bool show)
{
    if (m_showGuests == show)
        return;
    m_showGuests = show;
    filter();
}

void UserTableModel::filter()
{
    beginResetModel();
    m_users.clear();
    for (const User &u : std::as_const(m_all)) {
        if (m_showGuests || !isGuest(u))
            m_users.append(u);
    }
    endResetModel();
}

int UserTableModel::guestCount() const
{
    return int(std::count_if(m_all.cbegin(), m_all.cend(), &UserTableModel::isGuest));
}

bool UserTableModel::isGuest(const User &user)
{
    return user.username.startsWith(u"guest-"_s, Qt::CaseInsensitive);
}

void UserTableModel::updateUser(const User &user)
{
    for (User &u : m_all) {
        if (u.id == user.id)
            u = user;
    }
    const int row = rowOf(user.id);
    if (row < 0)
        return;
    m_users[row] = user;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const User *UserTableModel::user(int row) const
{
    if (row < 0 || row >= m_users.size())
        return nullptr;
    return &m_users.at(row);
}

int UserTableModel::rowOf(Id userId) const
{
    for (int i = 0; i < m_users.size(); ++i) {
        if (m_users.at(i).id == userId)
            return i;
    }
    return -1;
}

QString UserTableModel::roleLabel(mq::Role role)
{
    switch (role) {
    case mq::Role::Customer:
        return tr("Customer");
    case mq::Role::Clerk:
        return tr("Box office clerk");
    case mq::Role::Manager:
        return tr("Manager");
    case mq::Role::Admin:
        return tr("Administrator");
    }
    return {};
}

QString UserTableModel::roleText(const User &user)
{
    return isGuest(user) ? tr("Guest") : roleLabel(user.role);
}

int UserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    const User *u = user(index.row());
    if (!index.isValid() || !u)
        return {};
    if (role == IdRole)
        return u->id;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case UsernameColumn:
            return u->username;
        case DisplayNameColumn:
            return u->displayName;
        case RoleColumn:
            if (role == Qt::ToolTipRole && isGuest(*u))
                return tr("A guest account, made for a purchase without signing up (role: %1)")
                    .arg(roleLabel(u->role));
            return roleText(*u);
        }
    }
    return {};
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UsernameColumn:
        return tr("Username");
    case DisplayNameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    }
    return {};
}

} // namespace mq::client
