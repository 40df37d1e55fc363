#include "kiosk/kioskwindow.h"

#include "core/displayformat.h"
#include "core/serverconnection.h"
#include "customer/paymentform.h"
#include "printing/qrcode.h"
#include "printing/ticketprinter.h"
#include "seatmap/flowlayout.h"
#include "seatmap/holdcountdown.h"
#include "seatmap/seaterrors.h"
#include "seatmap/seatmapview.h"
#include "seatmap/seatpicker.h"
#include "seatmap/serverclock.h"
#include "shared/jsonfields.h"
#include "shared/methods.h"
#include "shared/utctime.h"
#include "widgets/categories.h"
#include "widgets/signinform.h"

#include <QApplication>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QCloseEvent>
#include <QPixmap>
#include <QPrinter>
#include <QPrinterInfo>
#include <QShortcut>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mq::client {

KioskWindow::KioskWindow(ServerConnection *connection, int idleSeconds, QWidget *parent)
    : QMainWindow(parent, Qt::Window | Qt::FramelessWindowHint), m_connection(connection)
{
    setObjectName(u"kioskWindow"_s);
    setWindowTitle(tr("Marquee — Self-service tickets"));
    setProperty("kiosk", true);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(u"kioskPages"_s);
    m_pages->addWidget(buildStart());
    m_pages->addWidget(buildBrowse());
    m_pages->addWidget(buildEvent());
    m_pages->addWidget(buildQuantity());
    m_pages->addWidget(buildPay());
    m_pages->addWidget(buildDone());
    m_pages->addWidget(buildSeats());
    setCentralWidget(m_pages);

    m_idle = new QTimer(this);
    m_idle->setObjectName(u"idleTimer"_s);
    m_idle->setSingleShot(true);
    m_idle->setInterval(idleSeconds * 1000);
    connect(m_idle, &QTimer::timeout, this, [this] {
        if (page() != StartPage || m_connection->isAuthenticated())
            reset();
    });
    qApp->installEventFilter(this);
    connect(m_connection, &ServerConnection::inventoryChanged, this,
            [this](Id performanceId, const QJsonArray &) {
        if (performanceId == m_performance.id && page() == EventPage)
            showPerformance(m_performances->currentRow());
    });
    connect(m_connection, &ServerConnection::sessionEnded, this, [this] {
        if (page() != StartPage)
            reset();
    });
    // Staff leave the kiosk with Ctrl+Alt+Shift+Q; customers have no way out.
    auto *leave = new QShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_Q), this);
    connect(leave, &QShortcut::activated, this, [this] {
        m_allowClose = true;
        close();
    });
    go(StartPage);
}

void KioskWindow::closeEvent(QCloseEvent *event)
{
    if (m_allowClose)
        QMainWindow::closeEvent(event);
    else
        event->ignore();
}

KioskWindow::~KioskWindow()
{
    qApp->removeEventFilter(this);
}

bool KioskWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::KeyPress:
    case QEvent::TouchBegin:
    case QEvent::Wheel:
        m_idle->start();
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void KioskWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (page() == StartPage)
        m_signIn->focusFirst();
}

KioskWindow::Page KioskWindow::page() const
{
    return Page(m_pages->currentIndex());
}

QPushButton *KioskWindow::bigButton(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setMinimumHeight(64);
    return button;
}

void KioskWindow::go(Page page)
{
    m_pages->setCurrentIndex(page);
    m_idle->start();
}

void KioskWindow::reset()
{
    if (m_subscribed) {
        m_connection->unsubscribe(m_subscribed);
        m_subscribed = 0;
    }
    // An unpaid hold goes back on sale: released before signing out, while the session that
    // made it can still release it (afterwards the server would refuse, and the seats would
    // wait for the hold to run out).
    m_seats->clear();
    if (m_connection->isAuthenticated())
        m_connection->logout(this, {});
    m_payCountdown->stop();
    m_order.reset();
    m_printStatus->clear();
    m_payment->clear();
    m_signIn->reset();
    m_signIn->setUsername({});
    go(StartPage);
    m_signIn->focusFirst();
}

