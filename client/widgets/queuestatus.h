#pragma once

#include <QFrame>

class QLabel;

namespace mq::client {

class PurchaseRequest;

// Where a purchase stands while it is not yet answered: its place in the server's waiting room
// ("You are number 42 in the queue", "Estimated wait: about 2 minutes") or why it is being asked
// again. Large and calm, hidden while there is nothing to say; it follows a PurchaseRequest and
// goes away by itself when the purchase is answered. The position label's accessible name is
// the whole news, so a screen reader hears each change.
class QueueStatus : public QFrame
{
    Q_OBJECT
public:
    explicit QueueStatus(QWidget *parent = nullptr);

    void follow(PurchaseRequest *request);
    // Smaller, for a side panel (the box office): the news without the note to the customer.
    void setCompact(bool compact);
    // What the customer is asked to do meanwhile (the default suits a window on a desktop).
    void setNote(const QString &note);
    void showPosition(int position, qint64 estimatedWaitMs);
    void showRetrying(const QString &why);
    void clear();

    QString positionText() const;

private:
    void announce();

    QLabel *m_headline;
    QLabel *m_detail;
    QLabel *m_note;
};

} // namespace mq::client
