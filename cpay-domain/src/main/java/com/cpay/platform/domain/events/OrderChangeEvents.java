package com.cpay.platform.domain.events;

import com.cpay.platform.domain.order.OrderSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which events a stored change of an order makes, decided by comparing the order as stored before the change with
 * the order about to be stored. One change may make several (a webhook that completes an order with another amount
 * than asked both changes the status and flags the order for review); they are written in the catalogue's order.
 * A report that changed nothing a reader of the order can see (a duplicate webhook, kept only in the history) makes
 * none.
 */
public final class OrderChangeEvents {

    private OrderChangeEvents() {
    }

    /** The events of recording a new order. */
    public static List<EventType> ofCreation(OrderSnapshot created) {
        Objects.requireNonNull(created, "created");
        return List.of(EventType.ORDER_CREATED);
    }

    /** The events of storing {@code after} over {@code before} (same order; history and notes are not compared). */
    public static List<EventType> between(OrderSnapshot before, OrderSnapshot after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (!before.merchantTradeNo().equals(after.merchantTradeNo())) {
            throw new IllegalArgumentException("not the same order");
        }
        List<EventType> events = new ArrayList<>();
        if (before.status() != after.status()) {
            events.add(EventType.ORDER_STATUS_CHANGED);
        }
        if (before.outcomeUnknown().isEmpty() && after.outcomeUnknown().isPresent()) {
            events.add(EventType.ORDER_OUTCOME_UNKNOWN);
        }
        if (!before.needsReview() && after.needsReview()) {
            events.add(EventType.ORDER_REVIEW_FLAGGED);
        }
        if ((before.needsReview() && !after.needsReview())
                || (before.outcomeUnknown().isPresent() && after.outcomeUnknown().isEmpty())) {
            events.add(EventType.ORDER_RESOLVED);
        }
        if (before.rejection().isEmpty() && after.rejection().isPresent()) {
            events.add(EventType.ORDER_REJECTED);
        }
        if (events.isEmpty() && visiblyChanged(before, after)) {
            events.add(EventType.ORDER_UPDATED);
        }
        return List.copyOf(events);
    }

    // What the order's view shows besides its status and flags: C-Pay's id, the amounts, the kind's details.
    private static boolean visiblyChanged(OrderSnapshot before, OrderSnapshot after) {
        return !before.cpayOrderId().equals(after.cpayOrderId())
                || !before.requestedAmount().equals(after.requestedAmount())
                || !before.reportedAmounts().equals(after.reportedAmounts())
                || !before.details().equals(after.details());
    }
}
