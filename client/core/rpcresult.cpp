#include "core/rpcresult.h"

namespace mq::client {

QString RpcResult::message() const
{
    switch (kind) {
    case Kind::Ok:
        return {};
    case Kind::Timeout:
        return QCoreApplication::translate("RpcResult", "The server did not answer in time. Please try again.");
    case Kind::Disconnected:
        return QCoreApplication::translate("RpcResult", "Not connected to the server. Reconnecting…");
    case Kind::Error:
        break;
    }
    const QString reason = error.reason;
    if (reason == QLatin1String("invalid_credentials"))
        return QCoreApplication::translate("RpcResult", "Wrong username or password.");
    if (reason == QLatin1String("locked_out"))
        return QCoreApplication::translate("RpcResult", "Too many failed attempts. Please wait a few minutes and try again.");
    if (reason == QLatin1String("username_taken"))
        return QCoreApplication::translate("RpcResult", "That username is already taken.");
    if (reason == QLatin1String("wrong_password"))
        return QCoreApplication::translate("RpcResult", "The current password is not correct.");
    if (reason == QLatin1String("sold_out")) {
        const int left = error.data.value(QStringLiteral("remaining")).toInt();
        return left == 0 ? QCoreApplication::translate("RpcResult", "Sold out.")
                         : QCoreApplication::translate("RpcResult", "Only %n ticket(s) left.", nullptr, left);
    }
    if (reason == QLatin1String("payment_declined"))
        return QCoreApplication::translate("RpcResult", "The payment was declined. No money was taken.");
    if (reason == QLatin1String("sales_closed"))
        return QCoreApplication::translate("RpcResult", "Sales have closed for this performance.");
    if (reason == QLatin1String("already_cancelled"))
        return QCoreApplication::translate("RpcResult", "This order is already cancelled.");
    if (reason == QLatin1String("performance_started"))
        return QCoreApplication::translate("RpcResult", "The performance has already started; the order can no longer be cancelled.");
    if (reason == QLatin1String("has_sales"))
        return QCoreApplication::translate("RpcResult", "Tickets have been sold or are held for this. Cancel those orders first, then delete it.");
    if (reason == QLatin1String("capacity_below_sold"))
        return QCoreApplication::translate("RpcResult", "The capacity cannot be lower than the tickets already sold or held (%1).")
            .arg(error.data.value(QStringLiteral("committed")).toInt());
    if (reason == QLatin1String("not_found"))
        return QCoreApplication::translate("RpcResult", "It no longer exists. It may have been deleted.");
    if (reason == QLatin1String("forbidden"))
        return QCoreApplication::translate("RpcResult", "Your account is not allowed to do this.");
    if (reason == QLatin1String("not_authenticated") || reason == QLatin1String("invalid_token"))
        return QCoreApplication::translate("RpcResult", "Your session has ended. Please sign in again.");
    if (reason == QLatin1String("unavailable"))
        return QCoreApplication::translate("RpcResult", "The server is busy. Please try again in a moment.");
    if (reason == QLatin1String("last_admin"))
        return QCoreApplication::translate("RpcResult", "At least one administrator must remain.");
    if (reason == QLatin1String("validation")) {
        // The server's wording is English; say the rule in the user's language where we know it.
        const QString f = field();
        if (f == QLatin1String("username"))
            return QCoreApplication::translate("RpcResult", "Usernames are 3 to 32 letters, digits, dots, dashes or underscores.");
        if (f == QLatin1String("password") || f == QLatin1String("newPassword"))
            return QCoreApplication::translate("RpcResult", "Passwords are 8 to 256 characters long.");
        if (f == QLatin1String("displayName"))
            return QCoreApplication::translate("RpcResult", "The display name is at most 64 characters.");
        if (f == QLatin1String("title") || f == QLatin1String("name") || f == QLatin1String("venue"))
            return QCoreApplication::translate("RpcResult", "Fill this in (at most 200 characters).");
        if (f == QLatin1String("description"))
            return QCoreApplication::translate("RpcResult", "The description is at most %1 characters.").arg(10000);
        if (f == QLatin1String("category"))
            return QCoreApplication::translate("RpcResult", "Choose one of the categories.");
        if (f == QLatin1String("priceCents"))
            return QCoreApplication::translate("RpcResult", "Enter a price of 0 or more.");
        if (f == QLatin1String("capacity"))
            return QCoreApplication::translate("RpcResult", "Enter a capacity of 0 or more.");
        if (f == QLatin1String("startsAt"))
            return QCoreApplication::translate("RpcResult", "Enter a valid date and time.");
        if (f == QLatin1String("quantity"))
            return QCoreApplication::translate("RpcResult", "Choose between 1 and 20 tickets.");
    }
    if (!error.message.isEmpty())
        return error.message; // anything newer than this client
    return QCoreApplication::translate("RpcResult", "Something went wrong (error %1).").arg(error.code);
}

} // namespace mq::client
