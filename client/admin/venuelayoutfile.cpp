#include "admin/venuelayoutfile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mq::client {

namespace {

// Collects problems up to a limit, so a file with 50,000 bad seats does not flood the screen.
class Problems
{
public:
    explicit Problems(int limit) : m_limit(limit) {}
    void add(const QString &field, const QString &message)
    {
        if (m_list.size() < m_limit)
            m_list.append({field, message});
    }
    bool full() const { return m_list.size() >= m_limit; }
    QList<VenueLayoutFile::Problem> list() const { return m_list; }

private:
    QList<VenueLayoutFile::Problem> m_list;
    int m_limit;
};

bool isNonEmptyString(const QJsonValue &value)
{
    return value.isString() && !value.toString().isEmpty();
}

// Line and column of a byte offset, for JSON syntax errors people can find in an editor.
QPair<int, int> lineAndColumn(const QByteArray &text, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < text.size(); ++i) {
        if (text.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

QString quoted(const QString &text)
{
    return VenueLayoutFile::tr("“%1”").arg(text);
}

} // namespace

bool VenueLayoutFile::read(const QString &path, QString *error)
{
    const QString shown = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot open %1: %2").arg(shown, file.errorString());
        return false;
    }
    if (file.size() > MaxFileBytes) {
        if (error)
            *error = tr("%1 is too large for a venue layout (at most 32 MB).").arg(shown);
        return false;
    }
    const QByteArray json = file.readAll();
    if (!parse(json, shown, error))
        return false;
    m_path = path;
    return true;
}

bool VenueLayoutFile::parse(const QByteArray &json, const QString &origin, QString *error)
{
    m_path.clear();
    m_name.clear();
    m_layout = {};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, parseError.offset);
        if (error)
            *error = tr("%1 is not valid JSON: %2 (line %3, column %4).")
                         .arg(origin, parseError.errorString())
                         .arg(line)
                         .arg(column);
        return false;
    }
    if (!document.isObject()) {
        if (error)
            *error = tr("%1 is not a venue layout: it should hold one JSON object.").arg(origin);
        return false;
    }
    const QJsonObject root = document.object();
    if (root.value(u"layout"_s).isObject()) {
        // {name, layout}: exactly the params of admin.createVenue, as the sample venues are.
        m_layout = root.value(u"layout"_s).toObject();
        m_name = root.value(u"name"_s).toString().trimmed();
    } else if (root.contains(u"sections"_s)) {
        m_layout = root; // a bare layout: the name is asked for
    } else {
        if (error)
            *error = tr("%1 is not a venue layout: it needs “sections” (or “name” and “layout”).")
                         .arg(origin);
        return false;
    }
    return true;
}

