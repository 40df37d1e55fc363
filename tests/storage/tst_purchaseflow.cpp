// PurchaseFlow (issue 11) in process, on both backends: batches at the capacity boundary,
// reserve → pay → confirm with a crash simulated after each step and reconciled, a late charge
// after a void, and requestId repeats. After every step the stored numbers must agree with
// each other: sold = the valid tickets of paid orders, held = what pending intents hold, one
// charge per order, no approved charge without its order.
#include "storagefixture.h"

#include "services/adminservice.h"
#include "services/authservice.h"
#include "services/clock.h"
#include "services/passwordhasher.h"
#include "services/purchaseflow.h"
#include "services/salesservice.h"
#include "services/serviceerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace mq;
using namespace mq::services;

namespace {

// A server process that "died": nobody holds its presence lock, so it counts as gone.
constexpr qint64 DeadOwner = 424242;

PaymentMethod card(const QString &token = u"tok_ok"_s)
{
    return {u"sandbox"_s, token};
}

QString describe(const ConfirmOutcome &o)
{
    if (o.order)
        return u"order %1 (%2 tickets)"_s.arg(o.order->id).arg(o.order->tickets.size());
    if (o.error)
        return u"error %1 %2 %3"_s.arg(o.error->code)
            .arg(o.error->reason,
                 QString::fromUtf8(QJsonDocument(o.error->data).toJson(QJsonDocument::Compact)));
    return u"nothing"_s;
}

} // namespace

#define CHECK_INVARIANTS(typeIds, step)                                                            \
    do {                                                                                           \
        const QString mqViolation_ = invariantViolation(typeIds);                                  \
        QVERIFY2(mqViolation_.isEmpty(), qPrintable(QStringLiteral(step ": ") + mqViolation_));   \
    } while (false)

class TestPurchaseFlow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void invariantCheckSeesDrift();
    void batchSellsExactlyToCapacity();
    void declinedCardInABatchAffectsNobodyElse();
    void cancelBetweenReserveAndConfirm();
    void crashAfterReserveIsVoided();
    void crashAfterChargeIsConfirmedOnce();
    void reconcileAfterConfirmChangesNothing();
    void lateChargeAfterVoidIsRefused();
    void requestIdRepeatGetsTheSameOrder();
    void requestIdIsPerUser();
    void failedRequestIdMayBeUsedAgain();

private:
    Caller caller(const QString &name, Role role = Role::Customer);
    TicketType makeTicketType(qint64 capacity, Cents price = 1500);
    PurchaseRequest buy(const Caller &who, const TicketType &type, int quantity,
                        const QString &token = u"tok_ok"_s, const QString &requestId = {});
    PurchaseFlow flow(qint64 owner = PurchaseFlow::thisProcess());
    qint64 column(Id typeId, const QString &name);
    qint64 ordersOf(Id userId);
    QString ledgerStatus(const QString &orderCode);
    qint64 paymentRows(const QString &orderCode);
    // What disagrees among the stored numbers, or empty.
    QString invariantViolation(const QList<Id> &typeIds);

    StorageFixture m_fixture;
    PasswordHasher m_hasher{2};
    PaymentGateway m_gateway;
    Caller m_admin;
    int m_users = 0;
};

void TestPurchaseFlow::init()
{
    QVERIFY(m_fixture.open(u"purchaseflow"_s));
    Clock::setOffsetForTesting(0);
    m_admin = caller(u"boss"_s, Role::Admin);
}

void TestPurchaseFlow::cleanup()
{
    m_fixture.close();
}

Caller TestPurchaseFlow::caller(const QString &name, Role role)
{
    AuthService auth(m_fixture.db(), m_hasher);
    const User user = auth.registerUser(name, u"password-"_s + name, QString(), role);
    return Caller{user, 0};
}

TicketType TestPurchaseFlow::makeTicketType(qint64 capacity, Cents price)
{
    AdminService admin(m_fixture.db());
    const Event event = admin.createEvent(m_admin, u"Rush Night"_s, u"concert"_s, u"desc"_s);
    const Performance p = admin.createPerformance(m_admin, event.id, Clock::now().addDays(10),
                                                  u"Arena"_s, SeatingGeneral);
    return admin.createTicketType(m_admin, p.id, u"Standing"_s, price, capacity).value;
}

PurchaseRequest TestPurchaseFlow::buy(const Caller &who, const TicketType &type, int quantity,
                                      const QString &token, const QString &requestId)
{
    return PurchaseRequest{who, type.id, quantity, card(token), requestId};
}

