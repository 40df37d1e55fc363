#pragma once

#include <QDeadlineTimer>
#include <QLabel>

class QTimer;

namespace mq::client {

// "Seats held for 09:41": the time left on a hold, ticking every second, in the warning colour
// for the last minute. Screen readers hear it at each whole minute and at 30 and 10 seconds;
// at zero it emits expired(). It counts down to a monotonic deadline (ServerClock::deadline()
// of the hold's expiresAt, taken when the server's answer came), never reading the wall clock
// again: a clock set or corrected meanwhile does not change the time left.
class HoldCountdown : public QLabel
{
    Q_OBJECT
public:
    explicit HoldCountdown(QWidget *parent = nullptr);

    void start(const QDeadlineTimer &deadline);
    // The deadline counted down to (tests; the pay page shares the seat picker's).
    QDeadlineTimer deadline() const { return m_deadline; }
    // Past zero, while the server is asked whether the hold really is over: "Checking…".
    void setChecking(bool checking);
    void stop();
    bool isRunning() const;
    // Whole seconds left (0 when stopped or over).
    int secondsLeft() const;

Q_SIGNALS:
    void expired();

private:
    void tick();

    QTimer *m_timer;
    QDeadlineTimer m_deadline{QDeadlineTimer::Forever};
    bool m_running = false;
    int m_lastAnnounced = -1;
    bool m_warning = false;
};

} // namespace mq::client
