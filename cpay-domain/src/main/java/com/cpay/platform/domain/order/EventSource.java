package com.cpay.platform.domain.order;

/** Where a status report about an order came from; kept in the history so a review can weigh it. */
public enum EventSource {
    /** The answer to the call that created the order (createOrder, pwpp, withdraw ...). */
    CREATE_RESPONSE,
    /** A signed webhook (section 15) that an adapter has verified. */
    WEBHOOK,
    /** getOrderDetail (section 9), asked by a user, a retry after a timeout or the reconciliation job. */
    ORDER_QUERY,
    /** The embedded C-Pay simulator, moving an order along in sandbox mode. */
    SANDBOX,
    /** A person acting on the order through the internal API (resubmit). */
    OPERATOR
}
