#include "admin/performanceform.h"

#include "core/displayformat.h"
#include "shared/utctime.h"

#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace mq::client {

namespace {

// Tomorrow at 19:30 local time, a sensible first guess for a new performance.
QDateTime defaultStart()
{
    return QDateTime(QDate::currentDate().addDays(1), QTime(19, 30));
}

} // namespace

PerformanceForm::PerformanceForm(ServerConnection *connection, QWidget *parent)
    : CatalogForm(connection, parent)
{
    setObjectName(u"performanceForm"_s);
    m_heading = new QLabel(this);
    m_heading->setProperty("role", u"subheading"_s);

    m_startsAt = new QDateTimeEdit(this);
    m_startsAt->setObjectName(u"startsAtDateTimeEdit"_s);
    m_startsAt->setTimeSpec(Qt::LocalTime);
    m_startsAt->setCalendarPopup(true);
    m_startsAt->setDisplayFormat(u"yyyy-MM-dd  HH:mm"_s);
    m_startsAt->setToolTip(tr("In this computer's local time"));
    m_venue = new QLineEdit(this);
    m_venue->setObjectName(u"venueLineEdit"_s);
    m_venue->setPlaceholderText(tr("e.g. Peace Hotel Jazz Bar"));
    m_venue->setMaxLength(200);

    m_delete = new QPushButton(tr("Delete performance"), this);
    m_delete->setObjectName(u"deletePerformancePushButton"_s);
    m_save = new QPushButton(tr("Save performance"), this);
    m_save->setObjectName(u"savePerformancePushButton"_s);

    auto *form = newFieldLayout();
    addField(form, u"startsAt"_s, tr("&Starts"), m_startsAt);
    addField(form, u"venue"_s, tr("&Venue"), m_venue);

    arrange(m_heading, form, m_delete, m_save, true);

    connect(m_save, &QPushButton::clicked, this, &PerformanceForm::save);
    connect(m_delete, &QPushButton::clicked, this, &PerformanceForm::remove);
    connect(m_venue, &QLineEdit::returnPressed, this, &PerformanceForm::save);
    startNew(0);
}

void PerformanceForm::setPerformance(const Performance &performance)
{
    clearErrors();
    m_performance = performance;
    m_heading->setText(tr("Performance"));
    m_startsAt->setDateTime(performance.startsAt.toLocalTime());
    m_venue->setText(performance.venue);
    updateEnabled();
}

void PerformanceForm::startNew(Id eventId)
{
    clearErrors();
    m_performance = Performance();
    m_performance.eventId = eventId;
    m_heading->setText(tr("New performance"));
    m_startsAt->setDateTime(defaultStart());
    m_venue->clear();
    if (eventId == 0)
        setMessage(tr("Save the event first, then add its performances."), false);
    updateEnabled();
}

void PerformanceForm::focusFirstField()
{
    m_startsAt->setFocus();
}

void PerformanceForm::updateEnabled()
{
    const bool usable = m_performance.eventId > 0;
    m_startsAt->setEnabled(usable);
    m_venue->setEnabled(usable);
    m_save->setEnabled(usable);
    m_delete->setVisible(m_performance.id > 0); // nothing to delete while creating
    m_save->setText(m_performance.id > 0 ? tr("Save performance") : tr("Add performance"));
}

void PerformanceForm::save()
{
    if (m_performance.eventId == 0)
        return;
    clearErrors();
    if (m_venue->text().trimmed().isEmpty()) {
        showFieldError(u"venue"_s, tr("Enter where it takes place."));
        return;
    }
    // Edited in local time; the wire takes UTC with a Z.
    const QString startsAt = toWireTime(m_startsAt->dateTime().toUTC());
    QJsonObject params{{u"startsAt"_s, startsAt}, {u"venue"_s, m_venue->text().trimmed()}};
    const bool creating = m_performance.id == 0;
    if (creating)
        params.insert(u"eventId"_s, m_performance.eventId);
    else
        params.insert(u"id"_s, m_performance.id);
    request(creating ? Method::AdminCreatePerformance : Method::AdminUpdatePerformance, params,
            creating ? tr("Adding the performance…") : tr("Saving the performance…"),
            [this, creating](const QJsonObject &result) {
                const Performance p =
                    Performance::fromJson(result.value(u"performance"_s).toObject());
                setPerformance(p);
                setMessage(creating ? tr("Performance added.") : tr("Performance saved."), false);
                Q_EMIT statusMessage(
                    tr("Performance on %1 saved.").arg(DisplayFormat::dateTime(p.startsAt)));
                Q_EMIT performanceSaved(p, creating);
            });
}

void PerformanceForm::remove()
{
    if (m_performance.id == 0 || isBusy())
        return;
    const Performance p = m_performance;
    confirmDelete(
        tr("Delete the performance on %1 at %2?").arg(DisplayFormat::dateTime(p.startsAt), p.venue),
        tr("Its %n ticket type(s) are deleted with it. This cannot be undone.", nullptr,
           int(p.ticketTypes.size())),
        [this, p] {
            request(Method::AdminDeletePerformance, {{u"id"_s, p.id}},
                    tr("Deleting the performance…"), [this, p](const QJsonObject &) {
                        Q_EMIT statusMessage(tr("Deleted the performance on %1.")
                                                 .arg(DisplayFormat::dateTime(p.startsAt)));
                        Q_EMIT performanceDeleted(p.id);
                    });
        });
}

} // namespace mq::client
