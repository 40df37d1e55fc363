#include "boxoffice/ticketselection.h"

#include "core/displayformat.h"
#include "core/serverconnection.h"
#include "models/tickettypemodel.h"
#include "shared/methods.h"

#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QAbstractButton>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace mq::client {

namespace {
constexpr int MaxQuantity = 20; // PROTOCOL.md: order.purchase takes 1–20 tickets
constexpr int MaxLines = 10;    // docs/protocol.md: a basket has 1–10 lines

// The table's view of the ticket types: row headers 1 … 9 (the keys that choose the row), and a
// last column with each row's quantity in the basket; a row the server refused is red.
class BasketTable : public QIdentityProxyModel
{
public:
    BasketTable(std::function<int(Id)> quantityOf, std::function<Id()> failedLine, QObject *parent)
        : QIdentityProxyModel(parent), m_quantityOf(std::move(quantityOf)), m_failedLine(std::move(failedLine))
    {
    }

    int quantityColumn() const { return sourceModel() ? sourceModel()->columnCount() : 0; }

    void rowChanged(int row)
    {
        if (row >= 0 && row < rowCount())
            Q_EMIT dataChanged(index(row, 0), index(row, quantityColumn()));
    }

    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : quantityColumn() + 1;
    }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override
    {
        if (column == quantityColumn())
            return !parent.isValid() && row >= 0 && row < rowCount() ? createIndex(row, column) : QModelIndex();
        return QIdentityProxyModel::index(row, column, parent);
    }

    QModelIndex parent(const QModelIndex &child) const override
    {
        return child.column() == quantityColumn() ? QModelIndex() : QIdentityProxyModel::parent(child);
    }

    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override
    {
        return idx.isValid() ? index(row, column) : QModelIndex();
    }

    QModelIndex mapToSource(const QModelIndex &proxy) const override
    {
        return proxy.column() == quantityColumn() ? QModelIndex() : QIdentityProxyModel::mapToSource(proxy);
    }

    Qt::ItemFlags flags(const QModelIndex &idx) const override
    {
        if (idx.column() == quantityColumn())
            return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        return QIdentityProxyModel::flags(idx);
    }

    QVariant data(const QModelIndex &idx, int role) const override
    {
        if (!idx.isValid())
            return {};
        const Id id = QIdentityProxyModel::data(index(idx.row(), 0), TicketTypeModel::IdRole).value<Id>();
        const int quantity = m_quantityOf(id);
        const bool failed = id != 0 && id == m_failedLine();
        if (role == Qt::ForegroundRole && failed)
            return QColor(0xc0, 0x1c, 0x28);
        if (role == Qt::FontRole && quantity > 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (idx.column() != quantityColumn()) {
            if (role == Qt::AccessibleTextRole && quantity > 0)
                return TicketSelection::tr("%1, %n in the sale", nullptr, quantity)
                    .arg(QIdentityProxyModel::data(idx, role).toString());
            return QIdentityProxyModel::data(idx, role);
        }
        switch (role) {
        case Qt::DisplayRole:
            return quantity > 0 ? QVariant(QString::number(quantity)) : QVariant(u"–"_s);
        case Qt::AccessibleTextRole:
            return TicketSelection::tr("%n in the sale", nullptr, quantity);
        case Qt::TextAlignmentRole:
            return QVariant(Qt::AlignCenter);
        default:
            return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Vertical && role == Qt::DisplayRole)
            return section < 9 ? QVariant(QString::number(section + 1)) : QVariant();
        if (orientation == Qt::Vertical && role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignCenter);
        if (orientation == Qt::Horizontal && section == quantityColumn()) {
            if (role == Qt::DisplayRole)
                return TicketSelection::tr("Qty");
            if (role == Qt::ToolTipRole)
                return TicketSelection::tr("Tickets of this type in the sale (+ and −)");
            return {};
        }
        return QIdentityProxyModel::headerData(section, orientation, role);
    }

private:
    std::function<int(Id)> m_quantityOf;
    std::function<Id()> m_failedLine;
};
} // namespace

