package com.cpay.platform.domain.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cpay.platform.domain.shared.NotFoundException;
import com.cpay.platform.domain.shared.ValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ListEventsServiceTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    private final InMemoryEventStore store = new InMemoryEventStore();
    private final ListEventsService events = new ListEventsService(store);

    @Test
    void pages_go_through_every_event_in_order_and_say_whether_more_follow() {
        List<EventId> written = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            written.add(store.write(EventType.ORDER_CREATED, "o-" + i, T0).id());
        }
        List<EventId> read = new ArrayList<>();
        EventCursor cursor = EventCursor.START;
        List<Boolean> hasMore = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            ListEventsUseCase.Page p = events.list(new ListEventsUseCase.Query(cursor, Set.of(), 3));
            p.events().forEach(e -> read.add(e.id()));
            hasMore.add(p.hasMore());
            cursor = p.next();
        }

        assertThat(read).isEqualTo(written);
        assertThat(hasMore).containsExactly(true, true, false);
        assertThat(events.list(new ListEventsUseCase.Query(cursor, Set.of(), 3)).next()).isEqualTo(cursor);
    }

    @Test
    void an_event_written_after_a_page_was_read_comes_on_the_next_page() {
        store.write(EventType.ORDER_CREATED, "o-1", T0);
        ListEventsUseCase.Page first = events.list(new ListEventsUseCase.Query(EventCursor.START, Set.of(), 10));
        store.write(EventType.ORDER_STATUS_CHANGED, "o-1", T0.plusSeconds(1));

        ListEventsUseCase.Page second = events.list(new ListEventsUseCase.Query(first.next(), Set.of(), 10));

        assertThat(second.events()).extracting(OrderEvent::type).containsExactly(EventType.ORDER_STATUS_CHANGED);
        assertThat(second.events().get(0).sequence()).isEqualTo(2);
    }

    @Test
    void types_filter_the_list() {
        store.write(EventType.ORDER_CREATED, "o-1", T0);
        store.write(EventType.ORDER_REVIEW_FLAGGED, "o-1", T0);
        store.write(EventType.ORDER_CREATED, "o-2", T0);

        assertThat(events.list(new ListEventsUseCase.Query(EventCursor.START, Set.of(EventType.ORDER_REVIEW_FLAGGED),
                10)).events()).extracting(OrderEvent::aggregateId).containsExactly("o-1");
    }

    @Test
    void one_event_is_read_by_its_id_and_an_unknown_id_is_not_found() {
        EventId id = store.write(EventType.ORDER_CREATED, "o-1", T0).id();

        assertThat(events.get(id).position()).isEqualTo(1);
        assertThatThrownBy(() -> events.get(EventId.random())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_limit_out_of_range_and_a_cursor_not_given_out_are_refused_naming_the_field() {
        assertThatThrownBy(() -> new ListEventsUseCase.Query(EventCursor.START, Set.of(), 0))
                .isInstanceOf(ValidationException.class).hasMessageContaining("limit");
        assertThatThrownBy(() -> new ListEventsUseCase.Query(EventCursor.START, Set.of(), 501))
                .isInstanceOf(ValidationException.class);
        for (String bad : List.of("12", "ev_", "ev_-1", "ev_99999999999999999999", "ev_1x")) {
            assertThatThrownBy(() -> EventCursor.parse(bad)).as(bad).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("after");
        }
        assertThat(EventCursor.parse(new EventCursor(42).toString())).isEqualTo(new EventCursor(42));
    }

    @Test
    void pruning_keeps_each_orders_newest_event() {
        store.write(EventType.ORDER_CREATED, "o-1", T0);
        store.write(EventType.ORDER_STATUS_CHANGED, "o-1", T0.plusSeconds(1));
        store.write(EventType.ORDER_CREATED, "o-2", T0);

        assertThat(store.prune(T0.plusSeconds(10))).isEqualTo(1);
        assertThat(events.list(new ListEventsUseCase.Query(EventCursor.START, Set.of(), 10)).events())
                .extracting(OrderEvent::aggregateId, OrderEvent::sequence)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("o-1", 2L), org.assertj.core.groups.Tuple.tuple("o-2", 1L));
    }
}
