package com.cpay.platform.domain.port.in;

/** A caller browses orders by status, kind, user and creation time. */
public interface ListOrdersUseCase {

    /** One page of matching orders, newest first, and the cursor of the next page. */
    ListOrdersResult listOrders(ListOrdersQuery query);
}
