package com.cpay.platform.app.idempotency;

import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A call claiming an idempotency key.
 *
 * @param hold        the client, key and owner of the call
 * @param fingerprint a digest of what the call asks (method, path, body), to tell a retry from a reuse of the
 *                    key for something else; at most 255 characters
 * @param now         when the call arrived
 * @param keepFor     how long the key and its response are kept, at least {@link #MIN_RETENTION}
 * @param lease       how long the claim stays the owner's without a heartbeat; after that a retry may take it
 *                    over, so it is short (a crashed call must not block its key for long) and the running call
 *                    renews it
 * @param order       the order the call is about to create or change, recorded before C-Pay is called, so that a
 *                    retry taking over can find what this call did
 */
public record IdempotencyClaim(IdempotencyHold hold, String fingerprint, Instant now, Duration keepFor,
                               Duration lease, Optional<MerchantTradeNo> order) {

    /** Keys are remembered at least a day, so a client retrying the next morning is still safe. */
    public static final Duration MIN_RETENTION = Duration.ofHours(24);

    public IdempotencyClaim {
        Checks.required("hold", hold);
        Checks.text("fingerprint", fingerprint, 255);
        Checks.required("now", now);
        Checks.required("keepFor", keepFor);
        Checks.required("lease", lease);
        Checks.required("order", order);
        if (keepFor.compareTo(MIN_RETENTION) < 0) {
            throw ValidationException.of("keepFor", "min-retention", "idempotency keys are kept at least 24 hours");
        }
        if (lease.isNegative() || lease.isZero() || lease.compareTo(keepFor) > 0) {
            throw ValidationException.of("lease", "range", "a lease is positive and shorter than the retention");
        }
    }

    public IdempotencyKey key() {
        return hold.key();
    }

    /** When the claim and its stored response may be forgotten. */
    public Instant expiresAt() {
        return now.plus(keepFor);
    }

    /** Until when the claim is the owner's unless renewed. */
    public Instant leaseUntil() {
        return now.plus(lease);
    }
}
