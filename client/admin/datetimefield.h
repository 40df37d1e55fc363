#pragma once

#include <QDateTime>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QToolButton;

namespace mq::client {

// A local date and time typed as "2027-01-15 19:30", or a date picked from a calendar. Plain
// text on purpose: QDateTimeEdit's sections turn the keystrokes of a whole typed date into
// another date (2027-12-01 15:19); here what is typed is what is meant, and a line under the
// field says the result in words ("Friday, 15 January 2027 at 19:30").
class DateTimeField : public QWidget
{
    Q_OBJECT
public:
    explicit DateTimeField(QWidget *parent = nullptr);

    // The text's date and time in local time; nullopt while it is not a whole, real one.
    std::optional<QDateTime> dateTime() const;
    void setDateTime(const QDateTime &local);
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
};

} // namespace mq::client
