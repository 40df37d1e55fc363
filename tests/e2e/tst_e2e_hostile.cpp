// Hostile clients against the real server: each binds its own loopback source address
// (127.0.0.2, 127.0.0.3 …), so the per-source rules are exercised for real, while a well-behaved
// client from 127.0.0.1 must keep being served. Server memory is read from /proc.
#include "seatingkit.h"
#include "support/catalogseed.h"
#include "support/rpcassert.h"
#include "support/serverfixture.h"
#include "support/testclient.h"

#include "shared/frame.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 MiB = 1024 * 1024;

// A raw, non-blocking TCP client from a chosen loopback address with a tiny receive buffer: it
// can send without ever reading, drip bytes, or hold a connection open doing nothing.
class RawClient
{
public:
    RawClient(const char *source, quint16 port)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        if (m_fd < 0)
            return;
        const int small = 4096;
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &small, sizeof small);
        sockaddr_in from{};
        from.sin_family = AF_INET;
        ::inet_pton(AF_INET, source, &from.sin_addr);
        if (::bind(m_fd, reinterpret_cast<sockaddr *>(&from), sizeof from) != 0) {
            close();
            return;
        }
        sockaddr_in to{};
        to.sin_family = AF_INET;
        to.sin_port = htons(port);
        ::inet_pton(AF_INET, "127.0.0.1", &to.sin_addr);
        if (::connect(m_fd, reinterpret_cast<sockaddr *>(&to), sizeof to) != 0) {
            close();
            return;
        }
        ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK);
    }
    ~RawClient() { close(); }
    RawClient(const RawClient &) = delete;
    RawClient &operator=(const RawClient &) = delete;

    bool isOpen() const { return m_fd >= 0; }
    void close()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

    // Sends what the kernel takes now; false once the server has closed or reset.
    bool sendSome(const QByteArray &bytes, qsizetype *sent = nullptr)
    {
        const ssize_t n = ::send(m_fd, bytes.constData(), size_t(bytes.size()), MSG_NOSIGNAL);
        if (sent)
            *sent = n > 0 ? n : 0;
        return n >= 0 || errno == EAGAIN || errno == EWOULDBLOCK;
    }
    static QByteArray request(int id, const QString &method, const QJsonObject &params = {})
    {
        const QJsonObject message{{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, id},
                                  {u"method"_s, method}, {u"params"_s, params}};
        return mq::encodeFrame(QJsonDocument(message).toJson(QJsonDocument::Compact));
    }
    // Reads one whole frame (blocking up to the timeout): for the few answers a hostile client
    // does read, such as its sign-in.
    QJsonObject readFrame(int timeoutMs = 10000)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            if (m_in.size() >= 4) {
                const quint32 length = (quint32(uchar(m_in[0])) << 24) | (quint32(uchar(m_in[1])) << 16)
                                       | (quint32(uchar(m_in[2])) << 8) | quint32(uchar(m_in[3]));
                if (m_in.size() >= qsizetype(4 + length)) {
                    const QByteArray payload = m_in.mid(4, length);
                    m_in.remove(0, 4 + length);
                    return QJsonDocument::fromJson(payload).object();
                }
            }
            pollfd p{m_fd, POLLIN, 0};
            ::poll(&p, 1, 50);
            char buffer[65536];
            const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
            if (n == 0)
                return {};
            if (n > 0)
                m_in.append(buffer, n);
        }
        return {};
    }
    // Whether the server has closed or reset the connection, without reading what it sent.
    bool closedByServer(int waitMs = 0)
    {
        pollfd p{m_fd, POLLRDHUP, 0};
        return ::poll(&p, 1, waitMs) > 0 && (p.revents & (POLLRDHUP | POLLHUP | POLLERR));
    }

private:
    int m_fd = -1;
    QByteArray m_in;
};

void raiseDescriptorLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
}

} // namespace

class TestE2eHostile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void floodWithoutReadingStaysBounded();
    void pipelinedAnswersStayBounded();
    void subscriberThatNeverReadsIsDisconnected();
    void oneSourceCannotTakeEveryConnection();
    void trustedSourcesAreExempt();
    void loginStormFromOneSourceDoesNotStopAClerk();
    void guessingLocksOutOnlyTheGuessingSource();
    void drippedFrameIsCutOff();
    void tricklingBytesDoNotKeepAConnectionAlive();

