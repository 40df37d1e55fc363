#pragma once

#include <QDateTime>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QToolButton;

namespace mq::client {

// A date and time typed as "2027-01-15 19:30", or a date picked from a calendar, in the time zone
// of where it happens (the venue's; this computer's until one is set), which a line under the
// field names ("Times are in Asia/Shanghai (CST)"). Plain
// text on purpose: QDateTimeEdit's sections turn the keystrokes of a whole typed date into
// another date (2027-12-01 15:19); here what is typed is what is meant, and a line under the
// field says the result in words ("Friday, 15 January 2027 at 19:30").
class DateTimeField : public QWidget
{
    Q_OBJECT
public:
    explicit DateTimeField(QWidget *parent = nullptr);

    // The text's date and time in the field's zone; nullopt while it is not a whole, real one.
    std::optional<QDateTime> dateTime() const;
    // Shows the instant as the field's zone reads it.
    void setDateTime(const QDateTime &instant);
    // Shows that wall-clock date and time, as typed.
    void setWallClock(const QDate &date, const QTime &time);
    // IANA id; empty: this computer's zone. The text stays: it is read in the new zone.
    void setTimeZone(const QString &zone);
    QString timeZone() const { return m_timeZone; }
    QLineEdit *lineEdit() const { return m_edit; }
    // What is wrong with the text, for people (empty when dateTime() has a value).
    QString problem() const;
    // "yyyy-MM-dd HH:mm": how dates are typed here.
    static QString format();

Q_SIGNALS:
    void dateTimeChanged();

private:
    void showMeaning();
    void pickDate();

    QLineEdit *m_edit;
    QToolButton *m_calendar;
    QLabel *m_meaning;
    QLabel *m_zoneNote;
    QString m_timeZone;
};

} // namespace mq::client