QWidget *KioskWindow::buildStart()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(80, 40, 80, 40);
    layout->addStretch();
    auto *logo = new QLabel(page);
    logo->setPixmap(QIcon(u":/icons/marquee.svg"_s).pixmap(96, 96));
    logo->setAlignment(Qt::AlignCenter);
    layout->addWidget(logo);
    auto *title = new QLabel(tr("Tickets, right here"), page);
    title->setProperty("role", u"heading"_s);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    auto *hint = new QLabel(tr("Sign in or create an account to buy tickets. You will be signed out automatically when you leave."), page);
    hint->setProperty("role", u"muted"_s);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *card = new QFrame(page);
    card->setProperty("role", u"card"_s);
    card->setMaximumWidth(720);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(24, 24, 24, 24);
    m_signIn = new SignInForm(m_connection, {false, false, false}, card);
    m_signIn->setObjectName(u"kioskSignInForm"_s);
    cardLayout->addWidget(m_signIn);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(card, 1);
    row->addStretch();
    layout->addLayout(row);
    layout->addStretch();
    connect(m_signIn, &SignInForm::signedIn, this, [this](const User &user) {
        m_greeting->setText(tr("Hello, %1").arg(user.displayName));
        loadEvents({});
        go(BrowsePage);
    });
    return page;
}

QWidget *KioskWindow::buildBrowse()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(40, 24, 40, 24);
    layout->setSpacing(16);
    auto *top = new QHBoxLayout;
    m_greeting = new QLabel(page);
    m_greeting->setObjectName(u"kioskGreetingLabel"_s);
    m_greeting->setProperty("role", u"heading"_s);
    m_greeting->setWordWrap(true); // a long name wraps rather than pushing "Sign out" away
    top->addWidget(m_greeting, 1);
    auto *signOut = bigButton(tr("Sign out"), u"kioskSignOutPushButton"_s, page);
    top->addWidget(signOut, 0, Qt::AlignTop);
    layout->addLayout(top);
    // One row of categories across the screen when they fit, two on a narrow one (1024 px).
    auto *categoryBar = new QWidget(page);
    categoryBar->setObjectName(u"kioskCategoryBar"_s);
    auto *categories = new FlowLayout(categoryBar, 12, 12);
    categories->setJustified(true);
    QStringList all{QString()};
    all << Categories::all();
    for (const QString &c : std::as_const(all)) {
        auto *button = bigButton(Categories::label(c), u"category_"_s + (c.isEmpty() ? u"all"_s : c) + u"PushButton"_s, categoryBar);
        button->setProperty("role", u"category"_s);
        button->setIcon(Categories::icon(c));
        button->setIconSize(QSize(32, 32));
        connect(button, &QPushButton::clicked, this, [this, c] { loadEvents(c); });
        categories->addWidget(button);
    }
    layout->addWidget(categoryBar);
    m_events = new QListWidget(page);
    m_events->setObjectName(u"kioskEventListWidget"_s);
    m_events->setAccessibleName(tr("Events"));
    m_events->setWordWrap(true);
    m_events->setIconSize(QSize(40, 40));
    layout->addWidget(m_events, 1);
    connect(m_events, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        showEventPage(m_events->row(item));
    });
    connect(m_events, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        showEventPage(m_events->row(item));
    });
    connect(signOut, &QPushButton::clicked, this, &KioskWindow::reset);
    return page;
}

void KioskWindow::loadEvents(const QString &category)
{
    QJsonObject params{{u"from"_s, toWireTime(QDateTime::currentDateTimeUtc())}};
    if (!category.isEmpty())
        params.insert(u"category"_s, category);
    m_connection->call(methodName(Method::CatalogListEvents), params, this, [this](const RpcResult &r) {
        m_events->clear();
        m_eventData.clear();
        if (!r.ok()) {
            m_events->addItem(r.message());
            return;
        }
        const QJsonArray array = r.result.value(u"events"_s).toArray();
        for (const QJsonValue &v : array) {
            const Event e = Event::fromJson(v.toObject());
            m_eventData.append(e);
            const QString when = e.performances.isEmpty() ? QString()
                                                          : DisplayFormat::dateTime(e.performances.first().startsAt);
            auto *item = new QListWidgetItem(Categories::icon(e.category), e.title + u"\n"_s + when, m_events);
            item->setSizeHint(QSize(0, 84));
        }
        if (m_eventData.isEmpty())
            m_events->addItem(tr("Nothing on sale in this category right now."));
    });
}

