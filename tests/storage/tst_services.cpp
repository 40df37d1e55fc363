#include "storagefixture.h"

#include "services/adminservice.h"
#include "services/authservice.h"
#include "services/catalogservice.h"
#include "services/clock.h"
#include "services/passwordhasher.h"
#include "services/holdservice.h"
#include "services/salesservice.h"
#include "services/serviceerror.h"
#include "storage/auditrepository.h"
#include "storage/userrepository.h"
#include "storage/paymentrepository.h"

#include <QSet>
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
            QCOMPARE(e.error().reason, QLatin1String(wantReason));                                    \
        }                                                                                          \
        QVERIFY2(thrown, "expected a ServiceError from " #expr);                                   \
    } while (false)

class TestServices : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void registerAndLogin();
    void sameAnswerForUnknownUserAndWrongPassword();
    void lockoutAfterTenFailures();
    void lockoutIsPerSourceUntilFiftyFromAll();
    void passwordChangeGuessesAreThrottled();
    void oldHashesAreUpgradedAtSignIn();
    void resumeAndLogout();
    void changePasswordEndsOtherSessions();
    void purchaseChargesPriceTimesQuantity();
    void soldOutRecordsNothing();
    void batchRefusesEachPurchaseOnItsOwn();
    void declinedPaymentSellsNothing();
    void cashIsForStaffAndAudited();
    void salesCloseWhenThePerformanceStarts();
    void stoppedTicketTypeSellsNothing();
    void basketIsOneOrderOrNothing();
    void cancelRefundsAndRestocks();
    void ordersArePrivate();
    void adminGuards();
    void adminValidationNamesTheField();
    void priceChangeKeepsWhatOrdersPaid();
    void catalogFilters();
    void lostCommitIsAnsweredTruthfully_data();
    void lostCommitIsAnsweredTruthfully();

private:
    Caller caller(const QString &name, Role role);
    TicketType makeTicketType(Cents price, qint64 capacity, int daysAhead = 10,
                              const QString &category = u"concert"_s,
                              const QString &title = u"Night Concert"_s,
                              const QString &venue = u"Grand Hall"_s);
    qint64 soldOf(Id ticketTypeId);

    StorageFixture m_fixture;
    PasswordHasher m_hasher{2};
    PaymentGateway m_gateway;
    Caller m_admin;
    Caller m_alice;
    Caller m_bob;
    Caller m_clerk;
};

void TestServices::init()
{
    QVERIFY(m_fixture.open(u"services"_s));
    Clock::setOffsetForTesting(0);
    m_admin = caller(u"boss"_s, Role::Admin);
    m_alice = caller(u"alice"_s, Role::Customer);
    m_bob = caller(u"bob"_s, Role::Customer);
    m_clerk = caller(u"clerk"_s, Role::Clerk);
}

void TestServices::cleanup()
{
    Clock::setOffsetForTesting(0);
    m_fixture.close();
}

Caller TestServices::caller(const QString &name, Role role)
{
    AuthService auth(m_fixture.db(), m_hasher);
    const User user = auth.registerUser(name, u"password-"_s + name, QString(), role);
    return Caller{user, 0};
}

TicketType TestServices::makeTicketType(Cents price, qint64 capacity, int daysAhead,
                                        const QString &category, const QString &title,
                                        const QString &venue)
{
    AdminService admin(m_fixture.db());
    const Event event = admin.createEvent(m_admin, title, category, u"desc"_s);
    const Performance p = admin.createPerformance(
        m_admin, event.id, Clock::now().addDays(daysAhead), venue, SeatingGeneral);
    return admin.createTicketType(m_admin, p.id, u"Standard"_s, price, capacity).value;
}

qint64 TestServices::soldOf(Id ticketTypeId)
{
    return m_fixture.db().scalar(u"SELECT sold FROM ticket_types WHERE id = ?"_s, {ticketTypeId});
}

void TestServices::registerAndLogin()
{
    AuthService auth(m_fixture.db(), m_hasher);
    QCOMPARE(m_alice.user.role, Role::Customer);
    QCOMPARE(m_alice.user.displayName, u"alice"_s);
    EXPECT_SERVICE_ERROR(auth.registerUser(u"ALICE"_s, u"whatever-123"_s, {}), 409, "username_taken");
    EXPECT_SERVICE_ERROR(auth.registerUser(u"al"_s, u"whatever-123"_s, {}), 422, "validation");
    EXPECT_SERVICE_ERROR(auth.registerUser(u"al ice"_s, u"whatever-123"_s, {}), 422, "validation");
    EXPECT_SERVICE_ERROR(auth.registerUser(u"carol"_s, u"short"_s, {}), 422, "validation");
    // 8 code points of CJK are long enough although QString counts them the same; emoji count once.
    auth.registerUser(u"dora"_s, u"密码密码密码密码"_s, u"Dora"_s);
    auth.registerUser(u"emil"_s, u"😀😀😀😀😀😀😀😀"_s, {});
    const LoginResult login = auth.login(u"Alice"_s, u"password-alice"_s);
    QCOMPARE(login.user.id, m_alice.user.id);
    QVERIFY(login.token.size() >= 43); // 256 bits, base64url
    QVERIFY(login.sessionId > 0);
    // Only a hash of the token is stored.
    QCOMPARE(m_fixture.db().scalar(u"SELECT COUNT(*) FROM sessions WHERE token_hash = ?"_s, {login.token}), 0);
}

