package com.cpay.platform.adapter.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One row of the append-only {@code order_status_history}; {@code seq} is the entry's index in the history. */
@MappedEntity("order_status_history")
record StatusHistoryRow(
        @Id @GeneratedValue @Nullable Long id,
        long orderId,
        int seq,
        String fromStatus,
        String toStatus,
        String statusCode,
        String source,
        String outcome,
        Instant observedAt) {
}
