#pragma once

#include <QDateTime>
#include <QLabel>

class QTimer;

namespace mq::client {

// "Seats held for 09:41": the time left on a hold, ticking every second, in the warning colour
// for the last minute. Screen readers hear it at each whole minute and at 30 and 10 seconds;
// at zero it says the hold is over and emits expired().
class HoldCountdown : public QLabel
{
    Q_OBJECT
public:
    explicit HoldCountdown(QWidget *parent = nullptr);

    void start(const QDateTime &expiresAtUtc);
    void stop();
    bool isRunning() const;
    // Whole seconds left (0 when stopped or over).
    int secondsLeft() const;

Q_SIGNALS:
    void expired();

private:
    void tick();

    QTimer *m_timer;
    QDateTime m_expiresAt;
    int m_lastAnnounced = -1;
    bool m_warning = false;
};

} // namespace mq::client
