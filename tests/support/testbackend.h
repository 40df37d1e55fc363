#pragma once

#include <QString>

class QTemporaryDir;

// Which storage backend this test run uses: MARQUEE_TEST_BACKEND, "sqlite" (default) or
// "postgresql".
QString testBackend();

// A database nobody has used yet, as the URL marquee-server takes: a file in dir for SQLite,
// a new database in the private cluster for PostgreSQL. Empty on failure (the reason is
// printed with qCritical).
QString freshDatabaseUrl(QTemporaryDir &dir);
