#include "widgets/timezonecombobox.h"

#include <QCompleter>
#include <QLineEdit>
#include <QStringListModel>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace mq::client {

TimeZoneComboBox::TimeZoneComboBox(QWidget *parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    // As wide as a usual zone name, not the longest one: forms stay narrow.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(8);
    QStringList zones;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        zones << QString::fromLatin1(id);
    addItems(zones);
    // Any part of the name finds it: people type the city.
    auto *completer = new QCompleter(zones, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(completer);
    lineEdit()->setPlaceholderText(tr("e.g. Asia/Shanghai"));
    setToolTip(tr("The IANA time zone of the place, e.g. Asia/Shanghai or Europe/London"));
    connect(lineEdit(), &QLineEdit::textChanged, this, [this] { Q_EMIT timeZoneChanged(timeZone()); });
    setTimeZone(systemZone());
}

QString TimeZoneComboBox::timeZone() const
{
    const QString text = currentText().trimmed();
    return findText(text, Qt::MatchFixedString) >= 0 ? itemText(findText(text, Qt::MatchFixedString))
                                                      : QString();
}

void TimeZoneComboBox::setTimeZone(const QString &zone)
{
    const int row = findText(zone, Qt::MatchFixedString);
    const int fallback = findText(systemZone(), Qt::MatchFixedString);
    setCurrentIndex(row >= 0 ? row : fallback);
    if (currentIndex() < 0)
        setEditText(zone);
}

QString TimeZoneComboBox::systemZone()
{
    const QByteArray id = QTimeZone::systemTimeZoneId();
    if (id.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(id))
        return u"UTC"_s;
    return QString::fromLatin1(id);
}

} // namespace mq::client