QList<VenueLayoutFile::Problem> VenueLayoutFile::check(const QJsonObject &layout, int limit)
{
    Problems problems(limit);
    const QString root = u"layout"_s;

    if (layout.contains(u"focus"_s) && !layout.value(u"focus"_s).isNull()) {
        const QJsonValue focus = layout.value(u"focus"_s);
        if (!focus.isObject()) {
            problems.add(root + u".focus"_s, tr("The focus must be a point {x, y}."));
        } else {
            for (const QString &axis : {u"x"_s, u"y"_s}) {
                if (!focus.toObject().value(axis).isDouble())
                    problems.add(root + u".focus."_s + axis,
                                 tr("The focus needs a number for %1.").arg(axis));
            }
        }
    }

    const QJsonValue sectionsValue = layout.value(u"sections"_s);
    if (!sectionsValue.isArray() || sectionsValue.toArray().isEmpty()) {
        problems.add(root + u".sections"_s, tr("The layout has no sections."));
        return problems.list();
    }
    const QJsonArray sections = sectionsValue.toArray();
    qint64 seatTotal = 0;
    for (qsizetype s = 0; s < sections.size() && !problems.full(); ++s) {
        const QString sectionPath = root + u".sections[%1]"_s.arg(s);
        if (!sections.at(s).isObject()) {
            problems.add(sectionPath, tr("A section must be an object with a name and rows."));
            continue;
        }
        const QJsonObject section = sections.at(s).toObject();
        if (!isNonEmptyString(section.value(u"name"_s)))
            problems.add(sectionPath + u".name"_s, tr("The section has no name."));
        else if (section.value(u"name"_s).toString().size() > MaxLabelLength)
            problems.add(sectionPath + u".name"_s,
                         tr("The name is longer than %1 characters.").arg(MaxLabelLength));
        const QJsonValue rowsValue = section.value(u"rows"_s);
        if (!rowsValue.isArray() || rowsValue.toArray().isEmpty()) {
            problems.add(sectionPath + u".rows"_s, tr("The section has no rows."));
            continue;
        }
        const QJsonArray rows = rowsValue.toArray();
        QSet<QString> rowLabels;
        for (qsizetype r = 0; r < rows.size() && !problems.full(); ++r) {
            const QString rowPath = sectionPath + u".rows[%1]"_s.arg(r);
            if (!rows.at(r).isObject()) {
                problems.add(rowPath, tr("A row must be an object with a label and seats."));
                continue;
            }
            const QJsonObject row = rows.at(r).toObject();
            const QJsonValue rowLabel = row.value(u"label"_s);
            if (!isNonEmptyString(rowLabel)) {
                problems.add(rowPath + u".label"_s, tr("The row has no label."));
            } else if (rowLabel.toString().size() > MaxLabelLength) {
                problems.add(rowPath + u".label"_s,
                             tr("The label is longer than %1 characters.").arg(MaxLabelLength));
            } else if (rowLabels.contains(rowLabel.toString())) {
                problems.add(
                    rowPath + u".label"_s,
                    tr("Row %1 appears twice in this section.").arg(quoted(rowLabel.toString())));
            } else {
                rowLabels.insert(rowLabel.toString());
            }
            const QJsonValue seatsValue = row.value(u"seats"_s);
            if (!seatsValue.isArray() || seatsValue.toArray().isEmpty()) {
                problems.add(rowPath + u".seats"_s, tr("The row has no seats."));
                continue;
            }
            const QJsonArray seats = seatsValue.toArray();
            seatTotal += seats.size();
            QSet<QString> seatLabels;
            for (qsizetype i = 0; i < seats.size() && !problems.full(); ++i) {
                const QString seatPath = rowPath + u".seats[%1]"_s.arg(i);
                if (!seats.at(i).isObject()) {
                    problems.add(seatPath, tr("A seat must be an object with a label, x and y."));
                    continue;
                }
                const QJsonObject seat = seats.at(i).toObject();
                const QJsonValue label = seat.value(u"label"_s);
                if (!isNonEmptyString(label)) {
                    problems.add(seatPath + u".label"_s, tr("The seat has no label."));
                } else if (label.toString().size() > MaxLabelLength) {
                    problems.add(seatPath + u".label"_s,
                                 tr("The label is longer than %1 characters.").arg(MaxLabelLength));
                } else if (seatLabels.contains(label.toString())) {
                    problems.add(
                        seatPath + u".label"_s,
                        tr("Seat %1 appears twice in this row.").arg(quoted(label.toString())));
                } else {
                    seatLabels.insert(label.toString());
                }
                for (const QString &axis : {u"x"_s, u"y"_s}) {
                    if (!seat.value(axis).isDouble())
                        problems.add(seatPath + u'.' + axis,
                                     tr("The seat needs a number for %1.").arg(axis));
                }
                for (const QString &flag :
                     {u"accessible"_s, u"aisleAfter"_s, u"companion"_s, u"restrictedView"_s}) {
                    if (seat.contains(flag) && !seat.value(flag).isBool())
                        problems.add(seatPath + u'.' + flag,
                                     tr("%1 must be true or false.").arg(flag));
                }
                if (seat.contains(u"note"_s)) {
                    const QJsonValue note = seat.value(u"note"_s);
                    if (!note.isString())
                        problems.add(seatPath + u".note"_s, tr("The note must be text."));
                    else if (note.toString().size() > MaxNoteLength)
                        problems.add(
                            seatPath + u".note"_s,
                            tr("The note is longer than %1 characters.").arg(MaxNoteLength));
                }
            }
        }
    }
    if (!problems.full() && seatTotal > MaxSeats)
        problems.add(root + u".sections"_s,
                     tr("A venue has at most %1 seats; this layout has %2.")
                         .arg(QLocale().toString(MaxSeats), QLocale().toString(seatTotal)));
    return problems.list();
}