void TestServices::sameAnswerForUnknownUserAndWrongPassword()
{
    AuthService auth(m_fixture.db(), m_hasher);
    QString wrongPassword, unknownUser;
    try {
        auth.login(u"alice"_s, u"nope-nope"_s);
    } catch (const ServiceError &e) {
        QCOMPARE(e.error().code, 401);
        wrongPassword = e.error().message;
    }
    try {
        auth.login(u"nobody"_s, u"nope-nope"_s);
    } catch (const ServiceError &e) {
        QCOMPARE(e.error().reason, u"invalid_credentials"_s);
        unknownUser = e.error().message;
    }
    QVERIFY(!wrongPassword.isEmpty());
    QCOMPARE(unknownUser, wrongPassword);
}

void TestServices::lockoutAfterTenFailures()
{
    AuthService auth(m_fixture.db(), m_hasher);
    for (int i = 0; i < AuthService::MaxFailures; ++i)
        EXPECT_SERVICE_ERROR(auth.login(u"alice"_s, u"wrong-password"_s), 401, "invalid_credentials");
    EXPECT_SERVICE_ERROR(auth.login(u"alice"_s, u"password-alice"_s), 429, "locked_out");
    // Names that do not exist lock the same way.
    for (int i = 0; i < AuthService::MaxFailures; ++i)
        EXPECT_SERVICE_ERROR(auth.login(u"ghost"_s, u"wrong-password"_s), 401, "invalid_credentials");
    EXPECT_SERVICE_ERROR(auth.login(u"ghost"_s, u"wrong-password"_s), 429, "locked_out");
    // Other users are not affected.
    QCOMPARE(auth.login(u"bob"_s, u"password-bob"_s).user.id, m_bob.user.id);
    Clock::setOffsetForTesting(qint64(AuthService::LockSeconds + 1) * 1000);
    QCOMPARE(auth.login(u"alice"_s, u"password-alice"_s).user.id, m_alice.user.id);
}

void TestServices::resumeAndLogout()
{
    AuthService auth(m_fixture.db(), m_hasher);
    const LoginResult login = auth.login(u"alice"_s, u"password-alice"_s);
    const auto session = auth.resume(login.token);
    QCOMPARE(session.user.username, u"alice"_s);
    QCOMPARE(session.sessionId, login.sessionId);
    auth.logout(Caller{login.user, login.sessionId});
    EXPECT_SERVICE_ERROR(auth.resume(login.token), 401, "invalid_token");
    EXPECT_SERVICE_ERROR(auth.resume(u"made-up-token"_s), 401, "invalid_token");
    // Sessions expire.
    const LoginResult again = auth.login(u"alice"_s, u"password-alice"_s);
    Clock::setOffsetForTesting(qint64(AuthService::SessionDays + 1) * 86400 * 1000);
    EXPECT_SERVICE_ERROR(auth.resume(again.token), 401, "invalid_token");
}

