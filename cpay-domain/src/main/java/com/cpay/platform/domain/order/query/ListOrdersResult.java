package com.cpay.platform.domain.order.query;

import com.cpay.platform.domain.order.CommandRules;
import com.cpay.platform.domain.order.OrderSnapshot;
import java.util.List;
import java.util.Optional;

/**
 * One page of orders.
 *
 * @param orders     the orders, newest first, as plain values with history
 * @param nextCursor the token to pass as {@code cursor} for the next page; empty on the last page
 */
public record ListOrdersResult(List<OrderSnapshot> orders, Optional<String> nextCursor) {

    public ListOrdersResult {
        orders = List.copyOf(orders);
        nextCursor = CommandRules.orEmpty(nextCursor);
    }
}
