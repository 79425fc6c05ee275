package com.cpay.platform.domain.order.query;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** A caller browses orders by status, kind, user and creation time. */
@PrimaryPort
public interface ListOrdersUseCase {

    /** One page of matching orders, newest first, and the cursor of the next page. */
    ListOrdersResult listOrders(ListOrdersQuery query);
}
