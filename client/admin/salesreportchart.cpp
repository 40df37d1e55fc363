#include "admin/salesreportchart.h"

#include "core/displayformat.h"
#include "shared/utctime.h"

#include <QJsonObject>
#include <QLocale>
#include <QPainter>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mq::client {

namespace {

// A round step for about `ticks` ticks up to `max` (1, 2, 5 × 10ⁿ).
qint64 niceStep(qint64 max, int ticks)
{
    const double raw = std::max(1.0, double(max) / ticks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double f : {1.0, 2.0, 5.0, 10.0}) {
        if (raw <= f * magnitude)
            return qint64(f * magnitude);
    }
    return qint64(10 * magnitude);
}

} // namespace

SalesReportChart::SalesReportChart(QWidget *parent) : QChartView(parent)
{
    setObjectName(u"salesChartView"_s);
    setAccessibleName(tr("Tickets sold and revenue over time"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(200);
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(8);
    chart->legend()->setAlignment(Qt::AlignTop);
    setChart(chart);
    setPoints({}, false);
}

int SalesReportChart::pointCount() const
{
    return m_tickets ? int(m_tickets->count()) : 0;
}

QStringList SalesReportChart::timeLabels() const
{
    return m_time ? m_time->categoriesLabels() : QStringList();
}

void SalesReportChart::setPoints(const QJsonArray &points, bool hourly, const QString &timeZone)
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis), delete axis;

    m_tickets = new QLineSeries(c);
    m_tickets->setName(tr("Tickets sold"));
    m_tickets->setColor(QColor(0x33, 0x58, 0xd4));
    m_revenue = new QLineSeries(c);
    m_revenue->setName(tr("Revenue"));
    m_revenue->setColor(QColor(0x1e, 0x9e, 0x6a));
    qint64 maxTickets = 0;
    qint64 maxCents = 0;
    qint64 first = 0;
    qint64 last = 0;
    QList<QDateTime> times;
    for (const QJsonValue &v : points) {
        const QJsonObject p = v.toObject();
        const QDateTime utc = parseWireTime(p.value(u"at"_s).toString()).value_or(QDateTime());
        times.append(utc);
        const qint64 at = utc.toMSecsSinceEpoch();
        const qint64 tickets = p.value(u"tickets"_s).toInteger();
        const qint64 cents = p.value(u"revenueCents"_s).toInteger();
        m_tickets->append(double(at), double(tickets));
        m_revenue->append(double(at), double(cents));
        maxTickets = std::max(maxTickets, tickets);
        maxCents = std::max(maxCents, cents);
        first = first == 0 ? at : first;
        last = at;
    }
    const bool dots = points.size() <= 62;
    m_tickets->setPointsVisible(dots);
    m_revenue->setPointsVisible(dots);
    c->addSeries(m_tickets);
    c->addSeries(m_revenue);

    // A date-time axis would label the computer's hours and days; the report's are the venue's,
    // so the labels are written here, at about seven of the points.
    auto *time = new QCategoryAxis(c);
    m_time = time;
    time->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    if (first == last) {
        // One point (or none): a bucket's width either side, so it is not on the edge.
        const qint64 width = hourly ? 3'600'000 : 86'400'000;
        first -= width;
        last += width;
    }
    time->setStartValue(double(first));
    time->setRange(double(first), double(last));
    QString format = hourly ? u"MMM d HH:mm"_s : u"MMM d"_s;
    if (!times.isEmpty()
        && DisplayFormat::inZone(times.first(), timeZone).date().year()
               != DisplayFormat::inZone(times.last(), timeZone).date().year())
        format = hourly ? u"MMM d yyyy HH:mm"_s : u"MMM d yyyy"_s;
    const qsizetype every = std::max<qsizetype>(1, (times.size() + 6) / 7);
    const QLocale locale;
    for (qsizetype i = 0; i < times.size(); i += every) {
        const QDateTime there = DisplayFormat::inZone(times.at(i), timeZone);
        time->append(locale.toString(there, format), double(times.at(i).toMSecsSinceEpoch()));
    }
    c->addAxis(time, Qt::AlignBottom);

    auto *ticketAxis = new QValueAxis(c);
    ticketAxis->setTitleText(tr("Tickets"));
    ticketAxis->setLabelFormat(u"%d"_s);
    const qint64 ticketStep = niceStep(std::max<qint64>(maxTickets, 4), 4);
    const qint64 ticketTop = ((std::max<qint64>(maxTickets, 1) + ticketStep - 1) / ticketStep) * ticketStep;
    ticketAxis->setRange(0, double(ticketTop));
    ticketAxis->setTickCount(int(ticketTop / ticketStep) + 1);
    c->addAxis(ticketAxis, Qt::AlignLeft);

    // Revenue labels are money, formatted like every other amount.
    auto *moneyAxis = new QCategoryAxis(c);
    moneyAxis->setTitleText(tr("Revenue"));
    moneyAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const qint64 centsStep = niceStep(std::max<qint64>(maxCents, 400), 4) / 100 * 100;
    const qint64 step = std::max<qint64>(centsStep, 100);
    const qint64 top = ((std::max<qint64>(maxCents, 1) + step - 1) / step) * step;
    for (qint64 v = 0; v <= top; v += step)
        moneyAxis->append(DisplayFormat::money(v), double(v));
    moneyAxis->setRange(0, double(top));
    c->addAxis(moneyAxis, Qt::AlignRight);

    m_tickets->attachAxis(time);
    m_tickets->attachAxis(ticketAxis);
    m_revenue->attachAxis(time);
    m_revenue->attachAxis(moneyAxis);
}

QImage SalesReportChart::render(qreal scale) const
{
    const QSize size = (sceneRect().size() * scale).toSize();
    if (size.isEmpty())
        return {};
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    // The scene is vector: drawn larger, it stays sharp on paper.
    scene()->render(&painter, QRectF(image.rect()), sceneRect(), Qt::KeepAspectRatio);
    return image;
}

} // namespace mq::client
