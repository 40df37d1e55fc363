#pragma once

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace mq::client {

class ReportTableModel;
class SalesReportChart;
class ServerConnection;

// The sales report of the Reports tab: pick an event (or every event) and one of its
// performances, a range of local days and hours or days; see tickets sold and revenue over time
// as a chart, the figures behind it, sales and refunds by ticket type and occupancy (sold and
// admitted against capacity). Every table exports to CSV; the whole report prints to PDF.
class SalesReportView : public QWidget
{
    Q_OBJECT
public:
    // The tables, in the order of their tabs.
    enum Table
    {
        TicketTypesTable,
        OccupancyTable,
        OverTimeTable
    };

    explicit SalesReportView(ServerConnection *connection, QWidget *parent = nullptr);

    // Lists the events again and reloads the report.
    void refresh();
    void reload();
    bool isLoading() const { return m_pending > 0; }

    // Picks an event (0: every event) and a performance (0: all of the event's).
    void selectScope(qint64 eventId, qint64 performanceId);
    void setRange(const QDate &from, const QDate &to);
    void setHourly(bool hourly);

    SalesReportChart *chart() const { return m_chart; }
    ReportTableModel *table(Table table) const;
    const QJsonObject &salesResult() const { return m_sales; }

    // The file dialogs' work, for the buttons and for tests.
    bool exportCsv(Table table, const QString &path, QString *error = nullptr);
    bool exportPdf(const QString &path, QString *error = nullptr);

Q_SIGNALS:
    void statusMessage(const QString &text);
    void loaded();

private:
    void loadEvents();
    void fillPerformances();
    // The IANA zone of a listed performance (empty if unknown), and the zone the report's days
    // and hours are counted in.
    QString performanceZone(qint64 performanceId) const;
    QString reportZone() const;
    void showSales(const QJsonObject &result);
    void showOccupancy(const QJsonObject &result);
    void setCard(QLabel *value, const QString &text);
    void askCsv();
    void askPdf();
    QString scopeText() const;
    QString rangeText() const;
    void finishOne();

    ServerConnection *m_connection;
    QComboBox *m_event;
    QComboBox *m_performance;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_bucket;
    QPushButton *m_export;
    QPushButton *m_pdf;
    QLabel *m_tickets;
    QLabel *m_revenue;
    QLabel *m_refunds;
    QLabel *m_net;
    QLabel *m_message;
    SalesReportChart *m_chart;
    QTabWidget *m_tables;
    QTableView *m_views[3] = {};
    ReportTableModel *m_models[3] = {};
    QJsonObject m_sales;
    QJsonObject m_events; // id → event JSON
    int m_generation = 0;
    int m_pending = 0;
    bool m_settingScope = false;
};

} // namespace mq::client
