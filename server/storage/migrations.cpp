#include "storage/migrations.h"

#include "services/timezones.h"
#include "storage/database.h"

#include <QLoggingCategory>
#include <QStringList>

#include <stdexcept>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcMigrations, "marquee.storage.migrations")

namespace mq::storage {

namespace {

// %ID% is the dialect's auto-increment primary key, %REAL% its floating point type.
// Times are BIGINT milliseconds since the epoch, UTC. Money is BIGINT cents.
const QList<QStringList> &steps()
{
    static const QList<QStringList> all = {
        // 1: accounts, catalog, sales, payments, audit; venues/seats/holds shaped for reserved seating.
        {
            u"CREATE TABLE users (id %ID%, username TEXT NOT NULL, username_key TEXT NOT NULL UNIQUE,"
            " display_name TEXT NOT NULL, role TEXT NOT NULL, password_hash TEXT NOT NULL,"
            " created_at BIGINT NOT NULL)"_s,
            u"CREATE TABLE login_throttle (username_key TEXT PRIMARY KEY, failures INTEGER NOT NULL,"
            " locked_until BIGINT NOT NULL)"_s,
            u"CREATE TABLE sessions (id %ID%, user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
            " token_hash TEXT NOT NULL UNIQUE, created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL,"
            " revoked_at BIGINT)"_s,
            u"CREATE INDEX sessions_user ON sessions(user_id)"_s,
            u"CREATE TABLE venues (id %ID%, name TEXT NOT NULL, seat_count INTEGER NOT NULL,"
            " focus_x %REAL% NOT NULL, focus_y %REAL% NOT NULL, created_at BIGINT NOT NULL)"_s,
            u"CREATE TABLE seats (id %ID%, venue_id BIGINT NOT NULL REFERENCES venues(id) ON DELETE CASCADE,"
            " section TEXT NOT NULL, row_label TEXT NOT NULL, label TEXT NOT NULL, x %REAL% NOT NULL,"
            " y %REAL% NOT NULL, accessible INTEGER NOT NULL DEFAULT 0, aisle_after INTEGER NOT NULL DEFAULT 0)"_s,
            u"CREATE INDEX seats_venue ON seats(venue_id, id)"_s,
            u"CREATE TABLE events (id %ID%, title TEXT NOT NULL, category TEXT NOT NULL,"
            " description TEXT NOT NULL, created_at BIGINT NOT NULL)"_s,
            u"CREATE TABLE performances (id %ID%, event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
            " starts_at BIGINT NOT NULL, venue TEXT NOT NULL, seating TEXT NOT NULL,"
            " venue_id BIGINT REFERENCES venues(id), seat_version BIGINT NOT NULL DEFAULT 0)"_s,
            u"CREATE INDEX performances_event ON performances(event_id)"_s,
            u"CREATE INDEX performances_starts ON performances(starts_at)"_s,
            u"CREATE TABLE ticket_types (id %ID%,"
            " performance_id BIGINT NOT NULL REFERENCES performances(id) ON DELETE CASCADE,"
            " name TEXT NOT NULL, price_cents BIGINT NOT NULL, capacity BIGINT NOT NULL,"
            " sold BIGINT NOT NULL DEFAULT 0, held BIGINT NOT NULL DEFAULT 0,"
            " CHECK (price_cents >= 0 AND sold >= 0 AND held >= 0 AND sold + held <= capacity))"_s,
            u"CREATE INDEX ticket_types_performance ON ticket_types(performance_id)"_s,
            u"CREATE TABLE holds (id %ID%, user_id BIGINT NOT NULL REFERENCES users(id),"
            " performance_id BIGINT NOT NULL REFERENCES performances(id) ON DELETE CASCADE,"
            " status TEXT NOT NULL, created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL)"_s,
            u"CREATE INDEX holds_expiry ON holds(status, expires_at)"_s,
            u"CREATE TABLE hold_items (hold_id BIGINT NOT NULL REFERENCES holds(id) ON DELETE CASCADE,"
            " ticket_type_id BIGINT NOT NULL, quantity INTEGER NOT NULL, unit_price_cents BIGINT NOT NULL)"_s,
            u"CREATE TABLE performance_seats ("
            " performance_id BIGINT NOT NULL REFERENCES performances(id) ON DELETE CASCADE,"
            " seat_id BIGINT NOT NULL REFERENCES seats(id), ticket_type_id BIGINT,"
            " status TEXT NOT NULL, blocked INTEGER NOT NULL DEFAULT 0, hold_id BIGINT, order_id BIGINT,"
            " PRIMARY KEY (performance_id, seat_id))"_s,
            u"CREATE TABLE orders (id %ID%, code TEXT NOT NULL UNIQUE, user_id BIGINT NOT NULL REFERENCES users(id),"
            " status TEXT NOT NULL, total_cents BIGINT NOT NULL, payment_provider TEXT NOT NULL,"
            " created_at BIGINT NOT NULL, cancelled_at BIGINT)"_s,
            u"CREATE INDEX orders_user ON orders(user_id, id)"_s,
            u"CREATE TABLE order_items (id %ID%, order_id BIGINT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,"
            " ticket_type_id BIGINT NOT NULL, quantity INTEGER NOT NULL, unit_price_cents BIGINT NOT NULL,"
            " ticket_type_name TEXT NOT NULL, performance_id BIGINT NOT NULL, event_title TEXT NOT NULL,"
            " starts_at BIGINT NOT NULL, venue TEXT NOT NULL)"_s,
            u"CREATE INDEX order_items_order ON order_items(order_id)"_s,
            u"CREATE TABLE tickets (id %ID%, order_id BIGINT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,"
            " ticket_type_id BIGINT NOT NULL, code TEXT NOT NULL UNIQUE, seat_id BIGINT,"
            " status TEXT NOT NULL, checked_in_at BIGINT)"_s,
            u"CREATE INDEX tickets_order ON tickets(order_id)"_s,
            u"CREATE TABLE payments (id %ID%, order_id BIGINT REFERENCES orders(id), kind TEXT NOT NULL,"
            " provider TEXT NOT NULL, amount_cents BIGINT NOT NULL, status TEXT NOT NULL,"
            " idempotency_key TEXT NOT NULL UNIQUE, provider_reference TEXT, created_at BIGINT NOT NULL)"_s,
            u"CREATE TABLE audit_log (id %ID%, at BIGINT NOT NULL, user_id BIGINT, username TEXT,"
            " action TEXT NOT NULL, entity TEXT NOT NULL, entity_id BIGINT, before_json TEXT,"
            " after_json TEXT)"_s,
        },
        // 2: reserved seating. Nothing could write holds or seat inventory before, so those
        // tables are rebuilt with the constraints that make a double sale impossible.
        {
            u"ALTER TABLE seats ADD COLUMN section_no INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE seats ADD COLUMN row_no INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE seats ADD COLUMN companion INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE seats ADD COLUMN restricted_view INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE seats ADD COLUMN note TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE performances ADD COLUMN no_single_seats INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE tickets ADD COLUMN performance_id BIGINT"_s,
            u"DROP TABLE performance_seats"_s,
            u"DROP TABLE hold_items"_s,
            u"DROP TABLE holds"_s,
            u"CREATE TABLE holds (id %ID%, user_id BIGINT NOT NULL REFERENCES users(id),"
            " performance_id BIGINT NOT NULL REFERENCES performances(id) ON DELETE CASCADE,"
            " status TEXT NOT NULL, created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL,"
            " paying_since BIGINT,"
            " CHECK (status IN ('active', 'released', 'expired', 'checked_out')))"_s,
            u"CREATE INDEX holds_expiry ON holds(status, expires_at)"_s,
            u"CREATE INDEX holds_user ON holds(user_id, performance_id, status)"_s,
            u"CREATE TABLE hold_items (id %ID%,"
            " hold_id BIGINT NOT NULL REFERENCES holds(id) ON DELETE CASCADE,"
            " ticket_type_id BIGINT NOT NULL, quantity INTEGER NOT NULL CHECK (quantity > 0),"
            " unit_price_cents BIGINT NOT NULL)"_s,
            u"CREATE INDEX hold_items_hold ON hold_items(hold_id)"_s,
            // One row per seat and performance. A sold seat names exactly one order and a held
            // one exactly one hold, so no seat can be sold or held twice, whatever the code does.
            u"CREATE TABLE performance_seats ("
            " performance_id BIGINT NOT NULL REFERENCES performances(id) ON DELETE CASCADE,"
            " seat_id BIGINT NOT NULL REFERENCES seats(id),"
            " ticket_type_id BIGINT REFERENCES ticket_types(id) ON DELETE SET NULL,"
            " status TEXT NOT NULL, blocked INTEGER NOT NULL DEFAULT 0,"
            " hold_id BIGINT REFERENCES holds(id), order_id BIGINT REFERENCES orders(id),"
            " PRIMARY KEY (performance_id, seat_id),"
            " CHECK (status IN ('a', 'h', 's')),"
            " CHECK ((status = 'h') = (hold_id IS NOT NULL)),"
            " CHECK ((status = 's') = (order_id IS NOT NULL)),"
            " CHECK (status = 'a' OR (ticket_type_id IS NOT NULL AND blocked = 0)))"_s,
            u"CREATE INDEX performance_seats_hold ON performance_seats(hold_id)"_s,
            u"CREATE INDEX performance_seats_order ON performance_seats(order_id)"_s,
            u"CREATE INDEX performance_seats_type ON performance_seats(ticket_type_id, status)"_s,
            // The tickets themselves: one valid ticket per seat and performance.
            u"CREATE UNIQUE INDEX tickets_one_per_seat ON tickets(performance_id, seat_id)"
            " WHERE seat_id IS NOT NULL AND status <> 'cancelled'"_s,
            // Pushes too large for a NOTIFY payload, fetched by the other server instances.
            u"CREATE TABLE push_log (id %ID%, payload TEXT NOT NULL, created_at BIGINT NOT NULL)"_s,
        },
        // 3: a ticket type can stop selling without being deleted.
        {
            u"ALTER TABLE ticket_types ADD COLUMN on_sale INTEGER NOT NULL DEFAULT 1"_s,
        },
        // 4: guest accounts (auth.guest): no password, short sessions, never a login.
        {
            u"ALTER TABLE users ADD COLUMN guest INTEGER NOT NULL DEFAULT 0"_s,
        },
        // 5: failed sign-ins counted per user name and source address (guessing from one place
        // locks only that place out), all sources together within a window, and purged after it.
        {
            u"ALTER TABLE login_throttle ADD COLUMN first_failure_at BIGINT NOT NULL DEFAULT 0"_s,
            u"CREATE TABLE login_source_throttle (username_key TEXT NOT NULL, source TEXT NOT NULL,"
            " failures INTEGER NOT NULL, first_failure_at BIGINT NOT NULL,"
            " locked_until BIGINT NOT NULL, PRIMARY KEY (username_key, source))"_s,
            u"CREATE INDEX sessions_expiry ON sessions(expires_at)"_s,
        },
        // 6: a version per ticket type, bumped by every change of its row, so pushes published
        // by different workers can be put back in commit order.
        {
            u"ALTER TABLE ticket_types ADD COLUMN version BIGINT NOT NULL DEFAULT 0"_s,
        },
        // 7: purchases are reserved, paid outside any lock and then confirmed. A reservation
        // lives only between the two transactions; one left behind by a crash is reconciled
        // against the payment provider's record. `request_key` (user id and the client's
        // requestId) makes a repeated purchase find its first attempt instead of buying twice.
        {
            u"CREATE TABLE purchase_intents (id %ID%, owner BIGINT NOT NULL,"
            " user_id BIGINT NOT NULL REFERENCES users(id), order_code TEXT NOT NULL UNIQUE,"
            " request_key TEXT UNIQUE, payment_provider TEXT NOT NULL, total_cents BIGINT NOT NULL,"
            " lines TEXT NOT NULL, created_at BIGINT NOT NULL)"_s,
            u"CREATE INDEX purchase_intents_owner ON purchase_intents(owner, created_at)"_s,
            u"ALTER TABLE orders ADD COLUMN request_key TEXT"_s,
            u"CREATE UNIQUE INDEX orders_request ON orders(request_key)"_s,
            // The built-in sandbox gateway's own record of what it charged, kept as a real
            // provider keeps its own: one row per idempotency key, whatever is retried.
            u"CREATE TABLE sandbox_ledger (idempotency_key TEXT PRIMARY KEY, amount_cents BIGINT NOT NULL,"
            " status TEXT NOT NULL, reference TEXT NOT NULL, created_at BIGINT NOT NULL,"
            " CHECK (status IN ('approved', 'declined', 'voided')))"_s,
        },
        // 8 (issue 12): check-in at the door. A ticket's admission lives on its row, so one
        // conditional UPDATE admits it at most once; every scan, undo and uploaded offline scan
        // is kept in checkin_scans (an upload's nonce is unique and keeps its answer, so a
        // retried upload answers the same and never counts twice). One Ed25519 key pair signs
        // the codes printed in QR codes, shared by every instance.
        {
            u"ALTER TABLE tickets ADD COLUMN admitted_at BIGINT"_s,
            u"ALTER TABLE tickets ADD COLUMN admitted_gate TEXT"_s,
            u"ALTER TABLE tickets ADD COLUMN admitted_by BIGINT"_s,
            u"UPDATE tickets SET performance_id = (SELECT oi.performance_id FROM order_items oi"
            " WHERE oi.order_id = tickets.order_id AND oi.ticket_type_id = tickets.ticket_type_id"
            " LIMIT 1) WHERE performance_id IS NULL"_s,
            u"CREATE INDEX tickets_performance ON tickets(performance_id, status)"_s,
            u"CREATE INDEX tickets_admitted ON tickets(performance_id, admitted_gate)"
            " WHERE admitted_at IS NOT NULL"_s,
            u"CREATE TABLE checkin_scans (id %ID%, performance_id BIGINT NOT NULL,"
            " ticket_id BIGINT, code TEXT NOT NULL, kind TEXT NOT NULL, gate TEXT NOT NULL,"
            " user_id BIGINT, nonce TEXT UNIQUE, scanned_at BIGINT NOT NULL,"
            " recorded_at BIGINT NOT NULL, result TEXT NOT NULL, answer TEXT,"
            " CHECK (kind IN ('scan', 'undo', 'upload')))"_s,
            u"CREATE INDEX checkin_scans_performance ON checkin_scans(performance_id, result)"_s,
            u"CREATE TABLE server_keys (id INTEGER PRIMARY KEY, public_key TEXT NOT NULL,"
            " secret_key TEXT NOT NULL, created_at BIGINT NOT NULL, CHECK (id = 1))"_s,
        },
        // Time zones (issue 12): a venue and a performance have an IANA zone, and an order item
        // keeps the one its performance had. Rows from before take the server's default zone
        // (--default-time-zone); a reserved performance takes its venue's.
        {
            u"ALTER TABLE venues ADD COLUMN time_zone TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE performances ADD COLUMN time_zone TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE order_items ADD COLUMN time_zone TEXT NOT NULL DEFAULT ''"_s,
            u"UPDATE venues SET time_zone = %DEFAULT_TIME_ZONE%"_s,
            u"UPDATE performances SET time_zone = COALESCE((SELECT v.time_zone FROM venues v"
            " WHERE v.id = performances.venue_id), %DEFAULT_TIME_ZONE%)"_s,
            u"UPDATE order_items SET time_zone = COALESCE((SELECT p.time_zone FROM performances p"
            " WHERE p.id = order_items.performance_id), %DEFAULT_TIME_ZONE%)"_s,
        },
        // Reports (issue 12): who served at the box office. `sold_by` is the member of staff who
        // sold an order at the counter (its buyer), `refunded_by` the one who refunded it; both
        // NULL for what customers did themselves. Orders from before are filled from the buyers'
        // roles and the audit log's refunds. The partial indexes hold box office orders only, so
        // online sales pay nothing for them; order items by performance serve sales reports.
        {
            u"ALTER TABLE orders ADD COLUMN sold_by BIGINT"_s,
            u"ALTER TABLE orders ADD COLUMN refunded_by BIGINT"_s,
            u"UPDATE orders SET sold_by = user_id"
            " WHERE user_id IN (SELECT id FROM users WHERE role <> 'customer')"_s,
            u"UPDATE orders SET refunded_by = (SELECT MAX(a.user_id) FROM audit_log a"
            " JOIN users u ON u.id = a.user_id WHERE a.action = 'order.refund'"
            " AND a.entity = 'order' AND a.entity_id = orders.id AND u.role <> 'customer')"
            " WHERE cancelled_at IS NOT NULL"_s,
            u"CREATE INDEX orders_sold_by ON orders(created_at) WHERE sold_by IS NOT NULL"_s,
            u"CREATE INDEX orders_refunded_by ON orders(cancelled_at) WHERE refunded_by IS NOT NULL"_s,
            u"CREATE INDEX order_items_performance ON order_items(performance_id)"_s,
        },
    };
    return all;
}

QString expand(const QString &sql, const Dialect &dialect)
{
    QString out = sql;
    out.replace(u"%ID%"_s, dialect.idColumn());
    out.replace(u"%REAL%"_s, dialect.realType());
    if (out.contains(u"%DEFAULT_TIME_ZONE%"_s)) {
        // A checked IANA id; quoted all the same.
        QString zone = services::TimeZones::defaultZone();
        zone.replace(u'\'', u"''"_s);
        out.replace(u"%DEFAULT_TIME_ZONE%"_s, u"'"_s + zone + u"'"_s);
    }
    return out;
}

} // namespace

int Migrations::latestVersion()
{
    return int(steps().size());
}

int Migrations::currentVersion(Database &db)
{
    return int(db.scalar(u"SELECT version FROM schema_version"_s));
}

void Migrations::apply(Database &db)
{
    apply(db, latestVersion());
}

void Migrations::apply(Database &db, int targetVersion)
{
    db.write([&] {
        if (db.dialect().isPostgres()) {
            // Several servers may start against one database at once: one migrates, the rest
            // wait. The lock comes before anything else: two CREATE TABLE IF NOT EXISTS racing on
            // an empty database would otherwise fail on PostgreSQL's catalog.
            db.execDirect(u"SELECT pg_advisory_xact_lock(7427001)"_s);
        }
        db.execDirect(u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"_s);
        if (db.scalar(u"SELECT COUNT(*) FROM schema_version"_s) == 0)
            db.exec(u"INSERT INTO schema_version (version) VALUES (0)"_s);
        const int current = currentVersion(db);
        if (current > latestVersion())
            throw std::runtime_error("the database schema is newer than this server (version "
                                     + std::to_string(current) + "); upgrade Marquee");
        for (int version = current + 1; version <= qMin(targetVersion, latestVersion()); ++version) {
            qCInfo(lcMigrations) << "applying schema migration" << version;
            for (const QString &sql : steps().at(version - 1))
                db.execDirect(expand(sql, db.dialect()));
            db.exec(u"UPDATE schema_version SET version = ?"_s, {version});
        }
    });
}

} // namespace mq::storage
