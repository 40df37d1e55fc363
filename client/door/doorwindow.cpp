#include "door/doorwindow.h"

#include "boxoffice/performancesearch.h"
#include "core/displayformat.h"
#include "core/serverconnection.h"
#include "door/doorsounds.h"
#include "door/doorstation.h"
#include "door/offlinescanstore.h"
#include "door/scanbanner.h"
#include "widgets/theme.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace mq::client {

namespace {
constexpr int ReadyAfterMs = 12000;    // the banner goes back to "Ready" after a quiet while
constexpr int FocusCheckMs = 4000;     // how soon the scan field takes the keyboard back
constexpr int MaxGateLength = 64;
constexpr int MaxCodeLength = 512;        // as the server takes: a signed QR payload fits
constexpr qint64 StartedWithinSecs = 12 * 3600; // latecomers: tonight's show after the curtain
constexpr int ShowIdRole = Qt::UserRole + 1;
const QString GateSetting = u"door/gate"_s;
const QString SoundSetting = u"door/sounds"_s;

QFrame *card(QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setProperty("role", u"card"_s);
    return frame;
}

QLabel *label(const QString &text, const QString &role, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    if (!role.isEmpty())
        l->setProperty("role", role);
    return l;
}
} // namespace

DoorWindow::DoorWindow(ServerConnection *connection, QWidget *parent, const QString &storePath)
    : QMainWindow(parent),
      m_connection(connection),
      m_store(new OfflineScanStore(storePath, this)),
      m_station(new DoorStation(connection, m_store, this)),
      m_sounds(new DoorSounds(this)),
      m_pages(new QStackedWidget(this))
{
    setObjectName(u"doorWindow"_s);
    setWindowTitle(tr("Door"));
    // The door's own sizes: read across a foyer, not at a desk.
    setStyleSheet(u"QLabel#doorShowLabel { font-size: 17pt; font-weight: 600; color: #1d2330; }"
                  "QLabel#doorGateLabel, QLabel#connectionPillLabel { font-size: 12pt; font-weight: 600;"
                  " border-radius: 12px; padding: 3px 12px; }"
                  "QLabel#doorGateLabel { background: #e8eefc; color: #2447b3; }"
                  "QLabel#connectionPillLabel[online=\"true\"] { background: #e3f4e8; color: #1b6e35; }"
                  "QLabel#connectionPillLabel[online=\"false\"] { background: #fdecea; color: #b3261e; }"
                  "QLabel#offlineLabel { background: #fff4d6; color: #5c4300; border: 1px solid #f2c14e;"
                  " border-radius: 10px; padding: 10px 14px; font-size: 13pt; font-weight: 600; }"
                  "QLabel#uploadNoticeLabel { background: #eef2f7; color: #27364a; border-radius: 10px;"
                  " padding: 8px 14px; font-size: 11pt; }"
                  "QLineEdit#scanLineEdit { font-size: 20pt; padding: 8px 14px; min-height: 36px; }"
                  "QLineEdit#scanLineEdit:focus { padding: 7px 13px; }"
                  "QLabel#scanFieldLabel { font-size: 13pt; font-weight: 600; }"
                  "QLabel#admittedCountLabel { font-size: 21pt; font-weight: 700; color: #1d2330; }"
                  "QLabel#gateCountsLabel { font-size: 11pt; color: #3a4556; }"
                  "QLabel#chosenPerformanceLabel { font-size: 15pt; font-weight: 600; color: #1d2330; }"
                  "QLineEdit#gateLineEdit { font-size: 14pt; }"_s);

    m_setupPage = createSetupPage();
    m_scanPage = createScanPage();
    m_pages->addWidget(m_setupPage);
    m_pages->addWidget(m_scanPage);
    setCentralWidget(m_pages);

    connect(m_station, &DoorStation::answered, this, &DoorWindow::onAnswered);
    connect(m_station, &DoorStation::answerRefined, this, &DoorWindow::onAnswerRefined);
    connect(m_station, &DoorStation::countsChanged, this, &DoorWindow::updateCounts);
    connect(m_station, &DoorStation::pendingChanged, this, &DoorWindow::updateConnection);
    connect(m_station, &DoorStation::onlineChanged, this, &DoorWindow::updateConnection);
    connect(m_station, &DoorStation::kitChanged, this, &DoorWindow::updateConnection);
    connect(m_station, &DoorStation::conflictsChanged, this, &DoorWindow::updateConflicts);
    connect(m_station, &DoorStation::uploadFinished, this, &DoorWindow::onUploadFinished);
    connect(m_station, &DoorStation::undoAvailable, m_undoButton, &QWidget::setEnabled);
    connect(connection, &ServerConnection::stateChanged, this, &DoorWindow::updateConnection);
    connect(connection, &ServerConnection::stateChanged, this, &DoorWindow::updateSetupMode);

    // One key takes back the last admission, wherever the keyboard is.
    auto *undo = new QAction(tr("Undo last scan"), this);
    undo->setObjectName(u"undoScanAction"_s);
    undo->setShortcuts({QKeySequence(Qt::Key_F9), QKeySequence::Undo});
    undo->setShortcutContext(Qt::WindowShortcut);
    connect(undo, &QAction::triggered, this, [this] {
        if (isScanning() && m_station->canUndo())
            m_station->undo();
        focusScanField();
    });
    addAction(undo);

    m_readyTimer = new QTimer(this);
    m_readyTimer->setSingleShot(true);
    m_readyTimer->setInterval(ReadyAfterMs);
    connect(m_readyTimer, &QTimer::timeout, this, [this] { m_banner->showReady(); });
    m_focusTimer = new QTimer(this);
    m_focusTimer->setInterval(FocusCheckMs);
    connect(m_focusTimer, &QTimer::timeout, this, &DoorWindow::keepFocus);

    updateStartable();
    updateConnection();
    updateSetupMode();
    Theme::sizeToScreen(this, QSize(1280, 820));
    focusSetup();
}

