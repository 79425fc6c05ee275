-- Webhook inbox: notifications held for review or a lookup at C-Pay (SPEC-DECISIONS row 15, revised 2026-12-05).
-- UNMATCHED: verified, but no order of ours matches it and it is no deposit without an order; NEEDS_LOOKUP:
-- verified, but its fields could not be read or applied; RESOLVED: its order was found and reconciled.
-- The lookup keys are kept in their own columns; what C-Pay's getOrderDetail said is kept for the reviewer.
-- Touches webhook_inbox only.
ALTER TABLE webhook_inbox DROP CONSTRAINT ck_webhook_inbox_state;
ALTER TABLE webhook_inbox ADD CONSTRAINT ck_webhook_inbox_state
    CHECK (state IN ('RECEIVED', 'REJECTED', 'PROCESSED', 'FAILED', 'UNMATCHED', 'NEEDS_LOOKUP', 'RESOLVED'));

-- why the entry is held (field names and rules; never payload values)
ALTER TABLE webhook_inbox ADD COLUMN review_reason VARCHAR(1000);
-- the keys it can be matched or asked by: merchantTradeNo, C-Pay's orderId, transaction hash
ALTER TABLE webhook_inbox ADD COLUMN merchant_trade_no VARCHAR(64);
ALTER TABLE webhook_inbox ADD COLUMN cpay_order_id VARCHAR(64);
ALTER TABLE webhook_inbox ADD COLUMN tx_hash VARCHAR(128);
-- lookup bookkeeping: failed attempts, when the next is due (NULL once C-Pay answered), when it answered
ALTER TABLE webhook_inbox ADD COLUMN lookup_attempts INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE webhook_inbox ADD COLUMN next_lookup_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE webhook_inbox ADD COLUMN last_lookup_error VARCHAR(1000);
ALTER TABLE webhook_inbox ADD COLUMN looked_up_at TIMESTAMP WITH TIME ZONE;
-- what C-Pay said: FOUND / NOT_FOUND / NO_KEY, its status code, its merchantTradeNo, its amounts as text
ALTER TABLE webhook_inbox ADD COLUMN lookup_answer VARCHAR(16);
ALTER TABLE webhook_inbox ADD COLUMN cpay_status VARCHAR(32);
ALTER TABLE webhook_inbox ADD COLUMN cpay_merchant_trade_no VARCHAR(64);
ALTER TABLE webhook_inbox ADD COLUMN cpay_amounts VARCHAR(500);
-- a RESOLVED entry: which order, what reconciling it found
ALTER TABLE webhook_inbox ADD COLUMN resolution VARCHAR(1000);
ALTER TABLE webhook_inbox ADD COLUMN resolved_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE webhook_inbox ADD CONSTRAINT ck_webhook_inbox_lookup_answer
    CHECK (lookup_answer IS NULL OR lookup_answer IN ('FOUND', 'NOT_FOUND', 'NO_KEY'));
ALTER TABLE webhook_inbox ADD CONSTRAINT ck_webhook_inbox_lookup_attempts CHECK (lookup_attempts >= 0);

-- the lookup pass (held, not yet answered, due) and a reviewer's list by state
CREATE INDEX ix_webhook_inbox_due_lookup ON webhook_inbox (next_lookup_at, id);
CREATE INDEX ix_webhook_inbox_state ON webhook_inbox (state, received_at, id);
