#include "admin/performanceform.h"

#include "admin/datetimefield.h"
#include "admin/venuelistmodel.h"
#include "core/displayformat.h"
#include "shared/utctime.h"
#include "widgets/timezonecombobox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace mq::client {

namespace {

// The form's rows, top to bottom: starts, seating, seat map, venue, time zone, no single seat.
constexpr int VenueChoiceRow = 2;
constexpr int TimeZoneRow = 4;

// Where the last performance added was, for the next one.
constexpr auto LastSeatingKey = "admin/lastPerformanceSeating";
constexpr auto LastVenueIdKey = "admin/lastPerformanceVenueId";
constexpr auto LastVenueKey = "admin/lastPerformanceVenue";
constexpr auto LastTimeZoneKey = "admin/lastPerformanceTimeZone";

} // namespace

PerformanceForm::PerformanceForm(ServerConnection *connection, QWidget *parent)
    : CatalogForm(connection, parent)
{
    setObjectName(u"performanceForm"_s);
    m_heading = new QLabel(this);
    m_heading->setProperty("role", u"subheading"_s);

    m_startsAt = new DateTimeField(this);
    m_startsAt->setObjectName(u"startsAtField"_s);
    m_seating = new QComboBox(this);
    m_seating->setObjectName(u"seatingComboBox"_s);
    m_seating->addItem(tr("General admission"), SeatingGeneral);
    m_seating->addItem(tr("Reserved seating"), SeatingReserved);
    m_seating->setToolTip(tr("Reserved seating sells the seats of a venue's seat map. "
                             "It is chosen once, when the performance is added."));
    m_venueChoice = new QComboBox(this);
    m_venueChoice->setObjectName(u"venueComboBox"_s);
    m_venueChoice->setToolTip(tr("The venue whose seats are sold. Venues are imported on the "
                                 "Venues tab."));
    m_venue = new QLineEdit(this);
    m_venue->setObjectName(u"venueLineEdit"_s);
    m_venue->setPlaceholderText(tr("e.g. Peace Hotel Jazz Bar"));
    m_venue->setMaxLength(200);
    m_timeZone = new TimeZoneComboBox(this);
    m_timeZone->setObjectName(u"timeZoneComboBox"_s);
    m_timeZone->setToolTip(tr("Where it takes place: its times are typed and shown in this zone"));
    m_noSingleSeats = new QCheckBox(tr("Leave no sing&le seat"), this);
    m_noSingleSeats->setObjectName(u"noSingleSeatsCheckBox"_s);
    m_noSingleSeats->setToolTip(tr("Buyers may not hold seats that would leave one free seat "
                                   "alone between taken ones or at a row's end."));

    m_delete = new QPushButton(tr("Delete…"), this);
    m_delete->setAccessibleName(tr("Delete performance"));
    m_delete->setToolTip(tr("Delete the performance, after asking"));
    m_delete->setObjectName(u"deletePerformancePushButton"_s);
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(u"savePerformancePushButton"_s);

    auto *form = newFieldLayout();
    m_form = form;
    addField(form, u"startsAt"_s, tr("&Starts"), m_startsAt, m_startsAt->lineEdit());
    addField(form, u"seating"_s, tr("Seatin&g"), m_seating);
    addField(form, u"venueId"_s, tr("Seat &map"), m_venueChoice);
    addField(form, u"venue"_s, tr("V&enue"), m_venue);
    addField(form, u"timeZone"_s, tr("Time &zone"), m_timeZone);
    m_timeZone->setAccessibleName(tr("Time zone"));
    form->addRow(QString(), m_noSingleSeats);

    arrange(m_heading, form, m_delete, m_save);

    connect(m_save, &QPushButton::clicked, this, &PerformanceForm::save);
    connect(m_delete, &QPushButton::clicked, this, &PerformanceForm::remove);
    {
        const QSettings settings;
        m_wantedVenueId = settings.value(QLatin1StringView(LastVenueIdKey)).toLongLong();
        const int seating = m_seating->findData(
            settings.value(QLatin1StringView(LastSeatingKey), SeatingGeneral).toString());
        m_seating->setCurrentIndex(qMax(0, seating));
    }
    connect(m_timeZone, &TimeZoneComboBox::timeZoneChanged, this, &PerformanceForm::updateTimeZone);
    connect(m_seating, &QComboBox::currentIndexChanged, this, [this] {
        updateSeatingRows();
        updateTimeZone();
        if (isReserved())
            onVenueChosen();
    });
    connect(m_venueChoice, &QComboBox::currentIndexChanged, this, [this] {
        if (m_restoringVenue)
            return; // the list was reloaded: the choice is put back, not changed
        m_wantedVenueId = chosenVenueId();
        onVenueChosen();
        updateTimeZone();
    });
    startNew(0);
}