DoorWindow::~DoorWindow()
{
    // The station saves its kit to the store when it stops: before the store goes.
    delete m_station;
}

QWidget *DoorWindow::createSetupPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(16);

    auto *searchCard = card(page);
    auto *searchLayout = new QVBoxLayout(searchCard);
    searchLayout->setContentsMargins(16, 16, 16, 16);
    m_search = new PerformanceSearch(m_connection, searchCard);
    // A door restarted after the curtain went up still picks tonight's show.
    m_search->setStartedWithin(StartedWithinSecs);
    searchLayout->addWidget(m_search);

    // Without a network the catalog cannot be searched: the shows whose kits are on disk can
    // still be admitted to, and their scans uploaded later.
    m_storedPanel = new QWidget(searchCard);
    auto *storedLayout = new QVBoxLayout(m_storedPanel);
    storedLayout->setContentsMargins(0, 0, 0, 0);
    storedLayout->setSpacing(8);
    auto *storedCaption = label(tr("Shows &kept on this computer"), u"subheading"_s, m_storedPanel);
    auto *storedHint = label(tr("Offline: choose among the shows whose lists this door downloaded "
                                "before. Its scans are uploaded when the connection returns."),
                             u"muted"_s, m_storedPanel);
    storedHint->setWordWrap(true);
    m_storedList = new QListWidget(m_storedPanel);
    m_storedList->setObjectName(u"storedShowsListWidget"_s);
    m_storedList->setAccessibleName(tr("Shows kept on this computer"));
    m_storedList->setWordWrap(true);
    storedCaption->setBuddy(m_storedList);
    m_storedEmpty = label(tr("None: this door has not downloaded any show's list yet. Connect to "
                             "the server to choose a show."),
                          u"muted"_s, m_storedPanel);
    m_storedEmpty->setObjectName(u"noStoredShowsLabel"_s);
    m_storedEmpty->setWordWrap(true);
    storedLayout->addWidget(storedCaption);
    storedLayout->addWidget(storedHint);
    storedLayout->addWidget(m_storedList, 1);
    storedLayout->addWidget(m_storedEmpty);
    searchLayout->addWidget(m_storedPanel);
    m_storedPanel->hide();
    connect(m_storedList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const Id id = item->data(ShowIdRole).value<Id>();
        for (const auto &show : m_store->storedShows()) {
            if (show.performance.id == id) {
                onPerformanceChosen(show.performance, show.eventTitle);
                return;
            }
        }
    });

    auto *gateCard = card(page);
    auto *gateLayout = new QVBoxLayout(gateCard);
    gateLayout->setContentsMargins(20, 20, 20, 20);
    gateLayout->setSpacing(10);
    auto *heading = label(tr("Check-in at the door"), u"heading"_s, gateCard);
    auto *intro = label(tr("Choose the performance on the left, name this gate, then start. A USB "
                           "barcode scanner types each ticket into the scan field; no camera needed."),
                        u"muted"_s, gateCard);
    intro->setWordWrap(true);
    auto *chosenCaption = label(tr("Performance"), u"subheading"_s, gateCard);
    m_chosenLabel = new QLabel(tr("None chosen yet"), gateCard);
    m_chosenLabel->setObjectName(u"chosenPerformanceLabel"_s);
    m_chosenLabel->setWordWrap(true);
    auto *gateCaption = label(tr("&Gate name"), u"subheading"_s, gateCard);
    m_gateField = new QLineEdit(gateCard);
    m_gateField->setObjectName(u"gateLineEdit"_s);
    m_gateField->setAccessibleName(tr("Gate name"));
    m_gateField->setPlaceholderText(tr("For example North, or Door 2"));
    m_gateField->setMaxLength(MaxGateLength);
    m_gateField->setText(QSettings().value(GateSetting).toString());
    gateCaption->setBuddy(m_gateField);
    auto *gateHint = label(tr("Counted per gate; remembered on this computer."), u"muted"_s, gateCard);
    gateHint->setWordWrap(true);
    m_startButton = new QPushButton(tr("&Start scanning"), gateCard);
    m_startButton->setObjectName(u"startScanningPushButton"_s);
    m_startButton->setProperty("role", u"primary"_s);
    m_startButton->setMinimumHeight(44);
    gateLayout->addWidget(heading);
    gateLayout->addWidget(intro);
    gateLayout->addSpacing(8);
    gateLayout->addWidget(chosenCaption);
    gateLayout->addWidget(m_chosenLabel);
    gateLayout->addSpacing(8);
    gateLayout->addWidget(gateCaption);
    gateLayout->addWidget(m_gateField);
    gateLayout->addWidget(gateHint);
    gateLayout->addSpacing(12);
    gateLayout->addWidget(m_startButton);
    gateLayout->addStretch(1);

    layout->addWidget(searchCard, 3);
    layout->addWidget(gateCard, 2);

    connect(m_search, &PerformanceSearch::performanceChosen, this, &DoorWindow::onPerformanceChosen);
    connect(m_gateField, &QLineEdit::textChanged, this, &DoorWindow::updateStartable);
    connect(m_gateField, &QLineEdit::returnPressed, this, &DoorWindow::startFromSetup);
    connect(m_startButton, &QPushButton::clicked, this, &DoorWindow::startFromSetup);
    return page;
}

