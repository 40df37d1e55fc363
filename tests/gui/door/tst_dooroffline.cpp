// The offline door without a server: the signed QR payload is checked with libsodium against the
// kit's public key (a forged or altered one is refused, as is another show's, a cancelled or an
// already admitted ticket, and a bare code), and the scan store keeps every offline admission
// across a restart with its nonce until the upload's answer is recorded.
#include "door/offlinekit.h"
#include "door/offlinescanstore.h"
#include "door/signedcode.h"
#include "shared/utctime.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

using namespace Qt::StringLiterals;
using mq::client::OfflineKit;
using mq::client::OfflineScanStore;
using mq::client::ScanOutcome;
using mq::client::SignedCode;

namespace {

struct KeyPair
{
    unsigned char publicKey[crypto_sign_PUBLICKEYBYTES];
    unsigned char secretKey[crypto_sign_SECRETKEYBYTES];

    KeyPair() { crypto_sign_keypair(publicKey, secretKey); }

    // As the server signs today: MQ2 with the ticket type and seat (0: general admission).
    QString sign(qint64 performanceId, const QString &code, qint64 ticketTypeId = 3, qint64 seatId = 0) const
    {
        return signMessage(u"MQ2.%1.%2.%3.%4"_s.arg(performanceId).arg(code).arg(ticketTypeId).arg(seatId));
    }

    // As the first tickets were signed: MQ1, the code alone.
    QString signLegacy(qint64 performanceId, const QString &code) const
    {
        return signMessage(u"MQ1.%1.%2"_s.arg(performanceId).arg(code));
    }

    QString signMessage(const QString &text) const
    {
        const QByteArray message = text.toUtf8();
        unsigned char signature[crypto_sign_BYTES];
        crypto_sign_detached(signature, nullptr, reinterpret_cast<const unsigned char *>(message.constData()),
                             quint64(message.size()), secretKey);
        const QByteArray sig = QByteArray(reinterpret_cast<const char *>(signature), crypto_sign_BYTES)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        return QString::fromUtf8(message) + u'.' + QString::fromLatin1(sig);
    }

    QString publicKeyBase64() const
    {
        return QString::fromLatin1(
            QByteArray(reinterpret_cast<const char *>(publicKey), crypto_sign_PUBLICKEYBYTES).toBase64());
    }
};

} // namespace

class TestDoorOffline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parsesThePayload();
    void kitAdmitsOnlyGenuineValidTickets();
    void kitSurvivesItsJson();
    void storeKeepsScansAcrossRestart();
    void storeKeepsShowsAndRefusals();

private:
    QJsonObject kitJson() const;

    KeyPair m_keys;
    KeyPair m_otherKeys;
};

void TestDoorOffline::initTestCase()
{
    QVERIFY(sodium_init() >= 0);
}

QJsonObject TestDoorOffline::kitJson() const
{
    return {{u"performanceId"_s, 7},
            {u"publicKey"_s, m_keys.publicKeyBase64()},
            {u"sold"_s, 120},
            {u"capacity"_s, 150},
            {u"admitted"_s, 1},
            {u"cancelled"_s, QJsonArray{u"CANC-ELLE-D000-0001"_s}},
            {u"admittedCodes"_s,
             QJsonArray{QJsonObject{{u"code"_s, u"INSI-DE00-0000-0001"_s},
                                    {u"gate"_s, u"North"_s},
                                    {u"admittedAt"_s, u"2026-12-31T11:42:00Z"_s}}}},
            {u"ticketTypes"_s, QJsonArray{QJsonObject{{u"id"_s, 3}, {u"name"_s, u"Adult"_s}},
                                          QJsonObject{{u"id"_s, 4}, {u"name"_s, u"Child"_s}}}},
            {u"seats"_s, QJsonArray{QJsonObject{{u"id"_s, 41}, {u"section"_s, u"Stalls"_s},
                                                {u"row"_s, u"F"_s}, {u"label"_s, u"12"_s}}}},
            {u"issuedAt"_s, u"2026-12-31T11:50:00Z"_s}};
}

