// Authorization matrix: every admin.* method of shared/methods.h against every role. Managers may
// call every admin.* method except the user administration ones, which are the admin's alone.
#include "support/rpcassert.h"
#include "support/serverfixture.h"

#include "shared/envelope.h"
#include "shared/methods.h"

#include <QJsonArray>
#include <QMap>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestE2eAuthz : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void everyAdminMethodIsListed();
    void adminMethods_data();
    void adminMethods();

private:
    static QStringList adminMethodNames();
    static bool isAdminOnly(const QString &method);

    ServerFixture m_fixture{QStringLiteral(MARQUEE_SERVER_BINARY)};
    QMap<QString, std::shared_ptr<TestClient>> m_clients; // by role; "anonymous" too
    int m_nextId = 1;
};

QStringList TestE2eAuthz::adminMethodNames()
{
    QStringList names;
    for (int i = 0; i < mq::MethodCount; ++i) {
        const QString name = mq::methodName(mq::Method(i));
        if (name.startsWith(u"admin."_s))
            names.append(name);
    }
    return names;
}

bool TestE2eAuthz::isAdminOnly(const QString &method)
{
    return method == mq::methodName(mq::Method::AdminListUsers)
        || method == mq::methodName(mq::Method::AdminSetUserRole)
        || method == mq::methodName(mq::Method::AdminUnlockUser);
}

void TestE2eAuthz::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    std::shared_ptr<TestClient> anonymous = m_fixture.connect();
    QVERIFY(anonymous);
    m_clients.insert(u"anonymous"_s, anonymous);
    for (const QString &role : ServerFixture::roles()) {
        std::shared_ptr<TestClient> client = m_fixture.loginAs(role);
        QVERIFY2(client, qPrintable(u"cannot log in as "_s + role));
        QCOMPARE(client->user().value(u"role"_s).toString(), role);
        m_clients.insert(role, client);
    }
}

void TestE2eAuthz::cleanup()
{
    if (QTest::currentTestFailed())
        m_fixture.server().printDiagnostics();
}

void TestE2eAuthz::cleanupTestCase()
{
    QVERIFY2(m_fixture.server().isRunning(), "the server died during the tests");
    QCOMPARE(m_fixture.server().stop(), 0);
}

void TestE2eAuthz::everyAdminMethodIsListed()
{
    // The matrix below is generated from MQ_METHODS; make sure it is not empty by accident.
    const QStringList names = adminMethodNames();
    for (const QString &expected :
         {u"admin.createEvent"_s, u"admin.updateEvent"_s, u"admin.deleteEvent"_s,
          u"admin.createPerformance"_s, u"admin.createTicketType"_s, u"admin.updateTicketType"_s,
          u"admin.deleteTicketType"_s, u"admin.listUsers"_s, u"admin.setUserRole"_s,
          u"admin.unlockUser"_s})
        QVERIFY2(names.contains(expected), qPrintable(expected));
}

void TestE2eAuthz::adminMethods_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("arrayParams");
    for (const QString &method : adminMethodNames()) {
        for (const QString &role :
             {u"anonymous"_s, u"customer"_s, u"clerk"_s, u"manager"_s, u"admin"_s}) {
            QTest::addRow("%s as %s", qPrintable(method), qPrintable(role))
                << method << role << false;
            // Role comes before params: a malformed request still hears 401/403 first.
            QTest::addRow("%s as %s, params an array", qPrintable(method), qPrintable(role))
                << method << role << true;
        }
    }
}

void TestE2eAuthz::adminMethods()
{
    QFETCH(QString, method);
    QFETCH(QString, role);
    QFETCH(bool, arrayParams);
    TestClient &client = *m_clients.value(role);

    const QJsonValue id(u"authz-%1"_s.arg(m_nextId++));
    QJsonObject request{{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, id}, {u"method"_s, method}};
    request.insert(u"params"_s,
                   arrayParams ? QJsonValue(QJsonArray{1, 2}) : QJsonValue(QJsonObject()));
    client.sendObject(request);
    const TestClient::Response r = client.waitForResponse(id);
    QVERIFY2(!r.timedOut, "no answer");

    if (role == u"anonymous"_s) {
        MQ_VERIFY_ERROR(r, 401, "not_authenticated");
    } else if (role == u"customer"_s || role == u"clerk"_s
               || (role == u"manager"_s && isAdminOnly(method))) {
        MQ_VERIFY_ERROR(r, 403, "forbidden");
    } else if (arrayParams) {
        MQ_VERIFY_CODE(r, -32602);
    } else {
        // Allowed: whatever the answer (a result, or 422 for the empty params), it is not an
        // authorization refusal, and the method exists.
        QVERIFY2(r.ok || (r.error.code != 401 && r.error.code != 403 && r.error.code != -32601 &&
                          r.error.code != -32603),
                 qPrintable(r.toString()));
    }
}

QTEST_GUILESS_MAIN(TestE2eAuthz)
#include "tst_e2e_authz.moc"
