package com.cpay.platform.domain.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cpay.platform.domain.fake.MutableClock;
import com.cpay.platform.domain.shared.ValidationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The edges a reader of the events API or a relay meets: the cursor's text and range, the page limit and its last
 * full page, the type names on the wire, retention, and the lag and "go on at once" a relay pass reports.
 */
class EventValuesAndEdgesTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    private final InMemoryEventStore store = new InMemoryEventStore();

    @Test
    void a_cursor_is_ev_and_up_to_19_decimal_digits_from_position_0() {
        assertThat(new EventCursor(0)).isEqualTo(EventCursor.START);
        assertThatThrownBy(() -> new EventCursor(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(EventCursor.parse("ev_0123456789").position()).isEqualTo(123456789L);
        assertThat(EventCursor.parse("ev_" + "9".repeat(18)).position()).isEqualTo(999_999_999_999_999_999L);
        assertThat(EventCursor.parse("ev_" + "0".repeat(18) + "7").position()).isEqualTo(7L);
        for (String bad : List.of("ev_" + "0".repeat(19) + "7", "ev_12/", "ev_12:", "ev_/", "ev_:")) {
            assertThatThrownBy(() -> EventCursor.parse(bad)).as(bad).isInstanceOf(ValidationException.class);
        }
        assertThat(new EventCursor(42).toString()).isEqualTo("ev_42");
    }

    @Test
    void an_absent_or_empty_cursor_starts_at_the_oldest_event() {
        assertThat(ListEventsUseCase.cursor(Optional.empty())).isEqualTo(EventCursor.START);
        assertThat(ListEventsUseCase.cursor(Optional.of(""))).isEqualTo(EventCursor.START);
        assertThat(ListEventsUseCase.cursor(Optional.of("ev_5"))).isEqualTo(new EventCursor(5));
    }

    @Test
    void a_page_holds_1_to_500_events() {
        assertThatThrownBy(() -> query(0)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> query(501)).isInstanceOf(ValidationException.class);
        assertThat(query(1).limit()).isEqualTo(1);
        assertThat(query(500).limit()).isEqualTo(500);
    }

    @Test
    void a_page_exactly_as_long_as_the_limit_says_nothing_more_follows() {
        store.write(EventType.ORDER_CREATED, "o-1", T0);
        store.write(EventType.ORDER_UPDATED, "o-1", T0);

        ListEventsUseCase.Page page = new ListEventsService(store).list(query(2));

        assertThat(page.events()).hasSize(2);
        assertThat(page.hasMore()).isFalse();
        assertThat(page.next()).isEqualTo(new EventCursor(2));
    }

    @Test
    void every_type_is_found_by_its_wire_name_and_no_other() {
        for (EventType type : EventType.values()) {
            assertThat(type.wireName()).matches("(order|notification)\\.[a-z_]+");
            assertThat(EventType.ofWireName(type.wireName())).contains(type);
        }
        assertThat(EventType.ORDER_STATUS_CHANGED.wireName()).isEqualTo("order.status_changed");
        assertThat(EventType.ofWireName("ORDER_STATUS_CHANGED")).isEmpty();
        assertThat(EventType.ofWireName("order.paid")).isEmpty();
    }

    @Test
    void an_event_id_is_written_as_its_uuid() {
        UUID uuid = UUID.fromString("6f1c1a6e-2d0b-4a8e-9a53-0c7d8f2b1e44");

        assertThat(new EventId(uuid)).hasToString("6f1c1a6e-2d0b-4a8e-9a53-0c7d8f2b1e44");
    }

    @Test
    void retention_must_be_positive_and_pruning_reports_what_it_deleted() {
        assertThatThrownBy(() -> new PruneEventsService(store, CLOCK, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PruneEventsService(store, CLOCK, Duration.ofDays(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        store.write(EventType.ORDER_CREATED, "o-1", T0.minus(Duration.ofDays(40)));
        store.write(EventType.ORDER_UPDATED, "o-1", T0.minus(Duration.ofDays(31)));
        store.write(EventType.ORDER_STATUS_CHANGED, "o-1", T0.minus(Duration.ofDays(1)));

        assertThat(new PruneEventsService(store, CLOCK, Duration.ofDays(30)).prune()).isEqualTo(2);
    }

    @Test
    void a_relay_batch_must_hold_at_least_one_event() {
        assertThatThrownBy(() -> relay(0, events -> { })).isInstanceOf(IllegalArgumentException.class);
        assertThat(relay(1, events -> { }).relayOnce("a").leader()).isTrue();
    }

    @Test
    void a_pass_reports_the_events_still_waiting_after_it() {
        for (int i = 0; i < 5; i++) {
            store.write(EventType.ORDER_CREATED, "o-" + i, T0);
        }

        RelayEventsUseCase.Pass first = relay(2, events -> { }).relayOnce("a");

        assertThat(first.relayed()).isEqualTo(2);
        assertThat(first.lag()).isEqualTo(3);
    }

    @Test
    void a_failed_pass_reports_what_waits_beyond_the_last_relayed_event() {
        for (int i = 0; i < 3; i++) {
            store.write(EventType.ORDER_CREATED, "o-" + i, T0);
        }
        relay(2, events -> { }).relayOnce("a");

        RelayEventsUseCase.Pass failed = relay(2, events -> {
            throw new EventPublishingException("broker down", null);
        }).relayOnce("a");

        assertThat(failed.leader()).isTrue();
        assertThat(failed.failure()).contains("broker down");
        assertThat(failed.lag()).isEqualTo(1);
        assertThat(failed.moreWaiting()).as("a failed pass waits for the next interval").isFalse();
    }

    @Test
    void a_holder_whose_lease_ran_out_while_sending_reports_it_is_no_longer_leader() {
        store.write(EventType.ORDER_CREATED, "o-1", T0);
        MutableClock moving = new MutableClock(T0);
        RelayEventsService relay = new RelayEventsService(store, store, events -> {
            moving.set(T0.plusSeconds(11));
            store.acquire("cpay.order-events", "b", moving.instant(), Duration.ofSeconds(10));
        }, moving, "cpay.order-events", Duration.ofSeconds(10), 10);

        RelayEventsUseCase.Pass pass = relay.relayOnce("a");

        assertThat(pass.leader()).isFalse();
        assertThat(pass.relayed()).isEqualTo(1);
        assertThat(pass.moreWaiting()).isFalse();
    }

    @Test
    void only_a_leader_with_events_left_and_no_failure_goes_on_at_once() {
        assertThat(new RelayEventsUseCase.Pass(true, 500, Optional.empty(), 1).moreWaiting()).isTrue();
        assertThat(new RelayEventsUseCase.Pass(true, 500, Optional.empty(), 0).moreWaiting()).isFalse();
        assertThat(new RelayEventsUseCase.Pass(false, 0, Optional.empty(), 7).moreWaiting()).isFalse();
        assertThat(new RelayEventsUseCase.Pass(true, 0, Optional.of("down"), 7).moreWaiting()).isFalse();
    }

    private RelayEventsService relay(int batch, EventPublisher publisher) {
        return new RelayEventsService(store, store, publisher, CLOCK, "cpay.order-events", Duration.ofSeconds(10),
                batch);
    }

    private static ListEventsUseCase.Query query(int limit) {
        return new ListEventsUseCase.Query(EventCursor.START, Set.of(), limit);
    }
}
