#include "shared/envelope.h"
#include "shared/methods.h"
#include "shared/rpcerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

using Kind = mq::rpc::Message::Kind;

namespace {

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestEnvelope : public QObject
{
    Q_OBJECT

private slots:
    void validRequest_data();
    void validRequest();
    void paramsKeptAsReceived_data();
    void paramsKeptAsReceived();
    void invalidRequest_data();
    void invalidRequest();
    void framingError_data();
    void framingError();
    void isValidId_data();
    void isValidId();

    void incomingResult();
    void incomingError();
    void incomingFramingErrorWithNullId();
    void incomingNotification();
    void incomingInvalid_data();
    void incomingInvalid();
    void incomingBadPayload();

    void rpcErrorRoundTrip();
    void rpcErrorHelpers();

    void makeRequestShape();
    void makeResultShape();
    void makeErrorShape();
    void makeNotificationShape();
    void payloadIsCompactAndRoundTrips();

    void methodNamesRoundTrip();
    void methodNamesAsDocumented();
    void reasonNames_data();
    void reasonNames();
    void reasonNamesUnique();
};

void TestEnvelope::validRequest_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QJsonValue>("id");
    QTest::addColumn<QString>("method");

    QTest::newRow("protocol example")
        << R"({"jsonrpc": "2.0", "id": 7, "method": "order.purchase", "params": {"ticketTypeId": 3, "quantity": 2}})"_ba
        << QJsonValue(7) << u"order.purchase"_s;
    QTest::newRow("string id")
        << R"({"jsonrpc":"2.0","id":"abc-1","method":"auth.login","params":{}})"_ba
        << QJsonValue(u"abc-1"_s) << u"auth.login"_s;
    QTest::newRow("empty string id") << R"({"jsonrpc":"2.0","id":"","method":"auth.login"})"_ba
                                     << QJsonValue(u""_s) << u"auth.login"_s;
    QTest::newRow("zero id") << R"({"jsonrpc":"2.0","id":0,"method":"x"})"_ba << QJsonValue(0)
                             << u"x"_s;
    QTest::newRow("negative id") << R"({"jsonrpc":"2.0","id":-12,"method":"x"})"_ba
                                 << QJsonValue(-12) << u"x"_s;
    QTest::newRow("2^53 id") << R"({"jsonrpc":"2.0","id":9007199254740992,"method":"x"})"_ba
                             << QJsonValue(qint64(9007199254740992)) << u"x"_s;
    QTest::newRow("1.0 is an integer")
        << R"({"jsonrpc":"2.0","id":1.0,"method":"x"})"_ba << QJsonValue(1) << u"x"_s;
    QTest::newRow("unknown method is still a request")
        << R"({"jsonrpc":"2.0","id":3,"method":"no.such"})"_ba << QJsonValue(3) << u"no.such"_s;
    QTest::newRow("extra members ignored")
        << R"({"jsonrpc":"2.0","id":4,"method":"x","extra":[1,2]})"_ba << QJsonValue(4) << u"x"_s;
}

void TestEnvelope::validRequest()
{
    QFETCH(QByteArray, payload);
    QFETCH(QJsonValue, id);
    QFETCH(QString, method);
    const mq::rpc::Message m = mq::rpc::decodeRequest(payload);
    QCOMPARE(m.kind, Kind::Request);
    QVERIFY(!m.isError);
    QVERIFY(!m.error.isValid());
    QCOMPARE(m.id, id);
    QCOMPARE(m.method, method);
}

