#include "support/testbackend.h"

#include "support/pgcluster.h"

#include <QTemporaryDir>
#include <QtDebug>

using namespace Qt::StringLiterals;

QString testBackend()
{
    const QString backend = qEnvironmentVariable("MARQUEE_TEST_BACKEND").trimmed().toLower();
    return backend.isEmpty() ? u"sqlite"_s : backend;
}

QString freshDatabaseUrl(QTemporaryDir &dir)
{
    const QString backend = testBackend();
    if (backend == u"sqlite"_s) {
        if (!dir.isValid()) {
            qCritical("freshDatabaseUrl: temporary folder is not valid: %s",
                      qPrintable(dir.errorString()));
            return {};
        }
        return u"sqlite:"_s + dir.filePath(u"marquee.db"_s);
    }
    if (backend == u"postgresql"_s) {
        const QString url = PgCluster::instance()->createDatabase();
        if (url.isEmpty())
            qCritical("freshDatabaseUrl: PostgreSQL: %s",
                      qPrintable(PgCluster::instance()->lastError()));
        return url;
    }
    qCritical("freshDatabaseUrl: unknown MARQUEE_TEST_BACKEND '%s' (sqlite or postgresql)",
              qPrintable(backend));
    return {};
}
