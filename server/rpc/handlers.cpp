#include "rpc/handlers.h"

#include "rpc/serverenv.h"
#include "services/adminservice.h"
#include "services/authservice.h"
#include "services/catalogservice.h"
#include "services/checkinservice.h"
#include "services/holdservice.h"
#include "services/seatingservice.h"
#include "services/salesservice.h"
#include "services/serviceerror.h"
#include "services/userservice.h"
#include "services/venueservice.h"
#include "shared/jsonfields.h"
#include "shared/utctime.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace mq::rpc::handlers {

namespace {

Reply result(const QJsonObject &object)
{
    Reply r;
    r.result = object;
    return r;
}

Reply withChanges(const QJsonObject &object, const services::Changes &changes)
{
    Reply r = result(object);
    r.add(changes);
    return r;
}

services::PaymentMethod paymentOf(const Params &params)
{
    const QJsonObject payment = params.object(u"payment"_s);
    return {payment.value(u"provider"_s).toString(), payment.value(u"token"_s).toString()};
}

// An order as the wire shows it: each ticket with the signed payload its QR code holds.
QJsonObject signedOrder(HandlerContext &c, Order order)
{
    c.env.signer.sign(c.db, order);
    return order.toJson();
}

QJsonArray signedOrders(HandlerContext &c, QList<Order> orders)
{
    QJsonArray out;
    for (Order &order : orders)
        out.append(signedOrder(c, std::move(order)));
    return out;
}

QJsonObject doorTicketJson(const storage::DoorTicket &t)
{
    QJsonObject o{{u"code"_s, t.ticket.code}, {u"ticketTypeName"_s, t.ticketTypeName}};
    if (t.ticket.seatId > 0)
        o.insert(u"seat"_s, t.ticket.seat.toJson());
    return o;
}

QJsonObject auditJson(const storage::AuditEntry &e)
{
    return {{u"id"_s, e.id},
            {u"at"_s, toWireTime(e.at)},
            {u"userId"_s, e.userId > 0 ? QJsonValue(e.userId) : QJsonValue(QJsonValue::Null)},
            {u"username"_s, e.username},
            {u"action"_s, e.action},
            {u"entity"_s, e.entity},
            {u"entityId"_s, e.entityId > 0 ? QJsonValue(e.entityId) : QJsonValue(QJsonValue::Null)},
            {u"before"_s, e.before.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.before)},
            {u"after"_s, e.after.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.after)},
            {u"subject"_s, e.subject}};
}

} // namespace

Reply authRegister(HandlerContext &c)
{
    services::AuthService auth(c.db, c.env.hasher);
    const User user = auth.registerUser(c.params.string(u"username"_s), c.params.string(u"password"_s),
                                        c.params.string(u"displayName"_s));
    return result({{u"user"_s, user.toJson()}});
}

Reply authLogin(HandlerContext &c)
{
    services::AuthService auth(c.db, c.env.hasher);
    const services::LoginResult login =
        auth.login(c.params.string(u"username"_s), c.params.string(u"password"_s),
                   c.caller.source.toString());
    Reply r = result({{u"token"_s, login.token}, {u"user"_s, login.user.toJson()}});
    r.logIn = services::Caller{login.user,          login.sessionId,     c.caller.source,
                               c.caller.trustedSource, c.caller.clientKey, login.expiresAt};
    return r;
}

Reply authGuest(HandlerContext &c)
{
    services::AuthService auth(c.db, c.env.hasher);
    const services::LoginResult login = auth.guest();
    Reply r = result({{u"token"_s, login.token}, {u"user"_s, login.user.toJson()}});
    r.logIn = services::Caller{login.user,          login.sessionId,     c.caller.source,
                               c.caller.trustedSource, c.caller.clientKey, login.expiresAt};
    return r;
}

