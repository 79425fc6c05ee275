-- pgbench -n -c 4 -j 2 -T 10 -D lo=<first order id> -D hi=<last order id> -f webhook-intake.sql <scratch database>
-- The statements the app runs to take in one webhook (bench/load.sh's scratch database: the real schema, indexes and
-- orders), without the app: inbox insert, the order locked and read, its last history entry, the order update, the
-- history entry, the event's sequence and the outbox row, the inbox entry marked processed; one transaction. The
-- payload sizes are those the app wrote in a run (notification about 310 bytes, event envelope about 860). What
-- pgbench reaches with it is the most any intake of these rows can reach on this server, HTTP and Java left out.
\set oid random(:lo, :hi)
\set r random(1, 2000000000)
BEGIN;
INSERT INTO webhook_inbox (dedupe_key, payload, verified, state, received_at, failure_count)
VALUES ('pgi-' || :client_id || '-' || :r, repeat('n', 310), true, 'RECEIVED', now(), 0)
ON CONFLICT DO NOTHING;
SELECT merchant_trade_no AS tno, history_count AS hc, orders.* FROM orders WHERE id = :oid FOR UPDATE \gset
SELECT * FROM order_status_history WHERE order_id = :oid AND seq = :hc - 1;
UPDATE orders SET status = 'PROCESSING', reported_actual_amount = 24.5, reported_actual_asset = 'USDT',
                  updated_at = now(), history_count = :hc + 1, version = version + 1
WHERE id = :oid;
INSERT INTO order_status_history (order_id, seq, from_status, to_status, status_code, source, outcome, observed_at)
VALUES (:oid, :hc, 'PENDING', 'PROCESSING', '11', 'WEBHOOK', 'APPLIED', now());
SELECT COALESCE(MAX(event_sequence), 0) AS es FROM order_events WHERE aggregateid = ':tno' \gset
INSERT INTO order_events (id, aggregatetype, aggregateid, type, payload, event_sequence, created_at)
VALUES (gen_random_uuid(), 'order', ':tno', 'order.status_changed', repeat('e', 860), :es + 1, now());
UPDATE webhook_inbox SET state = 'PROCESSED', processed_at = now(), merchant_trade_no = ':tno'
WHERE dedupe_key = 'pgi-' || :client_id || '-' || :r AND state IN ('RECEIVED', 'FAILED', 'NEEDS_LOOKUP');
END;
