#include "support/pgcluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QVersionNumber>

#include <fcntl.h>
#include <pwd.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

extern char **environ;

using namespace Qt::StringLiterals;

namespace {

void stopInstanceAtExit()
{
    PgCluster::instance()->stop();
}

// Runs argv to completion without Qt: used while the process exits, when QProcess may no
// longer have an event dispatcher to lean on.
int spawnAndWait(const QStringList &argv)
{
    std::vector<QByteArray> bytes;
    bytes.reserve(argv.size());
    for (const QString &arg : argv)
        bytes.push_back(QFile::encodeName(arg));
    std::vector<char *> pointers;
    for (QByteArray &b : bytes)
        pointers.push_back(b.data());
    pointers.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, pointers.front(), &actions, nullptr, pointers.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0)
        return -1;
    int status = 0;
    if (waitpid(pid, &status, 0) < 0)
        return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

quint16 pickFreePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

PgCluster *PgCluster::instance()
{
    static PgCluster cluster;
    return &cluster;
}

PgCluster::~PgCluster()
{
    stop();
}

QString PgCluster::socketDir() const
{
    return m_dir ? m_dir->path() : QString();
}

QString PgCluster::binDir(QString *error) const
{
    // The newest installed major version wins.
    const QDir root(u"/usr/lib/postgresql"_s);
    QVersionNumber best;
    QString bestDir;
    for (const QString &entry : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString bin = root.filePath(entry + u"/bin"_s);
        if (!QFile::exists(bin + u"/initdb"_s) || !QFile::exists(bin + u"/pg_ctl"_s))
            continue;
        const QVersionNumber version = QVersionNumber::fromString(entry);
        if (bestDir.isEmpty() || version > best) {
            best = version;
            bestDir = bin;
        }
    }
    if (bestDir.isEmpty())
        *error = u"PostgreSQL server binaries not found in /usr/lib/postgresql/*/bin "
                 "(install the 'postgresql' package, see scripts/setup.sh); "
                 "PostgreSQL tests cannot be skipped"_s;
    return bestDir;
}

QStringList PgCluster::commandLine(const QString &program, const QStringList &args) const
{
    const QString path = m_bin + u'/' + program;
    if (!m_asPostgresUser)
        return QStringList{path} + args;
    const QString runuser = QStandardPaths::findExecutable(
        u"runuser"_s, {u"/usr/sbin"_s, u"/sbin"_s, u"/usr/bin"_s, u"/bin"_s});
    return QStringList{runuser, u"-u"_s, u"postgres"_s, u"--"_s, path} + args;
}

bool PgCluster::run(const QString &program, const QStringList &args, QString *output, int timeoutMs)
{
    const QStringList argv = commandLine(program, args);
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    // PostgreSQL programs look up the current folder; it must be readable by postgres.
    process.setWorkingDirectory(m_dir->path());
    process.start(argv.first(), argv.mid(1));
    if (!process.waitForStarted(10000)) {
        *output = u"cannot start %1: %2"_s.arg(argv.first(), process.errorString());
        return false;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        *output = QString::fromLocal8Bit(process.readAll()) + u"\n(timed out)"_s;
        return false;
    }
    *output = QString::fromLocal8Bit(process.readAll());
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

QString PgCluster::logTail() const
{
    QFile log(m_dir->filePath(u"postgres.log"_s));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = log.readAll();
    return QString::fromLocal8Bit(text.right(4000));
}

bool PgCluster::start(QString *error)
{
    if (m_running)
        return true;
    QString message;
    m_bin = binDir(&message);
    if (m_bin.isEmpty()) {
        *error = message;
        return false;
    }

    // initdb refuses to run as root: then every PostgreSQL program runs as "postgres",
    // and the cluster's folder belongs to that user.
    m_asPostgresUser = geteuid() == 0;
    uid_t uid = 0;
    gid_t gid = 0;
    if (m_asPostgresUser) {
        const passwd *pw = getpwnam("postgres");
        if (!pw) {
            *error = u"running as root, but there is no 'postgres' system user to run the "
                     "test cluster as (install the 'postgresql' package)"_s;
            return false;
        }
        uid = pw->pw_uid;
        gid = pw->pw_gid;
    }

    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/marquee-pg-XXXXXX"_s);
    if (!m_dir->isValid()) {
        *error = u"cannot create a temporary folder for the cluster: "_s + m_dir->errorString();
        return false;
    }
    if (m_asPostgresUser && ::chown(QFile::encodeName(m_dir->path()).constData(), uid, gid) != 0) {
        *error = u"cannot hand %1 to the postgres user"_s.arg(m_dir->path());
        return false;
    }

    const QString dataDir = m_dir->filePath(u"data"_s);
    if (!run(u"initdb"_s,
             {u"-D"_s, dataDir, u"-A"_s, u"trust"_s, u"-U"_s, u"postgres"_s, u"--no-sync"_s,
              u"-E"_s, u"UTF8"_s, u"--locale=C.UTF-8"_s},
             &message, 120000)) {
        *error = u"initdb failed: "_s + message;
        return false;
    }

    // Another process may grab the port between probing and binding it: try a few.
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = pickFreePort();
        if (m_port == 0) {
            *error = u"no free TCP port on 127.0.0.1"_s;
            return false;
        }
        const QString options =
            u"-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300 "
            "-c shared_buffers=64MB"_s.arg(m_port)
                .arg(m_dir->path());
        if (run(u"pg_ctl"_s,
                {u"-D"_s, dataDir, u"-l"_s, m_dir->filePath(u"postgres.log"_s), u"-w"_s, u"-t"_s,
                 u"60"_s, u"-o"_s, options, u"start"_s},
                &message, 90000)) {
            m_running = true;
            m_options = options;
            if (QCoreApplication::instance())
                qAddPostRoutine(stopInstanceAtExit);
            return true;
        }
    }
    *error = u"pg_ctl start failed: "_s + message + u"\n--- postgres.log ---\n"_s + logTail();
    m_port = 0;
    return false;
}

void PgCluster::stop()
{
    if (!m_running)
        return;
    m_running = false;
    spawnAndWait(commandLine(u"pg_ctl"_s, {u"-D"_s, m_dir->filePath(u"data"_s), u"-m"_s,
                                           u"immediate"_s, u"-w"_s, u"stop"_s}));
    m_dir.reset();
}

bool PgCluster::pause()
{
    if (!m_running)
        return false;
    QString message;
    return run(u"pg_ctl"_s, {u"-D"_s, m_dir->filePath(u"data"_s), u"-m"_s, u"immediate"_s, u"-w"_s,
                             u"stop"_s},
               &message, 60000);
}

bool PgCluster::resume()
{
    if (!m_running)
        return false;
    QString message;
    return run(u"pg_ctl"_s,
               {u"-D"_s, m_dir->filePath(u"data"_s), u"-l"_s, m_dir->filePath(u"postgres.log"_s),
                u"-w"_s, u"-t"_s, u"60"_s, u"-o"_s, m_options, u"start"_s},
               &message, 90000);
}

QString PgCluster::createDatabase()
{
    if (!m_running && !start(&m_lastError))
        return {};
    const QString name = u"marquee_test_%1"_s.arg(++m_databaseCount);
    QString output;
    // createdb is only a client: it needs no special user, and trust authentication lets it in.
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir->path());
    process.start(m_bin + u"/createdb"_s, {u"-h"_s, u"127.0.0.1"_s, u"-p"_s,
                                           QString::number(m_port), u"-U"_s, u"postgres"_s, name});
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        m_lastError =
            u"createdb %1 failed: %2"_s.arg(name, QString::fromLocal8Bit(process.readAll()));
        return {};
    }
    return u"postgresql://postgres@127.0.0.1:%1/%2"_s.arg(m_port).arg(name);
}
