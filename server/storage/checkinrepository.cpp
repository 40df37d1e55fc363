#include "storage/checkinrepository.h"

#include "shared/utctime.h"
#include "storage/database.h"

#include <QHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace mq::storage {

namespace {

// The columns readDoorTicket() reads, from tickets t, orders o, order_items i and seats s.
const QString DoorTicketColumns =
    u"SELECT t.id, t.code, t.ticket_type_id, t.status, t.seat_id, s.section, s.row_label, s.label,"
    " s.accessible, s.companion, s.restricted_view, s.note, t.order_id, o.status, t.performance_id,"
    " i.ticket_type_name, i.event_title, i.starts_at, t.admitted_at, t.admitted_gate, t.admitted_by,"
    " o.created_at FROM tickets t JOIN orders o ON o.id = t.order_id"
    " LEFT JOIN order_items i ON i.id = (SELECT MIN(i2.id) FROM order_items i2"
    "   WHERE i2.order_id = t.order_id AND i2.ticket_type_id = t.ticket_type_id)"
    " LEFT JOIN seats s ON s.id = t.seat_id "_s;

DoorTicket readDoorTicket(const QSqlQuery &q)
{
    DoorTicket d;
    d.ticket.id = q.value(0).toLongLong();
    d.ticket.code = q.value(1).toString();
    d.ticket.ticketTypeId = q.value(2).toLongLong();
    d.ticket.status = q.value(3).toString();
    if (!q.value(4).isNull()) {
        d.ticket.seatId = q.value(4).toLongLong();
        d.ticket.seat = SeatPlace{q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                                  q.value(8).toInt() != 0, q.value(9).toInt() != 0,
                                  q.value(10).toInt() != 0, q.value(11).toString()};
    }
    d.orderId = q.value(12).toLongLong();
    d.orderStatus = q.value(13).toString();
    d.performanceId = q.value(14).toLongLong();
    d.ticketTypeName = q.value(15).toString();
    d.eventTitle = q.value(16).toString();
    if (!q.value(17).isNull())
        d.startsAt = fromStorageTime(q.value(17).toLongLong());
    if (!q.value(18).isNull())
        d.admittedAt = fromStorageTime(q.value(18).toLongLong());
    d.admittedGate = q.value(19).toString();
    d.admittedBy = q.value(20).toLongLong();
    d.orderCreatedAt = fromStorageTime(q.value(21).toLongLong());
    return d;
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

bool CheckinRepository::performanceExists(Id performanceId)
{
    return m_db.scalar(u"SELECT COUNT(*) FROM performances WHERE id = ?"_s, {performanceId}) > 0;
}

std::optional<DoorTicket> CheckinRepository::load(const QString &code, bool lock)
{
    QSqlQuery &q = m_db.exec(DoorTicketColumns + u"WHERE t.code = ?"_s
                                 + (lock ? m_db.dialect().forUpdate(u"t"_s) : QString()),
                             {code});
    if (!q.next())
        return std::nullopt;
    DoorTicket d = readDoorTicket(q);
    q.finish();
    return d;
}

std::optional<DoorTicket> CheckinRepository::findByCode(const QString &code)
{
    return load(code, false);
}

std::optional<DoorTicket> CheckinRepository::lockByCode(const QString &code)
{
    return load(code, true);
}

bool CheckinRepository::admit(Id ticketId, const QDateTime &at, const QString &gate, Id userId)
{
    // The condition is the guard: of any number of gates running this at once, one changes the
    // row; PostgreSQL makes the others wait for it and then finds the condition false.
    return m_db.exec(u"UPDATE tickets SET status = ?, admitted_at = ?, admitted_gate = ?, admitted_by = ?"
                     " WHERE id = ? AND status = ? AND admitted_at IS NULL"_s,
                     {TicketCheckedIn, toStorageTime(at), gate, idOrNull(userId), ticketId, TicketValid})
               .numRowsAffected()
           == 1;
}

bool CheckinRepository::replaceAdmission(Id ticketId, const QDateTime &at, const QString &gate, Id userId)
{
    return m_db.exec(u"UPDATE tickets SET admitted_at = ?, admitted_gate = ?, admitted_by = ?"
                     " WHERE id = ? AND status = ? AND admitted_at > ?"_s,
                     {toStorageTime(at), gate, idOrNull(userId), ticketId, TicketCheckedIn,
                      toStorageTime(at)})
               .numRowsAffected()
           == 1;
}

bool CheckinRepository::unadmit(Id ticketId)
{
    return m_db.exec(u"UPDATE tickets SET status = ?, admitted_at = NULL, admitted_gate = NULL,"
                     " admitted_by = NULL WHERE id = ? AND status = ?"_s,
                     {TicketValid, ticketId, TicketCheckedIn})
               .numRowsAffected()
           == 1;
}

std::optional<DoorTicket> CheckinRepository::lockAdmittedOf(Id orderId)
{
    // Every ticket of the order locked (not only the admitted ones): a door admitting one of them
    // meanwhile waits for the cancellation, then finds it cancelled.
    QList<QString> admitted;
    {
        QSqlQuery &q = m_db.exec(u"SELECT code, admitted_at FROM tickets WHERE order_id = ? ORDER BY id"_s
                                     + m_db.dialect().forUpdate(),
                                 {orderId});
        while (q.next()) {
            if (!q.value(1).isNull())
                admitted.append(q.value(0).toString());
        }
    }
    if (admitted.isEmpty())
        return std::nullopt;
    return findByCode(admitted.first());
}

Id CheckinRepository::recordScan(const ScanRecord &s)
{
    return m_db.scalar(u"INSERT INTO checkin_scans (performance_id, ticket_id, code, kind, gate, user_id,"
                       " nonce, scanned_at, recorded_at, result, answer)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                       {s.performanceId, idOrNull(s.ticketId), s.code.left(200), s.kind, s.gate,
                        idOrNull(s.userId),
                        s.nonce.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s.nonce),
                        toStorageTime(s.scannedAt), toStorageTime(s.recordedAt), s.result,
                        s.answer.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                           : QVariant(compact(s.answer))});
}

