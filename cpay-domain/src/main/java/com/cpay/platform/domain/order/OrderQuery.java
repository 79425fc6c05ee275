package com.cpay.platform.domain.order;

import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.TransactionHash;
import com.cpay.platform.domain.shared.UserId;
import com.cpay.platform.domain.shared.Violations;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Filters and page of an order listing; every filter is optional.
 *
 * @param status      only orders in this status
 * @param kind        only orders of this kind
 * @param userId      only this user's orders
 * @param createdFrom only orders created at or after this instant
 * @param createdTo   only orders created before this instant
 * @param after       continue after this cursor (the previous page's last order)
 * @param limit       page size, 1 to {@value #MAX_LIMIT}
 * @param needsReview only orders flagged for review (true) or not flagged (false)
 * @param outcomeUnknown only orders whose outcome is unknown (true) or known (false)
 * @param updatedSince only orders last changed at or after this instant (their {@code updatedAt})
 * @param cpayOrderId only the order C-Pay knows under this id
 * @param hash        only orders of this on-chain transaction
 */
public record OrderQuery(
        Optional<OrderStatus> status,
        Optional<OrderKind> kind,
        Optional<UserId> userId,
        Optional<Instant> createdFrom,
        Optional<Instant> createdTo,
        Optional<OrderCursor> after,
        int limit,
        Optional<Boolean> needsReview,
        Optional<Boolean> outcomeUnknown,
        Optional<Instant> updatedSince,
        Optional<CpayOrderId> cpayOrderId,
        Optional<TransactionHash> hash) {

    /** Largest page. */
    public static final int MAX_LIMIT = 200;
    /** Page size when the caller names none. */
    public static final int DEFAULT_LIMIT = 50;

    public OrderQuery {
        status = Objects.requireNonNullElse(status, Optional.empty());
        kind = Objects.requireNonNullElse(kind, Optional.empty());
        userId = Objects.requireNonNullElse(userId, Optional.empty());
        createdFrom = Objects.requireNonNullElse(createdFrom, Optional.empty());
        createdTo = Objects.requireNonNullElse(createdTo, Optional.empty());
        after = Objects.requireNonNullElse(after, Optional.empty());
        needsReview = Objects.requireNonNullElse(needsReview, Optional.empty());
        outcomeUnknown = Objects.requireNonNullElse(outcomeUnknown, Optional.empty());
        updatedSince = Objects.requireNonNullElse(updatedSince, Optional.empty());
        cpayOrderId = Objects.requireNonNullElse(cpayOrderId, Optional.empty());
        hash = Objects.requireNonNullElse(hash, Optional.empty());
        Violations v = new Violations();
        if (limit < 1 || limit > MAX_LIMIT) {
            v.add("limit", "range", "limit must be between 1 and " + MAX_LIMIT);
        }
        if (createdFrom.isPresent() && createdTo.isPresent() && !createdTo.get().isAfter(createdFrom.get())) {
            v.add("createdTo", "after-start", "createdTo must be after createdFrom");
        }
        v.throwIfAny();
    }

    /** Without the filters by change time and C-Pay's identifiers. */
    public OrderQuery(Optional<OrderStatus> status, Optional<OrderKind> kind, Optional<UserId> userId,
                      Optional<Instant> createdFrom, Optional<Instant> createdTo, Optional<OrderCursor> after,
                      int limit, Optional<Boolean> needsReview, Optional<Boolean> outcomeUnknown) {
        this(status, kind, userId, createdFrom, createdTo, after, limit, needsReview, outcomeUnknown,
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Only the filters by status, kind, user and creation time. */
    public OrderQuery(Optional<OrderStatus> status, Optional<OrderKind> kind, Optional<UserId> userId,
                      Optional<Instant> createdFrom, Optional<Instant> createdTo, Optional<OrderCursor> after,
                      int limit) {
        this(status, kind, userId, createdFrom, createdTo, after, limit, Optional.empty(), Optional.empty());
    }

    /** The first page of every order, default size. */
    public static OrderQuery all() {
        return new OrderQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), DEFAULT_LIMIT);
    }

    /** The same filters continuing after {@code cursor}. */
    public OrderQuery continuingAfter(OrderCursor cursor) {
        return new OrderQuery(status, kind, userId, createdFrom, createdTo, Optional.of(cursor), limit, needsReview,
                outcomeUnknown, updatedSince, cpayOrderId, hash);
    }
}
