package com.cpay.platform.domain.notification;

import com.cpay.platform.domain.shared.Checks;

/**
 * The inbox's answer to {@link NotificationInbox#record(InboundNotification)}.
 *
 * @param dedupeKey the notification's key
 * @param outcome   whether this call stored it or it was there already
 * @param state     the stored entry's processing state (for a duplicate: the earlier entry's)
 */
public record InboxEntry(String dedupeKey, Outcome outcome, State state) {

    public InboxEntry {
        Checks.required("dedupeKey", dedupeKey);
        Checks.required("outcome", outcome);
        Checks.required("state", state);
    }

    /** What recording did. */
    public enum Outcome {
        /** Stored by this call. */
        RECORDED,
        /** Already stored before: a redelivery. */
        DUPLICATE
    }

    /** Where processing of the stored entry stands. */
    public enum State {
        /** Stored, not (yet) processed. */
        RECEIVED,
        /** Refused before processing (signature); never processed. */
        REJECTED,
        /** Applied. */
        PROCESSED,
        /** Processing failed; a redelivery may try again. */
        FAILED,
        /**
         * Verified, but it matches no order of ours and is no deposit without an order (docs/decisions.md, decision 15):
         * kept for review with its keys, never booked. C-Pay is asked about it once (getOrderDetail); if an order
         * of ours matches it by then, it is reconciled and the entry {@link #RESOLVED}.
         */
        UNMATCHED,
        /**
         * Verified, but its fields could not be read or applied: kept with the keys that could be read, settled
         * through C-Pay's getOrderDetail instead of its own fields.
         */
        NEEDS_LOOKUP,
        /** An {@link #UNMATCHED} or {@link #NEEDS_LOOKUP} entry whose order was found and reconciled with C-Pay. */
        RESOLVED
    }

    /** Whether this delivery still has to be processed: new, or an earlier attempt did not finish. */
    public boolean needsProcessing() {
        return state == State.RECEIVED || state == State.FAILED;
    }
}