Id CheckinRepository::recordUpload(const ScanRecord &s, QJsonObject *previous)
{
    // A nonce recorded by an upload still in flight elsewhere: PostgreSQL waits for it to
    // commit, then inserts nothing, and its answer is read below.
    const Id id = m_db.scalar(
        u"INSERT INTO checkin_scans (performance_id, ticket_id, code, kind, gate, user_id, nonce,"
        " scanned_at, recorded_at, result) VALUES (?, NULL, ?, 'upload', ?, ?, ?, ?, ?, 'pending')"
        " ON CONFLICT (nonce) DO NOTHING RETURNING id"_s,
        {s.performanceId, s.code.left(200), s.gate, idOrNull(s.userId), s.nonce,
         toStorageTime(s.scannedAt), toStorageTime(s.recordedAt)});
    if (id > 0)
        return id;
    QSqlQuery &q = m_db.exec(u"SELECT answer FROM checkin_scans WHERE nonce = ?"_s, {s.nonce});
    if (q.next())
        *previous = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    q.finish();
    return 0;
}

void CheckinRepository::setResult(Id scanId, const QString &result, const QJsonObject &answer,
                                  const std::optional<Ticket> &ticket)
{
    if (ticket)
        m_db.exec(u"UPDATE checkin_scans SET result = ?, answer = ?, ticket_id = ?, code = ? WHERE id = ?"_s,
                  {result, compact(answer), ticket->id, ticket->code, scanId});
    else
        m_db.exec(u"UPDATE checkin_scans SET result = ?, answer = ? WHERE id = ?"_s,
                  {result, compact(answer), scanId});
}

qint64 CheckinRepository::admittedCount(Id performanceId)
{
    return m_db.scalar(u"SELECT COUNT(*) FROM tickets WHERE performance_id = ? AND admitted_at IS NOT NULL"_s,
                       {performanceId});
}

qint64 CheckinRepository::soldCount(Id performanceId)
{
    return m_db.scalar(u"SELECT COUNT(*) FROM tickets WHERE performance_id = ? AND status <> ?"_s,
                       {performanceId, TicketCancelled});
}

qint64 CheckinRepository::capacity(Id performanceId)
{
    return m_db.scalar(u"SELECT COALESCE(SUM(capacity), 0) FROM ticket_types WHERE performance_id = ?"_s,
                       {performanceId});
}

