package com.cpay.platform.adapter.persistence;

import com.cpay.platform.domain.events.EventId;
import com.cpay.platform.domain.events.EventType;
import com.cpay.platform.domain.events.OrderEvent;
import com.cpay.platform.domain.events.OrderEventLog;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The outbox as readers see it, see {@link OrderEventLog}; positions are given under the sequencer's row lock. */
final class JdbcOrderEventLog implements OrderEventLog {

    /** The guard is kept although the sequencer's lock already keeps any other instance from positioning. */
    private static final String POSITION =
            "UPDATE order_events SET event_position = ? WHERE id = ? AND event_position IS NULL";

    private final OrderEventRows rows;
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> tx;

    JdbcOrderEventLog(OrderEventRows rows, JdbcOperations jdbc, TransactionOperations<Connection> tx) {
        this.rows = rows;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public int assignPositions(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1");
        }
        return tx.executeWrite(s -> {
            long last = rows.lockSequencer();
            // read after the lock: every event committed before it was taken is seen, in the order it was written
            List<UUID> waiting = rows.unpositioned(max);
            if (waiting.isEmpty()) {
                return 0;
            }
            position(waiting, last);
            rows.sequencerAt(last + waiting.size());
            return waiting.size();
        });
    }

    /**
     * Gives the events the positions after {@code last}, in list order, as one JDBC batch: a round trip for the
     * whole list where one UPDATE per event through the repository was most of the relay's own time.
     */
    private void position(List<UUID> ids, long last) {
        jdbc.prepareStatement(POSITION, statement -> {
            long position = last;
            for (UUID id : ids) {
                statement.setLong(1, ++position);
                statement.setObject(2, id);
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }

    @Override
    public List<OrderEvent> after(long position, Set<EventType> types, int limit) {
        List<OrderEventRow> found = tx.executeRead(s -> types.isEmpty() ? rows.after(position, limit)
                : rows.afterOfTypes(position, types.stream().map(EventType::wireName).toList(), limit));
        return found.stream().map(JdbcOrderEventLog::event).toList();
    }

    @Override
    public List<OrderEvent> ofOrder(String aggregateId, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        List<OrderEvent> events = new ArrayList<>(tx.executeRead(s -> rows.newestOf(aggregateId, limit)).stream()
                .map(JdbcOrderEventLog::event).toList());
        Collections.reverse(events);
        return List.copyOf(events);
    }

    @Override
    public Optional<OrderEvent> find(EventId id) {
        return tx.executeRead(s -> rows.findPositioned(id.value())).map(JdbcOrderEventLog::event);
    }

    @Override
    public int prune(Instant createdBefore) {
        return tx.executeWrite(s -> rows.prune(createdBefore));
    }

    @Override
    public long lastPosition() {
        return tx.executeRead(s -> rows.lastPosition());
    }

    private static OrderEvent event(OrderEventRow row) {
        EventType type = EventType.ofWireName(row.type())
                .orElseThrow(() -> new IllegalStateException("unknown event type stored: " + row.type()));
        return new OrderEvent(new EventId(row.id()), type, row.aggregateId(), row.eventSequence(), row.createdAt(),
                row.payload(), row.eventPosition() == null ? 0 : row.eventPosition());
    }
}