TicketSelection::TicketSelection(ServerConnection *connection, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_model(new TicketTypeModel(this))
{
    m_keys = new BasketTable([this](Id id) { return isReserved() ? 0 : m_quantities.value(id); },
                             [this] { return m_failedLine; }, this);
    m_keys->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    auto *step = new QLabel(tr("&Tickets"), this);
    step->setProperty("role", u"subheading"_s);
    m_title = new QLabel(this);
    m_title->setObjectName(u"performanceTitleLabel"_s);
    m_title->setProperty("role", u"heading"_s);
    m_title->setWordWrap(true);
    m_details = new QLabel(this);
    m_details->setObjectName(u"performanceDetailsLabel"_s);
    m_details->setProperty("role", u"muted"_s);
    m_details->setWordWrap(true);

    m_table = new QTableView(this);
    m_table->setObjectName(u"ticketTypeTableView"_s);
    m_table->setAccessibleName(tr("Ticket types"));
    m_table->setAccessibleDescription(
        tr("Digits 1 to 9 choose a row; plus and minus change how many of it are in the sale."));
    m_table->setModel(m_keys);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(TicketTypeModel::NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TicketTypeModel::PriceColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TicketTypeModel::RemainingColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TicketTypeModel::ColumnCount, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setHighlightSections(false);
    // The row numbers are the digit keys that pick a row.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 18);
    m_table->installEventFilter(this);
    // Its corner sits over the row numbers; "select all" means nothing for one row at a time.
    m_table->setCornerButtonEnabled(false);
    if (auto *corner = m_table->findChild<QAbstractButton *>())
        corner->setAccessibleName(tr("Row numbers"));
    step->setBuddy(m_table);

    m_quantity = new QSpinBox(this);
    m_quantity->setObjectName(u"quantitySpinBox"_s);
    m_quantity->setRange(1, MaxQuantity);
    m_quantity->setButtonSymbols(QAbstractSpinBox::NoButtons);
    m_quantity->setAlignment(Qt::AlignCenter);
    m_quantity->setFixedWidth(64);
    m_quantity->installEventFilter(this);
    auto *quantityLabel = new QLabel(tr("&Quantity"), this);
    quantityLabel->setBuddy(m_quantity);
    // Big targets for the mouse; the keyboard has + and -.
    m_fewer = new QPushButton(u"−"_s, this);
    m_fewer->setObjectName(u"fewerTicketsPushButton"_s);
    m_fewer->setAccessibleName(tr("One ticket fewer"));
    m_fewer->setToolTip(tr("One fewer (−)"));
    m_more = new QPushButton(u"+"_s, this);
    m_more->setObjectName(u"moreTicketsPushButton"_s);
    m_more->setAccessibleName(tr("One ticket more"));
    m_more->setToolTip(tr("One more (+)"));
    for (QPushButton *button : {m_fewer, m_more}) {
        button->setFocusPolicy(Qt::NoFocus);
        button->setFixedWidth(44);
        button->setAutoRepeat(true);
    }
    auto *quantityHint = new QLabel(tr("+ and − keys"), this);
    quantityHint->setProperty("role", u"muted"_s);
    auto *quantityRow = new QHBoxLayout;
    quantityRow->setSpacing(6);
    quantityRow->addWidget(quantityLabel);
    quantityRow->addSpacing(6);
    quantityRow->addWidget(m_fewer);
    quantityRow->addWidget(m_quantity);
    quantityRow->addWidget(m_more);
    quantityRow->addSpacing(6);
    quantityRow->addWidget(quantityHint);
    quantityRow->addStretch();

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"ticketProblemLabel"_s);
    m_problem->setProperty("role", u"error"_s);
    m_problem->setWordWrap(true);

    layout->addWidget(step);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(m_table, 1);
    layout->addLayout(quantityRow);
    layout->addWidget(m_problem);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentRowChanged(current.isValid() ? current.row() : -1); });
    connect(m_quantity, &QSpinBox::valueChanged, this, [this](int value) {
        if (isReserved()) {
            m_seatCount = value;
        } else if (const TicketType *type = currentTicketType()) {
            m_autoLine = 0; // the clerk chose this quantity
            setLineQuantity(type->id, value);
        }
        updateSummary();
    });
    connect(m_fewer, &QPushButton::clicked, this, [this] { stepQuantity(-1); });
    connect(m_more, &QPushButton::clicked, this, [this] { stepQuantity(1); });
    connect(m_model, &TicketTypeModel::numbersChanged, this, [this] { updateSummary(); });
    connect(connection, &ServerConnection::inventoryChanged, m_model,
            &TicketTypeModel::applyInventory);

    setFocusProxy(m_table);
    clear();
}