void PerformanceForm::setVenueModel(VenueListModel *venues)
{
    m_venues = venues;
    m_venueChoice->setModel(venues);
    m_venueChoice->setModelColumn(VenueListModel::NameColumn);
    // A reload keeps the choice; the first load picks the wanted venue (or the first one).
    const auto restore = [this] {
        const QScopedValueRollback guard(m_restoringVenue, true);
        chooseVenue(m_wantedVenueId);
        updateSeatingRows();
        updateTimeZone();
        updateEnabled();
    };
    connect(venues, &QAbstractItemModel::modelReset, this, restore);
    connect(venues, &QAbstractItemModel::rowsInserted, this, restore);
    connect(venues, &QAbstractItemModel::rowsRemoved, this, restore);
    restore();
}

bool PerformanceForm::isReserved() const
{
    return m_seating->currentData().toString() == SeatingReserved;
}

Id PerformanceForm::chosenVenueId() const
{
    if (!m_venues || m_venueChoice->currentIndex() < 0)
        return 0;
    const auto *venue = m_venues->venue(m_venueChoice->currentIndex());
    return venue ? venue->id : 0;
}

void PerformanceForm::chooseVenue(Id venueId)
{
    if (!m_venues)
        return;
    const int row = m_venues->rowOf(venueId);
    m_venueChoice->setCurrentIndex(row >= 0 ? row : (m_venues->rowCount() > 0 ? 0 : -1));
}

void PerformanceForm::onVenueChosen()
{
    // The venue text follows the chosen venue's name until someone types their own.
    const auto *venue = m_venues ? m_venues->venueById(chosenVenueId()) : nullptr;
    if (!venue || m_performance.id > 0)
        return;
    const QString typed = m_venue->text().trimmed();
    if (typed.isEmpty() || typed == m_autoVenueText) {
        m_venue->setText(venue->name);
        m_autoVenueText = venue->name;
    }
}

void PerformanceForm::updateSeatingRows()
{
    if (!m_form)
        return;
    const bool reserved = isReserved();
    const bool noVenues = m_venues && m_venues->hasLoaded() && m_venues->rowCount() == 0;
    // Widget by widget rather than QFormLayout::setRowVisible, which would also show the
    // (empty) error line under the field.
    for (QWidget *w : {static_cast<QWidget *>(m_venueChoice),
                       m_form->itemAt(VenueChoiceRow, QFormLayout::LabelRole)->widget()})
        w->setVisible(reserved);
    m_noSingleSeats->setVisible(reserved);
    // A seated performance is where its venue is; only general admission picks a zone.
    for (QWidget *w : {static_cast<QWidget *>(m_timeZone),
                       m_form->itemAt(TimeZoneRow, QFormLayout::LabelRole)->widget()})
        w->setVisible(!reserved);
    if (reserved && noVenues && m_performance.id == 0)
        setMessage(tr("No venues yet: import a seat map on the Venues tab first."), false);
    m_venue->setPlaceholderText(reserved ? tr("The venue's name, unless you write another")
                                         : tr("e.g. Peace Hotel Jazz Bar"));
}

