package com.cpay.platform.domain.order;

/** Why an order was flagged for a human to look at. */
public enum ReviewReason {
    /** One terminal status reported after the other (COMPLETED then CLOSED, or the reverse). */
    CONTRADICTORY_STATUS,
    /** Amounts reported for a finished order differ from the ones recorded. */
    AMOUNT_MISMATCH,
    /** C-Pay reported a status code it does not document. */
    UNKNOWN_STATUS,
    /** C-Pay reported a second, different order id for the same order. */
    ORDER_ID_MISMATCH,
    /** C-Pay reported a second, different transaction hash for the same order. */
    HASH_MISMATCH
}
