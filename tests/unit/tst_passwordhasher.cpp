// The password hasher: hashes and checks; its lowered priority never starves a sign-in (on a
// machine whose every core is busy a hash still finishes within seconds); while a sale rush is
// served, hashes are spaced out.
#include "services/passwordhasher.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using mq::services::PasswordHasher;

class TestPasswordHasher : public QObject
{
    Q_OBJECT

private slots:
    void hashesAndVerifies();
    void hashFinishesWithEveryCoreBusy();
    void hashesAreSpacedOutWhileBusy();
};

void TestPasswordHasher::hashesAndVerifies()
{
    PasswordHasher hasher(1);
    const QString hash = hasher.hash(u"harbour-lights"_s);
    QVERIFY(hash.startsWith(u"$argon2id$"_s));
    QVERIFY(hasher.verify(hash, u"harbour-lights"_s));
    QVERIFY(!hasher.verify(hash, u"harbour-lights!"_s));
    QVERIFY(!PasswordHasher::needsRehash(hash));
}

void TestPasswordHasher::hashFinishesWithEveryCoreBusy()
{
    PasswordHasher hasher(1);
    const QString hash = hasher.hash(u"harbour-lights"_s);
    // On a quiet machine a hash takes a fraction of a second.
    QElapsedTimer quiet;
    quiet.start();
    QVERIFY(hasher.verify(hash, u"harbour-lights"_s));
    const qint64 quietMs = quiet.elapsed();

    // Every core busy at normal priority: the hash thread (nice 10) still gets about a tenth of
    // a core. An idle-priority thread (SCHED_IDLE) would get ~0.3 %: 27 s for one hash here.
    std::atomic<bool> stop{false};
    std::vector<std::unique_ptr<QThread>> busy;
    for (int i = 0; i < QThread::idealThreadCount(); ++i) {
        busy.emplace_back(QThread::create([&stop] {
            volatile quint64 spin = 0;
            while (!stop.load(std::memory_order_relaxed))
                spin = spin + 1;
        }));
        busy.back()->start();
    }
    QElapsedTimer saturated;
    saturated.start();
    const bool ok = hasher.verify(hash, u"harbour-lights"_s);
    const qint64 saturatedMs = saturated.elapsed();
    stop = true;
    for (auto &t : busy)
        t->wait();
    QVERIFY(ok);
    qInfo("one hash: %lld ms on a quiet machine, %lld ms with every core busy", quietMs, saturatedMs);
    QVERIFY2(saturatedMs < 8000, qPrintable(u"%1 ms"_s.arg(saturatedMs)));
}

void TestPasswordHasher::hashesAreSpacedOutWhileBusy()
{
    // While a sale rush is served, a hash starts at most every PauseAtMost; otherwise at once.
    PasswordHasher hasher(1);
    const QString hash = hasher.hash(u"harbour-lights"_s);
    std::atomic<bool> busy{false};
    hasher.setPauseWhile([&busy] { return busy.load(); });
    QElapsedTimer quiet;
    quiet.start();
    for (int i = 0; i < 3; ++i)
        QVERIFY(hasher.verify(hash, u"harbour-lights"_s));
    const qint64 quietMs = quiet.elapsed();

    busy = true;
    QElapsedTimer rush;
    rush.start();
    for (int i = 0; i < 3; ++i)
        QVERIFY(hasher.verify(hash, u"harbour-lights"_s));
    const qint64 rushMs = rush.elapsed();
    qInfo("three hashes: %lld ms, %lld ms while busy", quietMs, rushMs);
    const qint64 pause = PasswordHasher::PauseAtMost.count();
    QVERIFY2(rushMs >= 2 * pause, qPrintable(u"%1 ms"_s.arg(rushMs)));
    QVERIFY2(quietMs < 3 * pause, qPrintable(u"%1 ms"_s.arg(quietMs)));

    // The rush over, the next hash does not wait out its turn.
    busy = false;
    QElapsedTimer after;
    after.start();
    QVERIFY(hasher.verify(hash, u"harbour-lights"_s));
    QVERIFY2(after.elapsed() < pause, qPrintable(u"%1 ms"_s.arg(after.elapsed())));
}

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
