-- An order sent to C-Pay whose answer was lost or unreadable: nobody knows whether C-Pay acted
-- (SPEC-DECISIONS row 25). All four columns are null for an order whose outcome is known. next_lookup_at keeps
-- reconciliation from asking C-Pay about it again before its backoff has passed.
ALTER TABLE orders ADD COLUMN outcome_unknown_since TIMESTAMP WITH TIME ZONE;
ALTER TABLE orders ADD COLUMN outcome_unknown_reason VARCHAR(1000);
ALTER TABLE orders ADD COLUMN lookup_attempts INTEGER;
ALTER TABLE orders ADD COLUMN next_lookup_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE orders ADD CONSTRAINT ck_orders_outcome_unknown CHECK (
    (outcome_unknown_since IS NULL AND outcome_unknown_reason IS NULL AND lookup_attempts IS NULL
        AND next_lookup_at IS NULL)
    OR (outcome_unknown_since IS NOT NULL AND outcome_unknown_reason IS NOT NULL AND lookup_attempts >= 0
        AND next_lookup_at IS NOT NULL AND status IN ('PENDING', 'PROCESSING')));
CREATE INDEX ix_orders_outcome_unknown ON orders (next_lookup_at);
