#pragma once

#include "shared/domain.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QJsonArray;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace mq::client {

class CatalogEventModel;
class CatalogForm;
class CatalogPerformanceModel;
class CatalogTicketTypeModel;
class EventForm;
class PerformanceForm;
class SeatCategoriesDialog;
class ServerConnection;
class TicketTypeCopier;
class TicketTypeForm;
class VenueListModel;

// The catalog tab: the events with the selected one's form under them on the left; on the right
// its performances and the selected performance's ticket types, each a table beside its form (the
// fields scroll on small screens, the buttons stay in view). A reserved performance's price
// categories are made on its seat map ("Seats and prices…"); ticket types can be copied from
// another performance.
class CatalogPage : public QWidget
{
    Q_OBJECT
public:
    explicit CatalogPage(ServerConnection *connection, QWidget *parent = nullptr);
    ~CatalogPage() override;

    void refresh();
    void newEvent();
    void newPerformance();
    void newTicketType();
    // Save or delete what the keyboard focus is in: a ticket type, a performance or the event.
    void saveCurrent();
    void deleteCurrent();
    void focusSearch();
    // The venues the performance form offers for reserved seating.
    void setVenueModel(VenueListModel *venues);
    // Opens (or raises) the seat map of the selected reserved performance, to price its seats.
    void openSeatCategories();
    // Copies the ticket types of a performance chosen in a dialog into the selected one.
    void copyTicketTypes();
    SeatCategoriesDialog *seatCategoriesDialog() const;

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    enum class Level
    {
        Event,
        Performance,
        TicketType
    };
    Level focusedLevel() const;
    void selectEvent(Id eventId);
    void selectPerformance(Id performanceId);
    void selectTicketType(Id ticketTypeId);
    // Makes the tables show the current data and selection after the model changed.
    void syncViews();
    void setLoading(bool loading);
    // The tables and "New" buttons are usable only while nothing is loading or saving.
    void updateNavigation();
    QTableView *makeTable(const QString &objectName, const QString &accessibleName);
    QWidget *makeSection(const QString &title, const QList<QPushButton *> &buttons,
                         QTableView *table, CatalogForm *form);
    void startCopy(const Performance &source, const Performance &target);
    bool isReserved(Id performanceId) const;
    // Live numbers: the performances listed are subscribed to (inventory.changed), and those
    // newly listed catch up with the server, whose numbers may have moved since the catalog
    // was read.
    QSet<Id> listedPerformances() const;
    void follow(const QSet<Id> &performanceIds);
    void catchUp(Id performanceId);
    void applyInventory(Id performanceId, const QJsonArray &ticketTypes);

    QPointer<ServerConnection> m_connection;
    CatalogEventModel *m_events;
    QSortFilterProxyModel *m_eventProxy;
    CatalogPerformanceModel *m_performances;
    CatalogTicketTypeModel *m_ticketTypes;

    QLineEdit *m_search;
    QTableView *m_eventsView;
    QPushButton *m_newEvent;
    QLabel *m_emptyLabel;
    EventForm *m_eventForm;
    QTableView *m_performancesView;
    QPushButton *m_newPerformance;
    PerformanceForm *m_performanceForm;
    QTableView *m_ticketTypesView;
    QPushButton *m_newTicketType;
    QPushButton *m_seatsAndPrices;
    QPushButton *m_copyTicketTypes;
    TicketTypeCopier *m_copier = nullptr;
    QPointer<SeatCategoriesDialog> m_seatDialog;
    TicketTypeForm *m_ticketTypeForm;
    QWidget *m_performanceSection;
    QWidget *m_ticketTypeSection;
    QWidget *m_editors;

    Id m_eventId = 0;
    Id m_performanceId = 0;
    Id m_ticketTypeId = 0;
    bool m_loading = false;
    bool m_syncing = false;
    QSet<Id> m_followed;
    // Performances whose catch-up is under way → the ticket types pushed meanwhile: a push is
    // newer than the answer, whose numbers for those are left out.
    QHash<Id, QSet<Id>> m_catchingUp;
};

} // namespace mq::client