Reply authResume(HandlerContext &c)
{
    services::AuthService auth(c.db, c.env.hasher);
    const storage::SessionRecord session = auth.resume(c.params.string(u"token"_s));
    Reply r = result({{u"user"_s, session.user.toJson()}});
    r.logIn = services::Caller{session.user,          session.sessionId,  c.caller.source,
                               c.caller.trustedSource, c.caller.clientKey, session.expiresAt};
    return r;
}

Reply authLogout(HandlerContext &c)
{
    services::AuthService(c.db, c.env.hasher).logout(c.caller);
    Reply r;
    r.logOut = true;
    r.endedSessions = {c.caller.sessionId};
    return r;
}

Reply accountChangePassword(HandlerContext &c)
{
    services::AuthService auth(c.db, c.env.hasher);
    Reply r;
    r.endedSessions = auth.changePassword(c.caller, c.params.string(u"oldPassword"_s),
                                          c.params.string(u"newPassword"_s));
    return r;
}

Reply catalogListEvents(HandlerContext &c)
{
    services::EventFilter filter;
    filter.category = c.params.string(u"category"_s);
    filter.from = c.params.optTime(u"from"_s);
    filter.to = c.params.optTime(u"to"_s);
    filter.query = c.params.string(u"query"_s);
    const int limit = c.params.has(u"limit"_s) ? int(c.params.integer(u"limit"_s))
                                                : services::CatalogService::DefaultPageSize;
    const services::EventPage page =
        services::CatalogService(c.db).listEvents(filter, limit, c.params.string(u"cursor"_s));
    QJsonObject answer{{u"events"_s, toJsonArray(page.events)}};
    if (!page.nextCursor.isEmpty())
        answer.insert(u"nextCursor"_s, page.nextCursor);
    return result(answer);
}

Reply catalogGetPerformance(HandlerContext &c)
{
    const Performance p = services::CatalogService(c.db).performance(c.params.integer(u"performanceId"_s));
    return result({{u"performance"_s, p.toJson()}});
}

// The connection subscribes and unsubscribes as it reads these requests (in the order they were
// sent); the handlers only check. The answer carries the numbers as read after the subscription
// began, so a change that committed between the client's last read and its subscribing (whose
// push went to nobody) is not missed; a later change is pushed.
Reply catalogSubscribe(HandlerContext &c)
{
    const Performance p = services::CatalogService(c.db).performance(c.params.integer(u"performanceId"_s));
    QJsonArray types;
    for (const TicketType &t : p.ticketTypes)
        types.append(t.toJson());
    return result({{u"ticketTypes"_s, types}});
}

Reply catalogUnsubscribe(HandlerContext &)
{
    return {};
}

Reply orderListMine(HandlerContext &c)
{
    services::SalesService sales(c.db, c.env.gateway);
    return result({{u"orders"_s, signedOrders(c, sales.listMine(c.caller))}});
}

Reply orderCancel(HandlerContext &c)
{
    services::SalesService sales(c.db, c.env.gateway);
    const services::SaleResult sale = sales.cancel(c.caller, c.params.integer(u"orderId"_s));
    services::Changes changes;
    if (sale.seatChange)
        changes.seats.append(*sale.seatChange);
    if (sale.change.performanceId)
        changes.inventory.append(sale.change);
    return withChanges({{u"order"_s, signedOrder(c, sale.order)}}, changes);
}

Reply orderGet(HandlerContext &c)
{
    const Id orderId = c.params.integer(u"orderId"_s);
    const QString code = c.params.string(u"code"_s).trimmed();
    if (orderId <= 0 && code.isEmpty())
        throw services::ServiceError(
            RpcError::validation(u"orderId"_s, u"Give an orderId or an order code"_s));
    services::SalesService sales(c.db, c.env.gateway);
    return result({{u"order"_s, signedOrder(c, sales.find(c.caller, orderId, code))}});
}

Reply adminCreateEvent(HandlerContext &c)
{
    const Event e = services::AdminService(c.db).createEvent(
        c.caller, c.params.string(u"title"_s), c.params.string(u"category"_s),
        c.params.string(u"description"_s));
    return result({{u"event"_s, e.toJson()}});
}

