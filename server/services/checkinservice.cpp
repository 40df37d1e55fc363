#include "services/checkinservice.h"

#include "services/clock.h"
#include "services/serviceerror.h"
#include "services/ticketsigner.h"
#include "shared/utctime.h"
#include "storage/auditrepository.h"
#include "storage/database.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace mq::services {

namespace {

const QString Admitted = u"admitted"_s;

RpcError ticketNotFound()
{
    return RpcError::notFound(u"Ticket"_s);
}

RpcError wrongPerformance(const storage::DoorTicket &t)
{
    QJsonObject data{{u"performanceId"_s, t.performanceId}, {u"eventTitle"_s, t.eventTitle}};
    if (t.startsAt.isValid())
        data.insert(u"startsAt"_s, toWireTime(t.startsAt));
    return RpcError::make(ErrorCode::Conflict, Reason::WrongPerformance,
                          u"This ticket is for another performance"_s, data);
}

RpcError ticketCancelled()
{
    return RpcError::make(ErrorCode::Gone, Reason::TicketCancelled, u"This ticket was cancelled"_s);
}

RpcError alreadyAdmitted(const storage::DoorTicket &t)
{
    return RpcError::make(ErrorCode::Conflict, Reason::AlreadyAdmitted, u"This ticket was already admitted"_s,
                          {{u"admittedAt"_s, toWireTime(t.admittedAt.value_or(QDateTime()))},
                           {u"gate"_s, t.admittedGate}});
}

storage::AuditEntry auditOf(const Caller &caller, const QString &action, const storage::DoorTicket &t,
                            const QDateTime &now, const QJsonObject &after)
{
    storage::AuditEntry e;
    e.at = now;
    e.userId = caller.user.id;
    e.username = caller.user.username;
    e.action = action;
    e.entity = u"ticket"_s;
    e.entityId = t.ticket.id;
    e.after = after;
    e.after.insert(u"code"_s, t.ticket.code);
    e.after.insert(u"performanceId"_s, t.performanceId);
    return e;
}

// What a door answer of an upload says about the admission that stands.
void addAdmission(QJsonObject &answer, const QDateTime &at, const QString &gate)
{
    answer.insert(u"admittedAt"_s, toWireTime(at));
    answer.insert(u"gate"_s, gate);
}

} // namespace

QString CheckinService::normalizedTicketCode(const QString &typed)
{
    QString chars;
    for (QChar c : typed) {
        if (c.isLetterOrNumber())
            chars.append(c.toUpper());
    }
    bool crockford = chars.size() == 16;
    for (QChar &c : chars) {
        if (!crockford)
            break;
        if (c == u'O')
            c = u'0';
        else if (c == u'I' || c == u'L')
            c = u'1';
        else if (c == u'U' || c.unicode() > 127)
            crockford = false;
    }
    if (!crockford)
        return typed.trimmed();
    return chars.left(4) + u'-' + chars.mid(4, 4) + u'-' + chars.mid(8, 4) + u'-' + chars.mid(12);
}

bool CheckinService::validNonce(const QString &nonce)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9_-]{8,64}$"_s);
    return pattern.match(nonce).hasMatch();
}

CheckinService::Resolved CheckinService::resolve(const QString &typed)
{
    const QString trimmed = typed.trimmed();
    if (!TicketSigner::looksSigned(trimmed))
        return {normalizedTicketCode(trimmed), false};
    m_signer.load(m_db);
    const auto verified = m_signer.verify(trimmed);
    if (!verified)
        return {trimmed, true};
    return {verified->code, false};
}

void CheckinService::requirePerformance(Id performanceId)
{
    if (!m_db.read([&] { return storage::CheckinRepository(m_db).performanceExists(performanceId); }))
        throw ServiceError(RpcError::notFound(u"Performance"_s));
}

qint64 CheckinService::admittedNow(Id performanceId)
{
    // Counted after the commit, so the last push of a burst carries every admission of it.
    return m_db.read([&] { return storage::CheckinRepository(m_db).admittedCount(performanceId); });
}

