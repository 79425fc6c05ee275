package com.cpay.platform.domain.events;

import com.cpay.platform.domain.shared.Checks;
import java.time.Instant;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One event as the outbox holds it. The layout is Debezium's outbox event router's ({@code id},
 * {@code aggregatetype}, {@code aggregateid}, {@code type}, {@code payload}) plus the order's own sequence and a
 * position that orders all events, so that the outbox can be streamed by Debezium as it is and relayed by us.
 *
 * @param id          the event's identity, the same on every delivery
 * @param type        what happened
 * @param aggregateId the merchantTradeNo of the order (for an unmatched notification: the merchantTradeNo it named,
 *                    or else C-Pay's orderId); the broker's message key, so one order's events stay in order
 * @param sequence    1 for an order's first event, then +1 per event of the same order
 * @param created     when the change was committed
 * @param payload     the event's envelope as JSON (id, type, created, merchantTradeNo, sequence, data), exactly what
 *                    the events API answers and what a relay publishes
 * @param position    the event's place among all events, increasing in commit order of the writing transactions
 *                    as the outbox assigns it; 0 before it is written
 */
@ValueObject
public record OrderEvent(EventId id, EventType type, String aggregateId, long sequence, Instant created,
                         String payload, long position) {

    /** The outbox's {@code aggregatetype}, Debezium's routing key: every event here is about an order. */
    public static final String AGGREGATE_TYPE = "order";

    public OrderEvent {
        Checks.required("id", id);
        Checks.required("type", type);
        Checks.text("aggregateId", aggregateId, 128);
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1");
        }
        Checks.required("created", created);
        Checks.required("payload", payload);
        if (position < 0) {
            throw new IllegalArgumentException("position must not be negative");
        }
    }
}
