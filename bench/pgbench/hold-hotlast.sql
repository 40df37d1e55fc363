-- pgbench script: bench/pgbench/hold.sql with one change the server could make, to measure it
-- before anyone makes it. The same statements, but the two rows every buyer of a performance
-- needs (its price category in ticket_types, its seat_version in performances) are updated last,
-- right before COMMIT, and the category's new numbers come back from the UPDATE (RETURNING)
-- instead of a SELECT after it. Today (hold.sql) the category row stays locked from its UPDATE
-- through the seat re-read, the category re-read, the version bump and the commit.
-- Run as hold.sql (scripts/bench-seats.sh runs both with PGBENCH_HOTLAST=1).

\set q random(1, 4)
\set seat random(:first_seat, :last_seat - 3)
\set last :seat + :q - 1
\set uid :first_user + (:client_id % :users)
\set zero 0
\set minus_q 0 - :q

-- hold.create, 1: holds of this performance past their time are expired first (a read of its own).
BEGIN READ ONLY;
SELECT id FROM holds WHERE status = 'active' AND expires_at <= CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)
   AND (paying_since IS NULL OR paying_since < CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT) - 120000)
   AND performance_id = :perf ORDER BY expires_at LIMIT 200;
COMMIT;

-- hold.create, 2: the write transaction.
BEGIN;
-- The performance (and, for this script, the time and the seat list as the server binds it).
SELECT id, event_id, starts_at, venue, seating, venue_id, no_single_seats,
       CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT) AS now_ms,
       '{' || array_to_string(ARRAY(SELECT generate_series(CAST(:seat AS BIGINT), CAST(:last AS BIGINT))), ',') || '}' AS ids
  FROM performances WHERE id = :perf \gset p_
\set expires :p_now_ms + 600000
SELECT tt.id, tt.performance_id, tt.name, tt.price_cents, tt.capacity, tt.sold, tt.held, tt.on_sale FROM ticket_types tt
 WHERE tt.performance_id = :perf ORDER BY tt.performance_id, tt.id;
-- The hold limit: the customer's row, then what they hold already.
SELECT id, username, display_name, role, password_hash FROM users WHERE id = :uid FOR UPDATE;
SELECT COALESCE(SUM(hi.quantity), 0) FROM holds h JOIN hold_items hi ON hi.hold_id = h.id WHERE h.user_id = :uid
   AND h.performance_id = :perf AND h.status = 'active' AND h.expires_at > :p_now_ms;
-- The seats, locked in id order; the server checks them in C++, pgbench counts them here.
SELECT count(*) AS n,
       count(*) FILTER (WHERE status = 'a' AND blocked = 0 AND ticket_type_id IS NOT NULL) AS free,
       COALESCE(min(ticket_type_id), 0) AS tt, COALESCE(max(ticket_type_id), 0) AS tt_last
  FROM (SELECT seat_id, ticket_type_id, status, blocked, hold_id, order_id FROM performance_seats
         WHERE performance_id = :perf AND seat_id IN (SELECT unnest(CAST(:p_ids AS BIGINT[])))
         ORDER BY seat_id FOR UPDATE) AS locked \gset
\if :free = :q and :tt = :tt_last
INSERT INTO holds (user_id, performance_id, status, created_at, expires_at) VALUES (:uid, :perf, 'active', :p_now_ms, :expires)
RETURNING id AS hold_id \gset
INSERT INTO hold_items (hold_id, ticket_type_id, quantity, unit_price_cents) VALUES (:hold_id, :tt, :q, 4500);
UPDATE performance_seats SET status = 'h', hold_id = :hold_id WHERE performance_id = :perf
   AND seat_id IN (SELECT unnest(CAST(:p_ids AS BIGINT[])));
-- finishSeatChange: the seats' new states, then (moved here) the category's numbers, returned
-- by the UPDATE itself, and the next map version: the two rows every buyer needs are locked last.
SELECT seat_id, ticket_type_id, status, blocked, hold_id, order_id FROM performance_seats
 WHERE performance_id = :perf AND seat_id IN (SELECT unnest(CAST(:p_ids AS BIGINT[]))) ORDER BY seat_id FOR UPDATE;
