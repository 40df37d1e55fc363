#include "core/serverconnection.h"
#include "shared/methods.h"
#include "support/catalogseed.h"
#include "support/serverfixture.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace mq;
using namespace mq::client;

// Waits for a condition while the event loop runs.
template<typename Predicate>
static bool waitFor(Predicate ready, int timeoutMs = 20000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!ready() && !deadline.hasExpired())
        QTest::qWait(10);
    return ready();
}

// Runs a call and waits for its result.
static std::optional<RpcResult> callAndWait(ServerConnection &c, const QString &method,
                                            const QJsonObject &params = {}, int timeoutMs = -1)
{
    std::optional<RpcResult> result;
    c.call(method, params, &c, [&](const RpcResult &r) { result = r; }, timeoutMs);
    waitFor([&] { return result.has_value(); });
    return result;
}

class TestServerConnection : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void callsAndErrorsAreTyped();
    void requestsTimeOut();
    void reconnectsAndResumesAfterRestart();
    void sessionEndsWhenRevokedElsewhere();
    void speaksTls();
    void followsEveryPage();

private:
    std::unique_ptr<ServerConnection> connectedAs(const QString &username);
    ServerFixture m_fixture{QStringLiteral(MARQUEE_SERVER_BINARY)};
};

void TestServerConnection::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
}

void TestServerConnection::followsEveryPage()
{
    // A catalog longer than a page (limit 2 here) arrives whole, in the server's order.
    auto manager = m_fixture.loginAs(u"manager"_s);
    QVERIFY(manager);
    for (int i = 0; i < 5; ++i) {
        const qint64 event = seed::createEvent(*manager, u"Pager %1"_s.arg(i));
        QVERIFY(event && seed::createPerformance(*manager, event, seed::daysFromNow(40 + i)));
    }
    auto c = connectedAs(u"customer"_s);
    QVERIFY(c);
    std::optional<RpcResult> all;
    c->callAllPages(methodName(Method::CatalogListEvents),
                    {{u"query"_s, u"Pager"_s}, {u"limit"_s, 2}}, u"events"_s, c.get(),
                    [&](const RpcResult &r) { all = r; });
    QTRY_VERIFY_WITH_TIMEOUT(all.has_value(), 10000);
    QVERIFY(all->ok());
    const QJsonArray events = all->result.value(u"events"_s).toArray();
    QCOMPARE(events.size(), 5);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(events.at(i).toObject().value(u"title"_s).toString(), u"Pager %1"_s.arg(i));
    QVERIFY(!all->result.contains(u"nextCursor"_s));
}

std::unique_ptr<ServerConnection> TestServerConnection::connectedAs(const QString &username)
{
    auto c = std::make_unique<ServerConnection>();
    c->setServer(ServerAddress{u"127.0.0.1"_s, m_fixture.port(), false});
    c->open();
    std::optional<RpcResult> login;
    c->login(username, ServerFixture::staffPassword(), c.get(), [&](const RpcResult &r) { login = r; });
    if (!waitFor([&] { return login.has_value(); }) || !login->ok())
        return nullptr;
    return c;
}

void TestServerConnection::callsAndErrorsAreTyped()
{
    ServerConnection c;
    QSignalSpy states(&c, &ServerConnection::stateChanged);
    c.setServer(ServerAddress{u"127.0.0.1"_s, m_fixture.port(), false});
    c.open();
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), ServerConnection::State::Connected, 10000);
    QVERIFY(states.count() >= 2); // Connecting, Connected

    auto unknown = callAndWait(c, u"no.such.method"_s);
    QVERIFY(unknown);
    QCOMPARE(unknown->kind, RpcResult::Kind::Error);
    QCOMPARE(unknown->error.code, ErrorCode::MethodNotFound);

    auto anonymous = callAndWait(c, methodName(Method::CatalogListEvents));
    QVERIFY(anonymous->is(ErrorCode::NotAuthenticated, u"not_authenticated"_s));

    std::optional<RpcResult> wrong;
    c.login(u"customer"_s, u"not the password"_s, &c, [&](const RpcResult &r) { wrong = r; });
    QTRY_VERIFY(wrong.has_value());
    QVERIFY(wrong->is(ErrorCode::NotAuthenticated, u"invalid_credentials"_s));
    QVERIFY(!c.isAuthenticated());
    QVERIFY(!wrong->message().isEmpty());

    QSignalSpy authenticated(&c, &ServerConnection::authenticated);
    std::optional<RpcResult> ok;
    c.login(u"customer"_s, ServerFixture::staffPassword(), &c, [&](const RpcResult &r) { ok = r; });
    QTRY_VERIFY(ok.has_value());
    QVERIFY(ok->ok());
    QCOMPARE(authenticated.count(), 1);
    QCOMPARE(c.user()->role, Role::Customer);
    QVERIFY(c.token().size() >= 43);

    auto validation = callAndWait(c, methodName(Method::OrderPurchase),
                                  {{u"ticketTypeId"_s, 1}, {u"quantity"_s, 0},
                                   {u"payment"_s, QJsonObject{{u"provider"_s, u"sandbox"_s}, {u"token"_s, u"tok_ok"_s}}}});
    QVERIFY(validation->is(ErrorCode::Validation));
    QCOMPARE(validation->field(), u"quantity"_s);

    // A callback whose context is gone is never run.
    bool ran = false;
    {
        QObject context;
        c.call(methodName(Method::CatalogListEvents), {}, &context, [&](const RpcResult &) { ran = true; });
    }
    QVERIFY(callAndWait(c, methodName(Method::CatalogListEvents))->ok());
    QVERIFY(!ran);
}