private:
    // Runs `hostile` every few milliseconds for `ms` while a well-behaved client from 127.0.0.1
    // lists the catalog; returns the worst latency it saw (ms), or -1 when a call failed.
    qint64 serveWhile(ServerFixture &fixture, int ms, const std::function<void()> &hostile);

    ServerFixture m_fixture{QStringLiteral(MARQUEE_SERVER_BINARY)};
};

void TestE2eHostile::initTestCase()
{
    raiseDescriptorLimit();
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    auto manager = m_fixture.loginAs(u"manager"_s);
    QVERIFY(manager);
    // Something to list, so a catalog answer costs the server real work.
    for (int e = 0; e < 20; ++e) {
        const qint64 event = seed::createEvent(*manager, u"Hostile Night %1"_s.arg(e));
        QVERIFY(event);
        QVERIFY(seed::createPerformance(*manager, event, seed::daysFromNow(10 + e)));
    }
}

void TestE2eHostile::cleanup()
{
    if (QTest::currentTestFailed())
        m_fixture.server().printDiagnostics();
}

qint64 TestE2eHostile::serveWhile(ServerFixture &fixture, int ms,
                                  const std::function<void()> &hostile)
{
    auto good = fixture.loginAs(u"customer"_s);
    if (!good)
        return -1;
    qint64 worst = 0;
    QElapsedTimer total;
    total.start();
    QElapsedTimer lastCall;
    lastCall.start();
    while (total.elapsed() < ms) {
        hostile();
        if (lastCall.elapsed() >= 200) {
            QElapsedTimer call;
            call.start();
            const auto r = good->call(u"catalog.listEvents"_s, {}, 5000);
            if (!r.ok) {
                qWarning("the well-behaved client was refused: %s", qPrintable(r.toString()));
                return -1;
            }
            worst = std::max(worst, call.elapsed());
            lastCall.restart();
        }
    }
    return worst;
}

void TestE2eHostile::floodWithoutReadingStaysBounded()
{
    // An anonymous client streams cheap bad requests and never reads the errors.
    RawClient flood("127.0.0.2", m_fixture.port());
    QVERIFY(flood.isOpen());
    QByteArray burst;
    for (int i = 0; i < 200; ++i)
        burst += RawClient::request(i, u"no.such_method"_s);
    const qint64 before = m_fixture.server().residentBytes();
    qint64 sentBytes = 0;
    const qint64 worst = serveWhile(m_fixture, 20000, [&] {
        qsizetype sent = 0;
        flood.sendSome(burst, &sent);
        sentBytes += sent;
    });
    const qint64 growth = m_fixture.server().residentBytes() - before;
    qInfo("flood: %lld KiB sent, server grew %lld KiB, worst good latency %lld ms",
          sentBytes / 1024, growth / 1024, worst);
    QVERIFY2(worst >= 0, "the well-behaved client was not served");
    QVERIFY2(worst < 1000, qPrintable(u"worst latency %1 ms"_s.arg(worst)));
    QVERIFY2(growth < 64 * MiB, qPrintable(u"server grew by %1 MiB"_s.arg(growth / MiB)));
}

void TestE2eHostile::pipelinedAnswersStayBounded()
{
    // A signed-in customer pipelines catalog requests (each answer several KiB) without reading.
    RawClient greedy("127.0.0.3", m_fixture.port());
    QVERIFY(greedy.isOpen());
    qsizetype sent = 0;
    QVERIFY(greedy.sendSome(RawClient::request(
        1, u"auth.login"_s,
        {{u"username"_s, u"customer"_s}, {u"password"_s, ServerFixture::staffPassword()}}), &sent));
    const QJsonObject login = greedy.readFrame();
    QVERIFY2(login.contains(u"result"_s), QJsonDocument(login).toJson().constData());
    QByteArray burst;
    for (int i = 0; i < 50; ++i)
        burst += RawClient::request(100 + i, u"catalog.listEvents"_s);
    const qint64 before = m_fixture.server().residentBytes();
    const qint64 worst = serveWhile(m_fixture, 20000, [&] { greedy.sendSome(burst); });
    const qint64 growth = m_fixture.server().residentBytes() - before;
    qInfo("pipelining: server grew %lld KiB, worst good latency %lld ms", growth / 1024, worst);
    QVERIFY2(worst >= 0 && worst < 1000, qPrintable(u"worst latency %1 ms"_s.arg(worst)));
    QVERIFY2(growth < 64 * MiB, qPrintable(u"server grew by %1 MiB"_s.arg(growth / MiB)));
}

