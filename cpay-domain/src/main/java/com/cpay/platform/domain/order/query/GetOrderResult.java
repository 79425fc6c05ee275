package com.cpay.platform.domain.order.query;

import com.cpay.platform.domain.order.OrderSnapshot;
import java.util.Objects;

/**
 * One order, as plain values.
 *
 * @param order identifiers, status, amounts, details, review notes and the full status history
 */
public record GetOrderResult(OrderSnapshot order) {

    public GetOrderResult {
        Objects.requireNonNull(order, "order");
    }
}