void TestDoorOffline::parsesThePayload()
{
    const QString payload = m_keys.sign(7, u"89N1-YYR4-JKYR-WZKB"_s, 3, 41);
    const auto code = SignedCode::parse(u"  "_s + payload + u"\n"_s);
    QVERIFY(code);
    QCOMPARE(code->performanceId(), 7);
    QCOMPARE(code->ticketCode(), u"89N1-YYR4-JKYR-WZKB"_s);
    QCOMPARE(code->ticketTypeId(), 3);
    QCOMPARE(code->seatId(), 41);
    QVERIFY(code->verify(QByteArray(reinterpret_cast<const char *>(m_keys.publicKey), 32)));
    QVERIFY(!code->verify(QByteArray(reinterpret_cast<const char *>(m_otherKeys.publicKey), 32)));
    QVERIFY(!code->verify(QByteArray("short")));
    // The first tickets' payloads (MQ1: the code alone) still pass.
    const auto legacy = SignedCode::parse(m_keys.signLegacy(7, u"89N1-YYR4-JKYR-WZKB"_s));
    QVERIFY(legacy);
    QCOMPARE(legacy->ticketCode(), u"89N1-YYR4-JKYR-WZKB"_s);
    QCOMPARE(legacy->ticketTypeId(), 0);
    QVERIFY(legacy->verify(QByteArray(reinterpret_cast<const char *>(m_keys.publicKey), 32)));
    // Not a payload: a bare code, missing or extra parts, a signature that is not base64url of
    // 64 bytes, a version and a number of parts that do not go together, ids that are not ids.
    const QString signature = payload.section(u'.', 5);
    QVERIFY(!SignedCode::parse(u"89N1-YYR4-JKYR-WZKB"_s));
    QVERIFY(!SignedCode::parse(u"MQ1.7.89N1-YYR4-JKYR-WZKB"_s));
    QVERIFY(!SignedCode::parse(payload + u".x"_s));
    QVERIFY(!SignedCode::parse(u"MQ1.7.89N1.abc"_s));
    QVERIFY(!SignedCode::parse(u"MQ1.x.89N1-YYR4-JKYR-WZKB."_s + signature));
    QVERIFY(!SignedCode::parse(u"MQ2.7.89N1-YYR4-JKYR-WZKB."_s + signature));
    QVERIFY(!SignedCode::parse(u"MQ1.7.89N1-YYR4-JKYR-WZKB.3.41."_s + signature));
    QVERIFY(!SignedCode::parse(u"MQ2.7.89N1-YYR4-JKYR-WZKB.x.41."_s + signature));
    QVERIFY(!SignedCode::parse(u"MQ2.7.89N1-YYR4-JKYR-WZKB.0.41."_s + signature));
    QVERIFY(!SignedCode::parse(u"MQ2.7.89N1-YYR4-JKYR-WZKB.3.-1."_s + signature));
    QVERIFY(!SignedCode::parse(u"MQ3.7.89N1-YYR4-JKYR-WZKB.3.41."_s + signature));
    QVERIFY(SignedCode::looksSigned(u"mq1.whatever"_s));
    QVERIFY(SignedCode::looksSigned(u"mq2.whatever"_s));
    QVERIFY(!SignedCode::looksSigned(u"89N1-YYR4-JKYR-WZKB"_s));
}

