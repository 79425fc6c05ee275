package com.cpay.platform.adapter.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;
import java.util.UUID;

/**
 * One row of {@code order_events}; {@code written_order} is left to the database. Column names follow Debezium's
 * outbox layout, hence the lower-case {@code aggregatetype} and {@code aggregateid}.
 */
@MappedEntity("order_events")
record OrderEventRow(
        @Id UUID id,
        @MappedProperty("aggregatetype") String aggregateType,
        @MappedProperty("aggregateid") String aggregateId,
        String type,
        String payload,
        long eventSequence,
        Instant createdAt,
        @Nullable Long eventPosition) {
}
