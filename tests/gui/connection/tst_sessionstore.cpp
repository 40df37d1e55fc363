#include "core/sessionstore.h"

#include <QSignalSpy>
#include <QtTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace mq::client;

// "Remember me" through QtKeychain. Run twice by ctest: under a private D-Bus session with an
// unlocked gnome-keyring (MARQUEE_EXPECT_KEYCHAIN=1: the token must come back), and without any
// keychain (nothing is remembered, and nothing fails).
class TestSessionStore : public QObject
{
    Q_OBJECT
private slots:
    void rememberLoadForget();
    void disabledStoreNeverRemembers();

private:
    template<typename Predicate>
    bool waitFor(Predicate ready)
    {
        QDeadlineTimer deadline(20000);
        while (!ready() && !deadline.hasExpired())
            QTest::qWait(10);
        return ready();
    }
};

void TestSessionStore::rememberLoadForget()
{
    const bool expectKeychain = qEnvironmentVariableIntValue("MARQUEE_EXPECT_KEYCHAIN") == 1;
    SessionStore store;
    const QString server = u"127.0.0.1:%1"_s.arg(QCoreApplication::applicationPid());
    std::optional<bool> saved;
    store.save(server, u"token-abc"_s, [&](bool ok) { saved = ok; });
    QVERIFY(waitFor([&] { return saved.has_value(); }));
    if (expectKeychain)
        QVERIFY2(*saved, "a keychain is running, so the token must be stored");

    std::optional<QString> loaded;
    store.load(server, [&](const QString &token) { loaded = token; });
    QVERIFY(waitFor([&] { return loaded.has_value(); }));
    QCOMPARE(*loaded, *saved ? u"token-abc"_s : QString());
    // Another server's token is another entry.
    std::optional<QString> other;
    store.load(server + u"1"_s, [&](const QString &token) { other = token; });
    QVERIFY(waitFor([&] { return other.has_value(); }));
    QVERIFY(other->isEmpty());

    bool forgotten = false;
    store.forget(server, [&] { forgotten = true; });
    QVERIFY(waitFor([&] { return forgotten; }));
    loaded.reset();
    store.load(server, [&](const QString &token) { loaded = token; });
    QVERIFY(waitFor([&] { return loaded.has_value(); }));
    QVERIFY(loaded->isEmpty());
}

void TestSessionStore::disabledStoreNeverRemembers()
{
    SessionStore store;
    store.setEnabled(false); // kiosk mode
    std::optional<bool> saved;
    store.save(u"kiosk:1"_s, u"secret"_s, [&](bool ok) { saved = ok; });
    QVERIFY(saved.has_value());
    QVERIFY(!*saved);
    std::optional<QString> loaded;
    store.load(u"kiosk:1"_s, [&](const QString &token) { loaded = token; });
    QVERIFY(loaded.has_value() && loaded->isEmpty());
}

QTEST_GUILESS_MAIN(TestSessionStore)
#include "tst_sessionstore.moc"
