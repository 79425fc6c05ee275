package com.cpay.platform.domain.order;

import org.jmolecules.ddd.annotation.ValueObject;
import com.cpay.platform.domain.shared.Checks;
import java.time.Instant;
import java.util.Objects;

/**
 * An order was sent to C-Pay and its answer was lost or unreadable: C-Pay may or may not have acted
 * (docs/decisions.md, decision 25). The order waits for evidence (a webhook or a conclusive getOrderDetail answer) or a
 * person; it is looked up again at {@code nextLookupAt}, later each time.
 *
 * @param since        when the answer was lost
 * @param reason       what went wrong, without secrets
 * @param lookups      how many getOrderDetail lookups since then showed nothing conclusive
 * @param nextLookupAt when reconciliation may ask C-Pay again
 */
@ValueObject
public record OutcomeUnknown(Instant since, String reason, int lookups, Instant nextLookupAt) {

    /** Longest reason kept (the storage column). */
    public static final int MAX_REASON_LENGTH = 1000;

    public OutcomeUnknown {
        Objects.requireNonNull(since, "since");
        Checks.required("reason", reason);
        reason = reason.length() > MAX_REASON_LENGTH ? reason.substring(0, MAX_REASON_LENGTH) : reason;
        if (lookups < 0) {
            throw new IllegalArgumentException("lookups must not be negative");
        }
        Objects.requireNonNull(nextLookupAt, "nextLookupAt");
    }

    /** One more lookup that told nothing. */
    OutcomeUnknown afterLookup(Instant next) {
        return new OutcomeUnknown(since, reason, lookups + 1, next);
    }
}
