#pragma once

#include <QObject>

class QSocketNotifier;

namespace mq::app {

// Turns SIGTERM and SIGINT (stop) and SIGHUP (reload) into Qt signals on the main thread
// (self-pipe trick: the handler only writes the signal's number as a byte).
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested();
    void reloadRequested();

private:
    static void handle(int signal);
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace mq::app
