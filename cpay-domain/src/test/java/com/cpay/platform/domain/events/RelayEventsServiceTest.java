package com.cpay.platform.domain.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.cpay.platform.domain.fake.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelayEventsServiceTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    private final InMemoryEventStore store = new InMemoryEventStore();
    private final RecordingPublisher broker = new RecordingPublisher();
    private final MutableClock clock = new MutableClock(T0);

    private RelayEventsService relay(int batch) {
        return new RelayEventsService(store, store, broker, clock, "cpay.order-events", Duration.ofSeconds(10), batch);
    }

    @Test
    void the_lease_holder_sends_every_event_in_order_batch_after_batch() {
        for (int i = 0; i < 5; i++) {
            store.write(EventType.ORDER_CREATED, "o-" + (i % 2), T0);
        }
        RelayEventsService relay = relay(2);

        RelayEventsUseCase.Pass first = relay.relayOnce("a");
        relay.relayOnce("a");
        relay.relayOnce("a");
        RelayEventsUseCase.Pass idle = relay.relayOnce("a");

        assertThat(first.leader()).isTrue();
        assertThat(first.relayed()).isEqualTo(2);
        assertThat(first.moreWaiting()).isTrue();
        assertThat(idle.relayed()).isZero();
        assertThat(broker.sent).extracting(OrderEvent::position).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void only_one_instance_relays_and_a_dead_holders_lease_is_taken_over_after_it_expires() {
        store.write(EventType.ORDER_CREATED, "o-1", T0);
        relay(10).relayOnce("a");
        store.write(EventType.ORDER_STATUS_CHANGED, "o-1", T0);

        assertThat(relay(10).relayOnce("b").leader()).isFalse();
        clock.set(T0.plusSeconds(11));
        RelayEventsUseCase.Pass takeover = relay(10).relayOnce("b");

        assertThat(takeover.leader()).isTrue();
        assertThat(broker.sent).extracting(OrderEvent::sequence).containsExactly(1L, 2L);
    }

    @Test
    void a_broker_outage_keeps_the_events_for_the_next_pass() {
        store.write(EventType.ORDER_CREATED, "o-1", T0);
        broker.down = true;

        RelayEventsUseCase.Pass failed = relay(10).relayOnce("a");
        broker.down = false;
        RelayEventsUseCase.Pass retried = relay(10).relayOnce("a");

        assertThat(failed.failure()).contains("broker down");
        assertThat(failed.lag()).isEqualTo(1);
        assertThat(retried.relayed()).isEqualTo(1);
        assertThat(broker.sent).hasSize(1);
    }

    @Test
    void a_holder_that_lost_its_lease_while_sending_does_not_move_the_position_and_the_next_holder_repeats_the_batch() {
        store.write(EventType.ORDER_CREATED, "o-1", T0);
        broker.onPublish = () -> clock.set(T0.plusSeconds(11)); // the send outlasted the lease
        relay(10).relayOnce("a");
        broker.onPublish = () -> { };

        relay(10).relayOnce("b");

        assertThat(broker.sent).hasSize(2);
        assertThat(broker.sent.get(0).id()).isEqualTo(broker.sent.get(1).id());
    }

    @Test
    void a_released_lease_is_free_at_once() {
        relay(10).relayOnce("a");
        relay(10).release("a");

        assertThat(relay(10).relayOnce("b").leader()).isTrue();
    }

    private static final class RecordingPublisher implements EventPublisher {
        final List<OrderEvent> sent = new ArrayList<>();
        boolean down;
        Runnable onPublish = () -> { };

        @Override
        public void publish(List<OrderEvent> events) {
            if (down) {
                throw new EventPublishingException("broker down", null);
            }
            onPublish.run();
            sent.addAll(events);
        }
    }
}
