#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace mq::client {

// One table of a report: rows straight from the server's JSON, each column a key of the row and
// a kind that says how it reads (money through DisplayFormat, counts with thousands separators,
// times in the report's zone, else local) and how it is exported. An optional last row holds the totals, in bold.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Kind { Text, Count, Money, Percent, Time, Date };
    struct Column
    {
        QString title;
        QString key;
        Kind kind = Kind::Text;
    };
    // The value as exported: cents (qint64) for money, a UTC QDateTime for times and dates (the
    // start of the day in timeZone()), numbers as numbers, text as text.
    static constexpr int RawRole = Qt::UserRole + 1;

    explicit ReportTableModel(const QList<Column> &columns, QObject *parent = nullptr);

    // `totals` (if not empty) becomes a last row, `totalsLabel` in its first column.
    void setRows(const QJsonArray &rows, const QJsonObject &totals = {},
                 const QString &totalsLabel = {});
    void clear();
    // Hourly figures read as times, daily ones as dates.
    void setColumnKind(int column, Kind kind);
    // The IANA zone whose clock and calendar times and dates read in (a sales report's venue);
    // empty: this computer's (a shift's times are the counter's).
    void setTimeZone(const QString &timeZone);
    QString timeZone() const { return m_timeZone; }

    const QList<Column> &columns() const { return m_columns; }
    Kind kind(int column) const { return m_columns.value(column).kind; }
    bool isTotalsRow(int row) const { return m_hasTotals && row == rowCount() - 1; }
    QJsonObject rowObject(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Column> m_columns;
    QJsonArray m_rows;
    bool m_hasTotals = false;
    QString m_totalsLabel;
    QString m_timeZone;
};

} // namespace mq::client
