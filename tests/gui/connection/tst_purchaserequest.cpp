// Exactly-once purchases from the client's side: PurchaseRequest sends a requestId and repeats
// the same one after a dropped line or a busy server, follows the waiting room's queue.position
// pushes meant for it, and gives up saying whether the purchase may have gone through. A scripted
// server shows each answer a real one gives only under load; against the real server (paying
// slowly, --payment-latency-ms) a line dropped in the middle of a purchase still buys one order.
#include "core/purchaserequest.h"
#include "core/serverconnection.h"
#include "shared/envelope.h"
#include "shared/frame.h"
#include "shared/methods.h"
#include "support/catalogseed.h"
#include "support/serverfixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUuid>
#include <QtTest>

#include <functional>
#include <map>
#include <memory>

using namespace Qt::StringLiterals;
using namespace mq;
using namespace mq::client;

namespace {

// Speaks Marquee's framing and answers requests from a script.
class ScriptedServer : public QObject
{
public:
    struct Request
    {
        QTcpSocket *socket = nullptr;
        QJsonValue id;
        QString method;
        QJsonObject params;
    };
    std::function<void(ScriptedServer &, const Request &)> onRequest;
    QList<Request> requests;
    int connections = 0;

    ScriptedServer()
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                m_decoders.emplace(socket, FrameDecoder());
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    m_decoders.erase(socket);
                    socket->deleteLater();
                });
            }
        });
    }
    ~ScriptedServer() override
    {
        for (QTcpSocket *socket : m_server.findChildren<QTcpSocket *>())
            socket->disconnect(this);
    }
    quint16 port() const { return m_server.serverPort(); }

    void answer(const Request &r, const QJsonObject &result)
    {
        write(r.socket, rpc::makeResult(r.id, result));
    }
    void fail(const Request &r, int code, const QString &reason, const QJsonObject &data = {})
    {
        RpcError error;
        error.code = code;
        error.reason = reason;
        error.message = u"scripted"_s;
        error.data = data;
        write(r.socket, rpc::makeError(r.id, error));
    }
    void push(const Request &r, const QString &method, const QJsonObject &params)
    {
        write(r.socket, rpc::makeNotification(method, params));
    }
    // Purchases only: anything else (none is expected) is answered empty.
    QList<Request> purchases() const
    {
        QList<Request> list;
        for (const Request &r : requests) {
            if (r.method == methodName(Method::OrderPurchase))
                list << r;
        }
        return list;
    }

private:
    void write(QTcpSocket *socket, const QJsonObject &message)
    {
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            socket->write(encodeFrame(rpc::toPayload(message)));
    }
    void read(QTcpSocket *socket)
    {
        auto it = m_decoders.find(socket);
        if (it == m_decoders.end())
            return;
        it->second.append(socket->readAll());
        QByteArray payload;
        while (it->second.next(&payload) == FrameDecoder::Status::Frame) {
            const rpc::Message m = rpc::decodeRequest(payload);
            Request r{socket, m.id, m.method, m.params.toObject()};
            requests << r;
            if (onRequest)
                onRequest(*this, r);
            else
                answer(r, {});
            it = m_decoders.find(socket); // the script may have closed the connection
            if (it == m_decoders.end())
                return;
        }
    }

    std::map<QTcpSocket *, FrameDecoder> m_decoders;
    QTcpServer m_server; // after the decoders: its sockets go first, and say nothing on the way
};

QJsonObject anOrder(qint64 id)
{
    return {{u"order"_s, QJsonObject{{u"id"_s, id}, {u"code"_s, u"MQ-TEST-0000-01"_s}, {u"status"_s, u"paid"_s}}}};
}

const QJsonObject PurchaseParams{{u"ticketTypeId"_s, 3},
                                 {u"quantity"_s, 2},
                                 {u"payment"_s, QJsonObject{{u"provider"_s, u"sandbox"_s}, {u"token"_s, u"tok_ok"_s}}}};

} // namespace

