-- pgbench -n -c 4 -j 2 -T 10 -f webhook-minimal.sql test
-- One webhook recorded: the inbox INSERT and the order UPDATE in one transaction, nothing else.
\set oid random(1, 1000)
\set r random(1, 2000000000)
BEGIN;
INSERT INTO webhook_inbox (dedupe_key, payload, verified, state, received_at, failure_count)
VALUES ('pgb-' || :client_id || '-' || :r, '{"orderId":"cp-bench","orderStatus":"11","sign":"ab"}', true,
        'RECEIVED', now(), 0)
ON CONFLICT DO NOTHING;
UPDATE orders SET status = 'PROCESSING', reported_actual_amount = 0.00001234, reported_actual_asset = 'BTC',
                  updated_at = now(), version = version + 1
WHERE id = :oid;
END;
