#pragma once

#include "shared/domain.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace mq::storage {

class Database;

// A ticket as the door sees it.
struct DoorTicket
{
    Ticket ticket;
    Id orderId = 0;
    QString orderStatus;
    Id performanceId = 0;
    QString ticketTypeName;
    QString eventTitle;
    QDateTime startsAt;
    std::optional<QDateTime> admittedAt;
    QString admittedGate;
    Id admittedBy = 0;
    QDateTime orderCreatedAt; // nobody is let in with a ticket before it was bought

    bool cancelled() const { return ticket.status == TicketCancelled || orderStatus != OrderPaid; }
};

// One row of checkin_scans: a scan, an undo or an uploaded offline scan, with what came of it.
struct ScanRecord
{
    Id performanceId = 0;
    Id ticketId = 0; // 0: the code named no ticket
    QString code;
    QString kind; // "scan", "undo", "upload"
    QString gate;
    Id userId = 0;
    QString nonce; // uploads only
    QDateTime scannedAt;
    QDateTime recordedAt;
    QString result; // "admitted", "already_admitted", "conflict", "displaced", "not_found", …
    QJsonObject answer; // an upload's answer, repeated for its nonce
};

struct GateCount
{
    QString gate;
    qint64 admitted = 0;
};

struct AdmittedCode
{
    QString code;
    QString gate;
    QDateTime admittedAt;
};

struct OtherScan
{
    QString gate;
    QDateTime scannedAt;
};

struct ScanConflict
{
    DoorTicket ticket;
    QList<OtherScan> otherScans;
};

// Admissions on the ticket rows and the record of every scan. An admission is one conditional
// UPDATE of the ticket row, so it happens at most once whatever runs at the same moment.
class CheckinRepository
{
public:
    explicit CheckinRepository(Database &db) : m_db(db) {}

    bool performanceExists(Id performanceId);
    std::optional<DoorTicket> findByCode(const QString &code);
    // The same, with the ticket row locked until the transaction ends (PostgreSQL).
    std::optional<DoorTicket> lockByCode(const QString &code);
    // True when this call admitted the ticket (it was valid and not admitted).
    bool admit(Id ticketId, const QDateTime &at, const QString &gate, Id userId);
    // An earlier offline scan takes the place of the admission that stands, if that one is later.
    bool replaceAdmission(Id ticketId, const QDateTime &at, const QString &gate, Id userId);
    // True when the ticket was admitted and no longer is.
    bool unadmit(Id ticketId);
    // The first admitted ticket of the order, its tickets locked against admissions meanwhile.
    std::optional<DoorTicket> lockAdmittedOf(Id orderId);

    Id recordScan(const ScanRecord &scan);
    // For an upload: the row of its nonce, or 0 when that nonce was recorded before (then
    // `previous` holds the answer it had).
    Id recordUpload(const ScanRecord &scan, QJsonObject *previous);
    // The upload's result and stored answer, and the ticket its code named (if any).
    void setResult(Id scanId, const QString &result, const QJsonObject &answer,
                   const std::optional<Ticket> &ticket);

    qint64 admittedCount(Id performanceId);
    qint64 soldCount(Id performanceId);
    qint64 capacity(Id performanceId);
    QList<GateCount> gateCounts(Id performanceId);
    QStringList cancelledCodes(Id performanceId);
    QList<AdmittedCode> admittedCodes(Id performanceId);
    QList<ScanConflict> conflicts(Id performanceId);
    // The performance's ticket types (id, name) and, when it has reserved seating, its venue's
    // seats (id, place): what a door offline names for the type and seat a signed code carries.
    QList<std::pair<Id, QString>> ticketTypeNames(Id performanceId);
    QList<std::pair<Id, SeatPlace>> seats(Id performanceId);

private:
    std::optional<DoorTicket> load(const QString &code, bool lock);
    Database &m_db;
};

} // namespace mq::storage