ScanResult CheckinService::scan(const Caller &caller, const QString &code, Id performanceId,
                                const QString &gate)
{
    const Resolved resolved = resolve(code);
    struct Outcome
    {
        std::optional<RpcError> refusal;
        storage::DoorTicket ticket;
        QDateTime at;
    };
    const Outcome outcome = m_db.write([&]() -> Outcome {
        const QDateTime now = Clock::now();
        storage::CheckinRepository repo(m_db);
        storage::ScanRecord record{performanceId, 0, code, u"scan"_s, gate, caller.user.id, {},
                                   now, now, {}, {}};
        auto refuse = [&](const RpcError &error) {
            // The performance is checked only when refusing: an admission needs no extra query.
            if (error.reason != reasonName(Reason::TicketCancelled)
                && error.reason != reasonName(Reason::AlreadyAdmitted)
                && !repo.performanceExists(performanceId))
                return Outcome{RpcError::notFound(u"Performance"_s), {}, now};
            record.result = error.reason;
            repo.recordScan(record);
            return Outcome{error, {}, now};
        };
        auto ticket = resolved.forged ? std::nullopt : repo.findByCode(resolved.code);
        if (!ticket)
            return refuse(ticketNotFound());
        record.ticketId = ticket->ticket.id;
        record.code = ticket->ticket.code;
        if (ticket->performanceId != performanceId)
            return refuse(wrongPerformance(*ticket));
        if (ticket->cancelled())
            return refuse(ticketCancelled());
        if (!repo.admit(ticket->ticket.id, now, gate, caller.user.id)) {
            // Another gate was first (or the order was cancelled meanwhile): what stands now.
            ticket = repo.findByCode(ticket->ticket.code);
            if (!ticket || ticket->cancelled())
                return refuse(ticketCancelled());
            return refuse(alreadyAdmitted(*ticket));
        }
        record.result = Admitted;
        repo.recordScan(record);
        ticket->ticket.status = TicketCheckedIn;
        ticket->admittedAt = now;
        ticket->admittedGate = gate;
        ticket->admittedBy = caller.user.id;
        storage::AuditRepository(m_db).append(auditOf(
            caller, u"checkin.admit"_s, *ticket, now, {{u"gate"_s, gate}, {u"admittedAt"_s, toWireTime(now)}}));
        return Outcome{std::nullopt, *ticket, now};
    });
    if (outcome.refusal)
        throw ServiceError(*outcome.refusal);
    ScanResult result{outcome.ticket, outcome.at, {performanceId, admittedNow(performanceId)}};
    m_signer.load(m_db);
    result.ticket.ticket.qr = m_signer.payload(result.ticket.performanceId, result.ticket.ticket);
    return result;
}

CheckinChange CheckinService::undo(const Caller &caller, const QString &code, Id performanceId)
{
    requirePerformance(performanceId);
    const Resolved resolved = resolve(code);
    const std::optional<RpcError> refusal = m_db.write([&]() -> std::optional<RpcError> {
        const QDateTime now = Clock::now();
        storage::CheckinRepository repo(m_db);
        const auto ticket = resolved.forged ? std::nullopt : repo.lockByCode(resolved.code);
        if (!ticket)
            return ticketNotFound();
        if (ticket->performanceId != performanceId)
            return wrongPerformance(*ticket);
        if (!ticket->admittedAt || !repo.unadmit(ticket->ticket.id))
            return RpcError::make(ErrorCode::Conflict, Reason::NotAdmitted, u"This ticket is not admitted"_s);
        repo.recordScan({performanceId, ticket->ticket.id, ticket->ticket.code, u"undo"_s,
                         ticket->admittedGate, caller.user.id, {}, now, now, u"undone"_s, {}});
        storage::AuditEntry audit = auditOf(caller, u"checkin.undo"_s, *ticket, now, {});
        audit.before = {{u"gate"_s, ticket->admittedGate}, {u"admittedAt"_s, toWireTime(*ticket->admittedAt)},
                        {u"code"_s, ticket->ticket.code}};
        storage::AuditRepository(m_db).append(audit);
        return std::nullopt;
    });
    if (refusal)
        throw ServiceError(*refusal);
    return {performanceId, admittedNow(performanceId)};
}

CheckinStats CheckinService::stats(Id performanceId)
{
    requirePerformance(performanceId);
    return m_db.read([&] {
        storage::CheckinRepository repo(m_db);
        CheckinStats s;
        s.sold = repo.soldCount(performanceId);
        s.gates = repo.gateCounts(performanceId);
        for (const storage::GateCount &g : std::as_const(s.gates))
            s.admitted += g.admitted;
        return s;
    });
}

OfflineKit CheckinService::offlineKit(Id performanceId)
{
    requirePerformance(performanceId);
    m_signer.load(m_db);
    OfflineKit kit = m_db.read([&] {
        storage::CheckinRepository repo(m_db);
        OfflineKit k;
        k.performanceId = performanceId;
        k.sold = repo.soldCount(performanceId);
        k.capacity = repo.capacity(performanceId);
        k.cancelled = repo.cancelledCodes(performanceId);
        k.admittedCodes = repo.admittedCodes(performanceId);
        k.admitted = k.admittedCodes.size();
        k.ticketTypes = repo.ticketTypeNames(performanceId);
        k.seats = repo.seats(performanceId);
        k.issuedAt = Clock::now();
        return k;
    });
    kit.publicKey = m_signer.publicKey();
    return kit;
}

