#pragma once

#include <QString>

#include <optional>

namespace mq {

// Every protocol method, defined once for server, client, tests and load generator.
// Append only: never reorder, rename or remove an entry.
#define MQ_METHODS(X)                                                                              \
    X(AuthRegister, "auth.register")                                                               \
    X(AuthLogin, "auth.login")                                                                     \
    X(AuthResume, "auth.resume")                                                                   \
    X(AuthLogout, "auth.logout")                                                                   \
    X(AccountChangePassword, "account.changePassword")                                             \
    X(CatalogListEvents, "catalog.listEvents")                                                     \
    X(CatalogGetPerformance, "catalog.getPerformance")                                             \
    X(CatalogSubscribe, "catalog.subscribe")                                                       \
    X(CatalogUnsubscribe, "catalog.unsubscribe")                                                   \
    X(OrderPurchase, "order.purchase")                                                             \
    X(OrderListMine, "order.listMine")                                                             \
    X(OrderCancel, "order.cancel")                                                                 \
    X(AdminCreateEvent, "admin.createEvent")                                                       \
    X(AdminUpdateEvent, "admin.updateEvent")                                                       \
    X(AdminDeleteEvent, "admin.deleteEvent")                                                       \
    X(AdminCreatePerformance, "admin.createPerformance")                                           \
    X(AdminUpdatePerformance, "admin.updatePerformance")                                           \
    X(AdminDeletePerformance, "admin.deletePerformance")                                           \
    X(AdminCreateTicketType, "admin.createTicketType")                                             \
    X(AdminUpdateTicketType, "admin.updateTicketType")                                             \
    X(AdminDeleteTicketType, "admin.deleteTicketType")                                             \
    X(AdminListAuditLog, "admin.listAuditLog")                                                     \
    X(OrderGet, "order.get")                                                                       \
    X(AdminListUsers, "admin.listUsers")                                                           \
    X(AdminSetUserRole, "admin.setUserRole")                                                       \
    X(AdminCreateVenue, "admin.createVenue")                                                       \
    X(AdminDeleteVenue, "admin.deleteVenue")                                                       \
    X(AdminListVenues, "admin.listVenues")                                                         \
    X(CatalogGetVenue, "catalog.getVenue")                                                         \
    X(AdminAssignSeats, "admin.assignSeats")                                                       \
    X(AdminSetSeatsBlocked, "admin.setSeatsBlocked")                                               \
    X(SeatsGetMap, "seats.getMap")                                                                 \
    X(HoldCreate, "hold.create")                                                                   \
    X(HoldBestAvailable, "hold.bestAvailable")                                                     \
    X(HoldRelease, "hold.release")                                                                 \
    X(HoldListMine, "hold.listMine")                                                               \
    X(OrderCheckout, "order.checkout")                                                             \
    X(AuthGuest, "auth.guest")                                                                     \
    X(AdminUnlockUser, "admin.unlockUser")                                                         \
    X(CheckinScan, "checkin.scan")                                                                 \
    X(CheckinUndo, "checkin.undo")                                                                 \
    X(CheckinStats, "checkin.stats")                                                               \
    X(CheckinOfflineKit, "checkin.offlineKit")                                                     \
    X(CheckinUpload, "checkin.upload")                                                             \
    X(CheckinConflicts, "checkin.conflicts")                                                       \
    X(AdminUpdateVenue, "admin.updateVenue")                                                       \
    X(ReportSales, "report.sales")                                                                 \
    X(ReportOccupancy, "report.occupancy")                                                         \
    X(ReportShift, "report.shift")

enum class Method {
#define MQ_X(name, text) name,
    MQ_METHODS(MQ_X)
#undef MQ_X
};

inline constexpr int MethodCount = 0
#define MQ_X(name, text) +1
    MQ_METHODS(MQ_X)
#undef MQ_X
    ;

QString methodName(Method method);
std::optional<Method> methodFromName(const QString &name);

// Server pushes.
inline constexpr char InventoryChangedPush[] = "inventory.changed";
inline constexpr char SeatsChangedPush[] = "seats.changed";
// A purchase waiting in the sale rush's waiting room: {id, ticketTypeId, position, estimatedWaitMs}.
inline constexpr char QueuePositionPush[] = "queue.position";
// Admissions of a performance changed (scan, undo, upload): {performanceId, admitted}.
inline constexpr char CheckinChangedPush[] = "checkin.changed";

} // namespace mq