void TestDoorOffline::kitAdmitsOnlyGenuineValidTickets()
{
    const OfflineKit kit = OfflineKit::fromJson(kitJson());
    QVERIFY(kit.isValid());
    QCOMPARE(kit.sold(), 120);
    QCOMPARE(kit.admittedCount(), 1);

    // Genuine, sold after the download: admitted (the kit needs no list of valid codes).
    ScanOutcome o = kit.check(m_keys.sign(7, u"NEW0-0000-0000-0001"_s));
    QCOMPARE(o.kind, ScanOutcome::Kind::Admitted);
    QCOMPARE(o.ticketCode, u"NEW0-0000-0000-0001"_s);
    QCOMPARE(o.ticketTypeName, u"Adult"_s);
    QVERIFY(o.seat.isEmpty());
    QVERIFY(o.offline);
    // The type and seat the signature covers, named as the kit names them.
    o = kit.check(m_keys.sign(7, u"NEW0-0000-0000-0002"_s, 4, 41));
    QCOMPARE(o.kind, ScanOutcome::Kind::Admitted);
    QCOMPARE(o.ticketTypeName, u"Child"_s);
    QCOMPARE(o.seat, u"Stalls · Row F · Seat 12"_s);
    // A ticket signed before types and seats were: admitted, named by its code only.
    o = kit.check(m_keys.signLegacy(7, u"NEW0-0000-0000-0003"_s));
    QCOMPARE(o.kind, ScanOutcome::Kind::Admitted);
    QVERIFY(o.ticketTypeName.isEmpty());

    // Signed by someone else, or a code changed after signing: unknown.
    QCOMPARE(kit.check(m_otherKeys.sign(7, u"NEW0-0000-0000-0001"_s)).kind, ScanOutcome::Kind::Unknown);
    QString altered = m_keys.sign(7, u"NEW0-0000-0000-0001"_s);
    altered.replace(u"NEW0-0000-0000-0001"_s, u"NEW0-0000-0000-0002"_s);
    QCOMPARE(kit.check(altered).kind, ScanOutcome::Kind::Unknown);
    QString otherType = m_keys.sign(7, u"NEW0-0000-0000-0001"_s, 3, 0);
    otherType.replace(u".3.0."_s, u".4.0."_s);
    QCOMPARE(kit.check(otherType).kind, ScanOutcome::Kind::Unknown);
    QCOMPARE(kit.check(u"MQ1.garbage"_s).kind, ScanOutcome::Kind::Unknown);

    // Another show's genuine ticket.
    o = kit.check(m_keys.sign(8, u"OTHE-RSHO-W000-0001"_s));
    QCOMPARE(o.kind, ScanOutcome::Kind::WrongShow);
    QCOMPARE(o.otherPerformanceId, 8);

    // Cancelled (however the list spells it) and already admitted, with where and when.
    QCOMPARE(kit.check(m_keys.sign(7, u"CANC-ELLE-D000-0001"_s)).kind, ScanOutcome::Kind::Cancelled);
    QCOMPARE(kit.check(m_keys.sign(7, u"canc-elle-d000-0001"_s)).kind, ScanOutcome::Kind::Cancelled);
    o = kit.check(m_keys.sign(7, u"INSI-DE00-0000-0001"_s));
    QCOMPARE(o.kind, ScanOutcome::Kind::AlreadyAdmitted);
    QCOMPARE(o.gate, u"North"_s);
    QCOMPARE(o.admittedAt, mq::parseWireTime(u"2026-12-31T11:42:00Z"_s).value());

    // A typed code cannot be checked offline.
    QCOMPARE(kit.check(u"NEW0-0000-0000-0001"_s).kind, ScanOutcome::Kind::NeedsQr);
    // No kit at all.
    QCOMPARE(OfflineKit().check(m_keys.sign(7, u"NEW0-0000-0000-0001"_s)).kind, ScanOutcome::Kind::NoKit);

    // Admissions made online since the download count; an undo takes one back.
    OfflineKit noted = kit;
    const QDateTime at = QDateTime::currentDateTimeUtc();
    noted.noteAdmitted(u"NEW0-0000-0000-0001"_s, u"South"_s, at);
    QCOMPARE(noted.admittedCount(), 2);
    o = noted.check(m_keys.sign(7, u"NEW0-0000-0000-0001"_s));
    QCOMPARE(o.kind, ScanOutcome::Kind::AlreadyAdmitted);
    QCOMPARE(o.gate, u"South"_s);
    noted.noteUndone(u"NEW0-0000-0000-0001"_s);
    QCOMPARE(noted.admittedCount(), 1);
    QCOMPARE(noted.check(m_keys.sign(7, u"NEW0-0000-0000-0001"_s)).kind, ScanOutcome::Kind::Admitted);
}

