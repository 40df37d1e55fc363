#include "services/holdservice.h"

#include "services/purchaseflow.h"
#include "shared/utctime.h"
#include "storage/purchaserepository.h"

#include "services/clock.h"
#include "services/randomcodes.h"
#include "services/seatchangewriter.h"
#include "services/seatselector.h"
#include "services/serviceerror.h"
#include "services/venuegeometry.h"
#include "storage/auditrepository.h"
#include "storage/catalogrepository.h"
#include "storage/database.h"
#include "storage/holdrepository.h"
#include "storage/orderrepository.h"
#include "storage/paymentrepository.h"
#include "storage/reportrepository.h"
#include "storage/seatrepository.h"
#include "storage/userrepository.h"
#include "storage/venuerepository.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcHolds, "marquee.services.holds")

namespace mq::services {

namespace {

ServiceError holdNotFound()
{
    return ServiceError(RpcError::notFound(u"Hold"_s));
}

ServiceError holdGone()
{
    return ServiceError(RpcError::make(ErrorCode::Gone, Reason::HoldExpired,
                                       u"This hold has expired or was released"_s));
}

ServiceError salesClosed()
{
    return ServiceError(RpcError::make(ErrorCode::Conflict, Reason::SalesClosed,
                                       u"Sales have closed: the performance has started"_s));
}

ServiceError salesStopped(const QString &ticketType)
{
    return ServiceError(RpcError::make(ErrorCode::Conflict, Reason::SalesClosed,
                                       u"Sales of %1 have stopped"_s.arg(ticketType)));
}

ServiceError notReserved()
{
    return ServiceError(RpcError::make(ErrorCode::Conflict, Reason::NotReserved,
                                       u"This performance has general admission, not seats"_s));
}

ServiceError seatsTaken(const QList<Id> &seatIds)
{
    return ServiceError(RpcError::make(
        ErrorCode::Conflict, Reason::SeatTaken,
        seatIds.size() == 1 ? u"That seat is no longer available"_s
                            : u"%1 of those seats are no longer available"_s.arg(seatIds.size()),
        {{u"seatIds"_s, idsToJson(seatIds)}}));
}

ServiceError strandsSeats(const QList<Id> &seatIds)
{
    return ServiceError(RpcError::make(
        ErrorCode::Conflict, Reason::SingleSeat,
        u"Please choose seats that do not leave a single seat free on its own"_s,
        {{u"seatIds"_s, idsToJson(seatIds)}, {u"seatId"_s, seatIds.first()}}));
}

QString chargeKey(Id holdId)
{
    return u"hold:%1"_s.arg(holdId);
}

// Free for anyone after the change: on sale, not blocked, not held or sold.
std::vector<char> freeSeats(const VenueGeometry &venue, const QList<storage::SeatState> &states)
{
    std::vector<char> free(size_t(venue.seats().size()), 0);
    for (const storage::SeatState &s : states) {
        const int i = venue.indexOf(s.seatId);
        if (i >= 0)
            free[size_t(i)] = s.isSellable();
    }
    return free;
}

// Seats within two places of the given ones in their rows: all the "no single seat" rule reads.
QList<Id> neighbourhood(const VenueGeometry &venue, const QList<int> &indices)
{
    QList<Id> ids;
    for (int i : indices) {
        const VenueGeometry::Row &row = venue.row(venue.rowOf(i));
        for (int k = qMax(row.first, i - 2); k <= qMin(row.first + row.count - 1, i + 2); ++k)
            ids.append(venue.seats().at(k).id);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

Performance performanceOrThrow(storage::CatalogRepository &catalog, Id performanceId)
{
    const auto performance = catalog.performance(performanceId);
    if (!performance)
        throw ServiceError(RpcError::notFound(u"Performance"_s));
    return *performance;
}

// The ticket types' numbers as they are now, for an inventory.changed push.
InventoryChange inventoryOf(storage::CatalogRepository &catalog, Id performanceId, const QList<Id> &typeIds)
{
    InventoryChange inventory{performanceId, {}};
    for (Id id : typeIds) {
        if (const auto type = catalog.ticketType(id))
            inventory.ticketTypes.append(*type);
    }
    return inventory;
}

// Holds released on the way are pushed before the new one.
HoldOutcome afterExpired(Changes expired, HoldOutcome outcome)
{
    expired.append(outcome.changes);
    outcome.changes = expired;
    return outcome;
}

} // namespace

void HoldService::checkHoldLimit(const Caller &caller, Id performanceId, qint64 adding,
                                 const QDateTime &now)
{
    if (caller.hasRole(Role::Clerk))
        return;
    // One customer's holds are checked one at a time, so two at once cannot pass the limit.
    storage::UserRepository(m_db).lockById(caller.user.id);
    const qint64 held = storage::HoldRepository(m_db).heldBy(caller.user.id, performanceId, now);
    if (held + adding > MaxHeldByCustomer)
        throw ServiceError(RpcError::make(
            ErrorCode::Conflict, Reason::HoldLimit,
            u"You can hold at most %1 tickets for one performance (you hold %2)"_s.arg(MaxHeldByCustomer)
                .arg(held),
            {{u"limit"_s, MaxHeldByCustomer}, {u"held"_s, held}}));
}

HoldOutcome HoldService::holdSeats(const Caller &caller, Id performanceId, const QList<Id> &seatIds)
{
    if (seatIds.isEmpty() || seatIds.size() > MaxPerHold)
        throw ServiceError(RpcError::validation(u"seatIds"_s, u"Choose 1 to %1 seats"_s.arg(MaxPerHold)));
    QList<Id> sorted = seatIds;
    std::sort(sorted.begin(), sorted.end());
    if (std::adjacent_find(sorted.cbegin(), sorted.cend()) != sorted.cend())
        throw ServiceError(RpcError::validation(u"seatIds"_s, u"A seat is listed twice"_s));
    Changes expired = expireOverdue(performanceId);
    return afterExpired(expired, m_db.write([&] {
        const QDateTime now = Clock::now();
        storage::CatalogRepository catalog(m_db);
        const Performance performance = performanceOrThrow(catalog, performanceId);
        if (performance.seating != SeatingReserved || !performance.venueId)
            throw notReserved();
        const auto venue = VenueGeometry::of(m_db, *performance.venueId);
        for (Id id : std::as_const(sorted)) {
            if (venue->indexOf(id) < 0)
                throw ServiceError(RpcError::validation(
                    u"seatIds"_s, u"Seat %1 is not a seat of this performance's venue"_s.arg(id)));
        }
        if (performance.startsAt <= now)
            throw salesClosed();
        checkHoldLimit(caller, performanceId, sorted.size(), now);
        return writeSeatHold(caller, performance, sorted, now);
    }));
}

HoldOutcome HoldService::writeSeatHold(const Caller &caller, const Performance &performance,
                                       const QList<Id> &sortedSeatIds, const QDateTime &now)
{
    storage::SeatRepository seats(m_db);
    const QList<storage::SeatState> locked = seats.lock(performance.id, sortedSeatIds);
    QList<Id> taken;
    QHash<Id, Id> categoryOf;
    for (const storage::SeatState &s : locked) {
        if (!s.isSellable())
            taken.append(s.seatId);
        categoryOf.insert(s.seatId, s.ticketTypeId);
    }
    if (!taken.isEmpty())
        throw seatsTaken(taken);
    for (const TicketType &type : performance.ticketTypes) {
        if (!type.onSale && std::find(categoryOf.cbegin(), categoryOf.cend(), type.id) != categoryOf.cend())
            throw salesStopped(type.name);
    }
    if (performance.noSingleSeats) {
        const auto venue = VenueGeometry::of(m_db, *performance.venueId);
        QList<int> indices;
        for (Id id : sortedSeatIds)
            indices.append(venue->indexOf(id));
        std::vector<char> free =
            freeSeats(*venue, seats.read(performance.id, neighbourhood(*venue, indices)));
        for (int i : std::as_const(indices))
            free[size_t(i)] = 0;
        const QList<Id> stranded = SeatSelector::strandedBy(*venue, free, indices);
        if (!stranded.isEmpty())
            throw strandsSeats(stranded);
    }

    Hold hold;
    hold.userId = caller.user.id;
    hold.performanceId = performance.id;
    hold.expiresAt = now.addSecs(m_holdSeconds);
    for (Id seatId : sortedSeatIds) {
        const Id typeId = categoryOf.value(seatId);
        auto item = std::find_if(hold.items.begin(), hold.items.end(),
                                 [&](const HoldItem &i) { return i.ticketTypeId == typeId; });
        if (item == hold.items.end()) {
            const auto type = std::find_if(performance.ticketTypes.cbegin(), performance.ticketTypes.cend(),
                                           [&](const TicketType &t) { return t.id == typeId; });
            hold.items.append(HoldItem{typeId, 0, type != performance.ticketTypes.cend() ? type->priceCents : 0, {}});
            item = hold.items.end() - 1;
        }
        ++item->quantity;
        item->seatIds.append(seatId);
    }
    std::sort(hold.items.begin(), hold.items.end(),
              [](const HoldItem &a, const HoldItem &b) { return a.ticketTypeId < b.ticketTypeId; });
    storage::HoldRepository(m_db).insert(hold, now);
    seats.hold(performance.id, sortedSeatIds, hold.id);
    QList<Id> typeIds;
    storage::CatalogRepository catalog(m_db);
    for (const HoldItem &item : std::as_const(hold.items)) {
        catalog.addCounts(item.ticketTypeId, 0, item.quantity);
        typeIds.append(item.ticketTypeId);
    }
    return HoldOutcome{hold, finishSeatChange(m_db, performance.id, sortedSeatIds, typeIds)};
}

HoldOutcome HoldService::holdQuantity(const Caller &caller, Id ticketTypeId, int quantity)
{
    if (quantity < 1 || quantity > MaxPerHold)
        throw ServiceError(RpcError::validation(u"quantity"_s, u"Choose 1 to %1 tickets"_s.arg(MaxPerHold)));
    return holdQuantities(caller, {BasketLine{ticketTypeId, quantity}});
}

HoldOutcome HoldService::holdQuantities(const Caller &caller, const QList<BasketLine> &lines)
{
    if (lines.isEmpty())
        throw ServiceError(RpcError::validation(u"items"_s, u"Choose at least one ticket"_s));
    QList<BasketLine> sorted = lines;
    std::sort(sorted.begin(), sorted.end(),
              [](const BasketLine &a, const BasketLine &b) { return a.ticketTypeId < b.ticketTypeId; });
    qint64 tickets = 0;
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        if (i > 0 && sorted.at(i).ticketTypeId == sorted.at(i - 1).ticketTypeId)
            throw ServiceError(RpcError::validation(u"items"_s, u"List each ticket type once"_s));
        tickets += sorted.at(i).quantity;
    }
    if (tickets > MaxPerHold)
        throw ServiceError(RpcError::validation(
            lines.size() == 1 ? u"quantity"_s : u"items"_s, u"Choose 1 to %1 tickets"_s.arg(MaxPerHold)));
    // Overdue holds of the performance go first, so what they held counts as left.
    Changes expired;
    if (const auto type = m_db.read(
            [&] { return storage::CatalogRepository(m_db).ticketType(sorted.first().ticketTypeId); }))
        expired = expireOverdue(type->performanceId);
    return afterExpired(expired, m_db.write([&] {
        const QDateTime now = Clock::now();
        storage::CatalogRepository catalog(m_db);
        const auto current = catalog.ticketType(sorted.first().ticketTypeId);
        if (!current)
            throw ServiceError(RpcError::notFound(u"Ticket type"_s));
        const Id performanceId = current->performanceId;
        // The customer's row before the ticket types', as every hold takes them; the types in id
        // order, as purchases take theirs.
        checkHoldLimit(caller, performanceId, tickets, now);
        QList<storage::TicketTypeContext> locked;
        for (const BasketLine &line : std::as_const(sorted)) {
            const auto type = catalog.lockTicketType(line.ticketTypeId);
            if (!type)
                throw ServiceError(RpcError::notFound(u"Ticket type"_s));
            if (type->ticketType.performanceId != performanceId)
                throw ServiceError(RpcError::validation(
                    u"items"_s, u"Every ticket of one hold must be for the same performance"_s));
            locked.append(*type);
        }
        const storage::TicketTypeContext &first = locked.first();
        if (first.seating == SeatingReserved)
            throw ServiceError(RpcError::make(ErrorCode::Conflict, Reason::SeatsRequired,
                                              u"Choose seats for this performance"_s));
        if (first.startsAt <= now)
            throw salesClosed();
        Hold hold;
        hold.userId = caller.user.id;
        hold.performanceId = performanceId;
        hold.expiresAt = now.addSecs(m_holdSeconds);
        InventoryChange change{performanceId, {}};
        for (qsizetype i = 0; i < locked.size(); ++i) {
            TicketType type = locked.at(i).ticketType;
            const int quantity = sorted.at(i).quantity;
            if (!type.onSale)
                throw salesStopped(type.name);
            if (type.remaining() < quantity) {
                const qint64 left = qMax<qint64>(0, type.remaining());
                QString message = left == 0 ? u"Sold out"_s : u"Only %1 left"_s.arg(left);
                if (locked.size() > 1)
                    message = type.name + u": "_s + message.front().toLower() + message.mid(1);
                throw ServiceError(RpcError::make(ErrorCode::Conflict, Reason::SoldOut, message,
                                                  {{u"remaining"_s, left}, {u"ticketTypeId"_s, type.id}}));
            }
            hold.items.append(HoldItem{type.id, quantity, type.priceCents, {}});
            type.held += quantity;
            ++type.version; // its row is updated once, below
            change.ticketTypes.append(type);
        }
        storage::HoldRepository(m_db).insert(hold, now);
        for (const HoldItem &item : std::as_const(hold.items))
            catalog.addCounts(item.ticketTypeId, 0, item.quantity);
        Changes changes;
        changes.inventory.append(change);
        return HoldOutcome{hold, changes};
    }));
}

HoldOutcome HoldService::holdBestAvailable(const Caller &caller, Id performanceId, Id ticketTypeId,
                                           int quantity)
{
    if (quantity < 1 || quantity > MaxPerHold)
        throw ServiceError(RpcError::validation(u"quantity"_s, u"Choose 1 to %1 seats"_s.arg(MaxPerHold)));
    Changes expired = expireOverdue(performanceId);
    return afterExpired(expired, m_db.write([&] {
        const QDateTime now = Clock::now();
        storage::CatalogRepository catalog(m_db);
        const Performance performance = performanceOrThrow(catalog, performanceId);
        const bool ofThisPerformance = std::any_of(
            performance.ticketTypes.cbegin(), performance.ticketTypes.cend(),
            [&](const TicketType &t) { return t.id == ticketTypeId; });
        if (!ofThisPerformance)
            throw ServiceError(RpcError::validation(
                u"ticketTypeId"_s, u"That ticket type is not one of this performance's"_s));
        const TicketType chosen = *std::find_if(performance.ticketTypes.cbegin(), performance.ticketTypes.cend(),
                                                [&](const TicketType &t) { return t.id == ticketTypeId; });
        if (performance.seating != SeatingReserved || !performance.venueId)
            throw notReserved();
        if (performance.startsAt <= now)
            throw salesClosed();
        if (!chosen.onSale)
            throw salesStopped(chosen.name);
        checkHoldLimit(caller, performanceId, quantity, now);
        const auto venue = VenueGeometry::of(m_db, *performance.venueId);
        storage::SeatRepository seats(m_db);
        // Chosen from a snapshot, then locked and checked again: on PostgreSQL another buyer
        // may take a seat in between, and then we choose again from a fresh snapshot. Every lost
        // race removes at least one seat from the next snapshot, so we give up only when no
        // block is left (the bound guards against seats flickering back on sale forever).
        for (int attempt = 0; attempt < 200; ++attempt) {
            const QList<storage::SeatState> states =
                performance.noSingleSeats ? seats.all(performanceId) : seats.ofCategory(ticketTypeId);
            std::vector<char> free = freeSeats(*venue, states);
            std::vector<char> clearView(free.size(), 0);
            std::vector<char> any(free.size(), 0);
            for (const storage::SeatState &s : states) {
                const int i = venue->indexOf(s.seatId);
                if (i < 0 || !s.isSellable() || s.ticketTypeId != ticketTypeId
                    || venue->seats().at(i).accessible)
                    continue;
                any[size_t(i)] = 1;
                clearView[size_t(i)] = !venue->seats().at(i).restrictedView;
            }
            std::function<bool(const QList<int> &)> acceptable;
            if (performance.noSingleSeats) {
                acceptable = [&](const QList<int> &block) {
                    for (int i : block)
                        free[size_t(i)] = 0;
                    const bool ok = SeatSelector::strandedBy(*venue, free, block).isEmpty();
                    for (int i : block)
                        free[size_t(i)] = 1;
                    return ok;
                };
            }
            // Restricted-view seats only once no block with a clear view is left.
            QList<int> block = SeatSelector::bestBlock(*venue, clearView, quantity, acceptable);
            if (block.isEmpty())
                block = SeatSelector::bestBlock(*venue, any, quantity, acceptable);
            if (block.isEmpty())
                break;
            QList<Id> ids;
            for (int i : std::as_const(block))
                ids.append(venue->seats().at(i).id);
            const QList<storage::SeatState> locked = seats.lock(performanceId, ids);
            const bool stillFree = std::all_of(locked.cbegin(), locked.cend(), [&](const storage::SeatState &s) {
                return s.isSellable() && s.ticketTypeId == ticketTypeId;
            });
            if (stillFree && locked.size() == ids.size())
                return writeSeatHold(caller, performance, ids, now);
        }
        throw ServiceError(RpcError::make(ErrorCode::Conflict, Reason::NoAdjacentSeats,
                                          quantity == 1 ? u"No seat of that kind is left"_s
                                                        : u"There are no %1 seats together left of that kind"_s.arg(quantity)));
    }));
}

Changes HoldService::releaseLocked(const Hold &hold, const QString &status)
{
    storage::CatalogRepository catalog(m_db);
    storage::SeatRepository seats(m_db);
    const QList<Id> seatIds = hold.seatIds();
    if (!seatIds.isEmpty()) {
        seats.lockHeldBy(hold.id);
        seats.release(hold.performanceId, seatIds);
    }
    QList<Id> typeIds;
    for (const HoldItem &item : hold.items) {
        catalog.addCounts(item.ticketTypeId, 0, -item.quantity);
        typeIds.append(item.ticketTypeId);
    }
    storage::HoldRepository(m_db).setStatus(hold.id, status);
    if (!seatIds.isEmpty())
        return finishSeatChange(m_db, hold.performanceId, seatIds, typeIds);
    Changes changes;
    changes.inventory.append(inventoryOf(catalog, hold.performanceId, typeIds));
    return changes;
}

Changes HoldService::release(const Caller &caller, Id holdId)
{
    return m_db.write([&] {
        const QDateTime now = Clock::now();
        storage::HoldRepository holds(m_db);
        const auto hold = holds.lock(holdId);
        if (!hold || hold->userId != caller.user.id)
            throw holdNotFound();
        if (hold->status != HoldActive || (hold->expiresAt <= now && !hold->isPaying()))
            throw holdGone();
        if (hold->isPaying())
            throw ServiceError(RpcError::make(ErrorCode::Conflict, Reason::CheckoutInProgress,
                                              u"This hold is being paid for"_s));
        return releaseLocked(*hold, HoldReleased);
    });
}

QList<Hold> HoldService::listMine(const Caller &caller, std::optional<Id> performanceId)
{
    return m_db.read([&] {
        return storage::HoldRepository(m_db).activeOf(caller.user.id, performanceId, Clock::now());
    });
}

Changes HoldService::expireOverdue(std::optional<Id> performanceId, int limit)
{
    const QDateTime now = Clock::now();
    const QDateTime payingBefore = now.addMSecs(-PaymentGraceMs);
    const QList<Id> overdue = m_db.read(
        [&] { return storage::HoldRepository(m_db).overdue(now, payingBefore, performanceId, limit); });
    Changes changes;
    for (Id id : overdue) {
        changes.append(m_db.write([&] {
            const auto hold = storage::HoldRepository(m_db).lock(id);
            // Checked again under the lock: another server may have expired it, or a checkout
            // may have started meanwhile.
            if (!hold || hold->status != HoldActive || hold->expiresAt > now
                || (hold->isPaying() && hold->payingSince >= payingBefore))
                return Changes{};
            qCDebug(lcHolds) << "hold" << id << "expired";
            return releaseLocked(*hold, HoldExpired);
        }));
    }
    return changes;
}

CheckoutOutcome HoldService::checkout(const Caller &caller, Id holdId, const PaymentMethod &payment,
                                      const QString &requestId)
{
    CheckoutStart start = startCheckout(caller, holdId, payment, requestId);
    return start.done ? *start.done : finishCheckout(*start.pending);
}

CheckoutStart HoldService::startCheckout(const Caller &caller, Id holdId, const PaymentMethod &payment,
                                         const QString &requestId)
{
    if (auto invalid = PurchaseFlow::checkRequestId(requestId))
        throw ServiceError(*invalid);
    const PurchaseRequest request{caller, 0, 0, payment, requestId};
    const QString requestKey = request.requestKey();
    if (!requestKey.isEmpty()) {
        const auto bought = m_db.read([&] {
            const Id id = storage::PurchaseRepository(m_db).ordersByRequest({requestKey}).value(requestKey);
            return id ? storage::OrderRepository(m_db).find(id) : std::nullopt;
        });
        if (bought)
            return CheckoutStart{CheckoutOutcome{*bought, {}}, std::nullopt};
    }
    if (auto refused = PurchaseFlow::precheck(request))
        throw ServiceError(*refused);
    // 1. The hold is marked as being paid for, so it neither expires nor is released meanwhile.
    const Hold hold = m_db.write([&] {
        const QDateTime now = Clock::now();
        storage::HoldRepository holds(m_db);
        const auto locked = holds.lock(holdId);
        if (!locked || locked->userId != caller.user.id)
            throw holdNotFound();
        if (locked->status != HoldActive || locked->expiresAt <= now)
            throw holdGone();
        if (locked->isPaying() && !requestKey.isEmpty())
            throw ServiceError(RpcError::make(ErrorCode::Unavailable, Reason::Busy,
                                              u"This purchase is still being completed; ask again in a moment"_s,
                                              {{u"retryAfterMs"_s, 1000}}));
        if (locked->isPaying())
            throw ServiceError(RpcError::make(ErrorCode::Conflict, Reason::CheckoutInProgress,
                                              u"This hold is already being paid for"_s));
        const auto performance = storage::CatalogRepository(m_db).performance(locked->performanceId);
        if (!performance || performance->startsAt <= now)
            throw salesClosed();
        holds.setPaying(holdId, now);
        Hold paying = *locked;
        paying.payingSince = now;
        return paying;
    });
    // One key per payment attempt: a retry of this attempt is never charged twice, and a new
    // attempt (another card after a decline) is a new charge.
    const QString key = chargeKey(holdId) + u':' + QString::number(toStorageTime(hold.payingSince));
    return CheckoutStart{std::nullopt, PendingCheckout{caller, holdId, payment, requestKey, key,
                                                       hold.totalCents()}};
}

CheckoutOutcome HoldService::finishCheckout(const PendingCheckout &pending)
{
    const Caller &caller = pending.caller;
    const Id holdId = pending.holdId;
    const PaymentMethod &payment = pending.payment;
    const QString &requestKey = pending.requestKey;
    const QString &key = pending.chargeKey;
    const Cents total = pending.total;
    // 2. The gateway is asked with no transaction open and no lock held (its latency was
    // waited out by the caller).
    const PaymentOutcome charged = m_gateway.chargeAll(m_db, {ChargeRequest{payment, total, key}}).first();
    if (!charged.approved) {
        // A declined payment leaves the hold as it was.
        m_db.write([&] { storage::HoldRepository(m_db).setPaying(holdId, std::nullopt); });
        throw ServiceError(RpcError::make(ErrorCode::PaymentDeclined, Reason::PaymentDeclined,
                                          u"The payment was declined"_s));
    }
    // 3. One short transaction turns the hold into the order.
    try {
        return m_db.write([&] {
            const QDateTime now = Clock::now();
            storage::HoldRepository holds(m_db);
            const auto locked = holds.lock(holdId);
            if (!locked || locked->status != HoldActive || !locked->isPaying())
                throw holdGone();
            storage::SeatRepository seats(m_db);
            const QList<Id> seatIds = locked->seatIds();
            if (!seatIds.isEmpty())
                seats.lockHeldBy(holdId);
            storage::CatalogRepository catalog(m_db);
            Order order;
            order.code = RandomCodes::orderCode();
            order.userId = caller.user.id;
            order.status = OrderPaid;
            order.totalCents = total;
            order.createdAt = now;
            order.paymentProvider = payment.provider;
            QList<Id> typeIds;
            for (const HoldItem &item : locked->items) {
                const auto type = catalog.lockTicketType(item.ticketTypeId);
                OrderItem line{item.ticketTypeId, item.quantity, item.unitPriceCents,
                               type ? type->ticketType.name : QString(), locked->performanceId,
                               type ? type->eventTitle : QString(),
                               type ? type->startsAt : QDateTime(), type ? type->venue : QString(), item.seatIds,
                               type ? type->timeZone : QString()};
                order.items.append(line);
                if (item.seatIds.isEmpty()) {
                    for (qint64 t = 0; t < item.quantity; ++t)
                        order.tickets.append(Ticket{0, RandomCodes::ticketCode(), item.ticketTypeId, TicketValid, 0, {}, {}});
                } else {
                    for (Id seatId : item.seatIds) {
                        Ticket ticket{0, RandomCodes::ticketCode(), item.ticketTypeId, TicketValid, 0, {}, {}};
                        ticket.seatId = seatId;
                        order.tickets.append(ticket);
                    }
                }
                typeIds.append(item.ticketTypeId);
            }
            storage::OrderRepository(m_db).insert(order);
            if (!requestKey.isEmpty())
                storage::OrderRepository(m_db).setRequestKey(order.id, requestKey);
            if (caller.hasRole(Role::Clerk)) // sold at the box office (reports: takings per clerk)
                storage::ReportRepository(m_db).markSoldByStaff({order.id});
            if (!seatIds.isEmpty()) {
                seats.sell(locked->performanceId, seatIds, order.id);
                const QHash<Id, SeatPlace> places = storage::VenueRepository(m_db).places(seatIds);
                for (Ticket &t : order.tickets)
                    t.seat = places.value(t.seatId);
            }
            for (const HoldItem &item : locked->items)
                catalog.addCounts(item.ticketTypeId, item.quantity, -item.quantity);
            holds.setStatus(holdId, HoldCheckedOut);
            storage::PaymentRepository(m_db).record({order.id, u"charge"_s, payment.provider, total,
                                                     u"succeeded"_s, key,
                                                     charged.reference, now});
            if (payment.provider == u"cash"_s) {
                storage::AuditEntry audit{0, now, caller.user.id, caller.user.username,
                                          u"order.cash_sale"_s, u"order"_s, order.id, {}, order.toJson(), {}};
                storage::AuditRepository(m_db).append(audit);
            }
            Changes changes;
            if (!seatIds.isEmpty()) {
                changes = finishSeatChange(m_db, locked->performanceId, seatIds, typeIds);
            } else {
                changes.inventory.append(inventoryOf(catalog, locked->performanceId, typeIds));
            }
            return CheckoutOutcome{order, changes};
        });
    } catch (...) {
        // The money was taken but no order exists: give it back and leave the hold as it was.
        qCWarning(lcHolds) << "checkout of hold" << holdId << "failed after the charge; refunding";
        m_gateway.refund(payment.provider, total, key + u":refund"_s);
        try {
            m_db.write([&] { storage::HoldRepository(m_db).setPaying(holdId, std::nullopt); });
        } catch (const std::exception &e) {
            qCWarning(lcHolds) << "could not clear the payment mark of hold" << holdId << e.what();
        }
        throw;
    }
}

} // namespace mq::services
