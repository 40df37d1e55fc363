#include "boxoffice/performancesearch.h"

#include "boxoffice/twolineitemdelegate.h"
#include "core/displayformat.h"
#include "core/serverconnection.h"
#include "shared/methods.h"
#include "shared/utctime.h"
#include "widgets/theme.h"

#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace mq::client {

namespace {
constexpr int DebounceMs = 150;
constexpr int MaxResults = 200;
constexpr int ResultRole = Qt::UserRole + 1;
constexpr int PerformanceIdRole = Qt::UserRole + 2;

QStringList wordsOf(const QString &query)
{
    return query.simplified().split(u' ', Qt::SkipEmptyParts);
}
} // namespace

PerformanceSearch::PerformanceSearch(ServerConnection *connection, QWidget *parent)
    : QWidget(parent), m_connection(connection)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    auto *label = new QLabel(tr("Find &performance"), this);
    label->setProperty("role", u"subheading"_s);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(u"searchLineEdit"_s);
    m_edit->setPlaceholderText(tr("Title or venue, then Enter"));
    Theme::addClearButton(m_edit);
    m_edit->setMaxLength(200);
    label->setBuddy(m_edit);
    m_edit->installEventFilter(this);

    m_list = new QListWidget(this);
    m_list->setObjectName(u"performanceListWidget"_s);
    m_list->setAccessibleName(tr("Upcoming performances"));
    m_list->setUniformItemSizes(true);
    m_list->setItemDelegate(new TwoLineItemDelegate(m_list));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_status = new QLabel(this);
    m_status->setObjectName(u"searchStatusLabel"_s);
    m_status->setProperty("role", u"muted"_s);
    m_status->setWordWrap(true);

    layout->addWidget(label);
    layout->addWidget(m_edit);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &PerformanceSearch::search);
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        m_chooseWhenReady = false;
        m_debounce->start();
    });
    connect(m_list, &QListWidget::itemActivated, this, [this] { chooseCurrent(); });

    connect(connection, &ServerConnection::inventoryChanged, this, &PerformanceSearch::applyInventory);

    setFocusProxy(m_edit);
    search();
}

PerformanceSearch::~PerformanceSearch()
{
    follow({});
}

void PerformanceSearch::refresh()
{
    m_debounce->stop();
    search();
}

void PerformanceSearch::setStartedWithin(qint64 seconds)
{
    if (seconds == m_startedWithin)
        return;
    m_startedWithin = qMax<qint64>(0, seconds);
    refresh();
}

void PerformanceSearch::follow(const QSet<Id> &performanceIds)
{
    if (!m_connection)
        return;
    for (const Id id : std::as_const(m_followed)) {
        if (!performanceIds.contains(id))
            m_connection->unsubscribe(id);
    }
    for (const Id id : performanceIds) {
        if (!m_followed.contains(id))
            m_connection->subscribe(id);
    }
    m_followed = performanceIds;
}

void PerformanceSearch::applyInventory(Id performanceId, const QJsonArray &ticketTypes)
{
    if (!m_followed.contains(performanceId))
        return;
    for (qsizetype i = 0; i < m_results.size(); ++i) {
        Result &result = m_results[i];
        if (result.performance.id != performanceId)
            continue;
        for (const QJsonValue &v : ticketTypes) {
            const QJsonObject o = v.toObject();
            const Id id = o.value(u"id"_s).toInteger();
            for (TicketType &t : result.performance.ticketTypes) {
                if (t.id != id)
                    continue;
                t.capacity = o.value(u"capacity"_s).toInteger(t.capacity);
                t.held = o.value(u"held"_s).toInteger(t.held);
                if (o.contains(u"sold"_s))
                    t.sold = o.value(u"sold"_s).toInteger(t.sold);
                else if (o.contains(u"remaining"_s)) // PROTOCOL.md's minimum: keep the sum right
                    t.sold = t.capacity - t.held - o.value(u"remaining"_s).toInteger();
                if (o.contains(u"onSale"_s))
                    t.onSale = o.value(u"onSale"_s).toBool(true);
            }
        }
        if (QListWidgetItem *item = m_list->item(int(i)))
            describe(item, result);
    }
}

void PerformanceSearch::reset()
{
    m_chooseWhenReady = false;
    const QSignalBlocker blocker(m_edit);
    m_edit->clear();
    m_debounce->stop();
    search();
    focusSearch();
}

void PerformanceSearch::focusSearch()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void PerformanceSearch::search()
{
    const QString query = m_edit->text().simplified();
    const QStringList words = wordsOf(query);
    // The server matches one substring; send the longest word and check every word here.
    QString serverQuery;
    for (const QString &w : words) {
        if (w.size() > serverQuery.size())
            serverQuery = w;
    }
    QJsonObject params{{u"from"_s, toWireTime(QDateTime::currentDateTimeUtc().addSecs(-m_startedWithin))}};
    if (!serverQuery.isEmpty())
        params.insert(u"query"_s, serverQuery);

    const quint64 sequence = ++m_sequence;
    m_searching = true;
    m_status->setText(tr("Searching…"));
    m_connection->callAllPages(methodName(Method::CatalogListEvents), params, u"events"_s, this,
                       [this, sequence, query](const RpcResult &r) {
                           if (sequence != m_sequence)
                               return;
                           m_searching = false;
                           if (!r.ok()) {
                               m_chooseWhenReady = false;
                               m_status->setText(r.message());
                               return;
                           }
                           QList<Event> events;
                           for (const QJsonValue &v : r.result.value(u"events"_s).toArray())
                               events.append(Event::fromJson(v.toObject()));
                           showResults(events, query);
                       });
}