void TestServices::lockoutIsPerSourceUntilFiftyFromAll()
{
    AuthService auth(m_fixture.db(), m_hasher);
    const QString attacker = u"10.0.0.1"_s;
    for (int i = 0; i < AuthService::MaxFailures; ++i)
        EXPECT_SERVICE_ERROR(auth.login(u"bob"_s, u"wrong-password"_s, attacker), 401,
                             "invalid_credentials");
    // Locked for the guessing source, even with the right password…
    EXPECT_SERVICE_ERROR(auth.login(u"bob"_s, u"password-bob"_s, attacker), 429, "locked_out");
    // …while the owner signs in from elsewhere.
    QCOMPARE(auth.login(u"Bob"_s, u"password-bob"_s, u"192.168.1.7"_s).user.id, m_bob.user.id);
    // Failures from many sources together (50 within the window) lock the name for everyone.
    for (int i = AuthService::MaxFailures; i < AuthService::MaxFailuresFromAll; ++i)
        EXPECT_SERVICE_ERROR(auth.login(u"bob"_s, u"wrong-password"_s, u"10.0.1.%1"_s.arg(i)), 401,
                             "invalid_credentials");
    EXPECT_SERVICE_ERROR(auth.login(u"bob"_s, u"password-bob"_s, u"192.168.1.7"_s), 429, "locked_out");
    // An administrator lifts every lock on the name at once.
    auth.unlock(u"BOB"_s);
    QCOMPARE(auth.login(u"bob"_s, u"password-bob"_s, attacker).user.id, m_bob.user.id);
    // The throttle rows do not outlive their window.
    EXPECT_SERVICE_ERROR(auth.login(u"ghost"_s, u"wrong-password"_s, attacker), 401, "invalid_credentials");
    QCOMPARE(auth.purgeExpired(), 0);
    Clock::setOffsetForTesting(qint64(AuthService::FailureWindowSeconds + 1) * 1000);
    QVERIFY(auth.purgeExpired() >= 2);
    QCOMPARE(m_fixture.db().scalar(u"SELECT COUNT(*) FROM login_source_throttle"_s), 0);
    QCOMPARE(m_fixture.db().scalar(u"SELECT COUNT(*) FROM login_throttle"_s), 0);
}

void TestServices::passwordChangeGuessesAreThrottled()
{
    AuthService auth(m_fixture.db(), m_hasher);
    const LoginResult a = auth.login(u"alice"_s, u"password-alice"_s, u"10.0.0.9"_s);
    const Caller thief{a.user, a.sessionId, QHostAddress(u"10.0.0.9"_s)};
    for (int i = 0; i < AuthService::MaxPasswordChangeFailures; ++i)
        EXPECT_SERVICE_ERROR(auth.changePassword(thief, u"guess-%1-guess"_s.arg(i), u"new-password-1"_s),
                             403, "wrong_password");
    EXPECT_SERVICE_ERROR(auth.changePassword(thief, u"password-alice"_s, u"new-password-1"_s), 429,
                         "locked_out");
    // Signing in is a different secret: not locked.
    QCOMPARE(auth.login(u"alice"_s, u"password-alice"_s, u"10.0.0.9"_s).user.id, m_alice.user.id);
    Clock::setOffsetForTesting(qint64(AuthService::LockSeconds + 1) * 1000);
    auth.changePassword(thief, u"password-alice"_s, u"new-password-1"_s);
}

void TestServices::oldHashesAreUpgradedAtSignIn()
{
    // A hash made with other Argon2 parameters (as an older release would have stored it).
    const QByteArray password = "password-alice";
    char old[crypto_pwhash_STRBYTES];
    QCOMPARE(crypto_pwhash_str(old, password.constData(), quint64(password.size()),
                               crypto_pwhash_OPSLIMIT_INTERACTIVE + 1,
                               crypto_pwhash_MEMLIMIT_INTERACTIVE / 2),
             0);
    m_fixture.db().write([&] {
        storage::UserRepository(m_fixture.db()).setPasswordHash(m_alice.user.id, QString::fromLatin1(old));
    });
    QVERIFY(PasswordHasher::needsRehash(QString::fromLatin1(old)));
    AuthService auth(m_fixture.db(), m_hasher);
    QCOMPARE(auth.login(u"alice"_s, u"password-alice"_s).user.id, m_alice.user.id);
    const auto record = m_fixture.db().read(
        [&] { return storage::UserRepository(m_fixture.db()).findById(m_alice.user.id); });
    QVERIFY(record);
    QVERIFY(record->passwordHash != QString::fromLatin1(old));
    QVERIFY(!PasswordHasher::needsRehash(record->passwordHash));
    QCOMPARE(auth.login(u"alice"_s, u"password-alice"_s).user.id, m_alice.user.id);
}

void TestServices::changePasswordEndsOtherSessions()
{
    AuthService auth(m_fixture.db(), m_hasher);
    const LoginResult a = auth.login(u"alice"_s, u"password-alice"_s);
    const LoginResult b = auth.login(u"alice"_s, u"password-alice"_s);
    const Caller callerA{a.user, a.sessionId};
    EXPECT_SERVICE_ERROR(auth.changePassword(callerA, u"not-it-at-all"_s, u"new-password-1"_s), 403,
                         "wrong_password");
    EXPECT_SERVICE_ERROR(auth.changePassword(callerA, u"password-alice"_s, u"short"_s), 422, "validation");
    const QList<Id> ended = auth.changePassword(callerA, u"password-alice"_s, u"new-password-1"_s);
    QCOMPARE(ended, QList<Id>{b.sessionId});
    EXPECT_SERVICE_ERROR(auth.resume(b.token), 401, "invalid_token");
    QCOMPARE(auth.resume(a.token).sessionId, a.sessionId);
    EXPECT_SERVICE_ERROR(auth.login(u"alice"_s, u"password-alice"_s), 401, "invalid_credentials");
    QCOMPARE(auth.login(u"alice"_s, u"new-password-1"_s).user.id, m_alice.user.id);
}