void TestEnvelope::paramsKeptAsReceived_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QJsonValue>("params");
    const QByteArray prefix = R"({"jsonrpc":"2.0","id":1,"method":"order.purchase")"_ba;
    QTest::newRow("object")
        << prefix + R"(,"params":{"ticketTypeId":3,"payment":{"provider":"sandbox"}}})"_ba
        << QJsonValue(QJsonObject{{u"ticketTypeId"_s, 3},
                                  {u"payment"_s, QJsonObject{{u"provider"_s, u"sandbox"_s}}}});
    QTest::newRow("empty object") << prefix + R"(,"params":{}})"_ba << QJsonValue(QJsonObject{});
    // Not objects: the server answers -32602 later, so the envelope must hand them on untouched.
    QTest::newRow("array") << prefix + R"(,"params":[1,2]})"_ba << QJsonValue(QJsonArray{1, 2});
    QTest::newRow("string") << prefix + R"(,"params":"x"})"_ba << QJsonValue(u"x"_s);
    QTest::newRow("number") << prefix + R"(,"params":5})"_ba << QJsonValue(5);
    QTest::newRow("null") << prefix + R"(,"params":null})"_ba << QJsonValue(QJsonValue::Null);
    QTest::newRow("omitted") << prefix + "}"_ba << QJsonValue(QJsonValue::Undefined);
}

void TestEnvelope::paramsKeptAsReceived()
{
    QFETCH(QByteArray, payload);
    QFETCH(QJsonValue, params);
    const mq::rpc::Message m = mq::rpc::decodeRequest(payload);
    QCOMPARE(m.kind, Kind::Request);
    QCOMPARE(m.params.type(), params.type());
    QCOMPARE(m.params, params);
}

void TestEnvelope::invalidRequest_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QJsonValue>("echoedId");

    const QJsonValue null(QJsonValue::Null);
    QTest::newRow("missing jsonrpc") << R"({"id":5,"method":"x"})"_ba << QJsonValue(5);
    QTest::newRow("jsonrpc 1.0") << R"({"jsonrpc":"1.0","id":5,"method":"x"})"_ba << QJsonValue(5);
    QTest::newRow("jsonrpc number")
        << R"({"jsonrpc":2.0,"id":"s","method":"x"})"_ba << QJsonValue(u"s"_s);
    QTest::newRow("missing method") << R"({"jsonrpc":"2.0","id":6})"_ba << QJsonValue(6);
    QTest::newRow("method not a string")
        << R"({"jsonrpc":"2.0","id":6,"method":42})"_ba << QJsonValue(6);
    QTest::newRow("method null") << R"({"jsonrpc":"2.0","id":"m","method":null})"_ba
                                 << QJsonValue(u"m"_s);
    QTest::newRow("id missing (a notification)") << R"({"jsonrpc":"2.0","method":"x"})"_ba << null;
    QTest::newRow("id null") << R"({"jsonrpc":"2.0","id":null,"method":"x"})"_ba << null;
    QTest::newRow("id object") << R"({"jsonrpc":"2.0","id":{"a":1},"method":"x"})"_ba << null;
    QTest::newRow("id array") << R"({"jsonrpc":"2.0","id":[1],"method":"x"})"_ba << null;
    QTest::newRow("id float") << R"({"jsonrpc":"2.0","id":1.5,"method":"x"})"_ba << null;
    QTest::newRow("id bool") << R"({"jsonrpc":"2.0","id":true,"method":"x"})"_ba << null;
    QTest::newRow("id beyond 2^53") << R"({"jsonrpc":"2.0","id":1e300,"method":"x"})"_ba << null;
    QTest::newRow("bad id and no method") << R"({"jsonrpc":"2.0","id":false})"_ba << null;
    QTest::newRow("empty object") << "{}"_ba << null;
}

void TestEnvelope::invalidRequest()
{
    QFETCH(QByteArray, payload);
    QFETCH(QJsonValue, echoedId);
    const mq::rpc::Message m = mq::rpc::decodeRequest(payload);
    QCOMPARE(m.kind, Kind::InvalidRequest);
    QVERIFY(m.isError);
    QCOMPARE(m.error.code, -32600);
    QCOMPARE(m.error.reason, u"invalid_request"_s);
    QVERIFY(!m.error.message.isEmpty());
    QCOMPARE(m.id.type(), echoedId.type());
    QCOMPARE(m.id, echoedId);
    // The answer a server builds from it is a well-formed JSON-RPC error.
    const QJsonObject answer = mq::rpc::makeError(m.id, m.error);
    QCOMPARE(answer.value(u"id"_s), echoedId);
    QCOMPARE(answer.value(u"error"_s).toObject().value(u"code"_s), QJsonValue(-32600));
}