QWidget *KioskWindow::buildEvent()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(40, 24, 40, 24);
    layout->setSpacing(16);
    m_eventTitle = new QLabel(page);
    m_eventTitle->setProperty("role", u"heading"_s);
    m_eventTitle->setWordWrap(true);
    layout->addWidget(m_eventTitle);
    auto *lists = new QHBoxLayout;
    m_performances = new QListWidget(page);
    m_performances->setObjectName(u"kioskPerformanceListWidget"_s);
    m_performances->setAccessibleName(tr("Dates and times"));
    m_types = new QListWidget(page);
    m_types->setObjectName(u"kioskTicketTypeListWidget"_s);
    m_types->setAccessibleName(tr("Tickets"));
    lists->addWidget(m_performances, 1);
    lists->addWidget(m_types, 1);
    layout->addLayout(lists, 1);
    auto *buttons = new QHBoxLayout;
    auto *back = bigButton(tr("Back"), u"kioskEventBackPushButton"_s, page);
    m_choose = bigButton(tr("Choose tickets"), u"kioskChoosePushButton"_s, page);
    m_choose->setProperty("role", u"primary"_s);
    buttons->addWidget(back);
    buttons->addStretch();
    buttons->addWidget(m_choose);
    layout->addLayout(buttons);
    connect(back, &QPushButton::clicked, this, [this] { go(BrowsePage); });
    connect(m_performances, &QListWidget::currentRowChanged, this, &KioskWindow::showPerformance);
    connect(m_types, &QListWidget::currentRowChanged, this, [this](int row) {
        m_choose->setEnabled(row >= 0 && row < m_performance.ticketTypes.size()
                             && m_performance.ticketTypes.at(row).remaining() > 0);
    });
    connect(m_choose, &QPushButton::clicked, this, [this] {
        const int row = m_types->currentRow();
        if (row < 0 || row >= m_performance.ticketTypes.size())
            return;
        m_type = m_performance.ticketTypes.at(row);
        if (isSeated()) {
            m_seatsTitle->setText(m_event.title);
            m_seatsWhen->setText(DisplayFormat::dateTime(m_performance.startsAt) + u"  ·  "_s
                                 + m_performance.venue);
            m_seats->setPerformance(m_performance, m_event.category);
            go(SeatsPage);
            return;
        }
        m_quantity = 1;
        updateQuantity();
        go(QuantityPage);
    });
    return page;
}

void KioskWindow::showEventPage(int row)
{
    if (row < 0 || row >= m_eventData.size())
        return;
    m_event = m_eventData.at(row);
    m_eventTitle->setText(m_event.title);
    m_performances->clear();
    for (const Performance &p : std::as_const(m_event.performances)) {
        auto *item = new QListWidgetItem(DisplayFormat::dateTime(p.startsAt) + u"\n"_s + p.venue, m_performances);
        item->setSizeHint(QSize(0, 76));
    }
    go(EventPage);
    m_performances->setCurrentRow(0);
}

void KioskWindow::showPerformance(int row)
{
    m_types->clear();
    m_choose->setEnabled(false); // until its ticket types are in
    if (row < 0 || row >= m_event.performances.size())
        return;
    const Id performanceId = m_event.performances.at(row).id;
    if (m_subscribed != performanceId) {
        if (m_subscribed)
            m_connection->unsubscribe(m_subscribed);
        m_connection->subscribe(performanceId);
        m_subscribed = performanceId;
    }
    m_connection->call(methodName(Method::CatalogGetPerformance), {{u"performanceId"_s, performanceId}}, this,
                       [this, performanceId](const RpcResult &r) {
        if (!r.ok() || m_event.performances.isEmpty())
            return;
        m_performance = Performance::fromJson(r.result.value(u"performance"_s).toObject());
        if (m_performance.id != performanceId)
            return;
        const int keep = qMax(0, m_types->currentRow());
        m_types->clear();
        for (const TicketType &t : std::as_const(m_performance.ticketTypes)) {
            const QString left = t.remaining() > 0 ? tr("%Ln left", nullptr, int(t.remaining())) : tr("Sold out");
            auto *item = new QListWidgetItem(u"%1 — %2\n%3"_s.arg(t.name, DisplayFormat::money(t.priceCents), left), m_types);
            item->setSizeHint(QSize(0, 76));
            if (t.remaining() <= 0)
                item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        }
        m_types->setCurrentRow(qMin(keep, int(m_types->count()) - 1));
        m_choose->setText(isSeated() ? tr("Choose seats") : tr("Choose tickets"));
    });
}