VenueLayoutFile::Counts VenueLayoutFile::count(const QJsonObject &layout)
{
    Counts counts;
    const QJsonArray sections = layout.value(u"sections"_s).toArray();
    counts.sections = int(sections.size());
    for (const QJsonValue &section : sections) {
        const QJsonArray rows = section.toObject().value(u"rows"_s).toArray();
        counts.rows += int(rows.size());
        for (const QJsonValue &row : rows) {
            const QJsonArray seats = row.toObject().value(u"seats"_s).toArray();
            counts.seats += int(seats.size());
            for (const QJsonValue &value : seats) {
                const QJsonObject seat = value.toObject();
                counts.accessible += seat.value(u"accessible"_s).toBool();
                counts.companion += seat.value(u"companion"_s).toBool();
                counts.restrictedView += seat.value(u"restrictedView"_s).toBool();
                counts.withNote += !seat.value(u"note"_s).toString().isEmpty();
            }
        }
    }
    return counts;
}

QString VenueLayoutFile::describe(const QString &field, const QJsonObject &layout)
{
    static const QRegularExpression step(u"^(\\w+)(?:\\[(\\d+)\\])?$"_s);
    QStringList steps = field.split(u'.');
    if (!steps.isEmpty() && steps.first() == u"layout"_s)
        steps.removeFirst();
    QStringList words;
    QJsonValue node = layout;
    QString property;
    for (const QString &text : std::as_const(steps)) {
        const QRegularExpressionMatch match = step.match(text);
        if (!match.hasMatch()) {
            property = text;
            break;
        }
        const QString key = match.captured(1);
        const bool indexed = !match.captured(2).isEmpty();
        const int index = match.captured(2).toInt();
        const QJsonValue container = node.toObject().value(key);
        if (!indexed) {
            if (key == u"focus"_s) {
                words << tr("the focus");
                node = container;
                continue;
            }
            property = key;
            node = container;
            continue;
        }
        const QJsonObject item = container.toArray().at(index).toObject();
        // A name or label people can read, or none (then the position is said instead).
        const auto readable = [&item](const QString &field) {
            const QString text = item.value(field).toString();
            const bool printable =
                std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isPrint(); });
            return printable && text.size() <= MaxLabelLength ? text : QString();
        };
        if (key == u"sections"_s) {
            const QString name = readable(u"name"_s);
            words << (name.isEmpty() ? tr("section %1").arg(index + 1)
                                     : tr("section %1").arg(quoted(name)));
        } else if (key == u"rows"_s) {
            const QString label = readable(u"label"_s);
            words << (label.isEmpty() ? tr("row number %1").arg(index + 1)
                                      : tr("row %1").arg(quoted(label)));
        } else if (key == u"seats"_s) {
            const QString label = readable(u"label"_s);
            words << (label.isEmpty() ? tr("seat number %1").arg(index + 1)
                                      : tr("seat %1").arg(quoted(label)));
        } else {
            words << text;
        }
        node = item;
    }
    QString place = words.isEmpty() ? tr("the layout") : words.join(tr(", "));
    if (!place.isEmpty())
        place[0] = place.at(0).toUpper();
    if (property.isEmpty() || property == u"sections"_s || property == u"rows"_s ||
        property == u"seats"_s)
        return place;
    return tr("%1: %2").arg(place, property);
}

QString VenueLayoutFile::describeProblem(const QString &field, const QString &message,
                                         const QJsonObject &layout)
{
    return tr("%1 — %2").arg(describe(field, layout), message);
}

} // namespace mq::client
