package com.cpay.platform.adapter.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;

/**
 * One idempotency record. {@code key} is {@code "<client>|<key>"} since V5; rows written before have the plain key
 * and no client, owner or lease.
 */
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