void TestDoorOffline::kitSurvivesItsJson()
{
    const OfflineKit again = OfflineKit::fromJson(OfflineKit::fromJson(kitJson()).toJson());
    QVERIFY(again.isValid());
    QCOMPARE(again.performanceId(), 7);
    QCOMPARE(again.sold(), 120);
    QCOMPARE(again.capacity(), 150);
    QCOMPARE(again.issuedAt(), mq::parseWireTime(u"2026-12-31T11:50:00Z"_s).value());
    QCOMPARE(again.check(m_keys.sign(7, u"CANC-ELLE-D000-0001"_s)).kind, ScanOutcome::Kind::Cancelled);
    QCOMPARE(again.check(m_keys.sign(7, u"INSI-DE00-0000-0001"_s)).gate, u"North"_s);
    QCOMPARE(again.check(m_keys.sign(7, u"NEW0-0000-0000-0001"_s)).kind, ScanOutcome::Kind::Admitted);
    QCOMPARE(again.check(m_keys.sign(7, u"NEW0-0000-0000-0001"_s, 4, 41)).ticketTypeName, u"Child"_s);
    QCOMPARE(again.check(m_keys.sign(7, u"NEW0-0000-0000-0001"_s, 4, 41)).seat, u"Stalls · Row F · Seat 12"_s);

    // What the gate learnt since the download is kept with it: its admissions and the counts.
    OfflineKit learnt = again;
    learnt.noteAdmitted(u"NEW0-0000-0000-0001"_s, u"North"_s, QDateTime::currentDateTimeUtc());
    learnt.setCounts(121, 40);
    const OfflineKit reloaded = OfflineKit::fromJson(learnt.toJson());
    QCOMPARE(reloaded.sold(), 121);
    QCOMPARE(reloaded.admittedCount(), 40);
    QCOMPARE(reloaded.check(m_keys.sign(7, u"NEW0-0000-0000-0001"_s)).kind, ScanOutcome::Kind::AlreadyAdmitted);
}

void TestDoorOffline::storeKeepsScansAcrossRestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"door/scans.sqlite"_s);
    const QString first = m_keys.sign(7, u"AAAA-0000-0000-0001"_s);
    const QString second = m_keys.sign(7, u"AAAA-0000-0000-0002"_s);
    QString firstNonce;
    QString secondNonce;
    const QDateTime at = QDateTime::fromString(u"2026-12-31T11:55:00.250Z"_s, Qt::ISODateWithMs);
    {
        OfflineScanStore store(path);
        QVERIFY(store.isOpen());
        store.saveKit(7, kitJson());
        const auto a = store.record(7, u"North"_s, first, u"AAAA-0000-0000-0001"_s, at);
        const auto b = store.record(7, u"North"_s, second, u"AAAA-0000-0000-0002"_s, at.addSecs(3));
        firstNonce = a.nonce;
        secondNonce = b.nonce;
        QVERIFY(!firstNonce.isEmpty() && firstNonce != secondNonce);
        // The upload's nonce rules: 8–64 of [A-Za-z0-9_-].
        QVERIFY(QRegularExpression(u"^[A-Za-z0-9_-]{8,64}$"_s).match(firstNonce).hasMatch());
        store.record(8, u"North"_s, m_keys.sign(8, u"BBBB-0000-0000-0001"_s), u"BBBB-0000-0000-0001"_s, at);
    } // the door closes (or crashes) before uploading
    OfflineScanStore store(path);
    QVERIFY(store.isOpen());
    QCOMPARE(OfflineKit::fromJson(store.kit(7)).sold(), 120);
    QVERIFY(store.kit(9).isEmpty());
    QCOMPARE(store.pendingCount(7), 2);
    QCOMPARE(store.pendingCount(8), 1);
    const auto pending = store.pending(7);
    QCOMPARE(pending.size(), 2);
    QCOMPARE(pending.at(0).nonce, firstNonce); // oldest first, same nonce as recorded
    QCOMPARE(pending.at(0).scanned, first);
    QCOMPARE(pending.at(0).gate, u"North"_s);
    QCOMPARE(pending.at(0).scannedAt, at);
    QCOMPARE(store.pending(0).size(), 3);
    QCOMPARE(store.pending(0, 1).size(), 1);

    // This gate's own admission of a ticket, however the code is written.
    QVERIFY(store.admission(7, u"aaaa0000-0000-0001"_s));
    QVERIFY(!store.admission(7, u"AAAA-0000-0000-0009"_s));

    // Undo before the upload forgets the scan; after the upload it cannot.
    QVERIFY(store.discard(secondNonce));
    QVERIFY(!store.discard(secondNonce));
    QCOMPARE(store.pendingCount(7), 1);
    store.markUploaded(firstNonce, u"conflict"_s, u"South"_s, at.addSecs(-60));
    QCOMPARE(store.pendingCount(7), 0);
    QVERIFY(!store.discard(firstNonce));
    const auto uploaded = store.scan(firstNonce);
    QVERIFY(uploaded);
    QVERIFY(uploaded->uploaded);
    QCOMPARE(uploaded->status, u"conflict"_s);
    QCOMPARE(uploaded->resultGate, u"South"_s);
    QCOMPARE(uploaded->resultAt, at.addSecs(-60));
    // A conflict is not this gate's admission; an admitted upload is.
    QVERIFY(!store.admission(7, u"AAAA-0000-0000-0001"_s));
    const auto third = store.record(7, u"North"_s, second, u"AAAA-0000-0000-0002"_s, at);
    store.markUploaded(third.nonce, u"admitted"_s, {}, at);
    QVERIFY(store.admission(7, u"AAAA-0000-0000-0002"_s));
}