void TestServices::purchaseChargesPriceTimesQuantity()
{
    const TicketType type = makeTicketType(4550, 10);
    SalesService sales(m_fixture.db(), m_gateway);
    const SaleResult sale = sales.purchase(m_alice, type.id, 3, {u"sandbox"_s, u"tok_ok"_s});
    QCOMPARE(sale.order.totalCents, 3 * 4550);
    QCOMPARE(sale.order.status, OrderPaid);
    QCOMPARE(sale.order.items.size(), 1);
    QCOMPARE(sale.order.items.first().unitPriceCents, 4550);
    QCOMPARE(sale.order.items.first().quantity, 3);
    QCOMPARE(sale.order.tickets.size(), 3);
    QSet<QString> codes;
    for (const Ticket &t : sale.order.tickets) {
        QCOMPARE(t.status, TicketValid);
        QCOMPARE(t.code.size(), 19); // 16 base32 characters = 80 random bits, in four groups
        codes.insert(t.code);
    }
    QCOMPARE(codes.size(), 3);
    QCOMPARE(sale.change.ticketTypes.first().remaining(), 7);
    QCOMPARE(soldOf(type.id), 3);
    const auto payments = storage::PaymentRepository(m_fixture.db()).forOrder(sale.order.id);
    QCOMPARE(payments.size(), 1);
    QCOMPARE(payments.first().amountCents, 3 * 4550);
    QCOMPARE(payments.first().kind, u"charge"_s);
    const QList<Order> mine = sales.listMine(m_alice);
    QCOMPARE(mine.size(), 1);
    QCOMPARE(mine.first().code, sale.order.code);
    QCOMPARE(mine.first().tickets.size(), 3);
}

void TestServices::soldOutRecordsNothing()
{
    const TicketType type = makeTicketType(1000, 2);
    SalesService sales(m_fixture.db(), m_gateway);
    sales.purchase(m_alice, type.id, 1, {u"sandbox"_s, u"tok_ok"_s});
    try {
        sales.purchase(m_bob, type.id, 2, {u"sandbox"_s, u"tok_ok"_s});
        QFAIL("sold out expected");
    } catch (const ServiceError &e) {
        QCOMPARE(e.error().code, 409);
        QCOMPARE(e.error().reason, u"sold_out"_s);
        QCOMPARE(e.error().data.value(u"remaining"_s).toInt(), 1);
    }
    QCOMPARE(soldOf(type.id), 1);
    QCOMPARE(sales.listMine(m_bob).size(), 0);
    EXPECT_SERVICE_ERROR(sales.purchase(m_bob, 99999, 1, {u"sandbox"_s, u"tok_ok"_s}), 404, "not_found");
}

void TestServices::batchRefusesEachPurchaseOnItsOwn()
{
    const TicketType type = makeTicketType(700, 5);
    SalesService sales(m_fixture.db(), m_gateway);
    const BatchResult batch = sales.purchaseBatch(
        type.id, {PurchaseRequest{m_alice, type.id, 2, {u"sandbox"_s, u"tok_ok"_s}},
                  PurchaseRequest{m_bob, type.id, 1, {u"sandbox"_s, u"tok_declined"_s}},
                  PurchaseRequest{m_bob, type.id, 1, {u"cash"_s, {}}},
                  PurchaseRequest{m_clerk, type.id, 2, {u"cash"_s, {}}},
                  PurchaseRequest{m_bob, type.id, 2, {u"sandbox"_s, u"tok_ok"_s}},
                  PurchaseRequest{m_bob, type.id, 1, {u"sandbox"_s, u"tok_ok"_s}}});
    QCOMPARE(batch.outcomes.size(), 6);
    QVERIFY(batch.outcomes.at(0).order);
    QCOMPARE(batch.outcomes.at(0).order->totalCents, 1400);
    QCOMPARE(batch.outcomes.at(1).error->reason, u"payment_declined"_s);
    QCOMPARE(batch.outcomes.at(2).error->reason, u"forbidden"_s);
    QVERIFY(batch.outcomes.at(3).order);
    QCOMPARE(batch.outcomes.at(4).error->reason, u"sold_out"_s);
    QCOMPARE(batch.outcomes.at(4).error->data.value(u"remaining"_s).toInt(), 1);
    QVERIFY(batch.outcomes.at(5).order);
    QCOMPARE(batch.change->ticketTypes.first().sold, 5);
    QCOMPARE(soldOf(type.id), 5);
    QCOMPARE(m_fixture.db().scalar(u"SELECT COUNT(*) FROM tickets WHERE ticket_type_id = ?"_s, {type.id}), 5);
    QCOMPARE(m_fixture.db().scalar(u"SELECT COUNT(*) FROM payments"_s), 3);
    const BatchResult missing = sales.purchaseBatch(
        424242, {PurchaseRequest{m_alice, 424242, 1, {u"sandbox"_s, u"tok_ok"_s}}});
    QCOMPARE(missing.outcomes.first().error->code, 404);
    QVERIFY(!missing.change);
}

