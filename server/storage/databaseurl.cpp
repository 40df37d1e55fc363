#include "storage/databaseurl.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace mq::storage {

std::optional<DatabaseUrl> DatabaseUrl::parse(const QString &text, QString *error)
{
    DatabaseUrl url;
    if (text.startsWith(u"sqlite:"_s)) {
        url.backend = Backend::Sqlite;
        url.sqlitePath = text.mid(7);
        if (const qsizetype q = url.sqlitePath.lastIndexOf(u"?synchronous="_s); q >= 0) {
            url.sqliteSynchronous = url.sqlitePath.mid(q + 13).toLower();
            url.sqlitePath.truncate(q);
            if (url.sqliteSynchronous != u"full"_s && url.sqliteSynchronous != u"normal"_s) {
                *error = u"sqlite: synchronous is full (the default) or normal"_s;
                return std::nullopt;
            }
        }
        if (url.sqlitePath.startsWith(u"//"_s))
            url.sqlitePath = url.sqlitePath.mid(2);
        if (url.sqlitePath.isEmpty()) {
            *error = u"sqlite: URL needs a file path, e.g. sqlite:/var/lib/marquee/marquee.db"_s;
            return std::nullopt;
        }
        return url;
    }
    if (text.startsWith(u"postgresql://"_s) || text.startsWith(u"postgres://"_s)) {
        const QUrl parsed(text, QUrl::StrictMode);
        if (!parsed.isValid()) {
            *error = u"Malformed PostgreSQL URL"_s;
            return std::nullopt;
        }
        url.backend = Backend::Postgres;
        url.host = parsed.host();
        url.port = parsed.port(5432);
        url.user = parsed.userName();
        url.password = parsed.password();
        url.databaseName = parsed.path().mid(1);
        const QUrlQuery query(parsed);
        if (query.hasQueryItem(u"host"_s))
            url.host = query.queryItemValue(u"host"_s, QUrl::FullyDecoded);
        if (query.hasQueryItem(u"port"_s))
            url.port = query.queryItemValue(u"port"_s).toInt();
        // Every other libpq connection keyword passes through (TLS to the database with sslmode
        // and its files, timeouts, keepalives); values may not break out of the option list.
        static const QStringList allowed{
            u"sslmode"_s, u"sslrootcert"_s, u"sslcert"_s, u"sslkey"_s, u"sslcrl"_s,
            u"sslcompression"_s, u"sslsni"_s, u"ssl_min_protocol_version"_s, u"requiressl"_s,
            u"connect_timeout"_s, u"application_name"_s, u"keepalives"_s, u"keepalives_idle"_s,
            u"keepalives_interval"_s, u"keepalives_count"_s, u"tcp_user_timeout"_s,
            u"target_session_attrs"_s, u"gssencmode"_s, u"channel_binding"_s, u"passfile"_s,
            u"service"_s, u"hostaddr"_s};
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (key == u"host"_s || key == u"port"_s)
                continue;
            if (!allowed.contains(key)) {
                *error = u"Unknown PostgreSQL option in the URL: %1"_s.arg(key);
                return std::nullopt;
            }
            if (value.isEmpty() || value.contains(u';') || value.contains(u'\'')
                || value.contains(u' ')) {
                *error = u"PostgreSQL option %1 has a value that cannot be passed on"_s.arg(key);
                return std::nullopt;
            }
            url.options.append({key, value});
        }
        if (url.databaseName.isEmpty()) {
            *error = u"PostgreSQL URL needs a database name, e.g. postgresql://user@localhost/marquee"_s;
            return std::nullopt;
        }
        return url;
    }
    *error = u"Unsupported database URL (use sqlite:/path/file.db or postgresql://user@host/db)"_s;
    return std::nullopt;
}

DatabaseUrl DatabaseUrl::defaultSqlite()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + u"/.local/share/marquee"_s;
    QDir().mkpath(dir);
    DatabaseUrl url;
    url.sqlitePath = dir + u"/marquee.db"_s;
    return url;
}

QString DatabaseUrl::displayName() const
{
    if (backend == Backend::Sqlite)
        return u"sqlite:"_s + sqlitePath;
    return u"postgresql://%1@%2:%3/%4"_s.arg(user, host).arg(port).arg(databaseName);
}

} // namespace mq::storage
