-- pgbench -n -M prepared -c 16 -j 2 -T 10 -f creation-least.sql <scratch database>
-- The same rows as creation-statements.sql (idempotency record, order, two events, history entry, call log line,
-- stored answer) written with the least a creation can do without giving up what keeps money safe: one commit
-- before the C-Pay call (the order and its claim exist before anything is sent) and one after it (the answer),
-- no reads, and the update naming only the columns the answer changes. What pgbench reaches with it is the most
-- any creation that keeps these rows can reach on this server, whatever the app does.
-- Orders are written under merchant 'pgbench', so the app's own orders are not touched.
\set r random(1, 9000000000000000000)
\set u random(0, 255)
BEGIN;
INSERT INTO idempotency_records (idempotency_key, client_id, fingerprint, state, owner, lease_until, order_ref, created_at, expires_at)
VALUES ('pgbench|l-' || :client_id || '-' || :r, 'pgbench', 'sha256:' || repeat('f', 64), 'IN_FLIGHT', 'pgbench/' || :client_id, now() + interval '15 seconds', 'l-' || :client_id || '-' || :r, now(), now() + interval '1 day')
ON CONFLICT DO NOTHING;
INSERT INTO orders (merchant_id, merchant_trade_no, kind, user_id, status, requested_amount, requested_asset, reporting_asset, details, metadata, created_at, updated_at, needs_review, history_count, note_count, version)
VALUES ('pgbench', 'l-' || :client_id || '-' || :r, 'CRYPTO_DEPOSIT', 'user-' || :u, 'PENDING', 25.00000000, 'USDT', 'USDT', '{}', '{}', now(), now(), false, 0, 0, 0)
RETURNING id AS oid \gset
INSERT INTO order_events (id, aggregatetype, aggregateid, type, payload, event_sequence, created_at)
VALUES (gen_random_uuid(), 'order', 'l-' || :client_id || '-' || :r, 'order.created', repeat('e', 640), 1, now());
END;
BEGIN;
UPDATE orders SET cpay_order_id = 'cp-' || :client_id || '-' || :r, reported_order_amount = 25.00000000, reported_order_asset = 'USDT', reported_received_amount = 25.00000000, reported_received_asset = 'USDT', details = '{"cashierUrl":"https://cashier.cpay.ltd/payment?orderId=cp-' || :r || '"}', updated_at = now(), history_count = 1, version = 1
WHERE id = :oid AND version = 0;
INSERT INTO order_status_history (order_id, seq, from_status, to_status, status_code, source, outcome, observed_at)
VALUES (:oid, 0, 'PENDING', 'PENDING', '0', 'CREATE_RESPONSE', 'APPLIED', now());
INSERT INTO order_events (id, aggregatetype, aggregateid, type, payload, event_sequence, created_at)
VALUES (gen_random_uuid(), 'order', 'l-' || :client_id || '-' || :r, 'order.updated', repeat('e', 1000), 2, now());
INSERT INTO cpay_calls (merchant_id, merchant_trade_no, operation, called_at, result, code, trace_id, detail)
VALUES ('pgbench', 'l-' || :client_id || '-' || :r, 'createOrder', now(), 'ACCEPTED', 0, 'stub-' || :r, 'success');
UPDATE idempotency_records SET state = 'COMPLETED', response_status = 201, response_content_type = 'application/json', response_body = repeat('b', 740), completed_at = now()
WHERE idempotency_key = 'pgbench|l-' || :client_id || '-' || :r AND state = 'IN_FLIGHT' AND owner = 'pgbench/' || :client_id;
END;
