// Many gates scanning the same tickets at the same moment (issue 12): 16 clerk connections send
// every one of 50 codes at once, pipelined, spread over TWO server instances on one PostgreSQL
// (one instance on SQLite). Each ticket must be admitted exactly once, every other scan refused
// as already_admitted naming that admission, and checkin.changed must reach a subscriber on the
// other instance.
#include "support/catalogseed.h"
#include "support/rpcassert.h"
#include "support/serverfixture.h"
#include "support/testbackend.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int Gates = 16;
constexpr int Tickets = 50;

} // namespace

class TestCheckinConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void everyTicketAdmittedOnce();

private:
    bool twoInstances() const { return testBackend() == u"postgresql"_s; }
    std::unique_ptr<TestClient> clerkOn(quint16 port);

    ServerFixture m_first{QStringLiteral(MARQUEE_SERVER_BINARY)};
    ServerProcess m_second{QStringLiteral(MARQUEE_SERVER_BINARY)};
};

void TestCheckinConcurrency::initTestCase()
{
    const QStringList args{u"--trusted-sources"_s, u"127.0.0.1/32"_s};
    QVERIFY2(m_first.start(args), qPrintable(m_first.errorString()));
    if (twoInstances())
        QVERIFY2(m_second.start(m_first.databaseUrl(), args), qPrintable(m_second.errorString()));
}

void TestCheckinConcurrency::cleanup()
{
    if (QTest::currentTestFailed()) {
        m_first.server().printDiagnostics();
        if (twoInstances())
            m_second.printDiagnostics();
    }
}

void TestCheckinConcurrency::cleanupTestCase()
{
    if (twoInstances()) {
        QVERIFY2(m_second.isRunning(), "the second server died during the test");
        QCOMPARE(m_second.stop(), 0);
    }
    QVERIFY2(m_first.server().isRunning(), "the first server died during the test");
    QCOMPARE(m_first.server().stop(), 0);
}

std::unique_ptr<TestClient> TestCheckinConcurrency::clerkOn(quint16 port)
{
    auto client = std::make_unique<TestClient>();
    if (!client->connectTo(port))
        return nullptr;
    const TestClient::Response r = client->login(u"clerk"_s, ServerFixture::staffPassword());
    if (!r.ok) {
        qWarning("clerk login: %s", qPrintable(r.toString()));
        return nullptr;
    }
    return client;
}

void TestCheckinConcurrency::everyTicketAdmittedOnce()
{
    auto manager = m_first.loginAs(u"manager"_s);
    auto customer = m_first.loginAs(u"customer"_s);
    QVERIFY(manager && customer);
    const qint64 event = seed::createEvent(*manager, u"Stampede"_s);
    const qint64 perf = seed::createPerformance(*manager, event, seed::daysFromNow(9));
    const qint64 type = seed::createTicketType(*manager, perf, u"Floor"_s, 1500, Tickets);
    QVERIFY(type);
    QStringList codes; // half the signed payloads, half the bare codes
    QStringList bare;
    while (codes.size() < Tickets) {
        const int n = qMin(20, int(Tickets - codes.size()));
        const TestClient::Response r = customer->call(
            u"order.purchase"_s,
            {{u"ticketTypeId"_s, type}, {u"quantity"_s, n}, {u"payment"_s, seed::sandboxPayment()}});
        MQ_VERIFY_OK(r);
        for (const QJsonValue &t : r.result.value(u"order"_s).toObject().value(u"tickets"_s).toArray()) {
            const QJsonObject o = t.toObject();
            bare.append(o.value(u"code"_s).toString());
            codes.append(codes.size() % 2 ? o.value(u"code"_s).toString() : o.value(u"qr"_s).toString());
        }
    }

    // The watcher is on the instance most gates are not on.
    const quint16 otherPort = twoInstances() ? m_second.port() : m_first.port();
    auto watcher = clerkOn(otherPort);
    QVERIFY(watcher);
    MQ_VERIFY_OK(watcher->call(u"catalog.subscribe"_s, {{u"performanceId"_s, perf}}));

    std::vector<std::unique_ptr<TestClient>> gates;
    for (int g = 0; g < Gates; ++g) {
        gates.push_back(clerkOn(g % 2 && twoInstances() ? m_second.port() : m_first.port()));
        QVERIFY(gates.back());
    }
    // Every gate sends all its scans before any answer is read: 800 scans in flight at once.
    std::vector<QList<std::pair<QJsonValue, int>>> sent(Gates);
    for (int g = 0; g < Gates; ++g) {
        QList<int> order(Tickets);
        std::iota(order.begin(), order.end(), 0);
        std::shuffle(order.begin(), order.end(), *QRandomGenerator::global());
        for (int i : std::as_const(order)) {
            sent[g].append({gates[g]->send(u"checkin.scan"_s, {{u"code"_s, codes.at(i)},
                                                               {u"performanceId"_s, perf},
                                                               {u"gate"_s, u"Gate %1"_s.arg(g)}}),
                            i});
        }
    }
    QHash<int, QString> admittedBy;    // ticket -> gate that admitted it
    QHash<int, QString> refusedNaming; // ticket -> gate named by an already_admitted refusal
    QList<std::pair<int, QString>> refusals;
    for (int g = 0; g < Gates; ++g) {
        for (const auto &[id, i] : std::as_const(sent[g])) {
            const TestClient::Response r = gates[g]->waitForResponse(id, 60000);
            if (r.ok) {
                QVERIFY2(!admittedBy.contains(i),
                         qPrintable(u"ticket %1 admitted twice: %2 and Gate %3"_s.arg(i).arg(admittedBy.value(i)).arg(g)));
                admittedBy.insert(i, u"Gate %1"_s.arg(g));
                QCOMPARE(r.result.value(u"ticket"_s).toObject().value(u"code"_s).toString(), bare.at(i));
            } else {
                MQ_VERIFY_ERROR(r, 409, "already_admitted");
                refusals.append({i, r.error.data.value(u"gate"_s).toString()});
            }
        }
    }
    QCOMPARE(admittedBy.size(), Tickets);
    QCOMPARE(refusals.size(), Tickets * (Gates - 1));
    for (const auto &[i, gate] : std::as_const(refusals))
        QCOMPARE(gate, admittedBy.value(i)); // every refusal names the one admission

    const TestClient::Response stats = watcher->call(u"checkin.stats"_s, {{u"performanceId"_s, perf}});
    MQ_VERIFY_OK(stats);
    QCOMPARE(stats.result.value(u"admitted"_s).toInteger(), Tickets);
    QCOMPARE(stats.result.value(u"sold"_s).toInteger(), Tickets);
    qint64 perGate = 0;
    for (const QJsonValue &g : stats.result.value(u"gates"_s).toArray())
        perGate += g.toObject().value(u"admitted"_s).toInteger();
    QCOMPARE(perGate, Tickets);

    // The last admission's push (from either instance) reaches the watcher with the full count.
    const QDeadlineTimer deadline(10000);
    qint64 last = -1;
    QJsonObject push;
    while (last != Tickets && watcher->waitForPush(u"checkin.changed"_s, &push,
                                                   int(qMax<qint64>(1, deadline.remainingTime())))) {
        QCOMPARE(push.value(u"performanceId"_s).toInteger(), perf);
        last = qMax(last, push.value(u"admitted"_s).toInteger());
    }
    QCOMPARE(last, qint64(Tickets));
}

QTEST_GUILESS_MAIN(TestCheckinConcurrency)
#include "tst_checkin_concurrency.moc"
