package com.cpay.platform.adapter.persistence;

import com.cpay.platform.domain.events.EventEnvelope;
import com.cpay.platform.domain.events.EventId;
import com.cpay.platform.domain.events.EventPayloadRenderer;
import com.cpay.platform.domain.events.EventType;
import com.cpay.platform.domain.events.OrderChangeEvents;
import com.cpay.platform.domain.events.OrderEvent;
import com.cpay.platform.domain.notification.StoredNotification;
import com.cpay.platform.domain.order.OrderSnapshot;
import com.cpay.platform.domain.order.StatusChange;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Writes the outbox rows of a change, inside the transaction that stores the change (the caller's): an order's
 * events under its merchantTradeNo, an unmatched notification's under {@code notification:<dedupe key>} so that it
 * can never take a sequence number of an order. Each event's payload is rendered here, once.
 */
final class OrderEventWriter {

    /** Prefix of the aggregate id of a notification that matched no order. */
    static final String NOTIFICATION_AGGREGATE = "notification:";

    private final OrderEventRows rows;
    private final EventPayloadRenderer renderer;

    OrderEventWriter(OrderEventRows rows, EventPayloadRenderer renderer) {
        this.rows = rows;
        this.renderer = renderer;
    }

    /** The events of recording a new order. */
    void created(OrderSnapshot order) {
        write(order, OrderChangeEvents.ofCreation(order), order.history());
    }

    /** The events of storing {@code after} over {@code before}; {@code appended} are the history entries it adds. */
    void changed(OrderSnapshot before, OrderSnapshot after, List<StatusChange> appended) {
        write(after, OrderChangeEvents.between(before, after), appended);
    }

    /** The event of keeping a verified notification that matched no order. */
    void unmatched(StoredNotification notification, Optional<MerchantTradeNo> named, Instant at) {
        String aggregate = NOTIFICATION_AGGREGATE + notification.dedupeKey();
        long sequence = rows.lastSequence(aggregate) + 1;
        EventEnvelope envelope = new EventEnvelope(EventId.random(), EventType.NOTIFICATION_UNMATCHED, at, aggregate,
                named, sequence, Optional.empty(), Optional.of(notification));
        insert(envelope);
    }

    private void write(OrderSnapshot order, List<EventType> types, List<StatusChange> appended) {
        if (types.isEmpty()) {
            return;
        }
        String aggregate = order.merchantTradeNo().value();
        long sequence = rows.lastSequence(aggregate);
        OrderSnapshot shown = order.withHistory(appended);
        for (EventType type : types) {
            insert(new EventEnvelope(EventId.random(), type, order.updatedAt(), aggregate,
                    Optional.of(order.merchantTradeNo()), ++sequence, Optional.of(shown), Optional.empty()));
        }
    }

    private void insert(EventEnvelope envelope) {
        rows.insert(envelope.id().value(), OrderEvent.AGGREGATE_TYPE, envelope.aggregateId(),
                envelope.type().wireName(), renderer.render(envelope), envelope.sequence(), envelope.created());
    }
}