class TestPurchaseRequest : public QObject
{
    Q_OBJECT
private slots:
    void asksAgainAfterBusyWithTheSameRequestId();
    void followsTheQueueAndAsksAgainAfterTheLineDrops();
    void givesUpSayingItMayHaveGoneThrough();
    void busyToTheEndBoughtNothing();
    void waitTextsForPeople();
    void droppedLineMidPurchaseBuysOneOrder();

private:
    static std::unique_ptr<ServerConnection> connectTo(quint16 port)
    {
        auto c = std::make_unique<ServerConnection>();
        c->setServer(ServerAddress{u"127.0.0.1"_s, port, false});
        c->open();
        return c;
    }
};

void TestPurchaseRequest::asksAgainAfterBusyWithTheSameRequestId()
{
    ScriptedServer server;
    QElapsedTimer sinceBusy;
    server.onRequest = [&](ScriptedServer &s, const ScriptedServer::Request &r) {
        if (s.purchases().size() == 1) {
            sinceBusy.start();
            s.fail(r, ErrorCode::Unavailable, u"busy"_s, {{u"retryAfterMs"_s, 300}});
        } else {
            s.answer(r, anOrder(41));
        }
    };
    auto c = connectTo(server.port());
    PurchaseRequest request(c.get());
    QSignalSpy retrying(&request, &PurchaseRequest::retrying);
    QSignalSpy finished(&request, &PurchaseRequest::finished);
    request.start(methodName(Method::OrderPurchase), PurchaseParams);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    const RpcResult r = finished.first().first().value<RpcResult>();
    QVERIFY(r.ok());
    QCOMPARE(r.result.value(u"order"_s).toObject().value(u"id"_s).toInt(), 41);
    QCOMPARE(retrying.count(), 1);
    QVERIFY(retrying.first().first().toString().contains(u"second"_s));
    QVERIFY(!request.outcomeUnknown());

    // Both attempts were the same purchase: one requestId, a UUID, the rest of the params as given.
    const QList<ScriptedServer::Request> purchases = server.purchases();
    QCOMPARE(purchases.size(), 2);
    QVERIFY2(sinceBusy.elapsed() >= 250, "waited for retryAfterMs before asking again");
    const QString id = purchases.at(0).params.value(u"requestId"_s).toString();
    QVERIFY(!QUuid::fromString(id).isNull());
    QCOMPARE(id, request.requestId());
    QCOMPARE(purchases.at(1).params.value(u"requestId"_s).toString(), id);
    QJsonObject withoutId = purchases.at(1).params;
    withoutId.remove(u"requestId"_s);
    QCOMPARE(withoutId, PurchaseParams);

    // A new press of Pay is a new purchase with a new requestId.
    request.start(methodName(Method::OrderPurchase), PurchaseParams);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
    QCOMPARE(server.purchases().size(), 3);
    QVERIFY(server.purchases().at(2).params.value(u"requestId"_s).toString() != id);
}