PurchaseFlow TestPurchaseFlow::flow(qint64 owner)
{
    return PurchaseFlow(m_fixture.db(), m_gateway, owner);
}

qint64 TestPurchaseFlow::column(Id typeId, const QString &name)
{
    return m_fixture.db().scalar(u"SELECT "_s + name + u" FROM ticket_types WHERE id = ?"_s, {typeId}, -1);
}

qint64 TestPurchaseFlow::ordersOf(Id userId)
{
    return m_fixture.db().scalar(u"SELECT COUNT(*) FROM orders WHERE user_id = ?"_s, {userId});
}

QString TestPurchaseFlow::ledgerStatus(const QString &orderCode)
{
    storage::Database &db = m_fixture.db();
    return db.read([&] {
        QSqlQuery &q = db.exec(u"SELECT status FROM sandbox_ledger WHERE idempotency_key = ?"_s,
                               {QString(orderCode + u":charge"_s)});
        return q.next() ? q.value(0).toString() : QString();
    });
}

qint64 TestPurchaseFlow::paymentRows(const QString &orderCode)
{
    return m_fixture.db().scalar(u"SELECT COUNT(*) FROM payments p JOIN orders o ON o.id = p.order_id"
                                 " WHERE o.code = ? AND p.kind = 'charge'"_s,
                                 {orderCode});
}

QString TestPurchaseFlow::invariantViolation(const QList<Id> &typeIds)
{
    storage::Database &db = m_fixture.db();
    // What the pending intents hold, per ticket type (their lines are stored as JSON).
    QHash<Id, qint64> intentHeld;
    db.read([&] {
        QSqlQuery &q = db.exec(u"SELECT lines FROM purchase_intents"_s);
        while (q.next()) {
            const QJsonArray lines = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array();
            for (const QJsonValue &line : lines)
                intentHeld[line.toObject().value(u"ticketTypeId"_s).toInteger()] +=
                    line.toObject().value(u"quantity"_s).toInteger();
        }
    });
    for (Id typeId : typeIds) {
        const qint64 sold = column(typeId, u"sold"_s);
        const qint64 held = column(typeId, u"held"_s);
        const qint64 capacity = column(typeId, u"capacity"_s);
        const qint64 tickets = db.scalar(
            u"SELECT COUNT(*) FROM tickets t JOIN orders o ON o.id = t.order_id"
            " WHERE t.ticket_type_id = ? AND t.status = 'valid' AND o.status = 'paid'"_s,
            {typeId});
        const qint64 holds = db.scalar(
            u"SELECT COALESCE(SUM(hi.quantity), 0) FROM hold_items hi JOIN holds h ON h.id = hi.hold_id"
            " WHERE hi.ticket_type_id = ? AND h.status = 'active'"_s,
            {typeId});
        if (sold != tickets)
            return u"type %1 sold %2 but %3 valid tickets of paid orders"_s.arg(typeId).arg(sold).arg(tickets);
        if (held != intentHeld.value(typeId) + holds)
            return u"type %1 held %2 but intents hold %3 and holds %4"_s.arg(typeId).arg(held)
                .arg(intentHeld.value(typeId)).arg(holds);
        if (sold < 0 || held < 0 || sold + held > capacity)
            return u"type %1 sold %2 + held %3 > capacity %4"_s.arg(typeId).arg(sold).arg(held).arg(capacity);
    }
    // Never two charges for one order, and each charge is the order's total.
    if (const qint64 n = db.scalar(u"SELECT COUNT(*) FROM (SELECT order_id FROM payments WHERE kind = 'charge'"
                                   " GROUP BY order_id HAVING COUNT(*) > 1) AS d"_s))
        return u"%1 orders charged twice"_s.arg(n);
    if (const qint64 n = db.scalar(u"SELECT COUNT(*) FROM payments p JOIN orders o ON o.id = p.order_id"
                                   " WHERE p.kind = 'charge' AND p.amount_cents <> o.total_cents"_s))
        return u"%1 charges differ from their order's total"_s.arg(n);
    if (const qint64 n = db.scalar(u"SELECT COUNT(*) FROM orders o WHERE o.payment_provider = 'sandbox' AND NOT EXISTS"
                                   " (SELECT 1 FROM payments p WHERE p.order_id = o.id AND p.kind = 'charge')"_s))
        return u"%1 sandbox orders without their charge"_s.arg(n);
    // The gateway never keeps money for an order that does not exist (unless its purchase is
    // still pending and will be confirmed).
    if (const qint64 n = db.scalar(
            u"SELECT COUNT(*) FROM sandbox_ledger l WHERE l.status = 'approved'"
            " AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.code || ':charge' = l.idempotency_key)"
            " AND NOT EXISTS (SELECT 1 FROM purchase_intents i WHERE i.order_code || ':charge' = l.idempotency_key)"_s))
        return u"%1 approved charges without an order"_s.arg(n);
    return {};
}

