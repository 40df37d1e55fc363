#pragma once

#include "admin/catalogform.h"
#include "shared/domain.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace mq::client {

class DateTimeField;
class TimeZoneComboBox;
class VenueListModel;

// Creates, edits and deletes one performance of an event: when it starts (edited in local
// time, sent in UTC), where, and how it is sold: general admission, or reserved seating in one
// of the venues (whose seat map it then sells), optionally leaving no single seat stranded.
// Seating and venue are chosen when the performance is created; they cannot change later. A new
// performance starts with the seating, seat map and venue of the last one added (kept across
// sessions).
class PerformanceForm : public CatalogForm
{
    Q_OBJECT
public:
    explicit PerformanceForm(ServerConnection *connection, QWidget *parent = nullptr);

    void setPerformance(const Performance &performance);
    // A new performance of that event; eventId 0: nothing to edit until an event is saved.
    void startNew(Id eventId);
    Id performanceId() const { return m_performance.id; }
    void focusFirstField();
    // The venues to choose from for reserved seating (the Venues tab keeps them loaded).
    void setVenueModel(VenueListModel *venues);

    void save() override;
    void remove();

Q_SIGNALS:
    void performanceSaved(const mq::Performance &performance, bool created);
    void performanceDeleted(mq::Id performanceId);

protected:
    void updateEnabled() override;
    QString failureMessage(const RpcResult &result) const override;

private:
    bool isReserved() const;
    Id chosenVenueId() const;
    void chooseVenue(Id venueId);
    void onVenueChosen();
    void updateSeatingRows();
    // Times are typed in the venue's zone: the seat map's, else the one chosen here.
    void updateTimeZone();
    QString performanceZone() const;
    // What the last performance added was like: a run of showings is usually sold alike.
    void rememberLast(const Performance &created) const;

    Performance m_performance;
    VenueListModel *m_venues = nullptr;
    QFormLayout *m_form = nullptr;
    QComboBox *m_seating;
    QComboBox *m_venueChoice;
    QCheckBox *m_noSingleSeats;
    Id m_wantedVenueId = 0;     // kept across reloads of the venue list
    bool m_restoringVenue = false;
    QString m_autoVenueText;    // the venue text filled in from the chosen venue's name
    QLabel *m_heading;
    DateTimeField *m_startsAt;
    TimeZoneComboBox *m_timeZone;
    QLineEdit *m_venue;
    QPushButton *m_delete;
    QPushButton *m_save;
};

} // namespace mq::client
