-- pgbench script: what marquee-server runs on PostgreSQL for ONE buyer alone in its batch
-- (server/services/purchaseflow.cpp reserve / charge / confirm with the statements of
-- server/storage/purchaserepository.cpp, sandboxledger.cpp and catalogrepository.cpp), three
-- transactions: (1) reserve: the requestId looked up among orders and pending purchases (one
-- statement), the ticket type read without a lock, the purchase intent stored, then ONE UPDATE
-- that holds the ticket only if it is still there (the hot row is locked from there to the
-- COMMIT; the server's retry with the row locked first never happens here); (2) charge: the sandbox
-- gateway's ledger row and its read-back; (3) confirm: ONE statement taking the intent and
-- writing the order, item, payment and ticket, then held - 1 and sold + 1 (the hot row last).
-- Record sets are bound as JSON text, made beforehand by one SELECT outside any transaction, as
-- in bench/pgbench/purchase.sql (same -D variables):
--
--   pgbench -n -M prepared -c N -j 2 -T SECONDS -f bench/pgbench/purchase-path.sql
--       -D tt=ID -D price=CENTS -D now=MS -D first_user=U -D users=N

\set r random(1, 999999999999)
\set uid :first_user + (:client_id % :users)

SELECT CAST(json_build_array(k.request_key) AS TEXT) AS keys,
       CAST(json_build_array(json_build_object('owner', 424242, 'user_id', CAST(:uid AS BIGINT),
         'order_code', k.code, 'request_key', k.request_key, 'payment_provider', 'sandbox',
         'total_cents', tt.price_cents,
         'lines', CAST(json_build_array(json_build_object('ticketTypeId', tt.id, 'quantity', 1,
                  'unitPriceCents', tt.price_cents, 'ticketTypeName', tt.name, 'performanceId', tt.performance_id,
                  'eventTitle', e.title, 'venue', p.venue)) AS TEXT),
         'created_at', CAST(:now AS BIGINT))) AS TEXT) AS intents,
       CAST(json_build_array(json_build_object('idempotency_key', k.code || ':' || 'charge', 'amount_cents', tt.price_cents,
         'status', 'approved', 'reference', 'ch_' || k.code, 'created_at', CAST(:now AS BIGINT))) AS TEXT) AS ledger,
       CAST(json_build_array(k.code || ':' || 'charge') AS TEXT) AS ledger_keys,
       CAST(json_build_array(json_build_object('code', k.code, 'user_id', CAST(:uid AS BIGINT), 'status', 'paid',
         'total_cents', tt.price_cents, 'payment_provider', 'sandbox', 'created_at', CAST(:now AS BIGINT),
         'request_key', k.request_key)) AS TEXT) AS orders,
       CAST(json_build_array(json_build_object('order_code', k.code, 'ticket_type_id', tt.id, 'quantity', 1,
         'unit_price_cents', tt.price_cents, 'ticket_type_name', tt.name, 'performance_id', tt.performance_id,
         'event_title', e.title, 'starts_at', p.starts_at, 'venue', p.venue)) AS TEXT) AS items,
       CAST(json_build_array(json_build_object('order_code', k.code, 'kind', 'charge', 'provider', 'sandbox',
         'amount_cents', tt.price_cents, 'status', 'succeeded', 'idempotency_key', k.code || ':' || 'charge',
         'provider_reference', 'ch_' || k.code, 'created_at', CAST(:now AS BIGINT))) AS TEXT) AS payments,
       CAST(json_build_array(json_build_object('order_code', k.code, 'ticket_type_id', tt.id, 'code', 'T' || k.code,
         'status', 'valid', 'seat_id', NULL, 'performance_id', tt.performance_id)) AS TEXT) AS tickets
  FROM (SELECT 'PP-' || CAST(:client_id AS TEXT) || '-' || CAST(:r AS TEXT) AS code,
               CAST(:uid AS TEXT) || '|pgbench-' || CAST(:client_id AS TEXT) || '-' || CAST(:r AS TEXT) AS request_key) AS k,
       ticket_types tt JOIN performances p ON p.id = tt.performance_id JOIN events e ON e.id = p.event_id
 WHERE tt.id = :tt \gset j_

-- 1. reserve
BEGIN;
SELECT request_key, id, NULL FROM orders WHERE request_key IN (SELECT json_array_elements_text(CAST(:j_keys AS json)))
UNION ALL SELECT request_key, 0, order_code FROM purchase_intents
 WHERE request_key IN (SELECT json_array_elements_text(CAST(:j_keys AS json)));
SELECT tt.id, tt.performance_id, tt.name, tt.price_cents, tt.capacity, tt.sold, tt.held, tt.on_sale, tt.version,
       p.starts_at, p.venue, p.seating, e.id, e.title
  FROM ticket_types tt JOIN performances p ON p.id = tt.performance_id JOIN events e ON e.id = p.event_id
 WHERE tt.id = :tt;
INSERT INTO purchase_intents (owner, user_id, order_code, request_key, payment_provider, total_cents, lines, created_at)
SELECT x.owner, x.user_id, x.order_code, x.request_key, x.payment_provider, x.total_cents, x.lines, x.created_at
  FROM json_to_recordset(CAST(:j_intents AS json)) AS x(owner BIGINT, user_id BIGINT, order_code TEXT,
       request_key TEXT, payment_provider TEXT, total_cents BIGINT, lines TEXT, created_at BIGINT)
RETURNING order_code, id, '{' || CAST(id AS TEXT) || '}' AS ids \gset i_
UPDATE ticket_types SET held = held + 1, version = version + 1
 WHERE id = :tt AND on_sale = 1 AND capacity - sold - held >= 1
RETURNING id, performance_id, name, price_cents, capacity, sold, held, on_sale, version;
COMMIT;

-- 2. charge: the sandbox gateway's own ledger, in its own transaction
BEGIN;
INSERT INTO sandbox_ledger (idempotency_key, amount_cents, status, reference, created_at)
SELECT x.idempotency_key, x.amount_cents, x.status, x.reference, x.created_at
  FROM json_to_recordset(CAST(:j_ledger AS json)) AS x(idempotency_key TEXT, amount_cents BIGINT, status TEXT,
       reference TEXT, created_at BIGINT)
ON CONFLICT (idempotency_key) DO NOTHING;
SELECT idempotency_key, amount_cents, status, reference FROM sandbox_ledger
 WHERE idempotency_key IN (SELECT json_array_elements_text(CAST(:j_ledger_keys AS json)));
COMMIT;

-- 3. confirm
BEGIN;
WITH taken AS (DELETE FROM purchase_intents WHERE id IN (SELECT unnest(CAST(:i_ids AS BIGINT[]))) RETURNING order_code),
     o AS (INSERT INTO orders (code, user_id, status, total_cents, payment_provider, created_at, request_key)
           SELECT x.code, x.user_id, x.status, x.total_cents, x.payment_provider, x.created_at, x.request_key
             FROM json_to_recordset(CAST(:j_orders AS json)) AS x(code TEXT, user_id BIGINT, status TEXT,
                  total_cents BIGINT, payment_provider TEXT, created_at BIGINT, request_key TEXT)
             JOIN taken ON taken.order_code = x.code
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
SELECT 'taken', order_code, 0 FROM taken UNION ALL SELECT 'order', code, id FROM o
UNION ALL SELECT 'ticket', code, id FROM t;
UPDATE ticket_types SET sold = sold + 1, held = held + -1, version = version + 1 WHERE id = :tt
RETURNING id, performance_id, name, price_cents, capacity, sold, held, on_sale, version;
COMMIT;
