#include "services/purchaseflow.h"

#include "services/clock.h"
#include "services/randomcodes.h"
#include "services/serviceerror.h"
#include "storage/auditrepository.h"
#include "storage/catalogrepository.h"
#include "storage/database.h"
#include "storage/orderrepository.h"
#include "storage/reportrepository.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QThread>

#include <map>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPurchase, "marquee.services.purchase")

namespace mq::services {

namespace {

constexpr int MaxTickets = 20;

RpcError soldOut(const TicketType &type, qint64 left, bool basket)
{
    left = qMax<qint64>(0, left);
    if (!basket)
        return RpcError::make(ErrorCode::Conflict, Reason::SoldOut,
                              left == 0 ? u"Sold out"_s : u"Only %1 left"_s.arg(left),
                              {{u"remaining"_s, left}});
    return RpcError::make(ErrorCode::Conflict, Reason::SoldOut,
                          left == 0 ? u"%1: sold out"_s.arg(type.name)
                                    : u"%1: only %2 left"_s.arg(type.name).arg(left),
                          {{u"remaining"_s, left}, {u"ticketTypeId"_s, type.id}});
}

RpcError declined()
{
    return RpcError::make(ErrorCode::PaymentDeclined, Reason::PaymentDeclined,
                          u"The payment was declined"_s);
}

RpcError stillRunning()
{
    return RpcError::make(ErrorCode::Unavailable, Reason::Busy,
                          u"This purchase is still being completed; ask again in a moment"_s,
                          {{u"retryAfterMs"_s, 1000}});
}

// Changed ticket types gathered per performance, one inventory.changed each.
void addChange(std::map<Id, InventoryChange> &changes, const TicketType &after)
{
    InventoryChange &c = changes[after.performanceId];
    c.performanceId = after.performanceId;
    c.ticketTypes.append(after);
}

QList<InventoryChange> listOf(const std::map<Id, InventoryChange> &changes)
{
    QList<InventoryChange> list;
    for (const auto &entry : changes)
        list.append(entry.second);
    return list;
}

bool isUnavailable(const storage::StorageError &e)
{
    return e.kind() == storage::StorageError::Kind::Unavailable;
}

// The lines of one request, in id order, each type once (or the validation error).
std::optional<RpcError> linesOf(const PurchaseRequest &r, QList<BasketLine> *lines)
{
    if (!r.isBasket()) {
        *lines = {BasketLine{r.ticketTypeId, r.quantity}};
        return std::nullopt;
    }
    QList<BasketLine> sorted = r.lines;
    std::sort(sorted.begin(), sorted.end(),
              [](const BasketLine &a, const BasketLine &b) { return a.ticketTypeId < b.ticketTypeId; });
    qint64 tickets = 0;
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        if (i > 0 && sorted.at(i).ticketTypeId == sorted.at(i - 1).ticketTypeId)
            return RpcError::validation(u"items"_s, u"List each ticket type once"_s);
        tickets += sorted.at(i).quantity;
    }
    if (tickets > MaxTickets)
        return RpcError::validation(u"items"_s, u"At most %1 tickets in one order"_s.arg(MaxTickets));
    *lines = sorted;
    return std::nullopt;
}

} // namespace

qint64 PurchaseFlow::thisProcess()
{
    // Positive and within 31 bits: PostgreSQL's two-key advisory locks take it as an int4.
    static const qint64 key = qint64(QRandomGenerator::system()->bounded(1, 0x7fffffff));
    return key;
}

QString PurchaseRequest::requestKey() const
{
    return requestId.isEmpty() ? QString() : QString::number(caller.user.id) + u':' + requestId;
}

std::optional<RpcError> PurchaseFlow::checkRequestId(const QString &requestId)
{
    const bool ok = std::all_of(requestId.cbegin(), requestId.cend(), [](QChar c) {
        return (c.unicode() < 128 && c.isLetterOrNumber()) || c == u'-' || c == u'_' || c == u'.'
               || c == u':';
    });
    if (ok && requestId.size() <= 64)
        return std::nullopt;
    return RpcError::validation(u"requestId"_s,
                                u"requestId is 1 to 64 letters, digits, '-', '_', '.' or ':'"_s);
}

