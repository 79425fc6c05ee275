-- pgbench -n -M prepared -c 16 -j 2 -T 10 -f creation-statements.sql <scratch database>
-- The statements the app runs to create one crypto deposit (bench/load.sh's scratch database: the real schema and
-- indexes), without the app, in the app's five transactions: the idempotency claim (a look for a record from
-- before keys had clients, then the claim), the order with its order.created event, the C-Pay call's log line,
-- C-Pay's answer (the order locked and read, updated whole, its history entry, its order.updated event), the
-- stored answer for the Idempotency-Key. Read off PostgreSQL's log_statement=all on 2026-12-07; payload sizes are
-- those the app wrote then. Prepared, as the app's driver runs them. One pgbench "transaction" is one creation;
-- what pgbench reaches is the most the app's creation can reach on this server, HTTP, JSON and Java left out.
-- Orders are written under merchant 'pgbench', so the app's own orders are not touched.
\set r random(1, 9000000000000000000)
\set u random(0, 255)
BEGIN;
SELECT * FROM idempotency_records WHERE idempotency_key = 'k-' || :client_id || '-' || :r AND client_id IS NULL AND expires_at > now();
INSERT INTO idempotency_records (idempotency_key, client_id, fingerprint, state, owner, lease_until, order_ref, created_at, expires_at)
VALUES ('pgbench|k-' || :client_id || '-' || :r, 'pgbench', 'sha256:' || repeat('f', 64), 'IN_FLIGHT', 'pgbench/' || :client_id, now() + interval '15 seconds', 'c-' || :client_id || '-' || :r, now(), now() + interval '1 day')
ON CONFLICT DO NOTHING;
END;
BEGIN;
INSERT INTO orders (merchant_id, merchant_trade_no, cpay_order_id, kind, user_id, status, requested_amount, requested_asset, reporting_asset, reported_order_amount, reported_order_asset, reported_actual_amount, reported_actual_asset, reported_received_amount, reported_received_asset, reported_fee_amount, reported_fee_asset, reported_pledge_amount, reported_pledge_asset, tx_hash, masked_pan, details, metadata, created_at, updated_at, needs_review, history_count, note_count, rejection_code, rejection_msg, rejection_trace_id, rejected_at, outcome_unknown_since, outcome_unknown_reason, lookup_attempts, next_lookup_at, version)
VALUES ('pgbench', 'c-' || :client_id || '-' || :r, NULL, 'CRYPTO_DEPOSIT', 'user-' || :u, 'PENDING', 25.00000000, 'USDT', 'USDT', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '{}', '{}', now(), now(), false, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0)
RETURNING id AS oid, * \gset
SELECT COALESCE(MAX(event_sequence), 0) FROM order_events WHERE aggregateid = 'c-' || :client_id || '-' || :r;
INSERT INTO order_events (id, aggregatetype, aggregateid, type, payload, event_sequence, created_at)
VALUES (gen_random_uuid(), 'order', 'c-' || :client_id || '-' || :r, 'order.created', repeat('e', 640), 1, now());
END;
BEGIN;
INSERT INTO cpay_calls (merchant_id, merchant_trade_no, operation, called_at, result, code, trace_id, detail)
VALUES ('pgbench', 'c-' || :client_id || '-' || :r, 'createOrder', now(), 'ACCEPTED', 0, 'stub-' || :r, 'success');
END;
BEGIN;
SELECT * FROM orders WHERE merchant_id = 'pgbench' AND merchant_trade_no = 'c-' || :client_id || '-' || :r FOR UPDATE;
UPDATE orders SET merchant_id = 'pgbench', merchant_trade_no = 'c-' || :client_id || '-' || :r, cpay_order_id = 'cp-' || :client_id || '-' || :r, kind = 'CRYPTO_DEPOSIT', user_id = 'user-' || :u, status = 'PENDING', requested_amount = 25.00000000, requested_asset = 'USDT', reporting_asset = 'USDT', reported_order_amount = 25.00000000, reported_order_asset = 'USDT', reported_actual_amount = NULL, reported_actual_asset = NULL, reported_received_amount = 25.00000000, reported_received_asset = 'USDT', reported_fee_amount = NULL, reported_fee_asset = NULL, reported_pledge_amount = NULL, reported_pledge_asset = NULL, tx_hash = NULL, masked_pan = NULL, details = '{"cashierUrl":"https://cashier.cpay.ltd/payment?orderId=cp-' || :r || '"}', metadata = '{}', created_at = created_at, updated_at = now(), needs_review = false, history_count = 1, note_count = 0, rejection_code = NULL, rejection_msg = NULL, rejection_trace_id = NULL, rejected_at = NULL, outcome_unknown_since = NULL, outcome_unknown_reason = NULL, lookup_attempts = NULL, next_lookup_at = NULL, version = 1
WHERE id = :oid AND version = 0;
INSERT INTO order_status_history (order_id, seq, from_status, to_status, status_code, source, outcome, observed_at)
VALUES (:oid, 0, 'PENDING', 'PENDING', '0', 'CREATE_RESPONSE', 'APPLIED', now()) RETURNING *;
SELECT COALESCE(MAX(event_sequence), 0) FROM order_events WHERE aggregateid = 'c-' || :client_id || '-' || :r;
INSERT INTO order_events (id, aggregatetype, aggregateid, type, payload, event_sequence, created_at)
VALUES (gen_random_uuid(), 'order', 'c-' || :client_id || '-' || :r, 'order.updated', repeat('e', 1000), 2, now());
END;
BEGIN;
UPDATE idempotency_records SET state = 'COMPLETED', response_status = 201, response_content_type = 'application/json', response_body = repeat('b', 740), completed_at = now()
WHERE idempotency_key = 'pgbench|k-' || :client_id || '-' || :r AND state = 'IN_FLIGHT' AND owner = 'pgbench/' || :client_id;
END;
