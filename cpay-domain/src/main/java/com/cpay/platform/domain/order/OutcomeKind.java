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
    UNKNOWN_STATUS
}
