package com.cpay.platform.client.internal;

import com.cpay.platform.client.internal.model.OrderKind;
import com.cpay.platform.client.internal.model.OrderStatus;

import java.time.OffsetDateTime;

/**
 * The filters of {@code GET /api/v1/orders}, set by name instead of seven positional nulls:
 * {@code OrderQuery.all().status(OrderStatus.PENDING).userId("u1").limit(20)}. Immutable: each method returns a new
 * query. Unset filters are not sent (the API's defaults apply: newest first, 50 per page).
 */
public record OrderQuery(OrderStatus status, OrderKind kind, String userId, OffsetDateTime createdFrom,
                         OffsetDateTime createdTo, String cursor, Integer limit) {

    /** Every order, newest first. */
    public static OrderQuery all() {
        return new OrderQuery(null, null, null, null, null, null, null);
    }

    public OrderQuery status(OrderStatus value) {
        return new OrderQuery(value, kind, userId, createdFrom, createdTo, cursor, limit);
    }

    public OrderQuery kind(OrderKind value) {
        return new OrderQuery(status, value, userId, createdFrom, createdTo, cursor, limit);
    }

    public OrderQuery userId(String value) {
        return new OrderQuery(status, kind, value, createdFrom, createdTo, cursor, limit);
    }

    /** Orders created at or after this instant. */
    public OrderQuery createdFrom(OffsetDateTime value) {
        return new OrderQuery(status, kind, userId, value, createdTo, cursor, limit);
    }

    /** Orders created before this instant. */
    public OrderQuery createdTo(OffsetDateTime value) {
        return new OrderQuery(status, kind, userId, createdFrom, value, cursor, limit);
    }

    /** The page after the one that gave this {@code nextCursor} (same filters). */
    public OrderQuery cursor(String value) {
        return new OrderQuery(status, kind, userId, createdFrom, createdTo, value, limit);
    }

    /** Page size, 1 to 200. */
    public OrderQuery limit(int value) {
        return new OrderQuery(status, kind, userId, createdFrom, createdTo, cursor, value);
    }
}