void PerformanceForm::setPerformance(const Performance &performance)
{
    clearErrors();
    m_performance = performance;
    m_heading->setText(tr("Performance"));
    m_venue->setText(performance.venue);
    m_autoVenueText.clear();
    m_seating->setCurrentIndex(m_seating->findData(performance.seating));
    m_wantedVenueId = performance.venueId.value_or(0);
    {
        const QScopedValueRollback guard(m_restoringVenue, true);
        chooseVenue(m_wantedVenueId);
    }
    m_noSingleSeats->setChecked(performance.noSingleSeats);
    m_timeZone->setTimeZone(performance.timeZone);
    updateSeatingRows();
    updateTimeZone();
    m_startsAt->setDateTime(performance.startsAt); // as its venue's clock reads it
    updateEnabled();
}

QString PerformanceForm::performanceZone() const
{
    const bool reserved = m_performance.id > 0 ? m_performance.seating == SeatingReserved : isReserved();
    if (!reserved)
        return m_timeZone->timeZone();
    if (m_performance.id > 0)
        return m_performance.timeZone;
    const auto *venue = m_venues ? m_venues->venueById(chosenVenueId()) : nullptr;
    return venue ? venue->timeZone : QString();
}

void PerformanceForm::updateTimeZone()
{
    m_startsAt->setTimeZone(performanceZone());
}

void PerformanceForm::startNew(Id eventId)
{
    clearErrors();
    m_performance = Performance();
    m_performance.eventId = eventId;
    m_heading->setText(tr("New performance"));
    // Tomorrow at 19:30 where it takes place, a sensible first guess.
    m_startsAt->setWallClock(QDate::currentDate().addDays(1), QTime(19, 30));
    m_timeZone->setTimeZone(QSettings().value(QLatin1StringView(LastTimeZoneKey)).toString());
    // Seating, seat map and venue stay as last chosen: a run of showings is usually sold alike.
    const QString lastVenue = QSettings().value(QLatin1StringView(LastVenueKey)).toString();
    m_venue->setText(lastVenue);
    m_autoVenueText = lastVenue; // choosing another seat map replaces it with that one's name
    {
        const QScopedValueRollback guard(m_restoringVenue, true);
        chooseVenue(m_wantedVenueId);
    }
    m_noSingleSeats->setChecked(false);
    if (isReserved() && lastVenue.isEmpty())
        onVenueChosen();
    updateSeatingRows();
    updateTimeZone();
    if (eventId == 0)
        setMessage(tr("Save the event first, then add its performances."), false);
    updateEnabled();
}

void PerformanceForm::focusFirstField()
{
    m_startsAt->lineEdit()->setFocus();
    m_startsAt->lineEdit()->selectAll();
}

void PerformanceForm::updateEnabled()
{
    const bool usable = m_performance.eventId > 0;
    const bool creating = m_performance.id == 0;
    m_startsAt->setEnabled(usable);
    m_venue->setEnabled(usable);
    m_timeZone->setEnabled(usable);
    // How a performance is sold is fixed once it exists: its seats may already be sold.
    m_seating->setEnabled(usable && creating);
    m_venueChoice->setEnabled(usable && creating && m_venueChoice->count() > 0);
    m_noSingleSeats->setEnabled(usable);
    m_save->setEnabled(usable);
    m_delete->setVisible(m_performance.id > 0); // nothing to delete while creating
    // Short words beside the list; the full ones for screen readers and tooltips.
    const bool saved = m_performance.id > 0;
    m_save->setText(saved ? tr("Save") : tr("Add"));
    m_save->setAccessibleName(saved ? tr("Save performance") : tr("Add performance"));
    m_save->setToolTip(saved ? tr("Save the performance (Enter, Ctrl+S)") : tr("Add the performance (Enter)"));
}