void TestServices::declinedPaymentSellsNothing()
{
    const TicketType type = makeTicketType(1000, 5);
    SalesService sales(m_fixture.db(), m_gateway);
    EXPECT_SERVICE_ERROR(sales.purchase(m_alice, type.id, 2, {u"sandbox"_s, u"tok_declined"_s}), 402,
                         "payment_declined");
    EXPECT_SERVICE_ERROR(sales.purchase(m_alice, type.id, 2, {u"sandbox"_s, u"tok_other"_s}), 402,
                         "payment_declined");
    QCOMPARE(soldOf(type.id), 0);
    QCOMPARE(m_fixture.db().scalar(u"SELECT COUNT(*) FROM orders"_s), 0);
    QCOMPARE(m_fixture.db().scalar(u"SELECT COUNT(*) FROM payments"_s), 0);
}

void TestServices::cashIsForStaffAndAudited()
{
    const TicketType type = makeTicketType(2500, 5);
    SalesService sales(m_fixture.db(), m_gateway);
    EXPECT_SERVICE_ERROR(sales.purchase(m_alice, type.id, 1, {u"cash"_s, {}}), 403, "forbidden");
    const SaleResult sale = sales.purchase(m_clerk, type.id, 2, {u"cash"_s, {}});
    QCOMPARE(sale.order.paymentProvider, u"cash"_s);
    const auto log = storage::AuditRepository(m_fixture.db()).list(10, 0);
    QVERIFY(!log.isEmpty());
    QCOMPARE(log.first().action, u"order.cash_sale"_s);
    QCOMPARE(log.first().entityId, sale.order.id);
    QCOMPARE(log.first().username, u"clerk"_s);
}

void TestServices::salesCloseWhenThePerformanceStarts()
{
    const TicketType type = makeTicketType(1000, 5, 1);
    SalesService sales(m_fixture.db(), m_gateway);
    const SaleResult sale = sales.purchase(m_alice, type.id, 1, {u"sandbox"_s, u"tok_ok"_s});
    Clock::setOffsetForTesting(qint64(2) * 86400 * 1000);
    EXPECT_SERVICE_ERROR(sales.purchase(m_alice, type.id, 1, {u"sandbox"_s, u"tok_ok"_s}), 409,
                         "sales_closed");
    EXPECT_SERVICE_ERROR(sales.cancel(m_alice, sale.order.id), 409, "performance_started");
    QCOMPARE(soldOf(type.id), 1);
}

void TestServices::stoppedTicketTypeSellsNothing()
{
    // A manager stops selling a ticket type that has sales instead of deleting it.
    const TicketType type = makeTicketType(1000, 5, 1);
    SalesService sales(m_fixture.db(), m_gateway);
    const SaleResult sale = sales.purchase(m_alice, type.id, 1, {u"sandbox"_s, u"tok_ok"_s});
    AdminService admin(m_fixture.db());
    const auto stopped = admin.updateTicketType(m_admin, type.id, {{}, {}, {}, false});
    QVERIFY(!stopped.value.onSale);
    QVERIFY(!stopped.changes.inventory.first().ticketTypes.first().onSale);
    EXPECT_SERVICE_ERROR(sales.purchase(m_alice, type.id, 1, {u"sandbox"_s, u"tok_ok"_s}), 409,
                         "sales_closed");
    EXPECT_SERVICE_ERROR(sales.purchase(m_clerk, type.id, 1, {u"cash"_s, {}}), 409, "sales_closed");
    EXPECT_SERVICE_ERROR(HoldService(m_fixture.db(), m_gateway, 600).holdQuantity(m_alice, type.id, 1),
                         409, "sales_closed");
    QCOMPARE(soldOf(type.id), 1);
    // What was sold stays sold and can still be cancelled; selling again is one switch away.
    QCOMPARE(sales.cancel(m_alice, sale.order.id).order.status, OrderRefunded);
    QVERIFY(admin.updateTicketType(m_admin, type.id, {{}, {}, {}, true}).value.onSale);
    QCOMPARE(sales.purchase(m_alice, type.id, 2, {u"sandbox"_s, u"tok_ok"_s}).order.totalCents, 2000);
}