void TestDoorOffline::storeKeepsShowsAndRefusals()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"scans.sqlite"_s);
    const QDateTime at = QDateTime::fromString(u"2026-12-31T11:55:00Z"_s, Qt::ISODate);
    {
        OfflineScanStore store(path);
        store.saveKit(7, kitJson());
        store.saveKit(8, kitJson()); // a kit whose show was never saved
        mq::Performance p;
        p.id = 7;
        p.startsAt = at;
        p.venue = u"Grand Hall"_s;
        p.timeZone = u"Asia/Shanghai"_s;
        store.saveShow(p, u"Gala"_s);
        mq::Performance noKit = p;
        noKit.id = 9;
        store.saveShow(noKit, u"No kit"_s); // not offered: nothing to check tickets with
    }
    // A door restarted without a network offers the shows whose kits it has.
    OfflineScanStore store(path);
    const auto shows = store.storedShows();
    QCOMPARE(shows.size(), 2);
    QCOMPARE(shows.at(0).performance.id, 8); // no time: first
    QVERIFY(shows.at(0).eventTitle.isEmpty());
    QCOMPARE(shows.at(1).performance.id, 7);
    QCOMPARE(shows.at(1).eventTitle, u"Gala"_s);
    QCOMPARE(shows.at(1).performance.startsAt, at);
    QCOMPARE(shows.at(1).performance.venue, u"Grand Hall"_s);
    QCOMPARE(shows.at(1).performance.timeZone, u"Asia/Shanghai"_s);

    // Marking says whether anything was marked (a reply without a known nonce moves nothing).
    const auto a = store.record(7, u"North"_s, u"A"_s, u"AAAA-0000-0000-0001"_s, at);
    const auto b = store.record(8, u"North"_s, u"B"_s, u"BBBB-0000-0000-0001"_s, at);
    QCOMPARE(store.pendingCount(0), 2);
    QVERIFY(!store.markUploaded(u"no-such-nonce"_s, u"admitted"_s, {}, at));
    QCOMPARE(store.pendingCount(0), 2);
    // A batch refused for good is no longer waiting, and is kept with the server's reason.
    QVERIFY(store.markUploaded(b.nonce, u"rejected"_s, {}, {}, u"No such performance"_s));
    QCOMPARE(store.pendingCount(0), 1);
    QCOMPARE(store.pending(0).at(0).nonce, a.nonce);
    const auto refused = store.notAccepted(8);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.at(0).message, u"No such performance"_s);
    QVERIFY(!store.admission(8, u"BBBB-0000-0000-0001"_s));
    QVERIFY(store.markUploaded(a.nonce, u"admitted"_s, {}, at));
    QVERIFY(store.notAccepted(7).isEmpty());
}

QTEST_GUILESS_MAIN(TestDoorOffline)
#include "tst_dooroffline.moc"
