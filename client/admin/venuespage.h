#pragma once

#include "admin/venuelayoutfile.h"
#include "core/rpcresult.h"
#include "seatmap/venuelayout.h"
#include "shared/domain.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace mq::client {

class FieldErrors;
class SeatMapView;
class ServerConnection;
class TimeZoneComboBox;
class VenueListModel;

// The Venues tab: the venues seat maps are sold in, each drawn on a seat map; importing a new
// one from a JSON layout file, checked here and drawn before it is saved; deleting one that no
// performance uses.
class VenuesPage : public QWidget
{
    Q_OBJECT
public:
    explicit VenuesPage(ServerConnection *connection, QWidget *parent = nullptr);

    // The venues, loaded by refresh(); the performance form offers them too.
    VenueListModel *model() const { return m_venues; }

    void refresh();
    // Asks for a layout file (window-modal, returns at once), then imports it.
    void chooseFile();
    // Reads, checks and draws a layout file; nothing is sent until saveImport().
    void importFile(const QString &path);
    void saveImport();
    void discardImport();
    // Asks, then deletes the venue selected in the list.
    void deleteSelected();
    // Moves the venue shown to the zone chosen (its performances follow).
    void saveTimeZone();
    void focusList();

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    enum class Mode
    {
        Empty,
        Viewing,
        Importing
    };
    void setMode(Mode mode);
    void selectVenue(Id venueId);
    void showLayout(const VenueLayout &layout, const VenueLayoutFile::Counts &counts);
    void clearLayout(const QString &text = {});
    void showProblems(const QString &heading, const QStringList &problems);
    void showSaveFailure(const RpcResult &result);
    void setBusy(bool busy);
    void updateButtons();
    Id selectedVenueId() const;
    static VenueLayoutFile::Counts countsOf(const VenueLayout &layout);

    ServerConnection *m_connection;
    VenueListModel *m_venues;
    FieldErrors *m_errors;
    QHash<Id, VenueLayout> m_layouts; // a venue's layout never changes: fetched once

    QTableView *m_list;
    QPushButton *m_import;
    QPushButton *m_delete;
    QLabel *m_emptyLabel;
    QLabel *m_placeholder;
    QWidget *m_details;
    QLabel *m_title;
    QLabel *m_badge;
    QLabel *m_source;
    QWidget *m_importRow;
    QLineEdit *m_name;
    QPushButton *m_discard;
    QPushButton *m_save;
    QWidget *m_zoneRow;
    TimeZoneComboBox *m_timeZone;
    QPushButton *m_saveZone;
    QWidget *m_stats;
    QList<QLabel *>
        m_statNumbers; // seats, sections, rows, wheelchair, companion, restricted, notes
    QList<QLabel *> m_statCaptions;
    QLabel *m_sections;
    QLabel *m_message;
    QListWidget *m_problems;
    SeatMapView *m_map;

    Mode m_mode = Mode::Empty;
    VenueLayoutFile m_file;
    bool m_fileValid = false;
    Id m_shownVenueId = 0;
    quint64 m_sequence = 0; // answers for an earlier selection are dropped
    bool m_busy = false;
    bool m_loading = false;
};

} // namespace mq::client
