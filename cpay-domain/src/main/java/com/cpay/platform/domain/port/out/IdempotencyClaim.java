package com.cpay.platform.domain.port.out;

import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.ValidationException;
import java.time.Duration;
import java.time.Instant;

/**
 * A call claiming an idempotency key.
 *
 * @param key         the key
 * @param fingerprint a digest of what the call asks (method, path, body), to tell a retry from a reuse of the
 *                    key for something else; at most 255 characters
 * @param now         when the call arrived
 * @param keepFor     how long the key and its response are kept, at least {@link #MIN_RETENTION}
 */
public record IdempotencyClaim(IdempotencyKey key, String fingerprint, Instant now, Duration keepFor) {

    /** Keys are remembered at least a day, so a client retrying the next morning is still safe. */
    public static final Duration MIN_RETENTION = Duration.ofHours(24);

    public IdempotencyClaim {
        Checks.required(IdempotencyKey.FIELD, key);
        Checks.text("fingerprint", fingerprint, 255);
        Checks.required("now", now);
        Checks.required("keepFor", keepFor);
        if (keepFor.compareTo(MIN_RETENTION) < 0) {
            throw ValidationException.of("keepFor", "min-retention", "idempotency keys are kept at least 24 hours");
        }
    }

    /** When the claim and its stored response may be forgotten. */
    public Instant expiresAt() {
        return now.plus(keepFor);
    }
}