void TestServices::basketIsOneOrderOrNothing()
{
    const TicketType adult = makeTicketType(4500, 10);
    AdminService admin(m_fixture.db());
    const TicketType child = admin.createTicketType(m_admin, adult.performanceId, u"Child"_s, 2000, 1).value;
    SalesService sales(m_fixture.db(), m_gateway);
    const SaleResult sale = sales.purchaseBasket(m_alice, {{adult.id, 2}, {child.id, 1}},
                                                 {u"sandbox"_s, u"tok_ok"_s});
    QCOMPARE(sale.order.items.size(), 2);
    QCOMPARE(sale.order.tickets.size(), 3);
    QCOMPARE(sale.order.totalCents, 2 * 4500 + 2000);
    QCOMPARE(sale.change.ticketTypes.size(), 2);
    // The child tickets are gone: the adults of that basket are not sold either.
    EXPECT_SERVICE_ERROR(sales.purchaseBasket(m_alice, {{adult.id, 2}, {child.id, 1}}, {u"sandbox"_s, u"tok_ok"_s}),
                         409, "sold_out");
    EXPECT_SERVICE_ERROR(sales.purchaseBasket(m_alice, {{adult.id, 1}}, {u"sandbox"_s, u"tok_declined"_s}), 402,
                         "payment_declined");
    EXPECT_SERVICE_ERROR(sales.purchaseBasket(m_alice, {{adult.id, 1}, {adult.id, 1}}, {u"sandbox"_s, u"tok_ok"_s}),
                         422, "validation");
    EXPECT_SERVICE_ERROR(sales.purchaseBasket(m_alice, {{adult.id, 1}, {4242, 1}}, {u"sandbox"_s, u"tok_ok"_s}), 404,
                         "not_found");
    EXPECT_SERVICE_ERROR(sales.purchaseBasket(m_alice, {{adult.id, 1}}, {u"cash"_s, {}}), 403, "forbidden");
    QCOMPARE(soldOf(adult.id), 2);
    QCOMPARE(soldOf(child.id), 1);
    QCOMPARE(m_fixture.db().scalar(u"SELECT COUNT(*) FROM orders"_s), 1);
    // A clerk sells a basket for cash; it is audited like any cash sale.
    QCOMPARE(sales.purchaseBasket(m_clerk, {{adult.id, 3}}, {u"cash"_s, {}}).order.paymentProvider, u"cash"_s);
}

void TestServices::cancelRefundsAndRestocks()
{
    const TicketType type = makeTicketType(3000, 5);
    SalesService sales(m_fixture.db(), m_gateway);
    const SaleResult sale = sales.purchase(m_alice, type.id, 4, {u"sandbox"_s, u"tok_ok"_s});
    QCOMPARE(soldOf(type.id), 4);
    const SaleResult cancelled = sales.cancel(m_alice, sale.order.id);
    QCOMPARE(cancelled.order.status, OrderRefunded);
    for (const Ticket &t : cancelled.order.tickets)
        QCOMPARE(t.status, TicketCancelled);
    QCOMPARE(soldOf(type.id), 0);
    QCOMPARE(cancelled.change.ticketTypes.first().remaining(), 5);
    const auto payments = storage::PaymentRepository(m_fixture.db()).forOrder(sale.order.id);
    QCOMPARE(payments.size(), 2);
    QCOMPARE(payments.at(1).kind, u"refund"_s);
    QCOMPARE(payments.at(1).amountCents, 4 * 3000);
    EXPECT_SERVICE_ERROR(sales.cancel(m_alice, sale.order.id), 409, "already_cancelled");
    QCOMPARE(sales.find(m_alice, sale.order.id, {}).status, OrderRefunded);
}

void TestServices::ordersArePrivate()
{
    const TicketType type = makeTicketType(3000, 5);
    SalesService sales(m_fixture.db(), m_gateway);
    const SaleResult sale = sales.purchase(m_alice, type.id, 1, {u"sandbox"_s, u"tok_ok"_s});
    EXPECT_SERVICE_ERROR(sales.cancel(m_bob, sale.order.id), 404, "not_found");
    EXPECT_SERVICE_ERROR(sales.find(m_bob, sale.order.id, {}), 404, "not_found");
    QCOMPARE(sales.listMine(m_bob).size(), 0);
    // Staff find orders by code and may cancel them.
    QCOMPARE(sales.find(m_clerk, 0, sale.order.code.toLower()).id, sale.order.id);
    // However it is typed: no dashes, no "MQ", lower case, O for 0 and I or L for 1.
    const QString bare = sale.order.code.mid(3).remove(u'-');
    for (const QString &typed : QStringList{u"mq"_s + bare.toLower(), sale.order.code.mid(3), u"mq-"_s + bare,
                                 u"  "_s + bare.toLower() + u" "_s,
                                 QString(bare).replace(u'0', u'O').replace(u'1', u'l')}) {
        QCOMPARE(sales.find(m_clerk, 0, typed).id, sale.order.id);
    }
    EXPECT_SERVICE_ERROR(sales.find(m_clerk, 0, bare.left(9)), 404, "not_found");
    EXPECT_SERVICE_ERROR(sales.find(m_clerk, 0, u"MQ-"_s), 404, "not_found");
    QCOMPARE(sales.cancel(m_clerk, sale.order.id).order.status, OrderRefunded);
}

