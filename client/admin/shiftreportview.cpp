#include "admin/shiftreportview.h"

#include "admin/reportexport.h"
#include "admin/reporttablemodel.h"
#include "core/displayformat.h"
#include "core/serverconnection.h"
#include "shared/jsonfields.h"
#include "shared/methods.h"
#include "shared/utctime.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mq::client {

namespace {

QString methodLabel(const QString &provider)
{
    if (provider == u"cash"_s)
        return ShiftReportView::tr("Cash");
    if (provider == u"sandbox"_s)
        return ShiftReportView::tr("Card");
    return provider;
}

QString staffLabel(const QJsonObject &o)
{
    const QString name = o.value(u"displayName"_s).toString();
    const QString user = o.value(u"username"_s).toString();
    return name.isEmpty() || name == user ? user : ShiftReportView::tr("%1 (%2)").arg(name, user);
}

QTableView *shiftTable(const QString &objectName, const QString &name, ReportTableModel *model,
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
    view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    return view;
}

QDateTimeEdit *shiftTime(const QString &objectName, const QString &name, QWidget *parent)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    // The style sheet's padding is not in a date edit's size hint.
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(u"2026-12-28 00:00"_s) + 56);
    return edit;
}

} // namespace

ShiftReportView::ShiftReportView(ServerConnection *connection, QWidget *parent)
    : QWidget(parent), m_connection(connection)
{
    setObjectName(u"shiftReportView"_s);
    using Kind = ReportTableModel::Kind;

    m_from = shiftTime(u"shiftFromDateTimeEdit"_s, tr("Shift from"), this);
    m_from->setToolTip(tr("The start of the shift, local time"));
    m_to = shiftTime(u"shiftToDateTimeEdit"_s, tr("Shift to"), this);
    m_to->setToolTip(tr("The end of the shift, local time"));
    m_clerk = new QComboBox(this);
    m_clerk->setObjectName(u"shiftClerkComboBox"_s);
    m_clerk->setAccessibleName(tr("Clerk"));
    m_clerk->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_clerk->setMinimumContentsLength(14);
    m_clerk->addItem(tr("All staff"), 0);
    m_today = new QPushButton(tr("Toda&y"), this);
    m_today->setObjectName(u"shiftTodayPushButton"_s);
    m_today->setToolTip(tr("From midnight to the end of today"));
    connect(m_today, &QPushButton::clicked, this, &ShiftReportView::showToday);

    m_export = new QPushButton(tr("E&xport CSV"), this);
    m_export->setObjectName(u"shiftExportCsvPushButton"_s);
    m_export->setToolTip(tr("Save a table of this report as a CSV file for a spreadsheet"));
    auto *exportMenu = new QMenu(m_export);
    const QStringList tableNames{tr("Takings by clerk and method…"), tr("Cash drawers…"),
                                 tr("Takings by payment method…")};
    for (int t = TakingsTable; t <= MethodsTable; ++t) {
        exportMenu->addAction(tableNames.at(t), this, [this, t] {
            m_tables->setCurrentIndex(t);
            askCsv();
        });
    }
    m_export->setMenu(exportMenu);
    m_pdf = new QPushButton(tr("Save as P&DF…"), this);
    m_pdf->setObjectName(u"shiftPdfPushButton"_s);
    m_pdf->setToolTip(tr("Save the Z report as a PDF to print or sign"));
    connect(m_pdf, &QPushButton::clicked, this, &ShiftReportView::askPdf);

    auto *fromLabel = new QLabel(tr("Fro&m"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To"), this);
    toLabel->setBuddy(m_to);
    toLabel->setMinimumWidth(toLabel->sizeHint().width() + 3); // its hint is kerned too tightly
    auto *clerkLabel = new QLabel(tr("C&lerk"), this);
    clerkLabel->setBuddy(m_clerk);
    auto *filters = new QHBoxLayout;
    filters->setSpacing(6);
    filters->addWidget(fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(toLabel);
    filters->addWidget(m_to);
    filters->addWidget(m_today);
    filters->addSpacing(10);
    filters->addWidget(clerkLabel);
    filters->addWidget(m_clerk);
    filters->addStretch(1);
    filters->addWidget(m_export);
    filters->addWidget(m_pdf);

    // The drawer first: it is what the clerk counts at the end of the shift.
    auto *drawer = new QFrame(this);
    drawer->setObjectName(u"shiftDrawerFrame"_s);
    drawer->setProperty("role", u"card"_s);
    auto *drawerTitle = new QLabel(tr("Cash expected in the drawer"), drawer);
    drawerTitle->setProperty("role", u"muted"_s);
    m_cash = new QLabel(tr("—"), drawer);
    m_cash->setObjectName(u"shiftCashExpectedLabel"_s);
    m_cash->setProperty("role", u"display"_s);
    m_cash->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cashDetail = new QLabel(drawer);
    m_cashDetail->setObjectName(u"shiftCashDetailLabel"_s);
    m_cashDetail->setProperty("role", u"muted"_s);
    m_cashDetail->setWordWrap(true);
    auto *drawerLayout = new QVBoxLayout(drawer);
    drawerLayout->setContentsMargins(16, 10, 16, 10);
    drawerLayout->setSpacing(2);
    drawerLayout->addWidget(drawerTitle);
    drawerLayout->addWidget(m_cash);
    drawerLayout->addWidget(m_cashDetail);

    auto *cards = new QHBoxLayout;
    cards->setSpacing(10);
    cards->addWidget(drawer, 2);
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
        l->addStretch(1);
        cards->addWidget(frame, 1);
        return value;
    };
    m_taken = card(u"shiftTakenLabel"_s, tr("Taken"));
    m_refunded = card(u"shiftRefundedLabel"_s, tr("Refunded"));
    m_net = card(u"shiftNetLabel"_s, tr("Net"));

    m_message = new QLabel(this);
    m_message->setObjectName(u"shiftMessageLabel"_s);
    m_message->setProperty("role", u"muted"_s);
    m_message->setWordWrap(true);

    m_models[TakingsTable] = new ReportTableModel(
        {{tr("Clerk"), u"clerk"_s, Kind::Text},
         {tr("Method"), u"method"_s, Kind::Text},
         {tr("Sales"), u"sales"_s, Kind::Count},
         {tr("Tickets"), u"tickets"_s, Kind::Count},
         {tr("Taken"), u"takenCents"_s, Kind::Money},
         {tr("Refunds"), u"refunds"_s, Kind::Count},
         {tr("Refunded"), u"refundedCents"_s, Kind::Money},
         {tr("Net"), u"netCents"_s, Kind::Money}},
        this);
    m_models[DrawersTable] = new ReportTableModel(
        {{tr("Clerk"), u"clerk"_s, Kind::Text},
         {tr("Cash taken"), u"cashTakenCents"_s, Kind::Money},
         {tr("Cash refunded"), u"cashRefundedCents"_s, Kind::Money},
         {tr("Cash expected"), u"cashExpectedCents"_s, Kind::Money},
         {tr("All takings"), u"takenCents"_s, Kind::Money}},
        this);
    m_models[MethodsTable] = new ReportTableModel(
        {{tr("Method"), u"method"_s, Kind::Text},
         {tr("Sales"), u"sales"_s, Kind::Count},
         {tr("Tickets"), u"tickets"_s, Kind::Count},
         {tr("Taken"), u"takenCents"_s, Kind::Money},
         {tr("Refunds"), u"refunds"_s, Kind::Count},
         {tr("Refunded"), u"refundedCents"_s, Kind::Money},
         {tr("Net"), u"netCents"_s, Kind::Money}},
        this);
    m_tables = new QTabWidget(this);
    m_tables->setObjectName(u"shiftTablesTabWidget"_s);
    m_tables->setDocumentMode(true);
    m_views[TakingsTable] = shiftTable(u"shiftTakingsTableView"_s, tr("Takings by clerk and method"),
                                       m_models[TakingsTable], m_tables);
    m_views[DrawersTable] = shiftTable(u"shiftDrawersTableView"_s, tr("Cash drawers"),
                                       m_models[DrawersTable], m_tables);
    m_views[MethodsTable] = shiftTable(u"shiftMethodsTableView"_s, tr("Takings by payment method"),
                                       m_models[MethodsTable], m_tables);
    m_tables->addTab(m_views[TakingsTable], tr("By clerk and meth&od"));
    m_tables->addTab(m_views[DrawersTable], tr("Cash d&rawers"));
    m_tables->addTab(m_views[MethodsTable], tr("By &payment method"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(filters);
    layout->addLayout(cards);
    layout->addWidget(m_message);
    layout->addWidget(m_tables, 1);

    const auto changed = [this] {
        if (!m_setting)
            reload();
    };
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, changed);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, changed);
    connect(m_clerk, &QComboBox::currentIndexChanged, this, changed);

    const QScopedValueRollback guard(m_setting, true);
    const QDate today = QDate::currentDate();
    m_from->setDateTime(today.startOfDay());
    m_to->setDateTime(today.addDays(1).startOfDay());
}

ReportTableModel *ShiftReportView::table(Table table) const
{
    return m_models[table];
}

void ShiftReportView::setShift(const QDateTime &from, const QDateTime &to)
{
    {
        const QScopedValueRollback guard(m_setting, true);
        m_from->setDateTime(from.toLocalTime());
        m_to->setDateTime(to.toLocalTime());
    }
    reload();
}

void ShiftReportView::showToday()
{
    const QDate today = QDate::currentDate();
    setShift(today.startOfDay(), today.addDays(1).startOfDay());
}

void ShiftReportView::selectClerk(qint64 clerkId)
{
    int index = m_clerk->findData(clerkId);
    if (index < 0) {
        const QScopedValueRollback guard(m_setting, true);
        addClerk(clerkId, tr("User %1").arg(clerkId));
        index = m_clerk->findData(clerkId);
    }
    if (index == m_clerk->currentIndex())
        reload();
    else
        m_clerk->setCurrentIndex(index);
}

void ShiftReportView::addClerk(qint64 id, const QString &name)
{
    if (id <= 0)
        return;
    const int existing = m_clerk->findData(id);
    if (existing >= 0) {
        m_clerk->setItemText(existing, name);
        return;
    }
    const QScopedValueRollback guard(m_setting, true);
    int at = 1;
    while (at < m_clerk->count() && QString::localeAwareCompare(m_clerk->itemText(at), name) < 0)
        ++at;
    m_clerk->insertItem(at, name, id);
}

void ShiftReportView::loadStaff()
{
    // Administrators can list everyone; for managers the staff seen in reports are offered.
    m_staffListed = true;
    m_connection->call(methodName(Method::AdminListUsers), {}, this, [this](const RpcResult &r) {
        if (!r.ok())
            return;
        for (const QJsonValue &v : r.result.value(u"users"_s).toArray()) {
            const QJsonObject u = v.toObject();
            if (u.value(u"role"_s).toString() != u"customer"_s)
                addClerk(jsonInteger(u.value(u"id"_s)).value_or(0), staffLabel(u));
        }
    });
}

void ShiftReportView::reload()
{
    if (!m_staffListed)
        loadStaff();
    const int generation = ++m_generation;
    if (m_from->dateTime() >= m_to->dateTime()) {
        m_message->setText(tr("The end of the shift must be after its start."));
        return;
    }
    QJsonObject params{{u"from"_s, toWireTime(m_from->dateTime().toUTC())},
                       {u"to"_s, toWireTime(m_to->dateTime().toUTC())}};
    if (const qint64 clerk = m_clerk->currentData().toLongLong(); clerk > 0)
        params.insert(u"clerkId"_s, clerk);
    m_loading = true;
    m_message->setText(tr("Loading…"));
    setCursor(Qt::BusyCursor);
    m_connection->call(methodName(Method::ReportShift), params, this,
                       [this, generation](const RpcResult &r) {
                           if (generation != m_generation)
                               return;
                           m_loading = false;
                           unsetCursor();
                           if (r.ok()) {
                               showResult(r.result);
                           } else {
                               m_result = {};
                               for (ReportTableModel *m : m_models)
                                   m->clear();
                               m_cash->setText(tr("—"));
                               m_message->setText(
                                   tr("Could not load the report: %1").arg(r.message()));
                           }
                           Q_EMIT loaded();
                       });
}

void ShiftReportView::showResult(const QJsonObject &result)
{
    m_result = result;
    QJsonArray rows;
    for (const QJsonValue &v : result.value(u"rows"_s).toArray()) {
        QJsonObject row = v.toObject();
        row.insert(u"clerk"_s, staffLabel(row));
        row.insert(u"method"_s, methodLabel(row.value(u"provider"_s).toString()));
        rows.append(row);
    }
    QJsonArray clerks;
    for (const QJsonValue &v : result.value(u"clerks"_s).toArray()) {
        QJsonObject clerk = v.toObject();
        clerk.insert(u"clerk"_s, staffLabel(clerk));
        addClerk(jsonInteger(clerk.value(u"clerkId"_s)).value_or(0), staffLabel(clerk));
        clerks.append(clerk);
    }
    QJsonArray methods;
    for (const QJsonValue &v : result.value(u"methods"_s).toArray()) {
        QJsonObject method = v.toObject();
        method.insert(u"method"_s, methodLabel(method.value(u"provider"_s).toString()));
        methods.append(method);
    }
    const QJsonObject totals = result.value(u"totals"_s).toObject();
    m_models[TakingsTable]->setRows(rows, totals, tr("Total"));
    m_models[DrawersTable]->setRows(clerks, totals, tr("Total"));
    m_models[MethodsTable]->setRows(methods, totals, tr("Total"));

    m_cash->setText(cashExpectedText());
    m_cashDetail->setText(tr("%1 cash taken − %2 cash refunded")
                              .arg(DisplayFormat::money(totals.value(u"cashTakenCents"_s).toInteger()),
                                   DisplayFormat::money(totals.value(u"cashRefundedCents"_s).toInteger())));
    m_taken->setText(tr("%1 · %Ln sale(s)", nullptr, int(totals.value(u"sales"_s).toInteger()))
                         .arg(DisplayFormat::money(totals.value(u"takenCents"_s).toInteger())));
    m_refunded->setText(tr("%1 · %Ln refund(s)", nullptr, int(totals.value(u"refunds"_s).toInteger()))
                            .arg(DisplayFormat::money(totals.value(u"refundedCents"_s).toInteger())));
    m_net->setText(DisplayFormat::money(totals.value(u"netCents"_s).toInteger()));
    m_message->setText(rows.isEmpty() ? tr("Nothing sold or refunded at the box office in this shift.")
                                      : shiftText());
}

QString ShiftReportView::cashExpectedText() const
{
    return DisplayFormat::money(
        m_result.value(u"totals"_s).toObject().value(u"cashExpectedCents"_s).toInteger());
}

QString ShiftReportView::shiftText() const
{
    const QString who = m_clerk->currentData().toLongLong() > 0 ? m_clerk->currentText()
                                                                : tr("all staff");
    return tr("Box office, %1: %2 to %3.")
        .arg(who, DisplayFormat::dateTime(m_from->dateTime().toUTC()),
             DisplayFormat::dateTime(m_to->dateTime().toUTC()));
}

bool ShiftReportView::exportCsv(Table table, const QString &path, QString *error)
{
    return ReportExport::writeCsv(*m_models[table], path, error);
}

bool ShiftReportView::exportPdf(const QString &path, QString *error)
{
    const QJsonObject totals = m_result.value(u"totals"_s).toObject();
    const QStringList lines{
        shiftText(),
        tr("Cash expected in the drawer: %1 (%2 cash taken − %3 cash refunded)")
            .arg(cashExpectedText(),
                 DisplayFormat::money(totals.value(u"cashTakenCents"_s).toInteger()),
                 DisplayFormat::money(totals.value(u"cashRefundedCents"_s).toInteger())),
        tr("Taken: %1 · Refunded: %2 · Net: %3")
            .arg(DisplayFormat::money(totals.value(u"takenCents"_s).toInteger()),
                 DisplayFormat::money(totals.value(u"refundedCents"_s).toInteger()),
                 DisplayFormat::money(totals.value(u"netCents"_s).toInteger()))};
    return ReportExport::writePdf(path, tr("Box office Z report"), lines, {},
                                  {{tr("Cash drawers"), m_models[DrawersTable]},
                                   {tr("Takings by clerk and method"), m_models[TakingsTable]},
                                   {tr("Takings by payment method"), m_models[MethodsTable]}},
                                  error);
}

void ShiftReportView::askCsv()
{
    const auto table = Table(m_tables->currentIndex());
    const QString names[] = {u"box-office-takings.csv"_s, u"cash-drawers.csv"_s,
                             u"takings-by-method.csv"_s};
    const auto said = ReportExport::saveAs(this, tr("Export to CSV"), names[table], tr("CSV files (*.csv)"),
                                           [this, table](const QString &path, QString *error) {
                                               return exportCsv(table, path, error);
                                           });
    if (said)
        Q_EMIT statusMessage(*said);
}

void ShiftReportView::askPdf()
{
    const auto said = ReportExport::saveAs(this, tr("Save as PDF"), u"z-report.pdf"_s, tr("PDF files (*.pdf)"),
                                           [this](const QString &path, QString *error) {
                                               return exportPdf(path, error);
                                           });
    if (said)
        Q_EMIT statusMessage(*said);
}

} // namespace mq::client
