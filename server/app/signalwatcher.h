#pragma once

#include <QObject>

class QSocketNotifier;

namespace mq::app {

// Turns SIGTERM and SIGINT into a Qt signal on the main thread (self-pipe trick: the handler
// only writes a byte).
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested();

private:
    static void handle(int signal);
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace mq::app
