#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace mq::storage {

enum class Backend { Sqlite, Postgres };

// Where the data lives: "sqlite:/path/file.db[?synchronous=normal]" or
// "postgresql://user[:pw]@host[:port]/db[?host=/dir&sslmode=verify-full&…]" (libpq options).
struct DatabaseUrl
{
    Backend backend = Backend::Sqlite;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString databaseName;
    QList<QPair<QString, QString>> options; // libpq keywords from the query string
    QString sqliteSynchronous = QStringLiteral("full");

    static std::optional<DatabaseUrl> parse(const QString &text, QString *error);
    // The embedded default: a file in the user's data folder.
    static DatabaseUrl defaultSqlite();
    // For logs: never includes the password.
    QString displayName() const;
};

} // namespace mq::storage
