#pragma once

#include "services/caller.h"
#include "services/checkinchange.h"
#include "storage/checkinrepository.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace mq::storage {
class Database;
}

namespace mq::services {

class TicketSigner;

struct ScanResult
{
    storage::DoorTicket ticket; // as admitted, with its signed `qr`
    QDateTime admittedAt;
    CheckinChange change;
};

struct CheckinStats
{
    qint64 sold = 0;
    qint64 admitted = 0;
    QList<storage::GateCount> gates;
};

// What a gate needs to admit people by itself while the network is gone.
struct OfflineKit
{
    Id performanceId = 0;
    QByteArray publicKey;
    qint64 sold = 0;
    qint64 capacity = 0;
    qint64 admitted = 0;
    QStringList cancelled;
    QList<storage::AdmittedCode> admittedCodes;
    QList<std::pair<Id, QString>> ticketTypes; // id, name
    QList<std::pair<Id, SeatPlace>> seats;     // reserved seating only
    QDateTime issuedAt;
};

// One scan a gate made while offline.
struct OfflineScan
{
    QString nonce;
    QString code;
    QDateTime scannedAt;
};

struct UploadResult
{
    QJsonArray results; // one answer per scan, in order
    std::optional<CheckinChange> change; // when something was admitted
};

// Letting people in: each admission is one short transaction with a conditional UPDATE of the
// ticket row, so a ticket is admitted once however many gates and server instances scan it
// at the same moment. Every scan is recorded (checkin_scans) and every change audited with the
// gate and the clerk.
class CheckinService
{
public:
    static constexpr int MaxUpload = 500;

    CheckinService(storage::Database &db, TicketSigner &signer) : m_db(db), m_signer(signer) {}

    // Throws 404 not_found, 409 wrong_performance, 410 ticket_cancelled, 409 already_admitted.
    ScanResult scan(const Caller &caller, const QString &code, Id performanceId, const QString &gate);
    // Throws 404 not_found, 409 wrong_performance, 409 not_admitted.
    CheckinChange undo(const Caller &caller, const QString &code, Id performanceId);
    CheckinStats stats(Id performanceId);
    OfflineKit offlineKit(Id performanceId);
    UploadResult upload(const Caller &caller, Id performanceId, const QString &gate,
                        const QList<OfflineScan> &scans);
    QList<storage::ScanConflict> conflicts(Id performanceId);

    // A ticket code as people or scanners type it — any case, spaces or dashes anywhere, O for 0,
    // I or L for 1 — in its printed form ("K3VQ-8M2D-XW4R-7PZA"); other text trimmed, as is.
    static QString normalizedTicketCode(const QString &typed);
    static bool validNonce(const QString &nonce);

private:
    struct Resolved
    {
        QString code;        // the code to look up (printed form)
        bool forged = false; // a signed payload whose signature is wrong
    };
    Resolved resolve(const QString &typed);
    void requirePerformance(Id performanceId);
    QJsonObject uploadOne(const Caller &caller, Id performanceId, const QString &gate,
                          const OfflineScan &scan, bool *admitted);
    qint64 admittedNow(Id performanceId);

    storage::Database &m_db;
    TicketSigner &m_signer;
};

} // namespace mq::services
