#pragma once

#include "shared/domain.h"

namespace mq {

// Reserved seating values as the wire carries them (PROTOCOL.md, "Reserved seating").

struct VenueSeat
{
    Id id = 0;
    QString label;
    double x = 0;
    double y = 0;
    bool accessible = false;
    bool aisleAfter = false;
    bool companion = false;      // next to a wheelchair place
    bool restrictedView = false;
    QString note;

    QJsonObject toJson() const;
};

struct VenueRow
{
    QString label;
    QList<VenueSeat> seats;
};

struct VenueSection
{
    QString name;
    QList<VenueRow> rows;
};

struct Venue
{
    Id id = 0;
    QString name;
    qint64 seatCount = 0;
    double focusX = 0;
    double focusY = 0;
    QString timeZone; // IANA id: the venue's performances are read in its local time
    QList<VenueSection> sections;

    QJsonObject toJson() const;
    // {id, name, seatCount, timeZone}: what a list of venues shows.
    QJsonObject summaryJson() const;
};

inline const QString HoldActive = QStringLiteral("active");
inline const QString HoldReleased = QStringLiteral("released");
inline const QString HoldExpired = QStringLiteral("expired");
inline const QString HoldCheckedOut = QStringLiteral("checked_out");

struct HoldItem
{
    Id ticketTypeId = 0;
    qint64 quantity = 0;
    Cents unitPriceCents = 0;
    QList<Id> seatIds; // empty for general admission

    QJsonObject toJson() const;
};

struct Hold
{
    Id id = 0;
    Id performanceId = 0;
    Id userId = 0;
    QString status = HoldActive;
    QDateTime expiresAt;
    QDateTime payingSince; // set while a checkout waits for the gateway

    bool isPaying() const { return payingSince.isValid(); }
    QList<HoldItem> items;

    qint64 quantity() const;
    Cents totalCents() const;
    QList<Id> seatIds() const;
    QJsonObject toJson() const;
};

// One seat of a performance as seats.getMap and seats.changed show it.
namespace SeatStatus {
inline constexpr char Available = 'a';
inline constexpr char Held = 'h';
inline constexpr char Sold = 's';
inline constexpr char Blocked = 'b';
inline constexpr char NotOnSale = 'x';
} // namespace SeatStatus

} // namespace mq
