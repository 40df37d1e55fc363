#pragma once

#include "shared/domain.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonValue>

namespace mq::client {

// admin.listAuditLog entries, newest first, loaded page by page.
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

        static Entry fromJson(const QJsonObject &o);
    };
    enum Column
    {
        TimeColumn,
        UserColumn,
        ActionColumn,
        EntityColumn,
        EntityIdColumn,
        ColumnCount
    };

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
