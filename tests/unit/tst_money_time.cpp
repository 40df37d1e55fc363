#include "shared/domain.h"
#include "shared/jsonfields.h"
#include "shared/money.h"
#include "shared/utctime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

QStringList keysOf(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// Present with exactly these names; extra fields are allowed by the protocol but listed here
// so that a rename shows up.
void checkKeys(const QJsonObject &o, const QStringList &required, const QStringList &extra = {})
{
    for (const QString &key : required)
        QVERIFY2(o.contains(key), qPrintable(u"missing "_s + key));
    QCOMPARE(keysOf(o), sorted(required + extra));
}

} // namespace

class TestMoneyTime : public QObject
{
    Q_OBJECT

private slots:
    void multiplyCents();
    void formatCents_data();
    void formatCents();
    void parseCents_data();
    void parseCents();
    void parseFormatRoundTrip();

    void parseWireTime_data();
    void parseWireTime();
    void parseWireTimeRejects_data();
    void parseWireTimeRejects();
    void toWireTime();
    void storageTime();
    void jsonInteger_data();
    void jsonInteger();

    void roles();
    void categories();
    void user();
    void ticketType();
    void performance();
    void reservedPerformance();
    void seatedOrder();
    void event();
    void order();
    void fromProtocolText();
};

void TestMoneyTime::multiplyCents()
{
    mq::Cents total = -1;
    QVERIFY(mq::multiplyCents(4500, 2, &total));
    QCOMPARE(total, 9000);
    QVERIFY(mq::multiplyCents(4500, 0, &total));
    QCOMPARE(total, 0);
    QVERIFY(mq::multiplyCents(-250, 3, &total));
    QCOMPARE(total, -750);
    QVERIFY(mq::multiplyCents(mq::MaxPriceCents, 20, &total));
    QCOMPARE(total, mq::MaxPriceCents * 20);

    const qint64 max = std::numeric_limits<qint64>::max();
    QVERIFY(mq::multiplyCents(max, 1, &total));
    QCOMPARE(total, max);
    QVERIFY(!mq::multiplyCents(max, 2, &total));
    QVERIFY(!mq::multiplyCents(max / 2 + 1, 2, &total));
    QVERIFY(!mq::multiplyCents(qint64(1) << 32, qint64(1) << 31, &total));
    QVERIFY(!mq::multiplyCents(std::numeric_limits<qint64>::min(), -1, &total));
    QVERIFY(!mq::multiplyCents(-(qint64(1) << 40), qint64(1) << 40, &total));
}

void TestMoneyTime::formatCents_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("text");
    QTest::newRow("0") << qint64(0) << u"0.00"_s;
    QTest::newRow("5") << qint64(5) << u"0.05"_s;
    QTest::newRow("50") << qint64(50) << u"0.50"_s;
    QTest::newRow("100") << qint64(100) << u"1.00"_s;
    QTest::newRow("1234") << qint64(1234) << u"12.34"_s;
    QTest::newRow("-5") << qint64(-5) << u"-0.05"_s;
    QTest::newRow("-1234") << qint64(-1234) << u"-12.34"_s;
    QTest::newRow("max price") << mq::MaxPriceCents << u"100000000.00"_s;
    QTest::newRow("int64 max") << std::numeric_limits<qint64>::max() << u"92233720368547758.07"_s;
    QTest::newRow("int64 min") << std::numeric_limits<qint64>::min() << u"-92233720368547758.08"_s;
}

void TestMoneyTime::formatCents()
{
    QFETCH(qint64, cents);
    QFETCH(QString, text);
    QCOMPARE(mq::formatCents(cents), text);
    QString comma = text;
    comma.replace(u'.', u',');
    QCOMPARE(mq::formatCents(cents, u','), comma);
}

