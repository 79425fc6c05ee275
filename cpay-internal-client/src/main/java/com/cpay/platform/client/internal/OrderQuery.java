package com.cpay.platform.client.internal;

import com.cpay.platform.client.internal.model.OrderKind;
import com.cpay.platform.client.internal.model.OrderStatus;

import java.time.OffsetDateTime;

/**
 * The filters of {@code GET /api/v1/orders}, set by name instead of positional nulls:
 * {@code OrderQuery.all().status(OrderStatus.PENDING).userId("u1").limit(20)}. Immutable: each method returns a new
 * query. Unset filters are not sent (the API's defaults apply: newest first, 50 per page); set filters combine.
 */
public record OrderQuery(OrderStatus status, OrderKind kind, String userId, OffsetDateTime createdFrom,
                         OffsetDateTime createdTo, Boolean needsReview, OffsetDateTime updatedSince,
                         String cpayOrderId, String hash, String cursor, Integer limit) {

    /** Every order, newest first. */
    public static OrderQuery all() {
        return new OrderQuery(null, null, null, null, null, null, null, null, null, null, null);
    }

    public OrderQuery status(OrderStatus value) {
        return new OrderQuery(value, kind, userId, createdFrom, createdTo, needsReview, updatedSince, cpayOrderId,
                hash, cursor, limit);
    }

    public OrderQuery kind(OrderKind value) {
        return new OrderQuery(status, value, userId, createdFrom, createdTo, needsReview, updatedSince, cpayOrderId,
                hash, cursor, limit);
    }

    public OrderQuery userId(String value) {
        return new OrderQuery(status, kind, value, createdFrom, createdTo, needsReview, updatedSince, cpayOrderId,
                hash, cursor, limit);
    }

    /** Orders created at or after this instant. */
    public OrderQuery createdFrom(OffsetDateTime value) {
        return new OrderQuery(status, kind, userId, value, createdTo, needsReview, updatedSince, cpayOrderId, hash,
                cursor, limit);
    }

    /** Orders created before this instant. */
    public OrderQuery createdTo(OffsetDateTime value) {
        return new OrderQuery(status, kind, userId, createdFrom, value, needsReview, updatedSince, cpayOrderId, hash,
                cursor, limit);
    }

    /** Only orders flagged for review (true) or not flagged (false). */
    public OrderQuery needsReview(boolean value) {
        return new OrderQuery(status, kind, userId, createdFrom, createdTo, value, updatedSince, cpayOrderId, hash,
                cursor, limit);
    }

    /** Only orders whose {@code updatedAt} is at or after this instant: what changed since a reader last looked. */
    public OrderQuery updatedSince(OffsetDateTime value) {
        return new OrderQuery(status, kind, userId, createdFrom, createdTo, needsReview, value, cpayOrderId, hash,
                cursor, limit);
    }

    /** Only the order C-Pay knows under this id. */
    public OrderQuery cpayOrderId(String value) {
        return new OrderQuery(status, kind, userId, createdFrom, createdTo, needsReview, updatedSince, value, hash,
                cursor, limit);
    }

    /** Only orders of this on-chain transaction. */
    public OrderQuery hash(String value) {
        return new OrderQuery(status, kind, userId, createdFrom, createdTo, needsReview, updatedSince, cpayOrderId,
                value, cursor, limit);
    }

    /** The page after the one that gave this {@code nextCursor} (same filters). */
    public OrderQuery cursor(String value) {
        return new OrderQuery(status, kind, userId, createdFrom, createdTo, needsReview, updatedSince, cpayOrderId,
                hash, value, limit);
    }

    /** Page size, 1 to 200. */
    public OrderQuery limit(int value) {
        return new OrderQuery(status, kind, userId, createdFrom, createdTo, needsReview, updatedSince, cpayOrderId,
                hash, cursor, value);
    }
}
