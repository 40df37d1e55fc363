#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// A private PostgreSQL cluster for tests: initdb into a temporary folder, its own port and
// socket folder, fsync off. One per test process, started on first use and stopped when the
// process exits. Missing PostgreSQL binaries are an error, never a silent skip.
class PgCluster
{
public:
    static PgCluster *instance();

    ~PgCluster();
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    bool start(QString *error);
    void stop();
    // Fault tests: stops the server at once (as a crash would) keeping its data, and starts it
    // again on the same port.
    bool pause();
    bool resume();
    bool isRunning() const { return m_running; }

    // A fresh, uniquely named database as the URL marquee-server takes
    // (postgresql://postgres@127.0.0.1:PORT/DBNAME); starts the cluster when needed.
    // Empty on failure, with the reason in lastError().
    QString createDatabase();

    quint16 port() const { return m_port; }
    QString socketDir() const;
    QString lastError() const { return m_lastError; }

private:
    PgCluster() = default;

    QString binDir(QString *error) const;
    // Runs a PostgreSQL program; as root through runuser as the postgres user.
    bool run(const QString &program, const QStringList &args, QString *output, int timeoutMs);
    QStringList commandLine(const QString &program, const QStringList &args) const;
    QString logTail() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_bin;
    quint16 m_port = 0;
    QString m_options; // the postgres options it was started with
    bool m_running = false;
    bool m_asPostgresUser = false;
    int m_databaseCount = 0;
    QString m_lastError;
};