void TestPurchaseFlow::invariantCheckSeesDrift()
{
    // The checker itself can fail: each kind of drift is reported.
    const TicketType type = makeTicketType(10);
    const Caller rex = caller(u"rex"_s);
    QVERIFY(flow().purchase({buy(rex, type, 2)}, nullptr).first().order);
    QCOMPARE(invariantViolation({type.id}), QString());
    storage::Database &db = m_fixture.db();
    db.write([&] { db.exec(u"UPDATE ticket_types SET held = held + 1 WHERE id = ?"_s, {type.id}); });
    QVERIFY(invariantViolation({type.id}).contains(u"held"_s));
    db.write([&] { db.exec(u"UPDATE ticket_types SET held = 0, sold = 3 WHERE id = ?"_s, {type.id}); });
    QVERIFY(invariantViolation({type.id}).contains(u"sold 3"_s));
    db.write([&] { db.exec(u"UPDATE ticket_types SET sold = 2 WHERE id = ?"_s, {type.id}); });
    QCOMPARE(invariantViolation({type.id}), QString());
    db.write([&] {
        db.exec(u"INSERT INTO sandbox_ledger (idempotency_key, amount_cents, status, reference, created_at)"
                " VALUES ('NOSUCHORDER:charge', 100, 'approved', 'ch_x', 0)"_s);
    });
    QVERIFY(invariantViolation({type.id}).contains(u"without an order"_s));
}

void TestPurchaseFlow::batchSellsExactlyToCapacity()
{
    const TicketType type = makeTicketType(10);
    QList<PurchaseRequest> batch;
    const QList<int> quantities{3, 4, 2, 3, 1, 2, 4};
    for (qsizetype i = 0; i < quantities.size(); ++i)
        batch.append(buy(caller(u"edge%1"_s.arg(i)), type, quantities.at(i)));
    QList<InventoryChange> changes;
    const QList<ConfirmOutcome> done = flow().purchase(batch, &changes);
    QCOMPARE(done.size(), quantities.size());
    // In arrival order: 3 (7 left), 4 (3 left), 2 (1 left), 3 refused with 1 left, 1 (0 left),
    // then nothing.
    const QList<int> expectedRemaining{-1, -1, -1, 1, -1, 0, 0};
    qint64 ticketsSold = 0;
    for (qsizetype i = 0; i < done.size(); ++i) {
        const ConfirmOutcome &o = done.at(i);
        if (expectedRemaining.at(i) < 0) {
            QVERIFY2(o.order, qPrintable(u"buyer %1: %2"_s.arg(i).arg(describe(o))));
            QCOMPARE(o.order->tickets.size(), quantities.at(i));
            QCOMPARE(o.order->totalCents, Cents(1500) * quantities.at(i));
            QCOMPARE(paymentRows(o.order->code), 1);
            QCOMPARE(ledgerStatus(o.order->code), u"approved"_s);
            ticketsSold += o.order->tickets.size();
        } else {
            QVERIFY2(!o.order && o.error, qPrintable(u"buyer %1: %2"_s.arg(i).arg(describe(o))));
            QCOMPARE(o.error->code, 409);
            QCOMPARE(o.error->reason, u"sold_out"_s);
            QCOMPARE(o.error->data.value(u"remaining"_s).toInteger(), expectedRemaining.at(i));
            QCOMPARE(ordersOf(batch.at(i).caller.user.id), 0);
        }
    }
    QCOMPARE(ticketsSold, 10);
    QCOMPARE(column(type.id, u"sold"_s), 10);
    QCOMPARE(column(type.id, u"held"_s), 0);
    // The pushes: the reservation (held) and then the sale.
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.first().ticketTypes.first().held, 10);
    QCOMPARE(changes.last().ticketTypes.first().sold, 10);
    QCOMPARE(changes.last().ticketTypes.first().held, 0);
    QCOMPARE(m_fixture.db().scalar(u"SELECT COUNT(*) FROM purchase_intents"_s), 0);
    CHECK_INVARIANTS({type.id}, "after the batch");
}