void TestEnvelope::framingError_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("code");

    QTest::newRow("lone 0xff") << "\xff"_ba << -32700;
    QTest::newRow("0xff inside a string")
        << QByteArray("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"a\xff"
                      "b\"}")
        << -32700;
    QTest::newRow("overlong slash")
        << QByteArray("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"\xc0\xaf\"}") << -32700;
    QTest::newRow("utf8 surrogate")
        << QByteArray("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"\xed\xa0\x80\"}") << -32700;
    QTest::newRow("truncated sequence at end") << QByteArray("{}\xe2\x82") << -32700;
    QTest::newRow("not json") << "hello"_ba << -32700;
    QTest::newRow("truncated json") << R"({"jsonrpc":"2.0","id":1,)"_ba << -32700;
    QTest::newRow("trailing garbage") << R"({"jsonrpc":"2.0"} x)"_ba << -32700;
    QTest::newRow("single quotes") << "{'jsonrpc':'2.0'}"_ba << -32700;
    QTest::newRow("array") << R"([{"jsonrpc":"2.0","id":1,"method":"x"}])"_ba << -32600;
    QTest::newRow("empty array") << "[]"_ba << -32600;
    QTest::newRow("number") << "42"_ba << -32600;
    QTest::newRow("string") << R"("hi")"_ba << -32600;
    QTest::newRow("null") << "null"_ba << -32600;
}

void TestEnvelope::framingError()
{
    QFETCH(QByteArray, payload);
    QFETCH(int, code);
    for (const auto &decode : {mq::rpc::decodeRequest, mq::rpc::decodeIncoming}) {
        const mq::rpc::Message m = decode(payload);
        QCOMPARE(m.kind, Kind::FramingError);
        QVERIFY(m.isError);
        QCOMPARE(m.error.code, code);
        QCOMPARE(m.error.reason, code == -32700 ? u"parse_error"_s : u"invalid_request"_s);
        QVERIFY(m.id.isNull());
    }
}

void TestEnvelope::isValidId_data()
{
    QTest::addColumn<QJsonValue>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("int") << QJsonValue(7) << true;
    QTest::newRow("negative") << QJsonValue(-7) << true;
    QTest::newRow("big int") << QJsonValue(qint64(1) << 53) << true;
    QTest::newRow("string") << QJsonValue(u"x"_s) << true;
    QTest::newRow("fraction") << QJsonValue(0.5) << false;
    QTest::newRow("beyond 2^53") << QJsonValue(1e16) << false;
    QTest::newRow("bool") << QJsonValue(false) << false;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << false;
    QTest::newRow("undefined") << QJsonValue(QJsonValue::Undefined) << false;
    QTest::newRow("object") << QJsonValue(QJsonObject{}) << false;
    QTest::newRow("array") << QJsonValue(QJsonArray{}) << false;
}

void TestEnvelope::isValidId()
{
    QFETCH(QJsonValue, id);
    QFETCH(bool, valid);
    QCOMPARE(mq::rpc::isValidId(id), valid);
}

void TestEnvelope::incomingResult()
{
    const mq::rpc::Message m = mq::rpc::decodeIncoming(
        R"({"jsonrpc": "2.0", "id": 7, "result": {"order": {"id": 41, "code": "MQ-7F3K-92QX", "totalCents": 9000}}})"_ba);
    QCOMPARE(m.kind, Kind::Response);
    QVERIFY(!m.isError);
    QCOMPARE(m.id, QJsonValue(7));
    const QJsonObject order = m.result.value(u"order"_s).toObject();
    QCOMPARE(order.value(u"id"_s).toInteger(), 41);
    QCOMPARE(order.value(u"code"_s).toString(), u"MQ-7F3K-92QX"_s);
    QCOMPARE(order.value(u"totalCents"_s).toInteger(), 9000);

    const mq::rpc::Message empty =
        mq::rpc::decodeIncoming(R"({"jsonrpc":"2.0","id":"s","result":{}})"_ba);
    QCOMPARE(empty.kind, Kind::Response);
    QVERIFY(!empty.isError);
    QCOMPARE(empty.id, QJsonValue(u"s"_s));
    QVERIFY(empty.result.isEmpty());
}