void PerformanceForm::save()
{
    if (m_performance.eventId == 0)
        return;
    clearErrors();
    const bool creating = m_performance.id == 0;
    const bool reserved = creating ? isReserved() : m_performance.seating == SeatingReserved;
    const QString venueText = m_venue->text().trimmed();
    if (!reserved && venueText.isEmpty()) {
        showFieldError(u"venue"_s, tr("Enter where it takes place."));
        return;
    }
    if (reserved && creating && chosenVenueId() == 0) {
        showFieldError(u"venueId"_s, m_venueChoice->count() == 0
                                         ? tr("Import a venue on the Venues tab first.")
                                         : tr("Choose the venue whose seats are sold."));
        return;
    }
    const QString zone = reserved ? QString() : m_timeZone->timeZone();
    if (!reserved && zone.isEmpty()) {
        showFieldError(u"timeZone"_s, tr("Choose a time zone from the list, e.g. Asia/Shanghai."));
        return;
    }
    const auto local = m_startsAt->dateTime();
    if (!local) {
        showFieldError(u"startsAt"_s, m_startsAt->problem());
        m_startsAt->lineEdit()->setFocus();
        return;
    }
    // Typed in the venue's time; the wire takes UTC with a Z. A start in the past is the server's
    // to refuse (422 startsAt, shown under the field): its clock is the one that counts.
    const QString startsAt = toWireTime(local->toUTC());
    QJsonObject params{{u"startsAt"_s, startsAt}};
    if (!venueText.isEmpty())
        params.insert(u"venue"_s, venueText); // reserved: the venue's name when left empty
    if (reserved)
        params.insert(u"noSingleSeats"_s, m_noSingleSeats->isChecked());
    else
        params.insert(u"timeZone"_s, zone);
    if (creating) {
        params.insert(u"eventId"_s, m_performance.eventId);
        if (reserved) {
            params.insert(u"seating"_s, SeatingReserved);
            params.insert(u"venueId"_s, chosenVenueId());
        }
    } else {
        params.insert(u"id"_s, m_performance.id);
    }
    request(creating ? Method::AdminCreatePerformance : Method::AdminUpdatePerformance, params,
            creating ? tr("Adding the performance…") : tr("Saving the performance…"),
            [this, creating](const QJsonObject &result) {
                const Performance p =
                    Performance::fromJson(result.value(u"performance"_s).toObject());
                setPerformance(p);
                if (creating)
                    rememberLast(p);
                setMessage(creating ? tr("Performance added.") : tr("Performance saved."), false);
                Q_EMIT statusMessage(
                    tr("Performance on %1 saved.").arg(DisplayFormat::showTime(p.startsAt, p.timeZone)));
                Q_EMIT performanceSaved(p, creating);
            });
}

QString PerformanceForm::failureMessage(const RpcResult &result) const
{
    // The client always sends a well-formed time, so a refused start is one in the past (by the
    // server's clock, which is the one that counts).
    if (result.is(422) && result.field() == u"startsAt"_s)
        return tr("The start must be in the future. Check the date and time.");
    return CatalogForm::failureMessage(result);
}

void PerformanceForm::rememberLast(const Performance &created) const
{
    QSettings settings;
    settings.setValue(QLatin1StringView(LastSeatingKey), created.seating);
    if (created.venueId)
        settings.setValue(QLatin1StringView(LastVenueIdKey), *created.venueId);
    settings.setValue(QLatin1StringView(LastVenueKey), created.venue);
    if (created.seating == SeatingGeneral)
        settings.setValue(QLatin1StringView(LastTimeZoneKey), created.timeZone);
}

void PerformanceForm::remove()
{
    if (m_performance.id == 0 || isBusy())
        return;
    const Performance p = m_performance;
    confirmDelete(
        tr("Delete the performance on %1 at %2?").arg(DisplayFormat::showTime(p.startsAt, p.timeZone), p.venue),
        tr("Its %Ln ticket type(s) are deleted with it. This cannot be undone.", nullptr,
           int(p.ticketTypes.size())),
        [this, p] {
            request(Method::AdminDeletePerformance, {{u"id"_s, p.id}},
                    tr("Deleting the performance…"), [this, p](const QJsonObject &) {
                        Q_EMIT statusMessage(tr("Deleted the performance on %1.")
                                                 .arg(DisplayFormat::showTime(p.startsAt, p.timeZone)));
                        Q_EMIT performanceDeleted(p.id);
                    });
        });
}

} // namespace mq::client
