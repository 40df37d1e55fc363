#pragma once

#include "core/rpcresult.h"
#include "seatmap/venuelayout.h"
#include "shared/domain.h"
#include "shared/methods.h"

#include <QDialog>
#include <QJsonObject>
#include <QList>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace mq::client {

class SeatMapView;
class ServerConnection;

// Price categories of a reserved performance, on its seat map: the manager selects seats (a
// rectangle dragged on the map, clicks, or whole rows and sections from the list beside it), then
// makes a new price category of them, moves them into another, or blocks or unblocks them. The
// map follows seats.changed while it is open, so it shows what buyers and other managers do.
class SeatCategoriesDialog : public QDialog
{
    Q_OBJECT
public:
    SeatCategoriesDialog(ServerConnection *connection, const Performance &performance,
                         const QString &eventTitle, QWidget *parent = nullptr);
    ~SeatCategoriesDialog() override;

    Id performanceId() const { return m_performance.id; }
    SeatMapView *seatMap() const { return m_map; }
    bool isLoaded() const { return m_version > 0; }
    qint64 mapVersion() const { return m_version; }
    QList<TicketType> ticketTypes() const { return m_performance.ticketTypes; }

    // The seats of a whole section or row (indexes into the venue's sections and their rows);
    // `add` keeps what is selected already.
    void selectSection(int section, bool add);
    void selectRow(int section, int row, bool add);
    void selectCategory(Id ticketTypeId);

    // The actions, on the seats selected now. newCategory() asks for the name and price first.
    void newCategory();
    void createCategory(const QString &name, Cents priceCents);
    void moveSelection(Id ticketTypeId);
    void setSelectionBlocked(bool blocked);

    // Seats in words, one row at a time: "Stalls · Row F · Seats 12, 13".
    QString describeSeats(const QList<Id> &seatIds, int limit = 12) const;

Q_SIGNALS:
    void statusMessage(const QString &text);
    // A price category was created or its seats changed: the catalog's numbers are stale.
    void ticketTypeCreated(const mq::TicketType &ticketType);
    void catalogChanged(mq::Id performanceId);

private:
    void load();
    void loadMap();
    void onPush(const QString &method, const QJsonObject &params);
    void onInventory(Id performanceId, const QJsonArray &ticketTypes);
    void applyChange(const QJsonObject &params);
    void fillRows();
    void fillCategories();
    void updateSummary();
    void updateButtons();
    void run(Method method, const QJsonObject &params, const QString &busyText,
             const std::function<void(const QJsonObject &)> &onSuccess);
    void showResult(const QString &text, bool isError);
    void showFailure(const RpcResult &result);
    QList<Id> seatIdsOf(int firstSeat, int count) const;
    void select(const QList<Id> &ids, bool add);
    void activateRowItem(QTreeWidgetItem *item);

    ServerConnection *m_connection;
    Performance m_performance;
    QString m_eventTitle;
    VenueLayout m_layout;
    qint64 m_version = 0;       // of the map shown; 0 until it is loaded
    QList<QJsonObject> m_early; // seats.changed that came before the map
    bool m_loadingMap = false;
    bool m_busy = false;
    quint64 m_sequence = 0;

    QLabel *m_heading;
    QLabel *m_subheading;
    QTreeWidget *m_rows;
    QPushButton *m_selectRow;
    QPushButton *m_selectSection;
    QCheckBox *m_addToSelection;
    SeatMapView *m_map;
    QLabel *m_mapStatus;
    QTreeWidget *m_categories;
    QPushButton *m_newCategory;
    QPushButton *m_selectCategory;
    QLabel *m_summary;
    QComboBox *m_moveTarget;
    QPushButton *m_move;
    QPushButton *m_block;
    QPushButton *m_unblock;
    QPushButton *m_clear;
    QLabel *m_message;
};

} // namespace mq::client