QList<GateCount> CheckinRepository::gateCounts(Id performanceId)
{
    QList<GateCount> gates;
    QSqlQuery &q = m_db.exec(u"SELECT admitted_gate, COUNT(*) FROM tickets WHERE performance_id = ?"
                             " AND admitted_at IS NOT NULL GROUP BY admitted_gate ORDER BY admitted_gate"_s,
                             {performanceId});
    while (q.next())
        gates.append({q.value(0).toString(), q.value(1).toLongLong()});
    return gates;
}

QStringList CheckinRepository::cancelledCodes(Id performanceId)
{
    QStringList codes;
    QSqlQuery &q = m_db.exec(u"SELECT t.code FROM tickets t JOIN orders o ON o.id = t.order_id"
                             " WHERE t.performance_id = ? AND (t.status = ? OR o.status <> ?) ORDER BY t.id"_s,
                             {performanceId, TicketCancelled, OrderPaid});
    while (q.next())
        codes.append(q.value(0).toString());
    return codes;
}

QList<AdmittedCode> CheckinRepository::admittedCodes(Id performanceId)
{
    QList<AdmittedCode> codes;
    QSqlQuery &q = m_db.exec(u"SELECT code, admitted_gate, admitted_at FROM tickets"
                             " WHERE performance_id = ? AND admitted_at IS NOT NULL ORDER BY admitted_at, id"_s,
                             {performanceId});
    while (q.next())
        codes.append({q.value(0).toString(), q.value(1).toString(), fromStorageTime(q.value(2).toLongLong())});
    return codes;
}

QList<std::pair<Id, QString>> CheckinRepository::ticketTypeNames(Id performanceId)
{
    QList<std::pair<Id, QString>> names;
    QSqlQuery &q = m_db.exec(u"SELECT id, name FROM ticket_types WHERE performance_id = ? ORDER BY id"_s,
                             {performanceId});
    while (q.next())
        names.append({q.value(0).toLongLong(), q.value(1).toString()});
    return names;
}

QList<std::pair<Id, SeatPlace>> CheckinRepository::seats(Id performanceId)
{
    QList<std::pair<Id, SeatPlace>> seats;
    QSqlQuery &q = m_db.exec(u"SELECT s.id, s.section, s.row_label, s.label FROM performances p"
                             " JOIN seats s ON s.venue_id = p.venue_id"
                             " WHERE p.id = ? AND p.seating = ? ORDER BY s.id"_s,
                             {performanceId, SeatingReserved});
    while (q.next())
        seats.append({q.value(0).toLongLong(),
                      SeatPlace{q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), false,
                                false, false, {}}});
    return seats;
}

QList<ScanConflict> CheckinRepository::conflicts(Id performanceId)
{
    // Scans that lost to another admission of the same ticket, grouped per ticket.
    QList<std::pair<QString, OtherScan>> rows;
    {
        QSqlQuery &q = m_db.exec(u"SELECT t.code, s.gate, s.scanned_at FROM checkin_scans s"
                                 " JOIN tickets t ON t.id = s.ticket_id"
                                 " WHERE s.performance_id = ? AND s.result IN ('conflict', 'displaced')"
                                 " AND t.admitted_at IS NOT NULL ORDER BY t.id, s.scanned_at, s.id"_s,
                                 {performanceId});
        while (q.next())
            rows.append({q.value(0).toString(),
                         OtherScan{q.value(1).toString(), fromStorageTime(q.value(2).toLongLong())}});
    }
    QList<ScanConflict> out;
    QHash<QString, qsizetype> index;
    for (const auto &[code, scan] : std::as_const(rows)) {
        if (!index.contains(code)) {
            index.insert(code, out.size());
            out.append(ScanConflict{{}, {}});
            out.last().ticket.ticket.code = code;
        }
        out[index.value(code)].otherScans.append(scan);
    }
    if (out.isEmpty())
        return out;
    // The tickets themselves in one query.
    QSqlQuery &q = m_db.exec(DoorTicketColumns + u"WHERE t.performance_id = ? AND t.id IN"
                             " (SELECT s.ticket_id FROM checkin_scans s WHERE s.performance_id = ?"
                             " AND s.result IN ('conflict', 'displaced'))"_s,
                             {performanceId, performanceId});
    while (q.next()) {
        const DoorTicket t = readDoorTicket(q);
        if (const auto at = index.constFind(t.ticket.code); at != index.constEnd())
            out[*at].ticket = t;
    }
    out.removeIf([](const ScanConflict &c) { return c.ticket.ticket.id == 0; });
    return out;
}

} // namespace mq::storage