QWidget *KioskWindow::buildQuantity()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(80, 40, 80, 40);
    layout->setSpacing(20);
    m_quantityTitle = new QLabel(page);
    m_quantityTitle->setProperty("role", u"heading"_s);
    m_quantityTitle->setWordWrap(true);
    layout->addWidget(m_quantityTitle);
    auto *row = new QHBoxLayout;
    auto *minus = bigButton(u"−"_s, u"kioskMinusPushButton"_s, page);
    minus->setAccessibleName(tr("One ticket fewer"));
    minus->setMinimumWidth(120);
    auto *plus = bigButton(u"+"_s, u"kioskPlusPushButton"_s, page);
    plus->setAccessibleName(tr("One ticket more"));
    plus->setMinimumWidth(120);
    m_quantityLabel = new QLabel(page);
    m_quantityLabel->setObjectName(u"kioskQuantityLabel"_s);
    m_quantityLabel->setProperty("role", u"display"_s);
    m_quantityLabel->setAlignment(Qt::AlignCenter);
    m_quantityLabel->setMinimumWidth(200);
    row->addStretch();
    row->addWidget(minus);
    row->addWidget(m_quantityLabel);
    row->addWidget(plus);
    row->addStretch();
    layout->addLayout(row);
    m_total = new QLabel(page);
    m_total->setObjectName(u"kioskTotalLabel"_s);
    m_total->setProperty("role", u"display"_s);
    m_total->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_total);
    layout->addStretch();
    auto *buttons = new QHBoxLayout;
    auto *back = bigButton(tr("Back"), u"kioskQuantityBackPushButton"_s, page);
    auto *next = bigButton(tr("Pay by card"), u"kioskToPaymentPushButton"_s, page);
    next->setProperty("role", u"primary"_s);
    buttons->addWidget(back);
    buttons->addStretch();
    buttons->addWidget(next);
    layout->addLayout(buttons);
    connect(minus, &QPushButton::clicked, this, [this] {
        m_quantity = qMax(1, m_quantity - 1);
        updateQuantity();
    });
    connect(plus, &QPushButton::clicked, this, [this] {
        m_quantity = int(std::min<qint64>({qint64(m_quantity + 1), qint64(20), qMax<qint64>(1, m_type.remaining())}));
        updateQuantity();
    });
    connect(back, &QPushButton::clicked, this, [this] { go(EventPage); });
    connect(next, &QPushButton::clicked, this, [this] {
        m_payment->clear();
        go(PayPage);
        m_payment->focusFirst();
    });
    return page;
}

void KioskWindow::updateQuantity()
{
    m_quantityTitle->setText(u"%1 — %2"_s.arg(m_event.title, m_type.name));
    m_quantityLabel->setText(QString::number(m_quantity));
    m_quantityLabel->setAccessibleName(tr("%n ticket(s)", nullptr, m_quantity));
    Cents total = 0;
    multiplyCents(m_type.priceCents, m_quantity, &total);
    m_total->setText(tr("Total %1").arg(DisplayFormat::money(total)));
    m_payTotal->setText(m_total->text());
}

QWidget *KioskWindow::buildPay()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(80, 40, 80, 40);
    m_payTotal = new QLabel(page);
    m_payTotal->setObjectName(u"kioskPayTotalLabel"_s);
    m_payTotal->setProperty("role", u"heading"_s);
    m_payTotal->setWordWrap(true); // the seats of a big hold fill more than a line
    layout->addWidget(m_payTotal);
    m_payCountdown = new HoldCountdown(page);
    m_payCountdown->setObjectName(u"kioskPayCountdownLabel"_s);
    // Zero here too: the seat picker asks the server; the hold may well still be there.
    connect(m_payCountdown, &HoldCountdown::expired, m_payCountdown, [this] { m_payCountdown->setChecking(true); });
    layout->addWidget(m_payCountdown);
    m_payment = new PaymentForm(page);
    layout->addWidget(m_payment);
    layout->addStretch();
    auto *buttons = new QHBoxLayout;
    auto *back = bigButton(tr("Back"), u"kioskPayBackPushButton"_s, page);
    m_pay = bigButton(tr("Pay"), u"kioskPayPushButton"_s, page);
    m_pay->setProperty("role", u"primary"_s);
    buttons->addWidget(back);
    buttons->addStretch();
    buttons->addWidget(m_pay);
    layout->addLayout(buttons);
    connect(back, &QPushButton::clicked, this, [this] { go(isSeated() ? SeatsPage : QuantityPage); });
    connect(m_pay, &QPushButton::clicked, this, &KioskWindow::pay);
    return page;
}