void TestMoneyTime::parseCents_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("cents");
    QTest::newRow("whole") << u"12"_s << true << qint64(1200);
    QTest::newRow("one decimal") << u"12.3"_s << true << qint64(1230);
    QTest::newRow("two decimals") << u"12.34"_s << true << qint64(1234);
    QTest::newRow("zero") << u"0"_s << true << qint64(0);
    QTest::newRow("0.05") << u"0.05"_s << true << qint64(5);
    QTest::newRow("no leading digit") << u".5"_s << true << qint64(50);
    QTest::newRow("comma") << u"12,34"_s << true << qint64(1234);
    QTest::newRow("negative") << u"-0.05"_s << true << qint64(-5);
    QTest::newRow("negative whole") << u"-12"_s << true << qint64(-1200);
    QTest::newRow("surrounding space") << u"  45.00 "_s << true << qint64(4500);
    QTest::newRow("leading zeros") << u"007.10"_s << true << qint64(710);
    QTest::newRow("15 digits") << u"999999999999999.99"_s << true << qint64(99999999999999999);

    QTest::newRow("empty") << u""_s << false << qint64(0);
    QTest::newRow("spaces") << u"   "_s << false << qint64(0);
    QTest::newRow("three decimals") << u"12.345"_s << false << qint64(0);
    QTest::newRow("three zero decimals") << u"1.000"_s << false << qint64(0);
    QTest::newRow("letters") << u"abc"_s << false << qint64(0);
    QTest::newRow("trailing letters") << u"12abc"_s << false << qint64(0);
    QTest::newRow("currency") << u"$12"_s << false << qint64(0);
    QTest::newRow("two points") << u"1.2.3"_s << false << qint64(0);
    QTest::newRow("just a point") << u"."_s << false << qint64(0);
    QTest::newRow("just a minus") << u"-"_s << false << qint64(0);
    QTest::newRow("double minus") << u"--5"_s << false << qint64(0);
    QTest::newRow("plus sign") << u"+5"_s << false << qint64(0);
    QTest::newRow("exponent") << u"1e3"_s << false << qint64(0);
    QTest::newRow("inner space") << u"1 000"_s << false << qint64(0);
    QTest::newRow("thousands separator") << u"1,000.00"_s << false << qint64(0);
    QTest::newRow("16 digits") << u"1234567890123456"_s << false << qint64(0);
    QTest::newRow("huge") << u"99999999999999999999999"_s << false << qint64(0);
}

void TestMoneyTime::parseCents()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, cents);
    mq::Cents out = -4242;
    QCOMPARE(mq::parseCents(text, &out), ok);
    if (ok)
        QCOMPARE(out, cents);
    else
        QCOMPARE(out, -4242); // untouched on failure
}

void TestMoneyTime::parseFormatRoundTrip()
{
    for (const qint64 c : {qint64(0), qint64(1), qint64(9), qint64(10), qint64(99), qint64(4500),
                           qint64(-1), qint64(-100), qint64(123456789), mq::MaxPriceCents}) {
        mq::Cents back = 0;
        QVERIFY2(mq::parseCents(mq::formatCents(c), &back), qPrintable(mq::formatCents(c)));
        QCOMPARE(back, c);
    }
}

void TestMoneyTime::parseWireTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("protocol example") << u"2026-12-31T19:30:00Z"_s << utc(2026, 12, 31, 19, 30, 0);
    QTest::newRow("milliseconds") << u"2026-12-31T19:30:00.123Z"_s
                                  << utc(2026, 12, 31, 19, 30, 0, 123);
    QTest::newRow("one fraction digit")
        << u"2026-12-31T19:30:00.5Z"_s << utc(2026, 12, 31, 19, 30, 0, 500);
    QTest::newRow("microseconds truncated")
        << u"2026-12-31T19:30:00.123456Z"_s << utc(2026, 12, 31, 19, 30, 0, 123);
    QTest::newRow("nanoseconds truncated")
        << u"2026-12-31T19:30:00.999999999Z"_s << utc(2026, 12, 31, 19, 30, 0, 999);
    QTest::newRow("+08:00") << u"2027-01-01T03:30:00+08:00"_s << utc(2026, 12, 31, 19, 30, 0);
    QTest::newRow("-05:30") << u"2026-12-31T14:00:00-05:30"_s << utc(2026, 12, 31, 19, 30, 0);
    QTest::newRow("+00:00") << u"2026-12-31T19:30:00+00:00"_s << utc(2026, 12, 31, 19, 30, 0);
    QTest::newRow("offset with fraction")
        << u"2026-06-01T08:00:00.250+02:00"_s << utc(2026, 6, 1, 6, 0, 0, 250);
    QTest::newRow("leap day") << u"2028-02-29T00:00:00Z"_s << utc(2028, 2, 29, 0, 0, 0);
    QTest::newRow("epoch") << u"1970-01-01T00:00:00Z"_s << utc(1970, 1, 1, 0, 0, 0);
}