void TestEnvelope::incomingError()
{
    const mq::rpc::Message m = mq::rpc::decodeIncoming(
        R"({"jsonrpc": "2.0", "id": 7, "error": {"code": 409, "message": "Only 1 ticket left", "data": {"reason": "sold_out", "remaining": 1}}})"_ba);
    QCOMPARE(m.kind, Kind::Response);
    QVERIFY(m.isError);
    QCOMPARE(m.id, QJsonValue(7));
    QCOMPARE(m.error.code, 409);
    QCOMPARE(m.error.reason, u"sold_out"_s);
    QCOMPARE(m.error.message, u"Only 1 ticket left"_s);
    // "reason" is lifted out of data; the rest stays.
    QCOMPARE(m.error.data, (QJsonObject{{u"remaining"_s, 1}}));
    QVERIFY(m.error.isValid());
}

void TestEnvelope::incomingFramingErrorWithNullId()
{
    // What a server sends before closing a connection that sent garbage.
    const QJsonObject sent =
        mq::rpc::makeError(QJsonValue::Null, mq::RpcError::make(mq::ErrorCode::ParseError,
                                                                mq::Reason::ParseError, u"bad"_s));
    const mq::rpc::Message m = mq::rpc::decodeIncoming(mq::rpc::toPayload(sent));
    QCOMPARE(m.kind, Kind::Response);
    QVERIFY(m.isError);
    QVERIFY(m.id.isNull());
    QCOMPARE(m.error.code, -32700);
    QCOMPARE(m.error.reason, u"parse_error"_s);
}

void TestEnvelope::incomingNotification()
{
    const mq::rpc::Message m = mq::rpc::decodeIncoming(
        R"({"jsonrpc": "2.0", "method": "inventory.changed", "params": {"performanceId": 5, "ticketTypes": [{"id": 3, "remaining": 118}]}})"_ba);
    QCOMPARE(m.kind, Kind::Notification);
    QVERIFY(!m.isError);
    QCOMPARE(m.method, QString::fromLatin1(mq::InventoryChangedPush));
    const QJsonObject params = m.params.toObject();
    QCOMPARE(params.value(u"performanceId"_s).toInteger(), 5);
    const QJsonObject tt = params.value(u"ticketTypes"_s).toArray().at(0).toObject();
    QCOMPARE(tt.value(u"id"_s).toInteger(), 3);
    QCOMPARE(tt.value(u"remaining"_s).toInteger(), 118);

    // Round trip through makeNotification.
    const QJsonObject made = mq::rpc::makeNotification(u"seats.changed"_s, {{u"version"_s, 2}});
    const mq::rpc::Message back = mq::rpc::decodeIncoming(mq::rpc::toPayload(made));
    QCOMPARE(back.kind, Kind::Notification);
    QCOMPARE(back.method, u"seats.changed"_s);
    QCOMPARE(back.params.toObject(), (QJsonObject{{u"version"_s, 2}}));
}

void TestEnvelope::incomingInvalid_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("wrong jsonrpc") << R"({"jsonrpc":"1.0","id":1,"result":{}})"_ba;
    QTest::newRow("no jsonrpc") << R"({"id":1,"result":{}})"_ba;
    QTest::newRow("neither result nor error") << R"({"jsonrpc":"2.0","id":1})"_ba;
    QTest::newRow("empty object") << "{}"_ba;
}

void TestEnvelope::incomingInvalid()
{
    QFETCH(QByteArray, payload);
    const mq::rpc::Message m = mq::rpc::decodeIncoming(payload);
    QCOMPARE(m.kind, Kind::InvalidRequest);
    QVERIFY(m.isError);
    QCOMPARE(m.error.code, -32600);
}

void TestEnvelope::incomingBadPayload()
{
    QCOMPARE(mq::rpc::decodeIncoming("\xff"_ba).error.code, -32700);
    QCOMPARE(mq::rpc::decodeIncoming("[]"_ba).error.code, -32600);
}