void PerformanceSearch::showResults(const QList<Event> &events, const QString &query)
{
    const QStringList words = wordsOf(query);
    m_results.clear();
    for (const Event &event : events) {
        for (const Performance &p : event.performances) {
            const QString haystack = event.title + u' ' + p.venue;
            const bool matches = std::all_of(words.cbegin(), words.cend(), [&](const QString &w) {
                return haystack.contains(w, Qt::CaseInsensitive);
            });
            if (matches)
                m_results.append({p, event.title});
        }
    }
    std::stable_sort(m_results.begin(), m_results.end(), [](const Result &a, const Result &b) {
        return a.performance.startsAt < b.performance.startsAt;
    });
    const qsizetype total = m_results.size();
    if (m_results.size() > MaxResults)
        m_results.resize(MaxResults);

    // Keep the highlighted performance highlighted when the list is the same search again.
    const QListWidgetItem *previous = m_list->currentItem();
    const Id previousId = previous && query == m_shownQuery ? previous->data(PerformanceIdRole).value<Id>() : 0;
    m_shownQuery = query;
    m_list->clear();
    QSet<Id> listed;
    int current = 0;
    for (qsizetype i = 0; i < m_results.size(); ++i) {
        auto *item = new QListWidgetItem(m_list);
        item->setData(ResultRole, int(i));
        item->setData(PerformanceIdRole, m_results.at(i).performance.id);
        describe(item, m_results.at(i));
        listed.insert(m_results.at(i).performance.id);
        if (previousId && m_results.at(i).performance.id == previousId)
            current = int(i);
    }
    follow(listed);
    if (m_list->count() > 0)
        m_list->setCurrentRow(current);

    if (m_results.isEmpty()) {
        m_status->setText(query.isEmpty() ? tr("No upcoming performances.")
                                          : tr("Nothing upcoming matches “%1”.").arg(query));
    } else if (total > m_results.size()) {
        m_status->setText(tr("Showing the first %L1 of %L2 performances. Type more to narrow down.")
                              .arg(m_results.size())
                              .arg(total));
    } else {
        m_status->setText(tr("%n upcoming performance(s). ↑↓ to move, Enter to choose.", nullptr,
                             int(m_results.size())));
    }
    if (m_chooseWhenReady) {
        m_chooseWhenReady = false;
        chooseCurrent();
    }
}

void PerformanceSearch::describe(QListWidgetItem *item, const Result &result) const
{
    const Performance &p = result.performance;
    qint64 remaining = 0;
    for (const TicketType &t : p.ticketTypes) {
        if (t.onSale)
            remaining += qMax<qint64>(0, t.remaining());
    }
    const QString when = DisplayFormat::showTime(p.startsAt, p.timeZone);
    const QString left = remaining > 0 ? tr("%Ln left", nullptr, int(qMin<qint64>(remaining, INT_MAX)))
                                       : tr("sold out");
    item->setText(tr("%1 — %2 — %3 — %4").arg(result.title, when, p.venue, left));
    // The title gives way when the row is narrow; the date and time and "left" never do, so
    // two performances of one show stay told apart.
    item->setData(TwoLineItemDelegate::TitleRole, result.title);
    item->setData(TwoLineItemDelegate::NoteRole, when);
    item->setData(TwoLineItemDelegate::DetailRole, p.venue);
    item->setData(TwoLineItemDelegate::DetailNoteRole, left);
    item->setToolTip(tr("%1\n%2, %3\n%4").arg(result.title, when, p.venue, left));
}

void PerformanceSearch::chooseCurrent()
{
    // Enter typed ahead of the answer: take the first result as soon as it arrives.
    if (m_searching || m_debounce->isActive()) {
        m_chooseWhenReady = true;
        return;
    }
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const int index = item->data(ResultRole).toInt();
    if (index < 0 || index >= m_results.size())
        return;
    const Result &result = m_results.at(index);
    Q_EMIT performanceChosen(result.performance, result.title);
}

void PerformanceSearch::moveCurrent(int delta)
{
    if (m_list->count() == 0)
        return;
    const int row = qBound(0, m_list->currentRow() + delta, m_list->count() - 1);
    m_list->setCurrentRow(row);
    m_list->scrollToItem(m_list->currentItem());
}

bool PerformanceSearch::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int page = qMax(1, m_list->height() / qMax(1, m_list->sizeHintForRow(0)) - 1);
        switch (key->key()) {
        case Qt::Key_Down:
            moveCurrent(1);
            return true;
        case Qt::Key_Up:
            moveCurrent(-1);
            return true;
        case Qt::Key_PageDown:
            moveCurrent(page);
            return true;
        case Qt::Key_PageUp:
            moveCurrent(-page);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            chooseCurrent();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace mq::client
