-- pgbench script: one order.purchase of one ticket by one customer in ONE transaction, with the
-- statements marquee-server writes purchases with on PostgreSQL (server/storage/
-- purchaserepository.cpp confirmChain: orders, items, payments and tickets in ONE statement of
-- data-modifying CTEs, each record set bound as one JSON text parameter; catalogrepository.cpp
-- lockTicketType and changeCounts), in the order of the classic one-order transaction: the hot
-- row locked first, the order written, the counts, COMMIT. Its best rate is the ceiling the
-- server is compared with. (bench/pgbench/purchase-path.sql is what the server runs for a
-- buyer alone in its batch: three transactions.) Run by scripts/bench-sale.sh against the
-- database the server created, on a ticket type no buyer touches (bench/pgbench/
-- purchase-setup.sql prints the -D variables):
--
--   pgbench -n -M prepared -c N -j 2 -T SECONDS -f bench/pgbench/purchase.sql
--       -D tt=ID -D price=CENTS -D now=MS -D first_user=U -D users=N
--
-- The record sets are made first, outside the transaction, by one SELECT (the server makes them
-- in C++); they name their order by its code, as the server's do. Codes and keys are unique from
-- :client_id and a random number; each client is one customer (user first_user + client_id).

\set r random(1, 999999999999)
\set uid :first_user + (:client_id % :users)

SELECT CAST(json_build_array(json_build_object('code', k.code, 'user_id', CAST(:uid AS BIGINT), 'status', 'paid',
         'total_cents', tt.price_cents, 'payment_provider', 'sandbox', 'created_at', CAST(:now AS BIGINT),
         'request_key', k.request_key)) AS TEXT) AS orders,
       CAST(json_build_array(json_build_object('order_code', k.code, 'ticket_type_id', tt.id, 'quantity', 1,
         'unit_price_cents', tt.price_cents, 'ticket_type_name', tt.name, 'performance_id', tt.performance_id,
         'event_title', e.title, 'starts_at', p.starts_at, 'venue', p.venue)) AS TEXT) AS items,
       CAST(json_build_array(json_build_object('order_code', k.code, 'kind', 'charge', 'provider', 'sandbox',
         'amount_cents', tt.price_cents, 'status', 'succeeded', 'idempotency_key', k.code || '|charge',
         'provider_reference', 'ch_' || k.code, 'created_at', CAST(:now AS BIGINT))) AS TEXT) AS payments,
       CAST(json_build_array(json_build_object('order_code', k.code, 'ticket_type_id', tt.id, 'code', 'T' || k.code,
         'status', 'valid', 'seat_id', NULL, 'performance_id', tt.performance_id)) AS TEXT) AS tickets
  FROM (SELECT 'PB-' || CAST(:client_id AS TEXT) || '-' || CAST(:r AS TEXT) AS code,
               CAST(:uid AS TEXT) || '|pgbench-' || CAST(:client_id AS TEXT) || '-' || CAST(:r AS TEXT) AS request_key) AS k,
       ticket_types tt JOIN performances p ON p.id = tt.performance_id JOIN events e ON e.id = p.event_id
 WHERE tt.id = :tt \gset j_

BEGIN;
SELECT tt.id, tt.performance_id, tt.name, tt.price_cents, tt.capacity, tt.sold, tt.held, tt.on_sale, tt.version,
       p.starts_at, p.venue, p.seating, e.id, e.title
  FROM ticket_types tt JOIN performances p ON p.id = tt.performance_id JOIN events e ON e.id = p.event_id
 WHERE tt.id = :tt FOR UPDATE OF tt;
WITH o AS (INSERT INTO orders (code, user_id, status, total_cents, payment_provider, created_at, request_key)
           SELECT x.code, x.user_id, x.status, x.total_cents, x.payment_provider, x.created_at, x.request_key
             FROM json_to_recordset(CAST(:j_orders AS json)) AS x(code TEXT, user_id BIGINT, status TEXT,
                  total_cents BIGINT, payment_provider TEXT, created_at BIGINT, request_key TEXT)
           RETURNING id, code),
     i AS (INSERT INTO order_items (order_id, ticket_type_id, quantity, unit_price_cents, ticket_type_name,
                                    performance_id, event_title, starts_at, venue)
           SELECT o.id, x.ticket_type_id, x.quantity, x.unit_price_cents, x.ticket_type_name, x.performance_id,
                  x.event_title, x.starts_at, x.venue
             FROM json_to_recordset(CAST(:j_items AS json)) AS x(order_code TEXT, ticket_type_id BIGINT,
                  quantity BIGINT, unit_price_cents BIGINT, ticket_type_name TEXT, performance_id BIGINT,
                  event_title TEXT, starts_at BIGINT, venue TEXT)
             JOIN o ON o.code = x.order_code),
     p AS (INSERT INTO payments (order_id, kind, provider, amount_cents, status, idempotency_key,
                                 provider_reference, created_at)
           SELECT o.id, x.kind, x.provider, x.amount_cents, x.status, x.idempotency_key, x.provider_reference,
                  x.created_at
             FROM json_to_recordset(CAST(:j_payments AS json)) AS x(order_code TEXT, kind TEXT, provider TEXT,
                  amount_cents BIGINT, status TEXT, idempotency_key TEXT, provider_reference TEXT, created_at BIGINT)
             JOIN o ON o.code = x.order_code),
     t AS (INSERT INTO tickets (order_id, ticket_type_id, code, status, seat_id, performance_id)
           SELECT o.id, x.ticket_type_id, x.code, x.status, x.seat_id, x.performance_id
             FROM json_to_recordset(CAST(:j_tickets AS json)) AS x(order_code TEXT, ticket_type_id BIGINT,
                  code TEXT, status TEXT, seat_id BIGINT, performance_id BIGINT)
             JOIN o ON o.code = x.order_code
           RETURNING id, code)
SELECT 'order', code, id FROM o UNION ALL SELECT 'ticket', code, id FROM t;
UPDATE ticket_types SET sold = sold + 1, held = held + 0, version = version + 1 WHERE id = :tt
RETURNING id, performance_id, name, price_cents, capacity, sold, held, on_sale, version;
COMMIT;