Reply adminUpdateEvent(HandlerContext &c)
{
    const services::EventChanges changes{c.params.optString(u"title"_s),
                                         c.params.optString(u"category"_s),
                                         c.params.optString(u"description"_s)};
    const Event e = services::AdminService(c.db).updateEvent(c.caller, c.params.integer(u"id"_s), changes);
    return result({{u"event"_s, e.toJson()}});
}

Reply adminDeleteEvent(HandlerContext &c)
{
    services::AdminService(c.db).deleteEvent(c.caller, c.params.integer(u"id"_s));
    return {};
}

Reply adminCreatePerformance(HandlerContext &c)
{
    services::NewPerformance n;
    n.eventId = c.params.integer(u"eventId"_s);
    n.startsAt = c.params.time(u"startsAt"_s);
    n.venue = c.params.string(u"venue"_s);
    n.seating = c.params.optString(u"seating"_s).value_or(SeatingGeneral);
    n.venueId = c.params.optInteger(u"venueId"_s);
    n.noSingleSeats = c.params.optBoolean(u"noSingleSeats"_s).value_or(false);
    n.timeZone = c.params.string(u"timeZone"_s);
    const Performance p = services::AdminService(c.db).createPerformance(c.caller, n);
    return result({{u"performance"_s, p.toJson()}});
}

Reply adminUpdatePerformance(HandlerContext &c)
{
    const services::PerformanceChanges changes{c.params.optTime(u"startsAt"_s),
                                               c.params.optString(u"venue"_s),
                                               c.params.optBoolean(u"noSingleSeats"_s),
                                               c.params.optString(u"timeZone"_s)};
    const Performance p =
        services::AdminService(c.db).updatePerformance(c.caller, c.params.integer(u"id"_s), changes);
    return result({{u"performance"_s, p.toJson()}});
}

Reply adminDeletePerformance(HandlerContext &c)
{
    services::AdminService(c.db).deletePerformance(c.caller, c.params.integer(u"id"_s));
    return {};
}

Reply adminCreateTicketType(HandlerContext &c)
{
    const services::NewTicketType n{c.params.integer(u"performanceId"_s), c.params.string(u"name"_s),
                                    c.params.integer(u"priceCents"_s),
                                    c.params.optInteger(u"capacity"_s), c.params.optIds(u"seatIds"_s)};
    const auto created = services::AdminService(c.db).createTicketType(c.caller, n);
    return withChanges({{u"ticketType"_s, created.value.toJson()}}, created.changes);
}

Reply adminUpdateTicketType(HandlerContext &c)
{
    const services::TicketTypeChanges changes{c.params.optString(u"name"_s),
                                              c.params.optInteger(u"priceCents"_s),
                                              c.params.optInteger(u"capacity"_s),
                                              c.params.optBoolean(u"onSale"_s)};
    const auto updated =
        services::AdminService(c.db).updateTicketType(c.caller, c.params.integer(u"id"_s), changes);
    return withChanges({{u"ticketType"_s, updated.value.toJson()}}, updated.changes);
}

Reply adminDeleteTicketType(HandlerContext &c)
{
    return withChanges({}, services::AdminService(c.db).deleteTicketType(c.caller, c.params.integer(u"id"_s)));
}

Reply adminListAuditLog(HandlerContext &c)
{
    storage::AuditFilter filter;
    filter.userId = c.params.optInteger(u"userId"_s).value_or(0);
    filter.action = c.params.string(u"action"_s);
    filter.from = c.params.optTime(u"from"_s);
    filter.to = c.params.optTime(u"to"_s);
    const auto entries = services::AdminService(c.db).auditLog(
        int(c.params.optInteger(u"limit"_s).value_or(100)),
        int(c.params.optInteger(u"offset"_s).value_or(0)), filter);
    QJsonArray a;
    for (const auto &e : entries)
        a.append(auditJson(e));
    return result({{u"entries"_s, a}});
}