void TestPurchaseFlow::declinedCardInABatchAffectsNobodyElse()
{
    const TicketType type = makeTicketType(5, 2000);
    const Caller ann = caller(u"ann"_s), ben = caller(u"ben"_s), cat = caller(u"cat"_s),
                 dan = caller(u"dan"_s), eve = caller(u"eve"_s);
    // ann 2 + ben 2 (declined) + cat 1 fill the 5 at reserve time; dan and eve are told sold
    // out, then tried again once ben's tickets come back: dan gets 1, eve (2) finds only 1.
    const QList<PurchaseRequest> batch{buy(ann, type, 2), buy(ben, type, 2, u"tok_declined"_s),
                                       buy(cat, type, 1), buy(dan, type, 1), buy(eve, type, 2)};
    const QList<ConfirmOutcome> done = flow().purchase(batch, nullptr);
    QVERIFY2(done.at(0).order, qPrintable(describe(done.at(0))));
    QCOMPARE(done.at(0).order->tickets.size(), 2);
    QVERIFY2(done.at(1).error, qPrintable(describe(done.at(1))));
    QCOMPARE(done.at(1).error->code, 402);
    QCOMPARE(done.at(1).error->reason, u"payment_declined"_s);
    QVERIFY2(done.at(2).order, qPrintable(describe(done.at(2))));
    QCOMPARE(done.at(2).order->tickets.size(), 1);
    QVERIFY2(done.at(3).order, qPrintable(u"dan should get ben's released ticket: "_s + describe(done.at(3))));
    QCOMPARE(done.at(3).order->tickets.size(), 1);
    QVERIFY2(done.at(4).error, qPrintable(describe(done.at(4))));
    QCOMPARE(done.at(4).error->reason, u"sold_out"_s);
    QCOMPARE(done.at(4).error->data.value(u"remaining"_s).toInteger(), 1);

    QCOMPARE(ordersOf(ben.user.id), 0);
    QCOMPARE(ordersOf(eve.user.id), 0);
    QCOMPARE(m_fixture.db().scalar(u"SELECT COUNT(*) FROM sandbox_ledger WHERE status = 'declined'"_s), 1);
    QCOMPARE(m_fixture.db().scalar(u"SELECT COUNT(*) FROM sandbox_ledger WHERE status = 'approved'"_s), 3);
    QCOMPARE(m_fixture.db().scalar(u"SELECT COUNT(*) FROM payments WHERE kind = 'charge'"_s), 3);
    QCOMPARE(column(type.id, u"sold"_s), 4);
    QCOMPARE(column(type.id, u"held"_s), 0);
    CHECK_INVARIANTS({type.id}, "after the batch with a declined card");
    // The ticket left is for sale as usual.
    const QList<ConfirmOutcome> last = flow().purchase({buy(eve, type, 1)}, nullptr);
    QVERIFY2(last.first().order, qPrintable(describe(last.first())));
    QCOMPARE(column(type.id, u"sold"_s), 5);
    CHECK_INVARIANTS({type.id}, "after the last ticket");
}

