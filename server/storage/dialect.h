#pragma once

#include "storage/databaseurl.h"
#include "storage/storageerror.h"

#include <QSqlError>
#include <QString>
#include <QVariant>

namespace mq::storage {

// The few places where SQLite and PostgreSQL differ. Everything else is shared SQL.
class Dialect
{
public:
    explicit Dialect(Backend backend) : m_backend(backend) {}

    Backend backend() const { return m_backend; }
    bool isPostgres() const { return m_backend == Backend::Postgres; }

    // SQLite serializes writers up front so a transaction never fails half way on a lock.
    QString beginWrite() const;
    QString beginRead() const;
    // Row locks: PostgreSQL locks the rows; SQLite's BEGIN IMMEDIATE already holds the write lock.
    QString forUpdate(const QString &table = {}) const;
    QString idColumn() const;
    // "column is one of a list of ids", bound as ONE parameter (idList()), so a statement is
    // prepared once whatever the list's length, and long lists are joined through the index
    // rather than searched row by row: `IN (unnest(array))` on PostgreSQL, `IN (json_each(…))`
    // on SQLite.
    QString inIdList(const QString &column) const;
    QVariant idList(const QList<qint64> &ids) const;
    QString realType() const;
    // Rows bound as ONE parameter (a JSON array of objects), for set-based INSERTs whatever the
    // number of rows: a FROM item named `alias` with the given columns ("name TYPE", TYPE one of
    // TEXT, BIGINT): json_to_recordset on PostgreSQL, json_each on SQLite.
    QString jsonRows(const QStringList &columns, const QString &alias = QStringLiteral("x")) const;

    StorageError::Kind classify(const QSqlError &error) const;

private:
    Backend m_backend;
};

} // namespace mq::storage
