#pragma once

#include "shared/domain.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace mq::client {

class HoldCountdown;
class PaymentForm;
class SeatPicker;
class ServerConnection;
class SignInForm;

// Self-service mode: full screen, large touch targets, no way out to the desktop. The flow is
// sign in → browse → choose → pay → print; after `idleSeconds` without input it signs out and
// returns to the start screen. Reserved performances choose seats on a touch-sized seat map
// (held while paying, released when the customer walks away).
class KioskWindow : public QMainWindow
{
    Q_OBJECT
public:
    // SeatsPage comes last so the older pages keep their numbers.
    enum Page { StartPage, BrowsePage, EventPage, QuantityPage, PayPage, DonePage, SeatsPage };

    KioskWindow(ServerConnection *connection, int idleSeconds, QWidget *parent = nullptr);
    ~KioskWindow() override;

    Page page() const;
    // Back to the start screen, signing out: after idling, or when the customer is done.
    void reset();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *buildStart();
    QWidget *buildBrowse();
    QWidget *buildEvent();
    QWidget *buildQuantity();
    QWidget *buildPay();
    QWidget *buildDone();
    QWidget *buildSeats();
    bool isSeated() const { return m_performance.seating == SeatingReserved; }
    void showOrder(const Order &order);
    void go(Page page);
    void loadEvents(const QString &category);
    void showEventPage(int row);
    void showPerformance(int row);
    void updateQuantity();
    void pay();
    QPushButton *bigButton(const QString &text, const QString &objectName, QWidget *parent);

    ServerConnection *m_connection;
    QTimer *m_idle;
    QStackedWidget *m_pages;
    SignInForm *m_signIn = nullptr;
    QLabel *m_greeting = nullptr;
    QListWidget *m_events = nullptr;
    QList<Event> m_eventData;
    QLabel *m_eventTitle = nullptr;
    QListWidget *m_performances = nullptr;
    QListWidget *m_types = nullptr;
    QPushButton *m_choose = nullptr;
    QLabel *m_quantityTitle = nullptr;
    QLabel *m_quantityLabel = nullptr;
    QLabel *m_total = nullptr;
    PaymentForm *m_payment = nullptr;
    QLabel *m_payTotal = nullptr;
    QPushButton *m_pay = nullptr;
    HoldCountdown *m_payCountdown = nullptr;
    SeatPicker *m_seats = nullptr;
    QLabel *m_seatsTitle = nullptr;
    QLabel *m_seatsWhen = nullptr;
    QLabel *m_doneCode = nullptr;
    QLabel *m_doneQr = nullptr;
    QLabel *m_doneSummary = nullptr;
    QLabel *m_printStatus = nullptr;
    bool m_allowClose = false;
    Event m_event;
    Performance m_performance;
    TicketType m_type;
    int m_quantity = 1;
    std::optional<Order> m_order;
    Id m_subscribed = 0;
};

} // namespace mq::client