QWidget *DoorWindow::createScanPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);

    // Which show and gate, whether the server is there, and the way back.
    auto *top = new QHBoxLayout;
    top->setSpacing(10);
    m_showLabel = new QLabel(page);
    m_showLabel->setObjectName(u"doorShowLabel"_s);
    m_showLabel->setWordWrap(true);
    m_showLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_gateLabel = new QLabel(page);
    m_gateLabel->setObjectName(u"doorGateLabel"_s);
    m_connectionPill = new QLabel(page);
    m_connectionPill->setObjectName(u"connectionPillLabel"_s);
    auto *change = new QPushButton(tr("C&hange show or gate"), page);
    change->setObjectName(u"changeShowPushButton"_s);
    change->setFocusPolicy(Qt::TabFocus);
    top->addWidget(m_showLabel, 1);
    top->addWidget(m_gateLabel);
    top->addWidget(m_connectionPill);
    top->addWidget(change);
    connect(change, &QPushButton::clicked, this, &DoorWindow::changeShow);

    m_offlineLabel = new QLabel(page);
    m_offlineLabel->setObjectName(u"offlineLabel"_s);
    m_offlineLabel->setWordWrap(true);
    m_offlineLabel->hide();
    m_noticeLabel = new QLabel(page);
    m_noticeLabel->setObjectName(u"uploadNoticeLabel"_s);
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->hide();

    m_banner = new ScanBanner(page);

    // The scanner's field: it has the keyboard whenever nothing else asked for it.
    auto *scanRow = new QHBoxLayout;
    scanRow->setSpacing(12);
    auto *scanCaption = new QLabel(tr("Sc&an"), page);
    scanCaption->setObjectName(u"scanFieldLabel"_s);
    m_scanField = new QLineEdit(page);
    m_scanField->setObjectName(u"scanLineEdit"_s);
    m_scanField->setAccessibleName(tr("Scan a ticket"));
    m_scanField->setPlaceholderText(tr("Scan a ticket's QR code — the scanner types here"));
    m_scanField->setMaxLength(MaxCodeLength);
    scanCaption->setBuddy(m_scanField);
    scanRow->addWidget(scanCaption);
    scanRow->addWidget(m_scanField, 1);
    connect(m_scanField, &QLineEdit::returnPressed, this, &DoorWindow::submitScan);
    m_scanField->installEventFilter(this); // Ctrl+Z undoes the last scan, not the field's typing

    // Below: the count, the door's own tools, the conflicts.
    auto *bottom = new QHBoxLayout;
    bottom->setSpacing(12);

    auto *countCard = card(page);
    auto *countLayout = new QVBoxLayout(countCard);
    countLayout->setContentsMargins(16, 12, 16, 12);
    countLayout->setSpacing(6);
    m_countLabel = new QLabel(countCard);
    m_countLabel->setObjectName(u"admittedCountLabel"_s);
    m_countLabel->setWordWrap(true);
    m_countBar = new QProgressBar(countCard);
    m_countBar->setObjectName(u"admittedProgressBar"_s);
    m_countBar->setAccessibleName(tr("Share of ticket holders admitted"));
    m_countBar->setTextVisible(false);
    m_countBar->setMaximumHeight(10);
    m_gatesLabel = new QLabel(countCard);
    m_gatesLabel->setObjectName(u"gateCountsLabel"_s);
    m_gatesLabel->setWordWrap(true);
    countLayout->addWidget(m_countLabel);
    countLayout->addWidget(m_countBar);
    countLayout->addWidget(m_gatesLabel);
    countLayout->addStretch(1);
    countCard->setMinimumHeight(170);

    auto *toolsCard = card(page);
    auto *tools = new QGridLayout(toolsCard);
    tools->setContentsMargins(16, 12, 16, 12);
    tools->setHorizontalSpacing(8);
    tools->setVerticalSpacing(6);
    auto *manualCaption = label(tr("&Manual entry (damaged ticket)"), u"subheading"_s, toolsCard);
    manualCaption->setWordWrap(true);
    m_manualField = new QLineEdit(toolsCard);
    m_manualField->setObjectName(u"manualCodeLineEdit"_s);
    m_manualField->setAccessibleName(tr("Ticket code for manual entry"));
    m_manualField->setPlaceholderText(tr("Code printed on the ticket"));
    m_manualField->setMaxLength(MaxCodeLength); // a scanner typing here by mistake is not cut short
    manualCaption->setBuddy(m_manualField);
    m_manualButton = new QPushButton(tr("Adm&it code"), toolsCard);
    m_manualButton->setObjectName(u"manualAdmitPushButton"_s);
    m_manualButton->setFocusPolicy(Qt::TabFocus);
    m_undoButton = new QPushButton(tr("&Undo last scan (F9)"), toolsCard);
    m_undoButton->setObjectName(u"undoScanPushButton"_s);
    m_undoButton->setToolTip(tr("Takes back the last admission: F9 or Ctrl+Z"));
    m_undoButton->setFocusPolicy(Qt::TabFocus);
    m_undoButton->setEnabled(false);
    m_soundBox = new QCheckBox(tr("S&ounds"), toolsCard);
    m_soundBox->setObjectName(u"soundsCheckBox"_s);
    m_soundBox->setFocusPolicy(Qt::TabFocus);
    m_soundBox->setChecked(QSettings().value(SoundSetting, true).toBool());
    m_sounds->setEnabled(m_soundBox->isChecked());
    tools->addWidget(manualCaption, 0, 0, 1, 2);
    tools->addWidget(m_manualField, 1, 0);
    tools->addWidget(m_manualButton, 1, 1);
    tools->addWidget(m_undoButton, 2, 0);
    tools->addWidget(m_soundBox, 2, 1);
    tools->setRowStretch(3, 1);
    tools->setColumnStretch(0, 1);
    connect(m_manualField, &QLineEdit::returnPressed, this, &DoorWindow::submitManual);
    connect(m_manualField, &QLineEdit::textChanged, this, [this] { m_manualIdle = false; });
    connect(m_manualButton, &QPushButton::clicked, this, &DoorWindow::submitManual);
    connect(m_undoButton, &QPushButton::clicked, this, [this] {
        m_station->undo();
        focusScanField();
    });
    connect(m_soundBox, &QCheckBox::toggled, this, [this](bool on) {
        m_sounds->setEnabled(on);
        QSettings().setValue(SoundSetting, on);
        focusScanField();
    });

    auto *conflictCard = card(page);
    auto *conflictLayout = new QVBoxLayout(conflictCard);
    conflictLayout->setContentsMargins(16, 12, 16, 12);
    conflictLayout->setSpacing(6);
    auto *conflictCaption = label(tr("Scanned at two gates"), u"subheading"_s, conflictCard);
    m_conflictList = new QListWidget(conflictCard);
    m_conflictList->setObjectName(u"conflictsListWidget"_s);
    m_conflictList->setAccessibleName(tr("Tickets scanned at two gates"));
    m_conflictList->setFocusPolicy(Qt::TabFocus);
    m_conflictList->setWordWrap(true);
    m_conflictList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_conflictList->setMinimumHeight(60);
    m_conflictEmpty = label(tr("None so far. A ticket let in at two gates (one of them offline) "
                               "shows here once both gates are online."),
                            u"muted"_s, conflictCard);
    m_conflictEmpty->setObjectName(u"noConflictsLabel"_s);
    m_conflictEmpty->setWordWrap(true);
    m_conflictEmpty->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    conflictLayout->addWidget(conflictCaption);
    conflictLayout->addWidget(m_conflictEmpty, 1);
    conflictLayout->addWidget(m_conflictList, 1);

    bottom->addWidget(countCard, 4);
    bottom->addWidget(toolsCard, 4);
    bottom->addWidget(conflictCard, 5);

    layout->addLayout(top);
    layout->addWidget(m_offlineLabel);
    // The banner takes whatever height there is; the tools below keep what they need.
    layout->addWidget(m_banner, 1);
    layout->addLayout(scanRow);
    layout->addWidget(m_noticeLabel);
    layout->addLayout(bottom);

    setTabOrder(m_scanField, m_manualField);
    setTabOrder(m_manualField, m_manualButton);
    setTabOrder(m_manualButton, m_undoButton);
    setTabOrder(m_undoButton, m_soundBox);
    setTabOrder(m_soundBox, m_conflictList);
    setTabOrder(m_conflictList, change);
    return page;
}

