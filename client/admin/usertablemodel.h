#pragma once

#include "shared/domain.h"

#include <QAbstractTableModel>

namespace mq::client {

// Accounts as admin.listUsers answers them. Guest accounts (one per walk-up purchase at a kiosk)
// would flood the list: they are left out unless asked for.
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
    // Rows of the accounts shown.
    const User *user(int row) const;
    int rowOf(Id userId) const;

    void setShowGuests(bool show);
    bool showsGuests() const { return m_showGuests; }
    // Of the accounts answered, how many are guests (shown or not).
    int guestCount() const;

    // A guest account: the server reserves names starting with "guest-" (in any case) for them;
    // admin.listUsers has no flag for it.
    static bool isGuest(const User &user);
    // A role as people read it ("Box office clerk"), translated.
    static QString roleLabel(mq::Role role);
    // What the role column says of that account: "Guest" for a guest, else its role.
    static QString roleText(const User &user);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void filter();

    QList<User> m_all;
    QList<User> m_users; // those shown
    bool m_showGuests = false;
};

} // namespace mq::client
