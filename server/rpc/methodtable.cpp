#include "rpc/methodtable.h"

#include "rpc/handlers.h"
#include "services/catalogservice.h"
#include "services/checkinservice.h"

#include <array>

using namespace Qt::StringLiterals;

namespace mq::rpc {

namespace {

constexpr qint64 MaxText = 10000;
constexpr qint64 MaxSeatsPerRequest = 100000;
constexpr qint64 MaxBasketLines = 10;

QList<MethodSpec> buildTable()
{
    using namespace handlers;
    const auto staff = std::optional<Role>(Role::Manager);
    const auto anyone = std::optional<Role>(Role::Customer);
    const auto admin = std::optional<Role>(Role::Admin);
    const auto clerk = std::optional<Role>(Role::Clerk);
    const Field payment{u"payment"_s, FieldType::Object, true, 0, 0, {}, {
        Field{u"provider"_s, FieldType::String, true, 0, 32, {u"sandbox"_s, u"cash"_s}},
        text(u"token"_s, false, 200),
    }};
    return {
        {Method::AuthRegister, std::nullopt, Lane::Auth,
         {text(u"username"_s, true, 1000), text(u"password"_s, true, 4096),
          text(u"displayName"_s, false, 1000)},
         authRegister},
        {Method::AuthLogin, std::nullopt, Lane::Auth,
         {text(u"username"_s, true, 1000), text(u"password"_s, true, 4096)}, authLogin},
        {Method::AuthResume, std::nullopt, Lane::Main, {text(u"token"_s, true, 512)}, authResume},
        {Method::AuthLogout, anyone, Lane::Main, {}, authLogout},
        {Method::AccountChangePassword, anyone, Lane::Auth,
         {text(u"oldPassword"_s, true, 4096), text(u"newPassword"_s, true, 4096)},
         accountChangePassword},
        {Method::CatalogListEvents, anyone, Lane::Main,
         {Field{u"category"_s, FieldType::String, false, 0, 32, categoryNames()},
          optional(u"from"_s, FieldType::Time), optional(u"to"_s, FieldType::Time),
          text(u"query"_s, false, 200),
          Field{u"limit"_s, FieldType::Integer, false, 1, services::CatalogService::MaxPageSize},
          text(u"cursor"_s, false, 100)},
         catalogListEvents},
        {Method::CatalogGetPerformance, anyone, Lane::Main,
         {required(u"performanceId"_s, FieldType::Id)}, catalogGetPerformance},
        {Method::CatalogSubscribe, anyone, Lane::Main,
         {required(u"performanceId"_s, FieldType::Id)}, catalogSubscribe},
        {Method::CatalogUnsubscribe, anyone, Lane::Main,
         {required(u"performanceId"_s, FieldType::Id)}, catalogUnsubscribe},
        // One ticket type ({ticketTypeId, quantity}) or a mixed basket ({items}); which of the
        // two is required is checked by the PurchaseBatcher.
        {Method::OrderPurchase, anyone, Lane::PurchaseBatch,
         {optional(u"ticketTypeId"_s, FieldType::Id), Field{u"quantity"_s, FieldType::Integer, false, 1, 20},
          payment,
          Field{u"items"_s, FieldType::ObjectList, false, 1, MaxBasketLines, {}, {
              required(u"ticketTypeId"_s, FieldType::Id), requiredInt(u"quantity"_s, 1, 20)}},
          text(u"requestId"_s, false, 64)},
         nullptr},
        {Method::OrderListMine, anyone, Lane::Main, {}, orderListMine},
        {Method::OrderCancel, anyone, Lane::Main, {required(u"orderId"_s, FieldType::Id)},
         orderCancel},
        {Method::AdminCreateEvent, staff, Lane::Main,
         {text(u"title"_s, true, MaxText), text(u"category"_s, true, MaxText),
          text(u"description"_s, false, MaxText)},
         adminCreateEvent},
        {Method::AdminUpdateEvent, staff, Lane::Main,
         {required(u"id"_s, FieldType::Id), text(u"title"_s, false, MaxText),
          text(u"category"_s, false, MaxText), text(u"description"_s, false, MaxText)},
         adminUpdateEvent},
        {Method::AdminDeleteEvent, staff, Lane::Main, {required(u"id"_s, FieldType::Id)},
         adminDeleteEvent},
        {Method::AdminCreatePerformance, staff, Lane::Main,
         {required(u"eventId"_s, FieldType::Id), required(u"startsAt"_s, FieldType::Time),
          text(u"venue"_s, false, MaxText), text(u"seating"_s, false, 32),
          optional(u"venueId"_s, FieldType::Id), optional(u"noSingleSeats"_s, FieldType::Boolean),
          text(u"timeZone"_s, false, 64)},
         adminCreatePerformance},
        {Method::AdminUpdatePerformance, staff, Lane::Main,
         {required(u"id"_s, FieldType::Id), optional(u"startsAt"_s, FieldType::Time),
          text(u"venue"_s, false, MaxText), optional(u"noSingleSeats"_s, FieldType::Boolean),
          text(u"timeZone"_s, false, 64)},
         adminUpdatePerformance},
        {Method::AdminDeletePerformance, staff, Lane::Main, {required(u"id"_s, FieldType::Id)},
         adminDeletePerformance},
        {Method::AdminCreateTicketType, staff, Lane::Main,
         {required(u"performanceId"_s, FieldType::Id), text(u"name"_s, true, MaxText),
          required(u"priceCents"_s, FieldType::Integer), optional(u"capacity"_s, FieldType::Integer),
          idList(u"seatIds"_s, false, 1, MaxSeatsPerRequest)},
         adminCreateTicketType},
        {Method::AdminUpdateTicketType, staff, Lane::Main,
         {required(u"id"_s, FieldType::Id), text(u"name"_s, false, MaxText),
          optional(u"priceCents"_s, FieldType::Integer), optional(u"capacity"_s, FieldType::Integer),
          optional(u"onSale"_s, FieldType::Boolean)},
         adminUpdateTicketType},
        {Method::AdminDeleteTicketType, staff, Lane::Main, {required(u"id"_s, FieldType::Id)},
         adminDeleteTicketType},
        {Method::AdminListAuditLog, staff, Lane::Main,
         {Field{u"limit"_s, FieldType::Integer, false, 1, 1000},
          Field{u"offset"_s, FieldType::Integer, false, 0, 1'000'000'000},
          optional(u"userId"_s, FieldType::Id), text(u"action"_s, false, 64),
          optional(u"from"_s, FieldType::Time), optional(u"to"_s, FieldType::Time)},
         adminListAuditLog},
        {Method::OrderGet, anyone, Lane::Main,
         {optional(u"orderId"_s, FieldType::Id), text(u"code"_s, false, 64)}, orderGet},
        {Method::AdminListUsers, admin, Lane::Main, {text(u"query"_s, false, 200)}, adminListUsers},
        {Method::AdminSetUserRole, admin, Lane::Main,
         {required(u"userId"_s, FieldType::Id), text(u"role"_s, true, 32)}, adminSetUserRole},
        {Method::AdminCreateVenue, staff, Lane::Main,
         {text(u"name"_s, true, MaxText), required(u"layout"_s, FieldType::Object),
          text(u"timeZone"_s, false, 64)},
         adminCreateVenue},
        {Method::AdminDeleteVenue, staff, Lane::Main, {required(u"id"_s, FieldType::Id)}, adminDeleteVenue},
        {Method::AdminListVenues, staff, Lane::Main, {}, adminListVenues},
        {Method::CatalogGetVenue, anyone, Lane::Main, {required(u"venueId"_s, FieldType::Id)},
         catalogGetVenue},
        {Method::AdminAssignSeats, staff, Lane::Main,
         {required(u"ticketTypeId"_s, FieldType::Id), idList(u"seatIds"_s, true, 1, MaxSeatsPerRequest)},
         adminAssignSeats},
        {Method::AdminSetSeatsBlocked, staff, Lane::Main,
         {required(u"performanceId"_s, FieldType::Id), idList(u"seatIds"_s, true, 1, MaxSeatsPerRequest),
          required(u"blocked"_s, FieldType::Boolean)},
         adminSetSeatsBlocked},
        {Method::SeatsGetMap, anyone, Lane::Main, {required(u"performanceId"_s, FieldType::Id)},
         seatsGetMap},
        {Method::HoldCreate, anyone, Lane::Main,
         {optional(u"performanceId"_s, FieldType::Id), idList(u"seatIds"_s, false, 1, 20),
          optional(u"ticketTypeId"_s, FieldType::Id),
          Field{u"quantity"_s, FieldType::Integer, false, 1, 20},
          Field{u"items"_s, FieldType::ObjectList, false, 1, MaxBasketLines, {}, {
              required(u"ticketTypeId"_s, FieldType::Id), requiredInt(u"quantity"_s, 1, 20)}}},
         holdCreate},
        {Method::HoldBestAvailable, anyone, Lane::Main,
         {required(u"performanceId"_s, FieldType::Id), required(u"ticketTypeId"_s, FieldType::Id),
          requiredInt(u"quantity"_s, 1, 20)},
         holdBestAvailable},
        {Method::HoldRelease, anyone, Lane::Main, {required(u"holdId"_s, FieldType::Id)}, holdRelease},
        {Method::HoldListMine, anyone, Lane::Main, {optional(u"performanceId"_s, FieldType::Id)},
         holdListMine},
        {Method::OrderCheckout, anyone, Lane::Main,
         {required(u"holdId"_s, FieldType::Id), payment, text(u"requestId"_s, false, 64)},
         orderCheckout},
        // Creates an account (cheap, but a row each time): on the small auth pool like
        // registration, so a storm of guests waits there instead of slowing sales.
        {Method::AuthGuest, std::nullopt, Lane::Auth, {}, authGuest},
        {Method::AdminUnlockUser, admin, Lane::Main, {required(u"userId"_s, FieldType::Id)},
         adminUnlockUser},
        // Check-in at the door (issue 12): `code` is the bare ticket code or the signed QR payload.
        {Method::CheckinScan, clerk, Lane::Main,
         {text(u"code"_s, true, 512), required(u"performanceId"_s, FieldType::Id), text(u"gate"_s, false, 64)},
         checkinScan},
        {Method::CheckinUndo, clerk, Lane::Main,
         {text(u"code"_s, true, 512), required(u"performanceId"_s, FieldType::Id)}, checkinUndo},
        {Method::CheckinStats, clerk, Lane::Main, {required(u"performanceId"_s, FieldType::Id)},
         checkinStats},
        {Method::CheckinOfflineKit, clerk, Lane::Main, {required(u"performanceId"_s, FieldType::Id)},
         checkinOfflineKit},
        {Method::CheckinUpload, clerk, Lane::Main,
         {required(u"performanceId"_s, FieldType::Id), text(u"gate"_s, true, 64),
          Field{u"scans"_s, FieldType::ObjectList, true, 1, services::CheckinService::MaxUpload, {}, {
              text(u"nonce"_s, true, 64), text(u"code"_s, true, 512),
              required(u"scannedAt"_s, FieldType::Time)}}},
         checkinUpload},
        {Method::CheckinConflicts, clerk, Lane::Main, {required(u"performanceId"_s, FieldType::Id)},
         checkinConflicts},
        {Method::AdminUpdateVenue, staff, Lane::Main,
         {required(u"id"_s, FieldType::Id), text(u"name"_s, false, MaxText), text(u"timeZone"_s, false, 64)},
         adminUpdateVenue},
        // Reports (issue 12): aggregates summed by the database; ranges and zones checked by the
        // ReportService.
        {Method::ReportSales, staff, Lane::Main,
         {optional(u"eventId"_s, FieldType::Id), optional(u"performanceId"_s, FieldType::Id),
          optional(u"from"_s, FieldType::Time), optional(u"to"_s, FieldType::Time),
          Field{u"bucket"_s, FieldType::String, false, 0, 8, {u"hour"_s, u"day"_s}},
          text(u"timeZone"_s, false, 64)},
         reportSales},
        {Method::ReportOccupancy, staff, Lane::Main,
         {optional(u"eventId"_s, FieldType::Id), optional(u"performanceId"_s, FieldType::Id)},
         reportOccupancy},
        {Method::ReportShift, staff, Lane::Main,
         {required(u"from"_s, FieldType::Time), required(u"to"_s, FieldType::Time),
          optional(u"clerkId"_s, FieldType::Id)},
         reportShift},
    };
}

} // namespace

const MethodSpec &methodSpec(Method method)
{
    static const std::array<MethodSpec, MethodCount> table = [] {
        std::array<MethodSpec, MethodCount> byMethod{};
        const QList<MethodSpec> entries = buildTable();
        if (entries.size() != MethodCount)
            qFatal("dispatch table has %d entries for %d methods", int(entries.size()), MethodCount);
        for (const MethodSpec &spec : entries)
            byMethod[size_t(spec.method)] = spec;
        for (const MethodSpec &spec : byMethod) {
            if (!spec.handler && spec.lane != Lane::PurchaseBatch)
                qFatal("method %s has no handler", qPrintable(methodName(spec.method)));
        }
        return byMethod;
    }();
    return table[size_t(method)];
}

} // namespace mq::rpc
