#include "kiosk/kioskwindow.h"

#include "core/displayformat.h"
#include "core/purchaserequest.h"
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
#include "shared/money.h"
#include "shared/utctime.h"
#include "widgets/categories.h"
#include "widgets/queuestatus.h"
#include "widgets/signinform.h"

#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QPrinter>
#include <QPrinterInfo>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mq::client {

namespace {

// The server's limits for one order (docs/protocol.md, order.purchase with items).
constexpr int MaxTicketsPerOrder = 20;
constexpr int MaxBasketLines = 10;
// Pixels per QR module on the done page: 165 px codes that a scanner reads off the screen.
constexpr int QrSidePixels = 170; // a ticket code at 5 px a module, a signed payload at 3

// Deleted now, not later: a new order's tickets never share the page with the last one's.
void deleteItems(QLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

bool purchasable(const TicketType &t)
{
    return t.onSale && t.remaining() > 0;
}

// "¥50.00", or "from ¥50.00" when the prices differ; empty without a ticket type on sale.
QString priceText(const QList<TicketType> &types)
{
    std::optional<Cents> low;
    std::optional<Cents> high;
    for (const TicketType &t : types) {
        if (!t.onSale)
            continue;
        low = low ? std::min(*low, t.priceCents) : t.priceCents;
        high = high ? std::max(*high, t.priceCents) : t.priceCents;
    }
    if (!low)
        return {};
    return *low == *high ? DisplayFormat::money(*low)
                         : KioskWindow::tr("from %1").arg(DisplayFormat::money(*low));
}

} // namespace

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
        if (m_purchase->isRunning()) {
            m_idle->start(); // waiting for the server (in the queue, say) is not walking away
            return;
        }
        if (page() != StartPage || m_connection->isAuthenticated())
            reset();
    });
    qApp->installEventFilter(this);
    connect(m_connection, &ServerConnection::inventoryChanged, this,
            [this](Id performanceId, const QJsonArray &) {
        // What is left of each ticket type, on the page that shows it.
        if (performanceId == m_performance.id && (page() == EventPage || page() == QuantityPage))
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
    // A guest's session ends here too: its token stops working, and nothing of it stays behind.
    if (m_connection->isAuthenticated())
        m_connection->logout(this, {});
    m_guest = false;
    m_payCountdown->stop();
    m_order.reset();
    m_basket.clear();
    m_doneCode->clear();
    m_doneHint->clear();
    m_doneSummary->clear();
    deleteItems(m_doneTicketsLayout);
    m_printStatus->clear();
    m_quantityError->clear();
    m_payment->clear();
    m_guestStatus->clear();
    m_guestButton->setEnabled(true);
    m_signIn->reset();
    m_signIn->setUsername({});
    go(StartPage);
    m_signIn->focusFirst();
}

QWidget *KioskWindow::buildStart()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(40, 32, 40, 32);
    layout->setSpacing(12);
    layout->addStretch();
    auto *logo = new QLabel(page);
    logo->setPixmap(QIcon(u":/icons/marquee.svg"_s).pixmap(96, 96));
    logo->setAlignment(Qt::AlignCenter);
    layout->addWidget(logo);
    auto *title = new QLabel(tr("Tickets, right here"), page);
    title->setProperty("role", u"heading"_s);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    auto *hint = new QLabel(tr("Sign in, create an account, or buy without one. You will be signed out "
                               "automatically when you leave."),
                            page);
    hint->setProperty("role", u"muted"_s);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    auto *card = new QFrame(page);
    card->setProperty("role", u"card"_s);
    card->setMaximumWidth(640);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(24, 24, 24, 24);
    m_signIn = new SignInForm(m_connection, {false, false, false}, card);
    m_signIn->setObjectName(u"kioskSignInForm"_s);
    cardLayout->addWidget(m_signIn);

    // Buying without an account: as large as signing in, beside it.
    auto *guestCard = new QFrame(page);
    guestCard->setObjectName(u"kioskGuestCard"_s);
    guestCard->setProperty("role", u"card"_s);
    guestCard->setMaximumWidth(480);
    auto *guestLayout = new QVBoxLayout(guestCard);
    guestLayout->setContentsMargins(24, 24, 24, 24);
    guestLayout->setSpacing(12);
    auto *guestTitle = new QLabel(tr("No account?"), guestCard);
    guestTitle->setProperty("role", u"subheading"_s);
    guestTitle->setWordWrap(true);
    guestLayout->addWidget(guestTitle);
    auto *guestText = new QLabel(tr("Pay by card and take your tickets as QR codes or on paper, with an "
                                    "order code for the box office. Nothing is kept on this kiosk."),
                                 guestCard);
    guestText->setWordWrap(true);
    guestLayout->addWidget(guestText);
    guestLayout->addStretch();
    m_guestButton = bigButton(tr("Buy without an account"), u"kioskGuestPushButton"_s, guestCard);
    m_guestButton->setProperty("role", u"primary"_s);
    guestLayout->addWidget(m_guestButton);
    m_guestStatus = new QLabel(guestCard);
    m_guestStatus->setObjectName(u"kioskGuestStatusLabel"_s);
    m_guestStatus->setWordWrap(true);
    guestLayout->addWidget(m_guestStatus);

    auto *row = new QHBoxLayout;
    row->setSpacing(24);
    row->addStretch();
    row->addWidget(card, 3);
    row->addWidget(guestCard, 2);
    row->addStretch();
    layout->addLayout(row);
    layout->addStretch();
    connect(m_signIn, &SignInForm::signedIn, this, [this](const User &user) {
        m_guest = false;
        enterBrowse(user);
    });
    connect(m_guestButton, &QPushButton::clicked, this, &KioskWindow::startGuest);
    return page;
}

