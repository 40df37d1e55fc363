// Check-in at the door (issue 12) through the services, on both backends: scans, refusals, undo,
// counts per gate, cancelling after an admission, the offline kit and uploads (nonce replays,
// first scan wins), signed QR payloads and forged ones.
#include "storagefixture.h"

#include "services/adminservice.h"
#include "services/authservice.h"
#include "services/checkinservice.h"
#include "services/clock.h"
#include "services/passwordhasher.h"
#include "services/salesservice.h"
#include "services/serviceerror.h"
#include "services/ticketsigner.h"
#include "shared/utctime.h"
#include "storage/auditrepository.h"

#include <QtTest>

#include <sodium.h>

using namespace Qt::StringLiterals;
using namespace mq;
using namespace mq::services;

#define EXPECT_SERVICE_ERROR(expr, wantCode, wantReason)                                           \
    do {                                                                                           \
        bool thrown = false;                                                                       \
        try {                                                                                      \
            expr;                                                                                  \
        } catch (const ServiceError &e) {                                                          \
            thrown = true;                                                                         \
            QCOMPARE(e.error().code, wantCode);                                                    \
            QCOMPARE(e.error().reason, QLatin1String(wantReason));                                 \
        }                                                                                          \
        QVERIFY2(thrown, "expected a ServiceError from " #expr);                                   \
    } while (false)

class TestCheckin : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void scanAdmitsOnce();
    void scanRefusesWrongShowCancelledAndUnknown();
    void codesAreNormalised();
    void signedPayloadIsAcceptedAndForgeryIsNotFound();
    void undoTakesBackAnAdmission();
    void statsCountPerGate();
    void cancelRefusedAfterAdmission();
    void offlineKitHasWhatAGateNeeds();
    void uploadNonceReplayAnswersTheSameAndCountsOnce();
    void uploadConflictsFirstScanWins();
    void uploadRefusals();
    void uploadCannotPredateThePurchase();
    void keyIsSharedAndKept();
    void everyChangeIsAudited();

private:
    Caller caller(const QString &name, Role role);
    Performance makePerformance(qint64 capacity = 20);
    Order buy(Id ticketTypeId, int quantity);
    // Bought an hour ago, so offline scans of the last minutes come after the purchase.
    Order boughtAnHourAgo(Id ticketTypeId, int quantity);
    CheckinService door() { return CheckinService(m_fixture.db(), *m_signer); }
    qint64 auditCount(const QString &action);

    StorageFixture m_fixture;
    PasswordHasher m_hasher{2};
    PaymentGateway m_gateway;
    std::unique_ptr<TicketSigner> m_signer;
    Caller m_admin;
    Caller m_alice;
    Caller m_clerk;
};

void TestCheckin::init()
{
    QVERIFY(m_fixture.open(u"checkin"_s));
    Clock::setOffsetForTesting(0);
    m_signer = std::make_unique<TicketSigner>(); // a fresh database has a key of its own
    m_admin = caller(u"boss"_s, Role::Admin);
    m_alice = caller(u"alice"_s, Role::Customer);
    m_clerk = caller(u"clerk"_s, Role::Clerk);
}

void TestCheckin::cleanup()
{
    Clock::setOffsetForTesting(0);
    m_fixture.close();
}

Caller TestCheckin::caller(const QString &name, Role role)
{
    AuthService auth(m_fixture.db(), m_hasher);
    return Caller{auth.registerUser(name, u"password-"_s + name, QString(), role), 0};
}

Performance TestCheckin::makePerformance(qint64 capacity)
{
    AdminService admin(m_fixture.db());
    const Event event = admin.createEvent(m_admin, u"Door Night"_s, u"concert"_s, u"desc"_s);
    Performance p = admin.createPerformance(m_admin, event.id, Clock::now().addDays(3), u"Hall"_s,
                                            SeatingGeneral);
    p.ticketTypes.append(admin.createTicketType(m_admin, p.id, u"Standard"_s, 2500, capacity).value);
    return p;
}

