#include "admin/copytickettypesdialog.h"

#include "core/displayformat.h"
#include "widgets/theme.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mq::client {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
} // namespace

CopyTicketTypesDialog::CopyTicketTypesDialog(const QList<Event> &events, const Performance &target,
                                             QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"copyTicketTypesDialog"_s);
    setWindowTitle(tr("Copy ticket types"));
    const bool reserved = target.seating == SeatingReserved;
    auto *intro = new QLabel(
        reserved ? tr("Copy the price categories of another performance in the same venue: "
                      "names, prices and which seats each one has.")
                 : tr("Copy the ticket types of another performance: names, prices and "
                      "capacities. Types with a name this performance already has are left out."),
        this);
    intro->setWordWrap(true);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"copyFilterLineEdit"_s);
    m_filter->setPlaceholderText(tr("Filter by event, date or venue"));
    m_filter->setAccessibleName(tr("Filter performances"));
    Theme::addClearButton(m_filter);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"copySourceListWidget"_s);
    m_list->setAccessibleName(tr("Performances to copy from"));
    m_list->setUniformItemSizes(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_hint = new QLabel(this);
    m_hint->setObjectName(u"copyHintLabel"_s);
    m_hint->setProperty("role", u"muted"_s);
    m_hint->setWordWrap(true);

    // Its own event first, then the others; each performance once, never the target itself.
    QList<const Event *> ordered;
    for (const Event &e : events) {
        if (e.id == target.eventId)
            ordered.prepend(&e);
        else
            ordered.append(&e);
    }
    for (const Event *e : std::as_const(ordered)) {
        for (const Performance &p : e->performances) {
            if (p.id == target.id || p.ticketTypes.isEmpty())
                continue;
            if (reserved && (p.seating != SeatingReserved || p.venueId != target.venueId))
                continue;
            QStringList names;
            for (const TicketType &t : p.ticketTypes)
                names << t.name;
            auto *item = new QListWidgetItem(
                tr("%1 · %2 · %3 — %Ln type(s)", nullptr, int(p.ticketTypes.size()))
                    .arg(e->title, DisplayFormat::showTime(p.startsAt, p.timeZone), p.venue),
                m_list);
            item->setData(IdRole, p.id);
            item->setToolTip(names.join(u", "_s));
        }
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_hint->setText(m_list->count() == 0
                        ? (reserved ? tr("No other performance in this venue has price categories.")
                                    : tr("No other performance has ticket types yet."))
                        : QString());
    m_hint->setVisible(m_list->count() == 0);

    auto *buttons = new QDialogButtonBox(this);
    m_copy = buttons->addButton(tr("Copy"), QDialogButtonBox::AcceptRole);
    m_copy->setObjectName(u"copyPushButton"_s);
    m_copy->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);

    connect(m_filter, &QLineEdit::textChanged, this, &CopyTicketTypesDialog::filter);
    connect(m_list, &QListWidget::currentRowChanged, this, &CopyTicketTypesDialog::updateButton);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButton();
    resize(560, 420);
}

Id CopyTicketTypesDialog::sourceId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(IdRole).toLongLong() : 0;
}

int CopyTicketTypesDialog::choiceCount() const
{
    return m_list->count();
}

void CopyTicketTypesDialog::filter(const QString &text)
{
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setHidden(!item->text().contains(text.trimmed(), Qt::CaseInsensitive));
    }
    if (!m_list->currentItem() || m_list->currentItem()->isHidden()) {
        for (int i = 0; i < m_list->count(); ++i) {
            if (!m_list->item(i)->isHidden()) {
                m_list->setCurrentRow(i);
                break;
            }
        }
    }
    updateButton();
}

void CopyTicketTypesDialog::updateButton()
{
    m_copy->setEnabled(sourceId() > 0);
}

} // namespace mq::client
