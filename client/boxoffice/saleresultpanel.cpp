#include "boxoffice/saleresultpanel.h"

#include "core/displayformat.h"
#include "widgets/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mq::client {

SaleResultPanel::SaleResultPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    auto *heading = new QLabel(tr("Sale complete"), this);
    heading->setProperty("role", u"subheading"_s);
    auto *codeCaption = new QLabel(tr("Order code"), this);
    codeCaption->setProperty("role", u"muted"_s);
    m_code = new QLabel(this);
    m_code->setObjectName(u"orderCodeLabel"_s);
    m_code->setProperty("role", u"heading"_s);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_code->setAccessibleName(tr("Order code"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"saleSummaryLabel"_s);
    m_summary->setProperty("role", u"muted"_s);
    m_summary->setWordWrap(true);
    m_changeCaption = new QLabel(tr("Change due"), this);
    m_changeCaption->setProperty("role", u"muted"_s);
    m_change = new QLabel(this);
    m_change->setObjectName(u"saleChangeLabel"_s);
    m_change->setProperty("role", u"display"_s);
    m_change->setAccessibleName(tr("Change due"));
    m_note = new QLabel(this);
    m_note->setObjectName(u"saleNoteLabel"_s);
    m_note->setProperty("role", u"muted"_s);
    m_note->setWordWrap(true);

    m_outcome = new QLabel(this);
    m_outcome->setObjectName(u"ticketOutputLabel"_s);
    m_outcome->setProperty("role", u"muted"_s);
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcome->hide();

    auto *print = new QPushButton(tr("Print a&gain"), this);
    print->setObjectName(u"printAgainPushButton"_s);
    auto *save = new QPushButton(tr("Save as P&DF…"), this);
    save->setObjectName(u"savePdfPushButton"_s);
    auto *outputRow = new QHBoxLayout;
    outputRow->addWidget(print);
    outputRow->addWidget(save);
    outputRow->addStretch();

    m_next = new QPushButton(tr("&Next customer"), this);
    m_next->setObjectName(u"nextCustomerPushButton"_s);
    m_next->setProperty("role", u"primary"_s);
    m_next->setToolTip(tr("Start the next sale (Esc or F2)"));
    m_next->setAutoDefault(true);
    m_next->setMinimumHeight(44);
    auto *nextHint = new QLabel(tr("Esc or F2"), this);
    nextHint->setProperty("role", u"muted"_s);
    nextHint->setAlignment(Qt::AlignHCenter);

    layout->addWidget(heading);
    layout->addWidget(codeCaption);
    layout->addWidget(m_code);
    layout->addWidget(m_summary);
    layout->addSpacing(8);
    layout->addWidget(m_changeCaption);
    layout->addWidget(m_change);
    layout->addWidget(m_note);
    layout->addStretch(1);
    layout->addWidget(m_outcome);
    layout->addLayout(outputRow);
    layout->addWidget(m_next);
    layout->addWidget(nextHint);

    connect(print, &QPushButton::clicked, this, &SaleResultPanel::printRequested);
    connect(save, &QPushButton::clicked, this, &SaleResultPanel::saveRequested);
    connect(m_next, &QPushButton::clicked, this, &SaleResultPanel::nextCustomerRequested);
    setFocusProxy(m_next);
}

void SaleResultPanel::setOrder(const Order &order, std::optional<Cents> change)
{
    m_order = order;
    m_code->setText(order.code);
    QStringList lines;
    const bool onePerformance = std::all_of(order.items.cbegin(), order.items.cend(), [&](const OrderItem &item) {
        return item.performanceId == order.items.first().performanceId;
    });
    if (onePerformance && !order.items.isEmpty()) {
        // A basket: the show once, then what was bought ("2 × Adult, 1 × Child").
        const OrderItem &first = order.items.first();
        lines << tr("%1, %2").arg(first.eventTitle, DisplayFormat::showTime(first.startsAt, first.timeZone));
        QStringList parts;
        for (const OrderItem &item : order.items)
            parts << tr("%1 × %2").arg(item.quantity).arg(item.ticketTypeName);
        lines << parts.join(tr(", "));
    } else {
        for (const OrderItem &item : order.items) {
            lines << tr("%1 × %2 · %3, %4")
                         .arg(item.quantity)
                         .arg(item.ticketTypeName, item.eventTitle, DisplayFormat::showTime(item.startsAt, item.timeZone));
        }
    }
    lines << (change ? tr("%1 paid in cash").arg(DisplayFormat::money(order.totalCents))
                     : tr("%1 paid by card").arg(DisplayFormat::money(order.totalCents)));
    m_summary->setText(lines.join(u'\n'));
    m_changeCaption->setVisible(change.has_value());
    m_change->setVisible(change.has_value());
    m_change->setText(change ? DisplayFormat::money(*change) : QString());
    m_note->clear();
    m_outcome->clear();
    m_outcome->hide();
}

void SaleResultPanel::setNote(const QString &note)
{
    m_note->setText(note);
}

void SaleResultPanel::setOutcome(const QString &text, bool failed)
{
    m_outcome->setText(text);
    m_outcome->setVisible(!text.isEmpty());
    const QString role = failed ? u"error"_s : u"muted"_s;
    if (m_outcome->property("role").toString() != role) {
        m_outcome->setProperty("role", role);
        Theme::repolish(m_outcome);
    }
}

void SaleResultPanel::focusNextCustomer()
{
    m_next->setFocus(Qt::OtherFocusReason);
}

} // namespace mq::client