bool DoorWindow::isScanning() const
{
    return m_pages->currentWidget() == m_scanPage && m_station->isStarted();
}

// --- choosing ---------------------------------------------------------------------------------

void DoorWindow::onPerformanceChosen(const Performance &performance, const QString &eventTitle)
{
    m_chosen = performance;
    m_chosenTitle = eventTitle.isEmpty() ? tr("Performance %1").arg(performance.id) : eventTitle;
    m_chosenLabel->setText(performance.startsAt.isValid()
                               ? tr("%1\n%2 · %3")
                                     .arg(m_chosenTitle, DisplayFormat::showTime(performance.startsAt, performance.timeZone),
                                          performance.venue)
                               : m_chosenTitle);
    updateStartable();
    // Next: the gate, already filled in on a station used before — Enter starts.
    m_gateField->setFocus(Qt::OtherFocusReason);
    m_gateField->selectAll();
}

void DoorWindow::updateStartable()
{
    m_startButton->setEnabled(m_chosen.id > 0 && !m_gateField->text().trimmed().isEmpty());
}

void DoorWindow::startFromSetup()
{
    const QString gate = m_gateField->text().trimmed();
    if (m_chosen.id <= 0) {
        focusSetup();
        return;
    }
    if (gate.isEmpty()) {
        m_gateField->setFocus(Qt::OtherFocusReason);
        return;
    }
    QSettings().setValue(GateSetting, gate);
    startScanning(m_chosen, m_chosenTitle, gate);
}

