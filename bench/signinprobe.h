#pragma once

#include "shared/envelope.h"

#include <QElapsedTimer>
#include <QObject>

class RpcConnection;

// One sign-in during the rush, as a customer opening the app would do it: a new connection,
// auth.login of an existing user, then the connection is closed. 429/503 answers are tried
// again after data.retryAfterMs. The latency runs from the connect to the final answer.
class SigninProbe : public QObject
{
    Q_OBJECT

public:
    SigninProbe(QString username, QString password, QObject *parent = nullptr);

    void start(const QString &host, quint16 port);

    bool isDone() const { return m_done; }
    bool succeeded() const { return m_ok; }
    qint64 latencyNs() const { return m_latencyNs; }
    int retries() const { return m_retries; }
    QString error() const { return m_error; }

signals:
    void done();

private:
    void login();
    void finish(bool ok, const QString &error);

    RpcConnection *m_connection = nullptr;
    QString m_username;
    QString m_password;
    QElapsedTimer m_clock;
    qint64 m_latencyNs = 0;
    int m_retries = 0;
    bool m_done = false;
    bool m_ok = false;
    QString m_error;
};
