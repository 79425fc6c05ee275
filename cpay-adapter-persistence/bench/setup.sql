-- Scratch schema for pgbench: the adapter's own migration, then 1000 crypto deposits like the driver's.
-- Run with: psql -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres -d test -f setup.sql (search_path set by run.sh)
\i ../src/main/resources/db/migration/V1__orders_inbox_idempotency.sql
INSERT INTO orders (id, merchant_id, merchant_trade_no, kind, user_id, status, requested_amount, requested_asset,
                    reporting_asset, created_at, updated_at, needs_review, history_count, note_count, version)
SELECT i, 'merchant-test', 'bench-' || i, 'CRYPTO_DEPOSIT', 'user-a', 'PENDING', 0.12345678, 'BTC', 'BTC',
       now(), now(), false, 0, 0, 0
FROM generate_series(1, 1000) AS i;
