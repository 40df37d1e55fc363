// How the client writes amounts for people: the locale's currency pattern with thousands
// separators, whatever the machine's locale is.
#include "core/displayformat.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using mq::client::DisplayFormat;

class TestDisplayFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void money_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("expected");
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        const QLocale zh(QLocale::Chinese, QLocale::China);
        QTest::newRow("en small") << en << qint64(4500) << u"¥45.00"_s;
        QTest::newRow("en thousands") << en << qint64(114000) << u"¥1,140.00"_s;
        QTest::newRow("en millions") << en << qint64(123456789) << u"¥1,234,567.89"_s;
        QTest::newRow("en zero") << en << qint64(0) << u"¥0.00"_s;
        QTest::newRow("en one cent") << en << qint64(1) << u"¥0.01"_s;
        QTest::newRow("zh thousands") << zh << qint64(114000) << u"¥1,140.00"_s;
        // A bare machine's C locale still groups thousands as people write them.
        QTest::newRow("C locale") << QLocale::c() << qint64(114000) << u"¥1,140.00"_s;
    }
    void money()
    {
        QFETCH(QLocale, locale);
        QFETCH(qint64, cents);
        QFETCH(QString, expected);
        QLocale::setDefault(locale);
        QCOMPARE(DisplayFormat::money(cents), expected);
    }

    void negativeAmountsKeepTheirSign()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString refund = DisplayFormat::money(-114000);
        // en_US writes it the accountant's way, "(¥1,140.00)"; other locales with a minus.
        QVERIFY2(refund.contains(u"1,140.00"_s)
                     && (refund.contains(u'-') || refund.startsWith(u'(')),
                 qPrintable(refund));
        QVERIFY(refund != DisplayFormat::money(114000));
    }
};

QTEST_GUILESS_MAIN(TestDisplayFormat)
#include "tst_displayformat.moc"
