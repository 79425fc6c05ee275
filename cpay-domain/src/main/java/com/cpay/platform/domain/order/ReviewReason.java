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
    HASH_MISMATCH,
    /**
     * A money-out order whose creation answer was lost, and C-Pay's getOrderDetail has not shown it within the
     * allowed lookups: a person decides, with the evidence at hand, whether to resubmit it (docs/decisions.md, decision 25).
     */
    OUTCOME_UNKNOWN,
    /** An operator resubmitted the order; the note holds the reason given. */
    RESUBMITTED,
    /**
     * C-Pay refused a resubmission. It may refuse because the first request did arrive (a repeated
     * merchantTradeNo), so the refusal does not close the order.
     */
    RESUBMISSION_REFUSED,
    /** An operator settled the order and closed it; the note holds what they found. */
    CLOSED_BY_OPERATOR,
    /** A withdrawal's fee differs from totalAmount - receivedAmount (docs/decisions.md, decision 26). */
    FEE_MISMATCH
}