void DoorWindow::startScanning(const Performance &performance, const QString &eventTitle, const QString &gate)
{
    m_chosen = performance;
    m_chosenTitle = eventTitle;
    if (m_gateField->text().trimmed() != gate)
        m_gateField->setText(gate);
    m_station->start(performance, eventTitle, gate);
    m_showLabel->setText(performance.startsAt.isValid()
                             ? tr("%1 · %2").arg(eventTitle, DisplayFormat::showTime(performance.startsAt, performance.timeZone))
                             : eventTitle);
    m_showLabel->setToolTip(performance.venue);
    m_gateLabel->setText(tr("Gate: %1").arg(gate));
    setWindowTitle(tr("Door — %1 — %2").arg(eventTitle, gate));
    m_banner->showReady();
    m_noticeLabel->hide();
    m_pages->setCurrentWidget(m_scanPage);
    m_undoButton->setEnabled(m_station->canUndo());
    updateConnection();
    updateCounts();
    updateConflicts();
    m_focusTimer->start();
    focusScanField();
}

void DoorWindow::changeShow()
{
    m_focusTimer->stop();
    m_readyTimer->stop();
    m_station->stop();
    setWindowTitle(tr("Door"));
    m_pages->setCurrentWidget(m_setupPage);
    updateSetupMode();
    if (m_connection && m_connection->isConnected())
        m_search->refresh(); // the time window moves on
    focusSetup();
}