Reply adminListUsers(HandlerContext &c)
{
    const QList<User> users = services::UserService(c.db).listUsers(c.params.string(u"query"_s));
    return result({{u"users"_s, toJsonArray(users)}});
}

Reply adminSetUserRole(HandlerContext &c)
{
    const services::RoleChange change = services::UserService(c.db).setRole(
        c.caller, c.params.integer(u"userId"_s), c.params.string(u"role"_s));
    Reply r = result({{u"user"_s, change.user.toJson()}});
    r.endedSessions = change.endedSessions;
    return r;
}

Reply adminUnlockUser(HandlerContext &c)
{
    services::UserService(c.db).unlock(c.caller, c.params.integer(u"userId"_s));
    return {};
}

Reply adminCreateVenue(HandlerContext &c)
{
    const Venue venue = services::VenueService(c.db).create(c.caller, c.params.string(u"name"_s),
                                                            c.params.object(u"layout"_s),
                                                            c.params.string(u"timeZone"_s));
    return result({{u"venue"_s, venue.toJson()}});
}

Reply adminUpdateVenue(HandlerContext &c)
{
    const Venue venue = services::VenueService(c.db).update(
        c.caller, c.params.integer(u"id"_s), c.params.optString(u"name"_s), c.params.optString(u"timeZone"_s));
    return result({{u"venue"_s, venue.summaryJson()}});
}

Reply adminDeleteVenue(HandlerContext &c)
{
    services::VenueService(c.db).remove(c.caller, c.params.integer(u"id"_s));
    return {};
}

Reply adminListVenues(HandlerContext &c)
{
    QJsonArray venues;
    for (const Venue &v : services::VenueService(c.db).list())
        venues.append(v.summaryJson());
    return result({{u"venues"_s, venues}});
}

Reply catalogGetVenue(HandlerContext &c)
{
    return result({{u"venue"_s, services::VenueService(c.db).getJson(c.params.integer(u"venueId"_s))}});
}

Reply adminAssignSeats(HandlerContext &c)
{
    return withChanges({}, services::SeatingService(c.db).assignSeats(
                               c.caller, c.params.integer(u"ticketTypeId"_s), c.params.ids(u"seatIds"_s)));
}

Reply adminSetSeatsBlocked(HandlerContext &c)
{
    return withChanges({}, services::SeatingService(c.db).setBlocked(
                               c.caller, c.params.integer(u"performanceId"_s),
                               c.params.ids(u"seatIds"_s), c.params.boolean(u"blocked"_s)));
}

Reply seatsGetMap(HandlerContext &c)
{
    const services::SeatMap map = services::SeatingService(c.db).map(c.params.integer(u"performanceId"_s));
    return result({{u"performanceId"_s, map.performanceId},
                   {u"venueId"_s, map.venueId},
                   {u"version"_s, map.version},
                   {u"status"_s, map.status},
                   {u"categories"_s, idsToJson(map.categories)}});
}

Reply holdCreate(HandlerContext &c)
{
    services::HoldService holds(c.db, c.env.gateway, c.env.holdSeconds);
    services::HoldOutcome outcome;
    if (c.params.has(u"seatIds"_s)) {
        if (!c.params.has(u"performanceId"_s))
            throw services::ServiceError(
                RpcError::validation(u"performanceId"_s, u"performanceId is required with seatIds"_s));
        outcome = holds.holdSeats(c.caller, c.params.integer(u"performanceId"_s), c.params.ids(u"seatIds"_s));
    } else if (c.params.has(u"items"_s)) {
        QList<services::BasketLine> lines;
        for (const QJsonValue &v : c.params.array(u"items"_s)) {
            const QJsonObject o = v.toObject();
            lines.append({jsonInteger(o.value(u"ticketTypeId"_s)).value_or(0),
                          int(jsonInteger(o.value(u"quantity"_s)).value_or(0))});
        }
        outcome = holds.holdQuantities(c.caller, lines);
    } else if (c.params.has(u"ticketTypeId"_s)) {
        if (!c.params.has(u"quantity"_s))
            throw services::ServiceError(
                RpcError::validation(u"quantity"_s, u"quantity is required with ticketTypeId"_s));
        outcome = holds.holdQuantity(c.caller, c.params.integer(u"ticketTypeId"_s),
                                     int(c.params.integer(u"quantity"_s)));
    } else {
        throw services::ServiceError(RpcError::validation(
            u"seatIds"_s, u"Give performanceId and seatIds, ticketTypeId and quantity, or items"_s));
    }
    return withChanges({{u"hold"_s, outcome.hold.toJson()}}, outcome.changes);
}

