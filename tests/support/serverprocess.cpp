#include "support/serverprocess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QtDebug>

using namespace Qt::StringLiterals;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

ServerProcess::ServerProcess(const QString &binary) : m_binary(binary) {}

ServerProcess::~ServerProcess()
{
    const bool crashed = m_process.state() == QProcess::NotRunning && !m_killed &&
                         m_process.exitStatus() == QProcess::CrashExit && m_port != 0;
    if (crashed || QTest::currentTestFailed())
        printDiagnostics();
    kill();
}

QByteArray ServerProcess::standardOutput() const
{
    return readFile(m_logDir.filePath(u"stdout.log"_s));
}

QByteArray ServerProcess::standardError() const
{
    return readFile(m_logDir.filePath(u"stderr.log"_s));
}

void ServerProcess::printDiagnostics()
{
    const QByteArray all = standardError();
    const QByteArray fresh = all.mid(qMin(m_printedBytes, all.size()));
    m_printedBytes = all.size();
    if (fresh.isEmpty()) {
        qWarning("--- marquee-server wrote nothing new to stderr ---");
        return;
    }
    const QByteArray shown = fresh.right(20000);
    qWarning().noquote() << u"--- marquee-server stderr (%1 new bytes%2) ---"_s.arg(fresh.size())
                                .arg(shown.size() < fresh.size()
                                         ? u", the last %1 shown"_s.arg(shown.size())
                                         : QString());
    qWarning().noquote() << QString::fromUtf8(shown);
    qWarning("--- end of marquee-server stderr ---");
}

bool ServerProcess::start(const QString &databaseUrl, const QStringList &extraArgs, int timeoutMs)
{
    if (!m_logDir.isValid()) {
        m_error = u"cannot create a log folder: "_s + m_logDir.errorString();
        return false;
    }
    m_port = 0;
    m_killed = false;
    const QString outPath = m_logDir.filePath(u"stdout.log"_s);
    QFile::remove(outPath);
    m_process.setStandardOutputFile(outPath, QIODevice::Truncate);
    m_process.setStandardErrorFile(m_logDir.filePath(u"stderr.log"_s), QIODevice::Append);
    m_process.setStandardInputFile(QProcess::nullDevice());
    const QStringList args =
        QStringList{u"--listen"_s, u"127.0.0.1:0"_s, u"--database"_s, databaseUrl} + extraArgs;
    m_process.start(m_binary, args);
    if (!m_process.waitForStarted(10000)) {
        m_error = u"cannot start %1: %2"_s.arg(m_binary, m_process.errorString());
        return false;
    }

    static const QRegularExpression listening(u"listening on 127\\.0\\.0\\.1:(\\d+)"_s);
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(readFile(outPath)));
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            if (m_port != 0)
                return true;
        }
        // Doubles as a short sleep that notices an early exit.
        if (m_process.waitForFinished(25)) {
            m_error = u"marquee-server exited (code %1) before listening; stderr:\n%2"_s.arg(
                QString::number(m_process.exitCode()), QString::fromUtf8(standardError()));
            return false;
        }
    }
    m_error = u"marquee-server did not print 'listening on 127.0.0.1:PORT' within %1 ms; "
              "stdout:\n%2\nstderr:\n%3"_s.arg(QString::number(timeoutMs),
                                               QString::fromUtf8(standardOutput()),
                                               QString::fromUtf8(standardError()));
    kill();
    return false;
}

qint64 ServerProcess::residentBytes() const
{
    QFile status(u"/proc/%1/status"_s.arg(pid()));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong() * 1024;
    }
    return -1;
}

bool ServerProcess::isRunning()
{
    if (m_process.state() == QProcess::NotRunning)
        return false;
    // Lets QProcess notice an exit that happened while nobody ran an event loop.
    m_process.waitForFinished(0);
    return m_process.state() != QProcess::NotRunning;
}

int ServerProcess::stop(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    m_process.terminate();
    if (!m_process.waitForFinished(timeoutMs)) {
        m_error = u"marquee-server did not exit within %1 ms of SIGTERM"_s.arg(timeoutMs);
        kill();
        return -1;
    }
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

void ServerProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_killed = true;
    m_process.kill();
    m_process.waitForFinished(10000);
}

bool ServerProcess::addUser(const QString &databaseUrl, const QString &username,
                            const QString &password, const QString &role)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(m_binary,
                  {u"--database"_s, databaseUrl, u"adduser"_s, username, u"--role"_s, role});
    if (!process.waitForStarted(10000)) {
        m_error = u"cannot start %1: %2"_s.arg(m_binary, process.errorString());
        return false;
    }
    process.write(password.toUtf8() + '\n');
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(2000);
        m_error = u"adduser %1 timed out"_s.arg(username);
        return false;
    }
    const QString output = QString::fromUtf8(process.readAll());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = u"adduser %1 --role %2 failed (exit %3): %4"_s.arg(
            username, role, QString::number(process.exitCode()), output);
        return false;
    }
    return true;
}