TicketSelection::~TicketSelection()
{
    if (m_subscribed && m_connection)
        m_connection->unsubscribe(m_subscribed);
}

void TicketSelection::setPerformance(const Performance &performance, const QString &eventTitle)
{
    if (m_subscribed && m_subscribed != performance.id)
        m_connection->unsubscribe(m_subscribed);
    if (m_subscribed != performance.id) {
        m_subscribed = performance.id;
        m_connection->subscribe(performance.id);
    }
    const bool samePerformance = m_model->performance().id == performance.id;
    const Id keep = samePerformance && currentTicketType() ? currentTicketType()->id : 0;
    m_eventTitle = eventTitle;
    if (!samePerformance) {
        m_quantities.clear();
        m_autoLine = 0;
        m_failedLine = 0;
        m_seatCount = 1;
    }
    m_model->setPerformance(performance);
    // Fresh numbers: lines whose type went away leave the basket.
    for (auto it = m_quantities.begin(); it != m_quantities.end();) {
        if (m_model->rowOf(it.key()) < 0)
            it = m_quantities.erase(it);
        else
            ++it;
    }
    const bool reserved = isReserved();
    m_table->setColumnHidden(TicketTypeModel::ColumnCount, reserved);
    {
        const QSignalBlocker blocker(m_quantity); // a clamped value is not the clerk's choice
        m_quantity->setRange(reserved ? 1 : 0, MaxQuantity);
    }
    m_quantity->setToolTip(reserved ? tr("How many seats best available looks for")
                                    : tr("Tickets of the chosen type in this sale"));
    m_title->setText(eventTitle);
    m_details->setText(tr("%1 · %2").arg(DisplayFormat::showTime(performance.startsAt, performance.timeZone), performance.venue));
    m_table->setEnabled(true);
    m_quantity->setEnabled(true);
    m_fewer->setEnabled(true);
    m_more->setEnabled(true);
    if (keep) {
        selectTicketType(keep);
    } else {
        // Start on the first type that still has tickets.
        int row = 0;
        for (int i = 0; i < m_model->rowCount(); ++i) {
            if (m_model->ticketType(i)->remaining() > 0 && m_model->ticketType(i)->onSale) {
                row = i;
                break;
            }
        }
        selectRow(row);
    }
    syncQuantityField();
    updateSummary();
    // The list the performance came from may be a moment old; pushes keep it current from now on.
    if (!samePerformance)
        refresh();
}

void TicketSelection::clear()
{
    if (m_subscribed) {
        m_connection->unsubscribe(m_subscribed);
        m_subscribed = 0;
    }
    ++m_refreshSequence;
    m_eventTitle.clear();
    m_quantities.clear();
    m_autoLine = 0;
    m_failedLine = 0;
    m_failedMessage.clear();
    m_seatCount = 1;
    m_model->setPerformance({});
    m_title->setText(tr("No performance chosen"));
    m_details->setText(tr("Find one on the left and press Enter."));
    syncQuantityField();
    m_table->setEnabled(false);
    m_quantity->setEnabled(false);
    m_fewer->setEnabled(false);
    m_more->setEnabled(false);
    updateSummary();
}

void TicketSelection::refresh()
{
    const Id id = m_model->performance().id;
    if (!id)
        return;
    const quint64 sequence = ++m_refreshSequence;
    m_connection->call(methodName(Method::CatalogGetPerformance), {{u"performanceId"_s, id}}, this,
                       [this, sequence, id](const RpcResult &r) {
                           if (sequence != m_refreshSequence || m_model->performance().id != id)
                               return;
                           if (r.ok())
                               setPerformance(Performance::fromJson(r.result.value(u"performance"_s).toObject()),
                                              m_eventTitle);
                           else if (r.kind == RpcResult::Kind::Error)
                               m_problem->setText(r.message());
                       });
}

