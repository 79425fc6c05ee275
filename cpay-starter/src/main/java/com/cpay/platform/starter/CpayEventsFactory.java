package com.cpay.platform.starter;

import com.cpay.platform.domain.events.EventPublisher;
import com.cpay.platform.domain.events.ListEventsService;
import com.cpay.platform.domain.events.ListEventsUseCase;
import com.cpay.platform.domain.events.OrderEventLog;
import com.cpay.platform.domain.events.PruneEventsService;
import com.cpay.platform.domain.events.RelayEventsService;
import com.cpay.platform.domain.events.RelayEventsUseCase;
import com.cpay.platform.domain.events.RelayLease;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/**
 * The order events' use cases, over the outbox the persistence adapter keeps. Configuration:
 * {@code cpay.events.retention} (default 30 days) how long events are kept; a relay exists only when an
 * {@link EventPublisher} bean does (the Kafka adapter's, when {@code cpay.events.kafka.bootstrap-servers} is set):
 * its lease is named after {@code cpay.events.kafka.topic} (default {@code cpay.order-events}), lasts
 * {@code cpay.events.relay.lease} (default 10 s, so a dead holder is replaced within that) and one pass sends at
 * most {@code cpay.events.relay.batch-size} (default 500) events.
 */
@Factory
public class CpayEventsFactory {

    @Singleton
    ListEventsUseCase listEvents(OrderEventLog log) {
        return new ListEventsService(log);
    }

    @Singleton
    PruneEventsService pruneEvents(OrderEventLog log, Clock clock,
                                   @Value("${cpay.events.retention:30d}") Duration retention) {
        return new PruneEventsService(log, clock, retention);
    }

    @Singleton
    @Requires(beans = EventPublisher.class)
    RelayEventsUseCase relayEvents(OrderEventLog log, RelayLease lease, EventPublisher publisher, Clock clock,
                                   @Value("${cpay.events.kafka.topic:cpay.order-events}") String topic,
                                   @Value("${cpay.events.relay.lease:10s}") Duration leaseFor,
                                   @Value("${cpay.events.relay.batch-size:500}") int batchSize) {
        return new RelayEventsService(log, lease, publisher, clock, topic, leaseFor, batchSize);
    }
}
