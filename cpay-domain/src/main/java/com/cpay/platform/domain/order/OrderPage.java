package com.cpay.platform.domain.order;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of an order listing.
 *
 * @param orders the orders, newest first
 * @param next   where the next page starts; empty on the last page
 */
public record OrderPage(List<Order> orders, Optional<OrderCursor> next) {

    public OrderPage {
        orders = List.copyOf(orders);
        next = Objects.requireNonNullElse(next, Optional.empty());
    }
}
