#pragma once

#include "shared/domain.h"

#include <QSet>
#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTimer;

namespace mq::client {

class EventListModel;
class ServerConnection;
class TicketTypeModel;

// Browse what is on sale: categories, search as you type, a date range; an event's performances
// and the chosen performance's ticket types with live numbers. Every performance of the event on
// screen is subscribed to, so its "left" follows sales made anywhere.
class CatalogBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit CatalogBrowser(ServerConnection *connection, QWidget *parent = nullptr);

    void refresh();
    void focusSearch();

Q_SIGNALS:
    void buyRequested(const mq::Event &event, const mq::Performance &performance, mq::Id ticketTypeId);
    void statusMessage(const QString &text);

private:
    void showEvent(int row);
    void showPerformance(int row);
    // Each listed performance's text again, from the numbers the event list now has.
    void updatePerformanceItems();
    void subscribeTo(const QSet<Id> &performanceIds);
    static QString performanceText(const Performance &performance);
    void requestBuy();
    QJsonObject filter() const;

    ServerConnection *m_connection;
    QStandardItemModel *m_categories;
    QListView *m_categoryView;
    QLineEdit *m_search;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTimer *m_debounce;
    EventListModel *m_events;
    QListView *m_eventView;
    QLabel *m_emptyLabel;
    QLabel *m_eventTitle;
    QLabel *m_eventDescription;
    QStandardItemModel *m_performances;
    QListView *m_performanceView;
    TicketTypeModel *m_ticketTypes;
    QTableView *m_ticketTypeView;
    QPushButton *m_buy;
    QSet<Id> m_subscribed; // the performances of the event on screen
    int m_generation = 0; // answers to older searches are ignored
};

} // namespace mq::client
