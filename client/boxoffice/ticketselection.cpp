#include "boxoffice/ticketselection.h"

#include "core/displayformat.h"
#include "core/serverconnection.h"
#include "models/tickettypemodel.h"
#include "shared/methods.h"

#include <QDateTime>
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

using namespace Qt::StringLiterals;

namespace mq::client {

namespace {
constexpr int MaxQuantity = 20; // PROTOCOL.md: order.purchase takes 1–20

// Row headers 1 … 9: the keys that choose the row.
class DigitKeyHeaders : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Vertical && role == Qt::DisplayRole)
            return section < 9 ? QVariant(QString::number(section + 1)) : QVariant();
        if (orientation == Qt::Vertical && role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignCenter);
        return QIdentityProxyModel::headerData(section, orientation, role);
    }
};
} // namespace

TicketSelection::TicketSelection(ServerConnection *connection, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_model(new TicketTypeModel(this))
{
    m_keys = new DigitKeyHeaders(this);
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
    m_table->setAccessibleDescription(tr("Digits 1 to 9 choose a row; plus and minus change the quantity."));
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
            [this] { updateSummary(); });
    connect(m_quantity, &QSpinBox::valueChanged, this, [this] { updateSummary(); });
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
    m_model->setPerformance(performance);
    m_title->setText(eventTitle);
    m_details->setText(tr("%1 · %2").arg(DisplayFormat::dateTime(performance.startsAt), performance.venue));
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
            if (m_model->ticketType(i)->remaining() > 0) {
                row = i;
                break;
            }
        }
        m_quantity->setValue(1);
        selectRow(row);
    }
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
    m_model->setPerformance({});
    m_title->setText(tr("No performance chosen"));
    m_details->setText(tr("Find one on the left and press Enter."));
    m_quantity->setValue(1);
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

Cents TicketSelection::totalCents() const
{
    const TicketType *type = currentTicketType();
    Cents total = 0;
    if (!type || !multiplyCents(type->priceCents, quantity(), &total))
        return 0;
    return total;
}

bool TicketSelection::canSell(QString *reason) const
{
    QString why;
    const TicketType *type = currentTicketType();
    if (!hasPerformance())
        why = tr("Choose a performance first.");
    else if (!type)
        why = tr("Choose a ticket type.");
    else if (type->remaining() <= 0)
        why = tr("%1 is sold out.").arg(type->name);
    else if (type->remaining() < quantity())
        why = tr("Only %n %1 ticket(s) left.", nullptr, int(type->remaining())).arg(type->name);
    if (reason)
        *reason = why;
    return why.isEmpty();
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
    if (m_quantity->isEnabled())
        m_quantity->setValue(m_quantity->value() + delta);
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

QString TicketSelection::summary() const
{
    const TicketType *type = currentTicketType();
    if (!type)
        return {};
    return tr("%1 × %2 at %3").arg(quantity()).arg(type->name, DisplayFormat::money(type->priceCents));
}

void TicketSelection::updateSummary()
{
    QString why;
    // Only problems with a chosen performance are worth red text; the rest is the next step.
    if (hasPerformance() && !canSell(&why))
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
