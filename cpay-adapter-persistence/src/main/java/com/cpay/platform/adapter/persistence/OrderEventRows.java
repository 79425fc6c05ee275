package com.cpay.platform.adapter.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@code order_events}, {@code event_sequencer} and {@code event_relays}: the outbox and who reads it. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface OrderEventRows extends GenericRepository<OrderEventRow, UUID> {

    String COLUMNS = "id, aggregatetype, aggregateid, type, payload, event_sequence, created_at, event_position";

    @Query("INSERT INTO order_events (id, aggregatetype, aggregateid, type, payload, event_sequence, created_at)"
            + " VALUES (:id, :aggregateType, :aggregateId, :type, :payload, :eventSequence, :createdAt)")
    void insert(UUID id, String aggregateType, String aggregateId, String type, String payload, long eventSequence,
                Instant createdAt);

    @Query("SELECT COALESCE(MAX(event_sequence), 0) FROM order_events WHERE aggregateid = :aggregateId")
    long lastSequence(String aggregateId);

    /** Locks the sequencer's row until the transaction ends: one instance assigns positions at a time. */
    @Query("SELECT last_position FROM event_sequencer WHERE id = 1 FOR UPDATE")
    long lockSequencer();

    @Query("SELECT last_position FROM event_sequencer WHERE id = 1")
    long lastPosition();

    @Query("UPDATE event_sequencer SET last_position = :position WHERE id = 1")
    void sequencerAt(long position);

    @Query("SELECT id FROM order_events WHERE event_position IS NULL ORDER BY written_order LIMIT :max")
    List<UUID> unpositioned(int max);

    @Query("SELECT " + COLUMNS + " FROM order_events WHERE event_position > :position"
            + " ORDER BY event_position LIMIT :limit")
    List<OrderEventRow> after(long position, int limit);

    @Query("SELECT " + COLUMNS + " FROM order_events WHERE event_position > :position AND type IN (:types)"
            + " ORDER BY event_position LIMIT :limit")
    List<OrderEventRow> afterOfTypes(long position, Collection<String> types, int limit);

    /** The newest events of one order, newest first (uq_order_events_sequence). */
    @Query("SELECT " + COLUMNS + " FROM order_events WHERE aggregateid = :aggregateId"
            + " ORDER BY event_sequence DESC LIMIT :limit")
    List<OrderEventRow> newestOf(String aggregateId, int limit);

    @Query("SELECT " + COLUMNS + " FROM order_events WHERE id = :id AND event_position IS NOT NULL")
    Optional<OrderEventRow> findPositioned(UUID id);

    /** Deletes what is older than the retention, keeping the newest event of each aggregate. */
    @Query("DELETE FROM order_events WHERE created_at < :before AND event_position IS NOT NULL AND EXISTS"
            + " (SELECT 1 FROM order_events n WHERE n.aggregateid = order_events.aggregateid"
            + " AND n.event_sequence > order_events.event_sequence)")
    int prune(Instant before);
}
