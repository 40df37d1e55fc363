#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// The real marquee-server as a child process. Its stdout and stderr go to files, not pipes,
// so a chatty server never blocks on a pipe nobody reads while a test waits on a socket.
class ServerProcess
{
public:
    explicit ServerProcess(const QString &binary);
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    // Starts `marquee-server --listen 127.0.0.1:0 --database URL extraArgs…` and waits for its
    // "listening on 127.0.0.1:PORT" line.
    bool start(const QString &databaseUrl, const QStringList &extraArgs = {},
               int timeoutMs = 60000);
    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    // The server's resident memory now (VmRSS), in bytes; -1 when it cannot be read.
    qint64 residentBytes() const;
    bool isRunning();
    // SIGTERM, then waits; the exit code, or -1 when it crashed or did not exit in time.
    int stop(int timeoutMs = 30000);
    // SIGKILL, no questions asked.
    void kill();

    // `marquee-server --database URL adduser USERNAME --role ROLE` with the password on stdin.
    bool addUser(const QString &databaseUrl, const QString &username, const QString &password,
                 const QString &role);

    QString errorString() const { return m_error; }
    QByteArray standardOutput() const;
    QByteArray standardError() const;
    // Prints through qWarning what the server wrote to stderr since the last call (at most its
    // last 20 kB), so a run with many failures does not repeat the same log.
    void printDiagnostics();

private:
    QString m_binary;
    QTemporaryDir m_logDir;
    QProcess m_process;
    quint16 m_port = 0;
    bool m_killed = false;
    qsizetype m_printedBytes = 0;
    QString m_error;
};
