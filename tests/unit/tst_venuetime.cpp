// Performance times as the venue's clock reads them (issue 12): the same 19:30 on every
// computer, with the zone's abbreviation only where the computer's clock would read otherwise.
#include "core/displayformat.h"

#include <QLocale>
#include <QTest>
#include <QTimeZone>

#include <ctime>

using namespace Qt::StringLiterals;
using mq::client::DisplayFormat;

class TestVenueTime : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void cleanup()
    {
        qunsetenv("TZ");
        tzset();
    }

    void venueTimeOnAnyComputer_data()
    {
        QTest::addColumn<QString>("computer");
        QTest::addColumn<bool>("labelled");
        QTest::newRow("UTC") << u"UTC"_s << true;
        QTest::newRow("New York") << u"America/New_York"_s << true;
        QTest::newRow("Shanghai") << u"Asia/Shanghai"_s << false;
        // Another zone at the same offset reads the same time: no label either.
        QTest::newRow("Hong Kong") << u"Asia/Hong_Kong"_s << false;
    }
    void venueTimeOnAnyComputer()
    {
        QFETCH(QString, computer);
        QFETCH(bool, labelled);
        const QDateTime gala(QDate(2027, 1, 15), QTime(11, 30), QTimeZone::utc()); // 19:30 in Shanghai
        const QString text = DisplayFormat::showTime(gala, u"Asia/Shanghai"_s, QTimeZone(computer.toLatin1()));
        QVERIFY2(text.contains(u"19:30"_s), qPrintable(text));
        QVERIFY2(text.contains(u"15/01/2027"_s), qPrintable(text));
        const QString abbreviation = DisplayFormat::zoneAbbreviation(gala, QTimeZone("Asia/Shanghai"));
        QVERIFY(!abbreviation.isEmpty());
        QCOMPARE(text.endsWith(u' ' + abbreviation), labelled);
    }

    // The process's own zone (TZ) is the computer's: a Shanghai computer shows the Shanghai
    // venue bare, and a UTC computer shows it labelled, at 19:30 both.
    void followsTheProcessZone()
    {
        const QDateTime gala(QDate(2027, 1, 15), QTime(11, 30), QTimeZone::utc());
        qputenv("TZ", "Asia/Shanghai");
        tzset();
        const QString inShanghai = DisplayFormat::showTime(gala, u"Asia/Shanghai"_s);
        qputenv("TZ", "UTC");
        tzset();
        const QString inUtc = DisplayFormat::showTime(gala, u"Asia/Shanghai"_s);
        QVERIFY2(inShanghai.contains(u"19:30"_s), qPrintable(inShanghai));
        QVERIFY2(inUtc.contains(u"19:30"_s), qPrintable(inUtc));
        QVERIFY2(inUtc.startsWith(inShanghai) && inUtc.size() > inShanghai.size(), qPrintable(inUtc));
        // A venue in the computer's zone reads bare.
        QVERIFY(!DisplayFormat::showTime(gala, u"UTC"_s).contains(u"GMT"_s));
        QVERIFY(DisplayFormat::showTime(gala, u"UTC"_s).contains(u"11:30"_s));
    }

    void abbreviations()
    {
        const QDateTime winter(QDate(2027, 1, 15), QTime(12, 0), QTimeZone::utc());
        const QDateTime summer(QDate(2027, 7, 15), QTime(12, 0), QTimeZone::utc());
        // A letter abbreviation where tzdata has one, else the offset said plainly.
        for (const QByteArray zone : {"Asia/Shanghai", "America/Sao_Paulo", "Asia/Kolkata", "Europe/Berlin"}) {
            const QString a = DisplayFormat::zoneAbbreviation(winter, QTimeZone(zone));
            QVERIFY2(!a.isEmpty() && a.front() != u'+' && a.front() != u'-', qPrintable(a));
        }
        QVERIFY(DisplayFormat::zoneAbbreviation(winter, QTimeZone("Europe/Berlin"))
                != DisplayFormat::zoneAbbreviation(summer, QTimeZone("Europe/Berlin")));
        QCOMPARE(DisplayFormat::zoneAbbreviation(winter, QTimeZone("Etc/GMT-8")), u"GMT+8"_s);
    }

    void unknownZoneFallsBackToLocalTime()
    {
        const QDateTime t(QDate(2027, 1, 15), QTime(11, 30), QTimeZone::utc());
        QCOMPARE(DisplayFormat::showTime(t, QString()), DisplayFormat::dateTime(t));
        QCOMPARE(DisplayFormat::showTime(t, u"Not/AZone"_s), DisplayFormat::dateTime(t));
        QCOMPARE(DisplayFormat::inZone(t, u"Asia/Shanghai"_s).time(), QTime(19, 30));
        QVERIFY(DisplayFormat::zoneName(u"Asia/Shanghai"_s).startsWith(u"Asia/Shanghai ("_s));
    }
};

QTEST_GUILESS_MAIN(TestVenueTime)
#include "tst_venuetime.moc"
