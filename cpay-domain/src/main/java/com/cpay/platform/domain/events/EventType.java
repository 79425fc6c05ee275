package com.cpay.platform.domain.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * The catalogue of events, each with the name it carries on the wire (the envelope's {@code type}, the broker's
 * {@code type} header, the outbox's {@code type} column). A name, once published, keeps its meaning; new kinds of
 * change get new names.
 */
public enum EventType {

    /** An order was recorded, before C-Pay was asked. */
    ORDER_CREATED("order.created"),
    /** An order entered another status (from our call's answer, a webhook, a lookup or an operator). */
    ORDER_STATUS_CHANGED("order.status_changed"),
    /** C-Pay's answer to a call that may have created or moved money was lost; the order waits for evidence. */
    ORDER_OUTCOME_UNKNOWN("order.outcome_unknown"),
    /** An order needs a person: a contradiction, an undocumented status, an amount that differs. */
    ORDER_REVIEW_FLAGGED("order.review_flagged"),
    /** What needed evidence or a person is settled: the review flag or the unknown outcome was cleared. */
    ORDER_RESOLVED("order.resolved"),
    /** C-Pay refused to create the order ({@code code != 0}); no order exists at C-Pay. */
    ORDER_REJECTED("order.rejected"),
    /** Something else a reader of the order sees changed: C-Pay's id, a cashier page, the amounts, a hash. */
    ORDER_UPDATED("order.updated"),
    /** A verified notification from C-Pay named no order we know; it is kept for reconciliation. */
    NOTIFICATION_UNMATCHED("notification.unmatched");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    /** The name on the wire, e.g. {@code order.status_changed}. */
    public String wireName() {
        return wireName;
    }

    /** The type with this wire name, if there is one. */
    public static Optional<EventType> ofWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }
}
