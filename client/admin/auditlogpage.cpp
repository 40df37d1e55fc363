#include "admin/auditlogpage.h"

#include "admin/auditlogmodel.h"
#include "core/displayformat.h"
#include "core/serverconnection.h"
#include "shared/methods.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mq::client {

namespace {

QString prettyJson(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented));
    return {};
}

} // namespace

AuditLogPage::AuditLogPage(ServerConnection *connection, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_model(new AuditLogModel(this))
{
    setObjectName(u"auditLogPage"_s);
    auto *heading = new QLabel(tr("Audit log"), this);
    heading->setProperty("role", u"heading"_s);
    auto *intro = new QLabel(tr("Every change to the catalog, every role change, refund and cash "
                                "sale: who, when, and the record before and after."),
                             this);
    intro->setProperty("role", u"muted"_s);
    intro->setWordWrap(true);

    m_view = new QTableView(this);
    m_view->setObjectName(u"auditTableView"_s);
    m_view->setAccessibleName(tr("Audit log entries"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);

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

    // Details of the selected entry.
    auto *detail = new QFrame(this);
    detail->setObjectName(u"auditDetailFrame"_s);
    detail->setProperty("role", u"card"_s);
    m_summary = new QLabel(tr("Select an entry to see what changed."), detail);
    m_summary->setObjectName(u"auditSummaryLabel"_s);
    m_summary->setProperty("role", u"subheading"_s);
    m_summary->setWordWrap(true);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_before = new QPlainTextEdit(detail);
    m_before->setObjectName(u"auditBeforePlainTextEdit"_s);
    m_after = new QPlainTextEdit(detail);
    m_after->setObjectName(u"auditAfterPlainTextEdit"_s);
    for (QPlainTextEdit *edit : {m_before, m_after}) {
        edit->setReadOnly(true);
        edit->setFont(mono);
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
        edit->setTabChangesFocus(true);
    }
    auto *beforeLabel = new QLabel(tr("&Before"), detail);
    beforeLabel->setBuddy(m_before);
    auto *afterLabel = new QLabel(tr("&After"), detail);
    afterLabel->setBuddy(m_after);
    auto *grid = new QGridLayout(detail);
    grid->setContentsMargins(16, 14, 16, 14);
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(6);
    grid->addWidget(m_summary, 0, 0, 1, 2);
    grid->addWidget(beforeLabel, 1, 0);
    grid->addWidget(afterLabel, 1, 1);
    grid->addWidget(m_before, 2, 0);
    grid->addWidget(m_after, 2, 1);
    grid->setRowStretch(2, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"auditSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listPane);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);

    connect(m_loadMore, &QPushButton::clicked, this, &AuditLogPage::loadMore);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showEntry(current.row()); });
}

void AuditLogPage::refresh()
{
    load(true);
}

void AuditLogPage::loadMore()
{
    if (!m_exhausted)
        load(false);
}

void AuditLogPage::load(bool fromStart)
{
    if (m_busy && !fromStart)
        return;
    const int generation = ++m_generation;
    const int offset = fromStart ? 0 : m_offset;
    setBusy(true);
    Q_EMIT statusMessage(tr("Loading the audit log…"));
    m_connection->call(
        methodName(Method::AdminListAuditLog), {{u"limit"_s, PageSize}, {u"offset"_s, offset}},
        this, [this, generation, fromStart, offset](const RpcResult &result) {
            if (generation != m_generation)
                return;
            setBusy(false);
            if (!result.ok()) {
                Q_EMIT statusMessage(tr("Could not load the audit log: %1").arg(result.message()));
                return;
            }
            const QJsonArray array = result.result.value(u"entries"_s).toArray();
            QList<AuditLogModel::Entry> entries;
            for (const QJsonValue &v : array)
                entries.append(AuditLogModel::Entry::fromJson(v.toObject()));
            if (fromStart) {
                m_model->clear();
                showEntry(-1);
            }
            m_model->append(entries);
            m_offset = offset + int(array.size());
            m_exhausted = array.size() < PageSize;
            m_loaded = true;
            m_loadMore->setEnabled(!m_exhausted);
            m_count->setText(m_exhausted
                                 ? tr("All %n entries shown.", nullptr, m_model->rowCount())
                                 : tr("Newest %n entries shown.", nullptr, m_model->rowCount()));
            Q_EMIT statusMessage(tr("Audit log loaded."));
        });
}

void AuditLogPage::showEntry(int row)
{
    const AuditLogModel::Entry *e = m_model->entry(row);
    if (!e) {
        m_summary->setText(tr("Select an entry to see what changed."));
        m_before->clear();
        m_after->clear();
        return;
    }
    const QString who = e->username.isEmpty() ? tr("(system)") : e->username;
    m_summary->setText(tr("%1 — %2 by %3, %4 #%5")
                           .arg(DisplayFormat::dateTime(e->at), AuditLogModel::actionLabel(e->action), who,
                                AuditLogModel::entityLabel(e->entity))
                           .arg(e->entityId));
    const QString before = prettyJson(e->before);
    const QString after = prettyJson(e->after);
    m_before->setPlainText(before.isEmpty() ? tr("(none)") : before);
    m_after->setPlainText(after.isEmpty() ? tr("(none)") : after);
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
