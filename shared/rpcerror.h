#pragma once

#include <QJsonObject>
#include <QString>

namespace mq {

namespace ErrorCode {
inline constexpr int ParseError = -32700;
inline constexpr int InvalidRequest = -32600;
inline constexpr int MethodNotFound = -32601;
inline constexpr int InvalidParams = -32602;
inline constexpr int Internal = -32603;
inline constexpr int BadInput = 400;
inline constexpr int NotAuthenticated = 401;
inline constexpr int PaymentDeclined = 402;
inline constexpr int Forbidden = 403;
inline constexpr int NotFound = 404;
inline constexpr int Conflict = 409;
inline constexpr int Gone = 410;
inline constexpr int Validation = 422;
inline constexpr int RateLimited = 429;
inline constexpr int Unavailable = 503;
} // namespace ErrorCode

// Every stable error.data.reason word, defined once. Append only: clients switch on these.
#define MQ_ERROR_REASONS(X)                                                                        \
    X(ParseError, "parse_error")                                                                   \
    X(InvalidRequest, "invalid_request")                                                           \
    X(MethodNotFound, "method_not_found")                                                          \
    X(InvalidParams, "invalid_params")                                                             \
    X(Internal, "internal")                                                                        \
    X(BadInput, "bad_input")                                                                       \
    X(NotAuthenticated, "not_authenticated")                                                       \
    X(InvalidCredentials, "invalid_credentials")                                                   \
    X(InvalidToken, "invalid_token")                                                               \
    X(PaymentDeclined, "payment_declined")                                                         \
    X(Forbidden, "forbidden")                                                                      \
    X(WrongPassword, "wrong_password")                                                             \
    X(NotFound, "not_found")                                                                       \
    X(SoldOut, "sold_out")                                                                         \
    X(SeatTaken, "seat_taken")                                                                     \
    X(UsernameTaken, "username_taken")                                                             \
    X(SalesClosed, "sales_closed")                                                                 \
    X(AlreadyCancelled, "already_cancelled")                                                       \
    X(PerformanceStarted, "performance_started")                                                   \
    X(CapacityBelowSold, "capacity_below_sold")                                                    \
    X(HasSales, "has_sales")                                                                       \
    X(HoldExpired, "hold_expired")                                                                 \
    X(Validation, "validation")                                                                    \
    X(LockedOut, "locked_out")                                                                     \
    X(RateLimited, "rate_limited")                                                                 \
    X(Unavailable, "unavailable")                                                                  \
    X(ShuttingDown, "shutting_down")                                                               \
    X(NotReserved, "not_reserved")                                                                 \
    X(SeatsRequired, "seats_required")                                                             \
    X(HoldLimit, "hold_limit")                                                                     \
    X(NoAdjacentSeats, "no_adjacent_seats")                                                        \
    X(LastAdmin, "last_admin")                                                                     \
    X(SingleSeat, "single_seat")                                                                   \
    X(CheckoutInProgress, "checkout_in_progress")                                                  \
    X(VenueInUse, "venue_in_use")                                                                  \
    X(Busy, "busy")                                                                                \
    X(WrongPerformance, "wrong_performance")                                                       \
    X(TicketCancelled, "ticket_cancelled")                                                         \
    X(AlreadyAdmitted, "already_admitted")                                                         \
    X(NotAdmitted, "not_admitted")

enum class Reason {
#define MQ_X(name, text) name,
    MQ_ERROR_REASONS(MQ_X)
#undef MQ_X
};

QString reasonName(Reason reason);

struct RpcError
{
    int code = 0;
    QString reason;
    QString message;
    QJsonObject data; // extra fields besides "reason"

    static RpcError make(int code, Reason reason, const QString &message,
                         const QJsonObject &data = {});
    // 422 naming the offending field in data.field.
    static RpcError validation(const QString &field, const QString &message);
    static RpcError notFound(const QString &what);
    static RpcError internal();

    QJsonObject toJson() const;
    static RpcError fromJson(const QJsonObject &error);
    bool isValid() const { return code != 0; }
};

} // namespace mq