void TestPurchaseFlow::cancelBetweenReserveAndConfirm()
{
    const TicketType type = makeTicketType(8);
    const Caller alice = caller(u"alice"_s), bob = caller(u"bob"_s), carol = caller(u"carol"_s),
                 dave = caller(u"dave"_s);
    SalesService sales(m_fixture.db(), m_gateway);
    const SaleResult first = sales.purchase(alice, type.id, 3, card());
    CHECK_INVARIANTS({type.id}, "after alice's purchase");

    // Another batch reserves the other 5; dave finds none left.
    PurchaseFlow f = flow();
    const ReserveResult reserved = f.reserve({buy(bob, type, 2), buy(carol, type, 3), buy(dave, type, 1)});
    QVERIFY(reserved.outcomes.at(0).reservation);
    QVERIFY(reserved.outcomes.at(1).reservation);
    QVERIFY(reserved.outcomes.at(2).error);
    QCOMPARE(reserved.outcomes.at(2).error->data.value(u"remaining"_s).toInteger(), 0);
    QCOMPARE(column(type.id, u"sold"_s), 3);
    QCOMPARE(column(type.id, u"held"_s), 5);
    CHECK_INVARIANTS({type.id}, "after the reservation");

    // Alice cancels while bob and carol pay.
    const SaleResult cancelled = sales.cancel(alice, first.order.id);
    QCOMPARE(cancelled.order.status, OrderRefunded);
    QCOMPARE(cancelled.change.ticketTypes.first().sold, 0);
    QCOMPARE(cancelled.change.ticketTypes.first().held, 5);
    QCOMPARE(column(type.id, u"sold"_s), 0);
    QCOMPARE(column(type.id, u"held"_s), 5);
    CHECK_INVARIANTS({type.id}, "after the cancel");

    const QList<Reservation> reservations{*reserved.outcomes.at(0).reservation,
                                          *reserved.outcomes.at(1).reservation};
    const QList<PaymentOutcome> paid = f.charge(reservations);
    QVERIFY(paid.at(0).approved && paid.at(1).approved);
    CHECK_INVARIANTS({type.id}, "after the charge");
    const ConfirmResult confirmed = f.confirm(reservations, paid);
    QVERIFY(confirmed.outcomes.at(0).order && confirmed.outcomes.at(1).order);
    QCOMPARE(confirmed.changes.size(), 1);
    QCOMPARE(confirmed.changes.first().ticketTypes.first().sold, 5);
    QCOMPARE(confirmed.changes.first().ticketTypes.first().held, 0);
    QCOMPARE(confirmed.changes.first().ticketTypes.first().remaining(), 3);
    QCOMPARE(column(type.id, u"sold"_s), 5);
    QCOMPARE(column(type.id, u"held"_s), 0);
    CHECK_INVARIANTS({type.id}, "after the confirmation");
    // Alice's three are on sale again.
    const QList<ConfirmOutcome> again = flow().purchase({buy(dave, type, 3)}, nullptr);
    QVERIFY2(again.first().order, qPrintable(describe(again.first())));
    QCOMPARE(column(type.id, u"sold"_s), 8);
    CHECK_INVARIANTS({type.id}, "after dave's purchase");
}

