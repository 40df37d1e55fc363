#include "door/doorstation.h"

#include "core/displayformat.h"
#include "core/rpcresult.h"
#include "core/serverconnection.h"
#include "door/offlinescanstore.h"
#include "door/signedcode.h"
#include "shared/methods.h"
#include "shared/utctime.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QTimer>

#include <utility>

using namespace Qt::StringLiterals;

namespace mq::client {

Q_LOGGING_CATEGORY(lcDoor, "marquee.door")

namespace {
constexpr int UploadTimeoutMs = 30000;
constexpr int DefaultKitRefreshMs = 60000;
constexpr int DefaultRetryMs = 5000;
constexpr int StatsDelayMs = 250;

QDateTime timeOf(const QJsonValue &v)
{
    return parseWireTime(v.toString()).value_or(QDateTime());
}
} // namespace

DoorStation::DoorStation(ServerConnection *connection, OfflineScanStore *store, QObject *parent)
    : QObject(parent),
      m_connection(connection),
      m_store(store),
      m_retryBaseMs(DefaultRetryMs),
      m_kitTimer(new QTimer(this)),
      m_statsTimer(new QTimer(this)),
      m_retryTimer(new QTimer(this)),
      m_kitSaveTimer(new QTimer(this))
{
    // A gate restarted without a network must still refuse whom it let in before: the kit on
    // disk follows this gate's admissions and the last counts, a second or so behind.
    m_kitSaveTimer->setSingleShot(true);
    m_kitSaveTimer->setInterval(1000);
    connect(m_kitSaveTimer, &QTimer::timeout, this, &DoorStation::saveKitNow);
    m_kitTimer->setInterval(DefaultKitRefreshMs);
    connect(m_kitTimer, &QTimer::timeout, this, [this] {
        refreshKit();
        refreshConflicts();
        refreshStats(); // pushes of one burst may arrive out of order
        uploadPending();
    });
    m_statsTimer->setSingleShot(true);
    m_statsTimer->setInterval(StatsDelayMs);
    connect(m_statsTimer, &QTimer::timeout, this, &DoorStation::refreshStats);
    m_retryTimer->setSingleShot(true);
    m_retryTimer->setInterval(DefaultRetryMs);
    connect(m_retryTimer, &QTimer::timeout, this, &DoorStation::uploadPending);

    connect(connection, &ServerConnection::stateChanged, this, &DoorStation::onStateChanged);
    connect(connection, &ServerConnection::pushReceived, this, &DoorStation::onPush);
    m_wasOnline = isOnline();
}

DoorStation::~DoorStation()
{
    stop();
}

void DoorStation::start(const Performance &performance, const QString &eventTitle, const QString &gate)
{
    stop();
    m_performance = performance;
    m_eventTitle = eventTitle;
    m_gate = gate;
    m_sessionAdmissions.clear();
    m_conflicts.clear();
    m_gates.clear();
    m_sold = 0;
    m_serverAdmitted = 0;
    // The kit downloaded last time, until a fresh one arrives (or for good, offline).
    loadKit(m_store->kit(performance.id));
    if (m_kit.isValid()) {
        m_sold = m_kit.sold();
        m_serverAdmitted = m_kit.admittedCount();
    }
    updatePending();
    // So that a door restarted without a network can pick this show again.
    if (performance.startsAt.isValid())
        m_store->saveShow(performance, eventTitle);
    if (m_connection)
        m_connection->subscribe(performance.id);
    m_kitTimer->start();
    refreshStats();
    refreshKit();
    refreshConflicts();
    uploadPending();
    Q_EMIT countsChanged();
    Q_EMIT conflictsChanged();
}

void DoorStation::stop()
{
    if (m_kitSaveTimer->isActive())
        saveKitNow();
    m_kitSaveTimer->stop();
    if (m_performance.id > 0 && m_connection)
        m_connection->unsubscribe(m_performance.id);
    m_performance = Performance{};
    m_kit = OfflineKit{};
    m_kitTimer->stop();
    m_statsTimer->stop();
    setLast(std::nullopt);
}

bool DoorStation::isOnline() const
{
    return m_connection && m_connection->isConnected();
}

qint64 DoorStation::admitted() const
{
    return m_serverAdmitted + m_pending;
}

QList<QPair<QString, qint64>> DoorStation::gates() const
{
    QList<QPair<QString, qint64>> gates = m_gates;
    if (m_pending > 0) {
        auto it = std::find_if(gates.begin(), gates.end(), [this](const auto &g) { return g.first == m_gate; });
        if (it == gates.end())
            gates.append({m_gate, m_pending});
        else
            it->second += m_pending;
    }
    return gates;
}

void DoorStation::setKitRefreshInterval(int ms)
{
    m_kitTimer->setInterval(ms);
}

void DoorStation::setRetryInterval(int ms)
{
    m_retryBaseMs = ms;
    m_retryTimer->setInterval(ms);
}

QList<OfflineScanStore::Scan> DoorStation::notAccepted() const
{
    return isStarted() ? m_store->notAccepted(m_performance.id) : QList<OfflineScanStore::Scan>{};
}

QString DoorStation::ticketTypeName(Id ticketTypeId) const
{
    for (const TicketType &t : m_performance.ticketTypes) {
        if (t.id == ticketTypeId)
            return t.name;
    }
    return {};
}

void DoorStation::setLast(std::optional<LastScan> last)
{
    const bool had = m_last.has_value();
    m_last = std::move(last);
    if (had != m_last.has_value())
        Q_EMIT undoAvailable(m_last.has_value());
}

// --- scanning ---------------------------------------------------------------------------------

void DoorStation::scan(const QString &text)
{
    const QString scanned = text.trimmed();
    if (scanned.isEmpty() || !isStarted())
        return;
    const quint64 sequence = ++m_sequence;
    // Admitted here offline and not uploaded yet: the server cannot know, this gate does.
    if (m_pending > 0) {
        const auto signedCode = SignedCode::parse(scanned);
        const QString code = signedCode ? signedCode->ticketCode() : scanned;
        if (const auto own = m_store->admission(m_performance.id, code); own && !own->uploaded) {
            ScanOutcome outcome;
            outcome.kind = ScanOutcome::Kind::AlreadyAdmitted;
            outcome.scanned = scanned;
            outcome.ticketCode = code;
            outcome.gate = own->gate;
            outcome.admittedAt = own->scannedAt;
            outcome.sequence = sequence;
            Q_EMIT answered(outcome);
            return;
        }
    }
    if (!isOnline()) {
        admitOffline(scanned, sequence);
        return;
    }
    m_connection->call(methodName(Method::CheckinScan),
                       {{u"code"_s, scanned}, {u"performanceId"_s, m_performance.id}, {u"gate"_s, m_gate}},
                       this, [this, scanned, sequence](const RpcResult &r) { onScanAnswered(scanned, sequence, r); },
                       m_scanTimeoutMs);
}

void DoorStation::onScanAnswered(const QString &scanned, quint64 sequence, const RpcResult &r)
{
    if (r.kind == RpcResult::Kind::Timeout || r.kind == RpcResult::Kind::Disconnected) {
        // The network went away under the scan (or the server is slow): the door decides by itself.
        admitOffline(scanned, sequence, true);
        return;
    }
    ScanOutcome outcome;
    outcome.scanned = scanned;
    outcome.sequence = sequence;
    outcome.gate = m_gate;
    const QJsonObject data = r.error.data;
    // The bare code for the banner: the server's answer names the ticket only when it admits.
    if (const auto signedCode = SignedCode::parse(scanned))
        outcome.ticketCode = signedCode->ticketCode();
    else
        outcome.ticketCode = scanned;
    if (r.ok()) {
        const Ticket ticket = Ticket::fromJson(r.result.value(u"ticket"_s).toObject());
        outcome.kind = ScanOutcome::Kind::Admitted;
        outcome.ticketCode = ticket.code;
        outcome.ticketTypeName = ticketTypeName(ticket.ticketTypeId);
        if (ticket.seatId > 0)
            outcome.seat = DisplayFormat::seatPlace(ticket.seat);
        outcome.admittedAt = timeOf(r.result.value(u"admittedAt"_s));
        const OfflineKit::Admission admission{m_gate, outcome.admittedAt};
        m_sessionAdmissions.insert(OfflineKit::normalized(ticket.code), admission);
        m_kit.noteAdmitted(ticket.code, m_gate, outcome.admittedAt);
        saveKitSoon();
        setLast(LastScan{scanned, ticket.code, {}});
        m_statsTimer->start();
    } else if (r.is(404)) {
        outcome.kind = ScanOutcome::Kind::Unknown;
    } else if (r.is(409, u"already_admitted"_s)) {
        outcome.kind = ScanOutcome::Kind::AlreadyAdmitted;
        outcome.gate = data.value(u"gate"_s).toString();
        outcome.admittedAt = timeOf(data.value(u"admittedAt"_s));
    } else if (r.is(409, u"wrong_performance"_s)) {
        outcome.kind = ScanOutcome::Kind::WrongShow;
        outcome.otherPerformanceId = data.value(u"performanceId"_s).toInteger();
    } else if (r.is(410)) {
        outcome.kind = ScanOutcome::Kind::Cancelled;
    } else {
        outcome.kind = ScanOutcome::Kind::Failed;
        outcome.message = r.message();
    }
    Q_EMIT answered(outcome);
    if (outcome.kind == ScanOutcome::Kind::WrongShow && outcome.otherPerformanceId > 0)
        describeOtherShow(outcome);
}

void DoorStation::admitOffline(const QString &scanned, quint64 sequence, bool sent)
{
    ScanOutcome outcome = m_kit.check(scanned);
    outcome.sequence = sequence;
    if (outcome.kind == ScanOutcome::Kind::Admitted) {
        if (const auto own = m_store->admission(m_performance.id, outcome.ticketCode)) {
            outcome.kind = ScanOutcome::Kind::AlreadyAdmitted;
            outcome.gate = own->gate;
            outcome.admittedAt = own->scannedAt;
        } else {
            const auto recorded = m_store->record(m_performance.id, m_gate, scanned, outcome.ticketCode,
                                                  QDateTime::currentDateTimeUtc());
            if (recorded.nonce.isEmpty()) {
                outcome.kind = ScanOutcome::Kind::Failed;
                outcome.message = tr("This scan could not be saved on this computer. Do not admit.");
            } else {
                outcome.nonce = recorded.nonce;
                outcome.gate = m_gate;
                outcome.admittedAt = recorded.scannedAt;
                setLast(LastScan{scanned, outcome.ticketCode, recorded.nonce, sent});
                updatePending();
                // Judged here because the server was slow, not gone: it gets the scan soon.
                if (isOnline() && !m_retryTimer->isActive())
                    m_retryTimer->start(m_retryBaseMs);
                Q_EMIT countsChanged();
            }
        }
    }
    Q_EMIT answered(outcome);
}

void DoorStation::describeOtherShow(ScanOutcome outcome)
{
    // The ticket's show by name and time, so the guest can be sent to the right door.
    m_connection->call(
        methodName(Method::CatalogGetPerformance), {{u"performanceId"_s, outcome.otherPerformanceId}}, this,
        [this, outcome](const RpcResult &r) mutable {
            if (!r.ok())
                return;
            const Performance other = Performance::fromJson(r.result.value(u"performance"_s).toObject());
            const QString when = DisplayFormat::showTime(other.startsAt, other.timeZone);
            outcome.message = other.venue.isEmpty() ? when : tr("%1 · %2", "time · venue").arg(when, other.venue);
            Q_EMIT answerRefined(outcome);
            const QString at = toWireTime(other.startsAt);
            m_connection->call(methodName(Method::CatalogListEvents), {{u"from"_s, at}, {u"to"_s, at}}, this,
                               [this, outcome, other](const RpcResult &events) mutable {
                                   if (!events.ok())
                                       return;
                                   for (const QJsonValue &v : events.result.value(u"events"_s).toArray()) {
                                       const Event e = Event::fromJson(v.toObject());
                                       if (e.id == other.eventId) {
                                           const QString when = DisplayFormat::showTime(other.startsAt, other.timeZone);
                                           outcome.message =
                                               other.venue.isEmpty()
                                                   ? tr("%1, %2", "title, time").arg(e.title, when)
                                                   : tr("%1, %2 · %3", "title, time · venue").arg(e.title, when, other.venue);
                                           Q_EMIT answerRefined(outcome);
                                           return;
                                       }
                                   }
                               });
        });
}

// --- undo -------------------------------------------------------------------------------------

void DoorStation::undo()
{
    if (!m_last || m_undoAfterUpload)
        return;
    const LastScan last = *m_last;
    ScanOutcome outcome;
    outcome.kind = ScanOutcome::Kind::Undone;
    outcome.scanned = last.scanned;
    outcome.ticketCode = last.ticketCode;
    outcome.sequence = ++m_sequence;
    undoLast(last, outcome);
}

void DoorStation::undoLast(const LastScan &last, const ScanOutcome &outcome)
{
    if (!last.nonce.isEmpty()) {
        // In the upload under way: the server may be admitting it this moment. Its answer
        // decides whether the scan is forgotten here or undone on the server.
        if (m_inFlight.contains(last.nonce)) {
            m_undoAfterUpload = PendingUndo{last, outcome};
            return;
        }
        // Sent to a server that did not answer in time: it may have admitted the ticket all the
        // same, and forgetting the scan here would leave that admission. Upload it, then undo.
        const auto waiting = last.sent ? m_store->scan(last.nonce) : std::nullopt;
        if (waiting && !waiting->uploaded) {
            if (!isOnline()) {
                ScanOutcome failed = outcome;
                failed.kind = ScanOutcome::Kind::NotUndone;
                failed.message = tr("This scan may have reached the server; undo it when the door is back online.");
                Q_EMIT answered(failed);
                return;
            }
            if (!m_uploading)
                uploadPending();
            if (m_uploading) {
                m_undoAfterUpload = PendingUndo{last, outcome};
                return;
            }
        }
    }
    undoNow(last, outcome);
}

void DoorStation::undoNow(const LastScan &last, ScanOutcome outcome)
{
    // Not uploaded yet: forgotten here, the server never hears of it.
    if (!last.nonce.isEmpty() && m_store->discard(last.nonce)) {
        outcome.offline = true;
        if (m_last && m_last->nonce == last.nonce)
            setLast(std::nullopt);
        updatePending();
        Q_EMIT countsChanged();
        Q_EMIT answered(outcome);
        return;
    }
    // checkin.undo takes back whatever admission stands: only when it is this scan's.
    if (const QString refusal = undoRefusal(last); !refusal.isEmpty()) {
        outcome.kind = ScanOutcome::Kind::NotUndone;
        outcome.message = refusal;
        if (m_last && m_last->scanned == last.scanned && m_last->nonce == last.nonce)
            setLast(std::nullopt);
        Q_EMIT answered(outcome);
        return;
    }
    if (!isOnline()) {
        outcome.kind = ScanOutcome::Kind::NotUndone;
        outcome.message = tr("This admission is already on the server; undo it when the door is back online.");
        Q_EMIT answered(outcome);
        return;
    }
    m_connection->call(methodName(Method::CheckinUndo), {{u"code"_s, last.scanned}, {u"performanceId"_s, m_performance.id}},
                       this, [this, last, outcome](const RpcResult &r) mutable {
                           if (r.ok() || r.is(409, u"not_admitted"_s)) {
                               finishUndo(last);
                               Q_EMIT answered(outcome);
                               return;
                           }
                           outcome.kind = ScanOutcome::Kind::NotUndone;
                           outcome.message = r.message();
                           Q_EMIT answered(outcome);
                       });
}

QString DoorStation::undoRefusal(const LastScan &last) const
{
    const auto elsewhere = [this](const QString &gate, const QDateTime &at) {
        const QString where = gate.isEmpty() ? tr("another gate") : gate;
        const QString when = at.isValid() ? ScanOutcome::venueTime(at, m_performance.timeZone)
                                          : QString();
        return when.isEmpty()
                   ? tr("The ticket's admission that counts was made at %1, not by this scan.").arg(where)
                   : tr("The ticket's admission that counts was made at %1, %2, not by this scan.")
                         .arg(where, when);
    };
    if (!last.nonce.isEmpty()) {
        const auto scan = m_store->scan(last.nonce);
        if (!scan)
            return tr("This scan is no longer on this computer.");
        if (scan->status == u"conflict"_s)
            return elsewhere(scan->resultGate, scan->resultAt);
        if (scan->status != u"admitted"_s)
            return tr("The server did not accept this scan, so it admitted no one.");
    }
    // A later kit knows when another gate's earlier offline scan took this admission's place.
    if (const auto standing = m_kit.admission(last.ticketCode); standing && standing->gate != m_gate)
        return elsewhere(standing->gate, standing->admittedAt);
    return {};
}

void DoorStation::finishUndo(const LastScan &last)
{
    m_sessionAdmissions.remove(OfflineKit::normalized(last.ticketCode));
    m_kit.noteUndone(last.ticketCode);
    saveKitSoon();
    if (!last.nonce.isEmpty())
        m_store->markUploaded(last.nonce, u"undone"_s, {}, {});
    if (m_last && m_last->scanned == last.scanned)
        setLast(std::nullopt);
    m_statsTimer->start();
}

// --- numbers, kit, conflicts ------------------------------------------------------------------

void DoorStation::refreshStats()
{
    if (!isStarted() || !isOnline())
        return;
    const Id performanceId = m_performance.id;
    m_connection->call(methodName(Method::CheckinStats), {{u"performanceId"_s, performanceId}}, this,
                       [this, performanceId](const RpcResult &r) {
                           if (!r.ok() || performanceId != m_performance.id)
                               return;
                           m_sold = r.result.value(u"sold"_s).toInteger();
                           m_serverAdmitted = r.result.value(u"admitted"_s).toInteger();
                           qCDebug(lcDoor) << "stats" << r.result;
                           m_gates.clear();
                           for (const QJsonValue &v : r.result.value(u"gates"_s).toArray()) {
                               const QJsonObject g = v.toObject();
                               m_gates.append({g.value(u"gate"_s).toString(), g.value(u"admitted"_s).toInteger()});
                           }
                           if (m_kit.isValid()) {
                               m_kit.setCounts(m_sold, m_serverAdmitted);
                               saveKitSoon();
                           }
                           Q_EMIT countsChanged();
                       });
}

void DoorStation::refreshKit()
{
    if (!isStarted() || !isOnline())
        return;
    const Id performanceId = m_performance.id;
    m_connection->call(methodName(Method::CheckinOfflineKit), {{u"performanceId"_s, performanceId}}, this,
                       [this, performanceId](const RpcResult &r) {
                           if (!r.ok()) {
                               qCWarning(lcDoor) << "no offline kit:" << r.message();
                               return;
                           }
                           if (performanceId != m_performance.id)
                               return;
                           m_store->saveKit(performanceId, r.result);
                           loadKit(r.result);
                       });
}

void DoorStation::loadKit(const QJsonObject &json)
{
    m_kit = OfflineKit::fromJson(json);
    for (auto it = m_sessionAdmissions.cbegin(); it != m_sessionAdmissions.cend(); ++it)
        m_kit.noteAdmitted(it.key(), it->gate, it->admittedAt);
    if (!m_sessionAdmissions.isEmpty())
        saveKitSoon();
    Q_EMIT kitChanged();
}

void DoorStation::saveKitSoon()
{
    if (m_kit.isValid() && !m_kitSaveTimer->isActive())
        m_kitSaveTimer->start();
}

void DoorStation::saveKitNow()
{
    if (m_kit.isValid() && m_kit.performanceId() == m_performance.id)
        m_store->saveKit(m_kit.performanceId(), m_kit.toJson());
}

void DoorStation::refreshConflicts()
{
    if (!isStarted() || !isOnline())
        return;
    const Id performanceId = m_performance.id;
    m_connection->call(methodName(Method::CheckinConflicts), {{u"performanceId"_s, performanceId}}, this,
                       [this, performanceId](const RpcResult &r) {
                           if (!r.ok() || performanceId != m_performance.id)
                               return;
                           m_conflicts.clear();
                           for (const QJsonValue &v : r.result.value(u"conflicts"_s).toArray()) {
                               CheckinConflict c = CheckinConflict::fromJson(v.toObject());
                               // A slow answer's scan, admitted online and uploaded from here too,
                               // is one admission at one gate, not two.
                               c.otherScans.removeIf([&c](const auto &other) {
                                   return other.gate == c.gate && other.scannedAt.isValid() && c.admittedAt.isValid() &&
                                          qAbs(other.scannedAt.secsTo(c.admittedAt)) <= OwnAdmissionWindowSecs;
                               });
                               if (!c.otherScans.isEmpty())
                                   m_conflicts.append(c);
                           }
                           Q_EMIT conflictsChanged();
                       });
}

void DoorStation::updatePending()
{
    const int pending = isStarted() ? m_store->pendingCount(m_performance.id) : 0;
    if (pending != m_pending) {
        m_pending = pending;
        Q_EMIT pendingChanged(pending);
    }
}

// --- uploading --------------------------------------------------------------------------------

void DoorStation::uploadPending()
{
    if (m_uploading || !isOnline())
        return;
    const QList<OfflineScanStore::Scan> waiting = m_store->pending(0, MaxUploadBatch);
    if (waiting.isEmpty())
        return;
    m_retryTimer->stop();
    // One batch is one performance and one gate (as recorded; the gate may have been renamed).
    const Id performanceId = waiting.first().performanceId;
    const QString gate = waiting.first().gate;
    QJsonArray scans;
    QHash<QString, QDateTime> sent;
    for (const auto &s : waiting) {
        if (s.performanceId != performanceId || s.gate != gate)
            continue;
        scans.append(QJsonObject{{u"nonce"_s, s.nonce}, {u"code"_s, s.scanned}, {u"scannedAt"_s, toWireTime(s.scannedAt)}});
        sent.insert(s.nonce, s.scannedAt);
    }
    const int pendingBefore = m_store->pendingCount(0);
    m_uploading = true;
    m_inFlight = QSet<QString>(sent.keyBegin(), sent.keyEnd());
    m_connection->call(
        methodName(Method::CheckinUpload), {{u"performanceId"_s, performanceId}, {u"gate"_s, gate}, {u"scans"_s, scans}},
        this,
        [this, performanceId, gate, sent, pendingBefore](const RpcResult &r) {
            onUploaded(r, performanceId, gate, sent, pendingBefore);
        },
        UploadTimeoutMs);
}

void DoorStation::onUploaded(const RpcResult &r, Id performanceId, const QString &gate,
                             const QHash<QString, QDateTime> &sent, int pendingBefore)
{
    m_uploading = false;
    m_inFlight.clear();
    // The server refuses the whole batch for good (the performance deleted, this user's role
    // gone, a malformed scan): resending would block every later scan behind it forever.
    const bool permanent = r.kind == RpcResult::Kind::Error && r.error.code >= 400 && r.error.code < 500 &&
                           r.error.code != 401 && r.error.code != 408 && r.error.code != 429;
    if (!r.ok() && !permanent) {
        // The same scans with the same nonces go again later: the server counts each once.
        qCWarning(lcDoor) << "upload failed:" << r.message();
        retryLater();
    } else if (!r.ok()) {
        qCWarning(lcDoor) << "upload refused:" << r.message();
        for (auto it = sent.cbegin(); it != sent.cend(); ++it) {
            if (m_store->markUploaded(it.key(), u"rejected"_s, {}, {}, r.message()))
                ++m_tallyRefused;
        }
    } else {
        int admitted = 0;
        for (const QJsonValue &v : r.result.value(u"results"_s).toArray()) {
            const QJsonObject result = v.toObject();
            const QString nonce = result.value(u"nonce"_s).toString();
            QString status = result.value(u"status"_s).toString();
            const QString resultGate = result.value(u"gate"_s).toString();
            const QDateTime resultAt = timeOf(result.value(u"admittedAt"_s));
            // The server admitted this very scan online but answered after the door had judged it
            // by itself: this gate's own admission, not a conflict.
            const bool own = status == u"conflict"_s && resultGate == gate && sent.contains(nonce) &&
                             resultAt.isValid() &&
                             qAbs(resultAt.secsTo(sent.value(nonce))) <= OwnAdmissionWindowSecs;
            if (own)
                status = u"admitted"_s;
            if (!m_store->markUploaded(nonce, status, resultGate, resultAt))
                continue;
            if (own)
                ++m_tallyAdmitted; // already in the server's count
            else if (status == u"admitted"_s)
                ++admitted;
            else if (status == u"conflict"_s)
                ++m_tallyConflicts;
            else
                ++m_tallyRefused;
        }
        m_tallyAdmitted += admitted;
        if (performanceId == m_performance.id)
            m_serverAdmitted += admitted; // until the stats say exactly
    }
    updatePending();
    if (m_undoAfterUpload) {
        const PendingUndo pending = *std::exchange(m_undoAfterUpload, std::nullopt);
        if (!r.ok() && !permanent) {
            ScanOutcome failed = pending.outcome;
            failed.kind = ScanOutcome::Kind::NotUndone;
            failed.message = tr("The server did not answer. Try again in a moment.");
            Q_EMIT answered(failed);
        } else {
            undoLast(pending.last, pending.outcome);
        }
    }
    if (!r.ok() && !permanent)
        return;
    const int pendingAfter = m_store->pendingCount(0);
    if (pendingAfter > 0) {
        // Straight on only when this batch moved something; never a tight loop.
        if (pendingAfter < pendingBefore) {
            m_backoffMs = 0;
            uploadPending();
        } else {
            retryLater();
        }
        return;
    }
    m_backoffMs = 0;
    Q_EMIT uploadFinished(m_tallyAdmitted, m_tallyConflicts, m_tallyRefused);
    m_tallyAdmitted = m_tallyConflicts = m_tallyRefused = 0;
    refreshStats();
    refreshConflicts();
    Q_EMIT conflictsChanged(); // the scans the server did not accept are listed with them
    Q_EMIT countsChanged();
}

void DoorStation::retryLater()
{
    // The base interval (5 s), then twice as long each time nothing moved, at most a minute.
    m_backoffMs = m_backoffMs == 0 ? m_retryBaseMs : qMin(m_backoffMs * 2, MaxRetryMs);
    m_retryTimer->start(m_backoffMs);
}

// --- connection -------------------------------------------------------------------------------

void DoorStation::onStateChanged()
{
    const bool online = isOnline();
    if (online == m_wasOnline)
        return;
    m_wasOnline = online;
    Q_EMIT onlineChanged(online);
    if (online && isStarted()) {
        // Pushes may have been missed: everything again, then what was admitted meanwhile.
        refreshStats();
        refreshKit();
        refreshConflicts();
    }
    if (online) {
        m_backoffMs = 0;
        uploadPending();
    }
}

void DoorStation::onPush(const QString &method, const QJsonObject &params)
{
    if (method != QLatin1StringView(CheckinChangedPush) || !isStarted() ||
        params.value(u"performanceId"_s).toInteger() != m_performance.id)
        return;
    m_serverAdmitted = params.value(u"admitted"_s).toInteger();
    qCDebug(lcDoor) << "checkin.changed" << params;
    Q_EMIT countsChanged();
    m_statsTimer->start(); // the gates' counts
}

} // namespace mq::client
