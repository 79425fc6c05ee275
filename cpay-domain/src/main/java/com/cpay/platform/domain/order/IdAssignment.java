package com.cpay.platform.domain.order;

/** What recording C-Pay's order id did: an order gets one id, once. */
public enum IdAssignment {
    /** The order had no C-Pay id; now it has this one. */
    ASSIGNED,
    /** The order already had this very id. */
    ALREADY_KNOWN,
    /** The order already had another id: kept, the order is flagged for review. */
    CONFLICT
}
