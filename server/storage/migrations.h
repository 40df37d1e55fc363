#pragma once

namespace mq::storage {

class Database;

// Numbered, append-only schema migrations, applied at start in one transaction.
class Migrations
{
public:
    // The schema version this build writes. A decrease is never allowed.
    static int latestVersion();
    // Brings the schema up to date. Throws StorageError, or std::runtime_error when the
    // database was written by a newer Marquee.
    static void apply(Database &db);
    // Stops at `targetVersion` (tests build an older schema to upgrade from).
    static void apply(Database &db, int targetVersion);
    static int currentVersion(Database &db);
};

} // namespace mq::storage