void TestServices::adminGuards()
{
    const TicketType type = makeTicketType(1000, 10);
    AdminService admin(m_fixture.db());
    SalesService sales(m_fixture.db(), m_gateway);
    const SaleResult sale = sales.purchase(m_alice, type.id, 3, {u"sandbox"_s, u"tok_ok"_s});
    EXPECT_SERVICE_ERROR(admin.updateTicketType(m_admin, type.id, {std::nullopt, std::nullopt, 2, std::nullopt}), 409,
                         "capacity_below_sold");
    QCOMPARE(admin.updateTicketType(m_admin, type.id, {std::nullopt, std::nullopt, 3, std::nullopt}).value.remaining(), 0);
    EXPECT_SERVICE_ERROR(admin.deleteTicketType(m_admin, type.id), 409, "has_sales");
    const Id eventId = m_fixture.db().scalar(
        u"SELECT p.event_id FROM performances p JOIN ticket_types t ON t.performance_id = p.id WHERE t.id = ?"_s,
        {type.id});
    EXPECT_SERVICE_ERROR(admin.deleteEvent(m_admin, eventId), 409, "has_sales");
    EXPECT_SERVICE_ERROR(admin.deletePerformance(m_admin, type.performanceId), 409, "has_sales");
    // Once the order is refunded the stock is free and the event can go, cascading.
    sales.cancel(m_alice, sale.order.id);
    admin.deleteEvent(m_admin, eventId);
    QCOMPARE(m_fixture.db().scalar(u"SELECT COUNT(*) FROM ticket_types WHERE id = ?"_s, {type.id}), 0);
    EXPECT_SERVICE_ERROR(CatalogService(m_fixture.db()).performance(type.performanceId), 404, "not_found");
    // The refunded order keeps its history.
    QCOMPARE(sales.find(m_alice, sale.order.id, {}).items.first().eventTitle, u"Night Concert"_s);
    const auto log = admin.auditLog(100, 0);
    QCOMPARE(log.first().action, u"event.delete"_s);
}

void TestServices::adminValidationNamesTheField()
{
    AdminService admin(m_fixture.db());
    auto field = [](auto &&call) {
        try {
            call();
        } catch (const ServiceError &e) {
            return e.error().code == 422 ? e.error().data.value(u"field"_s).toString() : QString();
        }
        return QString();
    };
    QCOMPARE(field([&] { admin.createEvent(m_admin, u"  "_s, u"movie"_s, {}); }), u"title"_s);
    QCOMPARE(field([&] { admin.createEvent(m_admin, u"T"_s, u"opera"_s, {}); }), u"category"_s);
    const Event e = admin.createEvent(m_admin, u"T"_s, u"movie"_s, {});
    QCOMPARE(field([&] { admin.createPerformance(m_admin, e.id, Clock::now().addDays(1), u""_s, SeatingGeneral); }),
             u"venue"_s);
    // A start in the past, on create and when an update moves it there.
    QCOMPARE(field([&] { admin.createPerformance(m_admin, e.id, Clock::now().addSecs(-60), u"Hall"_s, SeatingGeneral); }),
             u"startsAt"_s);
    const Performance p = admin.createPerformance(m_admin, e.id, Clock::now().addDays(1), u"Hall"_s, SeatingGeneral);
    QCOMPARE(field([&] { admin.createTicketType(m_admin, p.id, u"A"_s, -1, 10); }), u"priceCents"_s);
    QCOMPARE(field([&] { admin.createTicketType(m_admin, p.id, u"A"_s, 100, -1); }), u"capacity"_s);
    QCOMPARE(field([&] { admin.createTicketType(m_admin, p.id, u""_s, 100, 1); }), u"name"_s);
    QCOMPARE(field([&] { admin.updatePerformance(m_admin, p.id, {Clock::now().addDays(-1), {}, {}, {}}); }),
             u"startsAt"_s);
    QCOMPARE(admin.updatePerformance(m_admin, p.id, {p.startsAt, u"Hall 2"_s, {}, {}}).venue, u"Hall 2"_s);
    EXPECT_SERVICE_ERROR(admin.createPerformance(m_admin, 4242, Clock::now().addDays(1), u"Hall"_s, SeatingGeneral), 404,
                         "not_found");
    EXPECT_SERVICE_ERROR(admin.updateEvent(m_admin, 4242, {u"x"_s, {}, {}}), 404, "not_found");
}

