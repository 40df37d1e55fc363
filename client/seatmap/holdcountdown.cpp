#include "seatmap/holdcountdown.h"

#include "widgets/theme.h"

#include <QAccessible>
#include <QTimer>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mq::client {

HoldCountdown::HoldCountdown(QWidget *parent) : QLabel(parent), m_timer(new QTimer(this))
{
    setObjectName(u"holdCountdownLabel"_s);
    setProperty("role", u"countdown"_s);
    m_timer->setInterval(250); // a second never skips on screen
    connect(m_timer, &QTimer::timeout, this, &HoldCountdown::tick);
    hide();
}

void HoldCountdown::start(const QDeadlineTimer &deadline)
{
    m_deadline = deadline;
    m_running = true;
    m_lastAnnounced = -1;
    m_timer->start();
    show();
    tick();
}

void HoldCountdown::stop()
{
    m_timer->stop();
    m_running = false;
    m_deadline = QDeadlineTimer(QDeadlineTimer::Forever);
    clear();
    hide();
}

void HoldCountdown::setChecking(bool checking)
{
    if (!checking || !m_running)
        return;
    setText(tr("Checking your hold with the server…"));
    setAccessibleName(text());
}

bool HoldCountdown::isRunning() const
{
    return m_timer->isActive();
}

int HoldCountdown::secondsLeft() const
{
    if (!m_running || m_deadline.isForever())
        return 0;
    const qint64 ms = m_deadline.remainingTime();
    return ms <= 0 ? 0 : int((ms + 999) / 1000);
}

void HoldCountdown::tick()
{
    const int left = secondsLeft();
    const bool warning = left < 60;
    if (warning != m_warning) {
        m_warning = warning;
        setProperty("warning", warning);
        Theme::repolish(this);
    }
    if (left <= 0) {
        m_timer->stop();
        setText(tr("Your hold has ended"));
        setAccessibleName(text());
        if (QAccessible::isActive()) {
            QAccessibleEvent event(this, QAccessible::NameChanged);
            QAccessible::updateAccessibility(&event);
        }
        Q_EMIT expired();
        return;
    }
    const QString clock =
        u"%1:%2"_s.arg(left / 60, 2, 10, QChar(u'0')).arg(left % 60, 2, 10, QChar(u'0'));
    setText(tr("Seats held for %1").arg(clock));
    const bool announce = (left % 60 == 0 || left == 30 || left == 10 || m_lastAnnounced < 0) &&
                          left != m_lastAnnounced;
    if (announce) {
        m_lastAnnounced = left;
        setAccessibleName(
            left >= 60 ? tr("Your seats are held for %n more minute(s)", nullptr, (left + 30) / 60)
                       : tr("Your seats are held for %n more second(s)", nullptr, left));
        if (QAccessible::isActive()) {
            QAccessibleEvent event(this, QAccessible::NameChanged);
            QAccessible::updateAccessibility(&event);
        }
    }
}

} // namespace mq::client
