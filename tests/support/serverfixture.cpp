#include "support/serverfixture.h"

#include "support/testbackend.h"

#include <QSaveFile>
#include <QTest>
#include <QtDebug>

using namespace Qt::StringLiterals;

ServerFixture::ServerFixture(const QString &serverBinary) : m_server(serverBinary) {}

QString ServerFixture::staffPassword()
{
    return u"Staff-password-1"_s;
}

bool ServerFixture::setClockOffset(qint64 msecs)
{
    QSaveFile file(m_clockFile);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QByteArray::number(msecs));
    return file.commit();
}

QStringList ServerFixture::roles()
{
    return {u"customer"_s, u"clerk"_s, u"manager"_s, u"admin"_s};
}

bool ServerFixture::start(const QStringList &extraArgs)
{
    m_databaseUrl = freshDatabaseUrl(m_dir);
    if (m_databaseUrl.isEmpty()) {
        m_error = u"no database for backend %1 (see the log above)"_s.arg(testBackend());
        return false;
    }
    for (const QString &role : roles()) {
        if (!m_server.addUser(m_databaseUrl, role, staffPassword(), role)) {
            m_error = m_server.errorString();
            return false;
        }
    }
    m_clockFile = m_dir.filePath(u"clock-offset"_s);
    m_extraArgs = extraArgs + QStringList{u"--test-clock"_s, m_clockFile};
    if (!m_server.start(m_databaseUrl, m_extraArgs)) {
        m_error = m_server.errorString();
        return false;
    }
    return true;
}

bool ServerFixture::restart()
{
    const int exitCode = m_server.stop();
    if (exitCode != 0) {
        m_error =
            u"the server exited with %1 on SIGTERM: %2"_s.arg(exitCode).arg(m_server.errorString());
        return false;
    }
    if (!m_server.start(m_databaseUrl, m_extraArgs)) {
        m_error = m_server.errorString();
        return false;
    }
    return true;
}

bool ServerFixture::restartOnSamePort(int downMs)
{
    const quint16 port = m_server.port();
    const int exitCode = m_server.stop();
    if (exitCode != 0) {
        m_error =
            u"the server exited with %1 on SIGTERM: %2"_s.arg(exitCode).arg(m_server.errorString());
        return false;
    }
    if (downMs > 0)
        QTest::qWait(downMs);
    // The last --listen wins, so this overrides the launcher's own port 0.
    const QStringList args = m_extraArgs + QStringList{u"--listen"_s, u"127.0.0.1:%1"_s.arg(port)};
    if (!m_server.start(m_databaseUrl, args)) {
        m_error = m_server.errorString();
        return false;
    }
    return true;
}

std::unique_ptr<TestClient> ServerFixture::connect()
{
    auto client = std::make_unique<TestClient>();
    if (!client->connectTo(m_server.port())) {
        qWarning("ServerFixture: cannot connect to 127.0.0.1:%u", unsigned(m_server.port()));
        return nullptr;
    }
    return client;
}

std::unique_ptr<TestClient> ServerFixture::loginAs(const QString &username, const QString &password)
{
    auto client = connect();
    if (!client)
        return nullptr;
    const TestClient::Response r = client->login(username, password);
    if (!r.ok) {
        qWarning("ServerFixture: login as %s failed: %s", qPrintable(username),
                 qPrintable(r.toString()));
        return nullptr;
    }
    return client;
}

std::unique_ptr<TestClient> ServerFixture::newCustomer(const QString &username,
                                                       const QString &password)
{
    auto client = connect();
    if (!client)
        return nullptr;
    const TestClient::Response r = client->registerUser(username, password);
    if (!r.ok) {
        qWarning("ServerFixture: register %s failed: %s", qPrintable(username),
                 qPrintable(r.toString()));
        return nullptr;
    }
    const TestClient::Response login = client->login(username, password);
    if (!login.ok) {
        qWarning("ServerFixture: login as %s failed: %s", qPrintable(username),
                 qPrintable(login.toString()));
        return nullptr;
    }
    return client;
}
