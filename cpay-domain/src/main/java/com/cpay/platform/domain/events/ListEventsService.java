package com.cpay.platform.domain.events;

import com.cpay.platform.domain.shared.NotFoundException;
import java.util.List;
import java.util.Objects;
import org.jmolecules.ddd.annotation.Service;

/** Lists events from the outbox, first giving the ones committed since the last listing their positions. */
@Service
public final class ListEventsService implements ListEventsUseCase {

    /** Most events positioned by one listing; a busy outbox is kept up to date by the relay and the sequencer job. */
    static final int POSITION_BATCH = 1_000;

    private final OrderEventLog log;

    public ListEventsService(OrderEventLog log) {
        this.log = Objects.requireNonNull(log, "log");
    }

    @Override
    public Page list(Query query) {
        Objects.requireNonNull(query, "query");
        log.assignPositions(POSITION_BATCH);
        List<OrderEvent> found = log.after(query.after().position(), query.types(), query.limit() + 1);
        boolean hasMore = found.size() > query.limit();
        List<OrderEvent> events = hasMore ? found.subList(0, query.limit()) : found;
        EventCursor next = events.isEmpty() ? query.after() : new EventCursor(events.get(events.size() - 1).position());
        return new Page(events, hasMore, next);
    }

    @Override
    public OrderEvent get(EventId id) {
        Objects.requireNonNull(id, "id");
        log.assignPositions(POSITION_BATCH);
        return log.find(id).orElseThrow(() -> new NotFoundException("no event " + id));
    }
}
