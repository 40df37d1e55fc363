#include "admin/reportexport.h"

#include "admin/reporttablemodel.h"
#include "core/displayformat.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextDocument>
#include <QUrl>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace mq::client {

namespace {

QString csvField(QString text, bool isText)
{
    // A text cell a spreadsheet would run as a formula is kept as text.
    if (isText && !text.isEmpty() && QStringLiteral("=+-@").contains(text.front()))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')) {
        text.replace(u"\""_s, u"\"\""_s);
        return u'"' + text + u'"';
    }
    return text;
}

} // namespace

QString ReportExport::decimal(qint64 cents)
{
    const qint64 whole = std::llabs(cents / 100);
    const qint64 part = std::llabs(cents % 100);
    return (cents < 0 ? u"-"_s : QString()) + QString::number(whole) + u'.'
           + QString::number(part).rightJustified(2, u'0');
}

QByteArray ReportExport::csv(const ReportTableModel &table)
{
    using Kind = ReportTableModel::Kind;
    QStringList lines;
    QStringList header;
    for (const ReportTableModel::Column &c : table.columns()) {
        QString title = c.title;
        if (c.kind == Kind::Money)
            title = tr("%1 (%2)").arg(c.title, DisplayFormat::currencySymbol());
        else if ((c.kind == Kind::Time || c.kind == Kind::Date) && !table.timeZone().isEmpty())
            title = tr("%1 (%2)").arg(c.title, table.timeZone()); // the times carry no zone
        header << csvField(title, true);
    }
    lines << header.join(u',');
    for (int row = 0; row < table.rowCount(); ++row) {
        QStringList fields;
        for (int column = 0; column < table.columnCount(); ++column) {
            const QVariant raw = table.index(row, column).data(ReportTableModel::RawRole);
            switch (table.kind(column)) {
            case Kind::Text:
                fields << csvField(raw.toString(), true);
                break;
            case Kind::Count:
                if (raw.typeId() == QMetaType::QString) { // the totals row's label
                    fields << csvField(raw.toString(), true);
                    break;
                }
                fields << (raw.isValid() ? QString::number(raw.toLongLong()) : QString());
                break;
            case Kind::Money:
                fields << (raw.isValid() ? decimal(raw.toLongLong()) : QString());
                break;
            case Kind::Percent:
                fields << QString::number(raw.toDouble(), 'f', 1);
                break;
            case Kind::Time:
            case Kind::Date: {
                // The totals row's label stands in its first column whatever the column holds.
                if (raw.typeId() == QMetaType::QString) {
                    fields << csvField(raw.toString(), true);
                    break;
                }
                const QDateTime t = raw.toDateTime();
                const QString format = table.kind(column) == Kind::Date ? u"yyyy-MM-dd"_s
                                                                         : u"yyyy-MM-dd HH:mm"_s;
                // The table's zone (the venue's days), local time when it has none.
                fields << (t.isValid() ? DisplayFormat::inZone(t, table.timeZone()).toString(format)
                                       : QString());
                break;
            }
            }
        }
        lines << fields.join(u',');
    }
    return QByteArray("\xEF\xBB\xBF") + lines.join(u"\r\n"_s).toUtf8() + "\r\n";
}

bool ReportExport::writeCsv(const ReportTableModel &table, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(csv(table));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool ReportExport::writePdf(const QString &path, const QString &title, const QStringList &lines,
                            const QImage &chart, const QList<Section> &sections, QString *error)
{
    QString html = u"<html><body style=\"font-family: sans-serif; font-size: 9pt;\">"_s;
    html += u"<h1 style=\"font-size: 16pt;\">"_s + title.toHtmlEscaped() + u"</h1>"_s;
    for (const QString &line : lines)
        html += u"<p style=\"margin: 2px 0;\">"_s + line.toHtmlEscaped() + u"</p>"_s;
    QTextDocument document;
    if (!chart.isNull()) {
        document.addResource(QTextDocument::ImageResource, QUrl(u"marquee:chart"_s), chart);
        html += u"<p><img src=\"marquee:chart\" width=\"640\"></p>"_s;
    }
    for (const Section &section : sections) {
        const ReportTableModel *table = section.table;
        if (!table || table->rowCount() == 0)
            continue;
        html += u"<h2 style=\"font-size: 12pt;\">"_s + section.title.toHtmlEscaped() + u"</h2>"_s;
        html += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
                "style=\"border-collapse: collapse; border-color: #c9ced8; font-size: 8pt;\"><tr>"_s;
        for (int column = 0; column < table->columnCount(); ++column) {
            const bool text = table->kind(column) == ReportTableModel::Kind::Text;
            html += u"<th bgcolor=\"#eef1f6\" align=\""_s + (text ? u"left"_s : u"right"_s) + u"\">"_s
                    + table->headerData(column, Qt::Horizontal).toString().toHtmlEscaped()
                    + u"</th>"_s;
        }
        html += u"</tr>"_s;
        for (int row = 0; row < table->rowCount(); ++row) {
            html += u"<tr>"_s;
            const bool totals = table->isTotalsRow(row);
            for (int column = 0; column < table->columnCount(); ++column) {
                const bool text = table->kind(column) == ReportTableModel::Kind::Text;
                QString cell = table->index(row, column).data().toString().toHtmlEscaped();
                if (totals)
                    cell = u"<b>"_s + cell + u"</b>"_s;
                html += u"<td align=\""_s + (text ? u"left"_s : u"right"_s) + u"\">"_s + cell
                        + u"</td>"_s;
            }
            html += u"</tr>"_s;
        }
        html += u"</table>"_s;
    }
    html += u"<p style=\"color: #5f6b7a; font-size: 8pt;\">"_s
            + tr("Printed %1").arg(DisplayFormat::dateTime(QDateTime::currentDateTimeUtc())).toHtmlEscaped()
            + u"</p></body></html>"_s;
    document.setHtml(html);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(u"Marquee"_s);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        document.print(&writer);
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

std::optional<QString> ReportExport::saveAs(QWidget *parent, const QString &caption,
                                            const QString &fileName, const QString &filter,
                                            const Writer &write)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(parent, caption, QDir(folder).filePath(fileName), filter);
    if (path.isEmpty())
        return std::nullopt;
    QString error;
    if (write(path, &error))
        return tr("Saved %1.").arg(QDir::toNativeSeparators(path));
    return tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), error);
}

} // namespace mq::client