void TestServices::priceChangeKeepsWhatOrdersPaid()
{
    const TicketType type = makeTicketType(1000, 10);
    SalesService sales(m_fixture.db(), m_gateway);
    const SaleResult sale = sales.purchase(m_alice, type.id, 2, {u"sandbox"_s, u"tok_ok"_s});
    AdminService(m_fixture.db()).updateTicketType(m_admin, type.id, {u"Renamed"_s, 5000, std::nullopt, std::nullopt});
    const Order order = sales.find(m_alice, sale.order.id, {});
    QCOMPARE(order.items.first().unitPriceCents, 1000);
    QCOMPARE(order.totalCents, 2000);
    QCOMPARE(sales.purchase(m_bob, type.id, 1, {u"sandbox"_s, u"tok_ok"_s}).order.totalCents, 5000);
}

void TestServices::catalogFilters()
{
    makeTicketType(1000, 10, 5, u"movie"_s, u"Late Film"_s, u"Cinema One"_s);
    makeTicketType(1000, 10, 2, u"concert"_s, u"Early Gig"_s, u"Blue Note"_s);
    makeTicketType(1000, 10, 9, u"train"_s, u"G7 Express"_s, u"Beijing South"_s);
    CatalogService catalog(m_fixture.db());
    QList<Event> all = catalog.listEvents({});
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).title, u"Early Gig"_s); // by earliest performance
    QCOMPARE(all.at(2).title, u"G7 Express"_s);
    QCOMPARE(catalog.listEvents({u"movie"_s, {}, {}, {}}).size(), 1);
    QCOMPARE(catalog.listEvents({{}, {}, {}, u"blue NOTE"_s}).first().title, u"Early Gig"_s);
    QCOMPARE(catalog.listEvents({{}, {}, {}, u"express"_s}).size(), 1);
    const QDateTime now = Clock::now();
    const QList<Event> ranged = catalog.listEvents({{}, now.addDays(4), now.addDays(6), {}});
    QCOMPARE(ranged.size(), 1);
    QCOMPARE(ranged.first().title, u"Late Film"_s);
    QCOMPARE(ranged.first().performances.size(), 1);
    QCOMPARE(ranged.first().performances.first().ticketTypes.first().remaining(), 10);
}

QTEST_GUILESS_MAIN(TestServices)
void TestServices::lostCommitIsAnsweredTruthfully_data()
{
    QTest::addColumn<int>("commit");
    QTest::addColumn<bool>("committed");
    // A purchase commits three times: the reservation, the gateway's record, the confirmation.
    for (int commit = 0; commit < 3; ++commit) {
        const char *step = commit == 0 ? "reserve" : commit == 1 ? "charge" : "confirm";
        QTest::addRow("%s, lost before the commit", step) << commit << false;
        QTest::addRow("%s, committed but the answer lost", step) << commit << true;
    }
}

void TestServices::lostCommitIsAnsweredTruthfully()
{
    QFETCH(int, commit);
    QFETCH(bool, committed);
    const TicketType type = makeTicketType(1200, 10);
    storage::Database &db = m_fixture.db();
    storage::Database::injectCommitFault(committed ? storage::Database::CommitFault::LostAfterCommit
                                          : storage::Database::CommitFault::LostBeforeCommit,
                                commit);
    SalesService sales(db, m_gateway);
    const SaleResult sale = sales.purchase(m_alice, type.id, 2, {u"sandbox"_s, u"tok_ok"_s});
    QVERIFY2(!storage::Database::commitFaultPending(), "the fault never happened");
    // Whatever was lost, the buyer is told the truth: one order, paid once, counts exact.
    QCOMPARE(sale.order.status, u"paid"_s);
    QCOMPARE(sale.order.tickets.size(), 2);
    QVERIFY(sale.order.id > 0);
    QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM orders WHERE code = ?"_s, {sale.order.code}), 1);
    QCOMPARE(soldOf(type.id), 2);
    QCOMPARE(db.scalar(u"SELECT held FROM ticket_types WHERE id = ?"_s, {type.id}), 0);
    QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM purchase_intents"_s), 0);
    QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM tickets WHERE ticket_type_id = ?"_s, {type.id}), 2);
    QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM payments WHERE idempotency_key = ?"_s,
                       {QString(sale.order.code + u":charge"_s)}), 1);
    QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM sandbox_ledger WHERE idempotency_key = ?"_s,
                       {QString(sale.order.code + u":charge"_s)}), 1);
}

#include "tst_services.moc"
