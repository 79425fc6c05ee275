-- Idempotency keys belong to an API client and an in-flight record belongs to a live request.
-- idempotency_key now holds "<client_id>|<key>" (a client id never contains '|'), so two clients may use one key.
-- owner + lease_until: the running call renews its lease; once it has run out (the process died, or the call ended
-- in a server error and gave the key up) a retry of the same request takes the record over.
-- order_ref: the merchantTradeNo the call is about to create or change, recorded before C-Pay is called, so that the
-- retry taking over answers from that order instead of sending it again.
-- Records written before this version keep their plain key and a NULL client_id: completed ones are still replayed
-- to any client sending that key within their 24 hours; in-flight ones answer 409 until they expire, as before.
ALTER TABLE idempotency_records ALTER COLUMN idempotency_key SET DATA TYPE VARCHAR(330);
ALTER TABLE idempotency_records ADD COLUMN client_id VARCHAR(64);
ALTER TABLE idempotency_records ADD COLUMN owner VARCHAR(128);
ALTER TABLE idempotency_records ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE idempotency_records ADD COLUMN order_ref VARCHAR(64);
