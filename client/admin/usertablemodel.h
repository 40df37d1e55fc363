#pragma once

#include "shared/domain.h"

#include <QAbstractTableModel>

namespace mq::client {

// Accounts as admin.listUsers answers them.
class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        UsernameColumn,
        DisplayNameColumn,
        RoleColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1
    };

    explicit UserTableModel(QObject *parent = nullptr);

    void setUsers(const QList<User> &users);
    void updateUser(const User &user);
    const User *user(int row) const;
    int rowOf(Id userId) const;

    // A role as people read it ("Box office clerk"), translated.
    static QString roleLabel(mq::Role role);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<User> m_users;
};

} // namespace mq::client
