#pragma once

#include "storage/databaseurl.h"
#include "storage/storageerror.h"

#include <QSqlError>
#include <QString>

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
    QString realType() const;

    StorageError::Kind classify(const QSqlError &error) const;

private:
    Backend m_backend;
};

} // namespace mq::storage
