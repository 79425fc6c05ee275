package com.cpay.platform.domain.events;

import java.util.List;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Where a relay sends events for the merchant's other systems (a Kafka topic). One relay at a time calls it, with
 * events in outbox order.
 */
@SecondaryPort
public interface EventPublisher {

    /**
     * Sends the events, in the order given, and returns once the broker has acknowledged every one of them. Events
     * with the same {@link OrderEvent#aggregateId()} arrive in the order given. A call that fails may have delivered
     * some of them: the relay sends them again, and the consumer recognises a repeat by its {@link EventId}.
     *
     * @throws EventPublishingException when not every event was acknowledged (broker down, timeout, refused)
     */
    void publish(List<OrderEvent> events);
}