void KioskWindow::pay()
{
    const auto token = m_payment->tokenize();
    if (!token)
        return;
    m_pay->setEnabled(false);
    m_pay->setText(tr("Paying…"));
    if (isSeated()) {
        const auto &hold = m_seats->hold();
        if (!hold) {
            m_pay->setEnabled(true);
            m_pay->setText(tr("Pay"));
            go(SeatsPage);
            return;
        }
        const QJsonObject params{{u"holdId"_s, hold->id},
                                 {u"payment"_s, QJsonObject{{u"provider"_s, u"sandbox"_s}, {u"token"_s, *token}}}};
        const QDateTime sent = ServerClock::of(m_connection)->localNow();
        m_connection->call(methodName(Method::OrderCheckout), params, this, [this, sent](const RpcResult &r) {
            m_pay->setEnabled(true);
            m_pay->setText(tr("Pay"));
            if (r.ok()) {
                ServerClock::of(m_connection)->observeOrder(r.result.value(u"order"_s).toObject(), sent);
                m_seats->forgetHold();
                m_payCountdown->stop();
                showOrder(Order::fromJson(r.result.value(u"order"_s).toObject()));
                return;
            }
            if (r.is(ErrorCode::Gone)) {
                m_payCountdown->stop();
                m_seats->holdLost(SeatErrors::message(r, &m_seats->map()->venueLayout()));
                go(SeatsPage);
                return;
            }
            const bool unknown = r.kind == RpcResult::Kind::Timeout || r.kind == RpcResult::Kind::Disconnected;
            m_payment->showDeclined(unknown ? tr("The connection dropped before the payment was confirmed. "
                                                 "Please ask a member of staff before paying again.")
                                    : r.is(ErrorCode::PaymentDeclined)
                                        ? tr("%1 Your seats are still held: try another card.").arg(r.message())
                                        : SeatErrors::message(r, &m_seats->map()->venueLayout()));
        }, 30000);
        return;
    }
    const QJsonObject params{{u"ticketTypeId"_s, m_type.id},
                             {u"quantity"_s, m_quantity},
                             {u"payment"_s, QJsonObject{{u"provider"_s, u"sandbox"_s}, {u"token"_s, *token}}}};
    const QDateTime sent = ServerClock::of(m_connection)->localNow();
    m_connection->call(methodName(Method::OrderPurchase), params, this, [this, sent](const RpcResult &r) {
        m_pay->setEnabled(true);
        m_pay->setText(tr("Pay"));
        if (r.ok()) // the order's time is the server's: how far this computer's clock is off
            ServerClock::of(m_connection)->observeOrder(r.result.value(u"order"_s).toObject(), sent);
        if (!r.ok()) {
            const bool unknown = r.kind == RpcResult::Kind::Timeout || r.kind == RpcResult::Kind::Disconnected;
            m_payment->showDeclined(unknown ? tr("The connection dropped before the purchase was confirmed. "
                                                 "Please ask a member of staff before paying again.")
                                            : r.message());
            return;
        }
        showOrder(Order::fromJson(r.result.value(u"order"_s).toObject()));
    });
}

void KioskWindow::showOrder(const Order &order)
{
    m_order = order;
    m_doneCode->setText(m_order->code);
    if (!m_order->tickets.isEmpty())
        m_doneQr->setPixmap(QPixmap::fromImage(QrCode::image(m_order->tickets.first().code, 6, 4)));
    QString summary = tr("%n ticket(s) for %1, %2. Paid %3.", nullptr, int(m_order->tickets.size()))
                          .arg(m_event.title, DisplayFormat::dateTime(m_performance.startsAt),
                               DisplayFormat::money(m_order->totalCents));
    QStringList places;
    for (const Ticket &t : std::as_const(m_order->tickets)) {
        if (t.seatId > 0)
            places << DisplayFormat::seatPlace(t.seat);
    }
    if (!places.isEmpty())
        summary += u"\n"_s + places.join(u"\n"_s);
    m_doneSummary->setText(summary);
    go(DonePage);
}

