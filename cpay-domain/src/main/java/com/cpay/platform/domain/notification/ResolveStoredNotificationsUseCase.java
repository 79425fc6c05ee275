package com.cpay.platform.domain.notification;

import com.cpay.platform.domain.order.CommandRules;
import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.ValidationException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import com.cpay.platform.domain.reconciliation.ReconcileOrderUseCase;

/**
 * Settles the notifications the inbox holds because they matched no order or could not be read: each is
 * matched to an order of ours by its keys and that order reconciled with C-Pay, or else C-Pay is asked about it
 * and its answer kept for the reviewer. Run by the reconciliation job.
 */
@PrimaryPort
public interface ResolveStoredNotificationsUseCase {

    /**
     * Takes up to {@code batchSize} inbox entries that are {@code NEEDS_LOOKUP} or {@code UNMATCHED}, not yet
     * looked up and due. For each: when an order of ours matches its keys (merchantTradeNo, then C-Pay order id,
     * then hash), that order is reconciled through {@link ReconcileOrderUseCase} and the entry becomes
     * {@code RESOLVED}; otherwise getOrderDetail is asked by C-Pay order id, hash or merchantTradeNo: when its
     * answer names a merchantTradeNo of ours, that order is reconciled and the entry resolved, else the answer
     * (status, merchantTradeNo, amounts) is recorded on the entry, which stays {@code UNMATCHED} for review.
     * No order is ever created here. A lookup that fails is retried later with a growing delay; one entry
     * failing does not stop the others.
     */
    Result resolve(Command command);

    /**
     * One pass over the stored notifications waiting for a lookup.
     *
     * @param batchSize how many entries at most, 1 to {@value #MAX_BATCH}
     */
    record Command(int batchSize) {

        /** Largest batch. */
        public static final int MAX_BATCH = 1000;

        public Command {
            if (batchSize < 1 || batchSize > MAX_BATCH) {
                throw ValidationException.of("batchSize", "range", "batchSize must be between 1 and " + MAX_BATCH);
            }
        }
    }

    /**
     * What one pass over the stored notifications did, entry by entry.
     *
     * @param entries one line per entry taken
     */
    record Result(List<Entry> entries) {

        public Result {
            entries = List.copyOf(entries);
        }

        /** How many entries ended this way. */
        public long count(Finding finding) {
            return entries.stream().filter(e -> e.finding() == finding).count();
        }

        /** What was found for one entry. */
        public enum Finding {
            /** An order of ours matched its keys and was reconciled with C-Pay: the entry is resolved. */
            RESOLVED,
            /** No order of ours matched; C-Pay reported the order: its answer is kept, the entry stays unmatched. */
            REPORTED_BY_CPAY,
            /** No order of ours matched and C-Pay does not know the order: kept unmatched for review. */
            NOT_AT_CPAY,
            /** No order of ours matched and there was no key to ask C-Pay by: kept unmatched for review. */
            NO_KEY,
            /** Asking C-Pay or reconciling failed: retried on a later pass, after a delay. */
            FAILED
        }

        /**
         * @param dedupeKey the inbox entry
         * @param finding   what was found
         * @param order     the order of ours it was matched to, when {@link Finding#RESOLVED}
         * @param detail    a short explanation for logs
         */
        public record Entry(String dedupeKey, Finding finding, Optional<MerchantTradeNo> order, String detail) {

            public Entry {
                Checks.required("dedupeKey", dedupeKey);
                Objects.requireNonNull(finding, "finding");
                order = CommandRules.orEmpty(order);
                Objects.requireNonNull(detail, "detail");
            }
        }
    }
}
