#pragma once

#include "core/rpcresult.h"
#include "shared/domain.h"
#include "shared/seating.h"

#include <QDeadlineTimer>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QTableView;
class QVBoxLayout;

namespace mq::client {

class HoldCountdown;
class SeatLegend;
class SeatListModel;
class SeatMapView;
class ServerConnection;

// Choosing seats for a reserved performance: the seat map (or the same seats as an accessible
// table), its legend and zoom buttons, "best available" (category and number of seats), the
// selection with its total, "Hold seats", and once held a countdown to the hold's end and
// "Release". Live: subscribes to the performance, applies seats.changed pushes (refetching the
// map on a version gap and after a reconnect) and finds its hold again after a reconnect.
// Paying is the host's business: it checks out hold() and then calls forgetHold().
class SeatPicker : public QWidget
{
    Q_OBJECT
public:
    enum class Style
    {
        Desktop, // the customer's window
        Kiosk,   // large touch targets, dragging pans the map
        Counter, // the box office: compact, best available comes from the host's own keys
    };

    explicit SeatPicker(ServerConnection *connection, Style style = Style::Desktop,
                        QWidget *parent = nullptr);
    ~SeatPicker() override;

    // Loads the venue (cached), the seat map and any hold this user already has on it.
    void setPerformance(const Performance &performance, const QString &eventCategory = {});
    // Forgets the performance (releasing a hold still open).
    void clear();
    const Performance &performance() const { return m_performance; }
    bool isLoaded() const { return m_mapVersion > 0; }

    SeatMapView *map() const { return m_map; }
    const std::optional<Hold> &hold() const { return m_hold; }
    // When the hold ends, as a steady deadline taken when the server's answer came (the pay
    // page counts down to the same one).
    QDeadlineTimer holdDeadline() const { return m_holdDeadline; }
    // "Stalls · Row C · 5, 6" for the held (or else the selected) seats.
    QString heldSeatsText() const;
    QString selectionText() const;
    Cents selectionTotal() const;
    bool isBusy() const { return m_busy; }
    // How many times the seat map was fetched (tests: refetch on a version gap, after a reconnect).
    int mapFetchCount() const { return m_mapFetches; }

    void setCheckoutVisible(bool visible);
    void setBestAvailableVisible(bool visible);
    // A widget above the map (not above the panel, which keeps the whole height).
    void setMapHeader(QWidget *header);

    // hold.create for the seats selected on the map (with those already held, if any).
    void holdSelected();
    // hold.bestAvailable: the best `quantity` seats together in that category.
    void bestAvailable(Id ticketTypeId, int quantity);
    void releaseHold();
    // The hold became an order: forget it without releasing.
    void forgetHold();
    // The server says the hold is gone (410 from checkout): say so and show the map afresh.
    void holdLost(const QString &why);
    void refreshMap();
    void restoreHold();
    // The countdown reached zero (or our seats were pushed back on sale): asks the server
    // whether the hold is really over, and lets it go only then.
    void checkExpiry();
    void focusMap();
    void focusBestAvailable();
    void showMessage(const QString &text, bool error = false);

Q_SIGNALS:
    void holdChanged();
    // A hold asked for here (not one found again after a reconnect) was made.
    void holdMade();
    void checkoutRequested();
    void loaded();
    void busyChanged(bool busy);

private:
    QWidget *buildMapArea();
    QWidget *buildPanel();
    void loadVenue();
    void onPush(const QString &method, const QJsonObject &params);
    void applyPendingPushes(bool justFetched);
    void adoptHold(const Hold &hold);
    void dropHold();
    void setBusy(bool busy);
    void updateSummary();
    void updateTypes();
    void requestHold(const QString &method, const QJsonObject &params,
                     const QList<Id> &reholdOnFailure);
    QString seatsText(const QList<Id> &seatIds) const;

    QPointer<ServerConnection> m_connection;
    Style m_style;
    Performance m_performance;
    QString m_eventCategory;
    bool m_subscribedHere = false;
    qint64 m_mapVersion = 0;
    int m_mapFetches = 0;
    quint64 m_mapRequest = 0;
    quint64 m_loadGeneration = 0;
    QList<QJsonObject> m_pendingPushes;
    // Started by a version gap: pushes from different server workers can arrive out of order, so
    // the missing change gets a moment to arrive before the whole map is fetched again.
    QTimer *m_gapTimer;
    std::optional<Hold> m_hold;
    QDeadlineTimer m_holdDeadline;
    bool m_busy = false;
    bool m_focusMapWhenShown = false;

    QVBoxLayout *m_mapColumn;
    QTabWidget *m_views;
    QStackedWidget *m_mapStack;
    QLabel *m_mapStatus;
    SeatMapView *m_map;
    SeatLegend *m_legend;
    SeatListModel *m_list;
    QSortFilterProxyModel *m_listFilter;
    QTableView *m_table;
    QCheckBox *m_onlyFree;
    QWidget *m_bestBox;
    QComboBox *m_type;
    QSpinBox *m_quantity;
    QPushButton *m_best;
    QLabel *m_summaryTitle;
    QLabel *m_summary;
    QLabel *m_total;
    QPushButton *m_holdButton;
    QPushButton *m_clearButton;
    HoldCountdown *m_countdown;
    QPushButton *m_release;
    QPushButton *m_checkout;
    QLabel *m_message;
};

} // namespace mq::client
