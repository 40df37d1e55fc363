#include "support/serverfixture.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QtTest>

using namespace Qt::StringLiterals;

// --demo: a new user sees something real, and only once.
class TestE2eDemo : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyCategoryHasRealPerformances();
    void seedsOnlyOnce();

private:
    QJsonArray events();
    ServerFixture m_fixture{QStringLiteral(MARQUEE_SERVER_BINARY)};
};

void TestE2eDemo::initTestCase()
{
    QVERIFY2(m_fixture.start({u"--demo"_s}), qPrintable(m_fixture.errorString()));
}

QJsonArray TestE2eDemo::events()
{
    auto client = m_fixture.loginAs(u"customer"_s);
    if (!client)
        return {};
    return client->call(u"catalog.listEvents"_s).result.value(u"events"_s).toArray();
}

void TestE2eDemo::everyCategoryHasRealPerformances()
{
    const QJsonArray list = events();
    QSet<QString> categories;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QJsonValue &v : list) {
        const QJsonObject e = v.toObject();
        categories.insert(e.value(u"category"_s).toString());
        QVERIFY(!e.value(u"title"_s).toString().isEmpty());
        QVERIFY(!e.value(u"description"_s).toString().isEmpty());
        const QJsonArray performances = e.value(u"performances"_s).toArray();
        QVERIFY2(!performances.isEmpty(), qPrintable(e.value(u"title"_s).toString()));
        for (const QJsonValue &p : performances) {
            const QJsonObject performance = p.toObject();
            QVERIFY(QDateTime::fromString(performance.value(u"startsAt"_s).toString(), Qt::ISODate) > now);
            const QJsonArray types = performance.value(u"ticketTypes"_s).toArray();
            QVERIFY2(types.size() >= 2, "several ticket types each");
            for (const QJsonValue &t : types) {
                QVERIFY(t.toObject().value(u"priceCents"_s).toInteger() > 0);
                QVERIFY(t.toObject().value(u"remaining"_s).toInteger() > 0);
            }
        }
    }
    for (const QString &category : {u"movie"_s, u"concert"_s, u"exhibition"_s, u"flight"_s, u"train"_s})
        QVERIFY2(categories.contains(category), qPrintable(category));
    // The exhibition sells time slots: several entries on one day.
    for (const QJsonValue &v : list) {
        if (v.toObject().value(u"category"_s).toString() == u"exhibition"_s)
            QVERIFY(v.toObject().value(u"performances"_s).toArray().size() >= 4);
    }
}

void TestE2eDemo::seedsOnlyOnce()
{
    const qsizetype before = events().size();
    QVERIFY(before > 0);
    QVERIFY2(m_fixture.restart(), qPrintable(m_fixture.errorString())); // again with --demo
    QCOMPARE(events().size(), before);
}

QTEST_GUILESS_MAIN(TestE2eDemo)
#include "tst_e2e_demo.moc"
