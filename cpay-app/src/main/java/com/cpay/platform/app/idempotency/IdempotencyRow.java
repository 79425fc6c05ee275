package com.cpay.platform.app.idempotency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;

/**
 * One idempotency record. {@code key} is {@code "<client>|<key>"} since V5; rows written before have the plain key
 * and no client, owner or lease.
 */
// The table is still created by cpay-adapter-persistence's migrations (V1, V5): moving those scripts here would change
// the Flyway history of every existing database, so the app reads and writes a table it does not migrate.
@MappedEntity("idempotency_records")
record IdempotencyRow(
        @Id @MappedProperty("idempotency_key") String key,
        @Nullable String clientId,
        String fingerprint,
        String state,
        @Nullable String owner,
        @Nullable Instant leaseUntil,
        @Nullable String orderRef,
        @Nullable Integer responseStatus,
        @Nullable String responseContentType,
        @Nullable String responseBody,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant completedAt) {

    static final String IN_FLIGHT = "IN_FLIGHT";
    static final String COMPLETED = "COMPLETED";
}
