package com.cpay.platform.domain.reconciliation;

import com.cpay.platform.domain.order.CommandRules;
import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.Violations;
import java.time.Duration;
import java.util.List;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** The reconciliation job: every quiet, unfinished order is checked with C-Pay. */
@PrimaryPort
public interface ReconcileStaleOrdersUseCase {

    /**
     * Leases a batch of stale orders and reconciles each. One order failing (C-Pay unreachable ...) does not
     * stop the others; it is counted and retried on a later run when its lease has expired.
     */
    Result reconcileStale(Command command);

    /**
     * One run of the reconciliation job.
     *
     * @param batchSize how many orders at most, 1 to 1000
     * @param olderThan how long an order must have been quiet, positive
     * @param holder    who runs the job (instance id), for the lease
     * @param leaseFor  how long the leased orders are kept from other instances, positive
     */
    record Command(int batchSize, Duration olderThan, String holder, Duration leaseFor) {

        /** Largest batch. */
        public static final int MAX_BATCH = 1000;

        public Command {
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

    /**
     * One run of the reconciliation job.
     *
     * @param reconciled the orders reconciled, with their findings
     * @param failed     how many leased orders could not be reconciled (C-Pay unreachable or refusing)
     */
    record Result(List<ReconcileOrderUseCase.Result> reconciled, int failed) {

        public Result {
            reconciled = List.copyOf(reconciled);
            if (failed < 0) {
                throw new IllegalArgumentException("failed must not be negative");
            }
        }
    }
}