bool TicketSelection::hasPerformance() const
{
    return m_model->performance().id != 0;
}

const TicketType *TicketSelection::currentTicketType() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_model->ticketType(current.row()) : nullptr;
}

int TicketSelection::quantity() const
{
    return m_quantity->value();
}

QList<TicketSelection::Line> TicketSelection::lines() const
{
    QList<Line> result;
    if (isReserved())
        return result;
    for (const TicketType &type : m_model->performance().ticketTypes) {
        if (const int quantity = m_quantities.value(type.id); quantity > 0)
            result.append({type.id, type.name, type.priceCents, quantity});
    }
    return result;
}

int TicketSelection::ticketCount() const
{
    int count = 0;
    for (const Line &line : lines())
        count += line.quantity;
    return count;
}

Cents TicketSelection::totalCents() const
{
    Cents total = 0;
    for (const Line &line : lines()) {
        Cents subtotal = 0;
        if (!multiplyCents(line.unitPriceCents, line.quantity, &subtotal) || qAddOverflow(total, subtotal, &total))
            return 0;
    }
    return total;
}

bool TicketSelection::canSell(QString *reason) const
{
    QString why;
    const QList<Line> basket = lines();
    if (!hasPerformance()) {
        why = tr("Choose a performance first.");
    } else if (basket.isEmpty()) {
        const TicketType *type = currentTicketType();
        if (type && !type->onSale)
            why = tr("%1 is no longer on sale.").arg(type->name);
        else if (type && type->remaining() <= 0)
            why = tr("%1 is sold out.").arg(type->name);
        else
            why = tr("Choose a ticket type and a quantity.");
    } else if (ticketCount() > MaxQuantity) {
        why = tr("One sale has at most %1 tickets.").arg(MaxQuantity);
    } else if (basket.size() > MaxLines) {
        why = tr("One sale has at most %1 ticket types.").arg(MaxLines);
    } else {
        for (const Line &line : basket) {
            const TicketType *type = m_model->ticketTypeById(line.ticketTypeId);
            if (!type->onSale)
                why = tr("%1 is no longer on sale.").arg(type->name);
            else if (type->remaining() <= 0)
                why = tr("%1 is sold out.").arg(type->name);
            else if (type->remaining() < line.quantity)
                why = tr("Only %n %1 ticket(s) left.", nullptr, int(type->remaining())).arg(type->name);
            if (!why.isEmpty())
                break;
        }
    }
    if (reason)
        *reason = why;
    return why.isEmpty();
}

QString TicketSelection::showLineError(Id ticketTypeId, const QString &message)
{
    const TicketType *type = m_model->ticketTypeById(ticketTypeId);
    m_failedLine = type ? ticketTypeId : 0;
    m_failedMessage = type ? tr("%1: %2").arg(type->name, message) : message;
    if (type) {
        selectTicketType(ticketTypeId);
        static_cast<BasketTable *>(m_keys)->rowChanged(m_model->rowOf(ticketTypeId));
    }
    updateSummary();
    return type ? type->name : QString();
}

void TicketSelection::setCompact(bool compact)
{
    // Reserved seating: the price categories above the seat map, only as tall as they need.
    if (!compact) {
        m_table->setMaximumHeight(QWIDGETSIZE_MAX);
        return;
    }
    const int rows = std::clamp(m_model->rowCount(), 1, 5);
    m_table->setMaximumHeight(m_table->horizontalHeader()->sizeHint().height()
                              + rows * m_table->verticalHeader()->defaultSectionSize() + 4);
}

bool TicketSelection::isReserved() const
{
    return m_model->performance().seating == SeatingReserved;
}

void TicketSelection::focusTable()
{
    m_table->setFocus(Qt::ShortcutFocusReason);
}

void TicketSelection::focusQuantity()
{
    m_quantity->setFocus(Qt::ShortcutFocusReason);
    m_quantity->selectAll();
}

