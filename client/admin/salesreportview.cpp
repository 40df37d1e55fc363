#include "admin/salesreportview.h"

#include "admin/reportexport.h"
#include "admin/reporttablemodel.h"
#include "admin/salesreportchart.h"
#include "core/displayformat.h"
#include "core/serverconnection.h"
#include "shared/jsonfields.h"
#include "shared/methods.h"
#include "shared/utctime.h"
#include "widgets/timezonecombobox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mq::client {

namespace {

// The earliest date the range can start at: shown as "First sale".
const QDate NoDate(2000, 1, 1);

// Wide enough for its longest text: the style sheet's padding is not in a date edit's size hint.
void fitDates(QDateTimeEdit *edit, const QStringList &texts)
{
    int widest = 0;
    for (const QString &text : texts)
        widest = std::max(widest, edit->fontMetrics().horizontalAdvance(text));
    edit->setMinimumWidth(widest + 56);
}

QTableView *reportTable(const QString &objectName, const QString &name, ReportTableModel *model,
                        QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    return view;
}

} // namespace

SalesReportView::SalesReportView(ServerConnection *connection, QWidget *parent)
    : QWidget(parent), m_connection(connection)
{
    setObjectName(u"salesReportView"_s);
    using Kind = ReportTableModel::Kind;

    // What the report covers.
    m_event = new QComboBox(this);
    m_event->setObjectName(u"reportEventComboBox"_s);
    m_event->setAccessibleName(tr("Event"));
    m_event->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_event->setMinimumContentsLength(18);
    m_event->addItem(tr("All events"), 0);
    m_performance = new QComboBox(this);
    m_performance->setObjectName(u"reportPerformanceComboBox"_s);
    m_performance->setAccessibleName(tr("Performance"));
    m_performance->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_performance->setMinimumContentsLength(18);
    m_performance->addItem(tr("All performances"), 0);
    m_performance->setEnabled(false);
    m_from = new QDateEdit(this);
    m_from->setObjectName(u"reportFromDateEdit"_s);
    m_from->setAccessibleName(tr("From"));
    m_from->setCalendarPopup(true);
    m_from->setMinimumDate(NoDate);
    m_from->setSpecialValueText(tr("First sale"));
    m_from->setDate(NoDate);
    m_from->setToolTip(tr("From the start of this day at the venue; “First sale” starts at the "
                          "first ticket sold"));
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setObjectName(u"reportToDateEdit"_s);
    m_to->setAccessibleName(tr("To"));
    m_to->setCalendarPopup(true);
    m_to->setToolTip(tr("Up to the end of this day at the venue"));
    const QDate widest(2026, 12, 28);
    fitDates(m_from, {m_from->locale().toString(widest, m_from->displayFormat()), tr("First sale")});
    fitDates(m_to, {m_to->locale().toString(widest, m_to->displayFormat())});
    m_bucket = new QComboBox(this);
    m_bucket->setObjectName(u"reportBucketComboBox"_s);
    m_bucket->setAccessibleName(tr("Group by"));
    m_bucket->addItem(tr("Day"), u"day"_s);
    m_bucket->addItem(tr("Hour"), u"hour"_s);

    m_export = new QPushButton(tr("E&xport CSV"), this);
    m_export->setObjectName(u"salesExportCsvPushButton"_s);
    m_export->setToolTip(tr("Save a table of this report as a CSV file for a spreadsheet"));
    auto *exportMenu = new QMenu(m_export);
    exportMenu->setObjectName(u"salesExportMenu"_s);
    exportMenu->addAction(tr("Figures over time…"), this, [this] {
        m_tables->setCurrentIndex(OverTimeTable);
        askCsv();
    });
    exportMenu->addAction(tr("Sales by ticket type…"), this, [this] {
        m_tables->setCurrentIndex(TicketTypesTable);
        askCsv();
    });
    exportMenu->addAction(tr("Occupancy…"), this, [this] {
        m_tables->setCurrentIndex(OccupancyTable);
        askCsv();
    });
    m_export->setMenu(exportMenu);
    m_pdf = new QPushButton(tr("Save as P&DF…"), this);
    m_pdf->setObjectName(u"salesPdfPushButton"_s);
    m_pdf->setToolTip(tr("Save the whole report, chart included, as a PDF to print or send"));
    connect(m_pdf, &QPushButton::clicked, this, &SalesReportView::askPdf);

    auto *eventLabel = new QLabel(tr("&Event"), this);
    eventLabel->setBuddy(m_event);
    auto *performanceLabel = new QLabel(tr("&Performance"), this);
    performanceLabel->setBuddy(m_performance);
    auto *fromLabel = new QLabel(tr("Fro&m"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To"), this);
    toLabel->setBuddy(m_to);
    toLabel->setMinimumWidth(toLabel->sizeHint().width() + 3); // its hint is kerned too tightly
    auto *bucketLabel = new QLabel(tr("&Group by"), this);
    bucketLabel->setBuddy(m_bucket);

    auto *scope = new QHBoxLayout;
    scope->setSpacing(6);
    scope->addWidget(eventLabel);
    scope->addWidget(m_event, 3);
    scope->addSpacing(10);
    scope->addWidget(performanceLabel);
    scope->addWidget(m_performance, 2);
    auto *range = new QHBoxLayout;
    range->setSpacing(6);
    range->addWidget(fromLabel);
    range->addWidget(m_from);
    range->addWidget(toLabel);
    range->addWidget(m_to);
    range->addSpacing(10);
    range->addWidget(bucketLabel);
    range->addWidget(m_bucket);
    range->addStretch(1);
    range->addWidget(m_export);
    range->addWidget(m_pdf);

    // The totals at a glance.
    auto *cards = new QHBoxLayout;
    cards->setSpacing(10);
    const auto card = [&](const QString &objectName, const QString &caption) {
        auto *frame = new QFrame(this);
        frame->setProperty("role", u"card"_s);
        auto *title = new QLabel(caption, frame);
        title->setProperty("role", u"muted"_s);
        auto *value = new QLabel(tr("—"), frame);
        value->setObjectName(objectName);
        value->setProperty("role", u"subheading"_s);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *l = new QVBoxLayout(frame);
        l->setContentsMargins(14, 8, 14, 8);
        l->setSpacing(2);
        l->addWidget(title);
        l->addWidget(value);
        cards->addWidget(frame, 1);
        return value;
    };
    m_tickets = card(u"salesTicketsLabel"_s, tr("Tickets sold"));
    m_revenue = card(u"salesRevenueLabel"_s, tr("Revenue"));
    m_refunds = card(u"salesRefundsLabel"_s, tr("Refunded"));
    m_net = card(u"salesNetLabel"_s, tr("Net"));

    m_message = new QLabel(this);
    m_message->setObjectName(u"salesMessageLabel"_s);
    m_message->setProperty("role", u"muted"_s);
    m_message->setWordWrap(true);

    m_chart = new SalesReportChart(this);

    m_models[OverTimeTable] = new ReportTableModel(
        {{tr("From"), u"at"_s, Kind::Time},
         {tr("Orders"), u"orders"_s, Kind::Count},
         {tr("Tickets"), u"tickets"_s, Kind::Count},
         {tr("Revenue"), u"revenueCents"_s, Kind::Money},
         {tr("Refunds"), u"refunds"_s, Kind::Count},
         {tr("Refunded"), u"refundedCents"_s, Kind::Money},
         {tr("Net"), u"netCents"_s, Kind::Money}},
        this);
    m_models[TicketTypesTable] = new ReportTableModel(
        {{tr("Ticket type"), u"name"_s, Kind::Text},
         {tr("Performance"), u"performance"_s, Kind::Text},
         {tr("Capacity"), u"capacity"_s, Kind::Count},
         {tr("Sold"), u"sold"_s, Kind::Count},
         {tr("Revenue"), u"revenueCents"_s, Kind::Money},
         {tr("Refunded tickets"), u"refundedTickets"_s, Kind::Count},
         {tr("Refunded"), u"refundedCents"_s, Kind::Money},
         {tr("Net"), u"netCents"_s, Kind::Money}},
        this);
    m_models[OccupancyTable] = new ReportTableModel(
        {{tr("Performance"), u"performance"_s, Kind::Text},
         {tr("Venue"), u"venue"_s, Kind::Text},
         {tr("Capacity"), u"capacity"_s, Kind::Count},
         {tr("Sold"), u"sold"_s, Kind::Count},
         {tr("Held"), u"held"_s, Kind::Count},
         {tr("Available"), u"available"_s, Kind::Count},
         {tr("Admitted"), u"admitted"_s, Kind::Count},
         {tr("Sold %"), u"soldPercent"_s, Kind::Percent},
         {tr("Admitted %"), u"admittedPercent"_s, Kind::Percent}},
        this);
    m_tables = new QTabWidget(this);
    m_tables->setObjectName(u"salesTablesTabWidget"_s);
    m_tables->setDocumentMode(true);
    m_views[OverTimeTable] = reportTable(u"salesOverTimeTableView"_s, tr("Figures over time"),
                                         m_models[OverTimeTable], m_tables);
    m_views[TicketTypesTable] = reportTable(u"salesTicketTypesTableView"_s,
                                            tr("Sales by ticket type"), m_models[TicketTypesTable],
                                            m_tables);
    m_views[OccupancyTable] = reportTable(u"occupancyTableView"_s, tr("Occupancy"),
                                          m_models[OccupancyTable], m_tables);
    // In the order of the Table enum.
    m_tables->addTab(m_views[TicketTypesTable], tr("By tic&ket type"));
    m_tables->addTab(m_views[OccupancyTable], tr("&Occupancy"));
    m_tables->addTab(m_views[OverTimeTable], tr("Over t&ime"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"salesSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_tables);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(scope);
    layout->addLayout(range);
    layout->addLayout(cards);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_event, &QComboBox::currentIndexChanged, this, [this] {
        if (m_settingScope)
            return;
        fillPerformances();
        reload();
    });
    connect(m_performance, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_settingScope)
            reload();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &SalesReportView::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &SalesReportView::reload);
    connect(m_bucket, &QComboBox::currentIndexChanged, this, &SalesReportView::reload);
}

ReportTableModel *SalesReportView::table(Table table) const
{
    return m_models[table];
}

void SalesReportView::refresh()
{
    loadEvents();
    reload();
}

void SalesReportView::loadEvents()
{
    m_connection->callAllPages(
        methodName(Method::CatalogListEvents), {}, u"events"_s, this, [this](const RpcResult &r) {
            if (!r.ok())
                return;
            const qint64 eventId = m_event->currentData().toLongLong();
            const qint64 performanceId = m_performance->currentData().toLongLong();
            QList<QJsonObject> events;
            m_events = {};
            for (const QJsonValue &v : r.result.value(u"events"_s).toArray()) {
                events.append(v.toObject());
                m_events.insert(QString::number(jsonInteger(v.toObject().value(u"id"_s)).value_or(0)),
                                v.toObject());
            }
            std::sort(events.begin(), events.end(), [](const QJsonObject &a, const QJsonObject &b) {
                return QString::localeAwareCompare(a.value(u"title"_s).toString(),
                                                   b.value(u"title"_s).toString()) < 0;
            });
            {
                const QSignalBlocker block(m_event);
                m_event->clear();
                m_event->addItem(tr("All events"), 0);
                for (const QJsonObject &e : std::as_const(events))
                    m_event->addItem(e.value(u"title"_s).toString(),
                                     jsonInteger(e.value(u"id"_s)).value_or(0));
            }
            const bool wasSetting = m_settingScope;
            m_settingScope = true;
            m_event->setCurrentIndex(std::max(0, m_event->findData(eventId)));
            fillPerformances();
            m_performance->setCurrentIndex(std::max(0, m_performance->findData(performanceId)));
            m_settingScope = wasSetting;
        });
}

QString SalesReportView::performanceZone(qint64 performanceId) const
{
    for (const QJsonValue &e : m_events) {
        for (const QJsonValue &p : e.toObject().value(u"performances"_s).toArray()) {
            if (jsonInteger(p.toObject().value(u"id"_s)).value_or(0) == performanceId)
                return p.toObject().value(u"timeZone"_s).toString();
        }
    }
    return {};
}

QString SalesReportView::reportZone() const
{
    // Days and hours are the venue's: the chosen performance's zone, or the event's when all of
    // its performances share one; else this computer's.
    if (const qint64 performanceId = m_performance->currentData().toLongLong(); performanceId > 0) {
        const QString zone = performanceZone(performanceId);
        return zone.isEmpty() ? TimeZoneComboBox::systemZone() : zone;
    }
    const QJsonObject event = m_events.value(QString::number(m_event->currentData().toLongLong())).toObject();
    QSet<QString> zones;
    for (const QJsonValue &p : event.value(u"performances"_s).toArray())
        zones.insert(p.toObject().value(u"timeZone"_s).toString());
    return zones.size() == 1 && !zones.begin()->isEmpty() ? *zones.begin()
                                                          : TimeZoneComboBox::systemZone();
}

void SalesReportView::fillPerformances()
{
    const QSignalBlocker block(m_performance);
    m_performance->clear();
    m_performance->addItem(tr("All performances"), 0);
    const qint64 eventId = m_event->currentData().toLongLong();
    const QJsonObject event = m_events.value(QString::number(eventId)).toObject();
    for (const QJsonValue &v : event.value(u"performances"_s).toArray()) {
        const QJsonObject p = v.toObject();
        const QDateTime startsAt =
            parseWireTime(p.value(u"startsAt"_s).toString()).value_or(QDateTime());
        m_performance->addItem(tr("%1 · %2").arg(DisplayFormat::showTime(startsAt, p.value(u"timeZone"_s).toString()),
                                                 p.value(u"venue"_s).toString()),
                               jsonInteger(p.value(u"id"_s)).value_or(0));
    }
    m_performance->setEnabled(eventId > 0);
}

void SalesReportView::selectScope(qint64 eventId, qint64 performanceId)
{
    {
        const QSignalBlocker blockEvent(m_event);
        int index = m_event->findData(eventId);
        if (index < 0 && eventId > 0) {
            // Not listed yet (the list is still on its way): named when it arrives.
            m_event->addItem(tr("Event %1").arg(eventId), eventId);
            index = m_event->count() - 1;
        }
        m_event->setCurrentIndex(std::max(0, index));
        fillPerformances();
        const QSignalBlocker blockPerformance(m_performance);
        int p = m_performance->findData(performanceId);
        if (p < 0 && performanceId > 0) {
            m_performance->addItem(tr("Performance %1").arg(performanceId), performanceId);
            p = m_performance->count() - 1;
        }
        m_performance->setCurrentIndex(std::max(0, p));
    }
    reload();
}

void SalesReportView::setRange(const QDate &from, const QDate &to)
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(from.isValid() ? from : NoDate);
    m_to->setDate(to);
    reload();
}

void SalesReportView::setHourly(bool hourly)
{
    m_bucket->setCurrentIndex(m_bucket->findData(hourly ? u"hour"_s : u"day"_s));
}

void SalesReportView::reload()
{
    const int generation = ++m_generation;
    const qint64 eventId = m_event->currentData().toLongLong();
    const qint64 performanceId = m_performance->currentData().toLongLong();
    QJsonObject scope;
    if (performanceId > 0)
        scope.insert(u"performanceId"_s, performanceId);
    else if (eventId > 0)
        scope.insert(u"eventId"_s, eventId);
    QJsonObject params = scope;
    // Whole days of the venue: from the first one's midnight to the end of the last one.
    const QString zoneId = reportZone();
    const QTimeZone zone(zoneId.toUtf8());
    if (m_from->date() > NoDate)
        params.insert(u"from"_s, toWireTime(m_from->date().startOfDay(zone).toUTC()));
    params.insert(u"to"_s, toWireTime(m_to->date().addDays(1).startOfDay(zone).toUTC()));
    params.insert(u"bucket"_s, m_bucket->currentData().toString());
    params.insert(u"timeZone"_s, zoneId);
    m_pending = scope.isEmpty() ? 1 : 2;
    m_message->setText(tr("Loading…"));
    setCursor(Qt::BusyCursor);
    const bool hourly = m_bucket->currentData().toString() == u"hour"_s;
    m_connection->call(methodName(Method::ReportSales), params, this,
                       [this, generation, hourly](const RpcResult &r) {
                           if (generation != m_generation)
                               return;
                           if (r.ok()) {
                               showSales(r.result);
                           } else {
                               m_sales = {};
                               m_chart->setPoints({}, hourly);
                               for (ReportTableModel *m : {m_models[OverTimeTable], m_models[TicketTypesTable]})
                                   m->clear();
                               for (QLabel *l : {m_tickets, m_revenue, m_refunds, m_net})
                                   setCard(l, tr("—"));
                               m_message->setText(
                                   r.field() == u"from"_s && hourly
                                       ? tr("Hourly figures cover at most 366 days: choose a later "
                                            "start, or group by day.")
                                       : tr("Could not load the report: %1").arg(r.message()));
                           }
                           finishOne();
                       });
    if (scope.isEmpty()) {
        m_models[OccupancyTable]->clear();
        return;
    }
    m_connection->call(methodName(Method::ReportOccupancy), scope, this,
                       [this, generation](const RpcResult &r) {
                           if (generation != m_generation)
                               return;
                           if (r.ok())
                               showOccupancy(r.result);
                           else
                               m_models[OccupancyTable]->clear();
                           finishOne();
                       });
}

void SalesReportView::finishOne()
{
    if (--m_pending > 0)
        return;
    m_pending = 0;
    unsetCursor();
    Q_EMIT loaded();
}

void SalesReportView::showSales(const QJsonObject &result)
{
    m_sales = result;
    const bool hourly = result.value(u"bucket"_s).toString() == u"hour"_s;
    const QJsonArray points = result.value(u"points"_s).toArray();
    // The buckets are the venue's hours and days: labelled, shown and exported as its clock reads.
    const QString zone = result.value(u"timeZone"_s).toString();
    m_chart->setPoints(points, hourly, zone);
    const QJsonObject totals = result.value(u"totals"_s).toObject();
    // Days read as dates, not as midnights.
    m_models[OverTimeTable]->setColumnKind(0, hourly ? ReportTableModel::Kind::Time
                                                     : ReportTableModel::Kind::Date);
    m_models[OverTimeTable]->setTimeZone(zone);
    m_models[OverTimeTable]->setRows(points, totals, tr("Total"));

    QJsonArray types;
    qint64 capacity = 0;
    for (const QJsonValue &v : result.value(u"byTicketType"_s).toArray()) {
        QJsonObject t = v.toObject();
        t.insert(u"performance"_s,
                 DisplayFormat::showTime(
                     parseWireTime(t.value(u"startsAt"_s).toString()).value_or(QDateTime()),
                     performanceZone(jsonInteger(t.value(u"performanceId"_s)).value_or(0))));
        capacity += t.value(u"capacity"_s).toInteger();
        types.append(t);
    }
    m_models[TicketTypesTable]->setRows(
        types,
        {{u"capacity"_s, capacity},
         {u"sold"_s, totals.value(u"tickets"_s)},
         {u"revenueCents"_s, totals.value(u"revenueCents"_s)},
         {u"refundedTickets"_s, totals.value(u"refundedTickets"_s)},
         {u"refundedCents"_s, totals.value(u"refundedCents"_s)},
         {u"netCents"_s, totals.value(u"netCents"_s)}},
        tr("Total"));

    const qint64 tickets = totals.value(u"tickets"_s).toInteger();
    setCard(m_tickets, QLocale().toString(tickets));
    setCard(m_revenue, DisplayFormat::money(totals.value(u"revenueCents"_s).toInteger()));
    setCard(m_refunds,
            tr("%1 · %Ln order(s)", nullptr, int(totals.value(u"refunds"_s).toInteger()))
                .arg(DisplayFormat::money(totals.value(u"refundedCents"_s).toInteger())));
    setCard(m_net, DisplayFormat::money(totals.value(u"netCents"_s).toInteger()));
    if (points.isEmpty())
        m_message->setText(tr("Nothing sold yet in this range."));
    else
        m_message->setText(tr("%1, %2, grouped by %3 (%4).")
                               .arg(scopeText(), rangeText(),
                                    hourly ? tr("hour") : tr("day"), zone));
}

void SalesReportView::showOccupancy(const QJsonObject &result)
{
    QJsonArray rows;
    for (const QJsonValue &v : result.value(u"performances"_s).toArray()) {
        QJsonObject p = v.toObject();
        p.insert(u"performance"_s,
                 DisplayFormat::showTime(
                     parseWireTime(p.value(u"startsAt"_s).toString()).value_or(QDateTime()),
                     performanceZone(jsonInteger(p.value(u"performanceId"_s)).value_or(0))));
        rows.append(p);
    }
    m_models[OccupancyTable]->setRows(rows, result.value(u"totals"_s).toObject(), tr("Total"));
}

void SalesReportView::setCard(QLabel *value, const QString &text)
{
    value->setText(text);
}

QString SalesReportView::scopeText() const
{
    if (m_performance->currentData().toLongLong() > 0)
        return tr("%1, %2").arg(m_event->currentText(), m_performance->currentText());
    if (m_event->currentData().toLongLong() > 0)
        return tr("%1, all performances").arg(m_event->currentText());
    return tr("All events");
}

QString SalesReportView::rangeText() const
{
    const QLocale locale;
    const QString to = locale.toString(m_to->date(), QLocale::ShortFormat);
    if (m_from->date() <= NoDate)
        return tr("from the first sale to %1").arg(to);
    return tr("%1 to %2").arg(locale.toString(m_from->date(), QLocale::ShortFormat), to);
}

bool SalesReportView::exportCsv(Table table, const QString &path, QString *error)
{
    return ReportExport::writeCsv(*m_models[table], path, error);
}

bool SalesReportView::exportPdf(const QString &path, QString *error)
{
    const QJsonObject totals = m_sales.value(u"totals"_s).toObject();
    const QStringList lines{
        tr("%1, %2.").arg(scopeText(), rangeText()),
        tr("Days and hours in %1.").arg(DisplayFormat::zoneName(m_sales.value(u"timeZone"_s).toString())),
        tr("Tickets sold: %L1 · Revenue: %2 · Refunded: %3 · Net: %4")
            .arg(totals.value(u"tickets"_s).toInteger())
            .arg(DisplayFormat::money(totals.value(u"revenueCents"_s).toInteger()),
                 DisplayFormat::money(totals.value(u"refundedCents"_s).toInteger()),
                 DisplayFormat::money(totals.value(u"netCents"_s).toInteger()))};
    QList<ReportExport::Section> sections{
        {tr("Sales by ticket type"), m_models[TicketTypesTable]},
        {tr("Occupancy"), m_models[OccupancyTable]}};
    // Long hourly figures belong in a spreadsheet, not on twenty pages.
    if (m_models[OverTimeTable]->rowCount() <= 400)
        sections.append({tr("Figures over time"), m_models[OverTimeTable]});
    return ReportExport::writePdf(path, tr("Sales report"), lines, m_chart->render(2.0), sections,
                                  error);
}

void SalesReportView::askCsv()
{
    const auto table = Table(m_tables->currentIndex());
    const QString names[] = {u"sales-by-ticket-type.csv"_s, u"occupancy.csv"_s,
                             u"sales-over-time.csv"_s};
    const auto said = ReportExport::saveAs(this, tr("Export to CSV"), names[table], tr("CSV files (*.csv)"),
                                           [this, table](const QString &path, QString *error) {
                                               return exportCsv(table, path, error);
                                           });
    if (said)
        Q_EMIT statusMessage(*said);
}

void SalesReportView::askPdf()
{
    const auto said = ReportExport::saveAs(this, tr("Save as PDF"), u"sales-report.pdf"_s, tr("PDF files (*.pdf)"),
                                           [this](const QString &path, QString *error) {
                                               return exportPdf(path, error);
                                           });
    if (said)
        Q_EMIT statusMessage(*said);
}

} // namespace mq::client