std::optional<RpcError> PurchaseFlow::precheck(const PurchaseRequest &r)
{
    if (auto invalid = checkRequestId(r.requestId))
        return invalid;
    if (r.payment.provider == u"cash"_s && !r.caller.hasRole(Role::Clerk))
        return RpcError::make(ErrorCode::Forbidden, Reason::Forbidden,
                              u"Only box office staff can take cash"_s);
    if (r.payment.provider == u"sandbox"_s && r.payment.token.isEmpty())
        return RpcError::validation(u"payment.token"_s, u"A sandbox payment needs the gateway's token"_s);
    return std::nullopt;
}

ReserveResult PurchaseFlow::reserve(const QList<PurchaseRequest> &requests)
{
    ReserveResult result;
    result.outcomes.resize(requests.size());
    QList<qsizetype> pending;
    QList<QList<BasketLine>> lines(requests.size());
    QStringList requestKeys;
    QStringList codes(requests.size());
    for (qsizetype i = 0; i < requests.size(); ++i) {
        if (auto refused = precheck(requests.at(i))) {
            result.outcomes[i].error = refused;
            continue;
        }
        if (auto invalid = linesOf(requests.at(i), &lines[i])) {
            result.outcomes[i].error = invalid;
            continue;
        }
        pending.append(i);
        codes[i] = RandomCodes::orderCode(); // stable across retries: the payment's key
        if (!requests.at(i).requestId.isEmpty())
            requestKeys.append(requests.at(i).requestKey());
    }
    if (pending.isEmpty())
        return result;

    bool lockFirst = !m_db.dialect().isPostgres(); // SQLite's BEGIN IMMEDIATE holds everything anyway
    auto work = [&] {
        // Rebuilt on every attempt: a retried transaction starts from nothing.
        ReserveResult r;
        r.outcomes = result.outcomes;
        const QDateTime now = Clock::now();
        storage::PurchaseRepository purchases(m_db);
        storage::OrderRepository orders(m_db);
        const auto seen = purchases.requestsSeen(requestKeys);
        const QHash<QString, Id> &bought = seen.first;
        const QHash<QString, QString> &running = seen.second;
        // Every ticket type of the batch locked once, in id order as everywhere else.
        std::map<Id, std::optional<storage::TicketTypeContext>> types;
        for (qsizetype i : std::as_const(pending)) {
            for (const BasketLine &line : std::as_const(lines.at(i)))
                types.emplace(line.ticketTypeId, std::nullopt);
        }
        storage::CatalogRepository catalog(m_db);
        // Read first, hold at the end: the hot row is locked only by the closing UPDATE, which
        // holds what was counted only if it is still there. If it is not (another server or a
        // cancellation changed the row meanwhile), the attempt starts again holding the lock
        // from the start.
        for (auto &[id, context] : types)
            context = lockFirst ? catalog.lockTicketType(id) : catalog.ticketTypeContext(id);
        std::map<Id, qint64> heldHere;
        QSet<QString> keysHere;
        QList<storage::PurchaseIntent> intents;
        QList<qsizetype> intentOf;
        for (qsizetype i : std::as_const(pending)) {
            const PurchaseRequest &req = requests.at(i);
            ReserveOutcome &out = r.outcomes[i];
            const QString key = req.requestKey();
            if (!key.isEmpty()) {
                if (const Id orderId = bought.value(key)) {
                    out.existing = orders.find(orderId);
                    continue;
                }
                if (running.contains(key) || keysHere.contains(key)) {
                    out.inProgress = true;
                    continue;
                }
            }
            try {
                const bool basket = req.isBasket();
                storage::PurchaseIntent intent;
                Id performanceId = 0;
                for (const BasketLine &line : std::as_const(lines.at(i))) {
                    const auto &context = types.at(line.ticketTypeId);
                    if (!context)
                        throw ServiceError(RpcError::notFound(u"Ticket type"_s));
                    if (performanceId && context->ticketType.performanceId != performanceId)
                        throw ServiceError(RpcError::validation(
                            u"items"_s, u"Every ticket of one order must be for the same performance"_s));
                    performanceId = context->ticketType.performanceId;
                }
                const storage::TicketTypeContext &first = *types.at(lines.at(i).first().ticketTypeId);
                if (first.seating == SeatingReserved)
                    throw ServiceError(RpcError::make(ErrorCode::Conflict, Reason::SeatsRequired,
                                                      u"Choose seats for this performance"_s));
                if (first.startsAt <= now)
                    throw ServiceError(RpcError::make(ErrorCode::Conflict, Reason::SalesClosed,
                                                      u"Sales have closed: the performance has started"_s));
                Cents total = 0;
                for (const BasketLine &line : std::as_const(lines.at(i))) {
                    const storage::TicketTypeContext &c = *types.at(line.ticketTypeId);
                    const TicketType &type = c.ticketType;
                    if (!type.onSale)
                        throw ServiceError(RpcError::make(ErrorCode::Conflict, Reason::SalesClosed,
                                                          u"Sales of %1 have stopped"_s.arg(type.name)));
                    const qint64 left = type.remaining() - heldHere[type.id];
                    if (left < line.quantity)
                        throw ServiceError(soldOut(type, left, basket));
                    Cents lineTotal = 0;
                    if (!multiplyCents(type.priceCents, line.quantity, &lineTotal)
                        || total > MaxPriceCents * MaxTickets)
                        throw ServiceError(RpcError::validation(basket ? u"items"_s : u"quantity"_s,
                                                                u"Order total too large"_s));
                    total += lineTotal;
                    intent.lines.append(OrderItem{type.id, line.quantity, type.priceCents, type.name,
                                                  type.performanceId, c.eventTitle, c.startsAt,
                                                  c.venue, {}, c.timeZone});
                }
                for (const BasketLine &line : std::as_const(lines.at(i)))
                    heldHere[line.ticketTypeId] += line.quantity;
                intent.owner = m_owner;
                intent.userId = req.caller.user.id;
                intent.orderCode = codes.at(i);
                intent.requestKey = key;
                intent.paymentProvider = req.payment.provider;
                intent.totalCents = total;
                intent.createdAt = now;
                intents.append(intent);
                intentOf.append(i);
                if (!key.isEmpty())
                    keysHere.insert(key);
            } catch (const ServiceError &e) {
                out.error = e.error();
            }
        }
        purchases.insertIntents(intents);
        for (qsizetype k = 0; k < intents.size(); ++k) {
            const qsizetype i = intentOf.at(k);
            r.outcomes[i].reservation = Reservation{intents.at(k), requests.at(i).payment, requests.at(i).caller};
        }
        // The hot rows last: they are written, and so held, for the shortest time.
        std::map<Id, InventoryChange> changes;
        for (const auto &[id, held] : heldHere) {
            if (held <= 0)
                continue;
            const auto after = catalog.holdIfAvailable(id, held);
            if (!after) {
                lockFirst = true;
                throw storage::StorageError(storage::StorageError::Kind::Retryable,
                                            u"the ticket type changed while reserving"_s);
            }
            addChange(changes, *after);
        }
        r.changes = listOf(changes);
        return r;
    };
    try {
        return m_db.write(work);
    } catch (const storage::StorageError &e) {
        if (!isUnavailable(e))
            throw;
        // Lost during COMMIT? The intents tell: if they exist, the reservation stands.
        QStringList all;
        for (qsizetype i : std::as_const(pending))
            all.append(codes.at(i));
        const QHash<QString, Id> stored =
            m_db.read([&] { return storage::PurchaseRepository(m_db).intentsByCode(all); });
        if (stored.isEmpty())
            return m_db.write(work); // it did not commit: once more on the new connection
        qCWarning(lcPurchase) << "a reservation's COMMIT was lost but it had committed";
        // It committed: rebuild what it wrote from the stored intents.
        ReserveResult r;
        r.outcomes = result.outcomes;
        m_db.read([&] {
            const QList<storage::PurchaseIntent> mine =
                storage::PurchaseRepository(m_db).intentsOf(m_owner, Clock::now().addSecs(1));
            QHash<QString, storage::PurchaseIntent> byCode;
            for (const storage::PurchaseIntent &intent : mine)
                byCode.insert(intent.orderCode, intent);
            for (qsizetype i : std::as_const(pending)) {
                if (byCode.contains(codes.at(i)))
                    r.outcomes[i].reservation = Reservation{byCode.value(codes.at(i)),
                                                            requests.at(i).payment, requests.at(i).caller};
                else
                    r.outcomes[i].error = stillRunning(); // refused or deduplicated in that attempt
            }
        });
        return r; // its pushes are missed; the confirmation pushes the same rows again
    }
}

