#pragma once

#include "shared/money.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace mq {

using Id = qint64;

// Any list of domain values as a JSON array of their toJson().
template<typename T>
QJsonArray toJsonArray(const QList<T> &items)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(item.toJson());
    return array;
}

QJsonArray idsToJson(const QList<Id> &ids);
QList<Id> idsFromJson(const QJsonArray &array);

enum class Role { Customer = 0, Clerk = 1, Manager = 2, Admin = 3 };
QString roleName(Role role);
std::optional<Role> roleFromName(const QString &name);

// The categories PROTOCOL.md allows, in the order a catalog shows them.
QStringList categoryNames();
bool isCategory(const QString &name);

inline const QString SeatingGeneral = QStringLiteral("general");
inline const QString SeatingReserved = QStringLiteral("reserved");

inline const QString OrderPaid = QStringLiteral("paid");
inline const QString OrderCancelled = QStringLiteral("cancelled");
inline const QString OrderRefunded = QStringLiteral("refunded");

inline const QString TicketValid = QStringLiteral("valid");
inline const QString TicketCheckedIn = QStringLiteral("checked_in");
inline const QString TicketCancelled = QStringLiteral("cancelled");

struct User
{
    Id id = 0;
    QString username;
    QString displayName;
    Role role = Role::Customer;

    QJsonObject toJson() const;
    static User fromJson(const QJsonObject &o);
};

struct TicketType
{
    Id id = 0;
    Id performanceId = 0;
    QString name;
    Cents priceCents = 0;
    qint64 capacity = 0;
    qint64 sold = 0;
    qint64 held = 0;
    bool onSale = true; // false: a manager stopped its sales (409 sales_closed)
    // Grows with every committed change of the row: pushes carry it, so a client (and the
    // server's publisher) can tell an older state that arrives late from a newer one.
    qint64 version = 0;

    qint64 remaining() const { return capacity - sold - held; }
    QJsonObject toJson() const;
    static TicketType fromJson(const QJsonObject &o);
};

struct Performance
{
    Id id = 0;
    Id eventId = 0;
    QDateTime startsAt;
    QString venue;
    QString seating = SeatingGeneral;
    std::optional<Id> venueId;
    bool noSingleSeats = false; // reserved only: a hold may not leave a lone free seat
    // The IANA time zone of where it takes place ("Asia/Shanghai"): people read startsAt in it.
    QString timeZone;
    QList<TicketType> ticketTypes;

    QJsonObject toJson() const;
    static Performance fromJson(const QJsonObject &o);
};

struct Event
{
    Id id = 0;
    QString title;
    QString category;
    QString description;
    QList<Performance> performances;

    QJsonObject toJson() const;
    static Event fromJson(const QJsonObject &o);
};

struct OrderItem
{
    Id ticketTypeId = 0;
    qint64 quantity = 0;
    Cents unitPriceCents = 0;
    // What was bought, kept with the order so history survives catalog edits.
    QString ticketTypeName;
    Id performanceId = 0;
    QString eventTitle;
    QDateTime startsAt;
    QString venue;
    QList<Id> seatIds; // reserved seating: the seats of this item, ascending
    QString timeZone;  // the performance's IANA time zone at purchase

    QJsonObject toJson() const;
    static OrderItem fromJson(const QJsonObject &o);
};

// Where a seated ticket sits, as printed on it.
struct SeatPlace
{
    QString section;
    QString row;
    QString label;
    bool accessible = false;
    bool companion = false;
    bool restrictedView = false;
    QString note;

    QJsonObject toJson() const;
    static SeatPlace fromJson(const QJsonObject &o);
};

struct Ticket
{
    Id id = 0;
    QString code;
    Id ticketTypeId = 0;
    QString status = TicketValid;
    Id seatId = 0; // 0: general admission
    SeatPlace seat;
    // What the ticket's QR code holds: the code, ticket type and seat signed by the server
    // (MQ2.<performanceId>.<code>.<ticketTypeId>.<seatId>.<signature>), so a gate can check it
    // offline. Empty when unknown (then print `code`).
    QString qr;

    QJsonObject toJson() const;
    static Ticket fromJson(const QJsonObject &o);
};

struct Order
{
    Id id = 0;
    QString code;
    Id userId = 0;
    QString status = OrderPaid;
    Cents totalCents = 0;
    QDateTime createdAt;
    QString paymentProvider;
    QList<OrderItem> items;
    QList<Ticket> tickets;

    QJsonObject toJson() const;
    static Order fromJson(const QJsonObject &o);
};

} // namespace mq
