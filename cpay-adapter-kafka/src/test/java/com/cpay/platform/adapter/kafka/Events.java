package com.cpay.platform.adapter.kafka;

import com.cpay.platform.domain.events.EventId;
import com.cpay.platform.domain.events.EventType;
import com.cpay.platform.domain.events.OrderEvent;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Outbox events as a relay hands them to a publisher: several orders, interleaved, each in its sequence. */
final class Events {

    private Events() {
    }

    /** {@code perOrder} events of each order, round-robin over the orders, positions from {@code firstPosition}. */
    static List<OrderEvent> interleaved(List<String> orders, int perOrder, long firstPosition) {
        List<OrderEvent> events = new ArrayList<>();
        long position = firstPosition;
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        for (int sequence = 1; sequence <= perOrder; sequence++) {
            for (String order : orders) {
                EventType type = sequence == 1 ? EventType.ORDER_CREATED : EventType.ORDER_STATUS_CHANGED;
                EventId id = EventId.random();
                String payload = "{\"id\":\"" + id + "\",\"type\":\"" + type.wireName() + "\",\"merchantTradeNo\":\""
                        + order + "\",\"sequence\":" + sequence + ",\"data\":{}}";
                events.add(new OrderEvent(id, type, order, sequence, at, payload, position++));
            }
        }
        return events;
    }
}