void TestMoneyTime::parseWireTime()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const std::optional<QDateTime> t = mq::parseWireTime(text);
    QVERIFY(t.has_value());
    QVERIFY(t->isValid());
    QCOMPARE(t->timeSpec(), Qt::UTC);
    QCOMPARE(t->toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
    QCOMPARE(*t, expected);
}

void TestMoneyTime::parseWireTimeRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("no zone") << u"2026-12-31T19:30:00"_s;
    QTest::newRow("no zone with fraction") << u"2026-12-31T19:30:00.5"_s;
    QTest::newRow("30 February") << u"2026-02-30T10:00:00Z"_s;
    QTest::newRow("29 February, not a leap year") << u"2027-02-29T10:00:00Z"_s;
    QTest::newRow("month 13") << u"2026-13-01T10:00:00Z"_s;
    QTest::newRow("day 0") << u"2026-01-00T10:00:00Z"_s;
    QTest::newRow("hour 24") << u"2026-12-31T24:00:00Z"_s;
    QTest::newRow("minute 60") << u"2026-12-31T19:60:00Z"_s;
    QTest::newRow("second 61") << u"2026-12-31T19:30:61Z"_s;
    QTest::newRow("offset hour 24") << u"2026-12-31T19:30:00+24:00"_s;
    QTest::newRow("offset minute 60") << u"2026-12-31T19:30:00+01:60"_s;
    QTest::newRow("offset without colon") << u"2026-12-31T19:30:00+0800"_s;
    QTest::newRow("offset hours only") << u"2026-12-31T19:30:00+08"_s;
    QTest::newRow("space instead of T") << u"2026-12-31 19:30:00Z"_s;
    QTest::newRow("no seconds") << u"2026-12-31T19:30Z"_s;
    QTest::newRow("date only") << u"2026-12-31"_s;
    QTest::newRow("empty fraction") << u"2026-12-31T19:30:00.Z"_s;
    QTest::newRow("ten fraction digits") << u"2026-12-31T19:30:00.1234567890Z"_s;
    QTest::newRow("short year") << u"26-12-31T19:30:00Z"_s;
    QTest::newRow("zone name") << u"2026-12-31T19:30:00 UTC"_s;
    QTest::newRow("leading space") << u" 2026-12-31T19:30:00Z"_s;
    QTest::newRow("trailing space") << u"2026-12-31T19:30:00Z "_s;
    QTest::newRow("trailing text") << u"2026-12-31T19:30:00Zjunk"_s;
    QTest::newRow("trailing newline") << u"2026-12-31T19:30:00Z\n"_s;
    QTest::newRow("offset, trailing newline") << u"2026-12-31T19:30:00+08:00\n"_s;
    QTest::newRow("garbage") << u"tomorrow at eight"_s;
    QTest::newRow("empty") << u""_s;
    QTest::newRow("number") << u"1798745400"_s;
    QTest::newRow("non-ASCII digits") << u"٢٠٢٦-12-31T19:30:00Z"_s;
}

void TestMoneyTime::parseWireTimeRejects()
{
    QFETCH(QString, text);
    QVERIFY(!mq::parseWireTime(text).has_value());
}

