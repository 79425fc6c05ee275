package com.cpay.platform.domain.order;

/** The kind of a {@link TransitionOutcome}, as stored in the status history. */
public enum OutcomeKind {
    /** The report moved the order or refreshed its amounts. */
    APPLIED,
    /** The same report again: recorded, nothing changed. */
    DUPLICATE,
    /** An older report arriving after a newer one: recorded, nothing changed. */
    STALE,
    /** The report contradicts what is recorded: not applied, the order needs review. */
    CONFLICT,
    /** C-Pay sent a status it does not document: kept raw, the order needs review. */
    UNKNOWN_STATUS,
    /**
     * Not a report: the order was sent and C-Pay's answer was lost or unreadable, so nobody knows whether C-Pay
     * acted (docs/decisions.md, decision 25). The status is unchanged.
     */
    OUTCOME_UNKNOWN,
    /** Not a report: an operator sent the order to C-Pay again, under the same merchantTradeNo. */
    RESUBMITTED
}
