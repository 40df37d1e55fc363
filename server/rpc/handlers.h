#pragma once

#include "rpc/methodtable.h"

// One function per protocol method: read the validated params, call a service, shape the answer.
namespace mq::rpc::handlers {

Reply authRegister(HandlerContext &c);
Reply authLogin(HandlerContext &c);
Reply authGuest(HandlerContext &c);
Reply authResume(HandlerContext &c);
Reply authLogout(HandlerContext &c);
Reply accountChangePassword(HandlerContext &c);
Reply catalogListEvents(HandlerContext &c);
Reply catalogGetPerformance(HandlerContext &c);
Reply catalogSubscribe(HandlerContext &c);
Reply catalogUnsubscribe(HandlerContext &c);
Reply orderListMine(HandlerContext &c);
Reply orderCancel(HandlerContext &c);
Reply orderGet(HandlerContext &c);
Reply adminCreateEvent(HandlerContext &c);
Reply adminUpdateEvent(HandlerContext &c);
Reply adminDeleteEvent(HandlerContext &c);
Reply adminCreatePerformance(HandlerContext &c);
Reply adminUpdatePerformance(HandlerContext &c);
Reply adminDeletePerformance(HandlerContext &c);
Reply adminCreateTicketType(HandlerContext &c);
Reply adminUpdateTicketType(HandlerContext &c);
Reply adminDeleteTicketType(HandlerContext &c);
Reply adminListAuditLog(HandlerContext &c);
Reply adminListUsers(HandlerContext &c);
Reply adminSetUserRole(HandlerContext &c);
Reply adminUnlockUser(HandlerContext &c);
Reply adminCreateVenue(HandlerContext &c);
Reply adminDeleteVenue(HandlerContext &c);
Reply adminUpdateVenue(HandlerContext &c);
Reply adminListVenues(HandlerContext &c);
Reply catalogGetVenue(HandlerContext &c);
Reply adminAssignSeats(HandlerContext &c);
Reply adminSetSeatsBlocked(HandlerContext &c);
Reply seatsGetMap(HandlerContext &c);
Reply holdCreate(HandlerContext &c);
Reply holdBestAvailable(HandlerContext &c);
Reply holdRelease(HandlerContext &c);
Reply holdListMine(HandlerContext &c);
Reply orderCheckout(HandlerContext &c);
Reply checkinScan(HandlerContext &c);
Reply checkinUndo(HandlerContext &c);
Reply checkinStats(HandlerContext &c);
Reply checkinOfflineKit(HandlerContext &c);
Reply checkinUpload(HandlerContext &c);
Reply checkinConflicts(HandlerContext &c);
// Reports (reporthandlers.cpp).
Reply reportSales(HandlerContext &c);
Reply reportOccupancy(HandlerContext &c);
Reply reportShift(HandlerContext &c);

} // namespace mq::rpc::handlers
