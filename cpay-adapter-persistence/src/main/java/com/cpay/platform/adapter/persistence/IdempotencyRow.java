package com.cpay.platform.adapter.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;

/** One row of {@code idempotency_records}: a claimed key, and once completed the response to replay. */
@MappedEntity("idempotency_records")
record IdempotencyRow(
        @Id @MappedProperty("idempotency_key") String key,
        String fingerprint,
        String state,
        @Nullable Integer responseStatus,
        @Nullable String responseContentType,
        @Nullable String responseBody,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant completedAt) {

    static final String IN_FLIGHT = "IN_FLIGHT";
    static final String COMPLETED = "COMPLETED";
}