Order TestCheckin::buy(Id ticketTypeId, int quantity)
{
    SalesService sales(m_fixture.db(), m_gateway);
    return sales.purchase(m_alice, ticketTypeId, quantity, {u"sandbox"_s, u"tok_ok"_s}).order;
}

Order TestCheckin::boughtAnHourAgo(Id ticketTypeId, int quantity)
{
    Clock::setOffsetForTesting(-3600 * 1000);
    Order order = buy(ticketTypeId, quantity);
    Clock::setOffsetForTesting(0);
    return order;
}

qint64 TestCheckin::auditCount(const QString &action)
{
    return m_fixture.db().read([&] {
        return qint64(storage::AuditRepository(m_fixture.db()).list(1000, 0, {0, action, {}, {}}).size());
    });
}

void TestCheckin::scanAdmitsOnce()
{
    const Performance p = makePerformance();
    const Order order = buy(p.ticketTypes.first().id, 2);
    const Ticket &t = order.tickets.first();
    const ScanResult first = door().scan(m_clerk, t.code, p.id, u"North"_s);
    QCOMPARE(first.ticket.ticket.code, t.code);
    QCOMPARE(first.ticket.ticket.status, TicketCheckedIn);
    QCOMPARE(first.ticket.ticketTypeName, u"Standard"_s);
    QCOMPARE(first.ticket.admittedGate, u"North"_s);
    QVERIFY(first.ticket.ticket.qr.startsWith(
        u"MQ2.%1.%2.%3.0."_s.arg(p.id).arg(t.code).arg(p.ticketTypes.first().id)));
    QCOMPARE(first.change.performanceId, p.id);
    QCOMPARE(first.change.admitted, 1);
    QVERIFY(qAbs(first.admittedAt.msecsTo(Clock::now())) < 5000);

    Clock::setOffsetForTesting(60'000);
    try {
        door().scan(m_clerk, t.code, p.id, u"South"_s);
        QFAIL("a second scan admitted the ticket again");
    } catch (const ServiceError &e) {
        QCOMPARE(e.error().code, 409);
        QCOMPARE(e.error().reason, u"already_admitted"_s);
        QCOMPARE(e.error().data.value(u"gate"_s).toString(), u"North"_s);
        QCOMPARE(e.error().data.value(u"admittedAt"_s).toString(), toWireTime(first.admittedAt));
    }
    QCOMPARE(door().stats(p.id).admitted, 1);
    // The other ticket of the order is still good.
    QCOMPARE(door().scan(m_clerk, order.tickets.at(1).code, p.id, u"South"_s).change.admitted, 2);
}

void TestCheckin::scanRefusesWrongShowCancelledAndUnknown()
{
    const Performance p = makePerformance();
    const Performance other = makePerformance();
    const Order order = buy(other.ticketTypes.first().id, 1);
    try {
        door().scan(m_clerk, order.tickets.first().code, p.id, u"A"_s);
        QFAIL("a ticket of another show was admitted");
    } catch (const ServiceError &e) {
        QCOMPARE(e.error().code, 409);
        QCOMPARE(e.error().reason, u"wrong_performance"_s);
        QCOMPARE(e.error().data.value(u"performanceId"_s).toInteger(), other.id);
        QCOMPARE(e.error().data.value(u"eventTitle"_s).toString(), u"Door Night"_s);
    }
    const Order cancelled = buy(p.ticketTypes.first().id, 1);
    SalesService(m_fixture.db(), m_gateway).cancel(m_alice, cancelled.id);
    EXPECT_SERVICE_ERROR(door().scan(m_clerk, cancelled.tickets.first().code, p.id, u"A"_s), 410,
                         "ticket_cancelled");
    EXPECT_SERVICE_ERROR(door().scan(m_clerk, u"ZZZZ-ZZZZ-ZZZZ-ZZZZ"_s, p.id, u"A"_s), 404, "not_found");
    EXPECT_SERVICE_ERROR(door().scan(m_clerk, u"rubbish"_s, p.id, u"A"_s), 404, "not_found");
    // An unknown performance is not found either, whatever the code.
    EXPECT_SERVICE_ERROR(door().scan(m_clerk, order.tickets.first().code, 999999, u"A"_s), 404, "not_found");
    QCOMPARE(door().stats(p.id).admitted, 0);
    QCOMPARE(door().stats(other.id).admitted, 0);
}

void TestCheckin::codesAreNormalised()
{
    QCOMPARE(CheckinService::normalizedTicketCode(u" k3vq 8m2d-xw4r-7pza "_s), u"K3VQ-8M2D-XW4R-7PZA"_s);
    QCOMPARE(CheckinService::normalizedTicketCode(u"K3VQ8M2DXW4R7PZO"_s), u"K3VQ-8M2D-XW4R-7PZ0"_s);
    QCOMPARE(CheckinService::normalizedTicketCode(u"i3vq-8m2d-xw4r-7pzl"_s), u"13VQ-8M2D-XW4R-7PZ1"_s);
    const Performance p = makePerformance();
    const Order order = buy(p.ticketTypes.first().id, 1);
    QString typed = order.tickets.first().code.toLower();
    typed.remove(u'-');
    typed.insert(6, u' ');
    QCOMPARE(door().scan(m_clerk, typed, p.id, {}).ticket.ticket.code, order.tickets.first().code);
}

void TestCheckin::signedPayloadIsAcceptedAndForgeryIsNotFound()
{
    const Performance p = makePerformance();
    Order order = buy(p.ticketTypes.first().id, 3);
    m_signer->sign(m_fixture.db(), order);
    const QString qr = order.tickets.first().qr;
    QCOMPARE(qr.count(u'.'), 5);
    QVERIFY(m_signer->verify(qr).has_value());
    QCOMPARE(m_signer->verify(qr)->code, order.tickets.first().code);
    QCOMPARE(m_signer->verify(qr)->performanceId, p.id);
    QCOMPARE(m_signer->verify(qr)->ticketTypeId, p.ticketTypes.first().id);
    QCOMPARE(m_signer->verify(qr)->seatId, 0);
    // The signature is what makes it: another code under the same signature, a changed
    // performance, a flipped character or a key of another server are all refused.
    QString otherCode = qr;
    otherCode.replace(order.tickets.first().code, order.tickets.at(1).code);
    QString otherShow = qr;
    otherShow.replace(u"MQ2.%1."_s.arg(p.id), u"MQ2.%1."_s.arg(p.id + 1));
    QString otherType = qr;
    otherType.replace(u".%1.0."_s.arg(p.ticketTypes.first().id), u".%1.0."_s.arg(p.ticketTypes.first().id + 1));
    QString otherSeat = qr;
    otherSeat.replace(u".%1.0."_s.arg(p.ticketTypes.first().id), u".%1.7."_s.arg(p.ticketTypes.first().id));
    QString flipped = qr;
    flipped[flipped.size() - 3] = flipped.at(flipped.size() - 3) == u'A' ? u'B' : u'A';
    unsigned char pk[crypto_sign_PUBLICKEYBYTES], sk[crypto_sign_SECRETKEYBYTES];
    crypto_sign_keypair(pk, sk);
    const QByteArray message = u"MQ1.%1.%2"_s.arg(p.id).arg(order.tickets.at(2).code).toUtf8();
    unsigned char sig[crypto_sign_BYTES];
    crypto_sign_detached(sig, nullptr, reinterpret_cast<const unsigned char *>(message.constData()),
                         size_t(message.size()), sk);
    const QString foreign = QString::fromLatin1(
        message + '.'
        + QByteArray(reinterpret_cast<const char *>(sig), crypto_sign_BYTES)
              .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    for (const QString &forged : {otherCode, otherShow, otherType, otherSeat, flipped, foreign,
                                  u"MQ1.1.X.Y"_s, u"MQ2.1.X.1.0.Y"_s}) {
        QVERIFY2(!m_signer->verify(forged), qPrintable(forged));
        EXPECT_SERVICE_ERROR(door().scan(m_clerk, forged, p.id, u"A"_s), 404, "not_found");
    }
    QCOMPARE(door().stats(p.id).admitted, 0);
    // Tickets signed before the ticket type and seat were (MQ1.<performance>.<code>) still pass.
    const QByteArray secret = m_fixture.db().read([&] {
        QSqlQuery &q = m_fixture.db().exec(u"SELECT secret_key FROM server_keys WHERE id = 1"_s);
        return q.next() ? QByteArray::fromBase64(q.value(0).toString().toLatin1()) : QByteArray();
    });
    QCOMPARE(secret.size(), qsizetype(crypto_sign_SECRETKEYBYTES));
    const QByteArray legacyMessage = u"MQ1.%1.%2"_s.arg(p.id).arg(order.tickets.at(1).code).toUtf8();
    crypto_sign_detached(sig, nullptr, reinterpret_cast<const unsigned char *>(legacyMessage.constData()),
                         size_t(legacyMessage.size()), reinterpret_cast<const unsigned char *>(secret.constData()));
    const QString legacy = QString::fromLatin1(
        legacyMessage + '.'
        + QByteArray(reinterpret_cast<const char *>(sig), crypto_sign_BYTES)
              .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QCOMPARE(m_signer->verify(legacy)->code, order.tickets.at(1).code);
    QCOMPARE(m_signer->verify(legacy)->ticketTypeId, 0);
    QCOMPARE(door().scan(m_clerk, legacy, p.id, u"A"_s).ticket.ticket.code, order.tickets.at(1).code);
    const ScanResult admitted = door().scan(m_clerk, qr, p.id, u"A"_s);
    QCOMPARE(admitted.ticket.ticket.code, order.tickets.first().code);
    EXPECT_SERVICE_ERROR(door().scan(m_clerk, qr, p.id, u"B"_s), 409, "already_admitted");
    EXPECT_SERVICE_ERROR(door().scan(m_clerk, order.tickets.first().code, p.id, u"B"_s), 409, "already_admitted");
}

void TestCheckin::undoTakesBackAnAdmission()
{
    const Performance p = makePerformance();
    const Order order = buy(p.ticketTypes.first().id, 1);
    const QString code = order.tickets.first().code;
    EXPECT_SERVICE_ERROR(door().undo(m_clerk, code, p.id), 409, "not_admitted");
    door().scan(m_clerk, code, p.id, u"North"_s);
    const CheckinChange change = door().undo(m_clerk, code, p.id);
    QCOMPARE(change.admitted, 0);
    QCOMPARE(door().stats(p.id).admitted, 0);
    EXPECT_SERVICE_ERROR(door().undo(m_clerk, code, p.id), 409, "not_admitted");
    EXPECT_SERVICE_ERROR(door().undo(m_clerk, u"ZZZZ-ZZZZ-ZZZZ-ZZZZ"_s, p.id), 404, "not_found");
    // Scanned again after the undo: admitted again, at the new gate.
    QCOMPARE(door().scan(m_clerk, code, p.id, u"South"_s).ticket.admittedGate, u"South"_s);
    QCOMPARE(door().stats(p.id).gates.size(), 1);
    QCOMPARE(door().stats(p.id).gates.first().gate, u"South"_s);
}

void TestCheckin::statsCountPerGate()
{
    const Performance p = makePerformance();
    const Order order = buy(p.ticketTypes.first().id, 6);
    buy(p.ticketTypes.first().id, 2);
    const QStringList gates{u"North"_s, u"North"_s, u"North"_s, u"South"_s, u"South"_s};
    for (int i = 0; i < gates.size(); ++i)
        door().scan(m_clerk, order.tickets.at(i).code, p.id, gates.at(i));
    const CheckinStats s = door().stats(p.id);
    QCOMPARE(s.sold, 8);
    QCOMPARE(s.admitted, 5);
    QCOMPARE(s.gates.size(), 2);
    QCOMPARE(s.gates.at(0).gate, u"North"_s);
    QCOMPARE(s.gates.at(0).admitted, 3);
    QCOMPARE(s.gates.at(1).gate, u"South"_s);
    QCOMPARE(s.gates.at(1).admitted, 2);
    EXPECT_SERVICE_ERROR(door().stats(999999), 404, "not_found");
}

void TestCheckin::cancelRefusedAfterAdmission()
{
    const Performance p = makePerformance();
    const Order order = buy(p.ticketTypes.first().id, 2);
    door().scan(m_clerk, order.tickets.at(1).code, p.id, u"East"_s);
    SalesService sales(m_fixture.db(), m_gateway);
    try {
        sales.cancel(m_alice, order.id);
        QFAIL("an order with an admitted ticket was cancelled");
    } catch (const ServiceError &e) {
        QCOMPARE(e.error().code, 409);
        QCOMPARE(e.error().reason, u"already_admitted"_s);
        QCOMPARE(e.error().data.value(u"gate"_s).toString(), u"East"_s);
    }
    EXPECT_SERVICE_ERROR(sales.cancel(m_admin, order.id), 409, "already_admitted");
    QCOMPARE(sales.find(m_alice, order.id, {}).status, OrderPaid);
    // After an undo nobody is in on it any more: it can be cancelled.
    door().undo(m_clerk, order.tickets.at(1).code, p.id);
    QCOMPARE(sales.cancel(m_alice, order.id).order.status, OrderRefunded);
}

void TestCheckin::offlineKitHasWhatAGateNeeds()
{
    const Performance p = makePerformance(30);
    const Order kept = buy(p.ticketTypes.first().id, 3);
    const Order cancelled = buy(p.ticketTypes.first().id, 2);
    SalesService(m_fixture.db(), m_gateway).cancel(m_alice, cancelled.id);
    door().scan(m_clerk, kept.tickets.first().code, p.id, u"North"_s);
    const OfflineKit kit = door().offlineKit(p.id);
    QCOMPARE(kit.performanceId, p.id);
    QCOMPARE(kit.publicKey.size(), int(crypto_sign_PUBLICKEYBYTES));
    QCOMPARE(kit.sold, 3);
    QCOMPARE(kit.capacity, 30);
    QCOMPARE(kit.admitted, 1);
    QCOMPARE(kit.cancelled.size(), 2);
    QVERIFY(kit.cancelled.contains(cancelled.tickets.at(0).code));
    QVERIFY(kit.cancelled.contains(cancelled.tickets.at(1).code));
    QCOMPARE(kit.admittedCodes.size(), 1);
    QCOMPARE(kit.admittedCodes.first().code, kept.tickets.first().code);
    QCOMPARE(kit.admittedCodes.first().gate, u"North"_s);
    // A gate with only the kit can check a printed QR code: the signature verifies with the
    // public key, as libsodium on the door computer would do it.
    Order signedOrder = kept;
    m_signer->sign(m_fixture.db(), signedOrder);
    const QString qr = signedOrder.tickets.at(1).qr;
    const qsizetype dot = qr.lastIndexOf(u'.');
    const QByteArray message = qr.left(dot).toUtf8();
    const QByteArray sig = QByteArray::fromBase64(qr.mid(dot + 1).toLatin1(), QByteArray::Base64UrlEncoding);
    QCOMPARE(crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(sig.constData()),
                                         reinterpret_cast<const unsigned char *>(message.constData()),
                                         size_t(message.size()),
                                         reinterpret_cast<const unsigned char *>(kit.publicKey.constData())),
             0);
    EXPECT_SERVICE_ERROR(door().offlineKit(999999), 404, "not_found");
}

void TestCheckin::uploadNonceReplayAnswersTheSameAndCountsOnce()
{
    const Performance p = makePerformance();
    Order order = boughtAnHourAgo(p.ticketTypes.first().id, 3);
    m_signer->sign(m_fixture.db(), order);
    const QDateTime at = Clock::now().addSecs(-120);
    const QList<OfflineScan> scans{{u"nonce-0001"_s, order.tickets.at(0).qr, at},
                                   {u"nonce-0002"_s, order.tickets.at(1).qr, at.addSecs(5)}};
    const UploadResult first = door().upload(m_clerk, p.id, u"West"_s, scans);
    QCOMPARE(first.results.size(), 2);
    QCOMPARE(first.results.at(0)[u"status"_s].toString(), u"admitted"_s);
    QCOMPARE(first.results.at(0)[u"nonce"_s].toString(), u"nonce-0001"_s);
    QCOMPARE(first.results.at(0)[u"gate"_s].toString(), u"West"_s);
    QCOMPARE(first.results.at(0)[u"admittedAt"_s].toString(), toWireTime(at));
    QVERIFY(first.change.has_value());
    QCOMPARE(first.change->admitted, 2);
    // The connection dropped before the answer: the gate sends the same scans again, plus one.
    const QList<OfflineScan> again{scans.at(0), scans.at(1),
                                   {u"nonce-0003"_s, order.tickets.at(2).qr, at.addSecs(9)}};
    const UploadResult second = door().upload(m_clerk, p.id, u"West"_s, again);
    QCOMPARE(second.results.at(0), first.results.at(0));
    QCOMPARE(second.results.at(1), first.results.at(1));
    QCOMPARE(second.results.at(2)[u"status"_s].toString(), u"admitted"_s);
    QCOMPARE(door().stats(p.id).admitted, 3);
    // Only replays: nothing changed, nothing to push.
    const UploadResult third = door().upload(m_clerk, p.id, u"West"_s, scans);
    QCOMPARE(third.results.at(0), first.results.at(0));
    QVERIFY(!third.change.has_value());
    QCOMPARE(door().stats(p.id).admitted, 3);
    QCOMPARE(door().stats(p.id).gates.first().admitted, 3);
    EXPECT_SERVICE_ERROR(door().upload(m_clerk, p.id, u"West"_s, {{u"short"_s, order.tickets.at(0).qr, at}}),
                         422, "validation");
    EXPECT_SERVICE_ERROR(door().upload(m_clerk, p.id, u"West"_s, {{u"bad nonce!"_s, order.tickets.at(0).qr, at}}),
                         422, "validation");
}

// A gate whose clock was reset (a scan "in 1970", before the purchase) cannot displace the
// admission that stands: such a scan counts from its upload.
void TestCheckin::uploadCannotPredateThePurchase()
{
    const Performance p = makePerformance();
    Order order = buy(p.ticketTypes.first().id, 1);
    m_signer->sign(m_fixture.db(), order);
    door().scan(m_clerk, order.tickets.at(0).code, p.id, u"Main"_s);
    const QDateTime epoch = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    const UploadResult late = door().upload(m_clerk, p.id, u"Broken clock"_s,
                                            {{u"epoch-0001"_s, order.tickets.at(0).qr, epoch}});
    QCOMPARE(late.results.at(0)[u"status"_s].toString(), u"conflict"_s);
    QCOMPARE(late.results.at(0)[u"gate"_s].toString(), u"Main"_s);
    QCOMPARE(door().stats(p.id).gates.first().gate, u"Main"_s);
    // Uploaded first, such a scan stands from its upload, not from 1970.
    Order other = buy(p.ticketTypes.first().id, 1);
    m_signer->sign(m_fixture.db(), other);
    const QDateTime before = Clock::now();
    const UploadResult first = door().upload(m_clerk, p.id, u"Broken clock"_s,
                                             {{u"epoch-0002"_s, other.tickets.at(0).qr, epoch}});
    QCOMPARE(first.results.at(0)[u"status"_s].toString(), u"admitted"_s);
    const auto admittedAt = parseWireTime(first.results.at(0)[u"admittedAt"_s].toString());
    QVERIFY(admittedAt && *admittedAt >= before.addMSecs(-1));
}

void TestCheckin::uploadConflictsFirstScanWins()
{
    const Performance p = makePerformance();
    Order order = boughtAnHourAgo(p.ticketTypes.first().id, 2);
    m_signer->sign(m_fixture.db(), order);
    const QDateTime t0 = Clock::now().addSecs(-600);
    // Two gates offline admit the same ticket; North scanned it first but uploads second.
    const UploadResult south = door().upload(m_clerk, p.id, u"South"_s, {{u"south-0001"_s, order.tickets.at(0).qr, t0.addSecs(30)}});
    QCOMPARE(south.results.at(0)[u"status"_s].toString(), u"admitted"_s);
    const UploadResult north = door().upload(m_clerk, p.id, u"North"_s, {{u"north-0001"_s, order.tickets.at(0).qr, t0}});
    QCOMPARE(north.results.at(0)[u"status"_s].toString(), u"admitted"_s);
    QCOMPARE(north.results.at(0)[u"gate"_s].toString(), u"North"_s);
    // A later scan of it at a third gate is the conflict, naming the admission that stands.
    const UploadResult east = door().upload(m_clerk, p.id, u"East"_s, {{u"east-00001"_s, order.tickets.at(0).qr, t0.addSecs(60)}});
    QCOMPARE(east.results.at(0)[u"status"_s].toString(), u"conflict"_s);
    QCOMPARE(east.results.at(0)[u"gate"_s].toString(), u"North"_s);
    QCOMPARE(east.results.at(0)[u"admittedAt"_s].toString(), toWireTime(t0));
    QVERIFY(!east.change.has_value());
    // An online scan later than an offline one loses to it too.
    door().scan(m_clerk, order.tickets.at(1).code, p.id, u"Online"_s);
    const UploadResult west = door().upload(m_clerk, p.id, u"West"_s, {{u"west-00001"_s, order.tickets.at(1).qr, t0}});
    QCOMPARE(west.results.at(0)[u"status"_s].toString(), u"admitted"_s);

    const CheckinStats s = door().stats(p.id);
    QCOMPARE(s.admitted, 2);
    QCOMPARE(s.gates.size(), 2);
    QCOMPARE(s.gates.at(0).gate, u"North"_s);
    QCOMPARE(s.gates.at(1).gate, u"West"_s);

    const QList<storage::ScanConflict> conflicts = door().conflicts(p.id);
    QCOMPARE(conflicts.size(), 2);
    QCOMPARE(conflicts.at(0).ticket.ticket.code, order.tickets.at(0).code);
    QCOMPARE(conflicts.at(0).ticket.admittedGate, u"North"_s);
    QCOMPARE(conflicts.at(0).ticket.admittedAt, t0);
    QCOMPARE(conflicts.at(0).ticket.ticketTypeName, u"Standard"_s);
    QCOMPARE(conflicts.at(0).otherScans.size(), 2);
    QCOMPARE(conflicts.at(0).otherScans.at(0).gate, u"South"_s);
    QCOMPARE(conflicts.at(0).otherScans.at(0).scannedAt, t0.addSecs(30));
    QCOMPARE(conflicts.at(0).otherScans.at(1).gate, u"East"_s);
    QCOMPARE(conflicts.at(1).ticket.admittedGate, u"West"_s);
    QCOMPARE(conflicts.at(1).otherScans.size(), 1);
    QCOMPARE(conflicts.at(1).otherScans.first().gate, u"Online"_s);
}

void TestCheckin::uploadRefusals()
{
    const Performance p = makePerformance();
    const Performance other = makePerformance();
    Order wrong = buy(other.ticketTypes.first().id, 1);
    Order gone = buy(p.ticketTypes.first().id, 1);
    m_signer->sign(m_fixture.db(), wrong);
    m_signer->sign(m_fixture.db(), gone);
    SalesService(m_fixture.db(), m_gateway).cancel(m_alice, gone.id);
    // One whole character of the signature changed (the last one carries padding bits, so
    // changing only the end could leave the signature as it was).
    QString forged = gone.tickets.first().qr;
    forged[forged.size() - 3] = forged.at(forged.size() - 3) == u'A' ? u'B' : u'A';
    const QDateTime at = Clock::now().addSecs(-60);
    const UploadResult r = door().upload(m_clerk, p.id, u"Gate 1"_s,
                                         {{u"refused-01"_s, wrong.tickets.first().qr, at},
                                          {u"refused-02"_s, gone.tickets.first().qr, at},
                                          {u"refused-03"_s, forged, at},
                                          {u"refused-04"_s, u"ZZZZ-ZZZZ-ZZZZ-ZZZZ"_s, at},
                                          // A gate clock ahead of the server's: taken as now.
                                          {u"refused-05"_s, wrong.tickets.first().code, at.addDays(2)}});
    QCOMPARE(r.results.at(0)[u"status"_s].toString(), u"wrong_performance"_s);
    QCOMPARE(r.results.at(0)[u"performanceId"_s].toInteger(), other.id);
    QCOMPARE(r.results.at(1)[u"status"_s].toString(), u"cancelled"_s);
    QCOMPARE(r.results.at(2)[u"status"_s].toString(), u"not_found"_s);
    QCOMPARE(r.results.at(3)[u"status"_s].toString(), u"not_found"_s);
    QCOMPARE(r.results.at(4)[u"status"_s].toString(), u"wrong_performance"_s);
    QVERIFY(!r.change.has_value());
    const UploadResult future = door().upload(m_clerk, other.id, u"Gate 1"_s,
                                              {{u"future-01"_s, wrong.tickets.first().code, at.addDays(2)}});
    QCOMPARE(future.results.at(0)[u"status"_s].toString(), u"admitted"_s);
    QVERIFY(parseWireTime(future.results.at(0)[u"admittedAt"_s].toString()).value() <= Clock::now());
}

void TestCheckin::keyIsSharedAndKept()
{
    // A second instance (another signer on the same database) uses the same key.
    TicketSigner second;
    m_signer->load(m_fixture.db());
    second.load(m_fixture.db());
    QCOMPARE(second.publicKey(), m_signer->publicKey());
    Ticket t;
    t.code = u"ABCD-EFGH-JKMN-PQRS"_s;
    t.ticketTypeId = 3;
    QCOMPARE(second.payload(7, t), m_signer->payload(7, t));
    QCOMPARE(m_fixture.db().read([&] { return m_fixture.db().scalar(u"SELECT COUNT(*) FROM server_keys"_s); }), 1);
    // Kept across a restart.
    m_fixture.reopen();
    TicketSigner restarted;
    restarted.load(m_fixture.db());
    QCOMPARE(restarted.publicKey(), m_signer->publicKey());
}

void TestCheckin::everyChangeIsAudited()
{
    const Performance p = makePerformance();
    Order order = buy(p.ticketTypes.first().id, 2);
    m_signer->sign(m_fixture.db(), order);
    door().scan(m_clerk, order.tickets.at(0).code, p.id, u"North"_s);
    door().undo(m_clerk, order.tickets.at(0).code, p.id);
    door().upload(m_clerk, p.id, u"West"_s, {{u"audited-01"_s, order.tickets.at(1).qr, Clock::now()}});
    QCOMPARE(auditCount(u"checkin.admit"_s), 1);
    QCOMPARE(auditCount(u"checkin.undo"_s), 1);
    QCOMPARE(auditCount(u"checkin.upload"_s), 1);
    const auto entries = m_fixture.db().read(
        [&] { return storage::AuditRepository(m_fixture.db()).list(10, 0, {0, u"checkin.admit"_s, {}, {}}); });
    QCOMPARE(entries.first().username, u"clerk"_s);
    QCOMPARE(entries.first().after.value(u"gate"_s).toString(), u"North"_s);
    QCOMPARE(entries.first().after.value(u"code"_s).toString(), order.tickets.at(0).code);
    // Every scan is kept, the refused ones too.
    EXPECT_SERVICE_ERROR(door().scan(m_clerk, order.tickets.at(1).code, p.id, u"South"_s), 409, "already_admitted");
    QCOMPARE(m_fixture.db().read([&] { return m_fixture.db().scalar(u"SELECT COUNT(*) FROM checkin_scans"_s); }), 4);
}

QTEST_GUILESS_MAIN(TestCheckin)
#include "tst_checkin.moc"
