package com.cpay.platform.adapter.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * One row of {@code webhook_inbox}, unique by {@code dedupe_key}. The columns from {@code reviewReason} on belong to
 * entries held for review or a lookup at C-Pay (V4). A refused row has no {@code payload}, only {@code bodySha256},
 * {@code bodyLength} and the redacted {@code bodyExcerpt} (V6).
 */
@MappedEntity("webhook_inbox")
record InboxRow(
        @Id @GeneratedValue @Nullable Long id,
        String dedupeKey,
        @Nullable String payload,
        boolean verified,
        @Nullable String rejectionReason,
        String state,
        Instant receivedAt,
        @Nullable Instant processedAt,
        @Nullable String failureReason,
        @Nullable Instant failedAt,
        int failureCount,
        @Nullable String reviewReason,
        @Nullable String merchantTradeNo,
        @Nullable String cpayOrderId,
        @Nullable String txHash,
        int lookupAttempts,
        @Nullable Instant nextLookupAt,
        @Nullable String lastLookupError,
        @Nullable Instant lookedUpAt,
        @Nullable String lookupAnswer,
        @Nullable String cpayStatus,
        @Nullable String cpayMerchantTradeNo,
        @Nullable String cpayAmounts,
        @Nullable String resolution,
        @Nullable Instant resolvedAt,
        @Nullable String bodySha256,
        @Nullable Long bodyLength,
        @Nullable String bodyExcerpt) {
}