void TestMoneyTime::toWireTime()
{
    QCOMPARE(mq::toWireTime(utc(2026, 12, 31, 19, 30, 0)), u"2026-12-31T19:30:00Z"_s);
    QCOMPARE(mq::toWireTime(utc(2026, 12, 31, 19, 30, 0, 5)), u"2026-12-31T19:30:00.005Z"_s);
    QCOMPARE(mq::toWireTime(utc(2026, 1, 2, 3, 4, 5, 600)), u"2026-01-02T03:04:05.600Z"_s);

    // Any input zone comes out as UTC with Z.
    const QDateTime shanghai(QDate(2027, 1, 1), QTime(3, 30), QTimeZone(8 * 3600));
    QCOMPARE(mq::toWireTime(shanghai), u"2026-12-31T19:30:00Z"_s);
    const QDateTime newYork(QDate(2026, 7, 4), QTime(12, 0), QTimeZone("America/New_York"));
    if (newYork.timeZone().isValid())
        QCOMPARE(mq::toWireTime(newYork), u"2026-07-04T16:00:00Z"_s);
    const QDateTime local = utc(2026, 3, 1, 12, 0, 0).toLocalTime();
    QCOMPARE(mq::toWireTime(local), u"2026-03-01T12:00:00Z"_s);

    // And reads back as the same instant.
    for (const QString &text : {u"2026-12-31T19:30:00Z"_s, u"2026-12-31T19:30:00.125Z"_s,
                                u"2000-02-29T23:59:59.999Z"_s}) {
        const std::optional<QDateTime> t = mq::parseWireTime(text);
        QVERIFY(t);
        QCOMPARE(mq::toWireTime(*t), text);
    }
    const std::optional<QDateTime> offset = mq::parseWireTime(u"2027-01-01T03:30:00.5+08:00"_s);
    QVERIFY(offset);
    QCOMPARE(mq::toWireTime(*offset), u"2026-12-31T19:30:00.500Z"_s);
}

void TestMoneyTime::storageTime()
{
    const QDateTime t = utc(2026, 12, 31, 19, 30, 0, 250);
    const qint64 ms = mq::toStorageTime(t);
    QCOMPARE(ms, t.toMSecsSinceEpoch());
    QCOMPARE(mq::fromStorageTime(ms), t);
    QCOMPARE(mq::fromStorageTime(ms).timeSpec(), Qt::UTC);
    QCOMPARE(mq::toStorageTime(mq::parseWireTime(u"2027-01-01T03:30:00.25+08:00"_s).value()), ms);
}

void TestMoneyTime::jsonInteger_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("int") << QJsonValue(3) << true << qint64(3);
    QTest::newRow("negative") << QJsonValue(-3) << true << qint64(-3);
    QTest::newRow("2.0") << QJsonValue(2.0) << true << qint64(2);
    QTest::newRow("2^53") << QJsonValue(9007199254740992.0) << true << qint64(9007199254740992);
    QTest::newRow("beyond 2^53") << QJsonValue(1e17) << false << qint64(0);
    QTest::newRow("fraction") << QJsonValue(2.5) << false << qint64(0);
    QTest::newRow("string number") << QJsonValue(u"3"_s) << false << qint64(0);
    QTest::newRow("bool") << QJsonValue(true) << false << qint64(0);
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << false << qint64(0);
    QTest::newRow("undefined") << QJsonValue(QJsonValue::Undefined) << false << qint64(0);
}

void TestMoneyTime::jsonInteger()
{
    QFETCH(QJsonValue, value);
    QFETCH(bool, ok);
    QFETCH(qint64, expected);
    const std::optional<qint64> v = mq::jsonInteger(value);
    QCOMPARE(v.has_value(), ok);
    if (ok)
        QCOMPARE(*v, expected);
}

void TestMoneyTime::roles()
{
    const QList<std::pair<mq::Role, QString>> all = {{mq::Role::Customer, u"customer"_s},
                                                     {mq::Role::Clerk, u"clerk"_s},
                                                     {mq::Role::Manager, u"manager"_s},
                                                     {mq::Role::Admin, u"admin"_s}};
    for (const auto &[role, name] : all) {
        QCOMPARE(mq::roleName(role), name);
        QCOMPARE(mq::roleFromName(name), std::optional<mq::Role>(role));
    }
    QVERIFY(!mq::roleFromName(u"root"_s));
    QVERIFY(!mq::roleFromName(u"Admin"_s));
    QVERIFY(!mq::roleFromName(u""_s));
    // Roles are ordered by privilege.
    QVERIFY(mq::Role::Customer < mq::Role::Clerk);
    QVERIFY(mq::Role::Clerk < mq::Role::Manager);
    QVERIFY(mq::Role::Manager < mq::Role::Admin);
}

void TestMoneyTime::categories()
{
    QCOMPARE(mq::categoryNames(), (QStringList{u"movie"_s, u"concert"_s, u"exhibition"_s,
                                               u"flight"_s, u"train"_s, u"other"_s}));
    for (const QString &c : mq::categoryNames())
        QVERIFY(mq::isCategory(c));
    QVERIFY(!mq::isCategory(u"opera"_s));
    QVERIFY(!mq::isCategory(u"Movie"_s));
    QVERIFY(!mq::isCategory(u""_s));
}

