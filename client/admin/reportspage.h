#pragma once

#include <QWidget>

class QTabWidget;

namespace mq::client {

class SalesReportView;
class ServerConnection;
class ShiftReportView;

// The Reports tab of the administration window (managers and administrators): how a show is
// selling (SalesReportView) and what the box office took in a shift (ShiftReportView).
class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    enum View
    {
        SalesView,
        BoxOfficeView
    };

    explicit ReportsPage(ServerConnection *connection, QWidget *parent = nullptr);

    SalesReportView *salesView() const { return m_sales; }
    ShiftReportView *shiftView() const { return m_shift; }
    void showView(View view);

    // Reloads what the current view shows (the first time: loads it).
    void refresh();
    bool hasLoaded() const { return m_salesLoaded || m_shiftLoaded; }

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void loadCurrent(bool again);

    QTabWidget *m_views;
    SalesReportView *m_sales;
    ShiftReportView *m_shift;
    bool m_salesLoaded = false;
    bool m_shiftLoaded = false;
};

} // namespace mq::client
