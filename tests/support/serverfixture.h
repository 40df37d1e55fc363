#pragma once

#include "support/serverprocess.h"
#include "support/testclient.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// One real server on a fresh database of the backend under test, with one bootstrapped user
// per role: usernames "customer", "clerk", "manager" and "admin", all with staffPassword().
class ServerFixture
{
public:
    explicit ServerFixture(const QString &serverBinary);

    bool start(const QStringList &extraArgs = {});
    // Stops the server with SIGTERM (it must exit with 0) and starts it again on the same
    // database with the same arguments; clients must reconnect (the port changes).
    bool restart();
    // The same, on the same port, after the server stayed down for `downMs` (reconnect tests).
    bool restartOnSamePort(int downMs = 0);
    QString errorString() const { return m_error; }
    QString databaseUrl() const { return m_databaseUrl; }
    quint16 port() const { return m_server.port(); }
    ServerProcess &server() { return m_server; }

    // Moves the server's clock (`--test-clock`): from now on it runs `msecs` ahead of the real
    // one; 0 puts it back. Takes effect at the server's next look at the clock.
    bool setClockOffset(qint64 msecs);

    static QString staffPassword();
    static QStringList roles();

    // A connected client, or nullptr (the reason goes to qWarning).
    std::unique_ptr<TestClient> connect();
    // A connected client logged in as that user, or nullptr (the reason goes to qWarning).
    std::unique_ptr<TestClient> loginAs(const QString &username,
                                        const QString &password = staffPassword());
    // Registers a new customer and logs it in on a new connection; nullptr on failure.
    std::unique_ptr<TestClient> newCustomer(const QString &username,
                                            const QString &password = staffPassword());

private:
    QTemporaryDir m_dir;
    QString m_databaseUrl;
    ServerProcess m_server;
    QStringList m_extraArgs;
    QString m_clockFile;
    QString m_error;
};
