#pragma once

#include "core/rpcresult.h"
#include "shared/domain.h"

#include <QDateTime>
#include <QMainWindow>
#include <QSet>

#include <optional>

class QAction;
class QFrame;
class QHBoxLayout;
class QLabel;
class QProgressBar;
class QStackedWidget;
class QTabWidget;

namespace mq::client {

class OrderLookup;
class PaymentPanel;
class PerformanceSearch;
class PurchaseRequest;
class SaleResultPanel;
class SeatPicker;
class ServerConnection;
class TicketSelection;

// The ticket office counter, built for the keyboard: type part of a title and press Enter; pick a
// ticket type with 1–9 and the quantity with + and -; type the cash given and press Enter. Esc (or
// F2) starts the next customer, F3 finds an order to refund. Nothing here waits on the network:
// every request answers into the window later, with a busy state meanwhile.
// Reserved performances show their seat map under the price categories: type the number of
// seats and press F7 (or Enter in the quantity) for the best available, or F4 to pick seats on
// the map with the arrow keys and Space, Enter (or F9) to hold them; the sale then checks the
// hold out.
class BoxOfficeWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit BoxOfficeWindow(ServerConnection *connection, QWidget *parent = nullptr);

    // Clears the sale, the order look-up and the search, and focuses the search field.
    void nextCustomer();
    // Sends order.purchase for the current choice, if it can be sold and the payment is valid.
    void completeSale();
    void showSale();
    void showOrders();
    // Reserved seating: hold the best seats of the chosen category and quantity.
    void holdBestAvailable();

private:
    void createMenus();
    void updateSellable();
    void updateActions();
    void updateConnectionStatus();
    void onSaleAnswered(const RpcResult &result, std::optional<Cents> change);
    void observeOrderTime(const RpcResult &result, const QDateTime &sent);
    // To the station's printer, or into a PDF file in its ticket folder: never a dialog. Says
    // where they went, in the sale's result panel when it is that sale, and in the status bar.
    void outputTickets(const Order &order);
    void editPrintSettings();
    // The banner saying, once, that tickets go into PDF files because no printer is there.
    void updatePrintBanner();
    std::optional<Order> currentOrder() const;
    void setBusy(const QObject *source, bool busy);
    void showPerformance(const Performance &performance, const QString &title);
    bool isReserved() const;

    ServerConnection *m_connection;
    QTabWidget *m_tabs;
    QWidget *m_salePage;
    PerformanceSearch *m_search;
    TicketSelection *m_tickets;
    SeatPicker *m_seats;
    QHBoxLayout *m_saleLayout;
    QStackedWidget *m_paymentStack;
    PaymentPanel *m_payment;
    SaleResultPanel *m_result;
    OrderLookup *m_lookup;
    QLabel *m_connectionLabel;
    QFrame *m_printBanner;
    QLabel *m_printBannerText;
    bool m_printBannerDismissed = false;
    QProgressBar *m_busyBar;

    QAction *m_cashAction = nullptr;
    QAction *m_cardAction = nullptr;
    QAction *m_exactAction = nullptr;
    QAction *m_completeAction = nullptr;
    QAction *m_bestAction = nullptr;
    QAction *m_pickSeatsAction = nullptr;
    QAction *m_holdSeatsAction = nullptr;
    QAction *m_releaseSeatsAction = nullptr;
    QAction *m_printOptionAction = nullptr;
    QAction *m_refundAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_printSettingsAction = nullptr;

    QSet<const QObject *> m_busy;
    bool m_saleInFlight = false;
    PurchaseRequest *m_purchase;
    QDateTime m_saleSent;            // when the sale was sent: the order's time tells the server's clock
    std::optional<Cents> m_saleChange; // the change due for the sale in flight
};

} // namespace mq::client