void DoorWindow::updateSetupMode()
{
    const bool online = m_connection && m_connection->isConnected();
    const bool wasOnline = !m_storedPanel->isVisibleTo(m_setupPage);
    m_search->setVisible(online);
    m_storedPanel->setVisible(!online);
    if (!online)
        fillStoredShows();
    else if (!wasOnline && m_pages->currentWidget() == m_setupPage)
        m_search->refresh(); // back online: the catalog again
}

void DoorWindow::fillStoredShows()
{
    const Id current = m_storedList->currentItem() ? m_storedList->currentItem()->data(ShowIdRole).value<Id>() : 0;
    m_storedList->clear();
    const QDateTime since = QDateTime::currentDateTimeUtc().addSecs(-StartedWithinSecs);
    for (const auto &show : m_store->storedShows()) {
        const Performance &p = show.performance;
        if (p.startsAt.isValid() && p.startsAt < since)
            continue;
        const QString title = show.eventTitle.isEmpty() ? tr("Performance %1").arg(p.id) : show.eventTitle;
        QString text = title;
        if (p.startsAt.isValid())
            text = tr("%1 — %2 — %3").arg(title, DisplayFormat::showTime(p.startsAt, p.timeZone), p.venue);
        auto *item = new QListWidgetItem(text, m_storedList);
        item->setData(ShowIdRole, p.id);
        if (p.id == current)
            m_storedList->setCurrentItem(item);
    }
    if (!m_storedList->currentItem() && m_storedList->count() > 0)
        m_storedList->setCurrentRow(0);
    m_storedEmpty->setVisible(m_storedList->count() == 0);
    m_storedList->setVisible(m_storedList->count() > 0);
}

