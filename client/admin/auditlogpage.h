#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QJsonObject;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace mq::client {

class AuditLogModel;
class ServerConnection;

// The audit log tab: who changed what and when, newest first, filtered by user, action (or a
// family of actions such as every order) and dates, the server doing the filtering; the selected
// entry's change as "field: old → new" lines.
class AuditLogPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int PageSize = 100;

    explicit AuditLogPage(ServerConnection *connection, QWidget *parent = nullptr);

    // Starts again from the newest entry.
    void refresh();
    void loadMore();
    bool hasLoaded() const { return m_loaded; }
    // Back to every entry.
    void clearFilters();

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void load(bool fromStart);
    void showEntry(int row);
    void setBusy(bool busy);
    QJsonObject filterParams() const;
    void loadUsers();
    // Adds a user seen in the log to the user filter (managers cannot list users).
    void addUser(qint64 userId, const QString &name);

    ServerConnection *m_connection;
    AuditLogModel *m_model;
    QComboBox *m_user;
    QComboBox *m_action;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_clearFilters;
    QTableView *m_view;
    QPushButton *m_loadMore;
    QLabel *m_count;
    QLabel *m_summary;
    QPlainTextEdit *m_changes;
    int m_offset = 0;
    bool m_busy = false;
    bool m_loaded = false;
    bool m_exhausted = false;
    bool m_usersListed = false;
    bool m_settingFilters = false;
    int m_generation = 0;
};

} // namespace mq::client
