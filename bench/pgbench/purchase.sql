-- pgbench script: one order.purchase of one ticket by one customer in ONE transaction, with the
-- statements marquee-server writes a purchase with (server/storage/purchaserepository.cpp
-- insertOrders and recordPayments, catalogrepository.cpp lockTicketType and changeCounts), in
-- the order of a purchase before issue 11: the hot row locked first, the order's rows, the
-- counts, COMMIT. This is the classic "one order per transaction" ceiling of the hot row that
-- the server is compared with. (bench/pgbench/purchase-path.sql is what the server runs now for
-- a buyer alone in its batch: three transactions.) Run by scripts/bench-sale.sh against the
-- database the server created, on a ticket type no buyer touches (bench/pgbench/
-- purchase-setup.sql prints the -D variables):
--
--   pgbench -n -M prepared -c N -j 2 -T SECONDS -f bench/pgbench/purchase.sql
--       -D tt=ID -D price=CENTS -D now=MS -D first_user=U -D users=N
--
-- The server binds each record set as one JSON text parameter (json_to_recordset(CAST(? AS
-- json)) AS x(...)). pgbench has no string variables to build that JSON in, and the later sets
-- need the order id RETURNING gives; so each set is built in the statement from scalar
-- parameters (json_to_recordset(json_build_array(json_build_object(...))) AS x(...)): the same
-- statements, round trips and rows, the JSON made by the database instead of the client.
-- Codes and keys are unique from :client_id and a random number; each client is one customer.

\set r random(1, 999999999999)
\set uid :first_user + (:client_id % :users)

BEGIN;
SELECT tt.id, tt.performance_id, tt.name, tt.price_cents, tt.capacity, tt.sold, tt.held, tt.on_sale, tt.version,
       p.starts_at, p.venue, p.seating, e.id, e.title
  FROM ticket_types tt JOIN performances p ON p.id = tt.performance_id JOIN events e ON e.id = p.event_id
 WHERE tt.id = :tt FOR UPDATE OF tt \gset c_
INSERT INTO orders (code, user_id, status, total_cents, payment_provider, created_at, request_key)
SELECT x.code, x.user_id, x.status, x.total_cents, x.payment_provider, x.created_at, x.request_key
  FROM json_to_recordset(json_build_array(json_build_object(
         'code', 'PB-' || CAST(:client_id AS TEXT) || '-' || CAST(:r AS TEXT),
         'user_id', CAST(:uid AS BIGINT), 'status', 'paid', 'total_cents', CAST(:price AS BIGINT),
         'payment_provider', 'sandbox', 'created_at', CAST(:now AS BIGINT),
         'request_key', CAST(:uid AS TEXT) || '|pgbench-' || CAST(:client_id AS TEXT) || '-' || CAST(:r AS TEXT))))
       AS x(code TEXT, user_id BIGINT, status TEXT, total_cents BIGINT, payment_provider TEXT, created_at BIGINT,
            request_key TEXT)
RETURNING code, id \gset o_
INSERT INTO order_items (order_id, ticket_type_id, quantity, unit_price_cents, ticket_type_name, performance_id,
                         event_title, starts_at, venue)
SELECT x.order_id, x.ticket_type_id, x.quantity, x.unit_price_cents, x.ticket_type_name, x.performance_id,
       x.event_title, x.starts_at, x.venue
  FROM json_to_recordset(json_build_array(json_build_object(
         'order_id', CAST(:o_id AS BIGINT), 'ticket_type_id', CAST(:tt AS BIGINT), 'quantity', 1,
         'unit_price_cents', CAST(:price AS BIGINT), 'ticket_type_name', CAST(:c_name AS TEXT),
         'performance_id', CAST(:c_performance_id AS BIGINT), 'event_title', CAST(:c_title AS TEXT),
         'starts_at', CAST(:c_starts_at AS BIGINT), 'venue', CAST(:c_venue AS TEXT))))
       AS x(order_id BIGINT, ticket_type_id BIGINT, quantity BIGINT, unit_price_cents BIGINT, ticket_type_name TEXT,
            performance_id BIGINT, event_title TEXT, starts_at BIGINT, venue TEXT);
INSERT INTO tickets (order_id, ticket_type_id, code, status, seat_id, performance_id)
SELECT x.order_id, x.ticket_type_id, x.code, x.status, x.seat_id, x.performance_id
  FROM json_to_recordset(json_build_array(json_build_object(
         'order_id', CAST(:o_id AS BIGINT), 'ticket_type_id', CAST(:tt AS BIGINT),
         'code', 'PT-' || CAST(:client_id AS TEXT) || '-' || CAST(:r AS TEXT), 'status', 'valid', 'seat_id', NULL,
         'performance_id', CAST(:c_performance_id AS BIGINT))))
       AS x(order_id BIGINT, ticket_type_id BIGINT, code TEXT, status TEXT, seat_id BIGINT, performance_id BIGINT)
RETURNING code, id;
INSERT INTO payments (order_id, kind, provider, amount_cents, status, idempotency_key, provider_reference, created_at)
SELECT x.order_id, x.kind, x.provider, x.amount_cents, x.status, x.idempotency_key, x.provider_reference, x.created_at
  FROM json_to_recordset(json_build_array(json_build_object(
         'order_id', CAST(:o_id AS BIGINT), 'kind', 'charge', 'provider', 'sandbox',
         'amount_cents', CAST(:price AS BIGINT), 'status', 'succeeded',
         'idempotency_key', 'PB-' || CAST(:client_id AS TEXT) || '-' || CAST(:r AS TEXT) || '|charge',
         'provider_reference', 'ch_pgbench_' || CAST(:r AS TEXT), 'created_at', CAST(:now AS BIGINT))))
       AS x(order_id BIGINT, kind TEXT, provider TEXT, amount_cents BIGINT, status TEXT, idempotency_key TEXT,
            provider_reference TEXT, created_at BIGINT);
UPDATE ticket_types SET sold = sold + 1, held = held + 0, version = version + 1 WHERE id = :tt
RETURNING id, performance_id, name, price_cents, capacity, sold, held, on_sale, version;
COMMIT;
