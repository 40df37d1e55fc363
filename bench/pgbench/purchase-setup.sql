-- Prepares a database marquee-server has migrated for bench/pgbench/purchase.sql and prints its
-- pgbench -D variables (name=value, one a line):
--   psql -At -v users=200 -v price=4500 -f bench/pgbench/purchase-setup.sql
-- An event with one performance 30 days ahead and one general-admission ticket type of a
-- capacity pgbench never exhausts, which no load-generator buyer touches; and :users customers
-- (one per pgbench client; they never sign in, so their password hash is a placeholder).

SELECT CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT) AS now_ms \gset
INSERT INTO events (title, category, description, created_at)
VALUES ('pgbench purchase.sql', 'concert', 'The ticket type pgbench buys from.', :now_ms)
RETURNING id AS event_id \gset
INSERT INTO performances (event_id, starts_at, venue, seating)
VALUES (:event_id, :now_ms + CAST(30 AS BIGINT) * 86400000, 'pgbench hall', 'general')
RETURNING id AS perf_id \gset
INSERT INTO ticket_types (performance_id, name, price_cents, capacity)
VALUES (:perf_id, 'General admission', :price, 1000000000000)
RETURNING id AS tt \gset
INSERT INTO users (username, username_key, display_name, role, password_hash, created_at)
SELECT 'pgbench-' || g, 'pgbench-' || g, 'pgbench buyer ' || g, 'customer', '!', :now_ms
  FROM generate_series(1, :users) AS g;

-- A server older than the exactly-once purchases has no orders.request_key yet: add it here
-- so the same script runs (marquee-server has already migrated this database, so its own
-- migration never meets this column).
SELECT 'added_request_key=' || CASE WHEN EXISTS (SELECT 1 FROM information_schema.columns
        WHERE table_name = 'orders' AND column_name = 'request_key') THEN 0 ELSE 1 END;
ALTER TABLE orders ADD COLUMN IF NOT EXISTS request_key TEXT;

SELECT 'tt=' || :tt;
SELECT 'price=' || :price;
SELECT 'now=' || :now_ms;
SELECT 'first_user=' || min(id) FROM users WHERE username LIKE 'pgbench-%';
SELECT 'users=' || count(*) FROM users WHERE username LIKE 'pgbench-%';
SELECT 'user_span=' || (max(id) - min(id) + 1) FROM users WHERE username LIKE 'pgbench-%';
