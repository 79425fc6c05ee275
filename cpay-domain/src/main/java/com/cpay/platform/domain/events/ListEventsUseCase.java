package com.cpay.platform.domain.events;

import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.ValidationException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** A merchant's system reads what happened to orders, in order, from where it stopped. */
@PrimaryPort
public interface ListEventsUseCase {

    /** The events after the cursor, oldest first. */
    Page list(Query query);

    /**
     * One event.
     *
     * @throws com.cpay.platform.domain.shared.NotFoundException when there is no such event (or it was pruned)
     */
    OrderEvent get(EventId id);

    /**
     * Which events.
     *
     * @param after where the reader stopped ({@link EventCursor#START} for the oldest kept)
     * @param types only these types; all when empty
     * @param limit at most this many, 1 to {@value #MAX_LIMIT}
     */
    record Query(EventCursor after, Set<EventType> types, int limit) {

        /** The most events one page holds. */
        public static final int MAX_LIMIT = 500;

        public Query {
            Checks.required(EventCursor.FIELD, after);
            types = Set.copyOf(Checks.required("types", types));
            if (limit < 1 || limit > MAX_LIMIT) {
                throw ValidationException.of("limit", "range", "limit must be between 1 and " + MAX_LIMIT);
            }
        }
    }

    /**
     * A page of events.
     *
     * @param events  the events, in position order
     * @param hasMore whether more events follow already
     * @param next    where to go on from: after the last event of this page, or the same cursor when it is empty
     */
    record Page(List<OrderEvent> events, boolean hasMore, EventCursor next) {

        public Page {
            events = List.copyOf(events);
            Checks.required("next", next);
        }
    }

    /** Convenience for the text form of a cursor, empty when absent. */
    static EventCursor cursor(Optional<String> text) {
        return text.filter(t -> !t.isEmpty()).map(EventCursor::parse).orElse(EventCursor.START);
    }
}