void TestServerConnection::requestsTimeOut()
{
    // A server that accepts and never answers.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    ServerConnection c;
    c.setServer(ServerAddress{u"127.0.0.1"_s, silent.serverPort(), false});
    c.open();
    QTRY_COMPARE(c.state(), ServerConnection::State::Connected);
    auto r = callAndWait(c, methodName(Method::CatalogListEvents), {}, 300);
    QVERIFY(r);
    QCOMPARE(r->kind, RpcResult::Kind::Timeout);
    QVERIFY(!r->message().isEmpty());
}

void TestServerConnection::reconnectsAndResumesAfterRestart()
{
    auto manager = m_fixture.loginAs(u"manager"_s);
    QVERIFY(manager);
    const qint64 eventId = seed::createEvent(*manager, u"Reconnect Gala"_s);
    const qint64 performanceId = seed::createPerformance(*manager, eventId, seed::daysFromNow(5));
    const qint64 ticketTypeId = seed::createTicketType(*manager, performanceId, u"Standard"_s, 4500, 100);
    QVERIFY(ticketTypeId > 0);

    auto c = connectedAs(u"customer"_s);
    QVERIFY(c);
    c->subscribe(performanceId);
    QVERIFY(callAndWait(*c, methodName(Method::CatalogGetPerformance), {{u"performanceId"_s, performanceId}})->ok());
    QSignalSpy authenticated(c.get(), &ServerConnection::authenticated);
    QSignalSpy pushes(c.get(), &ServerConnection::inventoryChanged);
    QSignalSpy ended(c.get(), &ServerConnection::sessionEnded);

    QVERIFY2(m_fixture.restartOnSamePort(700), qPrintable(m_fixture.errorString()));
    // Back, and the same user again without a password: the token resumed the session.
    QTRY_COMPARE_WITH_TIMEOUT(authenticated.count(), 1, 20000);
    QCOMPARE(c->state(), ServerConnection::State::Connected);
    QVERIFY(c->isAuthenticated());
    QCOMPARE(ended.count(), 0);
    QVERIFY(callAndWait(*c, methodName(Method::OrderListMine))->ok());

    // The subscription came back too: another buyer's purchase is pushed.
    auto buyer = m_fixture.newCustomer(u"pushbuyer"_s);
    QVERIFY(buyer);
    const QJsonObject purchase{{u"ticketTypeId"_s, ticketTypeId}, {u"quantity"_s, 2},
                               {u"payment"_s, seed::sandboxPayment()}};
    const auto bought = buyer->call(methodName(Method::OrderPurchase), purchase);
    QVERIFY(bought.ok);
    QTRY_VERIFY_WITH_TIMEOUT(pushes.count() >= 1, 10000);
    QCOMPARE(pushes.last().at(0).toLongLong(), performanceId);
    const QJsonArray types = pushes.last().at(1).toJsonArray();
    QCOMPARE(types.first().toObject().value(u"remaining"_s).toInt(), 98);
}

void TestServerConnection::sessionEndsWhenRevokedElsewhere()
{
    auto c = connectedAs(u"clerk"_s);
    QVERIFY(c);
    QSignalSpy ended(c.get(), &ServerConnection::sessionEnded);
    // The same user changes the password elsewhere: every other session ends.
    auto other = m_fixture.loginAs(u"clerk"_s);
    QVERIFY(other);
    const QJsonObject change{{u"oldPassword"_s, ServerFixture::staffPassword()},
                             {u"newPassword"_s, QString(ServerFixture::staffPassword() + u"-2"_s)}};
    QVERIFY(other->call(methodName(Method::AccountChangePassword), change).ok);
    auto r = callAndWait(*c, methodName(Method::OrderListMine));
    QVERIFY(r->is(ErrorCode::NotAuthenticated));
    QCOMPARE(ended.count(), 1);
    QVERIFY(!c->isAuthenticated());
    QVERIFY(c->token().isEmpty());
}

void TestServerConnection::speaksTls()
{
    QTemporaryDir dir;
    const QString cert = dir.filePath(u"cert.pem"_s);
    const QString key = dir.filePath(u"key.pem"_s);
    QProcess openssl;
    openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, key,
                                 u"-out"_s, cert, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=localhost"_s});
    QVERIFY(openssl.waitForFinished(60000));
    QCOMPARE(openssl.exitCode(), 0);
    ServerFixture tls{QStringLiteral(MARQUEE_SERVER_BINARY)};
    QVERIFY2(tls.start({u"--tls-cert"_s, cert, u"--tls-key"_s, key}), qPrintable(tls.errorString()));

    ServerConnection c;
    c.setServer(*ServerAddress::parse(u"tls://127.0.0.1:%1"_s.arg(tls.port())));
    QVERIFY(c.server().tls);
    c.setIgnoreTlsErrors(true); // a self-signed test certificate
    c.open();
    std::optional<RpcResult> login;
    c.login(u"admin"_s, ServerFixture::staffPassword(), &c, [&](const RpcResult &r) { login = r; });
    QTRY_VERIFY_WITH_TIMEOUT(login.has_value(), 20000);
    QVERIFY(login->ok());
    QCOMPARE(c.user()->role, Role::Admin);

    // Without trusting the certificate the client never gets through.
    ServerConnection strict;
    strict.setServer(*ServerAddress::parse(u"tls://127.0.0.1:%1"_s.arg(tls.port())));
    strict.open();
    auto r = callAndWait(strict, methodName(Method::CatalogListEvents), {}, 1500);
    QVERIFY(!r->ok());
    QVERIFY(r->kind == RpcResult::Kind::Timeout || r->kind == RpcResult::Kind::Disconnected);
}

QTEST_GUILESS_MAIN(TestServerConnection)
#include "tst_serverconnection.moc"
