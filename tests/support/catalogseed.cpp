#include "support/catalogseed.h"

#include "support/testclient.h"

#include "shared/utctime.h"

#include <QtDebug>

using namespace Qt::StringLiterals;

namespace seed {

namespace {

qint64 idOf(const TestClient::Response &r, const QString &method, const QString &key)
{
    const qint64 id = r.result.value(key).toObject().value(u"id"_s).toInteger();
    if (!r.ok || id <= 0) {
        qWarning("seed: %s failed: %s", qPrintable(method), qPrintable(r.toString()));
        return 0;
    }
    return id;
}

} // namespace

qint64 createEvent(TestClient &admin, const QString &title, const QString &category,
                   const QString &description)
{
    QJsonObject params{{u"title"_s, title}, {u"category"_s, category}};
    if (!description.isEmpty())
        params.insert(u"description"_s, description);
    return idOf(admin.call(u"admin.createEvent"_s, params), u"admin.createEvent"_s, u"event"_s);
}

qint64 createPerformance(TestClient &admin, qint64 eventId, const QDateTime &startsAt,
                         const QString &venue)
{
    const QJsonObject params{
        {u"eventId"_s, eventId}, {u"startsAt"_s, wireTime(startsAt)}, {u"venue"_s, venue}};
    return idOf(admin.call(u"admin.createPerformance"_s, params), u"admin.createPerformance"_s,
                u"performance"_s);
}

qint64 createTicketType(TestClient &admin, qint64 performanceId, const QString &name,
                        qint64 priceCents, qint64 capacity)
{
    const QJsonObject params{{u"performanceId"_s, performanceId},
                             {u"name"_s, name},
                             {u"priceCents"_s, priceCents},
                             {u"capacity"_s, capacity}};
    return idOf(admin.call(u"admin.createTicketType"_s, params), u"admin.createTicketType"_s,
                u"ticketType"_s);
}

QDateTime daysFromNow(int days, int extraHours)
{
    QDateTime t = QDateTime::currentDateTimeUtc().addDays(days).addSecs(extraHours * 3600);
    t.setTime(QTime(t.time().hour(), t.time().minute(), t.time().second()));
    return t;
}

QString wireTime(const QDateTime &time)
{
    return mq::toWireTime(time);
}

QJsonObject sandboxPayment(const QString &token)
{
    return {{u"provider"_s, u"sandbox"_s}, {u"token"_s, token}};
}

QJsonObject cashPayment()
{
    return {{u"provider"_s, u"cash"_s}};
}

} // namespace seed
