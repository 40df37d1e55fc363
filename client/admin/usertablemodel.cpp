#include "admin/usertablemodel.h"

namespace mq::client {

UserTableModel::UserTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void UserTableModel::setUsers(const QList<User> &users)
{
    beginResetModel();
    m_users = users;
    endResetModel();
}

void UserTableModel::updateUser(const User &user)
{
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
            return roleLabel(u->role);
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