void TestMoneyTime::user()
{
    mq::User u;
    u.id = 12;
    u.username = u"alice"_s;
    u.displayName = u"Alice Zoë"_s;
    u.role = mq::Role::Manager;
    const QJsonObject json = u.toJson();
    checkKeys(json, {u"id"_s, u"username"_s, u"displayName"_s, u"role"_s});
    QCOMPARE(json.value(u"id"_s), QJsonValue(12));
    QCOMPARE(json.value(u"role"_s), QJsonValue(u"manager"_s));
    QCOMPARE(json.value(u"displayName"_s), QJsonValue(u"Alice Zoë"_s));

    const mq::User back = mq::User::fromJson(json);
    QCOMPARE(back.id, u.id);
    QCOMPARE(back.username, u.username);
    QCOMPARE(back.displayName, u.displayName);
    QCOMPARE(back.role, u.role);
    QCOMPARE(back.toJson(), json);

    // Through text, as it travels.
    const QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Compact);
    QCOMPARE(mq::User::fromJson(QJsonDocument::fromJson(text).object()).toJson(), json);
}

void TestMoneyTime::ticketType()
{
    mq::TicketType t;
    t.id = 3;
    t.performanceId = 5;
    t.name = u"Stalls"_s;
    t.priceCents = 4500;
    t.capacity = 500;
    t.sold = 120;
    t.held = 7;
    QCOMPARE(t.remaining(), 373);

    const QJsonObject json = t.toJson();
    checkKeys(json, {u"id"_s, u"performanceId"_s, u"name"_s, u"priceCents"_s, u"capacity"_s,
                     u"sold"_s, u"held"_s, u"remaining"_s, u"onSale"_s, u"version"_s});
    QCOMPARE(json.value(u"onSale"_s), QJsonValue(true));
    QCOMPARE(json.value(u"version"_s), QJsonValue(0));
    QCOMPARE(json.value(u"remaining"_s), QJsonValue(500 - 120 - 7));
    QCOMPARE(json.value(u"priceCents"_s), QJsonValue(4500));
    QVERIFY(json.value(u"priceCents"_s).isDouble()); // a number, never a string

    const mq::TicketType back = mq::TicketType::fromJson(json);
    QCOMPARE(back.id, 3);
    QCOMPARE(back.performanceId, 5);
    QCOMPARE(back.name, u"Stalls"_s);
    QCOMPARE(back.priceCents, 4500);
    QCOMPARE(back.capacity, 500);
    QCOMPARE(back.sold, 120);
    QCOMPARE(back.held, 7);
    QCOMPARE(back.remaining(), 373);
    QCOMPARE(back.toJson(), json);

    // remaining is derived, never trusted from the wire.
    QJsonObject lying = json;
    lying.insert(u"remaining"_s, 9999);
    QCOMPARE(mq::TicketType::fromJson(lying).remaining(), 373);

    // Big but exact values survive.
    t.priceCents = mq::MaxPriceCents;
    t.capacity = 100000;
    t.sold = 100000;
    t.held = 0;
    QCOMPARE(mq::TicketType::fromJson(t.toJson()).priceCents, mq::MaxPriceCents);
    QCOMPARE(t.toJson().value(u"remaining"_s), QJsonValue(0));
}