void TestE2eHostile::subscriberThatNeverReadsIsDisconnected()
{
    // A small unsent cap, so a few megabytes of pushes are enough to pass it.
    ServerFixture fixture{QStringLiteral(MARQUEE_SERVER_BINARY)};
    QVERIFY2(fixture.start({u"--max-unsent"_s, u"65536"_s}), qPrintable(fixture.errorString()));
    auto manager = fixture.loginAs(u"manager"_s);
    QVERIFY(manager);
    seating::LayoutBuilder layout;
    layout.grid(u"Stalls"_s, 40, 50);
    const seating::Venue venue = seating::createVenue(*manager, u"Push Hall"_s, layout.layout());
    QVERIFY(venue.isValid());
    const qint64 event = seed::createEvent(*manager, u"Push storm"_s);
    const qint64 performance =
        seating::createReservedPerformance(*manager, event, venue.id, seed::daysFromNow(9));
    QVERIFY(performance);

    RawClient deaf("127.0.0.4", fixture.port());
    QVERIFY(deaf.isOpen());
    QVERIFY(deaf.sendSome(RawClient::request(
        1, u"auth.login"_s,
        {{u"username"_s, u"customer"_s}, {u"password"_s, ServerFixture::staffPassword()}})));
    QVERIFY(deaf.readFrame().contains(u"result"_s));
    QVERIFY(deaf.sendSome(RawClient::request(2, u"catalog.subscribe"_s,
                                             {{u"performanceId"_s, performance}})));
    QVERIFY(deaf.readFrame().contains(u"result"_s));
    // A subscriber that does read, to show pushes keep flowing to everyone else.
    auto listener = fixture.loginAs(u"customer"_s);
    QVERIFY(listener);
    MQ_VERIFY_OK(listener->call(u"catalog.subscribe"_s, {{u"performanceId"_s, performance}}));

    // Blocking and unblocking all 2,000 seats: each push lists every seat (~70 KiB).
    const QJsonArray all = seating::idArray(venue.allIds());
    const qint64 before = fixture.server().residentBytes();
    bool blocked = false;
    int pushes = 0;
    QElapsedTimer timer;
    timer.start();
    while (!deaf.closedByServer() && timer.elapsed() < 20000) {
        blocked = !blocked;
        MQ_VERIFY_OK(manager->call(u"admin.setSeatsBlocked"_s, {{u"performanceId"_s, performance},
                                                               {u"seatIds"_s, all},
                                                               {u"blocked"_s, blocked}}));
        QJsonObject push;
        QVERIFY(listener->waitForPush(u"seats.changed"_s, &push));
        ++pushes;
    }
    qInfo("the deaf subscriber was disconnected after %lld ms and %d pushes; server grew %lld KiB",
          timer.elapsed(), pushes, (fixture.server().residentBytes() - before) / 1024);
    QVERIFY2(deaf.closedByServer(), "a subscriber that never reads was kept");
    QVERIFY(fixture.server().residentBytes() - before < 64 * MiB);
}

void TestE2eHostile::oneSourceCannotTakeEveryConnection()
{
    ServerFixture fixture{QStringLiteral(MARQUEE_SERVER_BINARY)};
    QVERIFY2(fixture.start({u"--max-connections"_s, u"1000"_s,
                            u"--max-connections-per-source"_s, u"200"_s}),
             qPrintable(fixture.errorString()));
    // One host opens a thousand connections and sits on them.
    std::vector<std::unique_ptr<RawClient>> squatters;
    for (int i = 0; i < 1000; ++i) {
        squatters.push_back(std::make_unique<RawClient>("127.0.0.5", fixture.port()));
        QVERIFY(squatters.back()->isOpen());
    }
    // Another source signs in within 3 s.
    QElapsedTimer timer;
    timer.start();
    auto clerk = fixture.loginAs(u"clerk"_s);
    QVERIFY2(clerk, "another source could not sign in");
    QVERIFY2(timer.elapsed() < 3000, qPrintable(u"sign-in took %1 ms"_s.arg(timer.elapsed())));
    // The server kept at most its per-source cap of them: the others were closed at once.
    int closed = 0;
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        closed = 0;
        for (auto &s : squatters)
            closed += s->closedByServer() ? 1 : 0;
        return closed >= 800;
    }(), 5000);
    QCOMPARE(closed, 800);
    // Refusals are logged once, not a thousand times.
    QTest::qWait(200);
    const int logged = int(fixture.server().standardError().count("refused"));
    QVERIFY2(logged <= 2, qPrintable(u"refusals logged %1 times"_s.arg(logged)));
    // What they held comes back when they go.
    squatters.clear();
    QTest::qWait(1500);
    std::vector<std::unique_ptr<RawClient>> again;
    for (int i = 0; i < 150; ++i)
        again.push_back(std::make_unique<RawClient>("127.0.0.5", fixture.port()));
    QTest::qWait(500);
    int refused = 0;
    for (auto &s : again)
        refused += s->closedByServer() ? 1 : 0;
    QCOMPARE(refused, 0);
}