void TestEnvelope::rpcErrorRoundTrip()
{
    const mq::RpcError e = mq::RpcError::make(409, mq::Reason::SoldOut, u"Only 1 ticket left"_s,
                                              {{u"remaining"_s, 1}});
    QCOMPARE(e.reason, u"sold_out"_s);
    const QJsonObject json = e.toJson();
    QCOMPARE(
        json,
        parse(
            R"({"code": 409, "message": "Only 1 ticket left", "data": {"reason": "sold_out", "remaining": 1}})"_ba));

    const mq::RpcError back = mq::RpcError::fromJson(json);
    QCOMPARE(back.code, e.code);
    QCOMPARE(back.reason, e.reason);
    QCOMPARE(back.message, e.message);
    QCOMPARE(back.data, e.data);
    QCOMPARE(back.toJson(), json);

    // Through a whole response.
    const mq::rpc::Message m =
        mq::rpc::decodeIncoming(mq::rpc::toPayload(mq::rpc::makeError(QJsonValue(u"q"_s), e)));
    QCOMPARE(m.kind, Kind::Response);
    QCOMPARE(m.id, QJsonValue(u"q"_s));
    QCOMPARE(m.error.toJson(), json);

    // No data at all: data still carries the reason.
    const mq::RpcError bare = mq::RpcError::make(401, mq::Reason::NotAuthenticated, u"Log in"_s);
    QCOMPARE(bare.toJson().value(u"data"_s).toObject(),
             (QJsonObject{{u"reason"_s, u"not_authenticated"_s}}));
    const mq::RpcError fromBare = mq::RpcError::fromJson(bare.toJson());
    QCOMPARE(fromBare.reason, u"not_authenticated"_s);
    QVERIFY(fromBare.data.isEmpty());

    // A foreign error without data.
    const mq::RpcError foreign =
        mq::RpcError::fromJson(parse(R"({"code":-32601,"message":"Method not found"})"_ba));
    QCOMPARE(foreign.code, -32601);
    QVERIFY(foreign.reason.isEmpty());
    QVERIFY(foreign.isValid());
    QVERIFY(!mq::RpcError{}.isValid());
}

void TestEnvelope::rpcErrorHelpers()
{
    const mq::RpcError v = mq::RpcError::validation(u"quantity"_s, u"1 to 20"_s);
    QCOMPARE(v.code, 422);
    QCOMPARE(
        v.toJson(),
        parse(
            R"({"code":422,"message":"1 to 20","data":{"reason":"validation","field":"quantity"}})"_ba));

    const mq::RpcError nf = mq::RpcError::notFound(u"Order"_s);
    QCOMPARE(nf.code, 404);
    QCOMPARE(nf.reason, u"not_found"_s);
    QVERIFY(nf.message.contains(u"Order"_s));

    const mq::RpcError internal = mq::RpcError::internal();
    QCOMPARE(internal.code, -32603);
    QCOMPARE(internal.reason, u"internal"_s);
}

void TestEnvelope::makeRequestShape()
{
    const QJsonObject params{{u"ticketTypeId"_s, 3}, {u"quantity"_s, 2}};
    QCOMPARE(
        mq::rpc::makeRequest(7, u"order.purchase"_s, params),
        parse(
            R"({"jsonrpc": "2.0", "id": 7, "method": "order.purchase", "params": {"ticketTypeId": 3, "quantity": 2}})"_ba));
    // A request made here is what decodeRequest accepts.
    const mq::rpc::Message m = mq::rpc::decodeRequest(
        mq::rpc::toPayload(mq::rpc::makeRequest(u"r1"_s, u"auth.login"_s, {})));
    QCOMPARE(m.kind, Kind::Request);
    QCOMPARE(m.id, QJsonValue(u"r1"_s));
    QCOMPARE(m.method, u"auth.login"_s);
}