void TestMoneyTime::performance()
{
    mq::Performance p;
    p.id = 5;
    p.eventId = 2;
    p.startsAt = utc(2026, 12, 31, 19, 30, 0);
    p.venue = u"Main Hall"_s;
    mq::TicketType a;
    a.id = 3;
    a.performanceId = 5;
    a.name = u"Stalls"_s;
    a.priceCents = 4500;
    a.capacity = 100;
    a.sold = 40;
    mq::TicketType b = a;
    b.id = 4;
    b.name = u"Balcony"_s;
    b.priceCents = 2500;
    b.held = 2;
    p.ticketTypes = {a, b};

    const QJsonObject json = p.toJson();
    checkKeys(json, {u"id"_s, u"eventId"_s, u"startsAt"_s, u"venue"_s, u"seating"_s,
                     u"ticketTypes"_s, u"venueId"_s, u"noSingleSeats"_s, u"timeZone"_s});
    QCOMPARE(json.value(u"noSingleSeats"_s), QJsonValue(false));
    QCOMPARE(json.value(u"startsAt"_s), QJsonValue(u"2026-12-31T19:30:00Z"_s));
    QCOMPARE(json.value(u"seating"_s), QJsonValue(u"general"_s));
    QVERIFY(json.value(u"venueId"_s).isNull()); // null for general admission
    const QJsonArray types = json.value(u"ticketTypes"_s).toArray();
    QCOMPARE(types.size(), 2);
    QCOMPARE(types.at(0).toObject().value(u"name"_s), QJsonValue(u"Stalls"_s));
    QCOMPARE(types.at(1).toObject().value(u"remaining"_s), QJsonValue(58));

    const mq::Performance back = mq::Performance::fromJson(json);
    QCOMPARE(back.id, 5);
    QCOMPARE(back.eventId, 2);
    QCOMPARE(back.startsAt, p.startsAt);
    QCOMPARE(back.venue, p.venue);
    QCOMPARE(back.seating, u"general"_s);
    QVERIFY(!back.venueId.has_value());
    QCOMPARE(back.ticketTypes.size(), 2);
    QCOMPARE(back.ticketTypes.at(1).name, u"Balcony"_s);
    QCOMPARE(back.ticketTypes.at(1).remaining(), 58);
    QCOMPARE(back.toJson(), json);

    // A start time given with an offset is held (and sent) in UTC.
    QJsonObject offset = json;
    offset.insert(u"startsAt"_s, u"2027-01-01T03:30:00+08:00"_s);
    QCOMPARE(mq::Performance::fromJson(offset).startsAt, p.startsAt);
    QCOMPARE(mq::Performance::fromJson(offset).toJson().value(u"startsAt"_s),
             QJsonValue(u"2026-12-31T19:30:00Z"_s));
}

void TestMoneyTime::reservedPerformance()
{
    mq::Performance p;
    p.id = 9;
    p.eventId = 2;
    p.startsAt = utc(2026, 12, 31, 19, 30, 0);
    p.venue = u"Grand Hall"_s;
    p.seating = mq::SeatingReserved;
    p.venueId = 77;
    p.noSingleSeats = true;
    const QJsonObject json = p.toJson();
    QCOMPARE(json.value(u"seating"_s), QJsonValue(u"reserved"_s));
    QCOMPARE(json.value(u"venueId"_s), QJsonValue(77));
    QCOMPARE(json.value(u"noSingleSeats"_s), QJsonValue(true));
    QCOMPARE(json.value(u"ticketTypes"_s), QJsonValue(QJsonArray{}));
    const mq::Performance back = mq::Performance::fromJson(json);
    QCOMPARE(back.seating, u"reserved"_s);
    QCOMPARE(back.venueId, std::optional<mq::Id>(77));
    QVERIFY(back.noSingleSeats);
    QCOMPARE(back.toJson(), json);
}

void TestMoneyTime::seatedOrder()
{
    mq::OrderItem item;
    item.ticketTypeId = 3;
    item.quantity = 2;
    item.unitPriceCents = 4800;
    item.seatIds = {12, 13};
    mq::Ticket t{7, u"K3VQ-8M2D-XW4R-7PZA"_s, 3, mq::TicketValid, 12,
                 mq::SeatPlace{u"Stalls"_s, u"F"_s, u"12"_s, false, true, true, u"Pillar"_s}, {}};
    mq::Order o;
    o.items = {item};
    o.tickets = {t};
    const QJsonObject json = o.toJson();
    const QJsonObject itemJson = json.value(u"items"_s).toArray().at(0).toObject();
    QCOMPARE(itemJson.value(u"seatIds"_s), QJsonValue(QJsonArray{12, 13}));
    const QJsonObject ticketJson = json.value(u"tickets"_s).toArray().at(0).toObject();
    checkKeys(ticketJson, {u"id"_s, u"code"_s, u"ticketTypeId"_s, u"status"_s, u"seatId"_s, u"seat"_s});
    // Flags only when true, the note only when there is one.
    checkKeys(ticketJson.value(u"seat"_s).toObject(),
              {u"section"_s, u"row"_s, u"label"_s, u"companion"_s, u"restrictedView"_s, u"note"_s});
    const mq::Order back = mq::Order::fromJson(json);
    QCOMPARE(back.items.at(0).seatIds, item.seatIds);
    QCOMPARE(back.tickets.at(0).seatId, 12);
    QCOMPARE(back.tickets.at(0).seat.row, u"F"_s);
    QVERIFY(back.tickets.at(0).seat.restrictedView);
    QCOMPARE(back.toJson(), json);
}