void TestE2eHostile::trustedSourcesAreExempt()
{
    ServerFixture fixture{QStringLiteral(MARQUEE_SERVER_BINARY)};
    QVERIFY2(fixture.start({u"--max-connections-per-source"_s, u"5"_s,
                            u"--trusted-sources"_s, u"127.0.0.6/32"_s}),
             qPrintable(fixture.errorString()));
    std::vector<std::unique_ptr<RawClient>> office, other;
    for (int i = 0; i < 20; ++i) {
        office.push_back(std::make_unique<RawClient>("127.0.0.6", fixture.port()));
        other.push_back(std::make_unique<RawClient>("127.0.0.7", fixture.port()));
    }
    QTest::qWait(300);
    int officeClosed = 0, otherClosed = 0;
    for (int i = 0; i < 20; ++i) {
        officeClosed += office.at(i)->closedByServer() ? 1 : 0;
        otherClosed += other.at(i)->closedByServer() ? 1 : 0;
    }
    QCOMPARE(officeClosed, 0);
    QCOMPARE(otherClosed, 15);
    // A bad network is refused with a clear message.
    ServerProcess bad{QStringLiteral(MARQUEE_SERVER_BINARY)};
    QVERIFY(!bad.start(fixture.databaseUrl(), {u"--trusted-sources"_s, u"10.0.0.0/99"_s}, 10000));
    QVERIFY2(bad.standardError().contains("Not a network"), bad.standardError().constData());
}

void TestE2eHostile::loginStormFromOneSourceDoesNotStopAClerk()
{
    // 150 connections from one address queue a thousand wrong-password sign-ins (a connection
    // runs its sign-ins one after another, so the storm needs many).
    std::vector<std::unique_ptr<RawClient>> storm;
    QByteArray burst;
    for (int i = 0; i < 7; ++i)
        burst += RawClient::request(i + 1, u"auth.login"_s,
                                    {{u"username"_s, u"nobody_%1"_s.arg(i)},
                                     {u"password"_s, u"wrong password"_s}});
    for (int i = 0; i < 150; ++i) {
        storm.push_back(std::make_unique<RawClient>("127.0.0.10", m_fixture.port()));
        QVERIFY(storm.back()->isOpen());
        QVERIFY(storm.back()->sendSome(burst));
    }
    QTest::qWait(200); // the storm is queued
    QElapsedTimer timer;
    timer.start();
    auto clerk = m_fixture.loginAs(u"clerk"_s);
    const qint64 signIn = timer.elapsed();
    QVERIFY2(clerk, "the clerk could not sign in");
    qInfo("clerk signed in after %lld ms during the storm", signIn);
    QVERIFY2(signIn < 3000, qPrintable(u"sign-in took %1 ms"_s.arg(signIn)));
    // The storm's surplus was turned away at once, with a time to come back.
    int limited = 0;
    int wrong = 0;
    for (auto &s : storm) {
        for (int k = 0; k < 7; ++k) {
            const QJsonObject answer = s->readFrame(15000);
            const QJsonObject error = answer.value(u"error"_s).toObject();
            const QString reason = error.value(u"data"_s).toObject().value(u"reason"_s).toString();
            if (reason == u"rate_limited"_s) {
                ++limited;
                QCOMPARE(error.value(u"code"_s).toInt(), 429);
                QVERIFY(error.value(u"data"_s).toObject().value(u"retryAfterMs"_s).toInteger() > 0);
            } else if (reason == u"invalid_credentials"_s || reason == u"locked_out"_s) {
                ++wrong; // hashed and refused, or refused by the per-username lockout
            }
        }
    }
    qInfo("storm: %d rate_limited, %d invalid_credentials or locked_out", limited, wrong);
    QVERIFY2(limited > 500, qPrintable(u"only %1 rate limited"_s.arg(limited)));
    QCOMPARE(limited + wrong, 1050);
}