QList<PaymentOutcome> PurchaseFlow::charge(const QList<Reservation> &reservations)
{
    QList<ChargeRequest> charges;
    for (const Reservation &r : reservations)
        charges.append({r.payment, r.intent.totalCents, r.intent.orderCode + u":charge"_s});
    return m_gateway.chargeAll(m_db, charges);
}

ConfirmResult PurchaseFlow::confirm(const QList<Reservation> &reservations,
                                    const QList<PaymentOutcome> &payments)
{
    ConfirmResult result;
    result.outcomes.resize(reservations.size());
    if (reservations.isEmpty())
        return result;
    // Ticket codes made once, so a retried transaction writes the same tickets.
    QList<QList<Ticket>> tickets(reservations.size());
    for (qsizetype i = 0; i < reservations.size(); ++i) {
        for (const OrderItem &line : reservations.at(i).intent.lines) {
            for (qint64 t = 0; t < line.quantity; ++t)
                tickets[i].append(Ticket{0, RandomCodes::ticketCode(), line.ticketTypeId, TicketValid, 0, {}, {}});
        }
    }
    auto work = [&] {
        ConfirmResult r;
        r.outcomes.resize(reservations.size());
        const QDateTime now = Clock::now();
        storage::PurchaseRepository purchases(m_db);
        QList<Id> ids;
        for (const Reservation &res : reservations)
            ids.append(res.intent.id);
        QList<Order> orders;
        QStringList requestKeys;
        QList<qsizetype> orderOf;
        QList<storage::PaymentRecord> records;
        for (qsizetype i = 0; i < reservations.size(); ++i) {
            const Reservation &res = reservations.at(i);
            if (!payments.at(i).approved)
                continue;
            Order order;
            order.code = res.intent.orderCode;
            order.userId = res.intent.userId;
            order.status = OrderPaid;
            order.totalCents = res.intent.totalCents;
            order.createdAt = now;
            order.paymentProvider = res.intent.paymentProvider;
            order.items = res.intent.lines;
            order.tickets = tickets.at(i);
            orders.append(order);
            requestKeys.append(res.intent.requestKey);
            orderOf.append(i);
            records.append({0, u"charge"_s, res.intent.paymentProvider, res.intent.totalCents,
                            u"succeeded"_s, res.intent.orderCode + u":charge"_s,
                            payments.at(i).reference, now});
        }
        const QSet<QString> taken = purchases.confirmIntents(ids, orders, requestKeys, records);
        std::map<Id, std::pair<qint64, qint64>> counts; // type → (sold +, held −)
        QStringList lostCodes;
        for (qsizetype i = 0; i < reservations.size(); ++i) {
            const Reservation &res = reservations.at(i);
            if (!taken.contains(res.intent.orderCode)) {
                // Another server reconciled it meanwhile: it wrote the order if it was paid.
                lostCodes.append(res.intent.orderCode);
                continue;
            }
            const bool approved = payments.at(i).approved;
            for (const OrderItem &line : res.intent.lines) {
                auto &[sold, held] = counts[line.ticketTypeId];
                held += line.quantity;
                if (approved)
                    sold += line.quantity;
            }
            if (!approved)
                r.outcomes[i].error = declined();
        }
        for (qsizetype k = 0; k < orders.size(); ++k) {
            if (taken.contains(orders.at(k).code))
                r.outcomes[orderOf.at(k)].order = orders.at(k);
        }
        // Sold at the box office (reports: takings per clerk). Cash is only ever taken there,
        // which also covers a cash sale confirmed by the reconciler, whose caller has no role.
        QList<Id> soldByStaff;
        for (qsizetype k = 0; k < orders.size(); ++k) {
            const Reservation &res = reservations.at(orderOf.at(k));
            if (taken.contains(orders.at(k).code)
                && (res.caller.hasRole(Role::Clerk) || res.intent.paymentProvider == u"cash"_s))
                soldByStaff.append(orders.at(k).id);
        }
        storage::ReportRepository(m_db).markSoldByStaff(soldByStaff);
        for (qsizetype k = 0; k < orders.size(); ++k) {
            const Reservation &res = reservations.at(orderOf.at(k));
            if (res.payment.provider != u"cash"_s || !taken.contains(orders.at(k).code))
                continue;
            storage::AuditEntry audit;
            audit.at = now;
            audit.userId = res.caller.user.id;
            audit.username = res.caller.user.username;
            audit.action = u"order.cash_sale"_s;
            audit.entity = u"order"_s;
            audit.entityId = orders.at(k).id;
            audit.after = orders.at(k).toJson();
            storage::AuditRepository(m_db).append(audit);
        }
        if (!lostCodes.isEmpty()) {
            const QHash<QString, Id> written = purchases.ordersByCode(lostCodes);
            storage::OrderRepository orderRepo(m_db);
            for (qsizetype i = 0; i < reservations.size(); ++i) {
                const QString &code = reservations.at(i).intent.orderCode;
                if (taken.contains(code))
                    continue;
                if (const Id id = written.value(code))
                    r.outcomes[i].order = orderRepo.find(id);
                else
                    r.outcomes[i].error = declined();
            }
        }
        // The hot rows last.
        storage::CatalogRepository catalog(m_db);
        std::map<Id, InventoryChange> changes;
        for (const auto &[id, delta] : counts) {
            if (const auto after = catalog.changeCounts(id, delta.first, -delta.second))
                addChange(changes, *after);
        }
        r.changes = listOf(changes);
        return r;
    };
    try {
        return m_db.write(work);
    } catch (const storage::StorageError &e) {
        if (!isUnavailable(e))
            throw;
        // Lost during COMMIT? If the intents are gone, the confirmation committed.
        QList<Id> ids;
        QStringList codes;
        for (const Reservation &res : reservations) {
            ids.append(res.intent.id);
            codes.append(res.intent.orderCode);
        }
        const auto found = m_db.read([&] {
            storage::PurchaseRepository purchases(m_db);
            return std::make_pair(purchases.intentsByCode(codes), purchases.ordersByCode(codes));
        });
        const QHash<QString, Id> &written = found.second;
        if (!found.first.isEmpty())
            return m_db.write(work); // not committed: once more on the new connection
        qCWarning(lcPurchase) << "a confirmation's COMMIT was lost but it had committed";
        ConfirmResult r;
        r.outcomes.resize(reservations.size());
        m_db.read([&] {
            storage::OrderRepository orders(m_db);
            for (qsizetype i = 0; i < reservations.size(); ++i) {
                if (const Id id = written.value(reservations.at(i).intent.orderCode))
                    r.outcomes[i].order = orders.find(id);
                else
                    r.outcomes[i].error = declined();
            }
        });
        return r;
    }
}