void TestMoneyTime::event()
{
    mq::Event e;
    e.id = 2;
    e.title = u"New Year Concert"_s;
    e.category = u"concert"_s;
    e.description = u"Strauss, mostly."_s;
    mq::Performance p1;
    p1.id = 5;
    p1.eventId = 2;
    p1.startsAt = utc(2026, 12, 31, 19, 30, 0);
    p1.venue = u"Main Hall"_s;
    mq::Performance p2 = p1;
    p2.id = 6;
    p2.startsAt = utc(2027, 1, 1, 11, 0, 0);
    e.performances = {p1, p2};

    const QJsonObject json = e.toJson();
    checkKeys(json, {u"id"_s, u"title"_s, u"category"_s, u"description"_s, u"performances"_s});
    QCOMPARE(json.value(u"category"_s), QJsonValue(u"concert"_s));
    QCOMPARE(json.value(u"performances"_s).toArray().size(), 2);
    QCOMPARE(json.value(u"performances"_s).toArray().at(1).toObject().value(u"startsAt"_s),
             QJsonValue(u"2027-01-01T11:00:00Z"_s));

    const mq::Event back = mq::Event::fromJson(json);
    QCOMPARE(back.id, 2);
    QCOMPARE(back.title, e.title);
    QCOMPARE(back.category, e.category);
    QCOMPARE(back.description, e.description);
    QCOMPARE(back.performances.size(), 2);
    QCOMPARE(back.performances.at(1).id, 6);
    QCOMPARE(back.performances.at(1).startsAt, p2.startsAt);
    QCOMPARE(back.toJson(), json);
}