Reply holdBestAvailable(HandlerContext &c)
{
    services::HoldService holds(c.db, c.env.gateway, c.env.holdSeconds);
    const services::HoldOutcome outcome = holds.holdBestAvailable(
        c.caller, c.params.integer(u"performanceId"_s), c.params.integer(u"ticketTypeId"_s),
        int(c.params.integer(u"quantity"_s)));
    return withChanges({{u"hold"_s, outcome.hold.toJson()}}, outcome.changes);
}

Reply holdRelease(HandlerContext &c)
{
    services::HoldService holds(c.db, c.env.gateway, c.env.holdSeconds);
    return withChanges({}, holds.release(c.caller, c.params.integer(u"holdId"_s)));
}

Reply holdListMine(HandlerContext &c)
{
    services::HoldService holds(c.db, c.env.gateway, c.env.holdSeconds);
    return result({{u"holds"_s, toJsonArray(holds.listMine(c.caller, c.params.optInteger(u"performanceId"_s)))}});
}

Reply orderCheckout(HandlerContext &c)
{
    services::HoldService holds(c.db, c.env.gateway, c.env.holdSeconds);
    const services::CheckoutStart start =
        holds.startCheckout(c.caller, c.params.integer(u"holdId"_s), paymentOf(c.params),
                            c.params.string(u"requestId"_s));
    if (start.done)
        return withChanges({{u"order"_s, signedOrder(c, start.done->order)}}, start.done->changes);
    // The gateway's answer is waited for on a timer, not on this worker.
    Reply reply;
    reply.thenAfterMs = start.pending->payment.provider == u"cash"_s ? 0 : c.env.gateway.latencyMs();
    reply.then = [pending = *start.pending](HandlerContext &later) {
        services::HoldService holds(later.db, later.env.gateway, later.env.holdSeconds);
        const services::CheckoutOutcome outcome = holds.finishCheckout(pending);
        return withChanges({{u"order"_s, signedOrder(later, outcome.order)}}, outcome.changes);
    };
    return reply;
}

// A gate is a label of 1 to 64 characters (blanks around it dropped); left out, a scan's is "".
QString gateOf(const Params &params)
{
    const QString gate = params.string(u"gate"_s).trimmed();
    if (gate.isEmpty() && params.has(u"gate"_s))
        throw services::ServiceError(RpcError::validation(u"gate"_s, u"A gate is 1 to 64 characters"_s));
    return gate;
}

Reply checkinScan(HandlerContext &c)
{
    const services::ScanResult scan =
        services::CheckinService(c.db, c.env.signer)
            .scan(c.caller, c.params.string(u"code"_s), c.params.integer(u"performanceId"_s),
                  gateOf(c.params));
    Reply r = result({{u"ticket"_s, scan.ticket.ticket.toJson()},
                      {u"admittedAt"_s, toWireTime(scan.admittedAt)},
                      {u"gate"_s, scan.ticket.admittedGate},
                      {u"ticketTypeName"_s, scan.ticket.ticketTypeName}});
    r.checkinChanges.append(scan.change);
    return r;
}

