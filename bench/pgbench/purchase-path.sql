-- pgbench script: what marquee-server runs on PostgreSQL for ONE buyer alone in its batch
-- (server/services/purchaseflow.cpp reserve / charge / confirm, the statements of
-- server/storage/purchaserepository.cpp, sandboxledger.cpp and catalogrepository.cpp), as three
-- transactions: (1) reserve: the requestId looked up among orders and running purchases, the
-- hot row locked, the purchase intent stored, held + 1; (2) charge: the sandbox gateway's
-- ledger row; (3) confirm: the intent taken, the order, its item, ticket and payment written,
-- held - 1 and sold + 1. Same variables and conventions as bench/pgbench/purchase.sql (record
-- sets built in the statement, not bound as JSON text).
--
--   pgbench -n -M prepared -c N -j 2 -T SECONDS -f bench/pgbench/purchase-path.sql
--       -D tt=ID -D price=CENTS -D now=MS -D first_user=U -D users=N

\set r random(1, 999999999999)
\set uid :first_user + (:client_id % :users)
\set owner 424242

-- 1. reserve
BEGIN;
SELECT request_key, id FROM orders WHERE request_key IN (SELECT json_array_elements_text(
       json_build_array(CAST(:uid AS TEXT) || '|pgbench-' || CAST(:client_id AS TEXT) || '-' || CAST(:r AS TEXT))));
SELECT request_key, order_code FROM purchase_intents WHERE request_key IN (SELECT json_array_elements_text(
       json_build_array(CAST(:uid AS TEXT) || '|pgbench-' || CAST(:client_id AS TEXT) || '-' || CAST(:r AS TEXT))));
SELECT tt.id, tt.performance_id, tt.name, tt.price_cents, tt.capacity, tt.sold, tt.held, tt.on_sale, tt.version,
       p.starts_at, p.venue, p.seating, e.id, e.title
  FROM ticket_types tt JOIN performances p ON p.id = tt.performance_id JOIN events e ON e.id = p.event_id
 WHERE tt.id = :tt FOR UPDATE OF tt \gset c_
INSERT INTO purchase_intents (owner, user_id, order_code, request_key, payment_provider, total_cents, lines, created_at)
SELECT x.owner, x.user_id, x.order_code, x.request_key, x.payment_provider, x.total_cents, x.lines, x.created_at
  FROM json_to_recordset(json_build_array(json_build_object(
         'owner', CAST(:owner AS BIGINT), 'user_id', CAST(:uid AS BIGINT),
         'order_code', 'PP-' || CAST(:client_id AS TEXT) || '-' || CAST(:r AS TEXT),
         'request_key', CAST(:uid AS TEXT) || '|pgbench-' || CAST(:client_id AS TEXT) || '-' || CAST(:r AS TEXT),
         'payment_provider', 'sandbox', 'total_cents', CAST(:price AS BIGINT),
         'lines', CAST(json_build_array(json_build_object('ticketTypeId', CAST(:tt AS BIGINT), 'quantity', 1,
                  'unitPriceCents', CAST(:price AS BIGINT), 'ticketTypeName', CAST(:c_name AS TEXT),
                  'performanceId', CAST(:c_performance_id AS BIGINT), 'eventTitle', CAST(:c_title AS TEXT),
                  'venue', CAST(:c_venue AS TEXT))) AS TEXT),
         'created_at', CAST(:now AS BIGINT))))
       AS x(owner BIGINT, user_id BIGINT, order_code TEXT, request_key TEXT, payment_provider TEXT, total_cents BIGINT,
            lines TEXT, created_at BIGINT)
RETURNING order_code, id \gset i_
UPDATE ticket_types SET sold = sold + 0, held = held + 1, version = version + 1 WHERE id = :tt
RETURNING id, performance_id, name, price_cents, capacity, sold, held, on_sale, version;
COMMIT;

-- 2. charge: the sandbox gateway's own ledger, in its own transaction
BEGIN;
INSERT INTO sandbox_ledger (idempotency_key, amount_cents, status, reference, created_at)
SELECT x.idempotency_key, x.amount_cents, x.status, x.reference, x.created_at
  FROM json_to_recordset(json_build_array(json_build_object(
         'idempotency_key', CAST(:i_order_code AS TEXT) || '|charge', 'amount_cents', CAST(:price AS BIGINT),
         'status', 'approved', 'reference', 'ch_pgbench_' || CAST(:r AS TEXT), 'created_at', CAST(:now AS BIGINT))))
       AS x(idempotency_key TEXT, amount_cents BIGINT, status TEXT, reference TEXT, created_at BIGINT)
ON CONFLICT (idempotency_key) DO NOTHING;
SELECT idempotency_key, amount_cents, status, reference FROM sandbox_ledger WHERE idempotency_key IN
       (SELECT json_array_elements_text(json_build_array(CAST(:i_order_code AS TEXT) || '|charge')));
COMMIT;

-- 3. confirm
BEGIN;
DELETE FROM purchase_intents WHERE id IN (SELECT unnest(ARRAY[CAST(:i_id AS BIGINT)])) RETURNING id;
INSERT INTO orders (code, user_id, status, total_cents, payment_provider, created_at, request_key)
SELECT x.code, x.user_id, x.status, x.total_cents, x.payment_provider, x.created_at, x.request_key
  FROM json_to_recordset(json_build_array(json_build_object(
         'code', CAST(:i_order_code AS TEXT),
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
         'idempotency_key', CAST(:i_order_code AS TEXT) || '|charge',
         'provider_reference', 'ch_pgbench_' || CAST(:r AS TEXT), 'created_at', CAST(:now AS BIGINT))))
       AS x(order_id BIGINT, kind TEXT, provider TEXT, amount_cents BIGINT, status TEXT, idempotency_key TEXT,
            provider_reference TEXT, created_at BIGINT);
UPDATE ticket_types SET sold = sold + 1, held = held + -1, version = version + 1 WHERE id = :tt
RETURNING id, performance_id, name, price_cents, capacity, sold, held, on_sale, version;
COMMIT;
