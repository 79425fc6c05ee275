package com.cpay.platform.domain.reconciliation;

import com.cpay.platform.domain.order.CommandRules;
import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.Violations;
import java.time.Duration;

/**
 * One run of the reconciliation job.
 *
 * @param batchSize how many orders at most, 1 to 1000
 * @param olderThan how long an order must have been quiet, positive
 * @param holder    who runs the job (instance id), for the lease
 * @param leaseFor  how long the leased orders are kept from other instances, positive
 */
public record ReconcileStaleOrdersCommand(int batchSize, Duration olderThan, String holder, Duration leaseFor) {

    /** Largest batch. */
    public static final int MAX_BATCH = 1000;

    public ReconcileStaleOrdersCommand {
        Violations v = new Violations();
        if (batchSize < 1 || batchSize > MAX_BATCH) {
            v.add("batchSize", "range", "batchSize must be between 1 and " + MAX_BATCH);
        }
        positive(v, "olderThan", olderThan);
        v.verify(() -> Checks.text("holder", holder, 128));
        positive(v, "leaseFor", leaseFor);
        v.throwIfAny();
    }

    private static void positive(Violations v, String field, Duration value) {
        if (CommandRules.required(v, field, value) && (value.isZero() || value.isNegative())) {
            v.add(field, "positive", field + " must be positive");
        }
    }
}
