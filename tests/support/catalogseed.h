#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

class TestClient;

// Builds catalog data through the admin methods of a logged-in manager or admin connection.
// Each returns the new record's id, or 0 (the server's answer goes to qWarning).
namespace seed {

qint64 createEvent(TestClient &admin, const QString &title,
                   const QString &category = QStringLiteral("concert"),
                   const QString &description = {});
qint64 createPerformance(TestClient &admin, qint64 eventId, const QDateTime &startsAt,
                         const QString &venue = QStringLiteral("Main Hall"));
qint64 createTicketType(TestClient &admin, qint64 performanceId, const QString &name,
                        qint64 priceCents, qint64 capacity);

// A future time, whole seconds, in UTC.
QDateTime daysFromNow(int days, int extraHours = 0);
QString wireTime(const QDateTime &time);

QJsonObject sandboxPayment(const QString &token = QStringLiteral("tok_ok"));
QJsonObject cashPayment();

} // namespace seed