QList<ConfirmOutcome> PurchaseFlow::purchase(const QList<PurchaseRequest> &requests,
                                             QList<InventoryChange> *changes)
{
    QList<ConfirmOutcome> outcomes(requests.size());
    const ReserveResult reserved = reserve(requests);
    if (changes)
        *changes += reserved.changes;
    QList<Reservation> reservations;
    QList<qsizetype> index;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const ReserveOutcome &o = reserved.outcomes.at(i);
        if (o.reservation) {
            reservations.append(*o.reservation);
            index.append(i);
        } else if (o.existing) {
            outcomes[i].order = o.existing;
        } else if (o.inProgress) {
            outcomes[i].error = stillRunning();
        } else {
            outcomes[i].error = o.error;
        }
    }
    if (reservations.isEmpty())
        return outcomes;
    if (m_gateway.latencyMs() > 0)
        QThread::msleep(ulong(m_gateway.latencyMs()));
    const QList<PaymentOutcome> paid = charge(reservations);
    const ConfirmResult confirmed = confirm(reservations, paid);
    if (changes)
        *changes += confirmed.changes;
    bool released = false;
    for (qsizetype k = 0; k < reservations.size(); ++k) {
        outcomes[index.at(k)] = confirmed.outcomes.at(k);
        released = released || !paid.at(k).approved;
    }
    // Buyers told "sold out" while a card that was then declined held tickets try once more.
    QList<PurchaseRequest> again;
    QList<qsizetype> againIndex;
    for (qsizetype i = 0; released && i < requests.size(); ++i) {
        if (outcomes.at(i).error && outcomes.at(i).error->reason == reasonName(Reason::SoldOut)) {
            again.append(requests.at(i));
            againIndex.append(i);
        }
    }
    if (!again.isEmpty()) {
        const QList<ConfirmOutcome> retried = purchase(again, changes);
        for (qsizetype k = 0; k < again.size(); ++k)
            outcomes[againIndex.at(k)] = retried.at(k);
    }
    return outcomes;
}