void KioskWindow::startGuest()
{
    m_guestButton->setEnabled(false);
    m_guestStatus->setText(tr("Just a moment…"));
    m_connection->loginAsGuest(this, [this](const RpcResult &r) {
        m_guestButton->setEnabled(true);
        if (!r.ok()) {
            m_guestStatus->setText(r.message());
            return;
        }
        m_guestStatus->clear();
        m_guest = true;
        enterBrowse(m_connection->user().value_or(User{}));
    });
}

void KioskWindow::enterBrowse(const User &user)
{
    m_greeting->setText(m_guest ? tr("Buying without an account") : tr("Hello, %1").arg(user.displayName));
    // A guest has nothing to sign out of: they start over.
    m_signOut->setText(m_guest ? tr("Start over") : tr("Sign out"));
    m_finish->setText(m_guest ? tr("Finish") : tr("Finish and sign out"));
    loadEvents({});
    go(BrowsePage);
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
    m_signOut = bigButton(tr("Sign out"), u"kioskSignOutPushButton"_s, page);
    top->addWidget(m_signOut, 0, Qt::AlignTop);
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
    connect(m_signOut, &QPushButton::clicked, this, &KioskWindow::reset);
    return page;
}

void KioskWindow::loadEvents(const QString &category)
{
    QJsonObject params{{u"from"_s, toWireTime(QDateTime::currentDateTimeUtc())}};
    if (!category.isEmpty())
        params.insert(u"category"_s, category);
    m_connection->callAllPages(methodName(Method::CatalogListEvents), params, u"events"_s, this, [this](const RpcResult &r) {
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
            QStringList details;
            QList<TicketType> types;
            if (!e.performances.isEmpty())
                details << DisplayFormat::showTime(e.performances.first().startsAt, e.performances.first().timeZone);
            for (const Performance &p : e.performances)
                types << p.ticketTypes;
            if (const QString price = priceText(types); !price.isEmpty())
                details << price;
            new QListWidgetItem(Categories::icon(e.category), e.title + u"\n"_s + details.join(u"  ·  "_s),
                                m_events);
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
    m_performances->setWordWrap(true);
    m_types = new QListWidget(page);
    m_types->setObjectName(u"kioskTicketTypeListWidget"_s);
    m_types->setAccessibleName(tr("Tickets"));
    m_types->setWordWrap(true);
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
    connect(m_types, &QListWidget::currentRowChanged, this, &KioskWindow::updateChoose);
    connect(m_choose, &QPushButton::clicked, this, [this] {
        if (isSeated()) {
            m_seatsTitle->setText(m_event.title);
            m_seatsWhen->setText(DisplayFormat::showTime(m_performance.startsAt, m_performance.timeZone) + u"  ·  "_s
                                 + m_performance.venue);
            m_seats->setPerformance(m_performance, m_event.category);
            go(SeatsPage);
            return;
        }
        // One ticket of the chosen type to start with; the quantity page adds the others.
        const int row = m_types->currentRow();
        const bool chosen = row >= 0 && row < m_performance.ticketTypes.size()
                            && purchasable(m_performance.ticketTypes.at(row));
        Id typeId = chosen ? m_performance.ticketTypes.at(row).id : 0;
        for (const TicketType &t : std::as_const(m_performance.ticketTypes)) {
            if (!typeId && purchasable(t))
                typeId = t.id;
        }
        if (!typeId)
            return;
        startBasket(typeId);
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
        // When, where and for how much: the prices are on this page before anything is chosen.
        QString text = DisplayFormat::showTime(p.startsAt, p.timeZone) + u"\n"_s + p.venue;
        if (const QString price = priceText(p.ticketTypes); !price.isEmpty())
            text += u"  ·  "_s + price;
        new QListWidgetItem(text, m_performances);
    }
    go(EventPage);
    m_performances->setCurrentRow(0);
}

void KioskWindow::showPerformance(int row)
{
    if (page() == EventPage) {
        m_types->clear();
        m_choose->setEnabled(false); // until its ticket types are in
    }
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
        const Performance performance = Performance::fromJson(r.result.value(u"performance"_s).toObject());
        if (performance.id != performanceId)
            return;
        if (page() == QuantityPage && performance.id != m_performance.id)
            return; // an answer for a performance no longer being bought
        m_performance = performance;
        const int keep = qMax(0, m_types->currentRow());
        m_types->clear();
        for (const TicketType &t : std::as_const(m_performance.ticketTypes)) {
            const QString left = !t.onSale ? tr("Not on sale")
                                 : t.remaining() > 0 ? tr("%Ln left", nullptr, int(t.remaining()))
                                                     : tr("Sold out");
            auto *item = new QListWidgetItem(u"%1 — %2\n%3"_s.arg(t.name, DisplayFormat::money(t.priceCents), left),
                                             m_types);
            if (!purchasable(t))
                item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        }
        m_types->setCurrentRow(qMin(keep, int(m_types->count()) - 1));
        m_choose->setText(isSeated() ? tr("Choose seats") : tr("Choose tickets"));
        updateChoose();
        if (page() == QuantityPage)
            updateQuantity();
    });
}

void KioskWindow::updateChoose()
{
    const bool any = std::any_of(m_performance.ticketTypes.cbegin(), m_performance.ticketTypes.cend(), purchasable);
    m_choose->setEnabled(any && m_performances->currentRow() >= 0
                         && m_event.performances.value(m_performances->currentRow()).id == m_performance.id);
}

QWidget *KioskWindow::buildQuantity()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(40, 24, 40, 24);
    layout->setSpacing(12);
    m_quantityTitle = new QLabel(page);
    m_quantityTitle->setObjectName(u"kioskQuantityTitleLabel"_s);
    m_quantityTitle->setProperty("role", u"heading"_s);
    m_quantityTitle->setWordWrap(true);
    layout->addWidget(m_quantityTitle);
    // Which performance is being bought: its date and time (and where), never in doubt.
    m_quantityWhen = new QLabel(page);
    m_quantityWhen->setObjectName(u"kioskQuantityWhenLabel"_s);
    m_quantityWhen->setProperty("role", u"subheading"_s);
    m_quantityWhen->setWordWrap(true);
    layout->addWidget(m_quantityWhen);
    // One row per ticket type, each with its own − and +: "2 Adult + 1 Child" is one order.
    auto *scroll = new QScrollArea(page);
    scroll->setObjectName(u"kioskQuantityScrollArea"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_quantityRows = new QWidget(scroll);
    m_quantityRows->setObjectName(u"kioskQuantityRows"_s);
    m_quantityRowsLayout = new QVBoxLayout(m_quantityRows);
    m_quantityRowsLayout->setContentsMargins(0, 0, 0, 0);
    m_quantityRowsLayout->setSpacing(8);
    m_quantityRowsLayout->addStretch();
    scroll->setWidget(m_quantityRows);
    layout->addWidget(scroll, 1);
    m_quantityError = new QLabel(page);
    m_quantityError->setObjectName(u"kioskQuantityErrorLabel"_s);
    m_quantityError->setProperty("role", u"error"_s);
    m_quantityError->setWordWrap(true);
    layout->addWidget(m_quantityError);
    auto *totals = new QHBoxLayout;
    m_basketLabel = new QLabel(page);
    m_basketLabel->setObjectName(u"kioskBasketLabel"_s);
    m_basketLabel->setProperty("role", u"subheading"_s);
    m_basketLabel->setWordWrap(true);
    m_total = new QLabel(page);
    m_total->setObjectName(u"kioskTotalLabel"_s);
    m_total->setProperty("role", u"display"_s);
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    totals->addWidget(m_basketLabel, 1);
    totals->addWidget(m_total);
    layout->addLayout(totals);
    auto *buttons = new QHBoxLayout;
    auto *back = bigButton(tr("Back"), u"kioskQuantityBackPushButton"_s, page);
    m_toPayment = bigButton(tr("Pay by card"), u"kioskToPaymentPushButton"_s, page);
    m_toPayment->setProperty("role", u"primary"_s);
    buttons->addWidget(back);
    buttons->addStretch();
    buttons->addWidget(m_toPayment);
    layout->addLayout(buttons);
    connect(back, &QPushButton::clicked, this, [this] {
        m_quantityError->clear();
        go(EventPage);
    });
    connect(m_toPayment, &QPushButton::clicked, this, [this] {
        if (basketTickets() == 0)
            return;
        m_payment->clear();
        go(PayPage);
        m_payment->focusFirst();
    });
    return page;
}

void KioskWindow::startBasket(Id typeId)
{
    m_basket.clear();
    m_basket.insert(typeId, 1);
    m_quantityError->clear();
    m_quantityTitle->setText(m_event.title);
    m_quantityWhen->setText(DisplayFormat::showTime(m_performance.startsAt, m_performance.timeZone) + u"  ·  "_s + m_performance.venue);
    deleteItems(m_quantityRowsLayout);
    for (const TicketType &t : std::as_const(m_performance.ticketTypes)) {
        const QString id = QString::number(t.id);
        auto *row = new QFrame(m_quantityRows);
        row->setObjectName(u"kioskQuantityRow_"_s + id);
        row->setProperty("role", u"card"_s);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(20, 8, 12, 8);
        rowLayout->setSpacing(12);
        auto *texts = new QVBoxLayout;
        texts->setSpacing(2);
        auto *name = new QLabel(t.name, row);
        name->setProperty("role", u"subheading"_s);
        name->setWordWrap(true);
        auto *details = new QLabel(row);
        details->setObjectName(u"kioskQuantityDetailsLabel_"_s + id);
        details->setProperty("role", u"muted"_s);
        details->setWordWrap(true);
        texts->addWidget(name);
        texts->addWidget(details);
        rowLayout->addLayout(texts, 1);
        auto *minus = bigButton(u"−"_s, u"kioskMinusPushButton_"_s + id, row);
        minus->setProperty("role", u"stepper"_s);
        minus->setAccessibleName(tr("One %1 ticket fewer").arg(t.name));
        minus->setMinimumWidth(88);
        auto *count = new QLabel(row);
        count->setObjectName(u"kioskQuantityLabel_"_s + id);
        count->setProperty("role", u"display"_s);
        count->setAlignment(Qt::AlignCenter);
        count->setMinimumWidth(72);
        auto *plus = bigButton(u"+"_s, u"kioskPlusPushButton_"_s + id, row);
        plus->setProperty("role", u"stepper"_s);
        plus->setAccessibleName(tr("One %1 ticket more").arg(t.name));
        plus->setMinimumWidth(88);
        rowLayout->addWidget(minus);
        rowLayout->addWidget(count);
        rowLayout->addWidget(plus);
        const Id typeId = t.id;
        connect(minus, &QPushButton::clicked, this, [this, typeId] {
            const int n = m_basket.value(typeId) - 1;
            if (n > 0)
                m_basket.insert(typeId, n);
            else
                m_basket.remove(typeId);
            m_quantityError->clear();
            updateQuantity();
        });
        connect(plus, &QPushButton::clicked, this, [this, typeId] {
            m_basket.insert(typeId, m_basket.value(typeId) + 1);
            m_quantityError->clear();
            updateQuantity();
        });
        m_quantityRowsLayout->addWidget(row);
    }
    m_quantityRowsLayout->addStretch();
    updateQuantity();
}

int KioskWindow::basketTickets() const
{
    int n = 0;
    for (int q : m_basket)
        n += q;
    return n;
}

QString KioskWindow::basketText() const
{
    QStringList lines;
    for (const TicketType &t : m_performance.ticketTypes) {
        if (const int n = m_basket.value(t.id); n > 0)
            lines << tr("%L1 %2", "how many of a ticket type: 2 Adult").arg(n).arg(t.name);
    }
    return lines.join(tr(" + ", "between the ticket types of a basket: 2 Adult + 1 Child"));
}

void KioskWindow::updateQuantity()
{
    const int tickets = basketTickets();
    Cents total = 0;
    for (const TicketType &t : std::as_const(m_performance.ticketTypes)) {
        const QString id = QString::number(t.id);
        const int n = m_basket.value(t.id);
        if (auto *count = m_quantityRows->findChild<QLabel *>(u"kioskQuantityLabel_"_s + id)) {
            count->setText(QString::number(n));
            count->setAccessibleName(tr("%1: %n ticket(s)", nullptr, n).arg(t.name));
        }
        if (auto *details = m_quantityRows->findChild<QLabel *>(u"kioskQuantityDetailsLabel_"_s + id)) {
            const QString left = !t.onSale ? tr("not on sale")
                                 : t.remaining() > 0 ? tr("%Ln left", nullptr, int(t.remaining()))
                                                     : tr("sold out");
            details->setText(tr("%1 each · %2").arg(DisplayFormat::money(t.priceCents), left));
        }
        const bool newLine = n == 0 && m_basket.size() >= MaxBasketLines;
        if (auto *plus = m_quantityRows->findChild<QPushButton *>(u"kioskPlusPushButton_"_s + id))
            plus->setEnabled(purchasable(t) && n < t.remaining() && tickets < MaxTicketsPerOrder && !newLine);
        if (auto *minus = m_quantityRows->findChild<QPushButton *>(u"kioskMinusPushButton_"_s + id))
            minus->setEnabled(n > 0);
        Cents line = 0;
        multiplyCents(t.priceCents, n, &line);
        total += line;
    }
    m_basketLabel->setText(tickets > 0 ? basketText() : tr("Choose how many tickets of each kind you want."));
    m_total->setText(tr("Total %1").arg(DisplayFormat::money(total)));
    m_toPayment->setEnabled(tickets > 0);
    m_payTotal->setText(tickets > 0 ? m_total->text() + u"  ·  "_s + basketText() : m_total->text());
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
    // In a sale rush the purchase may wait its turn on the server: where it stands, calmly.
    m_purchase = new PurchaseRequest(m_connection, this);
    m_purchase->setAttemptTimeout(30000);
    m_queue = new QueueStatus(page);
    m_queue->setObjectName(u"kioskQueueStatusFrame"_s);
    m_queue->setNote(tr("Your purchase goes ahead by itself when it is your turn: please wait here, "
                        "there is nothing else to do."));
    m_queue->follow(m_purchase);
    layout->addWidget(m_queue);
    // While it waits its turn the card's details are sent and done with: the place in the line
    // takes their room.
    connect(m_purchase, &PurchaseRequest::queuePosition, this, [this] {
        m_payment->hide();
        m_pay->setText(tr("Waiting for your turn…"));
    });
    connect(m_purchase, &PurchaseRequest::finished, m_payment, &QWidget::show);
    connect(m_purchase, &PurchaseRequest::finished, this, &KioskWindow::onPurchaseAnswered);
    layout->addStretch();
    auto *buttons = new QHBoxLayout;
    auto *back = bigButton(tr("Back"), u"kioskPayBackPushButton"_s, page);
    m_payBack = back;
    m_pay = bigButton(tr("Pay"), u"kioskPayPushButton"_s, page);
    m_pay->setProperty("role", u"primary"_s);
    buttons->addWidget(back);
    buttons->addStretch();
    buttons->addWidget(m_pay);
    layout->addLayout(buttons);
    connect(back, &QPushButton::clicked, this, [this] { go(isSeated() ? SeatsPage : QuantityPage); });
    connect(m_pay, &QPushButton::clicked, this, &KioskWindow::pay);
    // Enter in the card form pays, as everywhere; not twice while the payment is under way.
    connect(m_payment, &PaymentForm::submitted, this, [this] {
        if (m_pay->isEnabled())
            pay();
    });
    return page;
}

void KioskWindow::pay()
{
    if (m_purchase->isRunning())
        return;
    const auto token = m_payment->tokenize();
    if (!token)
        return;
    const QJsonObject payment{{u"provider"_s, u"sandbox"_s}, {u"token"_s, *token}};
    QJsonObject params;
    m_payOnlyType = 0;
    if (isSeated()) {
        const auto &hold = m_seats->hold();
        if (!hold) {
            go(SeatsPage);
            return;
        }
        params = {{u"holdId"_s, hold->id}, {u"payment"_s, payment}};
    } else {
        // The whole basket is one order with one payment, all or nothing.
        QJsonArray items;
        for (const TicketType &t : std::as_const(m_performance.ticketTypes)) {
            if (const int n = m_basket.value(t.id); n > 0)
                items.append(QJsonObject{{u"ticketTypeId"_s, t.id}, {u"quantity"_s, n}});
        }
        if (items.isEmpty()) {
            go(QuantityPage);
            return;
        }
        // One kind of ticket is the classic purchase, which waits its turn in a sale rush's
        // waiting room like everyone else's; several are one basket.
        if (items.size() == 1) {
            params = items.first().toObject();
            params.insert(u"payment"_s, payment);
        } else {
            params = {{u"items"_s, items}, {u"payment"_s, payment}};
        }
        m_payOnlyType = items.size() == 1 ? items.first().toObject().value(u"ticketTypeId"_s).toInteger() : 0;
    }
    m_pay->setEnabled(false);
    m_payBack->setEnabled(false);
    m_pay->setText(tr("Paying…"));
    m_paySeated = isSeated();
    m_paySent = ServerClock::of(m_connection)->localNow();
    m_purchase->start(methodName(m_paySeated ? Method::OrderCheckout : Method::OrderPurchase), params);
}

void KioskWindow::onPurchaseAnswered(const RpcResult &r)
{
    m_pay->setEnabled(true);
    m_payBack->setEnabled(true);
    m_pay->setText(tr("Pay"));
    if (r.ok()) { // the order's time is the server's: how far this computer's clock is off
        ServerClock::of(m_connection)->observeOrder(r.result.value(u"order"_s).toObject(), m_paySent);
        if (m_paySeated) {
            m_seats->forgetHold();
            m_payCountdown->stop();
        }
        showOrder(Order::fromJson(r.result.value(u"order"_s).toObject()));
        return;
    }
    if (m_purchase->outcomeUnknown()) {
        // Asked again for two minutes without an answer: it may have gone through.
        m_payment->showDeclined(tr("The server did not confirm the payment, so it may have gone through. "
                                   "Please ask a member of staff before paying again."));
        return;
    }
    if (m_paySeated) {
        if (r.is(ErrorCode::Gone)) {
            m_payCountdown->stop();
            m_seats->holdLost(SeatErrors::message(r, &m_seats->map()->venueLayout()));
            go(SeatsPage);
            return;
        }
        m_payment->showDeclined(r.is(ErrorCode::PaymentDeclined)
                                    ? tr("%1 Your seats are still held: try another card.").arg(r.message())
                                : r.is(ErrorCode::Unavailable) || r.is(ErrorCode::RateLimited)
                                    ? PurchaseRequest::failureText(r)
                                    : SeatErrors::message(r, &m_seats->map()->venueLayout()));
        return;
    }
    if (r.is(ErrorCode::Conflict) && (r.error.data.contains(u"ticketTypeId"_s) || m_payOnlyType > 0)) {
        RpcResult refused = r; // a one-kind purchase's refusal concerns that kind
        if (!refused.error.data.contains(u"ticketTypeId"_s))
            refused.error.data.insert(u"ticketTypeId"_s, m_payOnlyType);
        basketRefused(refused);
        return;
    }
    m_payment->showDeclined(PurchaseRequest::failureText(r));
}

void KioskWindow::basketRefused(const RpcResult &r)
{
    // Nothing was sold or charged: back to the quantities, saying which kind of ticket failed.
    const Id typeId = jsonInteger(r.error.data.value(u"ticketTypeId"_s)).value_or(0);
    QString name;
    for (const TicketType &t : std::as_const(m_performance.ticketTypes)) {
        if (t.id == typeId)
            name = t.name;
    }
    QString message;
    if (name.isEmpty()) {
        message = r.message();
    } else if (r.is(ErrorCode::Conflict, u"sold_out"_s)) {
        const int left = r.error.data.value(u"remaining"_s).toInt();
        message = left > 0 ? tr("Only %n %1 ticket(s) left.", nullptr, left).arg(name)
                           : tr("%1 is sold out.").arg(name);
    } else if (r.is(ErrorCode::Conflict, u"sales_closed"_s)) {
        message = tr("%1 is no longer on sale.").arg(name);
    } else {
        message = tr("%1: %2").arg(name, r.message());
    }
    m_quantityError->setText(message + u' ' + tr("Nothing was charged. Please change your tickets and pay again."));
    go(QuantityPage);
    showPerformance(m_performances->currentRow()); // what is left now
}

void KioskWindow::showOrder(const Order &order)
{
    m_order = order;
    m_doneCode->setText(order.code);
    m_doneHint->setText(m_guest ? tr("Your order code is %1 — show it at the box office. Without an account "
                                     "it is how your order is found, so keep it: take a photo of this screen.")
                                      .arg(order.code)
                                : tr("Your order code is %1 — show it at the box office, or find your tickets "
                                     "under “My tickets” when you sign in at home.")
                                      .arg(order.code));
    m_doneSummary->setText(tr("%n ticket(s) for %1, %2. Paid %3.", nullptr, int(order.tickets.size()))
                               .arg(m_event.title, DisplayFormat::showTime(m_performance.startsAt, m_performance.timeZone),
                                    DisplayFormat::money(order.totalCents)));
    // One QR code per ticket, each the code its printed ticket carries.
    deleteItems(m_doneTicketsLayout);
    QHash<Id, QString> typeNames;
    for (const OrderItem &item : order.items)
        typeNames.insert(item.ticketTypeId, item.ticketTypeName);
    int number = 0;
    for (const Ticket &t : order.tickets) {
        ++number;
        auto *ticket = new QWidget(m_doneTickets);
        ticket->setObjectName(u"kioskTicket_"_s + t.code);
        auto *ticketLayout = new QVBoxLayout(ticket);
        ticketLayout->setContentsMargins(0, 0, 0, 0);
        ticketLayout->setSpacing(4);
        auto *qr = new QLabel(ticket);
        qr->setObjectName(u"kioskTicketQrLabel"_s);
        qr->setProperty("ticketCode", t.code);
        // The signed payload when the server gave one: any door can check it, even offline.
        qr->setProperty("qrText", QrCode::ticketText(t));
        qr->setPixmap(QPixmap::fromImage(QrCode::imageWithin(QrCode::ticketText(t), QrSidePixels, 3, 4)));
        qr->setAlignment(Qt::AlignCenter);
        qr->setAccessibleName(tr("QR code of ticket %1").arg(t.code));
        ticketLayout->addWidget(qr, 0, Qt::AlignHCenter);
        QStringList caption{tr("Ticket %L1 of %L2").arg(number).arg(order.tickets.size())};
        QString kind = typeNames.value(t.ticketTypeId);
        if (t.seatId > 0)
            kind += u" · "_s + DisplayFormat::seatPlace(t.seat);
        if (!kind.isEmpty())
            caption << kind;
        caption << t.code;
        auto *label = new QLabel(caption.join(u'\n'), ticket);
        label->setObjectName(u"kioskTicketCaptionLabel"_s);
        label->setAlignment(Qt::AlignCenter);
        label->setTextInteractionFlags(Qt::NoTextInteraction);
        ticketLayout->addWidget(label, 0, Qt::AlignHCenter);
        m_doneTicketsLayout->addWidget(ticket);
    }
    m_printStatus->clear();
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
    layout->setContentsMargins(40, 24, 40, 24);
    layout->setSpacing(10);
    auto *title = new QLabel(tr("Your tickets are booked"), page);
    title->setProperty("role", u"heading"_s);
    title->setAlignment(Qt::AlignCenter);
    title->setWordWrap(true);
    layout->addWidget(title);
    m_doneCode = new QLabel(page);
    m_doneCode->setObjectName(u"kioskOrderCodeLabel"_s);
    m_doneCode->setProperty("role", u"display"_s);
    m_doneCode->setAlignment(Qt::AlignCenter);
    m_doneCode->setTextInteractionFlags(Qt::NoTextInteraction);
    layout->addWidget(m_doneCode);
    m_doneHint = new QLabel(page);
    m_doneHint->setObjectName(u"kioskOrderCodeHintLabel"_s);
    m_doneHint->setAlignment(Qt::AlignCenter);
    m_doneHint->setWordWrap(true);
    layout->addWidget(m_doneHint);
    m_doneSummary = new QLabel(page);
    m_doneSummary->setObjectName(u"kioskOrderSummaryLabel"_s);
    m_doneSummary->setProperty("role", u"muted"_s);
    m_doneSummary->setAlignment(Qt::AlignCenter);
    m_doneSummary->setWordWrap(true);
    layout->addWidget(m_doneSummary);
    // The tickets' QR codes side by side, wrapping; a big order scrolls.
    m_doneTicketsArea = new QScrollArea(page);
    m_doneTicketsArea->setObjectName(u"kioskTicketsScrollArea"_s);
    m_doneTicketsArea->setWidgetResizable(true);
    m_doneTicketsArea->setFrameShape(QFrame::NoFrame);
    m_doneTickets = new QWidget(m_doneTicketsArea);
    m_doneTickets->setObjectName(u"kioskTickets"_s);
    m_doneTicketsLayout = new FlowLayout(m_doneTickets, 24, 16);
    m_doneTicketsLayout->setJustified(true); // each code centred in its share of the line
    m_doneTicketsArea->setWidget(m_doneTickets);
    layout->addWidget(m_doneTicketsArea, 1);
    m_printStatus = new QLabel(page);
    m_printStatus->setObjectName(u"kioskPrintStatusLabel"_s);
    m_printStatus->setAlignment(Qt::AlignCenter);
    m_printStatus->setWordWrap(true);
    layout->addWidget(m_printStatus);
    auto *buttons = new QHBoxLayout;
    auto *print = bigButton(tr("Print tickets"), u"kioskPrintPushButton"_s, page);
    m_finish = bigButton(tr("Finish and sign out"), u"kioskFinishPushButton"_s, page);
    m_finish->setProperty("role", u"primary"_s);
    buttons->addWidget(print);
    buttons->addStretch();
    buttons->addWidget(m_finish);
    layout->addLayout(buttons);
    connect(print, &QPushButton::clicked, this, [this] {
        if (!m_order)
            return;
        // Straight to the kiosk's own printer: a print dialog would lead out to the file system.
        const QPrinterInfo printer = QPrinterInfo::defaultPrinter();
        if (printer.isNull()) {
            m_printStatus->setText(m_guest ? tr("This kiosk has no printer. Show the QR codes above at the entrance "
                                                "(a photo of them will do), or your order code at the box office.")
                                           : tr("This kiosk has no printer. Show the QR codes above at the entrance, "
                                                "or find your tickets under “My tickets” when you sign in at home."));
            return;
        }
        QPrinter device(printer, QPrinter::HighResolution);
        m_printStatus->setText(TicketPrinter::print(*m_order, &device, TicketPrinter::Layout::OnePerPage)
                                   ? tr("Printing your tickets…")
                                   : tr("The tickets could not be printed. Please ask a member of staff."));
    });
    connect(m_finish, &QPushButton::clicked, this, &KioskWindow::reset);
    return page;
}

} // namespace mq::client