void TestPurchaseRequest::followsTheQueueAndAsksAgainAfterTheLineDrops()
{
    // The first attempt waits in the queue (a push for another request comes too), then the
    // line drops; after the reconnect the same requestId gets the order.
    ScriptedServer server;
    server.onRequest = [](ScriptedServer &s, const ScriptedServer::Request &r) {
        if (s.purchases().size() != 1) {
            s.answer(r, anOrder(7));
            return;
        }
        const qint64 id = r.id.toInteger();
        s.push(r, QString::fromLatin1(QueuePositionPush),
               {{u"id"_s, id + 1000}, {u"ticketTypeId"_s, 3}, {u"position"_s, 99}, {u"estimatedWaitMs"_s, 1}});
        s.push(r, QString::fromLatin1(QueuePositionPush),
               {{u"id"_s, id}, {u"ticketTypeId"_s, 3}, {u"position"_s, 42}, {u"estimatedWaitMs"_s, 120000}});
        QTimer::singleShot(300, r.socket, [r] {
            r.socket->abort();
        });
    };
    auto c = connectTo(server.port());
    PurchaseRequest request(c.get());
    QSignalSpy positions(&request, &PurchaseRequest::queuePosition);
    QSignalSpy retrying(&request, &PurchaseRequest::retrying);
    QSignalSpy finished(&request, &PurchaseRequest::finished);
    request.start(methodName(Method::OrderPurchase), PurchaseParams);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QVERIFY(finished.first().first().value<RpcResult>().ok());
    QCOMPARE(positions.count(), 1); // only its own
    QCOMPARE(positions.first().at(0).toInt(), 42);
    QCOMPARE(positions.first().at(1).toLongLong(), 120000);
    QCOMPARE(retrying.count(), 1);
    QVERIFY(retrying.first().first().toString().contains(u"connection"_s));
    QCOMPARE(server.connections, 2);
    const QList<ScriptedServer::Request> purchases = server.purchases();
    QCOMPARE(purchases.size(), 2);
    QCOMPARE(purchases.at(1).params.value(u"requestId"_s), purchases.at(0).params.value(u"requestId"_s));
}

void TestPurchaseRequest::givesUpSayingItMayHaveGoneThrough()
{
    // Every attempt's line drops: after the time allowed it stops, and says the outcome is unknown.
    ScriptedServer server;
    server.onRequest = [](ScriptedServer &, const ScriptedServer::Request &r) {
        QTimer::singleShot(0, r.socket, [r] { r.socket->abort(); });
    };
    auto c = connectTo(server.port());
    PurchaseRequest request(c.get());
    request.setGiveUpAfter(1500);
    QSignalSpy finished(&request, &PurchaseRequest::finished);
    request.start(methodName(Method::OrderPurchase), PurchaseParams);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QCOMPARE(finished.first().first().value<RpcResult>().kind, RpcResult::Kind::Disconnected);
    QVERIFY(request.outcomeUnknown());
    QVERIFY(!request.isRunning());
    QVERIFY(server.purchases().size() >= 2);
    const QString id = request.requestId();
    for (const ScriptedServer::Request &r : server.purchases())
        QCOMPARE(r.params.value(u"requestId"_s).toString(), id);
}

void TestPurchaseRequest::busyToTheEndBoughtNothing()
{
    // Answered "busy" every time: nothing was taken, and the message says so.
    ScriptedServer server;
    server.onRequest = [](ScriptedServer &s, const ScriptedServer::Request &r) {
        s.fail(r, ErrorCode::Unavailable, u"busy"_s, {{u"retryAfterMs"_s, 100}});
    };
    auto c = connectTo(server.port());
    PurchaseRequest request(c.get());
    request.setGiveUpAfter(600);
    QSignalSpy finished(&request, &PurchaseRequest::finished);
    request.start(methodName(Method::OrderPurchase), PurchaseParams);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    const RpcResult r = finished.first().first().value<RpcResult>();
    QVERIFY(r.is(ErrorCode::Unavailable, u"busy"_s));
    QVERIFY(!request.outcomeUnknown());
    QVERIFY(server.purchases().size() >= 3);
    QVERIFY(PurchaseRequest::failureText(r).contains(u"Nothing was charged"_s));
}

void TestPurchaseRequest::waitTextsForPeople()
{
    QCOMPARE(PurchaseRequest::positionText(42), u"You are number 42 in the queue"_s);
    QCOMPARE(PurchaseRequest::positionText(1), u"You are next in the queue"_s);
    QCOMPARE(PurchaseRequest::waitText(1800), u"less than a minute"_s);
    QVERIFY(PurchaseRequest::waitText(120000).contains(u"about 2"_s));
    QVERIFY(PurchaseRequest::waitText(-1).isEmpty());
}

