-- The C-Pay call log is pruned past its retention (cpay.calls.retention) by the time each call's answer came:
-- indexed so that a pass finds the old rows without reading the whole table.
CREATE INDEX ix_cpay_calls_called_at ON cpay_calls (called_at);
