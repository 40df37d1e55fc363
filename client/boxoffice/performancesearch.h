#pragma once

#include "shared/domain.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;

namespace mq::client {

class ServerConnection;

// Step 1 of a sale: find an upcoming performance by typing part of its title or venue. Results
// follow the typing; Up/Down move through them and Enter takes the highlighted one, even when
// pressed before the answer arrived — so a known show is two keystrokes away.
class PerformanceSearch : public QWidget
{
    Q_OBJECT
public:
    explicit PerformanceSearch(ServerConnection *connection, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_edit; }
    QListWidget *resultList() const { return m_list; }
    // Empties the field, lists every upcoming performance again and focuses the field.
    void reset();
    void focusSearch();

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

    ServerConnection *m_connection;
    QLineEdit *m_edit;
    QListWidget *m_list;
    QLabel *m_status;
    QTimer *m_debounce;
    QList<Result> m_results;
    quint64 m_sequence = 0;     // answers to older searches are dropped
    bool m_searching = false;
    bool m_chooseWhenReady = false;
};

} // namespace mq::client