void TicketSelection::stepQuantity(int delta)
{
    if (!m_quantity->isEnabled())
        return;
    if (isReserved()) {
        m_quantity->setValue(m_quantity->value() + delta);
        return;
    }
    const TicketType *type = currentTicketType();
    if (!type)
        return;
    m_autoLine = 0; // the clerk chose this quantity
    setLineQuantity(type->id, std::clamp(m_quantities.value(type->id) + delta, 0, MaxQuantity));
    syncQuantityField();
    updateSummary();
}

void TicketSelection::selectTicketType(Id ticketTypeId)
{
    selectRow(qMax(0, m_model->rowOf(ticketTypeId)));
}

void TicketSelection::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_keys->index(row, TicketTypeModel::NameColumn);
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void TicketSelection::onCurrentRowChanged(int row)
{
    const TicketType *type = m_model->ticketType(row);
    if (!type || isReserved()) {
        updateSummary();
        return;
    }
    // The one ticket a row got by being picked follows the pick until the clerk changes it.
    if (m_autoLine && m_autoLine != type->id) {
        setLineQuantity(m_autoLine, 0);
        m_autoLine = 0;
    }
    if (m_quantities.isEmpty() && type->onSale && type->remaining() > 0) {
        setLineQuantity(type->id, 1);
        m_autoLine = type->id;
    }
    syncQuantityField();
    updateSummary();
}

void TicketSelection::setLineQuantity(Id ticketTypeId, int quantity)
{
    if (m_quantities.value(ticketTypeId) == quantity)
        return;
    if (quantity > 0)
        m_quantities.insert(ticketTypeId, quantity);
    else
        m_quantities.remove(ticketTypeId);
    if (ticketTypeId == m_failedLine) { // changed since the server refused it
        m_failedLine = 0;
        m_failedMessage.clear();
    }
    static_cast<BasketTable *>(m_keys)->rowChanged(m_model->rowOf(ticketTypeId));
}

void TicketSelection::syncQuantityField()
{
    const QSignalBlocker blocker(m_quantity);
    if (isReserved() || !hasPerformance()) {
        m_quantity->setValue(hasPerformance() ? m_seatCount : 1);
        return;
    }
    const TicketType *type = currentTicketType();
    m_quantity->setValue(type ? m_quantities.value(type->id) : 0);
}

QString TicketSelection::summary() const
{
    if (isReserved()) {
        const TicketType *type = currentTicketType();
        return type ? tr("%1 × %2 at %3").arg(quantity()).arg(type->name, DisplayFormat::money(type->priceCents))
                    : QString();
    }
    const QList<Line> basket = lines();
    if (basket.size() == 1) {
        const Line &line = basket.first();
        return tr("%1 × %2 at %3").arg(line.quantity).arg(line.name, DisplayFormat::money(line.unitPriceCents));
    }
    QStringList parts;
    for (const Line &line : basket)
        parts << tr("%1 × %2").arg(line.quantity).arg(line.name);
    return parts.isEmpty() ? QString()
                           : tr("%1 — %2").arg(parts.join(tr(", ")), DisplayFormat::money(totalCents()));
}

void TicketSelection::updateSummary()
{
    // Red text only for a problem with what is in the sale (or a row that cannot be sold); an
    // empty basket is just the next step.
    QString why;
    const TicketType *current = currentTicketType();
    const bool currentUnsellable = current && (current->remaining() <= 0 || !current->onSale);
    if (m_failedLine)
        m_problem->setText(m_failedMessage);
    else if (hasPerformance() && !canSell(&why) && (!lines().isEmpty() || currentUnsellable))
        m_problem->setText(why);
    else
        m_problem->clear();
    Q_EMIT selectionChanged();
}

bool TicketSelection::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool plainKey = !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (plainKey && (key->key() == Qt::Key_Plus || key->key() == Qt::Key_Minus)) {
        stepQuantity(key->key() == Qt::Key_Plus ? 1 : -1);
        return true;
    }
    if (watched == m_table) {
        if (plainKey && key->key() >= Qt::Key_1 && key->key() <= Qt::Key_9) {
            selectRow(key->key() - Qt::Key_1);
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            focusQuantity();
            return true;
        }
    } else if (watched == m_quantity) {
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            m_quantity->interpretText();
            Q_EMIT quantityConfirmed();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace mq::client