QWidget *KioskWindow::buildSeats()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(32, 20, 32, 20);
    m_seats = new SeatPicker(m_connection, SeatPicker::Style::Kiosk, page);
    layout->addWidget(m_seats, 1);
    // Above the map only, so the panel beside it keeps the screen's whole height (1024 × 700):
    // "Back", the event and when and where it is.
    auto *header = new QWidget(page);
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(0, 0, 0, 0);
    headerLayout->setSpacing(16);
    auto *back = bigButton(tr("Back"), u"kioskSeatsBackPushButton"_s, header);
    headerLayout->addWidget(back, 0, Qt::AlignTop);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    m_seatsTitle = new QLabel(header);
    m_seatsTitle->setObjectName(u"kioskSeatsTitleLabel"_s);
    m_seatsTitle->setProperty("role", u"subheading"_s);
    m_seatsTitle->setWordWrap(true);
    m_seatsWhen = new QLabel(header);
    m_seatsWhen->setObjectName(u"kioskSeatsWhenLabel"_s);
    m_seatsWhen->setProperty("role", u"muted"_s);
    m_seatsWhen->setWordWrap(true);
    titles->addWidget(m_seatsTitle);
    titles->addWidget(m_seatsWhen);
    headerLayout->addLayout(titles, 1);
    m_seats->setMapHeader(header);
    connect(back, &QPushButton::clicked, this, [this] {
        m_seats->clear(); // leaving the map lets the seats go
        go(EventPage);
    });
    connect(m_seats, &SeatPicker::checkoutRequested, this, [this] {
        const auto &hold = m_seats->hold();
        if (!hold)
            return;
        m_payTotal->setText(tr("Total %1").arg(DisplayFormat::money(hold->totalCents())) + u" · "_s
                            + m_seats->heldSeatsText().replace(u'\n', u"; "_s));
        m_payCountdown->start(m_seats->holdDeadline());
        m_payment->clear();
        go(PayPage);
        m_payment->focusFirst();
    });
    connect(m_seats, &SeatPicker::holdChanged, this, [this] {
        // The hold ran out while paying: back to the seats, which say why.
        if (!m_seats->hold() && this->page() == PayPage && isSeated()) {
            m_payCountdown->stop();
            go(SeatsPage);
        }
    });
    return page;
}

QWidget *KioskWindow::buildDone()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(80, 40, 80, 40);
    layout->setSpacing(16);
    auto *title = new QLabel(tr("Your tickets are booked"), page);
    title->setProperty("role", u"heading"_s);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    m_doneCode = new QLabel(page);
    m_doneCode->setObjectName(u"kioskOrderCodeLabel"_s);
    m_doneCode->setProperty("role", u"display"_s);
    m_doneCode->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_doneCode);
    m_doneQr = new QLabel(page);
    m_doneQr->setAlignment(Qt::AlignCenter);
    m_doneQr->setAccessibleName(tr("QR code of your first ticket"));
    layout->addWidget(m_doneQr);
    m_doneSummary = new QLabel(page);
    m_doneSummary->setAlignment(Qt::AlignCenter);
    m_doneSummary->setWordWrap(true);
    layout->addWidget(m_doneSummary);
    layout->addStretch();
    auto *buttons = new QHBoxLayout;
    auto *print = bigButton(tr("Print tickets"), u"kioskPrintPushButton"_s, page);
    auto *finish = bigButton(tr("Finish and sign out"), u"kioskFinishPushButton"_s, page);
    finish->setProperty("role", u"primary"_s);
    buttons->addWidget(print);
    buttons->addStretch();
    buttons->addWidget(finish);
    layout->addLayout(buttons);
    m_printStatus = new QLabel(page);
    m_printStatus->setObjectName(u"kioskPrintStatusLabel"_s);
    m_printStatus->setAlignment(Qt::AlignCenter);
    m_printStatus->setWordWrap(true);
    layout->insertWidget(layout->count() - 1, m_printStatus);
    connect(print, &QPushButton::clicked, this, [this] {
        if (!m_order)
            return;
        // Straight to the kiosk's own printer: a print dialog would lead out to the file system.
        const QPrinterInfo printer = QPrinterInfo::defaultPrinter();
        if (printer.isNull()) {
            m_printStatus->setText(tr("This kiosk has no printer. Show the QR code above at the entrance, "
                                      "or find your tickets under “My tickets” when you sign in at home."));
            return;
        }
        QPrinter device(printer, QPrinter::HighResolution);
        m_printStatus->setText(TicketPrinter::print(*m_order, &device, TicketPrinter::Layout::OnePerPage)
                                   ? tr("Printing your tickets…")
                                   : tr("The tickets could not be printed. Please ask a member of staff."));
    });
    connect(finish, &QPushButton::clicked, this, &KioskWindow::reset);
    return page;
}

} // namespace mq::client
