package com.cpay.platform.domain.events;

import com.cpay.platform.domain.notification.StoredNotification;
import com.cpay.platform.domain.order.OrderSnapshot;
import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import java.time.Instant;
import java.util.Optional;

/**
 * An event before it is written: what {@link EventPayloadRenderer} turns into the JSON every reader gets.
 *
 * @param id              the event's identity
 * @param type            what happened
 * @param created         when
 * @param aggregateId     the outbox's aggregate id, see {@link OrderEvent#aggregateId()}
 * @param merchantTradeNo the order's number (for an unmatched notification: the one it named, if any)
 * @param sequence        the event's number within its aggregate
 * @param order           for an order's event: the order as stored by the change, its history holding only the
 *                        entries this change recorded (the full history is the sequence of events)
 * @param notification    for an unmatched notification: the entry as the inbox keeps it (its body redacted)
 */
public record EventEnvelope(EventId id, EventType type, Instant created, String aggregateId,
                            Optional<MerchantTradeNo> merchantTradeNo, long sequence, Optional<OrderSnapshot> order,
                            Optional<StoredNotification> notification) {

    public EventEnvelope {
        Checks.required("id", id);
        Checks.required("type", type);
        Checks.required("created", created);
        Checks.required("aggregateId", aggregateId);
        Checks.required("merchantTradeNo", merchantTradeNo);
        Checks.required("order", order);
        Checks.required("notification", notification);
        if (order.isPresent() == notification.isPresent()) {
            throw new IllegalArgumentException("an event is about an order or about a notification");
        }
    }
}