void TestE2eHostile::guessingLocksOutOnlyTheGuessingSource()
{
    QVERIFY(m_fixture.newCustomer(u"victim"_s));
    RawClient guesser("127.0.0.11", m_fixture.port());
    QVERIFY(guesser.isOpen());
    const auto attempt = [&](int id, const QString &password) {
        guesser.sendSome(RawClient::request(id, u"auth.login"_s,
                                            {{u"username"_s, u"victim"_s}, {u"password"_s, password}}));
        const QJsonObject error = guesser.readFrame().value(u"error"_s).toObject();
        return error.value(u"data"_s).toObject().value(u"reason"_s).toString();
    };
    for (int i = 0; i < 10; ++i)
        QCOMPARE(attempt(i + 1, u"guess number %1"_s.arg(i)), u"invalid_credentials"_s);
    // The guessing source is locked out, even with the right password…
    QCOMPARE(attempt(11, ServerFixture::staffPassword()), u"locked_out"_s);
    // …and the owner signs in from another address.
    auto owner = m_fixture.loginAs(u"victim"_s);
    QVERIFY2(owner, "the owner was locked out by someone else's guessing");
    // An administrator lifts the lock.
    auto admin = m_fixture.loginAs(u"admin"_s);
    QVERIFY(admin);
    const auto users = admin->call(u"admin.listUsers"_s, {{u"query"_s, u"victim"_s}});
    MQ_VERIFY_OK(users);
    const qint64 id = users.result.value(u"users"_s).toArray().first().toObject().value(u"id"_s).toInteger();
    MQ_VERIFY_ERROR(admin->call(u"admin.unlockUser"_s, {{u"userId"_s, 987654321}}), 404, "not_found");
    MQ_VERIFY_OK(admin->call(u"admin.unlockUser"_s, {{u"userId"_s, id}}));
    guesser.sendSome(RawClient::request(12, u"auth.login"_s,
                                        {{u"username"_s, u"victim"_s},
                                         {u"password"_s, ServerFixture::staffPassword()}}));
    QVERIFY(guesser.readFrame().contains(u"result"_s));
    const auto log = admin->call(u"admin.listAuditLog"_s, {{u"action"_s, u"user.unlock"_s}});
    MQ_VERIFY_OK(log);
    QCOMPARE(log.result.value(u"entries"_s).toArray().size(), 1);
}

void TestE2eHostile::drippedFrameIsCutOff()
{
    ServerFixture fixture{QStringLiteral(MARQUEE_SERVER_BINARY)};
    QVERIFY2(fixture.start({u"--frame-timeout"_s, u"2"_s}), qPrintable(fixture.errorString()));
    RawClient drip("127.0.0.8", fixture.port());
    QVERIFY(drip.isOpen());
    const QByteArray frame = RawClient::request(1, u"catalog.listEvents"_s);
    QElapsedTimer timer;
    timer.start();
    int i = 0;
    while (!drip.closedByServer(250) && i < frame.size() - 1 && timer.elapsed() < 20000)
        drip.sendSome(frame.mid(i++, 1));
    QVERIFY2(drip.closedByServer(), "a frame dripped a byte at a time was never cut off");
    QVERIFY2(timer.elapsed() < 4000, qPrintable(u"cut off after %1 ms"_s.arg(timer.elapsed())));
    QVERIFY(i < frame.size() - 1);
    // A client sending whole frames at the same pace is served.
    auto fine = fixture.loginAs(u"customer"_s);
    QVERIFY(fine);
    for (int k = 0; k < 3; ++k) {
        QTest::qWait(1000);
        MQ_VERIFY_OK(fine->call(u"catalog.listEvents"_s));
    }
}

void TestE2eHostile::tricklingBytesDoNotKeepAConnectionAlive()
{
    // Only whole frames reset the idle timer: a client sending a byte now and then (well within
    // the frame deadline) is closed when it completes no frame within the idle timeout.
    ServerFixture fixture{QStringLiteral(MARQUEE_SERVER_BINARY)};
    QVERIFY2(fixture.start({u"--idle-timeout"_s, u"2"_s, u"--frame-timeout"_s, u"30"_s}),
             qPrintable(fixture.errorString()));
    RawClient trickle("127.0.0.9", fixture.port());
    QVERIFY(trickle.isOpen());
    const QByteArray frame = RawClient::request(1, u"catalog.listEvents"_s);
    QElapsedTimer timer;
    timer.start();
    int i = 0;
    while (!trickle.closedByServer(300) && i < frame.size() - 1 && timer.elapsed() < 15000)
        trickle.sendSome(frame.mid(i++, 1));
    QVERIFY2(trickle.closedByServer(), "trickled bytes kept the connection open");
    QVERIFY2(timer.elapsed() < 5000, qPrintable(u"closed after %1 ms"_s.arg(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestE2eHostile)
#include "tst_e2e_hostile.moc"
