#pragma once

#include "shared/domain.h"

#include <QJsonArray>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QTimer;

namespace mq::client {

class ServerConnection;

// Step 1 of a sale: find an upcoming performance by typing part of its title or venue. Results
// follow the typing; Up/Down move through them and Enter takes the highlighted one, even when
// pressed before the answer arrived — so a known show is two keystrokes away. The "left" of every
// listed performance is live: the list follows their inventory.changed pushes, whoever sold.
class PerformanceSearch : public QWidget
{
    Q_OBJECT
public:
    explicit PerformanceSearch(ServerConnection *connection, QWidget *parent = nullptr);
    ~PerformanceSearch() override;

    QLineEdit *searchField() const { return m_edit; }
    QListWidget *resultList() const { return m_list; }
    // Empties the field, lists every upcoming performance again and focuses the field.
    void reset();
    void focusSearch();
    // Runs the current search again (after a reconnect: pushes may have been missed).
    void refresh();
    // Also lists performances that started up to `seconds` ago (the door admits latecomers);
    // 0, the default, lists only those still to come.
    void setStartedWithin(qint64 seconds);

Q_SIGNALS:
    void performanceChosen(const mq::Performance &performance, const QString &eventTitle);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Result
    {
        Performance performance;
        QString title;
    };

    void search();
    void showResults(const QList<Event> &events, const QString &query);
    void chooseCurrent();
    void moveCurrent(int delta);
    void applyInventory(Id performanceId, const QJsonArray &ticketTypes);
    void describe(QListWidgetItem *item, const Result &result) const;
    // Subscribes to the listed performances and lets go of the others.
    void follow(const QSet<Id> &performanceIds);

    QPointer<ServerConnection> m_connection; // may go before us when the app shuts down
    QSet<Id> m_followed;
    QString m_shownQuery;
    QLineEdit *m_edit;
    QListWidget *m_list;
    QLabel *m_status;
    QTimer *m_debounce;
    QList<Result> m_results;
    qint64 m_startedWithin = 0; // seconds before now the listed performances may have started
    quint64 m_sequence = 0;     // answers to older searches are dropped
    bool m_searching = false;
    bool m_chooseWhenReady = false;
};

} // namespace mq::client