void DoorWindow::focusSetup()
{
    if (m_storedPanel->isVisibleTo(m_setupPage) && m_storedList->count() > 0)
        m_storedList->setFocus(Qt::OtherFocusReason);
    else
        m_search->focusSearch();
}

// --- scanning ---------------------------------------------------------------------------------

void DoorWindow::submitScan()
{
    const QString text = m_scanField->text();
    m_scanField->clear();
    m_station->scan(text);
    focusScanField();
}

void DoorWindow::submitManual()
{
    // The code printed under the QR code, however it was typed; the server finds it online. A
    // scanner that typed here by mistake (MQ1.…) goes the same way as in the scan field.
    const QString code = m_manualField->text().trimmed();
    m_manualField->clear();
    if (!code.isEmpty())
        m_station->scan(code);
    focusScanField();
}

void DoorWindow::onAnswered(const ScanOutcome &answer)
{
    ScanOutcome outcome = answer;
    if (outcome.timeZone.isEmpty())
        outcome.timeZone = m_station->performance().timeZone;
    m_banner->showOutcome(outcome);
    m_sounds->play(ScanBanner::toneOf(outcome.kind));
    m_readyTimer->start();
    if (!m_manualField->hasFocus() || m_manualField->text().isEmpty())
        focusScanField();
}

void DoorWindow::onAnswerRefined(const ScanOutcome &answer)
{
    ScanOutcome outcome = answer;
    if (outcome.timeZone.isEmpty())
        outcome.timeZone = m_station->performance().timeZone;
    // Only while the banner still shows that scan: a later scan's answer stays.
    if (m_banner->sequence() == outcome.sequence)
        m_banner->showOutcome(outcome);
}

void DoorWindow::onUploadFinished(int admitted, int conflicts, int refused)
{
    QString text = tr("Uploaded the offline scans: %n admitted", nullptr, admitted);
    if (conflicts > 0)
        text += u"; "_s + tr("%n admitted at another gate first (listed under “Scanned at two gates”)", nullptr, conflicts);
    if (refused > 0)
        text += u"; "_s + tr("%n refused by the server", nullptr, refused);
    m_noticeLabel->setText(text + u'.');
    m_noticeLabel->setAccessibleName(m_noticeLabel->text());
    m_noticeLabel->show();
    if (conflicts > 0 || refused > 0)
        m_sounds->play(ScanBanner::Tone::Attention);
    updateCounts();
}

void DoorWindow::updateCounts()
{
    const qint64 admitted = m_station->admitted();
    const qint64 sold = m_station->sold();
    m_countLabel->setText(tr("Admitted %L1 of %L2").arg(admitted).arg(sold));
    m_countBar->setRange(0, int(qMax<qint64>(1, sold)));
    m_countBar->setValue(int(qMin(admitted, qMax<qint64>(1, sold))));
    QStringList lines;
    for (const auto &[gate, count] : m_station->gates()) {
        const QString name = gate.isEmpty() ? tr("(no gate)") : gate;
        lines << (gate == m_station->gate() ? tr("%1 (this gate): %L2") : tr("%1: %L2")).arg(name).arg(count);
    }
    m_gatesLabel->setText(lines.isEmpty() ? tr("No one admitted yet.") : lines.join(u"\n"_s));
    m_countLabel->setAccessibleName(m_countLabel->text());
}

void DoorWindow::updateConnection()
{
    const bool online = m_connection && m_connection->isConnected();
    m_connectionPill->setText(online ? tr("Online") : tr("Offline"));
    m_connectionPill->setProperty("online", online);
    Theme::repolish(m_connectionPill);
    const int pending = m_station->pendingUploads();
    QString text;
    if (!online && !m_station->hasKit())
        text = tr("Offline — no downloaded list for this show: tickets cannot be checked until the connection returns.");
    else if (!online)
        text = tr("Offline — admitting from the downloaded list; %n scan(s) waiting to upload", nullptr, pending);
    else if (pending > 0)
        text = tr("Back online — uploading %n offline scan(s)…", nullptr, pending);
    m_offlineLabel->setText(text);
    m_offlineLabel->setAccessibleName(text);
    m_offlineLabel->setVisible(!text.isEmpty() && isScanning());
    updateCounts();
}