void TestMoneyTime::order()
{
    mq::Order o;
    o.id = 41;
    o.code = u"MQ-7F3K-92QX"_s;
    o.userId = 12;
    o.status = mq::OrderPaid;
    o.createdAt = utc(2026, 11, 25, 10, 15, 30, 250);
    o.paymentProvider = u"sandbox"_s;
    mq::OrderItem item;
    item.ticketTypeId = 3;
    item.quantity = 2;
    item.unitPriceCents = 4500;
    item.ticketTypeName = u"Stalls"_s;
    item.performanceId = 5;
    item.eventTitle = u"New Year Concert"_s;
    item.startsAt = utc(2026, 12, 31, 19, 30, 0);
    item.venue = u"Main Hall"_s;
    o.items = {item};
    mq::Cents total = 0;
    QVERIFY(mq::multiplyCents(item.unitPriceCents, item.quantity, &total));
    o.totalCents = total;
    mq::Ticket t1;
    t1.id = 100;
    t1.code = u"T-aaaaaaaaaaaaaaaa"_s;
    t1.ticketTypeId = 3;
    mq::Ticket t2 = t1;
    t2.id = 101;
    t2.code = u"T-bbbbbbbbbbbbbbbb"_s;
    t2.status = mq::TicketCheckedIn;
    o.tickets = {t1, t2};

    const QJsonObject json = o.toJson();
    checkKeys(json,
              {u"id"_s, u"code"_s, u"userId"_s, u"status"_s, u"totalCents"_s, u"createdAt"_s,
               u"items"_s, u"tickets"_s},
              {u"paymentProvider"_s});
    QCOMPARE(json.value(u"totalCents"_s), QJsonValue(9000));
    QCOMPARE(json.value(u"status"_s), QJsonValue(u"paid"_s));
    QCOMPARE(json.value(u"createdAt"_s), QJsonValue(u"2026-11-25T10:15:30.250Z"_s));

    const QJsonArray items = json.value(u"items"_s).toArray();
    QCOMPARE(items.size(), 1);
    const QJsonObject itemJson = items.at(0).toObject();
    checkKeys(
        itemJson, {u"ticketTypeId"_s, u"quantity"_s, u"unitPriceCents"_s},
        {u"ticketTypeName"_s, u"performanceId"_s, u"eventTitle"_s, u"startsAt"_s, u"venue"_s,
         u"timeZone"_s});
    QCOMPARE(itemJson.value(u"unitPriceCents"_s), QJsonValue(4500));
    QCOMPARE(itemJson.value(u"quantity"_s), QJsonValue(2));

    const QJsonArray tickets = json.value(u"tickets"_s).toArray();
    QCOMPARE(tickets.size(), 2);
    checkKeys(tickets.at(0).toObject(), {u"id"_s, u"code"_s, u"ticketTypeId"_s, u"status"_s});
    QCOMPARE(tickets.at(0).toObject().value(u"status"_s), QJsonValue(u"valid"_s));
    QCOMPARE(tickets.at(1).toObject().value(u"status"_s), QJsonValue(u"checked_in"_s));

    const mq::Order back = mq::Order::fromJson(json);
    QCOMPARE(back.id, 41);
    QCOMPARE(back.code, o.code);
    QCOMPARE(back.userId, 12);
    QCOMPARE(back.status, u"paid"_s);
    QCOMPARE(back.totalCents, 9000);
    QCOMPARE(back.createdAt, o.createdAt);
    QCOMPARE(back.paymentProvider, u"sandbox"_s);
    QCOMPARE(back.items.size(), 1);
    QCOMPARE(back.items.at(0).ticketTypeId, 3);
    QCOMPARE(back.items.at(0).quantity, 2);
    QCOMPARE(back.items.at(0).unitPriceCents, 4500);
    QCOMPARE(back.items.at(0).ticketTypeName, u"Stalls"_s);
    QCOMPARE(back.items.at(0).performanceId, 5);
    QCOMPARE(back.items.at(0).eventTitle, u"New Year Concert"_s);
    QCOMPARE(back.items.at(0).startsAt, item.startsAt);
    QCOMPARE(back.items.at(0).venue, u"Main Hall"_s);
    QCOMPARE(back.tickets.size(), 2);
    QCOMPARE(back.tickets.at(1).id, 101);
    QCOMPARE(back.tickets.at(1).code, t2.code);
    QCOMPARE(back.tickets.at(1).ticketTypeId, 3);
    QCOMPARE(back.tickets.at(1).status, u"checked_in"_s);
    QCOMPARE(back.toJson(), json);

    // Refunded order with a cancelled ticket.
    o.status = mq::OrderRefunded;
    o.tickets[0].status = mq::TicketCancelled;
    const mq::Order refunded = mq::Order::fromJson(o.toJson());
    QCOMPARE(refunded.status, u"refunded"_s);
    QCOMPARE(refunded.tickets.at(0).status, u"cancelled"_s);
    QCOMPARE(mq::OrderCancelled, u"cancelled"_s);
}

void TestMoneyTime::fromProtocolText()
{
    // A catalog answer written by hand the way PROTOCOL.md describes it (by another server).
    const QJsonObject json = QJsonDocument::fromJson(R"({
        "id": 2, "title": "Night Train", "category": "train", "description": "",
        "performances": [{
            "id": 5, "eventId": 2, "startsAt": "2026-12-31T19:30:00.5Z", "venue": "Platform 9",
            "seating": "general",
            "ticketTypes": [{"id": 3, "performanceId": 5, "name": "Seat", "priceCents": 1999,
                             "capacity": 10, "sold": 4, "held": 1, "remaining": 5}]}]})"_ba)
                                 .object();
    const mq::Event e = mq::Event::fromJson(json);
    QCOMPARE(e.category, u"train"_s);
    QCOMPARE(e.performances.size(), 1);
    const mq::Performance &p = e.performances.at(0);
    QCOMPARE(p.startsAt, utc(2026, 12, 31, 19, 30, 0, 500));
    QVERIFY(!p.venueId.has_value()); // absent venueId is fine
    QCOMPARE(p.ticketTypes.size(), 1);
    QCOMPARE(p.ticketTypes.at(0).priceCents, 1999);
    QCOMPARE(p.ticketTypes.at(0).remaining(), 5);
}

QTEST_APPLESS_MAIN(TestMoneyTime)
#include "tst_money_time.moc"
