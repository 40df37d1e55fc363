#pragma once

#include "shared/domain.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>

namespace mq::client {

// admin.listAuditLog entries, newest first, loaded page by page. Each names what it is about as
// people know it ("VIP — Winter Gala, 15 Jan 19:30", an order's code, a user's name) and tells
// its change as "field: old → new" lines.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // What an audit action or entity code means, in the user's language.
    static QString actionLabel(const QString &action);
    static QString entityLabel(const QString &entity);

    struct Entry
    {
        Id id = 0;
        QDateTime at;
        Id userId = 0;
        QString username;
        QString action;
        QString entity;
        Id entityId = 0;
        QJsonValue before; // the record's JSON, or null
        QJsonValue after;
        QJsonObject subject; // {name?, eventTitle?, startsAt?, code?}

        static Entry fromJson(const QJsonObject &o);
    };
    enum Column
    {
        TimeColumn,
        UserColumn,
        ActionColumn,
        SubjectColumn,
        ColumnCount
    };

    // "VIP — Winter Gala, 15 Jan 19:30"; "Ticket type 116" only when the server names nothing.
    static QString subjectText(const Entry &entry);
    // The change, a line per field: "Price: ¥45.00 → ¥50.00" for an update, "Price: ¥45.00" for
    // what was created or deleted. Money, times (local), roles and seating read as in the window.
    static QStringList changeLines(const Entry &entry);
    // A record field's name for people ("priceCents" → "Price").
    static QString fieldLabel(const QString &key);
    // A performance's start reads in its `timeZone` (the record's), other times in local time.
    static QString valueText(const QString &key, const QJsonValue &value, const QString &timeZone = {});

    explicit AuditLogModel(QObject *parent = nullptr);

    void clear();
    // Appends a page; entries already shown (the log grew meanwhile) are skipped.
    void append(const QList<Entry> &entries);
    const Entry *entry(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Entry> m_entries;
};

} // namespace mq::client