void TestEnvelope::makeResultShape()
{
    const QJsonObject order{{u"id"_s, 41}, {u"code"_s, u"MQ-7F3K-92QX"_s}, {u"totalCents"_s, 9000}};
    const QJsonObject made = mq::rpc::makeResult(7, {{u"order"_s, order}});
    QCOMPARE(
        made,
        parse(
            R"({"jsonrpc": "2.0", "id": 7, "result": {"order": {"id": 41, "code": "MQ-7F3K-92QX", "totalCents": 9000}}})"_ba));
    QVERIFY(!made.contains(u"error"_s));
    QCOMPARE(mq::rpc::makeResult(u"x"_s, {}),
             parse(R"({"jsonrpc":"2.0","id":"x","result":{}})"_ba));
}

void TestEnvelope::makeErrorShape()
{
    const mq::RpcError e = mq::RpcError::make(mq::ErrorCode::Conflict, mq::Reason::SoldOut,
                                              u"Only 1 ticket left"_s, {{u"remaining"_s, 1}});
    const QJsonObject made = mq::rpc::makeError(7, e);
    QCOMPARE(
        made,
        parse(
            R"({"jsonrpc": "2.0", "id": 7, "error": {"code": 409, "message": "Only 1 ticket left", "data": {"reason": "sold_out", "remaining": 1}}})"_ba));
    QVERIFY(!made.contains(u"result"_s));

    const QJsonObject nullId = mq::rpc::makeError(
        QJsonValue::Null, mq::RpcError::make(-32600, mq::Reason::InvalidRequest, u"bad"_s));
    QVERIFY(nullId.contains(u"id"_s));
    QVERIFY(nullId.value(u"id"_s).isNull());
}

void TestEnvelope::makeNotificationShape()
{
    const QJsonObject params{
        {u"performanceId"_s, 5},
        {u"ticketTypes"_s, QJsonArray{QJsonObject{{u"id"_s, 3}, {u"remaining"_s, 118}}}}};
    const QJsonObject made =
        mq::rpc::makeNotification(QString::fromLatin1(mq::InventoryChangedPush), params);
    QCOMPARE(
        made,
        parse(
            R"({"jsonrpc": "2.0", "method": "inventory.changed", "params": {"performanceId": 5, "ticketTypes": [{"id": 3, "remaining": 118}]}})"_ba));
    QVERIFY(!made.contains(u"id"_s));
}

void TestEnvelope::payloadIsCompactAndRoundTrips()
{
    const QJsonObject request =
        mq::rpc::makeRequest(1, u"auth.login"_s, {{u"username"_s, u"zoë"_s}});
    const QByteArray payload = mq::rpc::toPayload(request);
    QVERIFY(!payload.contains('\n'));
    QVERIFY(payload.contains(u"zoë"_s.toUtf8()));
    QCOMPARE(QJsonDocument::fromJson(payload).object(), request);
}

void TestEnvelope::methodNamesRoundTrip()
{
    QSet<QString> seen;
    for (int i = 0; i < mq::MethodCount; ++i) {
        const auto method = mq::Method(i);
        const QString name = mq::methodName(method);
        QVERIFY2(!name.isEmpty(), qPrintable(QString::number(i)));
        QVERIFY2(!seen.contains(name), qPrintable(name));
        seen.insert(name);
        const std::optional<mq::Method> back = mq::methodFromName(name);
        QVERIFY2(back.has_value(), qPrintable(name));
        QCOMPARE(int(*back), i);
    }
    QCOMPARE(seen.size(), mq::MethodCount);
    QVERIFY(!mq::methodFromName(u"no.such"_s));
    QVERIFY(!mq::methodFromName(u""_s));
    // Method names are case-sensitive.
    QVERIFY(!mq::methodFromName(u"Order.Purchase"_s));
    QVERIFY(!mq::methodFromName(u"order.purchase "_s));
}

