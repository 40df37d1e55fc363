#pragma once

#include "door/scanoutcome.h"
#include "shared/domain.h"

#include <QMainWindow>
#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace mq::client {

class DoorSounds;
class DoorStation;
class OfflineScanStore;
class PerformanceSearch;
class ScanBanner;
class ServerConnection;

// Check-in at the door: pick the performance and name the gate, then scan. A USB barcode scanner
// "types" each code and Enter into the scan field, which always has the keyboard; the answer
// fills the window's width in green or red with a sound of its own. Offline the door keeps
// admitting from the downloaded kit and uploads its scans when the connection returns.
class DoorWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `storePath` empty: the station's file in the application's data folder.
    explicit DoorWindow(ServerConnection *connection, QWidget *parent = nullptr,
                        const QString &storePath = {});
    ~DoorWindow() override;

    DoorStation *station() const { return m_station; }
    ScanBanner *banner() const { return m_banner; }
    DoorSounds *sounds() const { return m_sounds; }
    QLineEdit *scanField() const { return m_scanField; }
    bool isScanning() const;

    // Starts scanning at once (the --door command line and tests).
    void startScanning(const Performance &performance, const QString &eventTitle, const QString &gate);
    // Back to choosing the performance and gate.
    void changeShow();

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createSetupPage();
    QWidget *createScanPage();
    void onPerformanceChosen(const Performance &performance, const QString &eventTitle);
    void startFromSetup();
    void submitScan();
    void submitManual();
    void onAnswered(const ScanOutcome &outcome);
    void onAnswerRefined(const ScanOutcome &outcome);
    void onUploadFinished(int admitted, int conflicts, int refused);
    void updateCounts();
    void updateConnection();
    void updateConflicts();
    void updateStartable();
    void focusScanField();
    void keepFocus();
    // Offline, the choice is among the shows whose kits are on this computer.
    void updateSetupMode();
    void fillStoredShows();
    void focusSetup();

    QPointer<ServerConnection> m_connection;
    OfflineScanStore *m_store;
    DoorStation *m_station;
    DoorSounds *m_sounds;
    QStackedWidget *m_pages;

    // Setup
    QWidget *m_setupPage = nullptr;
    PerformanceSearch *m_search = nullptr;
    QLineEdit *m_gateField = nullptr;
    QLabel *m_chosenLabel = nullptr;
    QWidget *m_storedPanel = nullptr;
    QListWidget *m_storedList = nullptr;
    QLabel *m_storedEmpty = nullptr;
    QPushButton *m_startButton = nullptr;
    Performance m_chosen;
    QString m_chosenTitle;

    // Scanning
    QWidget *m_scanPage = nullptr;
    QLabel *m_showLabel = nullptr;
    QLabel *m_gateLabel = nullptr;
    QLabel *m_connectionPill = nullptr;
    QLabel *m_offlineLabel = nullptr;
    QLabel *m_noticeLabel = nullptr;
    ScanBanner *m_banner = nullptr;
    QLineEdit *m_scanField = nullptr;
    QLabel *m_countLabel = nullptr;
    QProgressBar *m_countBar = nullptr;
    QLabel *m_gatesLabel = nullptr;
    QLineEdit *m_manualField = nullptr;
    QPushButton *m_manualButton = nullptr;
    QPushButton *m_undoButton = nullptr;
    QCheckBox *m_soundBox = nullptr;
    QListWidget *m_conflictList = nullptr;
    QLabel *m_conflictEmpty = nullptr;
    QTimer *m_readyTimer = nullptr;
    QTimer *m_focusTimer = nullptr;
    bool m_manualIdle = false; // the manual field had the keyboard, empty, at the last check
};

} // namespace mq::client
