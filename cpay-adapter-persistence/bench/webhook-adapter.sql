-- pgbench -n -c 4 -j 2 -T 10 -f webhook-adapter.sql test
-- The same statements the adapter issues to record one webhook (inbox insert, order read with the last entry
-- of its history (review notes are read only for flagged orders: none here), locked version check, guarded
-- update, history append, inbox entry marked processed), one transaction.
\set oid random(1, 1000)
\set r random(1, 2000000000)
BEGIN;
INSERT INTO webhook_inbox (dedupe_key, payload, verified, rejection_reason, state, received_at, failure_count)
VALUES ('pga-' || :client_id || '-' || :r, '{"orderId":"cp-bench","orderStatus":"11","sign":"ab"}', true, NULL,
        'RECEIVED', now(), 0)
ON CONFLICT DO NOTHING;
SELECT * FROM orders WHERE merchant_id = 'merchant-test' AND merchant_trade_no = 'bench-' || :oid;
SELECT * FROM order_status_history WHERE order_id = :oid
    AND seq = (SELECT history_count - 1 FROM orders WHERE id = :oid);
SELECT id, version, history_count, note_count FROM orders
WHERE merchant_id = 'merchant-test' AND merchant_trade_no = 'bench-' || :oid FOR UPDATE;
INSERT INTO order_status_history (order_id, seq, from_status, to_status, status_code, source, outcome, observed_at)
VALUES (:oid, (SELECT history_count FROM orders WHERE id = :oid), 'PENDING', 'PROCESSING', '11',
        'WEBHOOK', 'APPLIED', now());
UPDATE orders SET status = 'PROCESSING', reported_actual_amount = 0.00001234, reported_actual_asset = 'BTC',
                  updated_at = now(), history_count = history_count + 1, version = version + 1
WHERE id = :oid AND version = (SELECT version FROM orders WHERE id = :oid);
UPDATE webhook_inbox SET state = 'PROCESSED', processed_at = now()
WHERE dedupe_key = 'pga-' || :client_id || '-' || :r AND state IN ('RECEIVED', 'FAILED', 'PROCESSED');
END;
