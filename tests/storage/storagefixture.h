#pragma once

#include "storage/database.h"
#include "storage/migrations.h"
#include "support/testbackend.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

// A migrated database of the backend under test (MARQUEE_TEST_BACKEND), fresh for each test.
class StorageFixture
{
public:
    // Migrated to the latest schema, or only up to `schemaVersion` when one is given (to test
    // upgrading an older database).
    bool open(const QString &connectionName, int schemaVersion = -1)
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_url = freshDatabaseUrl(*m_dir);
        if (m_url.isEmpty())
            return false;
        QString error;
        const auto url = mq::storage::DatabaseUrl::parse(m_url, &error);
        if (!url) {
            qCritical() << error;
            return false;
        }
        m_parsed = *url;
        m_name = connectionName;
        m_db = std::make_unique<mq::storage::Database>(m_parsed, connectionName);
        if (schemaVersion < 0)
            mq::storage::Migrations::apply(*m_db);
        else
            mq::storage::Migrations::apply(*m_db, schemaVersion);
        return true;
    }
    // Closes the connection and opens the same database again, migrating it to the latest
    // schema as a newly started server does.
    void reopen()
    {
        m_db.reset();
        m_db = std::make_unique<mq::storage::Database>(m_parsed, m_name);
        mq::storage::Migrations::apply(*m_db);
    }
    mq::storage::Database &db() { return *m_db; }
    const mq::storage::DatabaseUrl &url() const { return m_parsed; }
    // The URL as the server's --database would be given it.
    const QString &urlText() const { return m_url; }
    void close() { m_db.reset(); }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_url;
    QString m_name;
    mq::storage::DatabaseUrl m_parsed;
    std::unique_ptr<mq::storage::Database> m_db;
};