QList<InventoryChange> PurchaseFlow::reconcileOrphans(qint64 ownTimeoutMs, int *settled)
{
    QList<InventoryChange> changes;
    int total = 0;
    const QList<qint64> owners =
        m_db.read([&] { return storage::PurchaseRepository(m_db).intentOwners(); });
    for (qint64 owner : owners) {
        int count = 0;
        if (owner == m_owner) {
            changes += reconcile(owner, Clock::now().addMSecs(-ownTimeoutMs), &count);
        } else if (!m_db.dialect().isPostgres()) {
            changes += reconcile(owner, Clock::now().addSecs(1), &count);
        } else {
            // Outside any transaction: a session lock, taken only if its server is gone.
            const bool gone = m_db.scalar(u"SELECT CASE WHEN pg_try_advisory_lock(?, CAST(? AS INTEGER))"
                                          " THEN 1 ELSE 0 END"_s,
                                          {PresenceLockSpace, owner}) == 1;
            if (!gone)
                continue;
            try {
                changes += reconcile(owner, Clock::now().addSecs(1), &count);
            } catch (...) {
                m_db.scalar(u"SELECT 1 FROM (SELECT pg_advisory_unlock(?, CAST(? AS INTEGER))) AS u"_s,
                            {PresenceLockSpace, owner});
                throw;
            }
            m_db.scalar(u"SELECT 1 FROM (SELECT pg_advisory_unlock(?, CAST(? AS INTEGER))) AS u"_s,
                        {PresenceLockSpace, owner});
        }
        total += count;
    }
    if (settled)
        *settled = total;
    return changes;
}

QList<InventoryChange> PurchaseFlow::reconcile(qint64 owner, const QDateTime &before, int *settled)
{
    QList<InventoryChange> changes;
    const QList<storage::PurchaseIntent> intents =
        m_db.read([&] { return storage::PurchaseRepository(m_db).intentsOf(owner, before); });
    if (settled)
        *settled = int(intents.size());
    if (intents.isEmpty())
        return changes;
    QList<Reservation> reservations;
    QList<PaymentOutcome> payments;
    for (const storage::PurchaseIntent &intent : intents) {
        payments.append(m_gateway.settle(m_db, intent.paymentProvider, intent.totalCents,
                                         intent.orderCode + u":charge"_s));
        Reservation r;
        r.intent = intent;
        r.payment.provider = intent.paymentProvider;
        r.caller.user.id = intent.userId;
        reservations.append(r);
    }
    const ConfirmResult done = confirm(reservations, payments);
    int paid = 0;
    for (const ConfirmOutcome &o : done.outcomes)
        paid += o.order ? 1 : 0;
    qCInfo(lcPurchase) << "reconciled" << intents.size() << "purchases left by server" << owner << ":"
                       << paid << "paid and confirmed," << intents.size() - paid << "voided";
    return done.changes;
}

} // namespace mq::services