UploadResult CheckinService::upload(const Caller &caller, Id performanceId, const QString &gate,
                                    const QList<OfflineScan> &scans)
{
    requirePerformance(performanceId);
    for (qsizetype i = 0; i < scans.size(); ++i) {
        if (!validNonce(scans.at(i).nonce))
            throw ServiceError(RpcError::validation(
                u"scans[%1].nonce"_s.arg(i), u"A nonce is 8 to 64 letters, digits, '-' or '_'"_s));
    }
    m_signer.load(m_db);
    UploadResult result;
    bool admittedAny = false;
    // One short transaction per scan, as online: an upload of hundreds never holds a lock long.
    for (const OfflineScan &scan : scans) {
        bool admitted = false;
        result.results.append(uploadOne(caller, performanceId, gate, scan, &admitted));
        admittedAny = admittedAny || admitted;
    }
    if (admittedAny)
        result.change = CheckinChange{performanceId, admittedNow(performanceId)};
    return result;
}

QJsonObject CheckinService::uploadOne(const Caller &caller, Id performanceId, const QString &gate,
                                      const OfflineScan &scan, bool *admitted)
{
    const Resolved resolved = resolve(scan.code);
    return m_db.write([&]() -> QJsonObject {
        *admitted = false;
        const QDateTime now = Clock::now();
        // A gate whose clock runs ahead cannot claim a time that has not come yet.
        QDateTime scannedAt = qMin(scan.scannedAt, now);
        storage::CheckinRepository repo(m_db);
        storage::ScanRecord record{performanceId, 0, scan.code, u"upload"_s, gate, caller.user.id,
                                   scan.nonce, scannedAt, now, {}, {}};
        QJsonObject previous;
        const Id scanId = repo.recordUpload(record, &previous);
        if (scanId == 0)
            return previous; // this nonce was uploaded before: the same answer, counted once
        QJsonObject answer{{u"nonce"_s, scan.nonce}};
        const auto ticket = resolved.forged ? std::nullopt : repo.lockByCode(resolved.code);
        auto finish = [&](const QString &status) {
            answer.insert(u"status"_s, status);
            repo.setResult(scanId, status, answer,
                           ticket ? std::optional<Ticket>(ticket->ticket) : std::nullopt);
            if (ticket) {
                QJsonObject after{{u"gate"_s, gate}, {u"status"_s, status}, {u"nonce"_s, scan.nonce},
                                  {u"scannedAt"_s, toWireTime(scannedAt)}};
                storage::AuditRepository(m_db).append(
                    auditOf(caller, u"checkin.upload"_s, *ticket, now, after));
            }
            return answer;
        };
        if (!ticket)
            return finish(u"not_found"_s);
        if (ticket->performanceId != performanceId) {
            answer.insert(u"performanceId"_s, ticket->performanceId);
            return finish(u"wrong_performance"_s);
        }
        if (ticket->cancelled())
            return finish(u"cancelled"_s);
        // Nor a time before the ticket was bought: that gate's clock is wrong, and its scan counts
        // from its upload (else a reset clock would displace every admission, the earliest
        // scan winning).
        if (scannedAt < ticket->orderCreatedAt)
            scannedAt = now;
        if (repo.admit(ticket->ticket.id, scannedAt, gate, caller.user.id)) {
            *admitted = true;
            addAdmission(answer, scannedAt, gate);
            return finish(Admitted);
        }
        // Admitted already. The earliest scan stands: an older offline scan takes the place of
        // the admission, which becomes the conflict.
        if (ticket->admittedAt && scannedAt < *ticket->admittedAt
            && repo.replaceAdmission(ticket->ticket.id, scannedAt, gate, caller.user.id)) {
            repo.recordScan({performanceId, ticket->ticket.id, ticket->ticket.code, u"upload"_s,
                             ticket->admittedGate, ticket->admittedBy, {}, *ticket->admittedAt, now,
                             u"displaced"_s, {}});
            *admitted = true;
            addAdmission(answer, scannedAt, gate);
            return finish(Admitted);
        }
        addAdmission(answer, ticket->admittedAt.value_or(QDateTime()), ticket->admittedGate);
        return finish(u"conflict"_s);
    });
}

QList<storage::ScanConflict> CheckinService::conflicts(Id performanceId)
{
    requirePerformance(performanceId);
    return m_db.read([&] { return storage::CheckinRepository(m_db).conflicts(performanceId); });
}

} // namespace mq::services
