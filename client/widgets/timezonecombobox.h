#pragma once

#include <QComboBox>

namespace mq::client {

// Picks an IANA time zone: every zone Qt knows, typed with completion ("shang" finds
// Asia/Shanghai). timeZone() is empty while the text is not a known zone.
class TimeZoneComboBox : public QComboBox
{
    Q_OBJECT
public:
    explicit TimeZoneComboBox(QWidget *parent = nullptr);

    QString timeZone() const;
    // An unknown or empty zone shows this computer's.
    void setTimeZone(const QString &zone);
    // This computer's zone as an IANA id ("UTC" when it has none).
    static QString systemZone();

Q_SIGNALS:
    void timeZoneChanged(const QString &zone);
};

} // namespace mq::client
