package com.cpay.platform.domain.order;

import java.util.Objects;

/**
 * What a status report did to an order. Every report is recorded in the history whatever its outcome;
 * only {@link Applied} changes the order's status or amounts.
 */
public sealed interface TransitionOutcome {

    /** The kind stored in the history. */
    OutcomeKind kind();

    /** Whether the report leaves the order needing a human to look at it. */
    default boolean needsReview() {
        return false;
    }

    /**
     * The report was taken: the status moved, or (same status, not terminal or only new amounts) the
     * reported amounts were refreshed.
     *
     * @param from status before the report
     * @param to   status after the report
     */
    record Applied(OrderStatus from, OrderStatus to) implements TransitionOutcome {
        public Applied {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        /** Whether the status itself moved (false when only amounts were refreshed). */
        public boolean statusChanged() {
            return from != to;
        }

        @Override
        public OutcomeKind kind() {
            return OutcomeKind.APPLIED;
        }
    }

    /**
     * The same status again with nothing new in its amounts: a recorded no-op.
     *
     * @param status the status, unchanged
     */
    record Duplicate(OrderStatus status) implements TransitionOutcome {
        public Duplicate {
            Objects.requireNonNull(status, "status");
        }

        @Override
        public OutcomeKind kind() {
            return OutcomeKind.DUPLICATE;
        }
    }

    /**
     * A status from earlier in the lifecycle than the current one (reports overtake each other): a
     * recorded no-op.
     *
     * @param current  the order's status, unchanged
     * @param reported the older status that arrived late
     */
    record Stale(OrderStatus current, OrderStatus reported) implements TransitionOutcome {
        public Stale {
            Objects.requireNonNull(current, "current");
            Objects.requireNonNull(reported, "reported");
        }

        @Override
        public OutcomeKind kind() {
            return OutcomeKind.STALE;
        }
    }

    /**
     * The report contradicts what is recorded; it is not applied and the order is flagged for review.
     *
     * @param reason why it contradicts
     * @param detail a human explanation (statuses, field names; never secrets or card data)
     */
    record Conflict(ReviewReason reason, String detail) implements TransitionOutcome {
        public Conflict {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }

        @Override
        public OutcomeKind kind() {
            return OutcomeKind.CONFLICT;
        }

        @Override
        public boolean needsReview() {
            return true;
        }
    }

    /**
     * C-Pay sent a status it does not document. The status is unchanged and the order is flagged.
     *
     * @param raw the code exactly as received
     */
    record UnknownStatus(String raw) implements TransitionOutcome {
        public UnknownStatus {
            Objects.requireNonNull(raw, "raw");
        }

        @Override
        public OutcomeKind kind() {
            return OutcomeKind.UNKNOWN_STATUS;
        }

        @Override
        public boolean needsReview() {
            return true;
        }
    }
}