Reply checkinUndo(HandlerContext &c)
{
    Reply r;
    r.checkinChanges.append(services::CheckinService(c.db, c.env.signer)
                                .undo(c.caller, c.params.string(u"code"_s),
                                      c.params.integer(u"performanceId"_s)));
    return r;
}

Reply checkinStats(HandlerContext &c)
{
    const services::CheckinStats stats =
        services::CheckinService(c.db, c.env.signer).stats(c.params.integer(u"performanceId"_s));
    QJsonArray gates;
    for (const storage::GateCount &g : stats.gates)
        gates.append(QJsonObject{{u"gate"_s, g.gate}, {u"admitted"_s, g.admitted}});
    return result({{u"sold"_s, stats.sold}, {u"admitted"_s, stats.admitted}, {u"gates"_s, gates}});
}

Reply checkinOfflineKit(HandlerContext &c)
{
    const services::OfflineKit kit =
        services::CheckinService(c.db, c.env.signer).offlineKit(c.params.integer(u"performanceId"_s));
    QJsonArray admitted;
    for (const storage::AdmittedCode &a : kit.admittedCodes)
        admitted.append(QJsonObject{{u"code"_s, a.code}, {u"gate"_s, a.gate},
                                    {u"admittedAt"_s, toWireTime(a.admittedAt)}});
    QJsonArray types;
    for (const auto &[id, name] : kit.ticketTypes)
        types.append(QJsonObject{{u"id"_s, id}, {u"name"_s, name}});
    QJsonArray seats;
    for (const auto &[id, place] : kit.seats) {
        QJsonObject seat = place.toJson();
        seat.insert(u"id"_s, id);
        seats.append(seat);
    }
    return result({{u"performanceId"_s, kit.performanceId},
                   {u"publicKey"_s, QString::fromLatin1(kit.publicKey.toBase64())},
                   {u"ticketTypes"_s, types},
                   {u"seats"_s, seats},
                   {u"sold"_s, kit.sold},
                   {u"capacity"_s, kit.capacity},
                   {u"admitted"_s, kit.admitted},
                   {u"cancelled"_s, QJsonArray::fromStringList(kit.cancelled)},
                   {u"admittedCodes"_s, admitted},
                   {u"issuedAt"_s, toWireTime(kit.issuedAt)}});
}

Reply checkinUpload(HandlerContext &c)
{
    QList<services::OfflineScan> scans;
    for (const QJsonValue &v : c.params.array(u"scans"_s)) {
        const QJsonObject o = v.toObject();
        scans.append({o.value(u"nonce"_s).toString(), o.value(u"code"_s).toString(),
                      parseWireTime(o.value(u"scannedAt"_s).toString()).value_or(QDateTime())});
    }
    const services::UploadResult upload = services::CheckinService(c.db, c.env.signer)
                                              .upload(c.caller, c.params.integer(u"performanceId"_s),
                                                      gateOf(c.params), scans);
    Reply r = result({{u"results"_s, upload.results}});
    if (upload.change)
        r.checkinChanges.append(*upload.change);
    return r;
}

Reply checkinConflicts(HandlerContext &c)
{
    QJsonArray conflicts;
    const QList<storage::ScanConflict> list =
        services::CheckinService(c.db, c.env.signer).conflicts(c.params.integer(u"performanceId"_s));
    for (const storage::ScanConflict &k : list) {
        QJsonObject o = doorTicketJson(k.ticket);
        o.insert(u"admittedAt"_s, toWireTime(k.ticket.admittedAt.value_or(QDateTime())));
        o.insert(u"gate"_s, k.ticket.admittedGate);
        QJsonArray others;
        for (const storage::OtherScan &s : k.otherScans)
            others.append(QJsonObject{{u"gate"_s, s.gate}, {u"scannedAt"_s, toWireTime(s.scannedAt)}});
        o.insert(u"otherScans"_s, others);
        conflicts.append(o);
    }
    return result({{u"conflicts"_s, conflicts}});
}

} // namespace mq::rpc::handlers
