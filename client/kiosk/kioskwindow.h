#pragma once

#include "core/rpcresult.h"
#include "shared/domain.h"

#include <QDateTime>
#include <QHash>
#include <QMainWindow>

class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTimer;
class QVBoxLayout;

namespace mq::client {

class FlowLayout;
class HoldCountdown;
class PaymentForm;
class PurchaseRequest;
class QueueStatus;
class SeatPicker;
class ServerConnection;
class SignInForm;

// Self-service mode: full screen, large touch targets, no way out to the desktop. The flow is
// sign in (or buy without an account, as a guest) → browse → choose → pay → the order code and
// one QR code per ticket, printed on request; after `idleSeconds` without input it signs out and
// returns to the start screen. General admission buys several ticket types as one order
// ("2 Adult + 1 Child"); reserved performances choose seats on a touch-sized seat map (held while
// paying, released when the customer walks away).
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
    void startGuest();
    void enterBrowse(const User &user);
    void showOrder(const Order &order);
    void go(Page page);
    void loadEvents(const QString &category);
    void showEventPage(int row);
    void showPerformance(int row);
    void updateChoose();
    // The quantity page for the current performance, starting with one ticket of `typeId`.
    void startBasket(Id typeId);
    void updateQuantity();
    // "2 Adult + 1 Child"
    QString basketText() const;
    int basketTickets() const;
    void pay();
    void onPurchaseAnswered(const RpcResult &r);
    void basketRefused(const RpcResult &r);
    QPushButton *bigButton(const QString &text, const QString &objectName, QWidget *parent);

    ServerConnection *m_connection;
    QTimer *m_idle;
    QStackedWidget *m_pages;
    SignInForm *m_signIn = nullptr;
    QPushButton *m_guestButton = nullptr;
    QLabel *m_guestStatus = nullptr;
    QLabel *m_greeting = nullptr;
    QPushButton *m_signOut = nullptr;
    QListWidget *m_events = nullptr;
    QList<Event> m_eventData;
    QLabel *m_eventTitle = nullptr;
    QListWidget *m_performances = nullptr;
    QListWidget *m_types = nullptr;
    QPushButton *m_choose = nullptr;
    QLabel *m_quantityTitle = nullptr;
    QLabel *m_quantityWhen = nullptr;
    QWidget *m_quantityRows = nullptr;
    QVBoxLayout *m_quantityRowsLayout = nullptr;
    QLabel *m_quantityError = nullptr;
    QLabel *m_basketLabel = nullptr;
    QLabel *m_total = nullptr;
    QPushButton *m_toPayment = nullptr;
    PaymentForm *m_payment = nullptr;
    QLabel *m_payTotal = nullptr;
    QPushButton *m_pay = nullptr;
    QPushButton *m_payBack = nullptr;
    PurchaseRequest *m_purchase = nullptr;
    QueueStatus *m_queue = nullptr;
    QDateTime m_paySent;     // when Pay was pressed: the order's time tells the server's clock
    bool m_paySeated = false; // the purchase in flight checks a hold out
    Id m_payOnlyType = 0;     // the one kind of ticket of a one-line basket in flight
    HoldCountdown *m_payCountdown = nullptr;
    SeatPicker *m_seats = nullptr;
    QLabel *m_seatsTitle = nullptr;
    QLabel *m_seatsWhen = nullptr;
    QLabel *m_doneCode = nullptr;
    QLabel *m_doneHint = nullptr;
    QScrollArea *m_doneTicketsArea = nullptr;
    QWidget *m_doneTickets = nullptr;
    FlowLayout *m_doneTicketsLayout = nullptr;
    QLabel *m_doneSummary = nullptr;
    QLabel *m_printStatus = nullptr;
    QPushButton *m_finish = nullptr;
    bool m_allowClose = false;
    Event m_event;
    Performance m_performance;
    QHash<Id, int> m_basket; // ticket type → how many, general admission
    bool m_guest = false;    // bought without an account: nothing to find at home
    std::optional<Order> m_order;
    Id m_subscribed = 0;
};

} // namespace mq::client