void TestEnvelope::methodNamesAsDocumented()
{
    // Every method PROTOCOL.md's core contract names must exist under exactly that name.
    const QStringList documented = {
        u"auth.register"_s,
        u"auth.login"_s,
        u"auth.resume"_s,
        u"auth.logout"_s,
        u"account.changePassword"_s,
        u"catalog.subscribe"_s,
        u"catalog.unsubscribe"_s,
        u"catalog.listEvents"_s,
        u"catalog.getPerformance"_s,
        u"order.purchase"_s,
        u"order.listMine"_s,
        u"order.cancel"_s,
        u"admin.createEvent"_s,
        u"admin.updateEvent"_s,
        u"admin.deleteEvent"_s,
        u"admin.createPerformance"_s,
        u"admin.createTicketType"_s,
        u"admin.updateTicketType"_s,
        u"admin.deleteTicketType"_s,
    };
    for (const QString &name : documented) {
        const std::optional<mq::Method> m = mq::methodFromName(name);
        QVERIFY2(m.has_value(), qPrintable(name));
        QCOMPARE(mq::methodName(*m), name);
    }
    QCOMPARE(mq::methodName(mq::Method::OrderPurchase), u"order.purchase"_s);
    QCOMPARE(mq::methodName(mq::Method::AuthLogin), u"auth.login"_s);
    QCOMPARE(QString::fromLatin1(mq::InventoryChangedPush), u"inventory.changed"_s);
}

void TestEnvelope::reasonNames_data()
{
    QTest::addColumn<mq::Reason>("reason");
    QTest::addColumn<QString>("name");
    QTest::newRow("sold_out") << mq::Reason::SoldOut << u"sold_out"_s;
    QTest::newRow("seat_taken") << mq::Reason::SeatTaken << u"seat_taken"_s;
    QTest::newRow("username_taken") << mq::Reason::UsernameTaken << u"username_taken"_s;
    QTest::newRow("invalid_credentials")
        << mq::Reason::InvalidCredentials << u"invalid_credentials"_s;
    QTest::newRow("invalid_token") << mq::Reason::InvalidToken << u"invalid_token"_s;
    QTest::newRow("hold_expired") << mq::Reason::HoldExpired << u"hold_expired"_s;
    QTest::newRow("payment_declined") << mq::Reason::PaymentDeclined << u"payment_declined"_s;
    QTest::newRow("not_found") << mq::Reason::NotFound << u"not_found"_s;
    QTest::newRow("forbidden") << mq::Reason::Forbidden << u"forbidden"_s;
    QTest::newRow("validation") << mq::Reason::Validation << u"validation"_s;
    QTest::newRow("not_authenticated") << mq::Reason::NotAuthenticated << u"not_authenticated"_s;
    QTest::newRow("locked_out") << mq::Reason::LockedOut << u"locked_out"_s;
    QTest::newRow("wrong_password") << mq::Reason::WrongPassword << u"wrong_password"_s;
    QTest::newRow("sales_closed") << mq::Reason::SalesClosed << u"sales_closed"_s;
    QTest::newRow("already_cancelled") << mq::Reason::AlreadyCancelled << u"already_cancelled"_s;
    QTest::newRow("performance_started")
        << mq::Reason::PerformanceStarted << u"performance_started"_s;
    QTest::newRow("not_reserved") << mq::Reason::NotReserved << u"not_reserved"_s;
    QTest::newRow("seats_required") << mq::Reason::SeatsRequired << u"seats_required"_s;
    QTest::newRow("hold_limit") << mq::Reason::HoldLimit << u"hold_limit"_s;
    QTest::newRow("no_adjacent_seats") << mq::Reason::NoAdjacentSeats << u"no_adjacent_seats"_s;
    QTest::newRow("parse_error") << mq::Reason::ParseError << u"parse_error"_s;
    QTest::newRow("invalid_request") << mq::Reason::InvalidRequest << u"invalid_request"_s;
}

void TestEnvelope::reasonNames()
{
    QFETCH(mq::Reason, reason);
    QFETCH(QString, name);
    QCOMPARE(mq::reasonName(reason), name);
}

void TestEnvelope::reasonNamesUnique()
{
    // Every reason is a distinct snake_case word.
    QSet<QString> seen;
    for (int i = 0; i <= int(mq::Reason::LastAdmin); ++i) {
        const QString name = mq::reasonName(mq::Reason(i));
        QVERIFY2(!seen.contains(name), qPrintable(name));
        seen.insert(name);
        for (const QChar c : name)
            QVERIFY2(c.isLower() || c == u'_', qPrintable(name));
    }
}

QTEST_APPLESS_MAIN(TestEnvelope)
#include "tst_envelope.moc"
