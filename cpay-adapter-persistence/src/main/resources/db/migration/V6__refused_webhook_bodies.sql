-- A refused webhook (forged, unsigned, unreadable, another merchant's) can be posted by anyone, with a card number
-- and a CVV in it: its body is no longer kept. A refused row (verified = FALSE) keeps body_sha256 (SHA-256 of the
-- body, hex), body_length (bytes) and body_excerpt (at most 256 characters, card numbers and security codes masked
-- by the domain's CardDataRedaction) beside rejection_reason; its payload is NULL. A verified row keeps its payload
-- and none of the three.
-- Refused rows stored before this version lose their body: the digest is taken from the dedupe key the app gave
-- them ("sha256:<hex>", "rejected:sha256:<hex>"; NULL for any other key), the length is that of the part kept
-- (they were cut at 16 KiB, so it is a lower bound), and the excerpt is the first 256 characters with every digit 0-9
-- masked (a safe superset of the redaction rule, which SQL common to H2 and PostgreSQL cannot express).
-- The index serves the pruning of the oldest refused rows beyond cpay.webhooks.refused.max-stored.
ALTER TABLE webhook_inbox ALTER COLUMN payload DROP NOT NULL;
ALTER TABLE webhook_inbox ADD COLUMN body_sha256 VARCHAR(64);
ALTER TABLE webhook_inbox ADD COLUMN body_length BIGINT;
ALTER TABLE webhook_inbox ADD COLUMN body_excerpt VARCHAR(256);

UPDATE webhook_inbox SET
    body_sha256 = CASE
        WHEN dedupe_key LIKE 'sha256:%' AND LENGTH(dedupe_key) = 71 THEN SUBSTRING(dedupe_key, 8, 64)
        WHEN dedupe_key LIKE 'rejected:sha256:%' AND LENGTH(dedupe_key) = 80 THEN SUBSTRING(dedupe_key, 17, 64)
    END,
    body_length = OCTET_LENGTH(payload),
    body_excerpt = TRANSLATE(SUBSTRING(payload, 1, 256), '0123456789', '**********'),
    payload = NULL
WHERE verified = FALSE;

ALTER TABLE webhook_inbox ADD CONSTRAINT ck_webhook_inbox_refused_body CHECK (
    (verified AND payload IS NOT NULL AND body_sha256 IS NULL AND body_length IS NULL AND body_excerpt IS NULL)
    OR (NOT verified AND payload IS NULL AND body_length >= 0 AND body_excerpt IS NOT NULL));

CREATE INDEX ix_webhook_inbox_refused ON webhook_inbox (verified, id);