UPDATE ticket_types SET sold = sold + :zero, held = held + :q WHERE id = :tt
RETURNING id, performance_id, name, price_cents, capacity, sold, held, on_sale;
UPDATE performances SET seat_version = seat_version + 1 WHERE id = :perf RETURNING seat_version;
COMMIT;
\else
-- 409 seat_taken (or the seats span two categories, which this script does not write).
ROLLBACK;
\endif

\if :free = :q and :tt = :tt_last
\if :notify
SELECT 1 FROM (SELECT pg_notify(CAST('marquee_bench' AS TEXT), CAST('{"i": "pgbench","p": 1,"m": "{\"jsonrpc\": \"2.0\",\"method\": \"seats.changed\",\"params\": {\"performanceId\": 1,\"seats\": [{\"id\": 1,\"status\": \"h\",\"ticketTypeId\": 1},{\"id\": 2,\"status\": \"h\",\"ticketTypeId\": 1}],\"version\": 2}}"}' AS TEXT))) AS sent;
SELECT 1 FROM (SELECT pg_notify(CAST('marquee_bench' AS TEXT), CAST('{"i": "pgbench","p": 1,"m": "{\"jsonrpc\": \"2.0\",\"method\": \"inventory.changed\",\"params\": {\"performanceId\": 1,\"ticketTypes\": [{\"capacity\": 667,\"held\": 2,\"id\": 1,\"name\": \"Category 1\",\"priceCents\": 9000,\"remaining\": 665,\"sold\": 0}]}}"}' AS TEXT))) AS sent;
\endif

-- hold.release of the same hold.
BEGIN;
SELECT id, performance_id, user_id, status, expires_at, paying_since FROM holds WHERE id = :hold_id FOR UPDATE;
SELECT ticket_type_id, quantity, unit_price_cents FROM hold_items WHERE hold_id = :hold_id ORDER BY ticket_type_id, id;
SELECT seat_id, ticket_type_id FROM performance_seats WHERE hold_id = :hold_id ORDER BY seat_id;
SELECT seat_id, ticket_type_id, status, blocked, hold_id, order_id FROM performance_seats WHERE hold_id = :hold_id
 ORDER BY seat_id FOR UPDATE;
UPDATE performance_seats SET status = 'a', hold_id = NULL, order_id = NULL WHERE performance_id = :perf
   AND seat_id IN (SELECT unnest(CAST(:p_ids AS BIGINT[])));
UPDATE holds SET status = 'released', paying_since = NULL WHERE id = :hold_id;
SELECT seat_id, ticket_type_id, status, blocked, hold_id, order_id FROM performance_seats
 WHERE performance_id = :perf AND seat_id IN (SELECT unnest(CAST(:p_ids AS BIGINT[]))) ORDER BY seat_id FOR UPDATE;
UPDATE ticket_types SET sold = sold + :zero, held = held + :minus_q WHERE id = :tt
RETURNING id, performance_id, name, price_cents, capacity, sold, held, on_sale;
UPDATE performances SET seat_version = seat_version + 1 WHERE id = :perf RETURNING seat_version;
COMMIT;
\if :notify
SELECT 1 FROM (SELECT pg_notify(CAST('marquee_bench' AS TEXT), CAST('{"i": "pgbench","p": 1,"m": "{\"jsonrpc\": \"2.0\",\"method\": \"seats.changed\",\"params\": {\"performanceId\": 1,\"seats\": [{\"id\": 1,\"status\": \"a\",\"ticketTypeId\": 1},{\"id\": 2,\"status\": \"a\",\"ticketTypeId\": 1}],\"version\": 3}}"}' AS TEXT))) AS sent;
SELECT 1 FROM (SELECT pg_notify(CAST('marquee_bench' AS TEXT), CAST('{"i": "pgbench","p": 1,"m": "{\"jsonrpc\": \"2.0\",\"method\": \"inventory.changed\",\"params\": {\"performanceId\": 1,\"ticketTypes\": [{\"capacity\": 667,\"held\": 0,\"id\": 1,\"name\": \"Category 1\",\"priceCents\": 9000,\"remaining\": 667,\"sold\": 0}]}}"}' AS TEXT))) AS sent;
\endif
\endif
