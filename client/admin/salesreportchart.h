#pragma once

#include <QJsonArray>
#include <QtCharts/QChartView>

QT_BEGIN_NAMESPACE
class QLineSeries;
QT_END_NAMESPACE

namespace mq::client {

// Tickets sold (bars' worth as a line, left axis) and revenue (right axis, labelled with
// DisplayFormat::money) per hour or day, times in local time.
class SalesReportChart : public QChartView
{
    Q_OBJECT
public:
    explicit SalesReportChart(QWidget *parent = nullptr);

    // The report's points ([{at, tickets, revenueCents, …}]); `hourly` picks the time labels.
    void setPoints(const QJsonArray &points, bool hourly);
    int pointCount() const;
    // The chart as on screen, drawn `scale` times larger for printing (it stays sharp).
    QImage render(qreal scale = 2.0) const;

private:
    QLineSeries *m_tickets = nullptr;
    QLineSeries *m_revenue = nullptr;
};

} // namespace mq::client
