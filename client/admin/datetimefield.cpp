#include "admin/datetimefield.h"

#include "core/displayformat.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

using namespace Qt::StringLiterals;

namespace mq::client {

namespace {

// The whole text, leniently: one-digit months, days and hours, "T" or spaces between.
const QRegularExpression &wholePattern()
{
    static const QRegularExpression re(
        u"^\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:\\s+|T)(\\d{1,2}):(\\d{2})\\s*$"_s);
    return re;
}

// Hours and minutes in the locale's way: no timetable shows seconds.
QString shortTimeFormat()
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    return format.remove(u":ss"_s).remove(u".ss"_s);
}

} // namespace

DateTimeField::DateTimeField(QWidget *parent) : QWidget(parent)
{
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(u"startsAtLineEdit"_s);
    m_edit->setPlaceholderText(tr("e.g. 2027-01-15 19:30"));
    m_edit->setToolTip(tr("Year-month-day and the time, in the venue's local time"));
    // Anything on the way to "yyyy-MM-dd HH:mm"; the whole is checked when it is used.
    m_edit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(u"\\s*\\d{0,4}(-\\d{0,2}(-\\d{0,2}((\\s+|T)\\d{0,2}(:\\d{0,2})?)?)?)?\\s*"_s),
        m_edit));
    m_edit->setMaxLength(24);
    // Room for a whole date and time, so it is never seen scrolled.
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(u"0000-00-00 00:00"_s) + 28);

    m_calendar = new QToolButton(this);
    m_calendar->setObjectName(u"startsAtCalendarToolButton"_s);
    m_calendar->setArrowType(Qt::DownArrow); // small, like a date edit's popup button
    m_calendar->setAccessibleName(tr("Choose the date on a calendar"));
    m_calendar->setToolTip(tr("Choose the date on a calendar; the time stays"));
    m_calendar->setFocusPolicy(Qt::TabFocus);

    m_meaning = new QLabel(this);
    m_meaning->setObjectName(u"startsAtMeaningLabel"_s);
    m_meaning->setProperty("role", u"muted"_s);
    m_meaning->setWordWrap(true);
    m_zoneNote = new QLabel(this);
    m_zoneNote->setObjectName(u"startsAtZoneLabel"_s);
    m_zoneNote->setProperty("role", u"muted"_s);
    m_zoneNote->setWordWrap(true);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);
    row->addWidget(m_edit, 1);
    row->addWidget(m_calendar);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_meaning);
    layout->addWidget(m_zoneNote);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        showMeaning();
        Q_EMIT dateTimeChanged();
    });
    connect(m_calendar, &QToolButton::clicked, this, &DateTimeField::pickDate);
    setTimeZone(QString());
}

QString DateTimeField::format()
{
    return u"yyyy-MM-dd HH:mm"_s;
}

std::optional<QDateTime> DateTimeField::dateTime() const
{
    const QRegularExpressionMatch m = wholePattern().match(m_edit->text());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const QTimeZone zone(m_timeZone.toLatin1());
    const QDateTime local = zone.isValid() ? QDateTime(date, time, zone) : QDateTime(date, time);
    // A time the clocks skip (summer time) does not exist: Qt would move it.
    if (!local.isValid() || local.date() != date || local.time() != time)
        return std::nullopt;
    return local;
}

QString DateTimeField::problem() const
{
    if (dateTime())
        return {};
    if (m_edit->text().trimmed().isEmpty())
        return tr("Enter the date and time, e.g. 2027-01-15 19:30.");
    const QRegularExpressionMatch m = wholePattern().match(m_edit->text());
    if (m.hasMatch()) {
        if (!QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()).isValid())
            return tr("There is no such day.");
        if (!QTime(m.captured(4).toInt(), m.captured(5).toInt()).isValid())
            return tr("There is no such time.");
        return tr("That time does not exist here: the clocks change then.");
    }
    return tr("Enter the date and time as year-month-day hours:minutes, e.g. 2027-01-15 19:30.");
}

void DateTimeField::setDateTime(const QDateTime &instant)
{
    m_edit->setText(DisplayFormat::inZone(instant, m_timeZone).toString(format()));
}

void DateTimeField::setWallClock(const QDate &date, const QTime &time)
{
    m_edit->setText(QDateTime(date, time).toString(format()));
}

void DateTimeField::setTimeZone(const QString &zone)
{
    m_timeZone = zone;
    m_zoneNote->setText(tr("Times are in %1").arg(DisplayFormat::zoneName(zone)));
    showMeaning();
    Q_EMIT dateTimeChanged();
}

void DateTimeField::showMeaning()
{
    const auto value = dateTime();
    const QLocale locale;
    m_meaning->setText(value ? tr("%1 at %2")
                                   .arg(locale.toString(value->date(), QLocale::LongFormat),
                                        locale.toString(value->time(), shortTimeFormat()))
                             : QString());
    m_meaning->setVisible(value.has_value());
}

void DateTimeField::pickDate()
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    auto *calendar = new QCalendarWidget(menu);
    calendar->setObjectName(u"startsAtCalendarWidget"_s);
    calendar->setAccessibleName(tr("Start date"));
    calendar->setGridVisible(true);
    const auto current = dateTime();
    calendar->setSelectedDate(current ? current->date() : QDate::currentDate());
    auto *action = new QWidgetAction(menu);
    action->setDefaultWidget(calendar);
    menu->addAction(action);
    connect(calendar, &QCalendarWidget::activated, menu, &QMenu::close);
    connect(calendar, &QCalendarWidget::clicked, this, [this, menu](QDate date) {
        // The time typed so far stays; a new date alone gets the usual evening start.
        const auto now = dateTime();
        setWallClock(date, now ? now->time() : QTime(19, 30));
        // A date picked is an edit like a date typed (it clears an error shown for the field).
        Q_EMIT m_edit->textEdited(m_edit->text());
        menu->close();
        m_edit->setFocus();
    });
    connect(calendar, &QCalendarWidget::activated, this, [this](QDate date) {
        const auto now = dateTime();
        setWallClock(date, now ? now->time() : QTime(19, 30));
    });
    menu->popup(m_calendar->mapToGlobal(QPoint(0, m_calendar->height())));
    calendar->setFocus();
}

} // namespace mq::client
