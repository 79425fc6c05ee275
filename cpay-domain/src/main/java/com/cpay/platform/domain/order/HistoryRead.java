package com.cpay.platform.domain.order;

/**
 * How much of an order's status history a read brings. Changing an order needs only its last entry (the state
 * machine decides on the status, and a new entry is appended after the stored ones); showing an order needs all of
 * them. The history grows with every report, so reading all of it for each change would make each change cost more
 * than the one before.
 */
public enum HistoryRead {

    /** Every entry, oldest first: to show the order. */
    FULL,

    /**
     * Only the last entry, and how many came before it ({@link OrderSnapshot#historyOffset()}): to change the order.
     * An implementation may bring more (all of them is always correct).
     */
    LAST_ENTRY
}
