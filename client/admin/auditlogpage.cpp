#include "admin/auditlogpage.h"

#include "admin/auditlogmodel.h"
#include "core/displayformat.h"
#include "core/serverconnection.h"
#include "shared/jsonfields.h"
#include "shared/methods.h"
#include "shared/utctime.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mq::client {

namespace {

// The earliest date a filter can have: shown as "Any".
const QDate NoDate(2000, 1, 1);

QDateEdit *dateFilter(const QString &objectName, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    edit->setMinimumDate(NoDate);
    edit->setSpecialValueText(AuditLogPage::tr("Any"));
    edit->setDate(NoDate);
    return edit;
}

} // namespace

AuditLogPage::AuditLogPage(ServerConnection *connection, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_model(new AuditLogModel(this))
{
    setObjectName(u"auditLogPage"_s);
    auto *heading = new QLabel(tr("Audit log"), this);
    heading->setProperty("role", u"heading"_s);
    auto *intro = new QLabel(tr("Every change to the catalog, every role change, refund and cash "
                                "sale: who, when, and what changed."),
                             this);
    intro->setProperty("role", u"muted"_s);
    intro->setWordWrap(true);

    // The filters, sent to the server.
    m_user = new QComboBox(this);
    m_user->setObjectName(u"auditUserComboBox"_s);
    m_user->addItem(tr("All users"), 0);
    m_user->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_user->setMinimumContentsLength(12);
    m_action = new QComboBox(this);
    m_action->setObjectName(u"auditActionComboBox"_s);
    m_action->addItem(tr("All actions"), QString());
    const QList<std::pair<QString, QString>> actions = {
        {tr("All orders"), u"order."_s},
        {tr("    Cash sales"), u"order.cash_sale"_s},
        {tr("    Refunds"), u"order.refund"_s},
        {tr("All events"), u"event."_s},
        {tr("All performances"), u"performance."_s},
        {tr("All ticket types"), u"ticket_type."_s},
        {tr("    Ticket types changed"), u"ticket_type.update"_s},
        {tr("All seat changes"), u"seats."_s},
        {tr("All venues"), u"venue."_s},
        {tr("Role changes"), u"user.set_role"_s},
    };
    for (const auto &[label, code] : actions)
        m_action->addItem(label, code);
    m_from = dateFilter(u"auditFromDateEdit"_s, this);
    m_from->setToolTip(tr("Entries from the start of this day (local time)"));
    m_to = dateFilter(u"auditToDateEdit"_s, this);
    m_to->setToolTip(tr("Entries up to the end of this day (local time)"));
    m_clearFilters = new QPushButton(tr("Clear filte&rs"), this);
    m_clearFilters->setObjectName(u"clearAuditFiltersPushButton"_s);
    m_clearFilters->setToolTip(tr("Clear the filters"));

    auto *userLabel = new QLabel(tr("U&ser"), this);
    userLabel->setBuddy(m_user);
    auto *actionLabel = new QLabel(tr("Ac&tion"), this);
    actionLabel->setBuddy(m_action);
    auto *fromLabel = new QLabel(tr("Fro&m"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("T&o"), this);
    toLabel->setBuddy(m_to);
    auto *filters = new QHBoxLayout;
    filters->setSpacing(6);
    filters->addWidget(userLabel);
    filters->addWidget(m_user);
    filters->addSpacing(10);
    filters->addWidget(actionLabel);
    filters->addWidget(m_action);
    filters->addSpacing(10);
    filters->addWidget(fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(toLabel);
    filters->addWidget(m_to);
    filters->addSpacing(10);
    filters->addWidget(m_clearFilters);
    filters->addStretch(1);

    m_view = new QTableView(this);
    m_view->setObjectName(u"auditTableView"_s);
    m_view->setAccessibleName(tr("Audit log entries"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(AuditLogModel::SubjectColumn,
                                                     QHeaderView::Stretch);

    m_count = new QLabel(this);
    m_count->setObjectName(u"auditCountLabel"_s);
    m_count->setProperty("role", u"muted"_s);
    m_loadMore = new QPushButton(tr("&Load more"), this);
    m_loadMore->setObjectName(u"loadMoreAuditPushButton"_s);
    m_loadMore->setEnabled(false);

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 8);
    listLayout->setSpacing(8);
    listLayout->addWidget(m_view, 1);
    auto *more = new QHBoxLayout;
    more->addWidget(m_count);
    more->addStretch(1);
    more->addWidget(m_loadMore);
    listLayout->addLayout(more);

    // The selected entry: what it is about, and its change a field a line.
    auto *detail = new QFrame(this);
    detail->setObjectName(u"auditDetailFrame"_s);
    detail->setProperty("role", u"card"_s);
    m_summary = new QLabel(tr("Select an entry to see what changed."), detail);
    m_summary->setObjectName(u"auditSummaryLabel"_s);
    m_summary->setProperty("role", u"subheading"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_changes = new QPlainTextEdit(detail);
    m_changes->setObjectName(u"auditChangesPlainTextEdit"_s);
    m_changes->setReadOnly(true);
    m_changes->setTabChangesFocus(true);
    m_changes->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    auto *changesLabel = new QLabel(tr("C&hanges"), detail);
    changesLabel->setBuddy(m_changes);
    auto *grid = new QVBoxLayout(detail);
    grid->setContentsMargins(16, 12, 16, 12);
    grid->setSpacing(6);
    grid->addWidget(m_summary);
    grid->addWidget(changesLabel);
    grid->addWidget(m_changes, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"auditSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listPane);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(8);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_loadMore, &QPushButton::clicked, this, &AuditLogPage::loadMore);
    connect(m_clearFilters, &QPushButton::clicked, this, &AuditLogPage::clearFilters);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showEntry(current.row()); });
    const auto filtersChanged = [this] {
        if (!m_settingFilters)
            refresh();
    };
    connect(m_user, &QComboBox::currentIndexChanged, this, filtersChanged);
    connect(m_action, &QComboBox::currentIndexChanged, this, filtersChanged);
    connect(m_from, &QDateEdit::dateChanged, this, filtersChanged);
    connect(m_to, &QDateEdit::dateChanged, this, filtersChanged);
}

void AuditLogPage::refresh()
{
    if (!m_usersListed)
        loadUsers();
    load(true);
}

void AuditLogPage::loadMore()
{
    if (!m_exhausted)
        load(false);
}

void AuditLogPage::clearFilters()
{
    {
        const QScopedValueRollback guard(m_settingFilters, true);
        m_user->setCurrentIndex(0);
        m_action->setCurrentIndex(0);
        m_from->setDate(NoDate);
        m_to->setDate(NoDate);
    }
    refresh();
}

QJsonObject AuditLogPage::filterParams() const
{
    QJsonObject params;
    if (const qint64 userId = m_user->currentData().toLongLong(); userId > 0)
        params.insert(u"userId"_s, userId);
    if (const QString action = m_action->currentData().toString(); !action.isEmpty())
        params.insert(u"action"_s, action);
    // Whole local days: from the first one's midnight to the last one's end.
    if (m_from->date() > NoDate)
        params.insert(u"from"_s, toWireTime(QDateTime(m_from->date(), QTime(0, 0)).toUTC()));
    if (m_to->date() > NoDate)
        params.insert(u"to"_s, toWireTime(QDateTime(m_to->date().addDays(1), QTime(0, 0))
                                              .addMSecs(-1)
                                              .toUTC()));
    return params;
}

void AuditLogPage::loadUsers()
{
    m_usersListed = true;
    m_connection->call(methodName(Method::AdminListUsers), {}, this, [this](const RpcResult &r) {
        if (!r.ok())
            return; // a manager: the users seen in the log are offered instead
        for (const QJsonValue &v : r.result.value(u"users"_s).toArray()) {
            const QJsonObject u = v.toObject();
            addUser(jsonInteger(u.value(u"id"_s)).value_or(0), u.value(u"username"_s).toString());
        }
    });
}

void AuditLogPage::addUser(qint64 userId, const QString &name)
{
    if (userId <= 0 || m_user->findData(userId) >= 0)
        return;
    const QScopedValueRollback guard(m_settingFilters, true);
    // Sorted by name after "All users".
    int at = 1;
    while (at < m_user->count() &&
           QString::localeAwareCompare(m_user->itemText(at), name) < 0)
        ++at;
    m_user->insertItem(at, name, userId);
}

void AuditLogPage::load(bool fromStart)
{
    if (m_busy && !fromStart)
        return;
    const int generation = ++m_generation;
    const int offset = fromStart ? 0 : m_offset;
    setBusy(true);
    Q_EMIT statusMessage(tr("Loading the audit log…"));
    QJsonObject params = filterParams();
    params.insert(u"limit"_s, PageSize);
    params.insert(u"offset"_s, offset);
    m_connection->call(
        methodName(Method::AdminListAuditLog), params, this,
        [this, generation, fromStart, offset](const RpcResult &result) {
            if (generation != m_generation)
                return;
            setBusy(false);
            if (!result.ok()) {
                Q_EMIT statusMessage(tr("Could not load the audit log: %1").arg(result.message()));
                return;
            }
            const QJsonArray array = result.result.value(u"entries"_s).toArray();
            QList<AuditLogModel::Entry> entries;
            for (const QJsonValue &v : array) {
                entries.append(AuditLogModel::Entry::fromJson(v.toObject()));
                addUser(entries.constLast().userId, entries.constLast().username);
            }
            if (fromStart) {
                m_model->clear();
                showEntry(-1);
            }
            m_model->append(entries);
            m_offset = offset + int(array.size());
            m_exhausted = array.size() < PageSize;
            m_loaded = true;
            m_loadMore->setEnabled(!m_exhausted);
            const int shown = m_model->rowCount();
            if (shown == 0)
                m_count->setText(filterParams().isEmpty() ? tr("Nothing recorded yet.")
                                                          : tr("No entries match the filters."));
            else
                m_count->setText(m_exhausted ? tr("All %Ln entries shown.", nullptr, shown)
                                             : tr("Newest %Ln entries shown.", nullptr, shown));
            Q_EMIT statusMessage(tr("Audit log loaded."));
        });
}

void AuditLogPage::showEntry(int row)
{
    const AuditLogModel::Entry *e = m_model->entry(row);
    if (!e) {
        m_summary->setText(tr("Select an entry to see what changed."));
        m_changes->clear();
        return;
    }
    const QString who = e->username.isEmpty() ? tr("(system)") : e->username;
    m_summary->setText(tr("%1: %2 — by %3, %4")
                           .arg(AuditLogModel::actionLabel(e->action),
                                AuditLogModel::subjectText(*e), who,
                                DisplayFormat::dateTime(e->at)));
    const QStringList lines = AuditLogModel::changeLines(*e);
    m_changes->setPlainText(lines.isEmpty() ? tr("Nothing recorded about the change.")
                                            : lines.join(u'\n'));
}

void AuditLogPage::setBusy(bool busy)
{
    m_busy = busy;
    m_loadMore->setEnabled(!busy && m_loaded && !m_exhausted);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

} // namespace mq::client
