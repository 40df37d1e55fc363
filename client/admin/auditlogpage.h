#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace mq::client {

class AuditLogModel;
class ServerConnection;

// The audit log tab: who changed what and when, newest first, with the record before and after.
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

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void load(bool fromStart);
    void showEntry(int row);
    void setBusy(bool busy);

    ServerConnection *m_connection;
    AuditLogModel *m_model;
    QTableView *m_view;
    QPushButton *m_loadMore;
    QLabel *m_count;
    QLabel *m_summary;
    QPlainTextEdit *m_before;
    QPlainTextEdit *m_after;
    int m_offset = 0;
    bool m_busy = false;
    bool m_loaded = false;
    bool m_exhausted = false;
    int m_generation = 0;
};

} // namespace mq::client