void TestPurchaseFlow::crashAfterReserveIsVoided()
{
    const TicketType type = makeTicketType(10);
    const Caller zoe = caller(u"zoe"_s);
    // A server reserved and died before charging.
    const ReserveResult reserved = flow(DeadOwner).reserve({buy(zoe, type, 4, u"tok_ok"_s, u"rq-1"_s)});
    QVERIFY(reserved.outcomes.first().reservation);
    const Reservation reservation = *reserved.outcomes.first().reservation;
    QCOMPARE(column(type.id, u"held"_s), 4);
    CHECK_INVARIANTS({type.id}, "after the reservation");

    // The next server start reconciles it: nothing was charged, so it is voided and released.
    int settled = -1;
    const QList<InventoryChange> changes = flow().reconcileOrphans(120'000, &settled);
    QCOMPARE(settled, 1);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().ticketTypes.first().held, 0);
    QCOMPARE(column(type.id, u"held"_s), 0);
    QCOMPARE(column(type.id, u"sold"_s), 0);
    QCOMPARE(ledgerStatus(reservation.intent.orderCode), u"voided"_s);
    QCOMPARE(m_fixture.db().scalar(u"SELECT COUNT(*) FROM payments"_s), 0);
    QCOMPARE(m_fixture.db().scalar(u"SELECT COUNT(*) FROM orders"_s), 0);
    QCOMPARE(m_fixture.db().scalar(u"SELECT COUNT(*) FROM purchase_intents"_s), 0);
    CHECK_INVARIANTS({type.id}, "after reconciling");
    // Once is enough.
    flow().reconcileOrphans(120'000, &settled);
    QCOMPARE(settled, 0);

    // The buyer asks again with its requestId: that attempt bought nothing, so this one buys.
    const QList<ConfirmOutcome> again = flow().purchase({buy(zoe, type, 4, u"tok_ok"_s, u"rq-1"_s)}, nullptr);
    QVERIFY2(again.first().order, qPrintable(describe(again.first())));
    QVERIFY(again.first().order->code != reservation.intent.orderCode);
    QCOMPARE(ordersOf(zoe.user.id), 1);
    QCOMPARE(column(type.id, u"sold"_s), 4);
    CHECK_INVARIANTS({type.id}, "after buying again");
}

void TestPurchaseFlow::crashAfterChargeIsConfirmedOnce()
{
    const TicketType type = makeTicketType(10, 2500);
    const Caller yan = caller(u"yan"_s);
    const Caller xia = caller(u"xia"_s);
    // Reserved and charged, then the server died before confirming.
    PurchaseFlow dead = flow(DeadOwner);
    const ReserveResult reserved =
        dead.reserve({buy(yan, type, 3, u"tok_ok"_s, u"rq-paid"_s), buy(xia, type, 2, u"tok_declined"_s)});
    QVERIFY(reserved.outcomes.at(0).reservation && reserved.outcomes.at(1).reservation);
    const QList<Reservation> reservations{*reserved.outcomes.at(0).reservation,
                                          *reserved.outcomes.at(1).reservation};
    const QList<PaymentOutcome> paid = dead.charge(reservations);
    QVERIFY(paid.at(0).approved);
    QVERIFY(!paid.at(1).approved);
    QCOMPARE(column(type.id, u"held"_s), 5);
    CHECK_INVARIANTS({type.id}, "after the charge");

    int settled = -1;
    flow().reconcileOrphans(120'000, &settled);
    QCOMPARE(settled, 2);
    const QString paidCode = reservations.at(0).intent.orderCode;
    const QString declinedCode = reservations.at(1).intent.orderCode;
    // The paid one is its order, once, with its one charge; the declined one is released.
    QCOMPARE(m_fixture.db().scalar(u"SELECT COUNT(*) FROM orders WHERE code = ?"_s, {paidCode}), 1);
    QCOMPARE(m_fixture.db().scalar(u"SELECT COUNT(*) FROM orders WHERE code = ?"_s, {declinedCode}), 0);
    QCOMPARE(m_fixture.db().scalar(u"SELECT COUNT(*) FROM sandbox_ledger WHERE idempotency_key = ?"_s,
                                   {QString(paidCode + u":charge"_s)}),
             1);
    QCOMPARE(ledgerStatus(paidCode), u"approved"_s);
    QCOMPARE(ledgerStatus(declinedCode), u"declined"_s);
    QCOMPARE(paymentRows(paidCode), 1);
    QCOMPARE(m_fixture.db().scalar(u"SELECT total_cents FROM orders WHERE code = ?"_s, {paidCode}), 7500);
    QCOMPARE(m_fixture.db().scalar(u"SELECT COUNT(*) FROM tickets t JOIN orders o ON o.id = t.order_id"
                                   " WHERE o.code = ?"_s,
                                   {paidCode}),
             3);
    QCOMPARE(ordersOf(xia.user.id), 0);
    QCOMPARE(column(type.id, u"sold"_s), 3);
    QCOMPARE(column(type.id, u"held"_s), 0);
    CHECK_INVARIANTS({type.id}, "after reconciling");

    // The dead server's confirmation arriving after all (a zombie) writes nothing twice.
    const ConfirmResult late = dead.confirm(reservations, paid);
    QVERIFY(late.outcomes.at(0).order);
    QCOMPARE(late.outcomes.at(0).order->code, paidCode);
    QVERIFY(late.outcomes.at(1).error);
    QCOMPARE(m_fixture.db().scalar(u"SELECT COUNT(*) FROM orders"_s), 1);
    QCOMPARE(column(type.id, u"sold"_s), 3);
    QCOMPARE(column(type.id, u"held"_s), 0);
    CHECK_INVARIANTS({type.id}, "after the late confirmation");

    // The buyer repeating its requestId gets that order, not a second one.
    const QList<ConfirmOutcome> again = flow().purchase({buy(yan, type, 3, u"tok_ok"_s, u"rq-paid"_s)}, nullptr);
    QVERIFY2(again.first().order, qPrintable(describe(again.first())));
    QCOMPARE(again.first().order->code, paidCode);
    QCOMPARE(ordersOf(yan.user.id), 1);
    QCOMPARE(column(type.id, u"sold"_s), 3);
    CHECK_INVARIANTS({type.id}, "after the repeat");
}

void TestPurchaseFlow::reconcileAfterConfirmChangesNothing()
{
    const TicketType type = makeTicketType(10);
    const Caller wes = caller(u"wes"_s);
    PurchaseFlow dead = flow(DeadOwner);
    const ReserveResult reserved = dead.reserve({buy(wes, type, 2)});
    const QList<Reservation> reservations{*reserved.outcomes.first().reservation};
    const ConfirmResult confirmed = dead.confirm(reservations, dead.charge(reservations));
    QVERIFY(confirmed.outcomes.first().order);
    CHECK_INVARIANTS({type.id}, "after the purchase");

    int settled = -1;
    const QList<InventoryChange> changes = flow().reconcileOrphans(120'000, &settled);
    QCOMPARE(settled, 0);
    QVERIFY(changes.isEmpty());
    QCOMPARE(column(type.id, u"sold"_s), 2);
    QCOMPARE(column(type.id, u"held"_s), 0);
    QCOMPARE(m_fixture.db().scalar(u"SELECT COUNT(*) FROM orders"_s), 1);
    QCOMPARE(m_fixture.db().scalar(u"SELECT COUNT(*) FROM payments"_s), 1);
    QCOMPARE(m_fixture.db().scalar(u"SELECT COUNT(*) FROM sandbox_ledger"_s), 1);
    QCOMPARE(ledgerStatus(confirmed.outcomes.first().order->code), u"approved"_s);
    CHECK_INVARIANTS({type.id}, "after reconciling");
}

void TestPurchaseFlow::lateChargeAfterVoidIsRefused()
{
    const TicketType type = makeTicketType(10);
    const Caller vic = caller(u"vic"_s);
    // The reserving server was only slow: reconciliation voided its purchase meanwhile.
    PurchaseFlow slow = flow(DeadOwner);
    const ReserveResult reserved = slow.reserve({buy(vic, type, 2)});
    const QList<Reservation> reservations{*reserved.outcomes.first().reservation};
    int settled = -1;
    flow().reconcileOrphans(120'000, &settled);
    QCOMPARE(settled, 1);
    QCOMPARE(column(type.id, u"held"_s), 0);

    // Its charge arrives late: the gateway refuses the voided key.
    const QList<PaymentOutcome> paid = slow.charge(reservations);
    QVERIFY(!paid.first().approved);
    QCOMPARE(ledgerStatus(reservations.first().intent.orderCode), u"voided"_s);
    QCOMPARE(m_fixture.db().scalar(u"SELECT COUNT(*) FROM sandbox_ledger WHERE status = 'approved'"_s), 0);
    // And its confirmation releases nothing twice and writes no order.
    const ConfirmResult late = slow.confirm(reservations, paid);
    QVERIFY(!late.outcomes.first().order);
    QVERIFY(late.outcomes.first().error);
    QCOMPARE(column(type.id, u"held"_s), 0);
    QCOMPARE(column(type.id, u"sold"_s), 0);
    QCOMPARE(m_fixture.db().scalar(u"SELECT COUNT(*) FROM orders"_s), 0);
    QCOMPARE(m_fixture.db().scalar(u"SELECT COUNT(*) FROM payments"_s), 0);
    CHECK_INVARIANTS({type.id}, "after the late charge");
}

void TestPurchaseFlow::requestIdRepeatGetsTheSameOrder()
{
    const TicketType type = makeTicketType(10);
    const Caller uma = caller(u"uma"_s);
    const QList<ConfirmOutcome> first = flow().purchase({buy(uma, type, 2, u"tok_ok"_s, u"buy-123"_s)}, nullptr);
    QVERIFY2(first.first().order, qPrintable(describe(first.first())));
    const Order order = *first.first().order;
    const QList<ConfirmOutcome> repeat = flow().purchase({buy(uma, type, 2, u"tok_ok"_s, u"buy-123"_s)}, nullptr);
    QVERIFY2(repeat.first().order, qPrintable(describe(repeat.first())));
    QCOMPARE(repeat.first().order->id, order.id);
    QCOMPARE(repeat.first().order->code, order.code);
    QCOMPARE(repeat.first().order->tickets.size(), 2);
    QCOMPARE(ordersOf(uma.user.id), 1);
    QCOMPARE(column(type.id, u"sold"_s), 2);
    QCOMPARE(paymentRows(order.code), 1);
    CHECK_INVARIANTS({type.id}, "after the repeat");

    // Twice in one batch: one purchase, the other told it is still running (nothing bought).
    const QList<ConfirmOutcome> twice = flow().purchase(
        {buy(uma, type, 1, u"tok_ok"_s, u"buy-456"_s), buy(uma, type, 1, u"tok_ok"_s, u"buy-456"_s)}, nullptr);
    QVERIFY2(twice.at(0).order, qPrintable(describe(twice.at(0))));
    QVERIFY2(twice.at(1).error, qPrintable(describe(twice.at(1))));
    QCOMPARE(twice.at(1).error->code, 503);
    QVERIFY(twice.at(1).error->data.contains(u"retryAfterMs"_s));
    QCOMPARE(ordersOf(uma.user.id), 2);
    QCOMPARE(column(type.id, u"sold"_s), 3);
    CHECK_INVARIANTS({type.id}, "after the double in one batch");

    // Cancelled since: the repeat answers that order, refunded, and buys nothing.
    SalesService sales(m_fixture.db(), m_gateway);
    sales.cancel(uma, order.id);
    const QList<ConfirmOutcome> afterCancel =
        flow().purchase({buy(uma, type, 2, u"tok_ok"_s, u"buy-123"_s)}, nullptr);
    QVERIFY2(afterCancel.first().order, qPrintable(describe(afterCancel.first())));
    QCOMPARE(afterCancel.first().order->id, order.id);
    QCOMPARE(afterCancel.first().order->status, OrderRefunded);
    QCOMPARE(ordersOf(uma.user.id), 2);
    QCOMPARE(column(type.id, u"sold"_s), 1);
    CHECK_INVARIANTS({type.id}, "after the repeat of a cancelled order");

    // A malformed requestId is refused before anything is held.
    const QList<ConfirmOutcome> bad = flow().purchase({buy(uma, type, 1, u"tok_ok"_s, u"no spaces"_s)}, nullptr);
    QVERIFY(bad.first().error);
    QCOMPARE(bad.first().error->code, 422);
    QCOMPARE(bad.first().error->data.value(u"field"_s).toString(), u"requestId"_s);
    const QList<ConfirmOutcome> tooLong =
        flow().purchase({buy(uma, type, 1, u"tok_ok"_s, QString(65, u'a'))}, nullptr);
    QVERIFY(tooLong.first().error);
    QCOMPARE(tooLong.first().error->code, 422);
    QCOMPARE(column(type.id, u"held"_s), 0);
    QCOMPARE(ordersOf(uma.user.id), 2);
}

void TestPurchaseFlow::requestIdIsPerUser()
{
    const TicketType type = makeTicketType(10);
    const Caller tom = caller(u"tom"_s), tia = caller(u"tia"_s);
    // Two users who happen to choose the same requestId, in one batch and then one after another.
    const QList<ConfirmOutcome> done = flow().purchase(
        {buy(tom, type, 1, u"tok_ok"_s, u"same-id"_s), buy(tia, type, 2, u"tok_ok"_s, u"same-id"_s)}, nullptr);
    QVERIFY2(done.at(0).order, qPrintable(describe(done.at(0))));
    QVERIFY2(done.at(1).order, qPrintable(describe(done.at(1))));
    QVERIFY(done.at(0).order->id != done.at(1).order->id);
    QCOMPARE(done.at(0).order->userId, tom.user.id);
    QCOMPARE(done.at(1).order->userId, tia.user.id);
    const Caller ned = caller(u"ned"_s);
    const QList<ConfirmOutcome> third = flow().purchase({buy(ned, type, 3, u"tok_ok"_s, u"same-id"_s)}, nullptr);
    QVERIFY2(third.first().order, qPrintable(describe(third.first())));
    QCOMPARE(third.first().order->userId, ned.user.id);
    QCOMPARE(third.first().order->tickets.size(), 3);
    QCOMPARE(m_fixture.db().scalar(u"SELECT COUNT(*) FROM orders"_s), 3);
    QCOMPARE(column(type.id, u"sold"_s), 6);
    CHECK_INVARIANTS({type.id}, "after three users with one requestId");
}

void TestPurchaseFlow::failedRequestIdMayBeUsedAgain()
{
    const TicketType type = makeTicketType(2);
    const Caller sam = caller(u"sam"_s);
    const QList<ConfirmOutcome> declined =
        flow().purchase({buy(sam, type, 1, u"tok_declined"_s, u"retry-me"_s)}, nullptr);
    QVERIFY(declined.first().error);
    QCOMPARE(declined.first().error->code, 402);
    const QList<ConfirmOutcome> soldOut =
        flow().purchase({buy(sam, type, 3, u"tok_ok"_s, u"retry-me"_s)}, nullptr);
    QVERIFY(soldOut.first().error);
    QCOMPARE(soldOut.first().error->reason, u"sold_out"_s);
    QCOMPARE(soldOut.first().error->data.value(u"remaining"_s).toInteger(), 2);
    QCOMPARE(ordersOf(sam.user.id), 0);
    CHECK_INVARIANTS({type.id}, "after two failed attempts");
    const QList<ConfirmOutcome> ok = flow().purchase({buy(sam, type, 2, u"tok_ok"_s, u"retry-me"_s)}, nullptr);
    QVERIFY2(ok.first().order, qPrintable(describe(ok.first())));
    QCOMPARE(ordersOf(sam.user.id), 1);
    QCOMPARE(column(type.id, u"sold"_s), 2);
    CHECK_INVARIANTS({type.id}, "after the purchase");
}

QTEST_GUILESS_MAIN(TestPurchaseFlow)
#include "tst_purchaseflow.moc"