void TestPurchaseRequest::droppedLineMidPurchaseBuysOneOrder()
{
    // The real server, paying slowly: the line drops while the payment is in flight (the
    // reservation is seen: held grew); the same requestId after the reconnect gets that one order.
    ServerFixture fixture{QStringLiteral(MARQUEE_SERVER_BINARY)};
    QVERIFY2(fixture.start({u"--payment-latency-ms"_s, u"1500"_s}), qPrintable(fixture.errorString()));
    auto manager = fixture.loginAs(u"manager"_s);
    QVERIFY(manager);
    const qint64 eventId = seed::createEvent(*manager, u"Exactly Once Evening"_s);
    const qint64 performanceId = seed::createPerformance(*manager, eventId, seed::daysFromNow(9));
    const qint64 typeId = seed::createTicketType(*manager, performanceId, u"Standard"_s, 4500, 100);
    QVERIFY(typeId > 0);
    QVERIFY(fixture.newCustomer(u"once"_s));

    auto c = connectTo(fixture.port());
    std::optional<RpcResult> login;
    c->login(u"once"_s, ServerFixture::staffPassword(), c.get(), [&](const RpcResult &r) { login = r; });
    QTRY_VERIFY_WITH_TIMEOUT(login.has_value(), 10000);
    QVERIFY(login->ok());
    qint64 held = 0;
    connect(c.get(), &ServerConnection::inventoryChanged, c.get(), [&](Id performance, const QJsonArray &types) {
        for (const QJsonValue &t : types) {
            if (performance == performanceId && t.toObject().value(u"id"_s).toInteger() == typeId)
                held = t.toObject().value(u"held"_s).toInteger();
        }
    });
    c->subscribe(performanceId);
    std::optional<RpcResult> got; // answered after the subscription, which takes effect when read
    c->call(methodName(Method::CatalogGetPerformance), {{u"performanceId"_s, performanceId}}, c.get(),
            [&](const RpcResult &r) { got = r; });
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10000);

    PurchaseRequest request(c.get());
    QSignalSpy retrying(&request, &PurchaseRequest::retrying);
    QSignalSpy finished(&request, &PurchaseRequest::finished);
    QJsonObject params = PurchaseParams;
    params.insert(u"ticketTypeId"_s, typeId);
    request.start(methodName(Method::OrderPurchase), params);
    QTRY_VERIFY_WITH_TIMEOUT(held == 2, 10000); // reserved: the payment is under way
    QCOMPARE(finished.count(), 0);
    auto *socket = c->findChild<QSslSocket *>();
    QVERIFY(socket);
    socket->abort();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    const RpcResult r = finished.first().first().value<RpcResult>();
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QVERIFY(retrying.count() >= 1);
    const Order order = Order::fromJson(r.result.value(u"order"_s).toObject());
    QCOMPARE(order.tickets.size(), 2);

    // One order, two tickets sold, nothing left held.
    auto check = fixture.loginAs(u"once"_s);
    QVERIFY(check);
    const auto mine = check->call(methodName(Method::OrderListMine));
    QVERIFY(mine.ok);
    const QJsonArray orders = mine.result.value(u"orders"_s).toArray();
    QCOMPARE(orders.size(), 1);
    QCOMPARE(orders.first().toObject().value(u"id"_s).toInteger(), order.id);
    const auto performance = check->call(methodName(Method::CatalogGetPerformance), {{u"performanceId"_s, performanceId}});
    QVERIFY(performance.ok);
    const QJsonObject type = performance.result.value(u"performance"_s).toObject().value(u"ticketTypes"_s)
                                 .toArray().first().toObject();
    QCOMPARE(type.value(u"sold"_s).toInteger(), 2);
    QCOMPARE(type.value(u"held"_s).toInteger(), 0);
}

QTEST_MAIN(TestPurchaseRequest)
#include "tst_purchaserequest.moc"
