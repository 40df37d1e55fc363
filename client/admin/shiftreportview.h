#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace mq::client {

class ReportTableModel;
class ServerConnection;

// The box office report of the Reports tab, the end-of-shift "Z report": for a shift (a range of
// local times, today by default) and one clerk or all staff, the takings per clerk and payment
// method, refunds, and the cash that should be in each drawer. Exports to CSV, prints to PDF.
class ShiftReportView : public QWidget
{
    Q_OBJECT
public:
    // The tables, in the order of their tabs.
    enum Table
    {
        TakingsTable,
        DrawersTable,
        MethodsTable
    };

    explicit ShiftReportView(ServerConnection *connection, QWidget *parent = nullptr);

    void reload();
    bool isLoading() const { return m_loading; }
    // The shift from `from` to `to` (local date-times).
    void setShift(const QDateTime &from, const QDateTime &to);
    // From today's midnight to the end of today.
    void showToday();
    // 0: all staff.
    void selectClerk(qint64 clerkId);

    ReportTableModel *table(Table table) const;
    const QJsonObject &result() const { return m_result; }
    QString cashExpectedText() const;

    bool exportCsv(Table table, const QString &path, QString *error = nullptr);
    bool exportPdf(const QString &path, QString *error = nullptr);

Q_SIGNALS:
    void statusMessage(const QString &text);
    void loaded();

private:
    void showResult(const QJsonObject &result);
    void addClerk(qint64 id, const QString &name);
    void loadStaff();
    void askCsv();
    void askPdf();
    QString shiftText() const;

    ServerConnection *m_connection;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QComboBox *m_clerk;
    QPushButton *m_today;
    QPushButton *m_export;
    QPushButton *m_pdf;
    QLabel *m_cash;
    QLabel *m_cashDetail;
    QLabel *m_taken;
    QLabel *m_refunded;
    QLabel *m_net;
    QLabel *m_message;
    QTabWidget *m_tables;
    QTableView *m_views[3] = {};
    ReportTableModel *m_models[3] = {};
    QJsonObject m_result;
    int m_generation = 0;
    bool m_loading = false;
    bool m_staffListed = false;
    bool m_setting = false;
};

} // namespace mq::client
