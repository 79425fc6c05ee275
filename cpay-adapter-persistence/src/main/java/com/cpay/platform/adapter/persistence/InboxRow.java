package com.cpay.platform.adapter.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One row of {@code webhook_inbox}, unique by {@code dedupe_key}. */
@MappedEntity("webhook_inbox")
record InboxRow(
        @Id @GeneratedValue @Nullable Long id,
        String dedupeKey,
        String payload,
        boolean verified,
        @Nullable String rejectionReason,
        String state,
        Instant receivedAt,
        @Nullable Instant processedAt,
        @Nullable String failureReason,
        @Nullable Instant failedAt,
        int failureCount) {
}
