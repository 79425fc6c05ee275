package com.cpay.platform.domain.order;

/** The amounts C-Pay reports about an order, named as on the wire. */
public enum AmountKind {
    /** {@code orderAmount}: the order's total (for payouts: received + fee). */
    ORDER_AMOUNT("orderAmount"),
    /** {@code actualAmount}: what C-Pay received. */
    ACTUAL_AMOUNT("actualAmount"),
    /** {@code receivedAmount}: what the merchant account (deposits) or the user (payouts) received. */
    RECEIVED_AMOUNT("receivedAmount"),
    /** {@code fee}: C-Pay's handling fee. */
    FEE("fee"),
    /** {@code pledgeAmount}: the amount C-Pay holds as pledge, where reported. */
    PLEDGE_AMOUNT("pledgeAmount");

    private final String wireName;

    AmountKind(String wireName) {
        this.wireName = wireName;
    }

    /** The field name C-Pay uses. */
    public String wireName() {
        return wireName;
    }
}
