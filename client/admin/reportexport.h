#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QWidget;

namespace mq::client {

class ReportTableModel;

// Writes a report's tables out: CSV for spreadsheets (one table a file) and PDF for people (the
// whole report, chart included). Files are written whole or not at all (QSaveFile).
class ReportExport
{
    Q_DECLARE_TR_FUNCTIONS(mq::client::ReportExport)
public:
    struct Section
    {
        QString title;
        const ReportTableModel *table = nullptr;
    };

    // RFC 4180: comma separated, CRLF line ends, fields with a comma, quote or line break quoted
    // and their quotes doubled. Money in decimal major units ("1234.50") under a header naming
    // the currency, counts as plain integers, times in the table's zone under a header naming it
    // ("2026-12-12 19:30"; local time when the table has none). UTF-8 with a byte order mark, so
    // spreadsheets read the currency symbol right.
    static QByteArray csv(const ReportTableModel &table);
    static bool writeCsv(const ReportTableModel &table, const QString &path, QString *error);

    // A4 PDF: the title, the lines under it, the chart (if any) and every section's table.
    static bool writePdf(const QString &path, const QString &title, const QStringList &lines,
                         const QImage &chart, const QList<Section> &sections, QString *error);

    // Asks where to save (in Documents, suggesting `fileName`), writes there with `write` and
    // returns what to tell the user ("Saved …" or why not); nothing when the user cancelled.
    using Writer = std::function<bool(const QString &path, QString *error)>;
    static std::optional<QString> saveAs(QWidget *parent, const QString &caption,
                                         const QString &fileName, const QString &filter,
                                         const Writer &write);

    // "1234.50", "-0.05": cents as a decimal number of major units, whatever the locale.
    static QString decimal(qint64 cents);
};

} // namespace mq::client
