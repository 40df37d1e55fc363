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
