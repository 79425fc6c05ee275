-- C-Pay's refusal of the call that created an order (code, msg, traceid and when it was received), kept so
-- that a closed order shows why. All null for an order C-Pay did not refuse. The msg is C-Pay's own text
-- (never card data); longer text is cut to the column by the adapter.
ALTER TABLE orders ADD COLUMN rejection_code BIGINT;
ALTER TABLE orders ADD COLUMN rejection_msg VARCHAR(512);
ALTER TABLE orders ADD COLUMN rejection_trace_id VARCHAR(64);
ALTER TABLE orders ADD COLUMN rejected_at TIMESTAMP WITH TIME ZONE;
