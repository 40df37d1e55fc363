#pragma once

#include <QJsonArray>
#include <QtCharts/QChartView>

QT_BEGIN_NAMESPACE
class QCategoryAxis;
class QLineSeries;
QT_END_NAMESPACE

namespace mq::client {

// Tickets sold (bars' worth as a line, left axis) and revenue (right axis, labelled with
// DisplayFormat::money) per hour or day, the hours and days labelled as the report's zone (the
// venue's) reads them.
class SalesReportChart : public QChartView
{
    Q_OBJECT
public:
    explicit SalesReportChart(QWidget *parent = nullptr);

    // The report's points ([{at, tickets, revenueCents, …}]); `hourly` picks the time labels,
    // `timeZone` (IANA; empty: this computer's) the clock and calendar they read in.
    void setPoints(const QJsonArray &points, bool hourly, const QString &timeZone = {});
    int pointCount() const;
    // The time axis's labels, left to right.
    QStringList timeLabels() const;
    // The chart as on screen, drawn `scale` times larger for printing (it stays sharp).
    QImage render(qreal scale = 2.0) const;

private:
    QLineSeries *m_tickets = nullptr;
    QLineSeries *m_revenue = nullptr;
    QCategoryAxis *m_time = nullptr;
};

} // namespace mq::client
