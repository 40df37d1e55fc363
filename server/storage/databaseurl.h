#pragma once

#include <QString>

#include <optional>

namespace mq::storage {

enum class Backend { Sqlite, Postgres };

// Where the data lives: "sqlite:/path/file.db" or "postgresql://user[:pw]@host[:port]/db[?host=/dir]".
struct DatabaseUrl
{
    Backend backend = Backend::Sqlite;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString databaseName;

    static std::optional<DatabaseUrl> parse(const QString &text, QString *error);
    // The embedded default: a file in the user's data folder.
    static DatabaseUrl defaultSqlite();
    // For logs: never includes the password.
    QString displayName() const;
};

} // namespace mq::storage
