#include "admin/reporttablemodel.h"

#include "core/displayformat.h"
#include "shared/utctime.h"

#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace mq::client {

ReportTableModel::ReportTableModel(const QList<Column> &columns, QObject *parent)
    : QAbstractTableModel(parent), m_columns(columns)
{}

void ReportTableModel::setRows(const QJsonArray &rows, const QJsonObject &totals,
                               const QString &totalsLabel)
{
    beginResetModel();
    m_rows = rows;
    m_hasTotals = !totals.isEmpty() && !rows.isEmpty();
    m_totalsLabel = totalsLabel;
    if (m_hasTotals)
        m_rows.append(totals);
    endResetModel();
}

void ReportTableModel::clear()
{
    setRows({});
}

void ReportTableModel::setColumnKind(int column, Kind kind)
{
    if (column < 0 || column >= m_columns.size() || m_columns.at(column).kind == kind)
        return;
    m_columns[column].kind = kind;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column));
}

void ReportTableModel::setTimeZone(const QString &timeZone)
{
    if (m_timeZone == timeZone)
        return;
    m_timeZone = timeZone;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

QJsonObject ReportTableModel::rowObject(int row) const
{
    return m_rows.at(row).toObject();
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
        return {};
    const Column &column = m_columns.at(index.column());
    const QJsonValue value = m_rows.at(index.row()).toObject().value(column.key);
    // The totals row names itself in its first column, whatever that column holds.
    if (index.column() == 0 && isTotalsRow(index.row())
        && (role == Qt::DisplayRole || role == Qt::AccessibleTextRole || role == RawRole))
        return m_totalsLabel;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (value.isNull() || value.isUndefined())
            return column.kind == Kind::Text ? QString() : tr("—");
        switch (column.kind) {
        case Kind::Text:
            return value.toString();
        case Kind::Count:
            return QLocale().toString(value.toInteger());
        case Kind::Money:
            return DisplayFormat::money(value.toInteger());
        case Kind::Percent:
            return tr("%L1 %").arg(value.toDouble(), 0, 'f', 1);
        // The venue's hours and days (with its zone's abbreviation when this computer's clock
        // reads otherwise); local time when the table has no zone.
        case Kind::Time:
            return DisplayFormat::showTime(parseWireTime(value.toString()).value_or(QDateTime()), m_timeZone);
        case Kind::Date:
            return DisplayFormat::showDate(parseWireTime(value.toString()).value_or(QDateTime()), m_timeZone);
        }
        return {};
    case RawRole:
        switch (column.kind) {
        case Kind::Text:
            return value.toString();
        case Kind::Count:
        case Kind::Money:
            return value.isNull() || value.isUndefined() ? QVariant() : QVariant(value.toInteger());
        case Kind::Percent:
            return value.toDouble();
        case Kind::Time:
        case Kind::Date:
            return parseWireTime(value.toString()).value_or(QDateTime());
        }
        return {};
    case Qt::TextAlignmentRole:
        return column.kind == Kind::Text ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                         : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (isTotalsRow(index.row())) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_columns.at(section).title;
    if (role == Qt::TextAlignmentRole)
        return m_columns.at(section).kind == Kind::Text ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                        : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace mq::client