void DoorWindow::updateConflicts()
{
    m_conflictList->clear();
    const QString zone = m_station->performance().timeZone;
    const QList<CheckinConflict> conflicts = m_station->conflicts();
    for (const CheckinConflict &c : conflicts) {
        QStringList what{c.code};
        if (!c.ticketTypeName.isEmpty())
            what << c.ticketTypeName;
        if (!c.seat.isEmpty())
            what << c.seat;
        QStringList also;
        for (const auto &other : c.otherScans)
            also << tr("Also admitted at %1, %2").arg(other.gate.isEmpty() ? tr("(no gate)") : other.gate,
                                                        ScanOutcome::venueTime(other.scannedAt, zone));
        const QString stands = tr("Admitted at %1, %2").arg(c.gate.isEmpty() ? tr("(no gate)") : c.gate,
                                                             ScanOutcome::venueTime(c.admittedAt, zone));
        auto *item = new QListWidgetItem(what.join(u" · "_s) + u'\n' + stands + u"\n"_s + also.join(u"\n"_s),
                                         m_conflictList);
        item->setData(Qt::UserRole, c.code);
    }
    // Offline scans the server turned down: the person may be inside without a valid ticket.
    const auto refused = m_station->notAccepted();
    for (const auto &scan : refused) {
        QString why = scan.message;
        if (why.isEmpty()) {
            if (scan.status == u"not_found"_s)
                why = tr("unknown ticket");
            else if (scan.status == u"wrong_performance"_s)
                why = tr("a ticket for another show");
            else if (scan.status == u"cancelled"_s)
                why = tr("cancelled");
            else
                why = scan.status;
        }
        auto *item = new QListWidgetItem(tr("%1 · admitted offline at %2, %3\nNot accepted by the server: %4")
                                             .arg(scan.ticketCode, scan.gate,
                                                  ScanOutcome::venueTime(scan.scannedAt, zone), why),
                                         m_conflictList);
        item->setData(Qt::UserRole, scan.ticketCode);
    }
    const bool none = conflicts.isEmpty() && refused.isEmpty();
    m_conflictEmpty->setVisible(none);
    m_conflictList->setVisible(!none);
}

// --- the keyboard -----------------------------------------------------------------------------

void DoorWindow::focusScanField()
{
    // In an inactive window this takes effect when it is active again.
    if (isScanning())
        m_scanField->setFocus(Qt::OtherFocusReason);
}

void DoorWindow::keepFocus()
{
    // The manual field keeps the keyboard while a code is being typed (Alt+M); left empty for a
    // whole round it gives it back, as everything else does: the next scan must not be lost.
    QWidget *focus = QApplication::focusWidget();
    const bool manualEmpty = focus == m_manualField && m_manualField->text().isEmpty();
    const bool manualWasIdle = std::exchange(m_manualIdle, manualEmpty);
    if (!isScanning() || focus == m_scanField || QApplication::activeModalWidget() ||
        QApplication::activePopupWidget())
        return;
    if (focus == m_manualField && !(manualEmpty && manualWasIdle))
        return;
    if (focus && focus->window() != this)
        return;
    focusScanField();
}

bool DoorWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The scan field is emptied after every scan: its own undo has nothing to give back, so the
    // key goes to "Undo last scan".
    if (watched == m_scanField && event->type() == QEvent::ShortcutOverride &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Undo))
        return true;
    return QMainWindow::eventFilter(watched, event);
}

bool DoorWindow::event(QEvent *event)
{
    const bool handled = QMainWindow::event(event);
    if (event->type() == QEvent::WindowActivate)
        focusScanField();
    return handled;
}

} // namespace mq::client
